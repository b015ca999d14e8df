// The public market channels against the REST market data: a pushed trade arrives on ticker,
// ticker:all and trades exactly as GET /market/trades lists it, and a live candle closes once a
// trade of the next bucket arrives, with the same numbers GET /market/candles then reports.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';
import { WsClient } from '../../support/ws-client.js';

const MINUTE = 60_000;

describe('WebSocket market channels', () => {
  let server: TestServer;
  let creds: Credentials;
  let ws: WsClient;
  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
  });
  afterEach(async () => {
    if (!ws.isClosed) await ws.close();
    ws.assertClean();
  });
  afterAll(() => server.stop());

  it('streams each trade as a ticker on ticker:SYMBOL and ticker:all, and as the REST public trade on trades:SYMBOL', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.apiKey });
    await ws.subscribe({ channel: 'ticker:BTCUSDT' });
    await ws.subscribe({ channel: 'ticker_all' });
    await ws.subscribe({ channel: 'trades', symbol: 'BTCUSDT' });

    server.pushPrice('BTCUSDT', '65000.5');
    const at = server.clock.now();
    const ticker = await ws.nextOf('ticker', 'ticker:BTCUSDT');
    expect(ticker).toMatchObject({
      symbol: 'BTCUSDT',
      data: {
        symbol: 'BTCUSDT',
        price: '65000.50000000',
        quantity: '0.01000000',
        timestamp: new Date(at).toISOString(),
        is_buyer_maker: false,
      },
    });
    const all = await ws.nextOf('ticker', 'ticker:all');
    expect(all.data).toEqual(ticker.data);
    expect(all.symbol).toBe('BTCUSDT');

    const trade = await ws.nextOf('trade', 'trades:BTCUSDT');
    expect(trade.symbol).toBe('BTCUSDT');
    expect(trade.data.trade_id).toBe(ticker.data.trade_id);
    const rest = await server.call('getRecentTrades', { path: { symbol: 'BTCUSDT' }, query: { limit: '5' } });
    expect(rest.status).toBe(200);
    expect(rest.body.trades.find((t: { trade_id: number }) => t.trade_id === trade.data.trade_id)).toEqual(trade.data);

    // Another pair's trade reaches ticker:all only.
    server.pushPrice('ETHUSDT', '3000');
    const eth = await ws.nextOf('ticker', 'ticker:all');
    expect(eth).toMatchObject({ symbol: 'ETHUSDT', data: { symbol: 'ETHUSDT', price: '3000.00000000' } });
    server.pushPrice('BTCUSDT', '65001');
    await ws.nextOf('trade', 'trades:BTCUSDT');
    expect(ws.received.filter((m) => m.type === 'ticker' && m.channel === 'ticker:BTCUSDT' && m.data.symbol !== 'BTCUSDT')).toEqual([]);
    // seq counts every data message of the connection, across its channels, without gaps.
    const seqs = ws.received.filter((m) => m.seq !== undefined).map((m) => m.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('sends the bar in progress on subscribe, its updates, then once the closed bar when the next bucket trades', async () => {
    // Start at a minute boundary plus 10 s, so the bucket of every push below is known.
    server.clock.set(Math.ceil(server.clock.now() / MINUTE) * MINUTE + 10_000);
    const bucket = server.clock.now() - 10_000;
    server.pushPrice('BTCUSDT', '64000');

    ws = await WsClient.connect(server, { apiKey: creds.apiKey });
    const ack = await ws.subscribe({ channel: 'candles', symbol: 'BTCUSDT', interval: '1m' });
    expect(ack).toMatchObject({ type: 'subscribed', channel: 'candles:BTCUSDT:1m' });
    const first = await ws.nextOf('candle');
    expect(first).toMatchObject({
      channel: 'candles:BTCUSDT:1m',
      symbol: 'BTCUSDT',
      interval: '1m',
      data: { time: new Date(bucket).toISOString(), close: '64000.00000000', is_closed: false },
    });

    server.clock.advance(5000);
    server.pushPrice('BTCUSDT', '64100');
    server.clock.advance(5000);
    server.pushPrice('BTCUSDT', '63900');
    // Updates are throttled (the newest state always follows): wait for the one that has both.
    const live = await ws.next((m) => m.type === 'candle' && m.data.close === '63900.00000000');
    expect(live.data).toMatchObject({
      time: new Date(bucket).toISOString(),
      high: '64100.00000000',
      low: '63900.00000000',
      is_closed: false,
    });

    server.clock.set(bucket + MINUTE + 1000);
    server.pushPrice('BTCUSDT', '64200');
    const closed = await ws.next((m) => m.type === 'candle' && m.data.is_closed === true);
    expect(closed.data).toMatchObject({ time: new Date(bucket).toISOString(), close: '63900.00000000', is_closed: true });
    const next = await ws.next((m) => m.type === 'candle' && m.data.time === new Date(bucket + MINUTE).toISOString());
    expect(next.data).toMatchObject({ open: '64200.00000000', is_closed: false });
    // The closed bar is sent once.
    expect(ws.received.filter((m) => m.type === 'candle' && m.data.is_closed)).toHaveLength(1);

    const { is_closed: _closed, ...bar } = closed.data as Record<string, unknown>;
    const rest = await server.call('getCandles', {
      path: { symbol: 'BTCUSDT' },
      query: { interval: '1m', start_time: new Date(bucket).toISOString(), end_time: new Date(bucket).toISOString() },
    });
    expect(rest.status).toBe(200);
    expect(rest.body.candles).toEqual([bar]);
  });
});
