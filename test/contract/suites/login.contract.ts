import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';

describe('POST /api/v1/auth/login', () => {
  let server: TestServer;
  let creds: Credentials;
  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
  });
  afterAll(() => server.stop());

  const login = (body: unknown) => server.call('login', { body });

  it('exchanges the account key and secret for a one-hour bearer JWT', async () => {
    const res = await login({ api_key: creds.apiKey, api_secret: creds.apiSecret });
    expect(res.status).toBe(200);
    expect(res.body.token_type).toBe('Bearer');
    expect(res.body.expires_in).toBe(3600);
    const expiresAt = Date.parse(res.body.expires_at);
    expect(Math.abs(expiresAt - (server.clock.now() + 3600_000))).toBeLessThan(1000);
    expect(res.body.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const header = JSON.parse(Buffer.from(res.body.token.split('.')[0], 'base64url').toString());
    expect(header.alg).toBe('HS256');

    const info = await server.call('getAccountInfo', { headers: { Authorization: `Bearer ${res.body.token}` } });
    expect(info.status).toBe(200);
    expect(info.body.account_id).toBe(creds.accountId);
  });

  it('answers an unknown key with 401 INVALID_API_KEY', async () => {
    const res = await login({ api_key: `ak_live_${'A'.repeat(64)}`, api_secret: creds.apiSecret });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });

  it('answers a malformed key with 401 INVALID_API_KEY', async () => {
    const res = await login({ api_key: 'hello', api_secret: creds.apiSecret });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });

  it('does not let an agent key log in', async () => {
    const res = await login({ api_key: creds.agentApiKey, api_secret: creds.apiSecret });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });

  it('answers a wrong secret with 401 INVALID_TOKEN', async () => {
    const other = await server.registerAccount();
    const res = await login({ api_key: creds.apiKey, api_secret: other.apiSecret });
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'INVALID_TOKEN', message: 'API secret does not match.' });
  });

  it.each(['suspended', 'archived'] as const)('answers a %s account with 403 ACCOUNT_SUSPENDED', async (status) => {
    const victim = await server.registerAccount();
    await server.setAccountStatus(victim.accountId, status);
    const res = await login({ api_key: victim.apiKey, api_secret: victim.apiSecret });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'ACCOUNT_SUSPENDED', details: { account_id: victim.accountId } });
  });

  it('does not reveal a suspension to a caller without the secret', async () => {
    const victim = await server.registerAccount();
    await server.setAccountStatus(victim.accountId, 'suspended');
    const res = await login({ api_key: victim.apiKey, api_secret: creds.apiSecret });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });

  it('answers a key whose account no longer exists with 404 ACCOUNT_NOT_FOUND', async () => {
    const ghost = await server.registerAccount();
    await server.orphanAccountKeys(ghost.accountId);
    const res = await login({ api_key: ghost.apiKey, api_secret: ghost.apiSecret });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it.each([
    ['missing api_secret', { api_key: 'ak_live_x' }, 'body.api_secret'],
    ['missing api_key', { api_secret: 'sk_live_x' }, 'body.api_key'],
    ['empty api_key', { api_key: '', api_secret: 'sk_live_x' }, 'body.api_key'],
    ['number api_secret', { api_key: 'ak_live_x', api_secret: 12 }, 'body.api_secret'],
    ['unknown field', { api_key: 'ak_live_x', api_secret: 'sk_live_x', remember: true }, 'body.remember'],
  ])('rejects %s with 422', async (_name, body, field) => {
    const res = await login(body);
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 413 and 415 in the envelope', async () => {
    const big = await login({ api_key: 'x'.repeat(70_000), api_secret: 'y' });
    expect(big.status).toBe(413);
    const text = await server.call('login', { rawBody: 'api_key=x', contentType: 'text/plain' });
    expect(text.status).toBe(415);
  });
});

