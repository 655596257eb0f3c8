import * as z from 'zod';

/**
 * The server's settings, all from the environment (docs/deploy.md lists them). Nothing here has a default
 * that would be unsafe in production except what `npm run server` needs on a developer's machine, and those
 * say so at start-up (see main.ts).
 */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** postgres://user:password@host:port/db; unset: the embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().optional(),
  /** PGlite's data folder (`memory` for none). */
  DATA_DIR: z.string().default('.data/pglite'),
  /** At least 2: one connection holds the start-up lock while another migrates. */
  DB_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Seed an empty database with the dataset at start (`npm run server`); off: `npm run server:seed` does it. */
  SEED_IF_EMPTY: z.enum(['true', 'false']).default('true'),
  /** The built app to serve beside /api (unset or missing folder: the API only). */
  STATIC_DIR: z.string().default('dist-backend'),
  /** Origins allowed to call the API from a browser (comma-separated); empty: same origin only. */
  CORS_ORIGINS: z.string().default(''),
  /**
   * Who may show the embeds (`/embed/*`) in an iframe: CSP frame-ancestors sources, comma- or space-separated
   * (`*`, `'self'`, `https://example.no`, `https://*.example.no`); every other page may be framed by no one.
   */
  EMBED_FRAME_ANCESTORS: z
    .string()
    .default('*')
    .refine((value) => {
      const sources = value.split(/[\s,]+/).filter(Boolean);
      return sources.length > 0 && sources.every((source) => /^(\*|'self'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?)$/i.test(source));
    }, "frame-ancestors sources: *, 'self' or http(s) origins"),
  /** HS256 key for tokens this server signs (demo sign-in and `npm run server:users`); at least 32 characters. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** OpenID Connect (Microsoft Entra ID, ID-porten): tokens from this issuer, for this audience, keys from its JWKS. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_AUDIENCE: z.string().optional(),
  OIDC_JWKS_URL: z.url().optional(),
  /** The claim that carries the role (e.g. `roles` in Entra ID); unset: roles come from the users table only. */
  OIDC_ROLE_CLAIM: z.string().optional(),
  /** Whether POST /api/session signs in demo users (never in production). */
  DEMO_SIGN_IN: z.enum(['true', 'false']).default('false'),
  /** The transport's limit; the API itself reads no more than 64 KiB (server/api/http.ts MAX_BODY_BYTES). */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(64 * 1024),
  /** Writes per client address per minute. */
  WRITE_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type ServerConfig = ReturnType<typeof readConfig>;

export function readConfig(environment: NodeJS.ProcessEnv = process.env) {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`The server's settings are not valid: ${problems}`);
  }
  const env = parsed.data;
  if (env.OIDC_ISSUER !== undefined && env.OIDC_AUDIENCE === undefined) throw new Error('OIDC_AUDIENCE must be set with OIDC_ISSUER');
  return {
    port: env.PORT,
    host: env.HOST,
    database: {
      url: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      poolSize: env.DB_POOL_SIZE,
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    },
    seedIfEmpty: env.SEED_IF_EMPTY === 'true',
    staticDir: env.STATIC_DIR,
    corsOrigins: env.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    embedFrameAncestors: env.EMBED_FRAME_ANCESTORS.split(/[\s,]+/).filter(Boolean),
    auth: {
      secret: env.AUTH_SECRET,
      oidc:
        env.OIDC_ISSUER !== undefined && env.OIDC_AUDIENCE !== undefined
          ? { issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE, jwksUrl: env.OIDC_JWKS_URL, roleClaim: env.OIDC_ROLE_CLAIM }
          : undefined,
      demoSignIn: env.DEMO_SIGN_IN === 'true',
    },
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    writeRatePerMinute: env.WRITE_RATE_PER_MINUTE,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    logLevel: env.LOG_LEVEL,
  };
}
