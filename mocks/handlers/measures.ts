import { http } from 'msw';
import { historyListSchema, measureDetailSchema, measurePageSchema } from '@/domain/api-contract';
import { measuresAsOf } from '@/domain/as-of';
import type { Measure } from '@/domain/measure';
import { filterMeasures, measureListQuerySchema, paginate, sortMeasures, type MeasureListQuery } from '@/domain/measure-query';
import { toMeasureSummary } from '@/domain/measure-summary';
import { idSchema } from '@/domain/plan';
import { db } from '../db';
import { API, endpoint, parseQuery, pastDateOrToday, problem, ProblemError, respond } from './http';

/** measuresAsOf marks each measure with `uncertain`; the list contract has no such field. */
function withoutReplayFlag(measure: Measure & { uncertain?: boolean }): Measure {
  const { uncertain, ...rest } = measure;
  return rest;
}

export function findMeasure(rawId: string | readonly string[] | undefined) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) {
    throw new ProblemError(problem(400, 'Invalid measure id', 'A measure id is lowercase letters, digits and hyphens.', [
      { field: 'id', code: 'invalid_format', message: 'Invalid measure id' },
    ]));
  }
  const measure = db.measure(id.data);
  if (measure === undefined) throw new ProblemError(problem(404, 'Not Found', `No measure has the id "${id.data}".`));
  return measure;
}

/**
 * The last filtered and sorted list, so that a client paging through a large dataset (ten pages of
 * 1,000 for 10,000 measures) does not have the whole list replayed, filtered and sorted for each page.
 * It is keyed by everything but the page, and by the store's revision, so an edit is seen at once.
 */
let lastList: { key: string; matching: Measure[] } | null = null;

function matchingMeasures(query: MeasureListQuery, date: string): Measure[] {
  const { page, pageSize, ...rest } = query;
  const key = JSON.stringify([db.revision, date, rest]);
  if (lastList?.key === key) return lastList.matching;
  const { sort, order, lang, asOf, ...filters } = rest;
  const measures = asOf === undefined ? db.allMeasures() : measuresAsOf(db.allMeasures(), asOf);
  const areaOrder = new Map(db.areas().map((area) => [area.id, area.order]));
  const matching = sortMeasures(filterMeasures(measures, filters, date), sort, order, { today: date, language: lang, areaOrder });
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
    endpoint(({ params }) => {
      const measure = findMeasure(params.id);
      return respond(measureDetailSchema, measure, { headers: { ETag: `"${measure.version}"` } });
    }),
  ),
  http.get(
    `${API}/measures/:id/history`,
    endpoint(({ params }) => respond(historyListSchema, { items: findMeasure(params.id).history })),
  ),
];
