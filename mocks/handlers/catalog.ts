import { http } from 'msw';
import { areaListSchema, noQuerySchema, planListSchema } from '@/domain/api-contract';
import { db } from '../db';
import { API, endpoint, parseQuery, respond } from './http';

export const catalogHandlers = [
  http.get(
    `${API}/plans`,
    endpoint(({ request }) => {
      parseQuery(request, noQuerySchema);
      return respond(planListSchema, { items: [...db.plans()] });
    }),
  ),
  http.get(
    `${API}/areas`,
    endpoint(({ request }) => {
      parseQuery(request, noQuerySchema);
      return respond(areaListSchema, { items: [...db.areas()].sort((a, b) => a.order - b.order) });
    }),
  ),
];
