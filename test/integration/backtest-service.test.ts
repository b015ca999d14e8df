// The backtest service on a fresh database: lifecycle, sandbox trading through the live engine,
// results, and the rules a client relies on (no look-ahead, privacy, idle housekeeping).
import { afterEach, describe, expect, it } from 'vitest';
import type { BacktestCompletedEvent } from '../../src/services/events.js';
import type { ServiceContext } from '../../src/services/context.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { addPair, bars, MIN, storeBars, T0, trader, walk } from './backtest-fixtures.js';

describe('backtest service', () => {
  let ctx: ServiceContext | undefined;
  afterEach(async () => {
    await ctx?.backtests.close();
    await ctx?.db.destroy();
    ctx = undefined;
  });

  async function setup(closes: string[]) {
    ctx = await createServiceContext();
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, closes));
    return { ctx, who: await trader(ctx, 'bt') };
  }

  const iso = (ms: number) => new Date(ms).toISOString();

  it('runs a session from create to completion through the engine', async () => {
    const { ctx, who } = await setup(['100', '101', '102', '99', '98', '103', '104', '105', '106', '107']);
    const events: BacktestCompletedEvent[] = [];
    ctx.events.onBacktestCompleted((e) => events.push(e));
    const created = await ctx.backtests.create(who.account, who.agent, {
      start_time: iso(T0 + MIN),
      end_time: iso(T0 + 10 * MIN),
      starting_balance: '10000',
      candle_interval: '1m',
      pairs: ['BTCUSDT'],
    });
    expect(created).toMatchObject({ status: 'created', total_steps: 9, estimated_pairs: 1, agent_id: who.agent.id });
    const id = created.session_id;
    expect(await codeOf(ctx.backtests.step(who.account, id, { steps: 1, fast: false }))).toBe('BACKTEST_INVALID_STATE');
    await ctx.backtests.start(who.account, id);
    // At T0 + 1m only the first bar (closing at 100) is visible.
    expect((await ctx.backtests.price(who.account, id, 'BTCUSDT')).price).toBe('100.00000000');
    const buy = await ctx.backtests.placeOrder(who.account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
    // Market buy: 0.01 % slippage against 1,000,000 × 1 of 24 h volume (participation 0.01 %).
    expect(buy).toMatchObject({ status: 'filled', executed_price: '100.01000000', fee: '0.10001000' });
    const limit = await ctx.backtests.placeOrder(who.account, id, {
      symbol: 'BTCUSDT',
      side: 'sell',
      type: 'limit',
      quantity: '1',
      price: '103',
    });
    expect(limit.status).toBe('pending');

    const s1 = await ctx.backtests.step(who.account, id, { steps: 1, fast: false });
    expect(s1).toMatchObject({ step: 1, virtual_time: iso(T0 + 2 * MIN), prices: { BTCUSDT: '101.00000000' }, orders_filled: [] });
    const s4 = await ctx.backtests.step(who.account, id, { steps: 4, fast: false });
    // The limit sell fills at its price when the 103 close is seen (step 5, T0 + 6m), no slippage.
    expect(s4.step).toBe(5);
    expect(s4.orders_filled).toEqual([
      expect.objectContaining({ order_id: limit.order_id, status: 'filled', executed_price: '103.00000000', fee: '0.10300000' }),
    ]);
    const done = await ctx.backtests.step(who.account, id, { steps: 100, fast: true });
    expect(done).toMatchObject({ is_complete: true, step: 9, remaining_steps: 0, steps_executed: 4, status: 'completed' });
    expect(await codeOf(ctx.backtests.step(who.account, id, { steps: 1, fast: false }))).toBe('BACKTEST_INVALID_STATE');

    const results = await ctx.backtests.results(who.account, id);
    // 10000 − 100.01 − 0.10001 + 103 − 0.103
    expect(results.summary).toMatchObject({ final_equity: '10002.78699000', total_trades: 2, total_fees: '0.20301000', roi_pct: '0.03' });
    expect(results.by_pair).toEqual([
      { symbol: 'BTCUSDT', trades: 2, wins: 1, losses: 0, win_rate: '100.00', net_pnl: '2.78699000', total_volume: '203.01000000' },
    ]);
    expect(results.metrics.win_rate).toBe('100.0000');
    expect(events).toEqual([{ backtest_id: id, status: 'completed', roi_pct: '0.03', total_trades: 2, final_equity: '10002.78699000' }]);
    expect((await ctx.backtests.status(who.account, id)).status).toBe('completed');
    const history = await ctx.backtests.tradeHistory(who.account, id);
    expect(history.trades.map((t) => [t.side, t.type, t.price, t.slippage_pct])).toEqual([
      ['buy', 'market', '100.01000000', '0.01000000'],
      ['sell', 'limit', '103.00000000', '0.00000000'],
    ]);
  });

  it('closes open positions at the last step price through the engine', async () => {
    const { ctx, who } = await setup(['100', '100', '100', '120']);
    const { session_id: id } = await ctx.backtests.create(who.account, who.agent, {
      start_time: iso(T0 + MIN),
      end_time: iso(T0 + 4 * MIN),
      starting_balance: '1000',
    });
    await ctx.backtests.start(who.account, id);
    await ctx.backtests.placeOrder(who.account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
    const last = await ctx.backtests.step(who.account, id, { steps: 3, fast: false });
    expect(last.is_complete).toBe(true);
    expect(last.portfolio.positions).toEqual([]);
    const trades = (await ctx.backtests.tradeHistory(who.account, id)).trades;
    expect(trades.map((t) => [t.side, t.type, t.reference_price])).toEqual([
      ['buy', 'market', '100.00000000'],
      ['sell', 'market', '120.00000000'],
    ]);
  });

  it('answers a risk breach as live does and stores no order', async () => {
    const { ctx, who } = await setup(['100', '100', '100']);
    const { session_id: id } = await ctx.backtests.create(who.account, who.agent, {
      start_time: iso(T0 + MIN),
      end_time: iso(T0 + 3 * MIN),
      starting_balance: '100',
    });
    await ctx.backtests.start(who.account, id);
    expect(await codeOf(ctx.backtests.placeOrder(who.account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '5' }))).toBe(
      'INSUFFICIENT_BALANCE',
    );
    expect(await codeOf(ctx.backtests.placeOrder(who.account, id, { symbol: 'ETHUSDT', side: 'buy', quantity: '1' }))).toBe(
      'INVALID_SYMBOL',
    );
    expect((await ctx.backtests.orders(who.account, id, {})).count).toBe(0);
  });

  it('never shows a bar before it closes (a different future does not change the answers)', async () => {
    const answers = async (future: string) => {
      const closes = walk(30);
      closes[20] = future;
      const { ctx, who } = await setup(closes);
      const { session_id: id } = await ctx.backtests.create(who.account, who.agent, {
        start_time: iso(T0 + 5 * MIN),
        end_time: iso(T0 + 29 * MIN),
        starting_balance: '1000',
      });
      await ctx.backtests.start(who.account, id);
      const step = await ctx.backtests.step(who.account, id, { steps: 15, fast: false });
      // Virtual time T0 + 20m: bar 20 (opening at T0 + 20m) has not closed.
      const out = {
        step: { ...step, session_id: '' },
        candles: await ctx.backtests.candles(who.account, id, 'BTCUSDT', { limit: 1000 }),
        candles5: await ctx.backtests.candles(who.account, id, 'BTCUSDT', { interval: 300, limit: 1000 }),
        ticker: await ctx.backtests.ticker(who.account, id, 'BTCUSDT'),
        indicators: await ctx.backtests.indicators(who.account, id, 'BTCUSDT', {}),
        price: await ctx.backtests.price(who.account, id, 'BTCUSDT'),
      };
      await ctx.backtests.close();
      await ctx.db.destroy();
      return out;
    };
    const a = await answers('1.00');
    const b = await answers('100000.00');
    ctx = undefined;
    expect(a.candles.count).toBe(20);
    expect(a.candles.candles.at(-1)!.bucket).toBe(iso(T0 + 19 * MIN));
    // The 5m bucket opening at T0 + 15m closes at T0 + 20m: visible; the one at 20m is not.
    expect(a.candles5.candles.at(-1)!.bucket).toBe(iso(T0 + 15 * MIN));
    expect(a).toEqual(b);
  });

  it('keeps sessions private to their account', async () => {
    const { ctx, who } = await setup(['100', '100', '100']);
    const other = await trader(ctx, 'other');
    const { session_id: id } = await ctx.backtests.create(who.account, who.agent, {
      start_time: iso(T0 + MIN),
      end_time: iso(T0 + 3 * MIN),
      starting_balance: '100',
    });
    expect(await codeOf(ctx.backtests.status(other.account, id))).toBe('BACKTEST_NOT_FOUND');
    expect(await codeOf(ctx.backtests.start(other.account, id))).toBe('BACKTEST_NOT_FOUND');
    expect(await codeOf(ctx.backtests.status(who.account, '01890000-0000-7000-8000-000000000000'))).toBe('BACKTEST_NOT_FOUND');
    expect((await ctx.backtests.list(other.account, {})).total).toBe(0);
  });

  it('refuses a range without data', async () => {
    const { ctx, who } = await setup(['100', '100', '100']);
    const body = { start_time: iso(T0 + 60 * MIN), end_time: iso(T0 + 90 * MIN), starting_balance: '100', pairs: ['BTCUSDT'] };
    expect(await codeOf(ctx.backtests.create(who.account, who.agent, body))).toBe('BACKTEST_NO_DATA');
    expect(await codeOf(ctx.backtests.create(who.account, who.agent, { ...body, candle_interval: '2m' }))).toBe('VALIDATION_ERROR');
  });

  it('cancels sessions idle for more than an hour', async () => {
    const { ctx, who } = await setup(['100', '100', '100']);
    const { session_id: id } = await ctx.backtests.create(who.account, who.agent, {
      start_time: iso(T0 + MIN),
      end_time: iso(T0 + 3 * MIN),
      starting_balance: '100',
    });
    await ctx.backtests.start(who.account, id);
    const clock = ctx.clock as unknown as { advance(ms: number): void };
    clock.advance(59 * MIN);
    expect((await ctx.backtests.housekeep()).cancelled).toBe(0);
    clock.advance(2 * MIN);
    expect((await ctx.backtests.housekeep()).cancelled).toBe(1);
    expect((await ctx.backtests.status(who.account, id)).status).toBe('cancelled');
  });
});
