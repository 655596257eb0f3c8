import { useTranslation } from 'react-i18next';
import type { TargetCounts } from '@/domain/target-year';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

/**
 * The one sentence about target years (src/domain/target-year.ts), in the same words on every panel that counts
 * them (the overview's deadlines and burn-up, the analysis), so that a briefing can quote any of them. Its texts
 * are the `targets` namespace, loaded by the pages that show it.
 */
/** The counts it states (TargetCounts, or the analysis's facts, which have the same fields from countTargets). */
type StatedCounts = Pick<TargetCounts, 'total' | 'withTarget' | 'onTime' | 'late' | 'openLate' | 'open' | 'closed' | 'doneDateUnknown'>;

export function TargetsSentence({ counts }: { counts: StatedCounts }) {
  const { t } = useTranslation('targets');
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  // The sentence agrees with the last number it names ("1 er fortsatt åpent", "0 er fortsatt åpne").
  if (counts.withTarget === 0) return <>{t('none', { count: counts.total, total: n(counts.total) })}</>;
  return (
    <>
      {t('sentence', { count: counts.openLate, withTarget: n(counts.withTarget), total: n(counts.total), onTime: n(counts.onTime), late: n(counts.late), openLate: n(counts.openLate) })}
      {counts.open > 0 && ` ${t('open', { count: counts.open })}`}
      {counts.closed + counts.doneDateUnknown > 0 && ` ${t('notJudged', { count: counts.closed + counts.doneDateUnknown })}`}
    </>
  );
}
