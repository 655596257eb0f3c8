import { HttpResponse } from 'msw';
import type { Problem } from '@/domain/api-contract';
import { PROBLEM_TYPES } from '@/domain/problem-types';
import type { NotSavedError } from '../db';

/**
 * The answer to a write the storage did not keep (db.ts: the store is as it was): 507 with the `storage-full` type
 * when the browser's storage is full, so that the client can say so; 500 for any other failure of the storage.
 */
export function notSavedProblem(error: NotSavedError): Response {
  const body: Problem = error.storageFull
    ? {
        type: PROBLEM_TYPES.storageFull,
        title: 'Insufficient Storage',
        status: 507,
        detail: 'The change was not saved: the browser’s storage for this site is full. Nothing was changed.',
      }
    : { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'The change was not saved: the browser’s storage failed. Nothing was changed.' };
  return HttpResponse.json(body, { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });
}
