import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { Panel } from '@/components/charts/chart-panel';
import { DataTable } from '@/components/charts/data-table';
import { PLAN_COMPARISON_COLUMNS, planComparisonRecords } from '../utils/analysis-export';
import type { AnalysisData } from '../utils/analysis-data';
import { planComparisonFacts, planComparisonRows, splitRegistered } from '../utils/plan-comparison';
import { ChartExport } from './chart-export';
import { useAnalysisFormat } from './use-analysis-format';

/**
 * The plans side by side, as a table: a chart of fifteen plans, most of them without measures,
 * would mostly draw nothing. A plan without a figure says why; the plans with no measures registered are named
 * in a sentence, not given rows of zeros. The download has every plan.
 */
export function PlanComparisonSection({ data }: { data: AnalysisData }) {
  const { t, language, number, percent } = useAnalysisFormat();
  const rows = planComparisonRows(data.measures, data.plans, data.today);
  const facts = planComparisonFacts(rows);
  // A plan with no measures registered would be a row of zeros and dashes: it is named in a sentence instead.
  const { registered, unregistered } = splitRegistered(rows);
  const title = t('plans.title');
  return (
    <Panel
      title={title}
      summary={
        <>
          <Paragraph>{t('plans.summary', { count: facts.plans, plans: number(facts.plans), withMeasures: number(facts.withMeasures), judged: number(facts.judgedPlans) })}</Paragraph>
          {unregistered.length > 0 && (
            <Paragraph data-plans-unregistered="">
              {t('plans.unregistered', { count: unregistered.length, plans: unregistered.map((row) => row.reference).join(', ') })}{' '}
              <Link asChild>
                <RouterLink to="/om">{t('aboutLink')}</RouterLink>
              </Link>
            </Paragraph>
          )}
          <ChartExport chart="plan-comparison" title={title} columns={PLAN_COMPARISON_COLUMNS} records={planComparisonRecords(rows, language)} meta={data.meta} synthetic={data.synthetic} />
        </>
      }
    >
      {registered.length > 0 && (
        <DataTable
          caption={t('plans.caption')}
          columns={[
            { key: 'plan', label: t('plans.plan') },
            { key: 'total', label: t('plans.total'), numeric: true },
            { key: 'completed', label: t('plans.completed'), numeric: true },
            { key: 'completedShare', label: t('plans.completedShare'), numeric: true },
            { key: 'withTarget', label: t('plans.withTarget'), numeric: true },
            { key: 'onTimeShare', label: t('plans.onTimeShare'), numeric: true },
            { key: 'median', label: t('plans.median'), numeric: true },
            { key: 'gap', label: t('plans.gap') },
          ]}
          rows={registered.map((row) => ({
            key: row.planId,
            header: row.reference,
            cells: [
              number(row.total),
              number(row.completed),
              percent(row.completedShare),
              number(row.withTarget),
              row.onTimeShare === null ? '–' : t('plans.shareOf', { share: percent(row.onTimeShare), count: row.judged }),
              row.medianSlippage === null ? '–' : t('slippage.medianYears', { count: row.medianSlippage, years: number(row.medianSlippage) }),
              row.gap === null ? '' : t(`plans.gapText.${row.gap}`),
            ],
          }))}
        />
      )}
    </Panel>
  );
}
