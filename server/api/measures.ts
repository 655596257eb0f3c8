import { historyListSchema, measureDetailSchema, measurePageSchema, noQuerySchema } from '@/domain/api-contract';
import type { Measure } from '@/domain/measure';
import { filterMeasures } from '@/domain/measure-filter';
import { measureListQuerySchema, paginate, type MeasureListQuery } from '@/domain/measure-list-query';
import { sortMeasures } from '@/domain/measure-sort';
import { toMeasureSummary } from '@/domain/measure-summary';
import { idSchema } from '@/domain/plan';
import { today } from '@/lib/clock';
import { parseQuery, pastDateOrToday, problem, ProblemError, respond } from './http';
import { withoutReplayFlag, type MeasureOnDate } from './replay';
import { endpoint, type EndpointInput } from './router';

/**
 * The measure with the id from the path, as it stands today (replayed from its history, as every endpoint
 * serves it): 400 for an id that cannot be one, 404 when there is none.
 */
export async function findMeasure({ params, snapshot, replay }: Pick<EndpointInput, 'params' | 'snapshot' | 'replay'>, name = 'id'): Promise<Measure> {
  const id = idSchema.safeParse(params[name]);
  if (!id.success) {
    throw new ProblemError(problem(400, 'Invalid measure id', 'A measure id is lowercase letters, digits and hyphens.', [
      { field: 'id', code: 'invalid_format', message: 'Invalid measure id' },
    ]));
  }
  const data = await snapshot();
  const stored = data.measures.find((measure) => measure.id === id.data);
  if (stored === undefined) throw new ProblemError(problem(404, 'Not Found', `No measure has the id "${id.data}".`));
  // A measure of a plan not yet presented has no state today: it is served as recorded.
  const onToday = replay.measureOn(data, id.data, today());
  return onToday === undefined ? stored : withoutReplayFlag(onToday);
}

/**
 * The last filtered and sorted list, so that a client paging through a large dataset (ten pages of
 * 1,000 for 10,000 measures) does not have the whole list replayed, filtered and sorted for each page.
 * It is keyed by everything but the page, and by the store's revision, so an edit is seen at once.
 */
async function matchingMeasures({ snapshot, replay, caches }: EndpointInput, query: MeasureListQuery, date: string): Promise<MeasureOnDate[]> {
  const data = await snapshot();
  const { page, pageSize, ...rest } = query;
  const key = JSON.stringify([data.revision, date, rest]);
  const last = caches.get('measure-list') as { key: string; matching: MeasureOnDate[] } | undefined;
  if (last?.key === key) return last.matching;
  const { sort, order, lang, asOf, ...filters } = rest;
  const measures = replay.measuresOn(data, date);
  const areaOrder = new Map(data.areas.map((area) => [area.id, area.order]));
  const planOrder = new Map(data.plans.map((plan, position) => [plan.id, position]));
  const matching = sortMeasures(filterMeasures(measures, filters, date), sort, order, { today: date, language: lang, areaOrder, planOrder });
  caches.set('measure-list', { key, matching });
  return matching;
}

export const measureEndpoints = [
  endpoint('GET', '/measures', async (input) => {
    const query = parseQuery(input.request, measureListQuerySchema);
    const date = pastDateOrToday(query.asOf);
    const matching = await matchingMeasures(input, query, date);
    const { page, pageSize } = query;
    return respond(input.ctx.checkResponses, measurePageSchema, {
      items: paginate(matching, page, pageSize).map((measure) => toMeasureSummary(withoutReplayFlag(measure))),
      total: matching.length,
      page,
      pageSize,
      today: date,
    });
  }),
  endpoint('GET', '/measures/:id', async (input) => {
    parseQuery(input.request, noQuerySchema);
    const measure = await findMeasure(input);
    return respond(input.ctx.checkResponses, measureDetailSchema, measure, { headers: { ETag: `"${measure.version}"` } });
  }),
  endpoint('GET', '/measures/:id/history', async (input) => {
    parseQuery(input.request, noQuerySchema);
    return respond(input.ctx.checkResponses, historyListSchema, { items: (await findMeasure(input)).history });
  }),
];
