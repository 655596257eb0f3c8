import { http } from 'msw';
import { summarySchema } from '@/domain/api-contract';
import { measuresAsOf } from '@/domain/as-of';
import { isDueWithin } from '@/domain/deadline';
import { summaryQuerySchema } from '@/domain/measure-query';
import { isOverdue } from '@/domain/overdue';
import { overallProgress, progressByArea } from '@/domain/progress';
import { isClosed } from '@/domain/status';
import { db } from '../db';
import { API, endpoint, parseQuery, pastDateOrToday, respond } from './http';

export const summaryHandlers = [
  http.get(
    `${API}/summary`,
    endpoint(({ request }) => {
      const query = parseQuery(request, summaryQuerySchema);
      const asOf = pastDateOrToday(query.asOf);
      const inPlans = db.allMeasures().filter((measure) => !query.plan?.length || query.plan.includes(measure.planId));
      const measures = measuresAsOf(inPlans, asOf);
      const planIds = query.plan?.length ? query.plan : db.plans().map((plan) => plan.id);
      return respond(summarySchema, {
        asOf,
        planIds,
        areas: progressByArea(measures, db.areas()),
        totals: overallProgress(measures),
        overdue: measures.filter((measure) => isOverdue(measure, asOf)).length,
        dueWithinYear: measures.filter((measure) => !isClosed(measure.status) && measure.deadline !== null && isDueWithin(measure.deadline, asOf, 12)).length,
        uncertain: measures.filter((measure) => measure.uncertain).length,
      });
    }),
  ),
];
