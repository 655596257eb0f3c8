import * as z from 'zod/mini';

export const STATUSES = ['planned', 'in_progress', 'at_risk', 'completed', 'cancelled', 'replaced'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

/** Statuses after which a measure no longer has anything left to do. */
const CLOSED_STATUSES: ReadonlySet<Status> = new Set(['completed', 'cancelled', 'replaced']);

export function isClosed(status: Status): boolean {
  return CLOSED_STATUSES.has(status);
}

export function emptyStatusCounts(): Record<Status, number> {
  return { planned: 0, in_progress: 0, at_risk: 0, completed: 0, cancelled: 0, replaced: 0 };
}
