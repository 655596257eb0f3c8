import { useTranslation } from 'react-i18next';
import { STALLED_YEARS } from '@/domain/briefing';
import { CountingNote } from '@/components/ui/counting-note';

/** «Slik teller vi»: the definitions behind the overview's figures, the same as the analysis uses (docs/overview.md). */
export function OverviewCountingNote() {
  const { t } = useTranslation('overview');
  return (
    <CountingNote
      title={t('method.title')}
      items={[t('method.target'), t('method.outcome'), t('method.overdue'), t('method.stalled', { years: STALLED_YEARS }), t('method.dates')]}
    />
  );
}
