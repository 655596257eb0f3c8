import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { ServerConfig } from './config';
import { frameFor, isPageRequest } from './frame-files';
import type { Logger } from './log';
import { bodyTooLarge } from './api/http';
import { REGISTRATION_BODY_MAX_BYTES } from './api/plans';
import { problemResponse } from './api/problem';
import { WriteRateLimiter } from './rate-limit';

export interface Health {
  /** The database answers and has every migration applied; otherwise why not. */
  ready(): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/** The API itself: a web-standard handler, the same code the embedded mock runs (server/api). */
export type ApiHandler = (request: Request) => Promise<Response>;

type Env = { Variables: { requestId: string } };

/**
 * The HTTP server around the API: request ids and JSON logs, security headers with a CSP that the built app
 * passes, CORS only for configured origins, a body limit and a write rate limit on /api, health endpoints,
 * and the built app from `staticDir` with each page's prerendered frame.
 */
export function createApp(options: { config: ServerConfig; api: ApiHandler; health: Health; log: Logger; clientAddress?: (c: Context) => string }) {
  const { config, api, health, log } = options;
  const app = new Hono<Env>();
  const limiter = new WriteRateLimiter(config.writeRatePerMinute);
  const staticDir = existsSync(join(config.staticDir, 'index.html')) ? config.staticDir : null;
  const policy = contentSecurityPolicy(staticDir);
  // An embed is made to be framed by other sites (EMBED_FRAME_ANCESTORS); every other page by none.
  const embedPolicy = policy.replace("frame-ancestors 'none'", `frame-ancestors ${config.embedFrameAncestors.join(' ')}`);

  app.use(async (c, next) => {
    const incoming = c.req.header('X-Request-Id');
    const requestId = incoming !== undefined && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    const embed = isEmbedPath(c.req.path);
    securityHeaders(c, embed ? embedPolicy : policy, embed);
    log.info('request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.onError((error, c) => {
    log.error('unhandled', { requestId: c.get('requestId'), error: String(error) });
    return problemResponse(500, 'Internal Server Error', 'The server failed to handle the request.');
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const state = await health.ready();
    return state.ok ? c.json({ status: 'ready' }) : c.json({ status: 'not ready', reason: state.reason }, 503);
  });

  app.use(
    '/api/*',
    cors({
      origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'X-Request-Id'],
      exposeHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
      maxAge: 600,
    }),
  );
  // A plan's registration carries its measures' texts (server/api/plans.ts); every other write is one change.
  const registrationLimit = Math.max(config.bodyLimitBytes, REGISTRATION_BODY_MAX_BYTES);
  const limitChanges = bodyLimit({ maxSize: config.bodyLimitBytes, onError: () => bodyTooLarge(config.bodyLimitBytes) });
  const limitRegistrations = bodyLimit({ maxSize: registrationLimit, onError: () => bodyTooLarge(registrationLimit) });
  app.use('/api/*', (c: Context<Env, string>, next: Next) => (/^\/api\/plans(\/|$)/.test(c.req.path) ? limitRegistrations(c, next) : limitChanges(c, next)));
  app.use('/api/*', async (c: Context, next: Next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const address = options.clientAddress?.(c) ?? 'unknown';
    const wait = limiter.take(address);
    if (wait > 0) {
      const response = problemResponse(429, 'Too Many Requests', `Too many changes from this address; try again in ${wait} s.`);
      response.headers.set('Retry-After', String(wait));
      return response;
    }
    return next();
  });
  app.all('/api/*', (c) => api(c.req.raw));

  if (staticDir !== null) {
    app.use('*', async (c, next) => {
      if (!isPageRequest(c.req.method, c.req.path, c.req.header('Accept') ?? '')) return next();
      const file = join(staticDir, frameFor(staticDir, c.req.path));
      return c.html(readFileSync(file, 'utf8'), file.endsWith('not-found.html') ? 404 : 200);
    });
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: relative(process.cwd(), staticDir) || '.' }));
  }
  app.notFound(() => problemResponse(404, 'Not Found', 'Nothing here.'));
  return app;
}

/**
 * The built app's inline scripts (each frame's settings and start scripts) by hash, so that no other inline
 * script runs; styles allow attributes, which React and the charts set.
 */
function contentSecurityPolicy(staticDir: string | null): string {
  const hashes = staticDir === null ? [] : [...new Set(htmlFiles(staticDir).flatMap((file) => inlineScriptHashes(readFileSync(file, 'utf8'))))];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.map((hash) => `'${hash}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}`,
  );
}

/** The embeds' pages (`/embed/<chart>`), which other sites may show in an iframe. */
export function isEmbedPath(path: string): boolean {
  return /^\/embed\/[^/]+\/?$/.test(path);
}

function securityHeaders(c: Context, policy: string, embed: boolean): void {
  c.header('Content-Security-Policy', policy);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  // Older browsers know only this; frame-ancestors in the policy says who may frame an embed.
  if (!embed) c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}
