// The WebSocket gateway on a real listening app: handshake refusals in the REST envelope,
// connection limits, the subscribe protocol, fan-out through the StreamHub, heartbeat and shutdown.
import { request } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createApp, type App } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { TEST_ENV, TEST_SYMBOLS, TestServer, type Credentials } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';

const WAIT_MS = 3000;

interface Client {
  ws: WebSocket;
  send(msg: unknown): void;
  /** The next message, in order of arrival. */
  next(): Promise<any>;
  /** Every message up to the reply to a no-op request sent now (publishes are synchronous, so all earlier ones are in). */
  drain(): Promise<any[]>;
  closed: Promise<{ code: number; reason: string }>;
}

interface Refused {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

function wsUrl(base: string, query: Record<string, string>, path = '/ws/v1'): string {
  const qs = new URLSearchParams(query).toString();
  return `${base.replace(/^http/, 'ws')}${path}${qs ? `?${qs}` : ''}`;
}

let syncCounter = 0;

function open(base: string, query: Record<string, string>, headers: Record<string, string> = {}, path?: string): Promise<Client | Refused> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(base, query, path), { headers });
    const queue: any[] = [];
    const waiters: ((msg: any) => void)[] = [];
    ws.on('message', (data) => {
      const msg = JSON.parse((data as Buffer).toString());
      const waiter = waiters.shift();
      if (waiter) waiter(msg);
      else queue.push(msg);
    });
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      ws.on('close', (code, reason) => done({ code, reason: reason.toString() })),
    );
    const next = () =>
      new Promise<any>((done, fail) => {
        if (queue.length > 0) return done(queue.shift());
        const timer = setTimeout(() => fail(new Error('no message within the wait')), WAIT_MS);
        waiters.push((msg) => {
          clearTimeout(timer);
          done(msg);
        });
      });
    const client: Client = {
      ws,
      send: (msg) => ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg)),
      next,
      async drain() {
        const id = `sync-${++syncCounter}`;
        client.send({ action: 'unsubscribe', channel: 'trades:DOGEUSDT', id });
        const seen: any[] = [];
        for (;;) {
          const msg = await next();
          if (msg.id === id) return seen;
          seen.push(msg);
        }
      },
      closed,
    };
    ws.on('open', () => resolve(client));
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined }));
    });
    ws.on('error', (err) => {
      if (!('status' in err)) reject(err);
    });
  });
}

async function connect(base: string, query: Record<string, string>, headers?: Record<string, string>): Promise<Client> {
  const result = await open(base, query, headers);
  if ('status' in result) throw new Error(`handshake refused: ${result.status} ${JSON.stringify(result.body)}`);
  return result;
}

async function refused(base: string, query: Record<string, string>, headers?: Record<string, string>, path?: string): Promise<Refused> {
  const result = await open(base, query, headers, path);
  if (!('status' in result)) {
    result.ws.close();
    throw new Error('handshake accepted');
  }
  return result;
}

