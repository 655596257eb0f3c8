import { catalogEndpoints } from './catalog';
import { changeLogEndpoints } from './changes';
import type { ApiContext } from './context';
import { editingEndpoints } from './editing';
import { measureEndpoints } from './measures';
import { municipalityEndpoints } from './municipalities';
import { planEndpoints } from './plans';
import { createRouter, type Endpoint } from './router';
import { sessionEndpoints } from './session';
import { summaryEndpoints } from './summary';

/** Every endpoint of docs/api.md, in one place for the mock and the server alike. */
export const ENDPOINTS: readonly Endpoint[] = [
  ...catalogEndpoints,
  ...measureEndpoints,
  ...municipalityEndpoints,
  ...editingEndpoints,
  ...planEndpoints,
  ...sessionEndpoints,
  ...summaryEndpoints,
  ...changeLogEndpoints,
];

/** The API for a context: a web-standard handler (Request → Response). */
export function createApiHandler(ctx: ApiContext): (request: Request) => Promise<Response> {
  return createRouter(ENDPOINTS, ctx);
}
