import { Card, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '@/domain/api-contract';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

export function KeyFigures({ summary }: { summary: Summary }) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const figures = [
    { key: 'total', label: t('figures.total'), value: summary.totals.total },
    {
      key: 'completed',
      label: t('figures.completed'),
      value: summary.totals.completed,
      detail: t('figures.completedShare', { share: formatPercent(summary.totals.completedShare, language) }),
    },
    { key: 'inProgress', label: t('figures.inProgress'), value: summary.totals.counts.in_progress },
    { key: 'atRisk', label: t('figures.atRisk'), value: summary.totals.counts.at_risk },
    { key: 'overdue', label: t('figures.overdue'), value: summary.overdue },
    { key: 'dueWithinYear', label: t('figures.dueWithinYear'), value: summary.dueWithinYear },
  ];
  return (
    <section aria-labelledby="figures-heading">
      <Heading level={2} data-size="sm" id="figures-heading" className="visually-hidden">
        {t('figures.label')}
      </Heading>
      <ul className="key-figures">
        {figures.map((figure) => (
          <li key={figure.key}>
            <Card data-color="neutral" className="key-figure">
              <span className="key-figure__label">{figure.label}</span>
              <span className="key-figure__value">{formatNumber(figure.value, language)}</span>
              {figure.detail && <span className="key-figure__detail">{figure.detail}</span>}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
