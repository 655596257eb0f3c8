import { http } from 'msw';
import { summaryQuerySchema, summarySchema } from '@/domain/api-contract';
import { DUE_WITHIN_YEAR_MONTHS, isOpenAndDueWithin, isOverdue } from '@/domain/overdue';
import { overallProgress, progressByArea } from '@/domain/progress';
import { db } from '../db';
import { measuresOn } from '../measures-on';
import { API, endpoint, parseQuery, pastDateOrToday, respond } from './http';

export const summaryHandlers = [
  http.get(
    `${API}/summary`,
    endpoint(({ request }) => {
      const query = parseQuery(request, summaryQuerySchema);
      const asOf = pastDateOrToday(query.asOf);
      const measures = measuresOn(asOf).filter((measure) => !query.plan?.length || query.plan.includes(measure.planId));
      const planIds = query.plan?.length ? query.plan : db.plans().map((plan) => plan.id);
      return respond(summarySchema, {
        asOf,
        planIds,
        areas: progressByArea(measures, db.areas()),
        totals: overallProgress(measures),
        overdue: measures.filter((measure) => isOverdue(measure, asOf)).length,
        dueWithinYear: measures.filter((measure) => isOpenAndDueWithin(measure, asOf, DUE_WITHIN_YEAR_MONTHS)).length,
        uncertain: measures.filter((measure) => measure.uncertain).length,
      });
    }),
  ),
];
