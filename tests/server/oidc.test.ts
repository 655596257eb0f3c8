import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support';

/**
 * Sign-in for production: OpenID Connect access tokens (as Microsoft Entra ID and ID-porten issue them), verified
 * against the issuer's keys (a JWKS served here by the test), its issuer and the API's audience. The role is the
 * users table's for a subject it knows, else the configured claim's, else a reader's.
 */
const ISSUER = 'https://login.example.no/tenant/v2.0';
const AUDIENCE = 'api://tiltaksmonitor';

describe('OpenID Connect tokens', () => {
  let keys: Server;
  let signingKey: CryptoKey;
  let otherKey: CryptoKey;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    keys = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    const address = keys.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    server = await startTestServer({
      OIDC_ISSUER: ISSUER,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_JWKS_URL: `http://127.0.0.1:${address.port}/keys`,
      OIDC_ROLE_CLAIM: 'roles',
    });
    await server.addUser({ id: 'lars', name: 'Lars Leser', organisation: 'Test', role: 'viewer' });
  });

  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => keys.close(resolve));
  });

  function token(claims: Record<string, unknown>, options: { key?: CryptoKey; audience?: string; issuer?: string } = {}) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(options.key ?? signingKey);
  }

  async function noteAs(bearer: string): Promise<number> {
    const measure = (await (await server.request('/api/measures/ms26-05')).json()) as { version: number };
    const response = await server.request('/api/measures/ms26-05', {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${bearer}`, 'If-Match': `"${measure.version}"`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'note', text: 'Merknad med OIDC', effective: { date: '2026-12-01', precision: 'day' }, language: 'nb' }),
    });
    return response.status;
  }

  it.each<[string, Record<string, unknown>, number]>([
    ['a subject in the users table, an editor there', { sub: 'kari' }, 200],
    ['an unknown subject whose role claim says editor (Entra ID’s app roles, any case)', { sub: 'entra-oid-1', roles: ['Editor'] }, 200],
    ['an unknown subject without a role claim: a reader', { sub: 'idporten-pid-1' }, 403],
    ['a reader in the users table, whatever the claim says: the table decides', { sub: 'lars', roles: ['admin'] }, 403],
  ])('%s → %i', async (_name, claims, status) => {
    expect(await noteAs(await token(claims))).toBe(status);
  });

  it.each<[string, { key?: 'other'; audience?: string; issuer?: string }]>([
    ['signed with a key the issuer does not publish', { key: 'other' }],
    ['for another audience', { audience: 'api://another-app' }],
    ['from another issuer', { issuer: 'https://evil.example/v2.0' }],
  ])('refuses a token %s with 401', async (_name, options) => {
    const bearer = await token({ sub: 'kari' }, { ...options, key: options.key === 'other' ? otherKey : signingKey });
    expect(await noteAs(bearer)).toBe(401);
  });
});
