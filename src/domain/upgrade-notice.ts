import * as z from 'zod/mini';
import { localizedTextSchema } from './localized-text';

/**
 * What the user is told after an upgrade of the mock's dataset (mocks/carry-over.ts): how many of their changes
 * were carried over, and those set aside (`GET /api/upgrade-notice`).
 */

export const setAsideChangeSchema = z.object({
  measure: z.object({
    id: z.string(),
    number: z.optional(z.int()),
    title: z.optional(localizedTextSchema),
  }),
  /** The history entry as it was stored, untouched. */
  entry: z.unknown(),
  /** Why it was set aside: a code of SET_ASIDE_REASONS (mocks/carry-over.ts) or of a rule (CHANGE_ERROR_CODES). */
  reasons: z.array(z.string()),
});
export type SetAsideChange = z.infer<typeof setAsideChangeSchema>;

/** What a user is told after an upgrade, until they dismiss it. */
export const upgradeNoticeSchema = z.object({
  /** The dataset versions, before and after. */
  from: z.string(),
  to: z.string(),
  /** How many of the user's changes were carried over. */
  carriedOver: z.int().check(z.nonnegative()),
  setAside: z.array(setAsideChangeSchema),
});
export type UpgradeNotice = z.infer<typeof upgradeNoticeSchema>;

/** `GET /api/upgrade-notice` (mock only): the notice, or null when there is nothing to tell. */
export const upgradeNoticeResponseSchema = z.strictObject({ notice: z.nullable(upgradeNoticeSchema) });

/** How the page groups the reasons a change was set aside, for one sentence each. */
export type SetAsideWhy = 'measure_gone' | 'state_changed' | 'transition' | 'rule';

export function setAsideWhy(reasons: readonly string[]): SetAsideWhy {
  if (reasons.includes('measure_gone')) return 'measure_gone';
  if (reasons.includes('state_changed')) return 'state_changed';
  if (reasons.includes('transition_not_allowed') || reasons.includes('same_status')) return 'transition';
  return 'rule';
}

/** What kind of change a stored entry was, as far as it says: its `type`, or null. */
export function setAsideKind(entry: unknown): 'status' | 'deadline' | 'note' | 'source' | null {
  const type = typeof entry === 'object' && entry !== null ? (entry as { type?: unknown }).type : undefined;
  return type === 'status' || type === 'deadline' || type === 'note' || type === 'source' ? type : null;
}

/** The file a user downloads: what was set aside, with the versions, to keep or send on. */
export function setAsideDocument(notice: UpgradeNotice) {
  return {
    kind: 'tiltaksmonitor/set-aside-changes',
    datasetVersion: { from: notice.from, to: notice.to },
    changes: notice.setAside,
  };
}
