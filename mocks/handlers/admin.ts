import { http, HttpResponse } from 'msw';
import { noQuerySchema } from '@/domain/api-contract';
import { requirePermission } from '../auth';
import { db } from '../db';
import { API, endpoint, parseQuery } from './http';

export const adminHandlers = [
  /** Restores the fixtures. Admins only. */
  http.post(
    `${API}/admin/reset`,
    endpoint(({ request }) => {
      requirePermission(request, 'reset');
      parseQuery(request, noQuerySchema);
      db.reset();
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
