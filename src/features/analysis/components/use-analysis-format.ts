import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

/** The analysis's words and Norwegian (or English) numbers; a share that cannot be computed is "–". */
export function useAnalysisFormat() {
  const { t } = useTranslation('analysis');
  const language = useLanguage();
  return {
    t,
    language,
    number: (value: number) => formatNumber(value, language),
    percent: (value: number | null) => (value === null ? '–' : formatPercent(value, language)),
  };
}
