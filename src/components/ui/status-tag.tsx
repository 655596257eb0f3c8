import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Status } from '@/domain/status';

type TagColor = 'neutral' | 'info' | 'warning' | 'success' | 'danger' | 'accent';

/** Designsystemet colours per status; the label always says the status too, so colour is never the only cue. */
export const STATUS_COLORS: Record<Status, TagColor> = {
  planned: 'neutral',
  in_progress: 'info',
  at_risk: 'warning',
  completed: 'success',
  cancelled: 'danger',
  replaced: 'accent',
};

export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLORS[status]} data-size="sm" className="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}
