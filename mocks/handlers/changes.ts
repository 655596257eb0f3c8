import { http } from 'msw';
import { changeLogPageSchema, changeLogQuerySchema } from '@/domain/change-log';
import { changeLogEntries, changeLogPage, type ChangeLogRow } from '@/domain/change-log-rows';
import { db } from '../db';
import { API, endpoint, parseQuery, respond } from './http';

/**
 * Every change of every measure, in the log's order, kept until the store changes (an edit, a reset, another
 * dataset): a client paging through the log of 10,000 measures has it collected and sorted once.
 */
let last: { revision: number; rows: ChangeLogRow[] } | null = null;

function rows(): ChangeLogRow[] {
  if (last?.revision !== db.revision) last = { revision: db.revision, rows: changeLogEntries(db.allMeasures()) };
  return last.rows;
}

export const changeLogHandlers = [
  /** The log of changes across all measures; anyone may read it, as every history can be read. */
  http.get(
    `${API}/changes`,
    endpoint(({ request }) => {
      const query = parseQuery(request, changeLogQuerySchema);
      return respond(changeLogPageSchema, changeLogPage(rows(), query));
    }),
  ),
];
