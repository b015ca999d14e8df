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

  it('answers the sandbox market as live does: no invented price, errors for other symbols', async () => {
    const { ctx, who } = await setup(['100', '101', '102', '103']);
    await addPair(ctx, 'ETHUSDT', 'ETH');
    await storeBars(ctx, 'ETHUSDT', bars(T0, ['10', '11', '12', '13']));
    // Starts at T0: the first bar (opening at T0) has not closed yet.
    const { session_id: id } = await ctx.backtests.create(who.account, who.agent, {
      start_time: iso(T0),
      end_time: iso(T0 + 3 * MIN),
      starting_balance: '1000',
      pairs: ['BTCUSDT'],
    });
    await ctx.backtests.start(who.account, id);
    const error = async (promise: Promise<unknown>) => {
      try {
        await promise;
      } catch (err) {
        return err as { code: string; details: Record<string, unknown> };
      }
      throw new Error('expected an error');
    };

    // ETHUSDT has stored bars but is not one of the session's pairs: every market route refuses it.
    // Each call starts only when awaited: one that rejected while an earlier one was still awaited
    // would be an unhandled rejection.
    for (const call of [
      () => ctx.backtests.price(who.account, id, 'ETHUSDT'),
      () => ctx.backtests.ticker(who.account, id, 'ETHUSDT'),
      () => ctx.backtests.candles(who.account, id, 'ETHUSDT', {}),
      () => ctx.backtests.indicators(who.account, id, 'ETHUSDT', {}),
    ]) {
      expect(await error(call())).toMatchObject({
        code: 'INVALID_SYMBOL',
        details: { symbol: 'ETHUSDT', reason: 'not_in_session', session_pairs: ['BTCUSDT'] },
      });
    }
    // A session pair before its first bar closes: 503 with the reason, as live answers a pair without a price.
    expect(await error(ctx.backtests.price(who.account, id, 'BTCUSDT'))).toMatchObject({
      code: 'PRICE_NOT_AVAILABLE',
      details: { symbol: 'BTCUSDT', reason: 'no_closed_candle', virtual_time: iso(T0) },
    });
    expect(await error(ctx.backtests.ticker(who.account, id, 'BTCUSDT'))).toMatchObject({
      code: 'PRICE_NOT_AVAILABLE',
      details: { reason: 'no_candles_24h' },
    });
    expect(await error(ctx.backtests.indicators(who.account, id, 'BTCUSDT', {}))).toMatchObject({
      code: 'PRICE_NOT_AVAILABLE',
      details: { reason: 'no_candles' },
    });
    expect(await ctx.backtests.candles(who.account, id, 'BTCUSDT', {})).toMatchObject({ candles: [], count: 0 });
    expect((await ctx.backtests.prices(who.account, id)).prices).toEqual({});

    // One step later the first bar has closed: every route answers it (the symbol in any case).
    await ctx.backtests.step(who.account, id, { steps: 1, fast: false });
    expect((await ctx.backtests.price(who.account, id, 'btcusdt')).price).toBe('100.00000000');
    expect(await ctx.backtests.ticker(who.account, id, 'BTCUSDT')).toMatchObject({ close: '100.00000000', trade_count: 5 });
    expect((await ctx.backtests.indicators(who.account, id, 'BTCUSDT', { indicators: 'price' })).indicators).toEqual({
      price: '100.00000000',
    });
    expect((await ctx.backtests.candles(who.account, id, 'BTCUSDT', {})).count).toBe(1);
  });

  it('pages the list with limit and offset; total counts every match', async () => {
    const { ctx, who } = await setup(['100', '100', '100']);
    const clock = ctx.clock as unknown as { advance(ms: number): void };
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      clock.advance(1000);
      const created = await ctx.backtests.create(who.account, who.agent, {
        start_time: iso(T0 + MIN),
        end_time: iso(T0 + 3 * MIN),
        starting_balance: '100',
      });
      ids.unshift(created.session_id); // newest first, as the list sorts by created_at
    }
    const page = (limit: number, offset?: number) =>
      ctx.backtests.list(who.account, { limit, ...(offset === undefined ? {} : { offset }) }).then((r) => ({
        ids: r.backtests.map((b) => b.session_id),
        total: r.total,
      }));
    expect(await page(2)).toEqual({ ids: ids.slice(0, 2), total: 3 });
    expect(await page(2, 2)).toEqual({ ids: ids.slice(2), total: 3 });
    expect(await page(1, 1)).toEqual({ ids: [ids[1]], total: 3 });
    expect(await page(5, 3)).toEqual({ ids: [], total: 3 });
    expect(await codeOf(ctx.backtests.list(who.account, { offset: -1 }))).toBe('VALIDATION_ERROR');
  });

  it('compares with null for a metric the results could not compute, as best skips it', async () => {
    ctx = await createServiceContext();
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, walk(7 * 60, 7)));
    const who = await trader(ctx, 'cmp');
    const run = async (label: string, trade: boolean) => {
      const { session_id: id } = await ctx!.backtests.create(who.account, who.agent, {
        start_time: iso(T0 + 60 * MIN),
        end_time: iso(T0 + 6 * 60 * MIN),
        starting_balance: '1000',
        candle_interval: '1h',
        strategy_label: label,
      });
      await ctx!.backtests.start(who.account, id);
      if (trade) await ctx!.backtests.placeOrder(who.account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '5' });
      expect((await ctx!.backtests.step(who.account, id, { steps: 10, fast: true })).status).toBe('completed');
      return id;
    };
    const holder = await run('hold', true);
    // Never trades: flat equity, so no Sharpe ratio (the results show 0 and name it not computable).
    const idle = await run('idle', false);
    const idleResults = await ctx.backtests.results(who.account, idle);
    expect(idleResults.metrics.not_computable).toContain('sharpe_ratio');
    expect(idleResults.metrics.sharpe_ratio).toBe('0.000000');
    expect((await ctx.backtests.results(who.account, holder)).metrics.not_computable).not.toContain('sharpe_ratio');

    const cmp = await ctx.backtests.compare(who.account, [idle, holder]);
    const byId = new Map(cmp.comparisons.map((c) => [c.session_id, c]));
    expect(byId.get(idle)).toMatchObject({ sharpe_ratio: null, max_drawdown_pct: '0.0000', win_rate: null, profit_factor: null });
    expect(byId.get(holder)!.sharpe_ratio).not.toBeNull();
    expect(cmp.best_by_sharpe).toBe(holder);
    expect(cmp.recommendation).toBe(holder);
    expect((await ctx.backtests.best(who.account, { metric: 'sharpe_ratio' })).session_id).toBe(holder);
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
