import { http, HttpResponse } from 'msw';
import { requirePermission } from '../auth';
import { db } from '../db';
import { API, endpoint } from './http';

export const adminHandlers = [
  /** Restores the fixtures. Admins only. */
  http.post(
    `${API}/admin/reset`,
    endpoint(({ request }) => {
      requirePermission(request, 'reset');
      db.reset();
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