async function waitUntil(check: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('handshake', () => {
  let server: TestServer;
  let creds: Credentials;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await TestServer.start({
      WS_MAX_CONNECTIONS_PER_IP: '4',
      WS_MAX_CONNECTIONS_PER_KEY: '2',
      CORS_ORIGINS: 'https://app.example.com',
    });
    creds = await server.registerAccount();
  });
  afterAll(async () => {
    for (const c of clients) c.ws.terminate();
    await server.stop();
  });

  it('refuses a bad or missing credential with 401 in the error envelope', async () => {
    const bad = await refused(server.url, { api_key: 'ak_live_not_a_real_key_000000000000' });
    expect(bad.status).toBe(401);
    expect(bad.headers['content-type']).toBe('application/json');
    expect(bad.body).toEqual({ error: { code: 'INVALID_API_KEY', message: expect.any(String) } });
    expect((await refused(server.url, {})).body.error.code).toBe('INVALID_API_KEY');
    const token = await refused(server.url, { token: 'not.a.jwt' });
    expect([token.status, token.body.error.code]).toEqual([401, 'INVALID_TOKEN']);
  });

  it('refuses a suspended account (403), an unknown agent (404) and a malformed agent_id (422)', async () => {
    const other = await server.registerAccount();
    await server.setAccountStatus(other.accountId, 'suspended');
    const suspended = await refused(server.url, { api_key: other.apiKey });
    expect([suspended.status, suspended.body.error.code]).toEqual([403, 'ACCOUNT_SUSPENDED']);
    const unknown = await refused(server.url, { api_key: creds.apiKey, agent_id: '00000000-0000-7000-8000-000000000000' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'AGENT_NOT_FOUND']);
    const malformed = await refused(server.url, { api_key: creds.apiKey, agent_id: 'agent-1' });
    expect([malformed.status, malformed.body.error.code]).toEqual([422, 'VALIDATION_ERROR']);
  });

  it('refuses an origin outside CORS_ORIGINS (403) and other paths (404); a plain GET gets 426', async () => {
    const origin = await refused(server.url, { api_key: creds.apiKey }, { Origin: 'https://evil.example.com' });
    expect([origin.status, origin.body.error.code]).toEqual([403, 'PERMISSION_DENIED']);
    const path = await refused(server.url, { api_key: creds.apiKey }, {}, '/ws/v2');
    expect([path.status, path.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const plain = await server.raw('GET', '/ws/v1');
    expect(plain.status).toBe(426);
    expect(plain.headers.get('upgrade')).toBe('websocket');
    expect(plain.body.error.code).toBe('UPGRADE_REQUIRED');
    const allowed = await connect(server.url, { api_key: creds.apiKey }, { Origin: 'https://app.example.com' });
    allowed.ws.close();
    await allowed.closed;
  });

  it('takes the credential from the headers too (X-API-Key, Bearer JWT)', async () => {
    const byHeader = await connect(server.url, {}, { 'X-API-Key': creds.agentApiKey });
    byHeader.send({ action: 'subscribe', channel: 'orders' });
    expect(await byHeader.next()).toEqual({ type: 'subscribed', channel: 'orders' });
    byHeader.ws.close();
    const token = await server.login(creds);
    const byBearer = await connect(server.url, {}, { Authorization: `Bearer ${token}` });
    byBearer.ws.close();
    await Promise.all([byHeader.closed, byBearer.closed]);
  });

  it('limits connections per key and per IP with 429, and frees the slot on close', async () => {
    await waitUntil(() => server.app.streams.connectionCount === 0);
    const second = await server.registerAccount();
    clients.push(await connect(server.url, { api_key: creds.apiKey }));
    clients.push(await connect(server.url, { api_key: creds.apiKey }));
    const perKey = await refused(server.url, { api_key: creds.apiKey });
    expect(perKey.status).toBe(429);
    expect(perKey.headers['retry-after']).toBe('5');
    expect(perKey.body.error).toMatchObject({
      code: 'RATE_LIMIT_EXCEEDED',
      details: { reason: 'connection_limit', scope: 'api_key', limit: 2 },
    });
    // The agent key is another credential.
    clients.push(await connect(server.url, { api_key: creds.agentApiKey }));
    clients.push(await connect(server.url, { api_key: second.apiKey }));
    const perIp = await refused(server.url, { api_key: 'ak_live_not_a_real_key_000000000000' });
    expect(perIp.status).toBe(429);
    expect(perIp.body.error.details).toEqual({ reason: 'connection_limit', scope: 'ip', limit: 4 });

    const first = clients.shift()!;
    first.ws.close();
    await first.closed;
    await waitUntil(() => server.app.streams.connectionCount === 3);
    clients.push(await connect(server.url, { api_key: creds.apiKey }));
  });
});

describe('protocol and fan-out', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;

  beforeAll(async () => {
    server = await TestServer.start();
    [alice, bob] = [await server.registerAccount(), await server.registerAccount()];
  });
  afterAll(() => server.stop());

  it('acks both subscribe forms, answers errors with the id, and stays open', async () => {
    const c = await connect(server.url, { api_key: alice.apiKey });
    c.send({ action: 'subscribe', channel: 'ticker', symbol: 'btcusdt', id: 1 });
    expect(await c.next()).toEqual({ type: 'subscribed', channel: 'ticker:BTCUSDT', id: 1 });
    c.send({ action: 'subscribe', channel: 'ticker:all' });
    expect(await c.next()).toEqual({ type: 'subscribed', channel: 'ticker:all' });
    c.send({ action: 'subscribe', channel: 'trades', symbol: 'ETHUSDT', id: 'c' });
    expect(await c.next()).toEqual({ type: 'subscribed', channel: 'trades:ETHUSDT', id: 'c' });
    c.send('{oops');
    expect(await c.next()).toMatchObject({ type: 'error', code: 'INVALID_MESSAGE' });
    c.send({ action: 'subscribe', channel: 'ticker:NOTAPAIR', id: 'x' });
    expect(await c.next()).toMatchObject({ type: 'error', code: 'INVALID_CHANNEL', channel: 'ticker:NOTAPAIR', id: 'x' });
    c.send({ action: 'jump' });
    expect(await c.next()).toMatchObject({ type: 'error', code: 'UNKNOWN_ACTION' });
    c.send({ action: 'unsubscribe', channel: 'ticker_all' });
    expect(await c.next()).toEqual({ type: 'unsubscribed', channel: 'ticker:all' });
    c.ws.close(1000);
    expect((await c.closed).code).toBe(1000);
  });

  it('refuses the 11th subscription', async () => {
    const c = await connect(server.url, { api_key: alice.apiKey });
    const channels = [...TEST_SYMBOLS.map((s) => `ticker:${s}`), ...TEST_SYMBOLS.map((s) => `trades:${s}`), 'ticker:all', 'orders'];
    for (const channel of channels) c.send({ action: 'subscribe', channel });
    for (const channel of channels) expect(await c.next()).toEqual({ type: 'subscribed', channel });
    c.send({ action: 'subscribe', channel: 'ticker', symbol: 'BTCUSDT' });
    expect(await c.next()).toEqual({ type: 'subscribed', channel: 'ticker:BTCUSDT' });
    c.send({ action: 'subscribe', channel: 'candles', symbol: 'BTCUSDT', interval: '1m' });
    expect(await c.next()).toMatchObject({ type: 'error', code: 'SUBSCRIPTION_LIMIT', channel: 'candles' });
    c.ws.close();
    await c.closed;
  });

  it('delivers a published ticker to its subscribers only, each with its own seq', async () => {
    const btc = await connect(server.url, { api_key: alice.apiKey });
    const eth = await connect(server.url, { api_key: bob.apiKey });
    const all = await connect(server.url, { api_key: bob.apiKey });
    btc.send({ action: 'subscribe', channel: 'ticker:BTCUSDT' });
    eth.send({ action: 'subscribe', channel: 'ticker', symbol: 'ETHUSDT' });
    all.send({ action: 'subscribe', channel: 'ticker_all' });
    for (const c of [btc, eth, all]) expect((await c.next()).type).toBe('subscribed');

    const data = {
      symbol: 'BTCUSDT',
      price: '65000.5',
      quantity: '0.01',
      timestamp: '2026-01-01T00:00:00.000Z',
      is_buyer_maker: false,
      trade_id: 1,
    };
    server.app.streams.publish({ type: 'ticker', channel: 'ticker:BTCUSDT', symbol: 'BTCUSDT', data }, { droppable: true });
    server.app.streams.publish(
      { type: 'ticker', channel: 'ticker:BTCUSDT', symbol: 'BTCUSDT', data: { ...data, trade_id: 2 } },
      { droppable: true },
    );
    server.app.streams.publish({ type: 'ticker', channel: 'ticker:all', symbol: 'BTCUSDT', data }, { droppable: true });

    expect(await btc.drain()).toEqual([
      { type: 'ticker', channel: 'ticker:BTCUSDT', seq: 1, symbol: 'BTCUSDT', data },
      { type: 'ticker', channel: 'ticker:BTCUSDT', seq: 2, symbol: 'BTCUSDT', data: { ...data, trade_id: 2 } },
    ]);
    expect(await eth.drain()).toEqual([]);
    expect(await all.drain()).toEqual([{ type: 'ticker', channel: 'ticker:all', seq: 1, symbol: 'BTCUSDT', data }]);
    for (const c of [btc, eth, all]) c.ws.close();
  });

  it('delivers a private message to that agent’s subscribed connections only', async () => {
    const agentKey = await connect(server.url, { api_key: alice.agentApiKey });
    const accountKey = await connect(server.url, { api_key: alice.apiKey }); // default agent: the same one
    const token = await server.login(alice);
    const jwt = await connect(server.url, { token, agent_id: alice.agentId });
    const notSubscribed = await connect(server.url, { api_key: alice.agentApiKey });
    const otherAgent = await connect(server.url, { api_key: bob.apiKey });
    for (const c of [agentKey, accountKey, jwt, otherAgent]) {
      c.send({ action: 'subscribe', channel: 'orders' });
      expect(await c.next()).toEqual({ type: 'subscribed', channel: 'orders' });
    }
    expect([...server.app.streams.subscribedAgents('orders')].sort()).toEqual([alice.agentId, bob.agentId].sort());
    const data = { order_id: 'o-1', status: 'filled' };
    server.app.streams.publishToAgent(alice.agentId, { type: 'order', channel: 'orders', data });
    for (const c of [agentKey, accountKey, jwt]) expect(await c.drain()).toEqual([{ type: 'order', channel: 'orders', seq: 1, data }]);
    expect(await notSubscribed.drain()).toEqual([]);
    expect(await otherAgent.drain()).toEqual([]);
    for (const c of [agentKey, accountKey, jwt, notSubscribed, otherAgent]) c.ws.close();
  });

  it('closes 1009 on a frame over 16 KiB', async () => {
    const c = await connect(server.url, { api_key: alice.apiKey });
    c.send({ action: 'subscribe', channel: 'x'.repeat(17 * 1024) });
    expect((await c.closed).code).toBe(1009);
  });
});

