// The gateway's protocol and fan-out with fake sockets: subscriptions, limits, seq, routing,
// slow consumers (bufferedAmount set by hand) and the heartbeat (fake timers).
import { DomainError } from '../../src/errors.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { Metrics } from '../../src/observability/metrics.js';
import type { Session, Transport } from '../../src/ws/connection.js';
import { StreamGateway, type GatewaySettings } from '../../src/ws/gateway.js';

class FakeSocket implements Transport {
  bufferedAmount = 0;
  readonly sent: string[] = [];
  closedWith: { code: number; reason: string } | undefined;
  terminated = false;
  send(data: string): void {
    this.sent.push(data);
  }
  close(code: number, reason: string): void {
    this.closedWith = { code, reason };
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Every message sent so far, parsed; clears the list. */
  take(): any[] {
    return this.sent.splice(0).map((text) => JSON.parse(text));
  }
}

const SETTINGS: GatewaySettings = {
  maxConnectionsPerIp: 100,
  maxConnectionsPerKey: 20,
  maxSubscriptions: 3,
  pingIntervalMs: 30_000,
  pongTimeoutMs: 10_000,
  sendBufferBytes: 1000,
  slowCloseMs: 10_000,
  corsOrigins: '*',
  trustProxy: false,
  trustProxyHops: 1,
  revalidateIntervalMs: 5000,
};

const pairs = { pair: (s: string) => (['BTCUSDT', 'ETHUSDT'].includes(s) ? { status: 'active' } : undefined) };

let now = 0;
let metrics: Metrics;

function gateway(settings: Partial<GatewaySettings> = {}, generation?: () => number): StreamGateway {
  metrics = new Metrics();
  return new StreamGateway({
    ...(generation ? { generation } : {}),
    settings: { ...SETTINGS, ...settings },
    authenticate: () => Promise.reject(new Error('not used')),
    pairs,
    logger: createLogger('silent'),
    metrics,
    now: () => now,
  });
}

/** `null`: a connection without an agent. */
function connect(gw: StreamGateway, agentId: string | null = 'agent-a') {
  const socket = new FakeSocket();
  const session: Session = { accountId: 'acct-1', agentId: agentId ?? undefined, identity: 'key:1' };
  const conn = gw.accept(socket, session);
  const send = (msg: unknown) => gw.receive(conn, JSON.stringify(msg), false);
  return { socket, conn, send };
}

async function metricValue(name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(name)!.get();
  const found = metric.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return found?.value ?? 0;
}

beforeEach(() => {
  now = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('subscribe protocol', () => {
  it('acks both forms with the resolved key, echoes id, and re-subscribing is idempotent', () => {
    const gw = gateway();
    const { socket, send } = connect(gw);
    send({ action: 'subscribe', channel: 'ticker', symbol: 'btcusdt', id: 'r1' });
    send({ action: 'subscribe', channel: 'ticker:BTCUSDT' });
    send({ action: 'subscribe', channel: 'candles', symbol: 'ETHUSDT', interval: '1m', id: 9 });
    expect(socket.take()).toEqual([
      { type: 'subscribed', channel: 'ticker:BTCUSDT', id: 'r1' },
      { type: 'subscribed', channel: 'ticker:BTCUSDT' },
      { type: 'subscribed', channel: 'candles:ETHUSDT:1m', id: 9 },
    ]);
    expect(gw.subscriberCount('ticker:BTCUSDT')).toBe(1);
  });

  it('answers every error with its code, the channel as sent and the id, and stays open', () => {
    const gw = gateway();
    const { socket, conn } = connect(gw, null);
    gw.receive(conn, 'not json', false);
    gw.receive(conn, Buffer.from([1, 2, 3]), true);
    gw.receive(conn, '{"action":"dance","id":"x"}', false);
    gw.receive(conn, '{"action":"subscribe","channel":"weather","id":1}', false);
    gw.receive(conn, '{"action":"subscribe","channel":"ticker:NOPE"}', false);
    gw.receive(conn, '{"action":"subscribe","channel":"orders"}', false);
    const replies = socket.take();
    expect(replies.map((r) => [r.type, r.code, r.channel, r.id])).toEqual([
      ['error', 'INVALID_MESSAGE', undefined, undefined],
      ['error', 'INVALID_MESSAGE', undefined, undefined],
      ['error', 'UNKNOWN_ACTION', undefined, 'x'],
      ['error', 'INVALID_CHANNEL', 'weather', 1],
      ['error', 'INVALID_CHANNEL', 'ticker:NOPE', undefined],
      ['error', 'INVALID_CHANNEL', 'orders', undefined],
    ]);
    expect(replies[3].message).toMatch(/^Unknown channel\. Channels: ticker, ticker_all/);
    expect(replies[5].message).toMatch(/needs an agent/);
    expect(conn.open).toBe(true);
    expect(socket.closedWith).toBeUndefined();
  });

  it('refuses the subscription past the limit, but not a held one; unsubscribing frees a slot', () => {
    const gw = gateway({ maxSubscriptions: 3 });
    const { socket, send } = connect(gw);
    send({ action: 'subscribe', channel: 'ticker:BTCUSDT' });
    send({ action: 'subscribe', channel: 'ticker:ETHUSDT' });
    send({ action: 'subscribe', channel: 'orders' });
    send({ action: 'subscribe', channel: 'portfolio', id: 'p' });
    send({ action: 'subscribe', channel: 'ticker:BTCUSDT' });
    send({ action: 'unsubscribe', channel: 'ticker', symbol: 'ETHUSDT' });
    send({ action: 'unsubscribe', channel: 'trades:BTCUSDT' });
    send({ action: 'subscribe', channel: 'portfolio' });
    expect(socket.take()).toEqual([
      { type: 'subscribed', channel: 'ticker:BTCUSDT' },
      { type: 'subscribed', channel: 'ticker:ETHUSDT' },
      { type: 'subscribed', channel: 'orders' },
      { type: 'error', code: 'SUBSCRIPTION_LIMIT', message: expect.stringMatching(/At most 3/), channel: 'portfolio', id: 'p' },
      { type: 'subscribed', channel: 'ticker:BTCUSDT' },
      { type: 'unsubscribed', channel: 'ticker:ETHUSDT' },
      { type: 'unsubscribed', channel: 'trades:BTCUSDT' },
      { type: 'subscribed', channel: 'portfolio' },
    ]);
    expect(gw.subscriberCount('ticker:ETHUSDT')).toBe(0);
  });

  it('tells onSubscribe listeners after the ack, and a throwing listener breaks nothing', () => {
    const gw = gateway();
    const seen: unknown[] = [];
    gw.onSubscribe(() => {
      throw new Error('listener bug');
    });
    const off = gw.onSubscribe((sub) => {
      seen.push(sub);
      gw.sendTo(sub.connectionId, { type: 'portfolio', channel: sub.channel, data: { snapshot: true } });
    });
    const { socket, conn, send } = connect(gw);
    send({ action: 'subscribe', channel: 'portfolio' });
    expect(seen).toEqual([{ connectionId: conn.id, channel: 'portfolio', agentId: 'agent-a' }]);
    expect(socket.take()).toEqual([
      { type: 'subscribed', channel: 'portfolio' },
      { type: 'portfolio', channel: 'portfolio', seq: 1, data: { snapshot: true } },
    ]);
    off();
    send({ action: 'subscribe', channel: 'orders' });
    expect(seen).toHaveLength(1);
  });

  it('keeps reply order behind a family that resolves asynchronously', async () => {
    const gw = gateway();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    gw.registerChannel({
      name: 'battle',
      resolve: async (req) => {
        await gate;
        return { key: `battle:${req.keyParts?.[0]}`, private: false };
      },
    });
    const { socket, send } = connect(gw);
    send({ action: 'subscribe', channel: 'battle:b1' });
    send({ action: 'subscribe', channel: 'ticker:BTCUSDT' });
    send({ action: 'pong' });
    expect(socket.take()).toEqual([]);
    release();
    await vi.waitFor(() => expect(socket.sent).toHaveLength(2));
    expect(socket.take().map((m) => m.channel)).toEqual(['battle:b1', 'ticker:BTCUSDT']);
    gw.publish({ type: 'battle_snapshot', channel: 'battle:b1', data: {} });
    expect(socket.take()).toEqual([{ type: 'battle_snapshot', channel: 'battle:b1', seq: 1, data: {} }]);
  });
});

describe('fan-out', () => {
  it('publishes to the subscribers of the channel only, with a per-connection seq', () => {
    const gw = gateway();
    const a = connect(gw);
    const b = connect(gw);
    const c = connect(gw);
    a.send({ action: 'subscribe', channel: 'ticker:BTCUSDT' });
    a.send({ action: 'subscribe', channel: 'ticker:ETHUSDT' });
    b.send({ action: 'subscribe', channel: 'ticker:BTCUSDT' });
    c.send({ action: 'subscribe', channel: 'ticker_all' });
    for (const x of [a, b, c]) x.socket.take();
    const tick = (symbol: string) => ({ type: 'ticker', channel: `ticker:${symbol}`, symbol, data: { price: '1' } });
    gw.publish(tick('ETHUSDT'), { droppable: true });
    gw.publish(tick('BTCUSDT'), { droppable: true });
    gw.publish({ ...tick('BTCUSDT'), channel: 'ticker:all' }, { droppable: true });
    expect(a.socket.take().map((m) => [m.channel, m.seq])).toEqual([
      ['ticker:ETHUSDT', 1],
      ['ticker:BTCUSDT', 2],
    ]);
    expect(b.socket.take().map((m) => [m.channel, m.seq])).toEqual([['ticker:BTCUSDT', 1]]);
    expect(c.socket.take().map((m) => [m.channel, m.seq, m.symbol])).toEqual([['ticker:all', 1, 'BTCUSDT']]);
  });

  it('routes private messages to the agent’s subscribed connections only, and tracks subscribed agents', () => {
    const gw = gateway();
    const a1 = connect(gw, 'agent-a');
    const a2 = connect(gw, 'agent-a');
    const b = connect(gw, 'agent-b');
    a1.send({ action: 'subscribe', channel: 'orders' });
    b.send({ action: 'subscribe', channel: 'orders' });
    a2.send({ action: 'subscribe', channel: 'portfolio' });
    for (const x of [a1, a2, b]) x.socket.take();
    expect([...gw.subscribedAgents('orders')].sort()).toEqual(['agent-a', 'agent-b']);
    expect([...gw.subscribedAgents('portfolio')]).toEqual(['agent-a']);
    gw.publishToAgent('agent-a', { type: 'order', channel: 'orders', data: { order_id: 'o1' } });
    expect(a1.socket.take()).toEqual([{ type: 'order', channel: 'orders', seq: 1, data: { order_id: 'o1' } }]);
    expect(a2.socket.take()).toEqual([]);
    expect(b.socket.take()).toEqual([]);
    // A public publish on a private key reaches nobody.
    gw.publish({ type: 'order', channel: 'orders', data: {} });
    expect(b.socket.take()).toEqual([]);
    b.send({ action: 'unsubscribe', channel: 'orders' });
    expect([...gw.subscribedAgents('orders')]).toEqual(['agent-a']);
    gw.disconnected(a1.conn, 1000);
    expect(gw.subscribedAgents('orders').size).toBe(0);
    expect(gw.subscriberCount('orders')).toBe(0);
  });

  it('sendTo reaches one connection only while it holds the channel', () => {
    const gw = gateway();
    const a = connect(gw);
    const b = connect(gw);
    a.send({ action: 'subscribe', channel: 'candles:BTCUSDT:1m' });
    b.send({ action: 'subscribe', channel: 'candles:BTCUSDT:1m' });
    a.socket.take();
    b.socket.take();
    const msg = { type: 'candle', channel: 'candles:BTCUSDT:1m', symbol: 'BTCUSDT', interval: '1m', data: { is_closed: false } };
    gw.sendTo(a.conn.id, msg);
    expect(a.socket.take()).toHaveLength(1);
    expect(b.socket.take()).toEqual([]);
    a.send({ action: 'unsubscribe', channel: 'candles:BTCUSDT:1m' });
    a.socket.take();
    gw.sendTo(a.conn.id, msg);
    gw.sendTo(999, msg);
    expect(a.socket.take()).toEqual([]);
  });

  it('counts sent messages per type and closed connections per code', async () => {
    const gw = gateway();
    const a = connect(gw);
    const b = connect(gw);
    a.send({ action: 'subscribe', channel: 'trades:BTCUSDT' });
    b.send({ action: 'subscribe', channel: 'trades:BTCUSDT' });
    gw.publish({ type: 'trade', channel: 'trades:BTCUSDT', symbol: 'BTCUSDT', data: {} });
    expect(await metricValue('tradeready_ws_messages_sent_total', { type: 'trade' })).toBe(2);
    expect(await metricValue('tradeready_ws_messages_sent_total', { type: 'subscribed' })).toBe(2);
    expect(await metricValue('tradeready_ws_connections')).toBe(2);
    gw.disconnected(a.conn, 1000);
    expect(await metricValue('tradeready_ws_connections')).toBe(1);
    expect(await metricValue('tradeready_ws_connections_closed_total', { code: '1000' })).toBe(1);
  });
});

describe('slow consumers', () => {
  function subscribedPair(gw: StreamGateway) {
    const x = connect(gw);
    x.send({ action: 'subscribe', channel: 'ticker:BTCUSDT' });
    x.send({ action: 'subscribe', channel: 'orders' });
    x.socket.take();
    return x;
  }
  const tick = { type: 'ticker', channel: 'ticker:BTCUSDT', symbol: 'BTCUSDT', data: {} };
  const order = { type: 'order', channel: 'orders', data: {} };

  it('drops droppable messages past the buffer limit, consuming seq, then reports them in lagged', async () => {
    const gw = gateway({ sendBufferBytes: 1000 });
    const x = subscribedPair(gw);
    gw.publish(tick, { droppable: true }); // seq 1
    x.socket.bufferedAmount = 1001;
    gw.publish(tick, { droppable: true }); // seq 2 dropped
    gw.publishToAgent('agent-a', order); // seq 3 sent: never dropped
    gw.publish(tick, { droppable: true }); // seq 4 dropped
    gw.publish(tick); // seq 5: not droppable
    expect(x.socket.take().map((m) => [m.type, m.seq])).toEqual([
      ['ticker', 1],
      ['order', 3],
      ['ticker', 5],
    ]);
    x.socket.bufferedAmount = 0;
    gw.publish(tick, { droppable: true }); // seq 6, after the lagged notice
    expect(x.socket.take()).toEqual([
      { type: 'lagged', dropped: 2 },
      { type: 'ticker', channel: 'ticker:BTCUSDT', seq: 6, symbol: 'BTCUSDT', data: {} },
    ]);
    expect(await metricValue('tradeready_ws_messages_dropped_total')).toBe(2);
  });

  it('sends lagged from the 1 s sweep once drained, with no further message needed', () => {
    vi.useFakeTimers();
    const gw = gateway();
    const x = subscribedPair(gw);
    x.socket.bufferedAmount = 2000;
    gw.publish(tick, { droppable: true });
    gw.publish(tick, { droppable: true });
    expect(x.socket.take()).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(x.socket.take()).toEqual([]);
    x.socket.bufferedAmount = 10;
    vi.advanceTimersByTime(1000);
    expect(x.socket.take()).toEqual([{ type: 'lagged', dropped: 2 }]);
    expect(x.socket.closedWith).toBeUndefined();
  });

  it('closes 4429 when the buffer stays past the limit for WS_SLOW_CLOSE_MS', () => {
    vi.useFakeTimers();
    const gw = gateway({ sendBufferBytes: 1000, slowCloseMs: 3000 });
    const x = subscribedPair(gw);
    x.socket.bufferedAmount = 2000;
    gw.publish(tick, { droppable: true });
    now += 2000;
    vi.advanceTimersByTime(2000);
    expect(x.socket.closedWith).toBeUndefined();
    now += 1000;
    vi.advanceTimersByTime(1000);
    expect(x.socket.closedWith).toEqual({ code: 4429, reason: 'slow consumer' });
    // It does not answer the close: it is cut off.
    vi.advanceTimersByTime(2000);
    expect(x.socket.terminated).toBe(true);
  });

  it('a buffer that drains in time resets the slow clock', () => {
    vi.useFakeTimers();
    const gw = gateway({ sendBufferBytes: 1000, slowCloseMs: 3000 });
    const x = subscribedPair(gw);
    x.socket.bufferedAmount = 2000;
    gw.publish(tick, { droppable: true });
    now += 2000;
    x.socket.bufferedAmount = 0;
    gw.publishToAgent('agent-a', order);
    x.socket.bufferedAmount = 2000;
    gw.publish(tick, { droppable: true });
    now += 2000;
    vi.advanceTimersByTime(2000);
    expect(x.socket.closedWith).toBeUndefined();
  });

  it('closes 4429 at once past four times the limit', () => {
    const gw = gateway({ sendBufferBytes: 1000 });
    const x = subscribedPair(gw);
    x.socket.bufferedAmount = 4001;
    gw.publishToAgent('agent-a', order);
    expect(x.socket.closedWith?.code).toBe(4429);
    expect(x.socket.take()).toEqual([]);
    expect(x.conn.open).toBe(false);
  });
});

describe('heartbeat', () => {
  it('pings every interval; a pong in time keeps it open, none closes 4408', () => {
    vi.useFakeTimers();
    const gw = gateway({ pingIntervalMs: 50, pongTimeoutMs: 20 });
    const x = connect(gw);
    vi.advanceTimersByTime(49);
    expect(x.socket.take()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(x.socket.take()).toEqual([{ type: 'ping' }]);
    vi.advanceTimersByTime(10);
    x.send({ type: 'pong' });
    vi.advanceTimersByTime(40);
    expect(x.socket.take()).toEqual([{ type: 'ping' }]);
    x.send({ action: 'pong' });
    vi.advanceTimersByTime(50);
    expect(x.socket.take()).toEqual([{ type: 'ping' }]);
    expect(x.socket.closedWith).toBeUndefined();
    vi.advanceTimersByTime(20);
    expect(x.socket.closedWith).toEqual({ code: 4408, reason: 'heartbeat timeout' });
    gw.disconnected(x.conn, 1006);
    vi.advanceTimersByTime(1000);
    expect(x.socket.take()).toEqual([]);
  });

  it('reports our close code, not the peer’s 1006, when it never answered', async () => {
    vi.useFakeTimers();
    const gw = gateway({ pingIntervalMs: 50, pongTimeoutMs: 20 });
    const x = connect(gw);
    vi.advanceTimersByTime(70);
    gw.disconnected(x.conn, 1006);
    expect(await metricValue('tradeready_ws_connections_closed_total', { code: '4408' })).toBe(1);
  });
});

describe('graceful close', () => {
  it('closes every connection with 1001 and waits for them; terminates stragglers after 2 s', async () => {
    vi.useFakeTimers();
    const gw = gateway();
    const a = connect(gw);
    const b = connect(gw);
    const closed = gw.close();
    expect(a.socket.closedWith).toEqual({ code: 1001, reason: 'server shutting down' });
    expect(b.socket.closedWith).toEqual({ code: 1001, reason: 'server shutting down' });
    gw.disconnected(a.conn, 1001);
    await vi.advanceTimersByTimeAsync(1999);
    expect(b.socket.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await closed;
    expect(b.socket.terminated).toBe(true);
    expect(a.socket.terminated).toBe(false);
  });

  it('resolves as soon as the last client has closed', async () => {
    const gw = gateway();
    const a = connect(gw);
    const closed = gw.close();
    gw.disconnected(a.conn, 1001);
    await closed;
    expect(gw.connectionCount).toBe(0);
  });
});

describe('credential re-checks of open sockets', () => {
  function open(gw: StreamGateway, identity: string, agentId: string, stillValid: () => Promise<void>) {
    const socket = new FakeSocket();
    const conn = gw.accept(socket, { accountId: 'acct-1', agentId, identity, stillValid });
    return { socket, conn };
  }

  it('closes with 4401 the sockets whose credential no longer holds, one check per credential and agent', async () => {
    let generation = 1;
    const gw = gateway({}, () => generation);
    let revoked = false;
    let checksOfA = 0;
    const keyA = () => {
      checksOfA++;
      return revoked ? Promise.reject(new DomainError('INVALID_API_KEY', 'API key not found or invalid.')) : Promise.resolve();
    };
    const a1 = open(gw, 'key:a', 'agent-a', keyA);
    const a2 = open(gw, 'key:a', 'agent-a', keyA);
    const b = open(gw, 'key:b', 'agent-b', () => Promise.resolve());

    await gw.revalidate();
    expect(checksOfA).toBe(1);
    expect([a1.socket.closedWith, a2.socket.closedWith, b.socket.closedWith]).toEqual([undefined, undefined, undefined]);

    // Nothing written since: no check at all.
    revoked = true;
    await gw.revalidate();
    expect(checksOfA).toBe(1);

    generation++;
    await gw.revalidate();
    expect(checksOfA).toBe(2);
    expect(a1.socket.closedWith).toEqual({ code: 4401, reason: 'credential revoked' });
    expect(a2.socket.closedWith).toEqual({ code: 4401, reason: 'credential revoked' });
    expect(b.socket.closedWith).toBeUndefined();
    gw.disconnected(a1.conn, 4401);
    gw.disconnected(a2.conn, 4401);
    expect(await metricValue('tradeready_ws_connections_closed_total', { code: '4401' })).toBe(2);
  });

  it('keeps a socket open when the check itself fails (the database), and checks again next round', async () => {
    const gw = gateway({}, () => 7);
    let failures = 1;
    let checks = 0;
    const s = open(gw, 'key:a', 'agent-a', () => {
      checks++;
      return failures-- > 0 ? Promise.reject(new Error('database is locked')) : Promise.resolve();
    });
    await gw.revalidate();
    expect(s.socket.closedWith).toBeUndefined();
    await gw.revalidate();
    expect(checks).toBe(2);
    expect(s.socket.closedWith).toBeUndefined();
    await gw.revalidate();
    expect(checks).toBe(2);
  });
});
