import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, TEST_SYMBOLS, type Credentials } from '../../support/harness.js';

const MINUTE = 60_000;

describe('market data', () => {
  let server: TestServer;
  let creds: Credentials;
  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
    server.advanceMarket(3 * MINUTE);
  });
  afterAll(() => server.stop());

  it('lists the pairs with their trading rules, sorted, filterable by status', async () => {
    const res = await server.call('listPairs');
    expect(res.status).toBe(200);
    expect(res.body.pairs.map((p: any) => p.symbol)).toEqual([...TEST_SYMBOLS].sort());
    const btc = res.body.pairs.find((p: any) => p.symbol === 'BTCUSDT');
    expect(btc).toMatchObject({ base_asset: 'BTC', quote_asset: 'USDT', status: 'active', has_price: true });
    expect(btc.tick_size).toMatch(/^0\.0+1\d*$/);
    expect((await server.call('listPairs', { query: { status: 'inactive' } })).body).toEqual({ pairs: [], total: 0 });
    expect((await server.call('listPairs', { query: { status: 'gone' } })).status).toBe(422);
  });

  it('answers the last price, case-insensitively, moving with the feed', async () => {
    const first = await server.call('getPrice', { path: { symbol: 'btcusdt' } });
    expect(first.status).toBe(200);
    expect(first.body.symbol).toBe('BTCUSDT');
    server.pushPrice('BTCUSDT', '70123.45');
    const pushed = await server.call('getPrice', { path: { symbol: 'BTCUSDT' } });
    expect(pushed.body).toMatchObject({ price: '70123.45000000', timestamp: new Date(server.clock.now()).toISOString() });
  });

  it('answers an unknown symbol with 400 INVALID_SYMBOL and a malformed one with 422', async () => {
    const res = await server.call('getPrice', { path: { symbol: 'FOOUSDT' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_SYMBOL', details: { symbol: 'FOOUSDT' } });
    for (const operationId of ['getPrice', 'getTicker', 'getCandles', 'getRecentTrades', 'getOrderBook'] as const) {
      expect((await server.call(operationId, { path: { symbol: 'BTC-USDT' } })).status, operationId).toBe(422);
    }
    expect((await server.call('getTickers', { query: { symbols: 'BTCUSDT;ETHUSDT' } })).status).toBe(422);
    for (const operationId of ['getTicker', 'getCandles', 'getRecentTrades', 'getOrderBook'] as const) {
      expect((await server.call(operationId, { path: { symbol: 'NOPEUSDT' } })).status, operationId).toBe(400);
    }
    expect((await server.call('getPrices', { query: { symbols: 'BTCUSDT,NOPEUSDT' } })).status).toBe(400);
    expect((await server.call('getTickers', { query: { symbols: 'NOPEUSDT' } })).status).toBe(400);
  });

  it('gives many prices with freshness, all or filtered', async () => {
    server.advanceMarket(2_000);
    const all = await server.call('getPrices');
    expect(all.status).toBe(200);
    expect(Object.keys(all.body.prices).sort()).toEqual([...TEST_SYMBOLS].sort());
    expect(all.body).toMatchObject({ count: 4, stale: false });
    expect(all.body.data_age_seconds).toBeLessThanOrEqual(2);
    const some = await server.call('getPrices', { query: { symbols: 'ethusdt, BTCUSDT' } });
    expect(Object.keys(some.body.prices).sort()).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect((await server.call('getPrices', { query: { symbols: 'BTC USDT' } })).status).toBe(422);
  });

  it('computes a rolling 24 h ticker consistent with the candles', async () => {
    const res = await server.call('getTicker', { path: { symbol: 'ETHUSDT' } });
    expect(res.status).toBe(200);
    const t = res.body;
    const [open, high, low, close] = [t.open, t.high, t.low, t.close].map(Number) as [number, number, number, number];
    expect(high).toBeGreaterThanOrEqual(Math.max(open, close, low));
    expect(low).toBeLessThanOrEqual(Math.min(open, close));
    expect(Date.parse(t.close_time) - Date.parse(t.open_time)).toBeGreaterThan(24 * 60 * MINUTE - MINUTE);
    expect(Date.parse(t.close_time) - Date.parse(t.open_time)).toBeLessThanOrEqual(24 * 60 * MINUTE);
    const candles = await server.call('getCandles', { path: { symbol: 'ETHUSDT' }, query: { interval: '1h', limit: '25' } });
    const inWindow = candles.body.candles.filter((c: any) => Date.parse(c.time) >= Date.parse(t.open_time) - 60 * MINUTE);
    const maxHigh = Math.max(...inWindow.map((c: any) => Number(c.high)));
    expect(high).toBeLessThanOrEqual(maxHigh);
    expect(t.close).toBe((await server.call('getPrice', { path: { symbol: 'ETHUSDT' } })).body.price);

    const many = await server.call('getTickers');
    expect(many.body.count).toBe(4);
    expect(many.body.tickers.ETHUSDT.symbol).toBe('ETHUSDT');
    const one = await server.call('getTickers', { query: { symbols: 'SOLUSDT' } });
    expect(Object.keys(one.body.tickers)).toEqual(['SOLUSDT']);
  });

  it('serves candles of every interval at once, newest limit, oldest first, UTC-aligned', async () => {
    const sizes = { '1m': 1, '5m': 5, '15m': 15, '1h': 60, '4h': 240, '1d': 1440 } as const;
    for (const [interval, minutes] of Object.entries(sizes)) {
      const res = await server.call('getCandles', { path: { symbol: 'BTCUSDT' }, query: { interval, limit: '3' } });
      expect(res.status, interval).toBe(200);
      expect(res.body).toMatchObject({ symbol: 'BTCUSDT', interval });
      expect(res.body.count).toBeGreaterThanOrEqual(1);
      const times = res.body.candles.map((c: any) => Date.parse(c.time));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      for (const time of times) expect(time % (minutes * MINUTE), interval).toBe(0);
    }
    const oneMinute = await server.call('getCandles', { path: { symbol: 'BTCUSDT' }, query: { interval: '1m', limit: '1000' } });
    expect(oneMinute.body.count).toBe(1000);
  });

  it('honours start_time and end_time (inclusive) on candle open times', async () => {
    const recent = await server.call('getCandles', { path: { symbol: 'BTCUSDT' }, query: { interval: '1m', limit: '10' } });
    const times = recent.body.candles.map((c: any) => c.time);
    const window = await server.call('getCandles', {
      path: { symbol: 'BTCUSDT' },
      query: { interval: '1m', start_time: times[2], end_time: times[5], limit: '100' },
    });
    expect(window.body.candles.map((c: any) => c.time)).toEqual(times.slice(2, 6));
    expect((await server.call('getCandles', { path: { symbol: 'BTCUSDT' }, query: { interval: '2m' } })).status).toBe(422);
    expect((await server.call('getCandles', { path: { symbol: 'BTCUSDT' }, query: { limit: '1001' } })).status).toBe(422);
    expect((await server.call('getCandles', { path: { symbol: 'BTCUSDT' }, query: { start_time: 'yesterday' } })).status).toBe(422);
  });

  it('lists recent trades newest first, with the pushed trade on top', async () => {
    server.pushPrice('SOLUSDT', '201.37');
    const res = await server.call('getRecentTrades', { path: { symbol: 'SOLUSDT' }, query: { limit: '5' } });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(5);
    expect(res.body.trades[0].price).toBe('201.37000000');
    const times = res.body.trades.map((t: any) => Date.parse(t.time));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await server.call('getRecentTrades', { path: { symbol: 'SOLUSDT' }, query: { limit: '0' } })).status).toBe(422);
  });

  it('synthesises an order book around the last price and says so', async () => {
    server.pushPrice('BTCUSDT', '65000.00');
    const res = await server.call('getOrderBook', { path: { symbol: 'BTCUSDT' }, query: { depth: '5' } });
    expect(res.status).toBe(200);
    expect(res.body.synthetic).toBe(true);
    expect(res.body.bids).toHaveLength(5);
    expect(res.body.asks).toHaveLength(5);
    expect(Number(res.body.bids[0][0])).toBeLessThan(65000);
    expect(Number(res.body.asks[0][0])).toBeGreaterThan(65000);
    const bidPrices = res.body.bids.map((l: string[]) => Number(l[0]));
    expect([...bidPrices].sort((a, b) => b - a)).toEqual(bidPrices);
    expect((await server.call('getOrderBook', { path: { symbol: 'BTCUSDT' }, query: { depth: '7' } })).status).toBe(422);
  });

  it('checks a credential when one is sent, and counts it per key', async () => {
    const withKey = await server.call('getPrice', { path: { symbol: 'BTCUSDT' }, headers: { 'X-API-Key': creds.apiKey } });
    expect(withKey.status).toBe(200);
    const bad = await server.call('getPrice', { path: { symbol: 'BTCUSDT' }, headers: { 'X-API-Key': `ak_live_${'Z'.repeat(64)}` } });
    expect(bad.status).toBe(401);
    const suspended = await server.registerAccount();
    await server.setAccountStatus(suspended.accountId, 'suspended');
    for (const operationId of ['listPairs', 'getPrices', 'getTickers'] as const) {
      expect((await server.call(operationId, { headers: { 'X-API-Key': suspended.apiKey } })).status).toBe(403);
      expect((await server.call(operationId, { headers: { Authorization: 'Bearer junk' } })).status).toBe(401);
    }
    for (const operationId of ['getPrice', 'getTicker', 'getCandles', 'getRecentTrades', 'getOrderBook'] as const) {
      const path = { symbol: 'BTCUSDT' };
      expect((await server.call(operationId, { path, headers: { 'X-API-Key': suspended.apiKey } })).status).toBe(403);
      expect((await server.call(operationId, { path, headers: { Authorization: 'Bearer junk' } })).status).toBe(401);
    }
  });
});

