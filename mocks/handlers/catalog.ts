import { http } from 'msw';
import { areaListSchema, planListSchema } from '@/domain/api-contract';
import { db } from '../db';
import { API, endpoint, respond } from './http';

export const catalogHandlers = [
  http.get(`${API}/plans`, endpoint(() => respond(planListSchema, { items: [...db.plans()] }))),
  http.get(`${API}/areas`, endpoint(() => respond(areaListSchema, { items: [...db.areas()].sort((a, b) => a.order - b.order) }))),
];
