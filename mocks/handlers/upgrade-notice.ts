import { http, HttpResponse } from 'msw';
import { noQuerySchema } from '@/domain/api-contract';
import { upgradeNoticeResponseSchema } from '@/domain/upgrade-notice';
import { db, NotSavedError } from '../db';
import { API, endpoint, parseQuery, respond } from './http';
import { notSavedProblem } from './not-saved';

/**
 * Mock only: what the last upgrade of the stored data did with the user's changes (db.ts, carryOver): how many
 * were carried over, and those set aside, until the user dismisses the notice. Anyone may read and dismiss it:
 * it is about the data kept in this browser.
 */
export const upgradeNoticeHandlers = [
  http.get(
    `${API}/upgrade-notice`,
    endpoint(({ request }) => {
      parseQuery(request, noQuerySchema);
      return respond(upgradeNoticeResponseSchema, { notice: db.upgradeNotice() });
    }),
  ),
  http.delete(
    `${API}/upgrade-notice`,
    endpoint(({ request }) => {
      parseQuery(request, noQuerySchema);
      try {
        db.dismissUpgradeNotice();
      } catch (error) {
        if (error instanceof NotSavedError) return notSavedProblem(error);
        throw error;
      }
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
