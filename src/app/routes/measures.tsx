import { Paragraph } from '@digdir/designsystemet-react';
import { PageHeader } from '@/components/layouts/page-header';
import { useTranslation } from 'react-i18next';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { useMeasures } from '@/features/measures/api/get-measures';
import { MeasureTable } from '@/features/measures/components/measure-table';
import { useAreas } from '@/lib/catalog/get-areas';
import { usePlans } from '@/lib/catalog/get-plans';
import { useLanguage } from '@/lib/use-localized';

/** All measures, in the plans' own order. Issue 5 adds filters, sorting and scale. */
export function MeasuresRoute() {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  const data = combineQueries([useMeasures({ pageSize: 1000, sort: 'number', lang: language }), useAreas(), usePlans()]);
  return (
    <div className="page">
      <PageHeader title={t('list.title')} intro={t('list.intro')} />
      <QueryState query={data} isEmpty={([page]) => page.total === 0} empty={t('list.empty')}>
        {([page, areas, plans]) => (
          <>
            <Paragraph role="status">{t('list.count', { count: page.total })}</Paragraph>
            <MeasureTable
              measures={page.items}
              areas={areas}
              today={page.today}
              caption={t('list.caption', { plan: plans.map((plan) => plan.reference).join(', ') })}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}
