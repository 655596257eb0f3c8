import { http } from 'msw';
import { summarySchema } from '@/domain/api-contract';
import { measuresAsOf } from '@/domain/as-of';
import { isDueWithin } from '@/domain/deadline';
import { summaryQuerySchema } from '@/domain/measure-query';
import { isOverdue } from '@/domain/overdue';
import { overallProgress, progressByArea } from '@/domain/progress';
import { isClosed } from '@/domain/status';
import { today } from '@/lib/clock';
import { db } from '../db';
import { API, endpoint, parseQuery, problem, ProblemError, respond } from './http';

export const summaryHandlers = [
  http.get(
    `${API}/summary`,
    endpoint(({ request }) => {
      const query = parseQuery(request, summaryQuerySchema);
      const now = today();
      if (query.asOf !== undefined && query.asOf > now) {
        throw new ProblemError(problem(400, 'Invalid query parameters', 'asOf must not be in the future.', [
          { field: 'asOf', code: 'too_big', message: `asOf must be on or before ${now}` },
        ]));
      }
      const asOf = query.asOf ?? now;
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
