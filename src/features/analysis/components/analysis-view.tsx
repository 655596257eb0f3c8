import { Link, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CountingNote } from '@/components/ui/counting-note';
import { PlanExtentText, PlanGoals } from '@/components/ui/plan-extent';
import { PrintButton } from '@/components/ui/print-button';
import { PrintHeader } from '@/components/ui/print-header';
import { formatDate, formatNumber } from '@/lib/format';
import { useLanguage, useLocalized } from '@/lib/use-localized';
import type { AnalysisData } from '../utils/analysis-data';
import { areaOutcomeRows } from '../utils/area-outcomes';
import { planComparisonRows, plansWithGoals } from '../utils/plan-comparison';
import { OnTimeSection } from './on-time-section';
import { PlanComparisonSection } from './plan-comparison-section';
import { SlippageSection } from './slippage-section';
import { TargetActualSection } from './target-actual-section';
import './analysis.css';

// Its own file, as on the other pages that cite their view: shared, it would load on every page.
const CiteView = lazy(() => import('@/components/ui/cite-view').then((module) => ({ default: module.CiteView })));

/** The four views of the analysis, on the measures of the plans chosen. */
export function AnalysisView({ data }: { data: AnalysisData }) {
  const { t } = useTranslation('analysis');
  const language = useLanguage();
  const pick = useLocalized();
  const areaRows = areaOutcomeRows(data.measures, data.areas, data.today, (area) => pick(area.name).value);
  const chosen = data.meta.plans.length > 0;
  return (
    <>
      <PrintHeader
        title={t('print.heading')}
        entries={[
          { label: t('filter.title'), value: chosen ? data.plans.map((plan) => plan.reference).join(', ') : t('print.allPlans') },
          { label: t('print.judgedOn'), value: formatDate(data.today, language) },
          { label: t('print.filters'), value: chosen ? t('print.filtersChosen', { count: data.plans.length }) : t('print.filtersAll') },
        ]}
      />
      <div className="page-status">
        <Paragraph data-size="sm" role="status" className="analysis-scope">
          {t('scope', { count: data.plans.length, measures: formatNumber(data.measures.length, language), plans: formatNumber(data.plans.length, language), date: formatDate(data.today, language) })}
        </Paragraph>
        <PrintButton label={t('print.button')} />
      </div>
      {data.measures.length === 0 ? (
        <>
          <Paragraph className="analysis-empty">
            {t('empty', { count: data.plans.length })}{' '}
            <Link asChild>
              <RouterLink to="/om">{t('aboutLink')}</RouterLink>
            </Link>
          </Paragraph>
          <EmptyPlans data={data} />
        </>
      ) : (
        <>
          <TargetActualSection data={data} />
          <CountingNote title={t('method.title')} items={[t('method.target'), t('method.outcome'), t('method.slippage'), t('method.share')]} />
          <div className="analysis-pair">
            <SlippageSection data={data} rows={areaRows} />
            <OnTimeSection data={data} rows={areaRows} />
          </div>
          <PlanComparisonSection data={data} />
        </>
      )}
      {/* Last on the page: it loads after the rest, and moves nothing when it comes. */}
      <Suspense fallback={null}>
        <CiteView
          view={t('cite.view', { plans: chosen ? data.plans.map((plan) => plan.reference).join(', ') : t('cite.allPlans') })}
          address={data.meta.link}
          fixDate
          date={data.today}
        />
      </Suspense>
    </>
  );
}

/** With no measures to analyse: what is known of the plans chosen, how many measures they have and their goals. */
function EmptyPlans({ data }: { data: AnalysisData }) {
  const rows = planComparisonRows(data.measures, data.plans, data.today);
  return (
    <>
      {rows.map(
        (row) =>
          row.extent && (
            <Paragraph key={row.planId} data-size="sm">
              {row.reference}: <PlanExtentText extent={row.extent} />
            </Paragraph>
          ),
      )}
      {plansWithGoals(rows).map((row) => (
        <section key={row.planId} className="plan-comparison__goals" aria-label={row.reference}>
          <PlanGoals goals={row.goals} level={2} />
        </section>
      ))}
    </>
  );
}
