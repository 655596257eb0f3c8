import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Panel } from '@/components/charts/chart-panel';
import { DataTable } from '@/components/charts/data-table';
import { PlanExtentText, PlanGoals } from '@/components/ui/plan-extent';
import { PLAN_COMPARISON_COLUMNS, planComparisonRecords } from '../utils/analysis-export';
import type { AnalysisData } from '../utils/analysis-data';
import { planComparisonFacts, planComparisonRows, plansWithGoals, planTableRows } from '../utils/plan-comparison';
import { ChartExport } from './chart-export';
import { useAnalysisFormat } from './use-analysis-format';

/**
 * The plans side by side, as a table: a chart of fifteen plans, most of them without measures,
 * would mostly draw nothing. A plan without a figure says why; a plan with no measures registered says so in its
 * row, with no zeros or dashes. A plan whose list is known only in part says how many of its measures are
 * registered; a plan's goals are shown under the table as goals, never counted. The download has every plan.
 */
export function PlanComparisonSection({ data }: { data: AnalysisData }) {
  const { t, language, number, percent } = useAnalysisFormat();
  const { t: tc } = useTranslation('common');
  const rows = planComparisonRows(data.measures, data.plans, data.today);
  const facts = planComparisonFacts(rows);
  const tableRows = planTableRows(rows);
  const withGoals = plansWithGoals(rows);
  const title = t('plans.title');
  return (
    <Panel
      title={title}
      summary={
        <>
          <Paragraph>{t('plans.summary', { count: facts.plans, plans: number(facts.plans), withMeasures: number(facts.withMeasures), judged: number(facts.judgedPlans) })}</Paragraph>
          <ChartExport chart="plan-comparison" title={title} columns={PLAN_COMPARISON_COLUMNS} records={planComparisonRecords(rows, language)} meta={data.meta} synthetic={data.synthetic} />
        </>
      }
    >
      {tableRows.length > 0 && (
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
          rows={tableRows.map(({ kind, row }) => {
            const header = (
              <>
                {row.reference}
                {row.extent && (
                  <>
                    <br />
                    <PlanExtentText extent={row.extent} />
                  </>
                )}
              </>
            );
            if (kind === 'none') {
              return {
                key: row.planId,
                header,
                cells: [],
                note: (
                  <>
                    {tc('plan.none')}.{' '}
                    <Link asChild>
                      <RouterLink to="/om">{t('aboutLink')}</RouterLink>
                    </Link>
                  </>
                ),
              };
            }
            return {
              key: row.planId,
              header,
              cells: [
                number(row.total),
                number(row.completed),
                percent(row.completedShare),
                number(row.withTarget),
                row.onTimeShare === null ? '–' : t('plans.shareOf', { share: percent(row.onTimeShare), count: row.judged }),
                row.medianSlippage === null ? '–' : t('slippage.medianYears', { count: row.medianSlippage, years: number(row.medianSlippage) }),
                row.gap === null ? '' : t(`plans.gapText.${row.gap}`),
              ],
            };
          })}
        />
      )}
      {withGoals.map((row) => (
        <section key={row.planId} className="plan-comparison__goals" aria-label={row.reference}>
          <Paragraph data-size="sm">{row.reference}</Paragraph>
          <PlanGoals goals={row.goals} level={3} />
        </section>
      ))}
    </Panel>
  );
}
