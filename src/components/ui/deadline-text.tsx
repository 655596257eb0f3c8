import { useTranslation } from 'react-i18next';
import type { Deadline } from '@/domain/deadline';
import { Localized } from './localized';

/**
 * The deadline in the plan's own words ("tidligst fra 2017"), or that the plan states none. Editors can write it,
 * so it is isolated for direction (`<bdi>`): it never turns the text around it ("fra → til" in the history).
 */
export function DeadlineText({ deadline }: { deadline: Deadline | null }) {
  const { t } = useTranslation();
  if (deadline === null) return <span className="deadline-text deadline-text--none">{t('deadline.none')}</span>;
  return <Localized as="bdi" text={deadline.stated} className="deadline-text" />;
}
