import type { Slippage } from '@/domain/slippage';

export type SlippageKey =
  | 'late'
  | 'onTime'
  | 'early'
  | 'doneDateUnknown'
  | 'closed'
  | 'openLate'
  | 'open'
  | 'notADeadline'
  | 'noTarget';

/**
 * Which sentence says how a measure went against the plan's year, and with what values: the
 * translation key under `detail.slippage` and its variables (`count` is a number of years).
 */
export function slippageSentence(slippage: Slippage): { key: SlippageKey; values: { count?: number; target?: number; actual?: number } } {
  const target = slippage.targetYear ?? undefined;
  switch (slippage.state) {
    case 'done': {
      const years = slippage.years ?? 0;
      const actual = slippage.actualYear ?? undefined;
      if (years > 0) return { key: 'late', values: { count: years, target, actual } };
      if (years < 0) return { key: 'early', values: { count: -years, target, actual } };
      return { key: 'onTime', values: { target, actual } };
    }
    case 'done_date_unknown':
      return { key: 'doneDateUnknown', values: { target } };
    case 'closed':
      return { key: 'closed', values: { target } };
    case 'open_late':
      return { key: 'openLate', values: { count: slippage.years ?? 0, target } };
    case 'open':
      return { key: 'open', values: { target } };
    case 'not_a_deadline':
      return { key: 'notADeadline', values: { target } };
    case 'no_target':
      return { key: 'noTarget', values: {} };
  }
}
