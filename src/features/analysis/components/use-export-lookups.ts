import { useLanguage, useLocalized } from '@/lib/use-localized';
import type { ExportLookups } from '../utils/analysis-export';
import type { AnalysisData } from '../utils/analysis-data';

/** Plan and area names in the reader's language, for tables and exports. */
export function useExportLookups(data: Pick<AnalysisData, 'plans' | 'areas'>): ExportLookups {
  const language = useLanguage();
  const pick = useLocalized();
  const plans = new Map(data.plans.map((plan) => [plan.id, plan.reference]));
  const areas = new Map(data.areas.map((area) => [area.id, pick(area.name).value]));
  return { language, planName: (id) => plans.get(id) ?? id, areaName: (id) => areas.get(id) ?? id };
}
