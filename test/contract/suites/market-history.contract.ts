// History for backtests over HTTP: the data range, the technical indicators and the deflated Sharpe ratio.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, TEST_SYMBOLS, type Credentials } from '../../support/harness.js';

const MINUTE = 60_000;
const RETURNS = [0.012, -0.004, 0.007, 0.001, -0.009, 0.015, 0.003, -0.002, 0.006, -0.011, 0.008, 0.004, -0.001, 0.009, -0.006, 0.002];

describe('market history routes', () => {
  let server: TestServer;
  let creds: Credentials;
  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
    server.advanceMarket(3 * MINUTE);
  });
  afterAll(() => server.stop());

  it('reports the stored range of every pair, the intervals, and no gaps in a continuous feed', async () => {
    await server.app.services.market.flush();
    const res = await server.call('getDataRange');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      total_pairs: TEST_SYMBOLS.length,
      intervals_available: ['1m', '5m', '15m', '1h', '4h', '1d'],
      min_gap_minutes: 60,
    });
    expect(res.body.pairs.map((p: any) => p.symbol)).toEqual([...TEST_SYMBOLS].sort());
    expect(Date.parse(res.body.latest)).toBeGreaterThan(Date.parse(res.body.earliest));
    expect(res.body.data_gaps).toEqual([]);
    expect(res.body.total_gaps).toBe(0);
    expect((await server.call('getDataRange', { query: { min_gap_minutes: '0' } })).status).toBe(422);
  });

  it('lists the indicator names', async () => {
    const res = await server.call('listIndicators');
    expect(res.status).toBe(200);
    expect(res.body.indicators).toContain('rsi_14');
    expect(res.body.indicators).toContain('vwap');
    expect([...res.body.indicators].sort()).toEqual(res.body.indicators);
  });

  it('computes indicators over the newest 1-minute candles, all or the ones asked for', async () => {
    const all = await server.call('getIndicators', { path: { symbol: 'btcusdt' } });
    expect(all.status).toBe(200);
    expect(all.body.symbol).toBe('BTCUSDT');
    expect(all.body.candles_used).toBe(200);
    expect(Object.keys(all.body.indicators).sort()).toEqual((await server.call('listIndicators')).body.indicators);
    const price = (await server.call('getPrice', { path: { symbol: 'BTCUSDT' } })).body.price;
    expect(all.body.indicators.price).toBe(price);
    const rsi = Number(all.body.indicators.rsi_14);
    expect(rsi).toBeGreaterThanOrEqual(0);
    expect(rsi).toBeLessThanOrEqual(100);

    const some = await server.call('getIndicators', {
      path: { symbol: 'ETHUSDT' },
      query: { indicators: 'RSI_14, sma_50', lookback: '30' },
    });
    expect(some.body.candles_used).toBe(30);
    // 30 candles are too few for sma_50: left out, never null.
    expect(Object.keys(some.body.indicators)).toEqual(['rsi_14']);
  });

  it('answers an unknown indicator with 422 naming it, an unknown pair with 400, a bad lookback with 422', async () => {
    const res = await server.call('getIndicators', { path: { symbol: 'BTCUSDT' }, query: { indicators: 'rsi_14,foo_9' } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.details.errors[0]).toMatchObject({ field: 'indicators' });
    expect(res.body.error.details.errors[0].message).toContain('foo_9');
    expect((await server.call('getIndicators', { path: { symbol: 'NOPEUSDT' } })).status).toBe(400);
    expect((await server.call('getIndicators', { path: { symbol: 'BTCUSDT' }, query: { lookback: '13' } })).status).toBe(422);
    expect((await server.call('getIndicators', { path: { symbol: 'BTCUSDT' }, query: { lookback: '501' } })).status).toBe(422);
  });

  it('computes the deflated Sharpe ratio, publicly, with the documented validation', async () => {
    const res = await server.call('computeDeflatedSharpe', { body: { returns: RETURNS, num_trials: 50 } });
    expect(res.status).toBe(200);
    // Reference: numpy/scipy on the same series (see test/unit/deflated-sharpe.test.ts).
    expect(res.body).toEqual({
      observed_sharpe: 4.72433467,
      expected_max_sharpe: 2.79714962,
      deflated_sharpe: 2.66306621,
      p_value: 0.99612839,
      is_significant: true,
      num_trials: 50,
      num_returns: 16,
      skewness: -0.12016656,
      kurtosis: 2.22073501,
    });
    const keyed = await server.call('computeDeflatedSharpe', {
      body: { returns: RETURNS, num_trials: 100_000, annualization_factor: 1 },
      headers: { 'X-API-Key': creds.apiKey },
    });
    expect(keyed.body).toMatchObject({ is_significant: false, num_trials: 100_000 });

    for (const body of [
      { returns: RETURNS.slice(0, 9), num_trials: 5 },
      { returns: RETURNS, num_trials: 0 },
      { returns: RETURNS, num_trials: 5, annualization_factor: 525_601 },
      { returns: [...RETURNS.slice(0, 9), 'x'], num_trials: 5 },
      { returns: Array(12).fill(0.01), num_trials: 5 },
    ]) {
      const bad = await server.call('computeDeflatedSharpe', { body });
      expect(bad.status, JSON.stringify(body)).toBe(422);
      expect(bad.body.error.code).toBe('VALIDATION_ERROR');
    }
  });

  it('checks a credential when one is sent', async () => {
    const suspended = await server.registerAccount();
    await server.setAccountStatus(suspended.accountId, 'suspended');
    const calls = [
      ['getDataRange', {}],
      ['listIndicators', {}],
      ['getIndicators', { path: { symbol: 'BTCUSDT' } }],
      ['computeDeflatedSharpe', { body: { returns: RETURNS, num_trials: 2 } }],
    ] as const;
    for (const [operationId, opts] of calls) {
      expect((await server.call(operationId, { ...opts, headers: { 'X-API-Key': suspended.apiKey } })).status, operationId).toBe(403);
      expect((await server.call(operationId, { ...opts, headers: { Authorization: 'Bearer junk' } })).status, operationId).toBe(401);
    }
  });
});

describe('indicators before any candle', () => {
  it('answer 503 PRICE_NOT_AVAILABLE for a pair that has never traded', async () => {
    const server = await TestServer.start({ MARKET_HISTORY_DAYS: '0' });
    try {
      const res = await server.call('getIndicators', { path: { symbol: 'DOGEUSDT' } });
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: 'PRICE_NOT_AVAILABLE', details: { symbol: 'DOGEUSDT', reason: 'no_candles' } });
      const range = await server.call('getDataRange');
      expect(range.body).toMatchObject({ earliest: null, latest: null, total_pairs: 0, pairs: [], data_gaps: [] });
    } finally {
      await server.stop();
    }
  });
});