describe('login rate limit and failure', () => {
  it('shares 60 logins a minute per IP between /auth/login and /auth/user-login', async () => {
    const server = await TestServer.start({ RATE_LIMIT_AUTH_LOGIN: '4' });
    try {
      const user = await server.registerUser();
      expect((await server.call('login', { body: { api_key: user.apiKey, api_secret: user.apiSecret } })).status).toBe(200);
      expect((await server.call('userLogin', { body: { email: user.email, password: user.password } })).status).toBe(200);
      expect((await server.call('login', { body: { api_key: user.apiKey, api_secret: 'wrong' } })).status).toBe(401);
      const fourth = await server.call('userLogin', { body: { email: user.email, password: 'wrong-password' } });
      expect(fourth.status).toBe(401);
      expect(fourth.headers.get('x-ratelimit-remaining')).toBe('0');
      const login = await server.call('login', { body: { api_key: user.apiKey, api_secret: user.apiSecret } });
      expect(login.status).toBe(429);
      expect(login.headers.get('retry-after')).toBe('60');
      const userLogin = await server.call('userLogin', { body: { email: user.email, password: user.password } });
      expect(userLogin.status).toBe(429);
      expect(userLogin.body.error.details).toEqual({ limit: 4, window_seconds: 60, retry_after_seconds: 60 });
    } finally {
      await server.stop();
    }
  });

  it('answers a database failure with a generic 500', async () => {
    const server = await TestServer.start();
    const user = await server.registerUser();
    await server.breakDatabase();
    const login = await server.call('login', { body: { api_key: user.apiKey, api_secret: user.apiSecret } });
    expect(login.status).toBe(500);
    expect(login.body.error.code).toBe('INTERNAL_ERROR');
    const userLogin = await server.call('userLogin', { body: { email: user.email, password: user.password } });
    expect(userLogin.status).toBe(500);
    expect(JSON.stringify(userLogin.body)).not.toMatch(/destroyed|sqlite|kysely|at /i);
    await server.stop();
  });
});

describe('bounded credential hashing', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After when the hashing queue is full, and keeps serving keys', async () => {
    // One scrypt job at a time and no waiting room; passwords costly enough (logN 15) that the
    // first sign-in is still hashing when the others arrive.
    const server = await TestServer.start({ AUTH_HASH_CONCURRENCY: '1', AUTH_HASH_QUEUE: '0', PASSWORD_HASH_LOG_N: '15' });
    try {
      const user = await server.registerUser();
      const token = await server.login(user);
      const slow = server.call('userLogin', { body: { email: user.email, password: user.password } });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [login, userLogin, register, info] = await Promise.all([
        server.call('login', { body: { api_key: user.apiKey, api_secret: user.apiSecret } }),
        server.call('userLogin', { body: { email: user.email, password: user.password } }),
        server.call('registerAccount', { body: { display_name: 'Crowded' } }),
        server.call('getAccountInfo', { headers: { Authorization: `Bearer ${token}` } }),
      ]);
      for (const res of [login, userLogin, register]) {
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe('SERVICE_UNAVAILABLE');
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(res.body.error.details.retry_after_seconds).toBe(Number(res.headers.get('retry-after')));
      }
      expect(info.status).toBe(200);
      expect((await slow).status).toBe(200);
      // Once the queue has drained, sign-ins work again.
      expect((await server.call('login', { body: { api_key: user.apiKey, api_secret: user.apiSecret } })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('POST /api/v1/auth/user-login', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('exchanges email and password for a JWT, email case-insensitively', async () => {
    const user = await server.registerUser();
    const res = await server.call('userLogin', { body: { email: user.email.toUpperCase(), password: user.password } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const info = await server.call('getAccountInfo', { headers: { Authorization: `Bearer ${res.body.token}` } });
    expect(info.body.account_id).toBe(user.accountId);
  });

  it('gives an unknown email and a wrong password the same 401 INVALID_TOKEN', async () => {
    const user = await server.registerUser();
    const wrong = await server.call('userLogin', { body: { email: user.email, password: 'not-the-password' } });
    const unknown = await server.call('userLogin', { body: { email: 'nobody@example.com', password: 'whatever-pass' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('INVALID_TOKEN');
  });

  it('refuses an account registered without a password', async () => {
    await server.registerAccount({ email: 'nopass@example.com' });
    const res = await server.call('userLogin', { body: { email: 'nopass@example.com', password: 'anything-at-all' } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });

  it('answers a suspended account with 403 ACCOUNT_SUSPENDED', async () => {
    const user = await server.registerUser();
    await server.setAccountStatus(user.accountId, 'suspended');
    const res = await server.call('userLogin', { body: { email: user.email, password: user.password } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ACCOUNT_SUSPENDED');
  });

  it.each([
    ['invalid email', { email: 'nope', password: 'whatever-pass' }, 'body.email'],
    ['missing password', { email: 'a@example.com' }, 'body.password'],
    ['empty password', { email: 'a@example.com', password: '' }, 'body.password'],
  ])('rejects %s with 422', async (_name, body, field) => {
    const res = await server.call('userLogin', { body });
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 413 and 415 in the envelope', async () => {
    expect((await server.call('userLogin', { body: { email: 'a@example.com', password: 'p'.repeat(70_000) } })).status).toBe(413);
    expect((await server.call('userLogin', { rawBody: '<xml/>', contentType: 'application/xml' })).status).toBe(415);
  });
});
