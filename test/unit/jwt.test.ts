import { describe, it, expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { ManualClock } from '../../src/clock.js';
import { TOKEN_TTL_SECONDS, TokenService } from '../../src/security/jwt.js';

const SECRET = 'test-jwt-secret-that-is-at-least-32-chars';
const T0 = Date.UTC(2026, 0, 1);
const ACCOUNT_ID = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';

function setup() {
  const clock = new ManualClock(T0);
  return { clock, tokens: new TokenService(SECRET, clock) };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Replaces one character of a token segment (0 header, 1 payload, 2 signature) with a different one. */
function flipChar(token: string, segment: number, index: number): string {
  const parts = token.split('.');
  const part = parts[segment]!;
  const replacement = part[index] === 'A' ? 'B' : 'A';
  parts[segment] = part.slice(0, index) + replacement + part.slice(index + 1);
  return parts.join('.');
}

interface CraftOptions {
  alg?: 'HS256' | 'HS384' | 'HS512';
  secret?: string;
  sub?: string;
  iss?: string;
  aud?: string;
  jti?: string | null;
}

/** Signs a token by hand, with TokenService's claims unless told otherwise. */
async function craft(options: CraftOptions = {}): Promise<string> {
  const iat = Math.floor(T0 / 1000);
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
    .setSubject(options.sub ?? ACCOUNT_ID)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .setIssuer(options.iss ?? 'tradeready')
    .setAudience(options.aud ?? 'tradeready-api');
  if (options.jti !== null) jwt.setJti(options.jti ?? randomUUID());
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

describe('TokenService', () => {
  it('issues a token that verifies back to the account id', async () => {
    const { tokens } = setup();
    const issued = await tokens.issue(ACCOUNT_ID);
    expect(issued.token.split('.')).toHaveLength(3);
    expect(await tokens.verify(issued.token)).toEqual({ ok: true, accountId: ACCOUNT_ID });
  });

  it('issues HS256 tokens with the expected claims', async () => {
    const { tokens } = setup();
    const { token } = await tokens.issue(ACCOUNT_ID);
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>);
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: ACCOUNT_ID,
      iss: 'tradeready',
      aud: 'tradeready-api',
      iat: T0 / 1000,
      exp: T0 / 1000 + 3600,
    });
    expect(payload?.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives every token its own jti', async () => {
    const { tokens } = setup();
    const a = await tokens.issue(ACCOUNT_ID);
    const b = await tokens.issue(ACCOUNT_ID);
    expect(a.token).not.toBe(b.token);
  });

  it('reports the expiry one hour after issue', async () => {
    const { tokens } = setup();
    expect(TOKEN_TTL_SECONDS).toBe(3600);
    expect((await tokens.issue(ACCOUNT_ID)).expiresAtMs).toBe(T0 + 3_600_000);
  });

  it('accepts the token until 3600 s have passed, then reports it expired', async () => {
    const { clock, tokens } = setup();
    const { token } = await tokens.issue(ACCOUNT_ID);
    clock.set(T0 + 3_599_000);
    expect(await tokens.verify(token)).toEqual({ ok: true, accountId: ACCOUNT_ID });
    clock.set(T0 + 3_599_999);
    expect((await tokens.verify(token)).ok).toBe(true);
    clock.set(T0 + 3_600_000);
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'expired' });
    clock.set(T0 + 3_601_000);
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('accepts a hand-crafted token with the right claims (sanity check for the cases below)', async () => {
    const { tokens } = setup();
    expect(await tokens.verify(await craft())).toEqual({ ok: true, accountId: ACCOUNT_ID });
  });

  it('rejects a token whose payload was tampered with', async () => {
    const { tokens } = setup();
    const { token } = await tokens.issue(ACCOUNT_ID);
    expect(await tokens.verify(flipChar(token, 1, 10))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a token whose payload was swapped for another account', async () => {
    const { tokens } = setup();
    const { token } = await tokens.issue(ACCOUNT_ID);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = [header, b64url({ ...claims, sub: randomUUID() }), signature].join('.');
    expect(await tokens.verify(forged)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a token whose signature was tampered with', async () => {
    const { tokens } = setup();
    const { token } = await tokens.issue(ACCOUNT_ID);
    expect(await tokens.verify(flipChar(token, 2, 0))).toEqual({ ok: false, reason: 'invalid' });
    expect(await tokens.verify(token.slice(0, token.lastIndexOf('.') + 1))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a token signed with another secret', async () => {
    const { tokens } = setup();
    const foreign = await new TokenService('another-secret-that-is-also-32-chars-long', new ManualClock(T0)).issue(ACCOUNT_ID);
    expect(await tokens.verify(foreign.token)).toEqual({ ok: false, reason: 'invalid' });
    expect(await tokens.verify(await craft({ secret: 'x'.repeat(40) }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects an unsigned alg "none" token', async () => {
    const { tokens } = setup();
    const { token } = await tokens.issue(ACCOUNT_ID);
    const payload = token.split('.')[1]!;
    const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expect(await tokens.verify(unsigned)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each(['HS384', 'HS512'] as const)('rejects an %s token signed with the same secret', async (alg) => {
    const { tokens } = setup();
    expect(await tokens.verify(await craft({ alg }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a token without a jti', async () => {
    const { tokens } = setup();
    expect(await tokens.verify(await craft({ jti: null }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a token for another audience or from another issuer', async () => {
    const { tokens } = setup();
    expect(await tokens.verify(await craft({ aud: 'some-other-api' }))).toEqual({ ok: false, reason: 'invalid' });
    expect(await tokens.verify(await craft({ iss: 'someone-else' }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each(['admin', '', '12345', `${ACCOUNT_ID}x`, `{${ACCOUNT_ID}}`])('rejects a token whose subject %j is not a UUID', async (sub) => {
    const { tokens } = setup();
    expect(await tokens.verify(await craft({ sub }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each(['', 'garbage', 'a.b.c', 'a.b'])('rejects the non-token %j', async (value) => {
    const { tokens } = setup();
    expect(await tokens.verify(value)).toEqual({ ok: false, reason: 'invalid' });
  });
});
