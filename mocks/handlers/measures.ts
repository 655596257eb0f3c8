import { http } from 'msw';
import { historyListSchema, measureDetailSchema, measurePageSchema, noQuerySchema } from '@/domain/api-contract';
import { filterMeasures } from '@/domain/measure-filter';
import { measureListQuerySchema, paginate, type MeasureListQuery } from '@/domain/measure-list-query';
import { sortMeasures } from '@/domain/measure-sort';
import { toMeasureSummary } from '@/domain/measure-summary';
import { idSchema } from '@/domain/plan';
import { today } from '@/lib/clock';
import { db } from '../db';
import { measureOn, measuresOn, withoutReplayFlag, type MeasureOnDate } from '../measures-on';
import { API, endpoint, parseQuery, pastDateOrToday, problem, ProblemError, respond } from './http';

/**
 * The measure with the id from the path, as it stands today (replayed from its history, as every endpoint
 * serves it): 400 for an id that cannot be one, 404 when there is none.
 */
export function findMeasure(rawId: string | readonly string[] | undefined) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) {
    throw new ProblemError(problem(400, 'Invalid measure id', 'A measure id is lowercase letters, digits and hyphens.', [
      { field: 'id', code: 'invalid_format', message: 'Invalid measure id' },
    ]));
  }
  const stored = db.measure(id.data);
  if (stored === undefined) throw new ProblemError(problem(404, 'Not Found', `No measure has the id "${id.data}".`));
  // A measure of a plan not yet presented has no state today: it is served as recorded.
  const onToday = measureOn(id.data, today());
  return onToday === undefined ? stored : withoutReplayFlag(onToday);
}

/**
 * The last filtered and sorted list, so that a client paging through a large dataset (ten pages of
 * 1,000 for 10,000 measures) does not have the whole list replayed, filtered and sorted for each page.
 * It is keyed by everything but the page, and by the store's revision, so an edit is seen at once.
 */
let lastList: { key: string; matching: MeasureOnDate[] } | null = null;

function matchingMeasures(query: MeasureListQuery, date: string): MeasureOnDate[] {
  const { page, pageSize, ...rest } = query;
  const key = JSON.stringify([db.revision, date, rest]);
  if (lastList?.key === key) return lastList.matching;
  const { sort, order, lang, asOf, ...filters } = rest;
  const measures = measuresOn(date);
  const areaOrder = new Map(db.areas().map((area) => [area.id, area.order]));
  const planOrder = new Map(db.plans().map((plan, position) => [plan.id, position]));
  const matching = sortMeasures(filterMeasures(measures, filters, date), sort, order, { today: date, language: lang, areaOrder, planOrder });
  lastList = { key, matching };
  return matching;
}

export const measureHandlers = [
  http.get(
    `${API}/measures`,
    endpoint(({ request }) => {
      const query = parseQuery(request, measureListQuerySchema);
      const date = pastDateOrToday(query.asOf);
      const matching = matchingMeasures(query, date);
      const { page, pageSize } = query;
      return respond(measurePageSchema, {
        items: paginate(matching, page, pageSize).map((measure) => toMeasureSummary(withoutReplayFlag(measure))),
        total: matching.length,
        page,
        pageSize,
        today: date,
      });
    }),
  ),
  http.get(
    `${API}/measures/:id`,
    endpoint(({ request, params }) => {
      parseQuery(request, noQuerySchema);
      const measure = findMeasure(params.id);
      return respond(measureDetailSchema, measure, { headers: { ETag: `"${measure.version}"` } });
    }),
  ),
  http.get(
    `${API}/measures/:id/history`,
    endpoint(({ request, params }) => {
      parseQuery(request, noQuerySchema);
      return respond(historyListSchema, { items: findMeasure(params.id).history });
    }),
  ),
];
