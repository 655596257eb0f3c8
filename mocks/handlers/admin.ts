import { http, HttpResponse } from 'msw';
import { db } from '../db';
import { API, endpoint } from './http';

export const adminHandlers = [
  /** Restores the fixtures. Issue 6 restricts this to the admin role. */
  http.post(
    `${API}/admin/reset`,
    endpoint(() => {
      db.reset();
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
