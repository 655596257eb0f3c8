import * as z from 'zod/mini';
import type { ChangeType } from '@/domain/measure-change';
import type { ChangeFormValues } from './change-form';

/**
 * What a user has typed into an edit form, kept in sessionStorage until it is saved or discarded:
 * it survives a failed save, a reload and a wandering off to another page, in this tab.
 */
export interface Draft {
  values: ChangeFormValues;
  /** The measure version the user started from: what a conflict is measured against. */
  baseVersion: number;
}

const valuesSchema = z.record(z.string(), z.string());
const draftSchema = z.object({ values: valuesSchema, baseVersion: z.int().check(z.positive()) });

function key(measureId: string, type: ChangeType): string {
  return `tiltaksmonitor:draft:${measureId}:${type}`;
}

export function loadDraft(measureId: string, type: ChangeType, fallback: ChangeFormValues): Draft | null {
  try {
    const raw = window.sessionStorage.getItem(key(measureId, type));
    if (raw === null) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    // Only the fields a form knows are taken back; anything else in storage is ignored.
    const values = { ...fallback };
    for (const field of Object.keys(fallback) as (keyof ChangeFormValues)[]) {
      const stored = parsed.data.values[field];
      if (stored !== undefined) values[field] = stored;
    }
    return { values, baseVersion: parsed.data.baseVersion };
  } catch {
    return null;
  }
}

export function saveDraft(measureId: string, type: ChangeType, draft: Draft): void {
  try {
    window.sessionStorage.setItem(key(measureId, type), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form still holds the text; nothing else to do.
  }
}

export function clearDraft(measureId: string, type: ChangeType): void {
  try {
    window.sessionStorage.removeItem(key(measureId, type));
  } catch {
    // As above.
  }
}

export function hasDraft(measureId: string, type: ChangeType): boolean {
  try {
    return window.sessionStorage.getItem(key(measureId, type)) !== null;
  } catch {
    return false;
  }
}
