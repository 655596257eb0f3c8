import { http } from 'msw';
import { statusChangesQuerySchema, statusChangesSchema } from '@/domain/api-contract';
import { statusMovesBetween } from '@/domain/as-of';
import { db } from '../db';
import { API, endpoint, parseQuery, pastDateOrToday, respond } from './http';

export const statusChangeHandlers = [
  http.get(
    `${API}/status-changes`,
    endpoint(({ request }) => {
      const query = parseQuery(request, statusChangesQuerySchema);
      const from = pastDateOrToday(query.from, 'from');
      const to = pastDateOrToday(query.to, 'to');
      const inPlans = db.allMeasures().filter((measure) => !query.plan?.length || query.plan.includes(measure.planId));
      const byId = new Map(inPlans.map((measure) => [measure.id, measure]));
      const items = statusMovesBetween(inPlans, from, to).flatMap((move) => {
        const measure = byId.get(move.measureId);
        if (measure === undefined) return [];
        const { id, planId, number, areaId, title } = measure;
        return [{ measureId: id, planId, number, areaId, title, from: move.from, to: move.to, uncertain: move.uncertain }];
      });
      items.sort((a, b) => a.planId.localeCompare(b.planId) || a.number - b.number);
      return respond(statusChangesSchema, {
        from,
        to,
        planIds: query.plan?.length ? query.plan : db.plans().map((plan) => plan.id),
        items,
      });
    }),
  ),
];
