// A backtest client written from openapi.yaml: create, start, step (one, batch, fast), trade in
// the sandbox (market, a limit that rests and then fills, a cancel, a rule broken), read the
// sandbox market and account, finish, read the results, list, compare, pick the best, and the
// account's mode. The range lies inside the history the harness backfills (MARKET_HISTORY_DAYS=1),
// and the test reads the same stored bars through /market/candles to know what the session may see.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Exact 8-decimal strings as bigint units, for comparisons a float would blur. */
const units = (s: string) => BigInt(s.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1'));
const iso = (ms: number) => new Date(ms).toISOString();

interface Bar {
  time: string;
  close: string;
}

describe('backtesting from the command line of a client', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  const key = (c: Credentials) => ({ 'X-API-Key': c.agentApiKey });
  /** The backtest window: two hours, starting 20 hours back, whole hours. */
  let startMs: number;
  let endMs: number;
  /** Alice's 1-minute BTCUSDT bars of the window and the one before it, by open time. */
  const closes = new Map<number, string>();
  let sessionA: string;
  /** Alice's session that completes without trading. */
  let idle: string;

  /** The price a session must show at virtual time t: the close of the bar that closed at or before t. */
  const priceAt = (t: number) => closes.get(Math.floor(t / MINUTE) * MINUTE - MINUTE)!;

  async function create(c: Credentials, body: Record<string, unknown>) {
    const res = await server.call('createBacktest', {
      headers: key(c),
      body: { start_time: iso(startMs), end_time: iso(endMs), starting_balance: '10000', pairs: ['BTCUSDT'], ...body },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.session_id as string;
  }

  async function call(operationId: string, c: Credentials, id: string, opts: { body?: unknown; query?: Record<string, string> } = {}) {
    return server.call(operationId, { headers: key(c), path: { session_id: id }, ...opts });
  }

  beforeAll(async () => {
    server = await TestServer.start();
    alice = await server.registerAccount({ display_name: 'Backtest Alice' });
    bob = await server.registerAccount({ display_name: 'Backtest Bob' });
    startMs = Math.floor((server.clock.now() - 20 * HOUR) / HOUR) * HOUR;
    endMs = startMs + 2 * HOUR;
    const bars = await server.call('getCandles', {
      path: { symbol: 'BTCUSDT' },
      query: { interval: '1m', start_time: iso(startMs - MINUTE), end_time: iso(endMs), limit: '1000' },
    });
    expect(bars.status).toBe(200);
    for (const b of bars.body.candles as Bar[]) closes.set(Date.parse(b.time), b.close);
    // The backfill is complete: one bar a minute across the window.
    expect(closes.size).toBeGreaterThanOrEqual(121);
  });
  afterAll(() => server.stop());

  it('creates a session for the agent in scope, with the documented step count', async () => {
    const res = await server.call('createBacktest', {
      headers: key(alice),
      body: {
        start_time: iso(startMs),
        end_time: iso(endMs),
        starting_balance: '10000',
        candle_interval: '1m',
        pairs: ['btcusdt'],
        strategy_label: 'limit-dip',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'created', total_steps: 120, estimated_pairs: 1, agent_id: alice.agentId });
    sessionA = res.body.session_id;

    const status = await call('getBacktestStatus', alice, sessionA);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      session_id: sessionA,
      status: 'created',
      strategy_label: 'limit-dip',
      candle_interval: '1m',
      candle_interval_seconds: 60,
      starting_balance: '10000.00000000',
      pairs: ['BTCUSDT'],
      current_step: 0,
      total_steps: 120,
      final_equity: null,
    });
  });

  it('takes the interval in seconds and agent_id from the body; refuses what it cannot run', async () => {
    // Account key + agent_id names the agent explicitly.
    const bySeconds = await server.call('createBacktest', {
      headers: { 'X-API-Key': alice.apiKey },
      body: { start_time: iso(startMs), end_time: iso(endMs), starting_balance: 500, candle_interval: 300, agent_id: alice.agentId },
    });
    expect(bySeconds.status).toBe(201);
    expect(bySeconds.body).toMatchObject({ total_steps: 24, agent_id: alice.agentId });

    const tooEarly = await server.call('createBacktest', {
      headers: key(alice),
      body: { start_time: '2020-01-01T00:00:00Z', end_time: '2020-01-02T00:00:00Z', starting_balance: '10000', pairs: ['BTCUSDT'] },
    });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.code).toBe('BACKTEST_NO_DATA');

    const unknownPair = await server.call('createBacktest', {
      headers: key(alice),
      body: { start_time: iso(startMs), end_time: iso(endMs), starting_balance: '10000', pairs: ['FOOUSDT'] },
    });
    expect(unknownPair.status).toBe(400);
    expect(unknownPair.body.error.code).toBe('INVALID_SYMBOL');

    for (const body of [
      { start_time: iso(endMs), end_time: iso(startMs), starting_balance: '10000' },
      { start_time: iso(startMs), end_time: iso(endMs), starting_balance: '0.5' },
      { start_time: iso(startMs), end_time: iso(endMs), starting_balance: '10000', candle_interval: '2m' },
      { start_time: iso(startMs), end_time: iso(endMs), starting_balance: '10000', candle_interval: 120 },
      { start_time: iso(startMs), end_time: iso(endMs), starting_balance: '10000', agent_id: 'agent-1' },
    ]) {
      const res = await server.call('createBacktest', { headers: key(alice), body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
    }

    // Another account's agent, and a sibling named with an agent key, are unknown agents.
    for (const [headers, agentId] of [
      [{ 'X-API-Key': alice.apiKey }, bob.agentId],
      [key(alice), randomUUID()],
    ] as const) {
      const res = await server.call('createBacktest', {
        headers,
        body: { start_time: iso(startMs), end_time: iso(endMs), starting_balance: '10000', agent_id: agentId },
      });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('AGENT_NOT_FOUND');
    }
  });

  it('steps only a running session, one candle at a time, pricing from closed bars only', async () => {
    const early = await call('stepBacktest', alice, sessionA);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('BACKTEST_INVALID_STATE');
    expect((await call('stepBacktestBatch', alice, sessionA, { body: { steps: 10 } })).status).toBe(409);
    expect((await call('stepBacktestBatchFast', alice, sessionA, { body: { steps: 10 } })).status).toBe(409);

    const started = await call('startBacktest', alice, sessionA);
    expect(started.status).toBe(200);
    expect(started.body).toEqual({ session_id: sessionA, status: 'running' });
    expect((await call('startBacktest', alice, sessionA)).status).toBe(409);

    // Before the first step, the latest closed bar is the one that opened a minute before the start.
    const price0 = await server.call('getBacktestPrice', { headers: key(alice), path: { session_id: sessionA, symbol: 'BTCUSDT' } });
    expect(price0.status).toBe(200);
    expect(price0.body).toEqual({ symbol: 'BTCUSDT', price: priceAt(startMs), virtual_time: iso(startMs) });

    const step = await call('stepBacktest', alice, sessionA);
    expect(step.status).toBe(200);
    expect(step.body).toMatchObject({
      session_id: sessionA,
      virtual_time: iso(startMs + MINUTE),
      step: 1,
      total_steps: 120,
      progress_pct: '0.83',
      remaining_steps: 119,
      steps_executed: 1,
      is_complete: false,
      status: 'running',
      orders_filled: [],
    });
    // The bar that opened at the start closed exactly now: it is the price, never a later one.
    expect(step.body.prices).toEqual({ BTCUSDT: priceAt(startMs + MINUTE) });
    expect(step.body.portfolio).toMatchObject({ total_equity: '10000.00000000', positions: [] });
  });

  it('trades in the sandbox: a market buy, a limit that rests and then fills at its price, a cancel', async () => {
    const t = startMs + MINUTE;
    const buy = await call('placeBacktestOrder', alice, sessionA, {
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' },
    });
    expect(buy.status).toBe(201);
    expect(buy.body).toMatchObject({ status: 'filled', symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01000000' });
    expect(buy.body.simulated_at).toBe(iso(t));
    // Market orders pay the engine's size-based slippage on top of the step price.
    expect(units(buy.body.executed_price)).toBeGreaterThanOrEqual(units(priceAt(t)));

    // A limit far below the market rests, and is cancelled.
    const deep = await call('placeBacktestOrder', alice, sessionA, {
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.01', price: '1000' },
    });
    expect(deep.status, JSON.stringify(deep.body)).toBe(201);
    expect(deep.body).toMatchObject({ status: 'pending', price: '1000.00000000', locked_asset: 'USDT' });
    const open = await call('listBacktestOpenOrders', alice, sessionA);
    expect(open.status).toBe(200);
    expect(open.body.orders.map((o: { id: string }) => o.id)).toEqual([deep.body.order_id]);
    const cancelled = await server.call('cancelBacktestOrder', {
      headers: key(alice),
      path: { session_id: sessionA, order_id: deep.body.order_id },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toEqual({ order_id: deep.body.order_id, cancelled: true });
    const again = await server.call('cancelBacktestOrder', {
      headers: key(alice),
      path: { session_id: sessionA, order_id: deep.body.order_id },
    });
    expect(again.body).toEqual({ order_id: deep.body.order_id, cancelled: false });
    const unknown = await server.call('cancelBacktestOrder', {
      headers: key(alice),
      path: { session_id: sessionA, order_id: randomUUID() },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ORDER_NOT_FOUND');

    // A limit the data will cross within the next 30 steps: below the market at the lowest close
    // to come (a buy), or, on a rising stretch, above it at the highest (a sell of what was bought).
    const future = Array.from({ length: 30 }, (_, i) => ({ step: i + 2, close: priceAt(t + (i + 1) * MINUTE) }));
    const now = units(priceAt(t));
    const low = future.reduce((a, b) => (units(b.close) < units(a.close) ? b : a));
    const high = future.reduce((a, b) => (units(b.close) > units(a.close) ? b : a));
    const [side, target] = units(low.close) < now ? (['buy', low] as const) : (['sell', high] as const);
    expect(units(target.close)).not.toBe(now);
    const limit = await call('placeBacktestOrder', alice, sessionA, {
      body: { symbol: 'BTCUSDT', side, type: 'limit', quantity: '0.005', price: target.close },
    });
    expect(limit.status).toBe(201);
    expect(limit.body.status).toBe('pending');
    // The first step that reaches the limit's price fills it (an earlier close may cross it first).
    const crossing = future.find((f) => (side === 'buy' ? units(f.close) <= units(target.close) : units(f.close) >= units(target.close)))!;

    const batch = await call('stepBacktestBatch', alice, sessionA, { body: { steps: crossing.step - 1 } });
    expect(batch.status).toBe(200);
    expect(batch.body).toMatchObject({
      step: crossing.step,
      steps_executed: crossing.step - 1,
      virtual_time: iso(startMs + crossing.step * MINUTE),
    });
    expect(batch.body.orders_filled).toEqual([
      expect.objectContaining({
        order_id: limit.body.order_id,
        status: 'filled',
        executed_price: target.close,
        executed_qty: '0.00500000',
      }),
    ]);
    const orders = await call('listBacktestOrders', alice, sessionA);
    expect(orders.status).toBe(200);
    expect(orders.body.orders.map((o: { status: string }) => o.status)).toEqual(['filled', 'cancelled', 'filled']);
    expect((await call('listBacktestOpenOrders', alice, sessionA)).body).toEqual({ orders: [], count: 0 });

    const history = await call('getBacktestTradeHistory', alice, sessionA);
    expect(history.status).toBe(200);
    expect(history.body.count).toBe(2);
    expect(history.body.trades[1]).toMatchObject({ order_id: limit.body.order_id, price: target.close, slippage_pct: '0.00000000' });
  });

  it('answers a broken risk rule exactly as live trading does', async () => {
    const live = await server.call('placeOrder', {
      headers: key(alice),
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '50' },
    });
    const sandbox = await call('placeBacktestOrder', alice, sessionA, {
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '50' },
    });
    expect(sandbox.status).toBe(400);
    expect(sandbox.status).toBe(live.status);
    expect(sandbox.body.error.code).toBe(live.body.error.code);
    expect(sandbox.body.error.details?.reason).toBe(live.body.error.details?.reason);
    // Nothing was stored.
    expect((await call('listBacktestOrders', alice, sessionA)).body.count).toBe(3);
  });

  it('shows the sandbox market and account at the virtual time', async () => {
    const status = (await call('getBacktestStatus', alice, sessionA)).body;
    const t = Date.parse(status.virtual_clock);
    const path = { session_id: sessionA, symbol: 'BTCUSDT' };

    const prices = await call('getBacktestPrices', alice, sessionA);
    expect(prices.status).toBe(200);
    expect(prices.body).toEqual({ prices: { BTCUSDT: priceAt(t) }, virtual_time: iso(t) });
    // ETHUSDT trades live but is not one of the session's pairs: no invented price, the live error.
    for (const operationId of ['getBacktestPrice', 'getBacktestTicker', 'getBacktestCandles', 'getBacktestIndicators']) {
      const other = await server.call(operationId, { headers: key(alice), path: { session_id: sessionA, symbol: 'ETHUSDT' } });
      expect(other.status, operationId).toBe(400);
      expect(other.body.error, operationId).toMatchObject({
        code: 'INVALID_SYMBOL',
        details: { symbol: 'ETHUSDT', reason: 'not_in_session', session_pairs: ['BTCUSDT'] },
      });
    }

    const candles = await server.call('getBacktestCandles', { headers: key(alice), path, query: { interval: '1m', limit: '5' } });
    expect(candles.status).toBe(200);
    expect(candles.body.count).toBe(5);
    expect(candles.body.candles.map((c: { bucket: string }) => c.bucket)).toEqual([5, 4, 3, 2, 1].map((k) => iso(t - k * MINUTE)));
    expect(candles.body.candles.at(-1).close).toBe(priceAt(t));
    const bySeconds = await server.call('getBacktestCandles', { headers: key(alice), path, query: { interval: '60', limit: '5' } });
    expect(bySeconds.body.candles).toEqual(candles.body.candles);
    // A 5-minute candle still forming at t is not shown.
    const fives = await server.call('getBacktestCandles', { headers: key(alice), path, query: { interval: '5m' } });
    expect(fives.body.interval).toBe('5m');
    for (const c of fives.body.candles) expect(Date.parse(c.bucket) + 5 * MINUTE).toBeLessThanOrEqual(t);
    expect((await server.call('getBacktestCandles', { headers: key(alice), path, query: { interval: '2m' } })).status).toBe(422);

    const ticker = await server.call('getBacktestTicker', { headers: key(alice), path });
    expect(ticker.status).toBe(200);
    expect(ticker.body).toMatchObject({ symbol: 'BTCUSDT', close: priceAt(t), virtual_time: iso(t) });

    const indicators = await server.call('getBacktestIndicators', {
      headers: key(alice),
      path,
      query: { indicators: 'price,sma_20', lookback: '30' },
    });
    expect(indicators.status).toBe(200);
    expect(indicators.body.indicators.price).toBe(priceAt(t));
    expect(indicators.body.virtual_time).toBe(iso(t));

    const balance = await call('getBacktestBalance', alice, sessionA);
    expect(balance.status).toBe(200);
    const assets = balance.body.balances.map((b: { asset: string }) => b.asset).sort();
    expect(assets).toContain('USDT');
    const positions = await call('getBacktestPositions', alice, sessionA);
    expect(positions.status).toBe(200);
    const portfolio = await call('getBacktestPortfolio', alice, sessionA);
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.virtual_time).toBe(iso(t));
    expect(units(portfolio.body.total_equity)).toBe(units(portfolio.body.available_cash) + units(portfolio.body.position_value));
    const held = positions.body.positions.find((p: { symbol: string }) => p.symbol === 'BTCUSDT');
    const btc = balance.body.balances.find((b: { asset: string }) => b.asset === 'BTC');
    expect(held?.quantity).toBe(btc?.total);
  });

  it('answers 503 PRICE_NOT_AVAILABLE for a session pair before its first candle closes', async () => {
    // An account of its own, so the other tests' counts of Bob's sessions stay as they are.
    const carol = await server.registerAccount({ display_name: 'Backtest Carol' });
    const range = await server.call('getDataRange');
    const earliest = Date.parse(range.body.pairs.find((p: { symbol: string }) => p.symbol === 'BTCUSDT').earliest);
    // The session starts an hour before the stored history: nothing has closed at its virtual time.
    const id = await create(carol, { start_time: iso(earliest - HOUR), end_time: iso(earliest + HOUR), strategy_label: 'too-early' });
    expect((await call('startBacktest', carol, id)).status).toBe(200);
    const path = { session_id: id, symbol: 'BTCUSDT' };
    for (const [operationId, reason] of [
      ['getBacktestPrice', 'no_closed_candle'],
      ['getBacktestTicker', 'no_candles_24h'],
      ['getBacktestIndicators', 'no_candles'],
    ] as const) {
      const res = await server.call(operationId, { headers: key(carol), path });
      expect(res.status, operationId).toBe(503);
      expect(res.body.error, operationId).toMatchObject({
        code: 'PRICE_NOT_AVAILABLE',
        details: { symbol: 'BTCUSDT', reason, virtual_time: iso(earliest - HOUR) },
      });
    }
    const candles = await server.call('getBacktestCandles', { headers: key(carol), path });
    expect(candles.status).toBe(200);
    expect(candles.body).toMatchObject({ candles: [], count: 0 });
    expect((await call('getBacktestPrices', carol, id)).body.prices).toEqual({});
    expect((await call('cancelBacktest', carol, id)).status).toBe(200);
  });

  it('finishes with a fast batch, closes the positions and answers the results', async () => {
    const fast = await call('stepBacktestBatchFast', alice, sessionA, { body: { steps: 100000, include_intermediate_trades: true } });
    expect(fast.status).toBe(200);
    expect(fast.body).toMatchObject({ step: 120, remaining_steps: 0, is_complete: true, status: 'completed', virtual_time: iso(endMs) });
    expect(fast.body.portfolio.positions).toEqual([]);
    const after = await call('stepBacktest', alice, sessionA);
    expect(after.status).toBe(409);
    expect(after.body.error.details.current_status).toBe('completed');
    expect((await call('placeBacktestOrder', alice, sessionA, { body: { symbol: 'BTCUSDT', side: 'buy', quantity: '0.01' } })).status).toBe(
      409,
    );
    expect((await call('cancelBacktest', alice, sessionA)).status).toBe(409);
    const firstOrder = (await call('listBacktestOrders', alice, sessionA)).body.orders[0].id;
    const lateCancel = await server.call('cancelBacktestOrder', {
      headers: key(alice),
      path: { session_id: sessionA, order_id: firstOrder },
    });
    expect(lateCancel.status).toBe(409);

    const results = await call('getBacktestResults', alice, sessionA);
    expect(results.status).toBe(200);
    const trades = await call('getBacktestTradeHistory', alice, sessionA);
    expect(results.body).toMatchObject({
      session_id: sessionA,
      status: 'completed',
      config: { candle_interval: '1m', pairs: ['BTCUSDT'], strategy_label: 'limit-dip', agent_id: alice.agentId },
      summary: { total_trades: trades.body.count, current_step: 120, total_steps: 120 },
      // The regular series of a 1m session is hourly in virtual time; the ratios are annualised with it.
      metrics: { series_interval_seconds: 3600 },
    });
    // Everything was sold at the end: equity is cash, and ROI follows from it.
    const finalEquity = units(results.body.summary.final_equity);
    expect(finalEquity - units('10000.00000000')).toBe(units(results.body.summary.total_pnl));
    expect(results.body.by_pair.map((p: { symbol: string }) => p.symbol)).toEqual(['BTCUSDT']);

    const curve = await call('getBacktestEquityCurve', alice, sessionA);
    expect(curve.status).toBe(200);
    expect(curve.body.snapshots[0]).toMatchObject({ simulated_at: iso(startMs), total_equity: '10000.00000000' });
    expect(curve.body.snapshots.at(-1)).toMatchObject({ simulated_at: iso(endMs), total_equity: results.body.summary.final_equity });
    const sparse = await call('getBacktestEquityCurve', alice, sessionA, { query: { interval: '2' } });
    expect(sparse.body.interval).toBe('2');
    expect(sparse.body.snapshots.length).toBe(Math.ceil(curve.body.snapshots.length / 2));

    const page = await call('getBacktestTrades', alice, sessionA, { query: { limit: '1', offset: '1' } });
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(trades.body.count);
    expect(page.body.trades).toEqual([{ ...trades.body.trades[1] }]);
    expect(page.body.trades[0].session_id).toBe(sessionA);

    // Sandbox reads keep working on an ended session.
    expect((await call('getBacktestPortfolio', alice, sessionA)).status).toBe(200);
    expect((await call('getBacktestStatus', alice, sessionA)).body).toMatchObject({ status: 'completed', progress_pct: 100 });
  });

  it('cancels a session partway, keeping its positions', async () => {
    const id = await create(alice, { strategy_label: 'buy-hold', candle_interval: '5m' });
    expect((await call('cancelBacktest', alice, id)).status).toBe(200); // created → cancelled
    expect((await call('startBacktest', alice, id)).status).toBe(409);

    const run = await create(alice, { strategy_label: 'buy-hold' });
    await call('startBacktest', alice, run);
    await call('stepBacktestBatch', alice, run, { body: { steps: 10 } });
    await call('placeBacktestOrder', alice, run, { body: { symbol: 'BTCUSDT', side: 'buy', quantity: '0.01' } });
    const cancelled = await call('cancelBacktest', alice, run);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ session_id: run, status: 'cancelled', total_trades: 1 });
    const again = await call('cancelBacktest', alice, run);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('BACKTEST_INVALID_STATE');
    const results = await call('getBacktestResults', alice, run);
    expect(results.body.status).toBe('cancelled');
    expect((await call('getBacktestPositions', alice, run)).body.positions).toHaveLength(1);
  });

  it('lists, compares and picks the best of the account’s sessions', async () => {
    // A second completed session that never trades.
    idle = await create(alice, { strategy_label: 'do-nothing' });
    await call('startBacktest', alice, idle);
    await call('stepBacktestBatchFast', alice, idle, { body: { steps: 500 } });

    const list = await server.call('listBacktests', { headers: key(alice) });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(list.body.backtests.length);
    expect(list.body.backtests.map((b: { session_id: string }) => b.session_id)).toContain(sessionA);
    const completed = await server.call('listBacktests', { headers: key(alice), query: { status: 'completed', sort_by: 'roi_pct' } });
    expect(completed.body.backtests.map((b: { status: string }) => b.status)).toEqual(['completed', 'completed']);
    const labelled = await server.call('listBacktests', { headers: key(alice), query: { strategy_label: 'do-nothing', limit: '1' } });
    expect(labelled.body).toMatchObject({ total: 1, backtests: [{ session_id: idle, roi_pct: '0.00', total_trades: 0 }] });
    // Pages: limit + offset over the same order; total counts every match whatever the page.
    const all = list.body.backtests.map((b: { session_id: string }) => b.session_id);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const second = await server.call('listBacktests', { headers: key(alice), query: { limit: '1', offset: '1' } });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ total: list.body.total, backtests: [{ session_id: all[1] }] });
    expect(second.body.backtests).toHaveLength(1);
    const rest = await server.call('listBacktests', { headers: key(alice), query: { limit: '200', offset: '2' } });
    expect(rest.body.backtests.map((b: { session_id: string }) => b.session_id)).toEqual(all.slice(2));
    const past = await server.call('listBacktests', { headers: key(alice), query: { offset: String(list.body.total) } });
    expect(past.body).toEqual({ backtests: [], total: list.body.total });
    const tooFar = await server.call('listBacktests', { headers: key(alice), query: { offset: '100001' } });
    expect(tooFar.status).toBe(422);
    expect(tooFar.body.error.details.errors.map((e: { field: string }) => e.field)).toContain('query.offset');

    const compare = await server.call('compareBacktests', { headers: key(alice), query: { sessions: `${sessionA},${idle}` } });
    expect(compare.status).toBe(200);
    expect(compare.body.comparisons.map((c: { session_id: string }) => c.session_id)).toEqual([sessionA, idle]);
    expect([sessionA, idle]).toContain(compare.body.best_by_roi);
    // The idle session's equity never moved: its results cannot compute a Sharpe ratio (0 and
    // not_computable there), so the comparison shows null and does not rank it, as `best` skips it.
    const idleResults = await call('getBacktestResults', alice, idle);
    expect(idleResults.body.metrics.not_computable).toContain('sharpe_ratio');
    expect(compare.body.comparisons[1]).toMatchObject({ session_id: idle, sharpe_ratio: null, win_rate: null, profit_factor: null });
    expect(compare.body.best_by_sharpe).not.toBe(idle);
    expect(compare.body.recommendation).toBe(compare.body.best_by_sharpe);
    const one = await server.call('compareBacktests', { headers: key(alice), query: { sessions: sessionA } });
    expect(one.status).toBe(422);
    const missing = await server.call('compareBacktests', { headers: key(alice), query: { sessions: `${sessionA},${randomUUID()}` } });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('BACKTEST_NOT_FOUND');

    const best = await server.call('getBestBacktest', { headers: key(alice), query: { metric: 'total_trades' } });
    expect(best.status).toBe(200);
    expect(best.body).toMatchObject({ session_id: sessionA, strategy_label: 'limit-dip', metric: 'total_trades' });
    const none = await server.call('getBestBacktest', { headers: key(alice), query: { strategy_label: 'never-run' } });
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('BACKTEST_NOT_FOUND');
    expect((await server.call('getBestBacktest', { headers: key(alice), query: { metric: 'luck' } })).status).toBe(422);
    expect((await server.call('listBacktests', { headers: key(alice), query: { limit: '201' } })).status).toBe(422);
  });

  it('keeps every session private to its account', async () => {
    for (const operationId of [
      'getBacktestStatus',
      'startBacktest',
      'stepBacktest',
      'getBacktestResults',
      'getBacktestPortfolio',
      'cancelBacktest',
    ]) {
      const res = await call(operationId, bob, sessionA);
      expect(res.status, operationId).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'BACKTEST_NOT_FOUND' });
    }
    const order = await call('placeBacktestOrder', bob, sessionA, { body: { symbol: 'BTCUSDT', side: 'buy', quantity: '0.01' } });
    expect(order.status).toBe(404);
    expect((await server.call('listBacktests', { headers: key(bob) })).body).toEqual({ backtests: [], total: 0 });
    const compare = await server.call('compareBacktests', { headers: key(bob), query: { sessions: `${sessionA},${idle}` } });
    expect(compare.status).toBe(404);
  });

  it('reads and sets the account mode', async () => {
    const before = await server.call('getAccountMode', { headers: key(bob) });
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ mode: 'live', active_strategy_label: null, active_backtests: 0, total_backtests_completed: 0 });
    const set = await server.call('setAccountMode', { headers: key(bob), body: { mode: 'backtest', strategy_label: 'grid-v1' } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ mode: 'backtest', active_strategy_label: 'grid-v1' });
    expect((await server.call('getAccountMode', { headers: key(bob) })).body.mode).toBe('backtest');
    expect((await server.call('setAccountMode', { headers: key(bob), body: { mode: 'paper' } })).status).toBe(422);
    const alices = await server.call('getAccountMode', { headers: key(alice) });
    expect(alices.body.total_backtests_completed).toBe(2);
  });
});
