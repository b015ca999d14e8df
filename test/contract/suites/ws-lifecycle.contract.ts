// How connections end, on servers configured for it: the heartbeat (ping, both pong forms, 4408
// without one), a slow consumer (updates dropped then `lagged`, 4429 past four times the buffer),
// and the graceful stop (1001 to every socket, 503 to a handshake meanwhile). The intervals are
// set short through the environment; no test asserts how long anything took.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';
import { metricValue, WsClient } from '../../support/ws-client.js';

describe('WebSocket heartbeat', () => {
  // Pings every 50 ms. The pong timeout is generous where pongs are sent (a busy test machine must
  // not close a connection that answers) and short where none is.
  let answered: TestServer;
  let unanswered: TestServer;
  let creds: Credentials;
  let other: Credentials;
  beforeAll(async () => {
    answered = await TestServer.start({ WS_PING_INTERVAL_MS: '50', WS_PONG_TIMEOUT_MS: '5000' });
    unanswered = await TestServer.start({ WS_PING_INTERVAL_MS: '50', WS_PONG_TIMEOUT_MS: '100' });
    creds = await answered.registerAccount();
    other = await unanswered.registerAccount();
  });
  afterAll(async () => {
    await answered.stop();
    await unanswered.stop();
  });

  it('keeps a connection that answers pings, in either pong form', async () => {
    for (const pongForm of ['type', 'action'] as const) {
      const ws = await WsClient.connect(answered, { apiKey: creds.apiKey, pongForm });
      // A ping is sent only once the previous one was answered: three in a row prove the pongs count.
      for (let i = 0; i < 3; i++) await ws.nextOf('ping');
      expect(ws.isClosed).toBe(false);
      await ws.close();
    }
  });

  it('closes a connection that does not answer with 4408 "heartbeat timeout"', async () => {
    const ws = await WsClient.connect(unanswered, { apiKey: other.apiKey, autoPong: false });
    await ws.nextOf('ping');
    expect(await ws.expectClose()).toEqual({ code: 4408, reason: 'heartbeat timeout' });
    ws.assertClean();
  });
});

/**
 * Pushes trades of `symbol` in batches until the server reports dropped updates (the paused client's
 * socket buffers are full); returns how many trades it pushed.
 */
async function pushUntilDropping(server: TestServer, symbol: string): Promise<number> {
  const before = await metricValue(server, 'tradeready_ws_messages_dropped_total');
  let pushed = 0;
  for (let batch = 0; batch < 200; batch++) {
    for (let i = 0; i < 500; i++, pushed++) server.pushPrice(symbol, (60000 + (pushed % 100)).toString());
    // Let the sockets write what they can before looking.
    await new Promise((resolve) => setImmediate(resolve));
    if ((await metricValue(server, 'tradeready_ws_messages_dropped_total')) > before) return pushed;
  }
  throw new Error(`no update was dropped after ${pushed} trades`);
}

describe('WebSocket slow consumers', () => {
  let server: TestServer;
  let creds: Credentials;
  beforeAll(async () => {
    // The smallest send buffer; the time rule out of the way, so only the rules under test act.
    server = await TestServer.start({ WS_SEND_BUFFER_BYTES: '1024', WS_SLOW_CLOSE_MS: '3600000' });
    creds = await server.registerAccount();
  });
  afterAll(() => server.stop());

  it('drops ticker updates for a client that stops reading, then tells it how many in a lagged notice', async () => {
    const ws = await WsClient.connect(server, { apiKey: creds.apiKey });
    await ws.subscribe({ channel: 'ticker:BTCUSDT' });
    ws.pause();
    await pushUntilDropping(server, 'BTCUSDT');
    ws.resume();
    // Sent once the buffer has drained (by the sweep, or before the next data message).
    const lagged = await ws.nextOf('lagged');
    expect(lagged.dropped).toBeGreaterThan(0);
    server.pushPrice('BTCUSDT', '61234');
    await ws.next((m) => m.type === 'ticker' && m.data.price === '61234.00000000');
    // Every gap in seq is accounted for by lagged notices, and the connection carries on.
    expect(ws.seqGaps).toBeGreaterThan(0);
    expect(ws.seqGaps).toBe(ws.laggedDropped);
    await ws.close();
  });

  it('closes with 4429 "slow consumer" when never-dropped messages pile past four times the buffer', async () => {
    const ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    await ws.subscribe({ channel: 'ticker:ETHUSDT' });
    await ws.subscribe({ channel: 'orders' });
    ws.pause();
    await pushUntilDropping(server, 'ETHUSDT');
    // Order events are never dropped: each one (some 900 bytes) grows the buffer; twenty are well
    // past four times its 1024 bytes. (The close is counted only once the socket has closed, so
    // there is nothing to watch on the server until the client reads again.)
    for (let i = 0; i < 20; i++) {
      const res = await server.call('placeOrder', {
        headers: { 'X-API-Key': creds.agentApiKey },
        body: { symbol: 'ETHUSDT', side: 'buy', type: 'limit', quantity: '0.01', price: '1000' },
      });
      expect(res.status).toBe(201);
    }
    // Reading again, the client gets what was queued, then the close frame.
    ws.resume();
    expect(await ws.expectClose()).toEqual({ code: 4429, reason: 'slow consumer' });
    ws.assertClean();
  });
});

