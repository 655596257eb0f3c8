import { eq } from 'drizzle-orm';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { roleSchema, type Role, type User } from '@/domain/user';
import type { ServerConfig } from './config';
import type { Db } from './db/database';
import { users } from './db/schema';

/** Who sent a request: a user, `anonymous` (no token: a reader), or `invalid` (a token that does not verify: 401). */
export type Caller = { kind: 'user'; user: User } | { kind: 'anonymous' } | { kind: 'invalid'; reason: string };

export interface Authenticator {
  identify(request: Request): Promise<Caller>;
  /** Signs a token for a user of the users table (demo sign-in, `npm run server:users`); null without AUTH_SECRET. */
  issue(user: User, lifetime?: string): Promise<string | null>;
}

const LOCAL_ISSUER = 'tiltaksmonitor';
const LOCAL_AUDIENCE = 'tiltaksmonitor-api';
const BEARER = /^Bearer ([A-Za-z0-9._~+/-]{1,4096}=*)$/;

/**
 * Verifies bearer tokens: HS256 tokens this server signed with AUTH_SECRET, and, when configured, OpenID Connect
 * access tokens (issuer, audience and keys from the JWKS: Microsoft Entra ID, ID-porten). The role is the
 * server's: from the users table (by the token's subject) or from the configured claim, never from anything the
 * client says about itself. A verified token whose subject the server does not know is a reader.
 */
export function createAuthenticator(db: Db, config: ServerConfig['auth']): Authenticator {
  const secret = config.secret === undefined ? null : new TextEncoder().encode(config.secret);
  const oidc = config.oidc;
  let jwks: JWTVerifyGetKey | null = null;
  const oidcKeys = async (): Promise<JWTVerifyGetKey> => {
    if (jwks !== null || oidc === undefined) return jwks as JWTVerifyGetKey;
    const jwksUrl = oidc.jwksUrl ?? (await discoverJwks(oidc.issuer));
    jwks = createRemoteJWKSet(new URL(jwksUrl));
    return jwks;
  };

  async function verify(token: string): Promise<JWTPayload> {
    if (secret !== null) {
      try {
        return (await jwtVerify(token, secret, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ['HS256'] })).payload;
      } catch (error) {
        if (oidc === undefined) throw error;
      }
    }
    if (oidc === undefined) throw new Error('no way to verify tokens is configured');
    return (await jwtVerify(token, await oidcKeys(), { issuer: oidc.issuer, audience: oidc.audience, algorithms: ['RS256', 'ES256', 'PS256'] })).payload;
  }

  return {
    async identify(request) {
      const header = request.headers.get('Authorization');
      if (header === null) return { kind: 'anonymous' };
      const match = BEARER.exec(header);
      if (match?.[1] === undefined) return { kind: 'invalid', reason: 'The Authorization header is not a bearer token.' };
      let payload: JWTPayload;
      try {
        payload = await verify(match[1]);
      } catch {
        return { kind: 'invalid', reason: 'The token is not valid. Sign in again.' };
      }
      if (typeof payload.sub !== 'string' || payload.sub === '') return { kind: 'invalid', reason: 'The token names no subject.' };
      const [row] = await db.select().from(users).where(eq(users.subject, payload.sub));
      const claimed = oidc?.roleClaim === undefined ? undefined : roleFromClaim(payload[oidc.roleClaim]);
      const role: Role = row?.role ?? claimed ?? 'viewer';
      const name = row?.name ?? (typeof payload.name === 'string' ? payload.name : payload.sub);
      return { kind: 'user', user: { id: row?.id ?? payload.sub.slice(0, 100), name, role, organisation: row?.organisation ?? '-' } };
    },
    async issue(user, lifetime = '8h') {
      if (secret === null) return null;
      const [row] = await db.select().from(users).where(eq(users.id, user.id));
      if (row === undefined) return null;
      return new SignJWT({ name: row.name })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(row.subject)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(lifetime)
        .sign(secret);
    },
  };
}

/** A role claim may be one value or a list (Entra ID's `roles`): the strongest role it names. */
function roleFromClaim(claim: unknown): Role | undefined {
  const values = (Array.isArray(claim) ? claim : [claim]).map((value) => roleSchema.safeParse(typeof value === 'string' ? value.toLowerCase() : value));
  const roles = values.flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  return roles.includes('admin') ? 'admin' : roles.includes('editor') ? 'editor' : roles.includes('viewer') ? 'viewer' : undefined;
}

async function discoverJwks(issuer: string): Promise<string> {
  const response = await fetch(new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`));
  if (!response.ok) throw new Error(`OpenID configuration of ${issuer}: ${response.status}`);
  const configuration = (await response.json()) as { jwks_uri?: unknown };
  if (typeof configuration.jwks_uri !== 'string') throw new Error(`OpenID configuration of ${issuer} names no jwks_uri`);
  return configuration.jwks_uri;
}
