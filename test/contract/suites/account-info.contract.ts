import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('GET /api/v1/account/info and the authentication layer', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  let aliceToken: string;
  beforeAll(async () => {
    server = await TestServer.start();
    alice = await server.registerAccount({ display_name: 'Alice', starting_balance: '5000' });
    bob = await server.registerAccount({ display_name: 'Bob' });
    aliceToken = await server.login(alice);
  });
  afterAll(() => server.stop());

  const info = (headers: Record<string, string>) => server.call('getAccountInfo', { headers });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('answers the account key with the default agent in scope', async () => {
    const res = await info({ 'X-API-Key': alice.apiKey });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      account_id: alice.accountId,
      display_name: 'Alice',
      status: 'active',
      starting_balance: '5000.00000000',
      agent_id: alice.agentId,
      risk_profile: { max_position_size_pct: 25, daily_loss_limit_pct: 20, max_open_orders: 50 },
    });
    expect(res.body.current_session.session_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers the agent key with that agent, ignoring X-Agent-Id', async () => {
    const res = await info({ 'X-API-Key': alice.agentApiKey, 'X-Agent-Id': bob.agentId });
    expect(res.status).toBe(200);
    expect(res.body.agent_id).toBe(alice.agentId);
  });

  it('answers a JWT, and a JWT with X-Agent-Id of an own agent', async () => {
    expect((await info(bearer(aliceToken))).body.agent_id).toBe(alice.agentId);
    const scoped = await info({ ...bearer(aliceToken), 'X-Agent-Id': alice.agentId.toUpperCase() });
    expect(scoped.status).toBe(200);
    expect(scoped.body.agent_id).toBe(alice.agentId);
  });

  it("gives another account's agent and an unknown agent the same 404 AGENT_NOT_FOUND", async () => {
    const foreign = await info({ ...bearer(aliceToken), 'X-Agent-Id': bob.agentId });
    const unknownId = randomUUID();
    const unknown = await info({ ...bearer(aliceToken), 'X-Agent-Id': unknownId });
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.body.error.code).toBe('AGENT_NOT_FOUND');
    expect(foreign.body.error.message).toBe(unknown.body.error.message);
    expect(foreign.body.error.details).toEqual({ agent_id: bob.agentId });
    // The account key honours X-Agent-Id too.
    expect((await info({ 'X-API-Key': alice.apiKey, 'X-Agent-Id': bob.agentId })).status).toBe(404);
  });

  it('rejects a malformed X-Agent-Id with 422', async () => {
    const res = await info({ ...bearer(aliceToken), 'X-Agent-Id': 'agent-1' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ field: 'header.x-agent-id' })]);
  });

  it('answers no credential with 401 INVALID_API_KEY', async () => {
    const res = await info({});
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });

  it.each([
    ['an unknown key', `ak_live_${'B'.repeat(64)}`],
    ['a malformed key', 'ak_live_short'],
    ['a secret used as a key', 'sk_live_' + 'C'.repeat(64)],
  ])('answers %s with 401 INVALID_API_KEY', async (_name, key) => {
    const res = await info({ 'X-API-Key': key });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });

  it('lets X-API-Key decide identity when both headers are sent', async () => {
    const bobToken = await server.login(bob);
    const keyWins = await info({ 'X-API-Key': alice.apiKey, ...bearer(bobToken) });
    expect(keyWins.body.account_id).toBe(alice.accountId);
    const badKey = await info({ 'X-API-Key': `ak_live_${'D'.repeat(64)}`, ...bearer(aliceToken) });
    expect(badKey.status).toBe(401);
    expect(badKey.body.error.code).toBe('INVALID_API_KEY');
  });

  it('expires a JWT after one hour (401 INVALID_TOKEN)', async () => {
    const token = await server.login(alice);
    server.clock.advance(3599_000);
    expect((await info(bearer(token))).status).toBe(200);
    server.clock.advance(2_000);
    const res = await info(bearer(token));
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'INVALID_TOKEN', message: 'Token has expired.' });
    aliceToken = await server.login(alice);
  });

  it('rejects a tampered token', async () => {
    const [header, , signature] = aliceToken.split('.');
    const payload = JSON.parse(Buffer.from(aliceToken.split('.')[1]!, 'base64url').toString());
    const forged = `${header}.${b64({ ...payload, sub: bob.accountId })}.${signature}`;
    const res = await info(bearer(forged));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });

  it('rejects an alg:none token and a token signed with another key', async () => {
    const payload = JSON.parse(Buffer.from(aliceToken.split('.')[1]!, 'base64url').toString());
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    expect((await info(bearer(none))).body.error.code).toBe('INVALID_TOKEN');
    const foreignKey = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-to-use'));
    const res = await info(bearer(foreignKey));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });

  it('rejects garbage and non-Bearer Authorization headers with 401 INVALID_TOKEN', async () => {
    expect((await info(bearer('not.a.jwt'))).body.error.code).toBe('INVALID_TOKEN');
    const basic = await info({ Authorization: 'Basic dXNlcjpwYXNz' });
    expect(basic.status).toBe(401);
    expect(basic.body.error.code).toBe('INVALID_TOKEN');
  });

  it('refuses every credential of a suspended account with 403 ACCOUNT_SUSPENDED', async () => {
    const carol = await server.registerAccount();
    const token = await server.login(carol);
    await server.setAccountStatus(carol.accountId, 'suspended');
    for (const headers of [{ 'X-API-Key': carol.apiKey }, { 'X-API-Key': carol.agentApiKey }, bearer(token)]) {
      const res = await info(headers);
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'ACCOUNT_SUSPENDED', details: { account_id: carol.accountId } });
    }
  });

  it("stops an archived agent's key at once", async () => {
    const dave = await server.registerAccount();
    expect((await info({ 'X-API-Key': dave.agentApiKey })).status).toBe(200);
    await server.db.updateTable('agents').set({ status: 'archived' }).where('id', '=', dave.agentId).execute();
    const res = await info({ 'X-API-Key': dave.agentApiKey });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });

  it('rejects a token of an account that no longer exists', async () => {
    const erin = await server.registerAccount();
    const token = await server.login(erin);
    await server.db.deleteFrom('accounts').where('id', '=', erin.accountId).execute();
    const res = await info(bearer(token));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });
});