describe('WebSocket graceful stop', () => {
  it('closes every connection with 1001 "server shutting down" and refuses handshakes meanwhile with 503', async () => {
    const server = await TestServer.start();
    const creds = await server.registerAccount();
    const answering = await WsClient.connect(server, { apiKey: creds.apiKey });
    // A client that does not read keeps the stop waiting for it (up to its 2 s grace).
    const stuck = await WsClient.connect(server, { apiKey: creds.apiKey });
    stuck.pause();
    const stopping = server.stop();
    expect(await answering.expectClose()).toEqual({ code: 1001, reason: 'server shutting down' });
    const refused = await WsClient.refused(server, { apiKey: creds.apiKey });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('SERVICE_UNAVAILABLE');
    stuck.resume();
    expect((await stuck.expectClose()).code).toBe(1001);
    await stopping;
    answering.assertClean();
    stuck.assertClean();
  });
});

describe('WebSocket credential revocation', () => {
  // Open sockets are re-checked every 50 ms once accounts, agents or keys were written.
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({ WS_REVALIDATE_INTERVAL_MS: '50' });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('closes with 4401 a socket whose agent key was regenerated; the new key connects', async () => {
    const acct = await server.registerAccount();
    const jwt = { Authorization: `Bearer ${await server.login(acct)}` };
    const old = await WsClient.connect(server, { apiKey: acct.agentApiKey });
    const bystander = await WsClient.connect(server, { apiKey: acct.apiKey });
    const regen = await server.call('regenerateAgentKey', { headers: jwt, path: { agent_id: acct.agentId } });
    expect(regen.status).toBe(200);
    expect(await old.expectClose()).toEqual({ code: 4401, reason: 'credential revoked' });
    const refused = await WsClient.refused(server, { apiKey: acct.agentApiKey });
    expect(refused.status).toBe(401);
    const fresh = await WsClient.connect(server, { apiKey: regen.body.api_key as string });
    // The account key and its socket were not touched.
    expect(bystander.isClosed).toBe(false);
    await fresh.close();
    await bystander.close();
    old.assertClean();
  });

  it('closes with 4401 a socket bound to an agent that is deleted, whatever the credential', async () => {
    const acct = await server.registerAccount();
    const jwt = { Authorization: `Bearer ${await server.login(acct)}` };
    const made = await server.call('createAgent', { headers: jwt, body: { display_name: 'Short-lived' } });
    const agentId = made.body.agent_id as string;
    const viaToken = await WsClient.connect(server, { token: await server.login(acct), agentId });
    const viaAccountKey = await WsClient.connect(server, { apiKey: acct.apiKey, agentId });
    const other = await WsClient.connect(server, { apiKey: acct.apiKey });
    expect((await server.call('deleteAgent', { headers: jwt, path: { agent_id: agentId } })).status).toBe(204);
    expect(await viaToken.expectClose()).toEqual({ code: 4401, reason: 'credential revoked' });
    expect(await viaAccountKey.expectClose()).toEqual({ code: 4401, reason: 'credential revoked' });
    // The default agent's socket stays.
    other.send({ action: 'subscribe', channel: 'orders' });
    await other.nextOf('subscribed');
    await other.close();
  });
});
