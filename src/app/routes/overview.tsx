import { Paragraph } from '@digdir/designsystemet-react';
import { PageHeader } from '@/components/layouts/page-header';
import { useTranslation } from 'react-i18next';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { useSummary } from '@/features/overview/api/get-summary';
import { KeyFigures } from '@/features/overview/components/key-figures';
import { ProgressTable } from '@/features/overview/components/progress-table';
import { useAreas } from '@/lib/catalog/get-areas';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

export function OverviewRoute() {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const data = combineQueries([useSummary({}), useAreas()]);
  return (
    <div className="page">
      <PageHeader title={t('title')} intro={t('intro')} />
      <QueryState query={data}>
        {([summary, areas]) => (
          <>
            <Paragraph data-size="sm" className="as-of">
              {t('asOf', { date: formatDate(summary.asOf, language) })}
            </Paragraph>
            <KeyFigures summary={summary} />
            <ProgressTable summary={summary} areas={areas} />
          </>
        )}
      </QueryState>
    </div>
  );
}