describe('heartbeat', () => {
  let server: TestServer;
  let creds: Credentials;

  beforeAll(async () => {
    server = await TestServer.start({ WS_PING_INTERVAL_MS: '50', WS_PONG_TIMEOUT_MS: '100' });
    creds = await server.registerAccount();
  });
  afterAll(() => server.stop());

  it('pings, accepts either pong form, and closes 4408 when a ping goes unanswered', async () => {
    const c = await connect(server.url, { api_key: creds.apiKey });
    expect(await c.next()).toEqual({ type: 'ping' });
    c.send({ type: 'pong' });
    expect(await c.next()).toEqual({ type: 'ping' });
    c.send({ action: 'pong' });
    expect(await c.next()).toEqual({ type: 'ping' });
    expect(await c.closed).toEqual({ code: 4408, reason: 'heartbeat timeout' });
  });
});

describe('shutdown and logs', () => {
  it('sends 1001 to every client on stop, and never logs the query string', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const clock = new ManualClock(Date.now());
    const app: App = await createApp(loadConfig({ ...TEST_ENV, LOG_LEVEL: 'debug' }), {
      clock,
      source: new ScriptedSource(clock, TEST_SYMBOLS),
      logger: createLogger('debug', sink),
    });
    const url = await app.start();
    const secretKey = 'ak_live_secretsecretsecretsecret0000';
    expect((await refused(url, { api_key: secretKey })).status).toBe(401);

    const reg = await new Promise<any>((resolve, reject) => {
      const req = request(`${url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve(JSON.parse(text)));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ display_name: 'Shutdown bot' }));
    });
    const a = await connect(url, { api_key: reg.api_key });
    const b = await connect(url, { api_key: reg.agent_api_key });
    await app.stop();
    expect(await a.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    expect(await b.closed).toEqual({ code: 1001, reason: 'server shutting down' });

    const log = lines.join('');
    expect(log).toContain('ws handshake refused');
    expect(log).toContain('ws connected');
    expect(log).not.toContain(secretKey);
    expect(log).not.toContain(reg.api_key);
    expect(log).not.toContain('api_key=');
  });
});
