import { useTranslation } from 'react-i18next';
import { STALLED_YEARS } from '@/domain/briefing';
import { Section } from '@/components/ui/section';

/** «Slik teller vi»: the definitions behind the overview's figures, the same as the analysis uses (docs/overview.md). */
export function CountingNote() {
  const { t } = useTranslation('overview');
  return (
    <Section title={t('method.title')} className="chart-panel counting-note">
      <ul>
        <li>{t('method.target')}</li>
        <li>{t('method.outcome')}</li>
        <li>{t('method.overdue')}</li>
        <li>{t('method.stalled', { years: STALLED_YEARS })}</li>
        <li>{t('method.dates')}</li>
      </ul>
    </Section>
  );
}