describe('market data before the first trade', () => {
  it('answers 503 PRICE_NOT_AVAILABLE for a pair that has never traded', async () => {
    const server = await TestServer.start({ MARKET_HISTORY_DAYS: '0' });
    try {
      for (const operationId of ['getPrice', 'getTicker', 'getOrderBook'] as const) {
        const res = await server.call(operationId, { path: { symbol: 'DOGEUSDT' } });
        expect(res.status, operationId).toBe(503);
        expect(res.body.error).toMatchObject({ code: 'PRICE_NOT_AVAILABLE', details: { symbol: 'DOGEUSDT' } });
      }
      const prices = await server.call('getPrices');
      expect(prices.body).toEqual(expect.objectContaining({ prices: {}, count: 0, stale: true, data_age_seconds: null }));
      expect((await server.call('listPairs')).body.pairs.every((p: any) => p.has_price === false)).toBe(true);
      server.pushPrice('DOGEUSDT', '0.12345');
      expect((await server.call('getPrice', { path: { symbol: 'DOGEUSDT' } })).body.price).toBe('0.12345000');
    } finally {
      await server.stop();
    }
  });

  it('counts anonymous callers per IP on the market tier', async () => {
    const server = await TestServer.start({ RATE_LIMIT_MARKET_DATA: '2' });
    try {
      expect((await server.call('listPairs')).headers.get('x-ratelimit-limit')).toBe('2');
      await server.call('listPairs');
      expect((await server.call('getPrices')).status).toBe(429);
    } finally {
      await server.stop();
    }
  });
});
