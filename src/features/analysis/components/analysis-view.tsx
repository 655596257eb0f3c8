import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
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
  return (
    <>
      <Paragraph data-size="sm" role="status" className="analysis-scope">
        {t('scope', { count: data.plans.length, measures: formatNumber(data.measures.length, language), plans: formatNumber(data.plans.length, language), date: formatDate(data.today, language) })}
      </Paragraph>
      <TargetActualSection data={data} />
      <div className="analysis-pair">
        <SlippageSection data={data} rows={areaRows} />
        <OnTimeSection data={data} rows={areaRows} />
      </div>
      <PlanComparisonSection data={data} />
    </>
  );
}
