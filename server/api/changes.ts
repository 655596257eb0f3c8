import { changeLogPageSchema, changeLogQuerySchema } from '@/domain/change-log';
import { changeLogEntries, changeLogPage, type ChangeLogRow } from '@/domain/change-log-rows';
import { parseQuery, respond } from './http';
import { endpoint } from './router';

export const changeLogEndpoints = [
  /**
   * The log of changes across all measures; anyone may read it, as every history can be read. Every change
   * of every measure, in the log's order, is kept until the store changes (its revision): a client paging
   * through the log of 10,000 measures has it collected and sorted once.
   */
  endpoint('GET', '/changes', async ({ request, ctx, snapshot, caches }) => {
    const query = parseQuery(request, changeLogQuerySchema);
    const data = await snapshot();
    const last = caches.get('change-log') as { revision: string; rows: ChangeLogRow[] } | undefined;
    const rows = last?.revision === data.revision ? last.rows : changeLogEntries(data.measures);
    caches.set('change-log', { revision: data.revision, rows });
    return respond(ctx.checkResponses, changeLogPageSchema, changeLogPage(rows, query));
  }),
];
