// The Python SDK's WebSocket client (AgentExchangeWS), emulated literally: it connects with
// `?api_key=`, sends `{"action":"subscribe","channel":<key>}` per registered channel, answers
// `{"type":"ping"}` with `{"type":"pong"}`, skips errors, and routes every other message on its
// `channel` (ticker:X messages also to ticker:all handlers), passing the whole message. Its
// handlers must see ticker, candle, order and portfolio events; a 401 must read as final.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';
import { WsClient, type ServerMessage } from '../../support/ws-client.js';

type Handler = (message: ServerMessage) => void;

/** A port of AgentExchangeWS's subscription bookkeeping, _message_loop and _dispatch. */
class SdkEmulation {
  private readonly handlers = new Map<string, Handler[]>();
  private readonly subscriptions = new Set<string>();
  /** Messages _dispatch found no handler for (the SDK logs them at debug level). */
  readonly unhandled: ServerMessage[] = [];
  pongs = 0;

  private on(channel: string, fn: Handler): void {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), fn]);
    this.subscriptions.add(channel);
  }

  onTicker(symbol: string, fn: Handler): void {
    this.on(symbol.toLowerCase() === 'all' ? 'ticker:all' : `ticker:${symbol}`, fn);
  }

  onCandles(symbol: string, interval: string, fn: Handler): void {
    this.on(`candles:${symbol}:${interval}`, fn);
  }

  onOrderUpdate(fn: Handler): void {
    this.on('orders', fn);
  }

  onPortfolio(fn: Handler): void {
    this.on('portfolio', fn);
  }

  /** _run_session: subscribe to every registered channel, then pump messages. */
  run(ws: WsClient): void {
    ws.socket.on('message', (raw: Buffer) => {
      let message: ServerMessage;
      try {
        message = JSON.parse(raw.toString('utf8')) as ServerMessage;
      } catch {
        return;
      }
      const type = message.type ?? '';
      if (type === 'ping') {
        ws.send({ type: 'pong' });
        this.pongs++;
        return;
      }
      if (type === 'error') return;
      this.dispatch(message);
    });
    for (const channel of this.subscriptions) ws.send({ action: 'subscribe', channel });
  }

  private dispatch(message: ServerMessage): void {
    const type = message.type ?? '';
    let channel = message.channel;
    if (channel === undefined) {
      if (type === 'ticker') channel = `ticker:${message.symbol ?? ''}`;
      else if (type === 'candle') channel = `candles:${message.symbol ?? ''}:${message.interval ?? ''}`;
      else if (type === 'order' || type === 'order_update') channel = 'orders';
      else if (type === 'portfolio') channel = 'portfolio';
      else {
        this.unhandled.push(message);
        return;
      }
    }
    const handlers = [...(this.handlers.get(channel) ?? [])];
    if (channel.startsWith('ticker:') && channel !== 'ticker:all') handlers.push(...(this.handlers.get('ticker:all') ?? []));
    if (handlers.length === 0) {
      this.unhandled.push(message);
      return;
    }
    for (const handler of handlers) handler(message);
  }
}

/** Resolves once `check` holds, re-checking on every message of the connection. */
function until(ws: WsClient, check: () => boolean): Promise<void> {
  return ws
    .next(() => check())
    .then(
      () => undefined,
      (err: unknown) => {
        if (check()) return;
        throw err;
      },
    );
}

describe('the Python SDK WebSocket client, emulated', () => {
  let server: TestServer;
  let creds: Credentials;
  beforeAll(async () => {
    server = await TestServer.start({ WS_PING_INTERVAL_MS: '50', WS_PONG_TIMEOUT_MS: '5000' });
    creds = await server.registerAccount();
    server.pushPrice('BTCUSDT', '60000');
  });
  afterAll(() => server.stop());

  it('receives ticker, candle, order and portfolio events in the handlers it registered, and keeps the heartbeat', async () => {
    const sdk = new SdkEmulation();
    const seen = {
      btc: [] as ServerMessage[],
      all: [] as ServerMessage[],
      candles: [] as ServerMessage[],
      orders: [] as ServerMessage[],
      portfolio: [] as ServerMessage[],
    };
    sdk.onTicker('BTCUSDT', (m) => seen.btc.push(m));
    sdk.onTicker('all', (m) => seen.all.push(m));
    sdk.onCandles('BTCUSDT', '1m', (m) => seen.candles.push(m));
    sdk.onOrderUpdate((m) => seen.orders.push(m));
    sdk.onPortfolio((m) => seen.portfolio.push(m));

    // The SDK answers pings itself.
    const ws = await WsClient.connect(server, { apiKey: creds.agentApiKey, autoPong: false });
    sdk.run(ws);
    for (let i = 0; i < 5; i++) await ws.nextOf('subscribed');

    server.pushPrice('BTCUSDT', '60100');
    await until(ws, () => seen.btc.some((m) => m.type === 'ticker') && seen.candles.some((m) => m.type === 'candle'));
    const placed = await server.call('placeOrder', {
      headers: { 'X-API-Key': creds.agentApiKey },
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' },
    });
    expect(placed.status).toBe(201);
    await until(
      ws,
      () =>
        seen.orders.some((m) => m.type === 'order') && seen.portfolio.some((m) => m.type === 'portfolio' && m.data.positions.length > 0),
    );
    await until(ws, () => sdk.pongs >= 2);

    // The handlers got whole messages, routed on their channel.
    const tick = seen.btc.find((m) => m.type === 'ticker')!;
    expect(tick).toMatchObject({ channel: 'ticker:BTCUSDT', symbol: 'BTCUSDT', data: { price: '60100.00000000' } });
    // ticker:BTCUSDT messages reach the ticker:all handler too, besides ticker:all's own.
    expect(seen.all.filter((m) => m.type === 'ticker').map((m) => m.channel)).toEqual(
      expect.arrayContaining(['ticker:BTCUSDT', 'ticker:all']),
    );
    expect(seen.candles.find((m) => m.type === 'candle')).toMatchObject({
      channel: 'candles:BTCUSDT:1m',
      interval: '1m',
      data: { is_closed: false },
    });
    expect(seen.orders.find((m) => m.type === 'order')!.data).toMatchObject({ order_id: placed.body.order_id, status: 'filled' });
    expect(
      seen.portfolio.some((m) => m.type === 'portfolio' && m.data.positions.some((p: { symbol: string }) => p.symbol === 'BTCUSDT')),
    ).toBe(true);
    // Nothing the SDK could not route but the acks of channels it had no handler for (none here).
    expect(sdk.unhandled).toEqual([]);
    expect(ws.isClosed).toBe(false);
    await ws.close();
  });

  it('gets a 401 for a bad key, which the SDK treats as final (it retries nothing else)', async () => {
    const res = await WsClient.refused(server, { apiKey: 'ak_live_wrong' });
    expect([401, 403]).toContain(res.status);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });
});
