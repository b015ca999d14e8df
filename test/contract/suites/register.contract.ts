import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../../support/harness.js';

describe('POST /api/v1/auth/register', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  const register = (body: unknown) => server.call('registerAccount', { body });
  const fieldsOf = (res: { body: any }) => res.body.error.details.errors.map((e: { field: string }) => e.field);

  it('creates an account, its secret once, and a default agent holding the starting balance', async () => {
    const res = await register({ display_name: 'AlphaBot', email: 'alpha@example.com', starting_balance: '10000.00' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      display_name: 'AlphaBot',
      starting_balance: '10000.00',
      message: 'Save your API secret now. It will not be shown again.',
    });
    expect(res.body.api_key).toMatch(/^ak_live_[A-Za-z0-9_-]{64}$/);
    expect(res.body.api_secret).toMatch(/^sk_live_[A-Za-z0-9_-]{64}$/);
    expect(res.body.agent_api_key).not.toBe(res.body.api_key);

    const info = await server.call('getAccountInfo', { headers: { 'X-API-Key': res.body.agent_api_key } });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      account_id: res.body.account_id,
      agent_id: res.body.agent_id,
      starting_balance: '10000.00000000',
      agent_display_name: "AlphaBot's Agent",
    });
    const balance = await server.db.selectFrom('balances').selectAll().where('agent_id', '=', res.body.agent_id).execute();
    expect(balance).toEqual([expect.objectContaining({ asset: 'USDT', available: '10000.00000000', locked: '0.00000000' })]);
  });

  it('defaults the starting balance to "10000.00" and keeps a requested scale', async () => {
    expect((await register({ display_name: 'NoBalance' })).body.starting_balance).toBe('10000.00');
    const custom = await register({ display_name: 'Rich', starting_balance: '250000.5' });
    expect(custom.body.starting_balance).toBe('250000.5');
    const info = await server.call('getAccountInfo', { headers: { 'X-API-Key': custom.body.api_key } });
    expect(info.body.starting_balance).toBe('250000.50000000');
  });

  it('accepts a JSON number as the starting balance', async () => {
    const res = await register({ display_name: 'Numeric', starting_balance: 5000.25 });
    expect(res.status).toBe(201);
    const info = await server.call('getAccountInfo', { headers: { 'X-API-Key': res.body.api_key } });
    expect(info.body.starting_balance).toBe('5000.25000000');
  });

  it('trims the display name', async () => {
    const res = await register({ display_name: '  Spaced Bot  ' });
    expect(res.body.display_name).toBe('Spaced Bot');
  });

  it('never stores the secret, the keys or the password in plaintext', async () => {
    const res = await register({ display_name: 'Secretive', email: 'secret@example.com', password: 'correct horse battery' });
    const dump = JSON.stringify(
      await Promise.all(
        (['accounts', 'agents', 'api_keys', 'balances', 'trading_sessions'] as const).map((t) =>
          server.db.selectFrom(t).selectAll().execute(),
        ),
      ),
    );
    for (const plaintext of [res.body.api_secret, res.body.api_key, res.body.agent_api_key, 'correct horse battery']) {
      expect(dump).not.toContain(plaintext);
    }
    const info = await server.call('getAccountInfo', { headers: { 'X-API-Key': res.body.api_key } });
    expect(JSON.stringify(info.body)).not.toContain(res.body.api_secret);
  });

  it('refuses a second account with the same email, case-insensitively (409 DUPLICATE_ACCOUNT)', async () => {
    expect((await register({ display_name: 'First', email: 'dup@example.com' })).status).toBe(201);
    const res = await register({ display_name: 'Second', email: 'DUP@Example.com' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DUPLICATE_ACCOUNT');
    expect(res.body.error.details.email).toBe('DUP@Example.com');
  });

  it('lets only one of two racing registrations with one email win', async () => {
    const [a, b] = await Promise.all([
      register({ display_name: 'Racer A', email: 'race@example.com' }),
      register({ display_name: 'Racer B', email: 'race@example.com' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const rows = await server.db.selectFrom('accounts').select('id').where('email_normalized', '=', 'race@example.com').execute();
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['missing display_name', {}, 'body.display_name'],
    ['empty display_name', { display_name: '' }, 'body.display_name'],
    ['whitespace display_name', { display_name: '   ' }, 'body.display_name'],
    ['display_name over 64 characters', { display_name: 'x'.repeat(65) }, 'body.display_name'],
    ['display_name not a string', { display_name: 42 }, 'body.display_name'],
    ['invalid email', { display_name: 'A', email: 'not-an-email' }, 'body.email'],
    ['unknown field', { display_name: 'A', role: 'admin' }, 'body.role'],
    ['zero starting balance', { display_name: 'A', starting_balance: '0' }, 'body.starting_balance'],
    ['negative starting balance', { display_name: 'A', starting_balance: '-5' }, 'body.starting_balance'],
    ['negative numeric starting balance', { display_name: 'A', starting_balance: -5 }, 'body.starting_balance'],
    ['nine decimals', { display_name: 'A', starting_balance: '1.123456789' }, 'body.starting_balance'],
    ['thirteen integer digits', { display_name: 'A', starting_balance: '1234567890123' }, 'body.starting_balance'],
    ['text starting balance', { display_name: 'A', starting_balance: 'lots' }, 'body.starting_balance'],
    ['numeric balance with nine decimals', { display_name: 'A', starting_balance: 0.123456789 }, 'body.starting_balance'],
    ['short password', { display_name: 'A', email: 'short@example.com', password: 'short' }, 'body.password'],
    ['password without email', { display_name: 'A', password: 'long enough pass' }, 'body.email'],
  ])('rejects %s with 422 VALIDATION_ERROR naming the field', async (_name, body, field) => {
    const res = await register(body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(fieldsOf(res)).toContain(field);
  });

  it('creates nothing when validation fails', async () => {
    const before = await server.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await register({ display_name: 'Nope', starting_balance: '0' });
    const after = await server.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('answers malformed JSON with 422 in the envelope', async () => {
    const res = await server.call('registerAccount', { rawBody: '{"display_name": ' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(fieldsOf(res)).toEqual(['body']);
  });

  it('answers a missing body and a JSON array with 422', async () => {
    expect((await server.call('registerAccount', {})).status).toBe(422);
    expect((await server.call('registerAccount', { rawBody: '[]' })).status).toBe(422);
  });

  it('answers a non-JSON content type with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await server.call('registerAccount', { rawBody: 'display_name=A', contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await register({ display_name: 'Big', padding: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limit_bytes: 65536 } });
  });
});

describe('POST /api/v1/auth/register rate limit and failure', () => {
  it('allows 20 registrations a minute per client IP, then 429 with Retry-After', async () => {
    const server = await TestServer.start({ RATE_LIMIT_AUTH_REGISTER: '20' });
    try {
      for (let i = 0; i < 20; i++) {
        const res = await server.call('registerAccount', { body: { display_name: `R${i}` } });
        expect(res.status).toBe(201);
        expect(res.headers.get('x-ratelimit-remaining')).toBe(String(19 - i));
      }
      const refused = await server.call('registerAccount', { body: { display_name: 'One too many' } });
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', details: { limit: 20, window_seconds: 60 } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      server.clock.advance(60_001);
      expect((await server.call('registerAccount', { body: { display_name: 'Later' } })).status).toBe(201);
    } finally {
      await server.stop();
    }
  });

  it('answers a database failure with a generic 500 that leaks nothing', async () => {
    const server = await TestServer.start();
    await server.breakDatabase();
    const res = await server.call('registerAccount', { body: { display_name: 'Doomed' } });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' } });
    expect(res.headers.get('x-request-id')).toBeTruthy();
    await server.stop();
  });
});

describe('per-IP limits behind a trusted proxy', () => {
  const registerFrom = (server: TestServer, forwardedFor: string) =>
    server.call('registerAccount', { body: { display_name: 'Proxied' }, headers: { 'X-Forwarded-For': forwardedFor } });

  it('take the client from the right of X-Forwarded-For: spoofed left-most values get no fresh bucket', async () => {
    const server = await TestServer.start({ TRUST_PROXY: 'true', RATE_LIMIT_AUTH_REGISTER: '2' });
    try {
      const statuses: number[] = [];
      for (const spoof of ['1.1.1.1', '2.2.2.2', '3.3.3.3', '2001:db8::9'])
        statuses.push((await registerFrom(server, `${spoof}, 192.0.2.44`)).status);
      expect(statuses).toEqual([201, 201, 429, 429]);
      // Another client behind the same proxy has its own bucket.
      expect((await registerFrom(server, '192.0.2.45')).status).toBe(201);
    } finally {
      await server.stop();
    }
  });

  it('honour TRUST_PROXY_HOPS for a chain of proxies', async () => {
    const server = await TestServer.start({ TRUST_PROXY: 'true', TRUST_PROXY_HOPS: '2', RATE_LIMIT_AUTH_REGISTER: '1' });
    try {
      expect((await registerFrom(server, '9.9.9.9, 192.0.2.44, 10.0.0.2')).status).toBe(201);
      expect((await registerFrom(server, '8.8.8.8, 192.0.2.44, 10.0.0.3')).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('bucket IPv6 clients per /64', async () => {
    const server = await TestServer.start({ TRUST_PROXY: 'true', RATE_LIMIT_AUTH_REGISTER: '2' });
    try {
      const statuses: number[] = [];
      for (const address of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:abcd:1234:5678:9'])
        statuses.push((await registerFrom(server, address)).status);
      expect(statuses).toEqual([201, 201, 429]);
      expect((await registerFrom(server, '2001:db8:1:3::1')).status).toBe(201);
    } finally {
      await server.stop();
    }
  });

  it('ignore X-Forwarded-For entirely without TRUST_PROXY', async () => {
    const server = await TestServer.start({ RATE_LIMIT_AUTH_REGISTER: '1' });
    try {
      expect((await registerFrom(server, '192.0.2.1')).status).toBe(201);
      expect((await registerFrom(server, '192.0.2.2')).status).toBe(429);
    } finally {
      await server.stop();
    }
  });
});
