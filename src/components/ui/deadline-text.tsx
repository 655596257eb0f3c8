import { useTranslation } from 'react-i18next';
import type { Deadline } from '@/domain/deadline';
import { Localized } from './localized';

/** The deadline in the plan's own words ("tidligst fra 2017"), or that the plan states none. */
export function DeadlineText({ deadline }: { deadline: Deadline | null }) {
  const { t } = useTranslation();
  if (deadline === null) return <span className="deadline-text deadline-text--none">{t('deadline.none')}</span>;
  return <Localized text={deadline.stated} className="deadline-text" />;
}
