import { statusChangesQuerySchema, statusChangesSchema, summaryQuerySchema, summarySchema } from '@/domain/api-contract';
import { statusMovesBetween } from '@/domain/as-of';
import { DUE_WITHIN_YEAR_MONTHS, isOpenAndDueWithin, isOverdue } from '@/domain/overdue';
import { overallProgress, progressByArea } from '@/domain/progress';
import { parseQuery, pastDateOrToday, respond } from './http';
import { endpoint } from './router';

export const summaryEndpoints = [
  endpoint('GET', '/summary', async ({ request, ctx, snapshot, replay }) => {
    const query = parseQuery(request, summaryQuerySchema);
    const asOf = pastDateOrToday(query.asOf);
    const data = await snapshot();
    const measures = replay.measuresOn(data, asOf).filter((measure) => !query.plan?.length || query.plan.includes(measure.planId));
    const planIds = query.plan?.length ? query.plan : data.plans.map((plan) => plan.id);
    return respond(ctx.checkResponses, summarySchema, {
      asOf,
      planIds,
      areas: progressByArea(measures, data.areas),
      totals: overallProgress(measures),
      overdue: measures.filter((measure) => isOverdue(measure, asOf)).length,
      dueWithinYear: measures.filter((measure) => isOpenAndDueWithin(measure, asOf, DUE_WITHIN_YEAR_MONTHS)).length,
      uncertain: measures.filter((measure) => measure.uncertain).length,
    });
  }),
  endpoint('GET', '/status-changes', async ({ request, ctx, snapshot }) => {
    const query = parseQuery(request, statusChangesQuerySchema);
    const from = pastDateOrToday(query.from, 'from');
    const to = pastDateOrToday(query.to, 'to');
    const data = await snapshot();
    const inPlans = data.measures.filter((measure) => !query.plan?.length || query.plan.includes(measure.planId));
    const byId = new Map(inPlans.map((measure) => [measure.id, measure]));
    const items = statusMovesBetween([...inPlans], from, to).flatMap((move) => {
      const measure = byId.get(move.measureId);
      if (measure === undefined) return [];
      const { id, planId, number, areaId, title } = measure;
      return [{ measureId: id, planId, number, areaId, title, from: move.from, to: move.to, uncertain: move.uncertain }];
    });
    items.sort((a, b) => a.planId.localeCompare(b.planId) || a.number - b.number);
    return respond(ctx.checkResponses, statusChangesSchema, {
      from,
      to,
      planIds: query.plan?.length ? query.plan : data.plans.map((plan) => plan.id),
      items,
    });
  }),
];
