import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '@/components/ui/print-button';
import { Section } from '@/components/ui/section';
import { formatDate, formatNumber } from '@/lib/format';
import { useLanguage, useLocalized } from '@/lib/use-localized';
import type { AnalysisData } from '../utils/analysis-data';
import { areaOutcomeRows } from '../utils/area-outcomes';
import { OnTimeSection } from './on-time-section';
import { PlanComparisonSection } from './plan-comparison-section';
import { SlippageSection } from './slippage-section';
import { TargetActualSection } from './target-actual-section';
import './analysis.css';

/** The four views of the analysis, on the measures of the plans chosen. */
export function AnalysisView({ data }: { data: AnalysisData }) {
  const { t } = useTranslation('analysis');
  const language = useLanguage();
  const pick = useLocalized();
  const areaRows = areaOutcomeRows(data.measures, data.areas, data.today, (area) => pick(area.name).value);
  const chosen = data.meta.plans.length > 0;
  return (
    <>
      <div className="print-only print-header" data-print-header="">
        <p className="print-header__title">{t('print.heading')}</p>
        <dl>
          <div>
            <dt>{t('filter.title')}</dt>
            <dd>{chosen ? data.plans.map((plan) => plan.reference).join(', ') : t('print.allPlans')}</dd>
          </div>
          <div>
            <dt>{t('print.judgedOn')}</dt>
            <dd>{formatDate(data.today, language)}</dd>
          </div>
          <div>
            <dt>{t('print.filters')}</dt>
            <dd>{chosen ? t('print.filtersChosen', { count: data.plans.length }) : t('print.filtersAll')}</dd>
          </div>
        </dl>
      </div>
      <div className="analysis-status">
        <Paragraph data-size="sm" role="status" className="analysis-scope">
          {t('scope', { count: data.plans.length, measures: formatNumber(data.measures.length, language), plans: formatNumber(data.plans.length, language), date: formatDate(data.today, language) })}
        </Paragraph>
        <PrintButton label={t('print.button')} />
      </div>
      {data.measures.length === 0 ? (
        <Paragraph className="analysis-empty">{t('empty', { count: data.plans.length })}</Paragraph>
      ) : (
        <>
          <TargetActualSection data={data} />
          <CountingNote />
          <div className="analysis-pair">
            <SlippageSection data={data} rows={areaRows} />
            <OnTimeSection data={data} rows={areaRows} />
          </div>
          <PlanComparisonSection data={data} />
        </>
      )}
    </>
  );
}

/** «Slik teller vi»: the definitions behind the figures, the same as the overview's (docs/analysis.md). */
function CountingNote() {
  const { t } = useTranslation('analysis');
  return (
    <Section title={t('method.title')} className="chart-panel counting-note">
      <ul>
        <li>{t('method.target')}</li>
        <li>{t('method.outcome')}</li>
        <li>{t('method.slippage')}</li>
        <li>{t('method.share')}</li>
      </ul>
    </Section>
  );
}
