import { useTranslation } from 'react-i18next';
import type { TargetCounts } from '@/domain/target-year';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

/**
 * The one sentence about target years (src/domain/target-year.ts), in the same words wherever the overview
 * counts them, and as the analysis states it: so that a briefing can quote any of them.
 */
export function TargetsSentence({ counts }: { counts: TargetCounts }) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  // The sentence agrees with the last number it names ("1 er fortsatt åpent", "0 er fortsatt åpne").
  if (counts.withTarget === 0) return <>{t('targets.none', { count: counts.total, total: n(counts.total) })}</>;
  return (
    <>
      {t('targets.sentence', { count: counts.openLate, withTarget: n(counts.withTarget), total: n(counts.total), onTime: n(counts.onTime), late: n(counts.late), openLate: n(counts.openLate) })}
      {counts.open > 0 && ` ${t('targets.open', { count: counts.open })}`}
      {counts.closed + counts.doneDateUnknown > 0 && ` ${t('targets.notJudged', { count: counts.closed + counts.doneDateUnknown })}`}
    </>
  );
}
