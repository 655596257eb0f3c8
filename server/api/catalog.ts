import { areaListSchema, noQuerySchema, planListSchema } from '@/domain/api-contract';
import { parseQuery, respond } from './http';
import { endpoint } from './router';

export const catalogEndpoints = [
  endpoint('GET', '/plans', async ({ request, ctx, snapshot }) => {
    parseQuery(request, noQuerySchema);
    return respond(ctx.checkResponses, planListSchema, { items: [...(await snapshot()).plans] });
  }),
  endpoint('GET', '/areas', async ({ request, ctx, snapshot }) => {
    parseQuery(request, noQuerySchema);
    return respond(ctx.checkResponses, areaListSchema, { items: [...(await snapshot()).areas].sort((a, b) => a.order - b.order) });
  }),
];
