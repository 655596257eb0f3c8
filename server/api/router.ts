import type { ApiContext } from './context';
import { API, problem, ProblemError, unavailableProblem } from './http';
import { Replay } from './replay';
import type { DataSnapshot } from './store';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler gets: the request, the path's parameters, the context, and this API's caches. */
export interface EndpointInput {
  request: Request;
  params: Readonly<Record<string, string>>;
  ctx: ApiContext;
  /** The store's data now (one read per request, however often it is asked for). */
  snapshot: () => Promise<DataSnapshot>;
  replay: Replay;
  caches: Map<string, unknown>;
}

export interface Endpoint {
  method: Method;
  /** `/api/measures/:id`: a `:name` is one path segment. */
  path: string;
  handle(input: EndpointInput): Response | Promise<Response>;
}

export function endpoint(method: Method, path: string, handle: Endpoint['handle']): Endpoint {
  return { method, path: `${API}${path}`, handle };
}

interface CompiledEndpoint extends Endpoint {
  pattern: RegExp;
  names: string[];
}

function compile(endpoints: readonly Endpoint[]): CompiledEndpoint[] {
  return endpoints.map((candidate) => {
    const names: string[] = [];
    const source = candidate.path
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(segment.slice(1));
        return '([^/]+)';
      })
      .join('/');
    return { ...candidate, pattern: new RegExp(`^${source}/?$`), names };
  });
}

/**
 * The API as one web-standard handler: finds the endpoint for a request, runs it, and turns thrown problems
 * (and unexpected errors) into problem responses. Anything else under /api is an unknown endpoint (404).
 */
export function createRouter(endpoints: readonly Endpoint[], ctx: ApiContext): (request: Request) => Promise<Response> {
  const compiled = compile(endpoints);
  const replay = new Replay();
  const caches = new Map<string, unknown>();
  return async (request) => {
    const url = new URL(request.url);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return problem(400, 'Invalid path', 'The address is not valid.');
    }
    for (const candidate of compiled) {
      if (candidate.method !== request.method) continue;
      const match = candidate.pattern.exec(pathname);
      if (match === null) continue;
      const params = Object.fromEntries(candidate.names.map((name, index) => [name, match[index + 1] ?? '']));
      let snapshot: Promise<DataSnapshot> | null = null;
      try {
        return await candidate.handle({
          request,
          params,
          ctx,
          snapshot: () => (snapshot ??= ctx.store.snapshot()),
          replay,
          caches,
        });
      } catch (error) {
        if (error instanceof ProblemError) return error.response;
        if (ctx.isUnavailable?.(error) === true) return unavailableProblem(ctx);
        ctx.onError?.(error, request);
        return problem(500, 'Internal Server Error', 'The API failed to handle the request.');
      }
    }
    return problem(404, 'Not Found', `No endpoint ${request.method} ${url.pathname}.`);
  };
}