describe('rate limiting of authenticated calls', () => {
  it('counts per key in a sliding 60 s window and answers a real 429', async () => {
    const server = await TestServer.start({ RATE_LIMIT_GENERAL: '3' });
    try {
      const acct = await server.registerAccount();
      const call = (key: string) => server.call('getAccountInfo', { headers: { 'X-API-Key': key } });
      const first = await call(acct.apiKey);
      expect(first.headers.get('x-ratelimit-limit')).toBe('3');
      expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
      const resetAt = Number(first.headers.get('x-ratelimit-reset'));
      expect(resetAt).toBe(Math.ceil((server.clock.now() + 60_000) / 1000));
      server.clock.advance(20_000);
      expect((await call(acct.apiKey)).headers.get('x-ratelimit-remaining')).toBe('1');
      server.clock.advance(20_000);
      expect((await call(acct.apiKey)).headers.get('x-ratelimit-remaining')).toBe('0');
      const refused = await call(acct.apiKey);
      expect(refused.status).toBe(429);
      expect(refused.body.error).toEqual({
        code: 'RATE_LIMIT_EXCEEDED',
        message: 'Too many requests.',
        details: { limit: 3, window_seconds: 60, retry_after_seconds: 20 },
      });
      expect(refused.headers.get('retry-after')).toBe('20');
      expect(Number(refused.headers.get('x-ratelimit-reset'))).toBe(resetAt);

      // The agent key has its own counter.
      expect((await call(acct.agentApiKey)).status).toBe(200);
      // The window slides: the first request leaves it 60 s after it was made.
      server.clock.advance(20_001);
      expect((await call(acct.apiKey)).status).toBe(200);
      expect((await call(acct.apiKey)).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('counts failed credentials per client IP', async () => {
    const server = await TestServer.start({ RATE_LIMIT_GENERAL: '2' });
    try {
      const bad = { 'X-API-Key': `ak_live_${'E'.repeat(64)}` };
      expect((await server.call('getAccountInfo', { headers: bad })).status).toBe(401);
      expect((await server.call('getAccountInfo', { headers: bad })).status).toBe(401);
      const refused = await server.call('getAccountInfo', { headers: bad });
      expect(refused.status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('answers a database failure with a generic 500', async () => {
    const server = await TestServer.start();
    const acct = await server.registerAccount();
    await server.breakDatabase();
    const res = await server.call('getAccountInfo', { headers: { 'X-API-Key': acct.apiKey } });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' } });
    await server.stop();
  });
});
