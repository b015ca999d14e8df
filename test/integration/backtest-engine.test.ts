// The backtest is the live engine: the same order sequence placed live — a scripted feed ticking
// once per bar at its close — and in a backtest over the bars the live run stored gets identical
// fills. Plus determinism (the same script twice gives byte-identical results) and restarts (a
// session stopped with the app resumes from its checkpoint and ends exactly as an uninterrupted run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Account, Agent } from '../../src/db/schema.js';
import type { ServiceContext } from '../../src/services/context.js';
import { listFills, placeOrder, type OrderRequest } from '../../src/services/trading.service.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';
import { addPair, bars, MIN, storeBars, T0, trader, walk } from './backtest-fixtures.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** The order script: what to place after bar `i` closes. */
function ordersAt(i: number, closes: readonly string[]): OrderRequest[] {
  const p = Number(closes[i]);
  switch (i % 12) {
    case 1:
      return [{ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.5' }];
    case 2:
      return [{ symbol: 'BTCUSDT', side: 'sell', type: 'limit', quantity: '0.2', price: (p + 0.3).toFixed(2) }];
    case 3:
      return [{ symbol: 'BTCUSDT', side: 'sell', type: 'stop_loss', quantity: '0.2', price: (p - 0.4).toFixed(2) }];
    case 5:
      return [{ symbol: 'BTCUSDT', side: 'buy', type: 'take_profit', quantity: '0.3', price: (p - 0.2).toFixed(2) }];
    case 7:
      return [{ symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.1', price: (p - 0.1).toFixed(2) }];
    case 9:
      return [{ symbol: 'BTCUSDT', side: 'sell', type: 'market', quantity: '0.1' }];
    default:
      return [];
  }
}

describe('one engine', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('fills a scripted order sequence identically live and in a backtest over the same bars', async () => {
    const clock = new ManualClock(T0);
    const source = new ScriptedSource(clock, ['BTCUSDT'], 'one-engine');
    app = await createApp(loadConfig({ ...TEST_ENV, MARKET_HISTORY_DAYS: '0' }), { clock, source });
    await app.start();
    const ctx = app.services;
    const who = await trader(ctx, 'one engine');
    const n = 60;
    const closes = walk(n, 7);
    // Quantities vary so the 24 h quote volume — and with it the size-based slippage — varies.
    const qty = (i: number) => ((i % 5) + 1).toFixed(2);
    const live: OrderRequest[][] = [];
    for (let i = 0; i < n; i++) {
      clock.set(T0 + (i + 1) * MIN - 1);
      source.push('BTCUSDT', closes[i]!, qty(i));
      await ctx.matcher.idle();
      const orders = ordersAt(i, closes);
      live.push(orders);
      for (const o of orders) {
        try {
          await placeOrder(ctx, who.account, who.agent, o);
        } catch {
          // a rejection is answered the same way in the backtest (checked below by the fill lists)
        }
      }
      await ctx.matcher.idle();
    }
    clock.set(T0 + (n + 1) * MIN);
    await ctx.market.flush();
    const liveFills = (await listFills(ctx, who.agent, {}, { limit: 1000, offset: 0 })).fills
      .sort((a, b) => a.executed_ms - b.executed_ms || (a.id < b.id ? -1 : 1))
      .map((f) => ({
        side: f.side,
        quantity: f.quantity,
        price: f.price,
        reference: f.reference_price,
        fee: f.fee,
        slippage: f.slippage_pct,
        realized: f.realized_pnl,
        net: f.net_pnl,
        at: f.executed_ms + 1,
      }));
    expect(liveFills.length).toBeGreaterThan(8);
    expect(new Set(liveFills.map((f) => f.slippage)).size).toBeGreaterThan(2);

    // The backtest: step k sees bar k closed (virtual time T0 + (k + 1) min), then places bar k's orders.
    const bt = ctx.backtests;
    const { session_id: id } = await bt.create(who.account, who.agent, {
      start_time: iso(T0 + MIN),
      end_time: iso(T0 + (n + 1) * MIN),
      starting_balance: '10000',
      pairs: ['BTCUSDT'],
    });
    await bt.start(who.account, id);
    for (let k = 0; k < n - 1; k++) {
      if (k > 0) await bt.step(who.account, id, { steps: 1, fast: false });
      for (const o of live[k]!) {
        await bt
          .placeOrder(who.account, id, {
            symbol: o.symbol,
            side: o.side,
            type: o.type,
            quantity: o.quantity,
            ...(o.price !== undefined ? { price: o.price } : {}),
          })
          .catch(() => undefined);
      }
    }
    // One step short of the end, so the closing sells of completion are not in the comparison.
    await bt.step(who.account, id, { steps: 1, fast: false });
    const btFills = (await bt.tradeHistory(who.account, id)).trades.map((t) => ({
      side: t.side,
      quantity: t.quantity,
      price: t.price,
      reference: t.reference_price,
      fee: t.fee,
      slippage: t.slippage_pct,
      realized: t.realized_pnl ?? '0.00000000',
      net: t.net_pnl ?? '0.00000000',
      at: Date.parse(t.simulated_at),
    }));
    expect(btFills).toEqual(liveFills);
  });
});

describe('determinism and restarts', () => {
  const dirs: string[] = [];
  let app: App | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  const N = 400;
  const CLOSES = walk(N, 3);

  async function boot(dbFile: string): Promise<ServiceContext> {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    app = await createApp(loadConfig({ ...TEST_ENV, DATABASE_URL: dbFile, MARKET_HISTORY_DAYS: '0' }), {
      clock,
      source: new ScriptedSource(clock, ['ETHUSDT'], 'restart'),
    });
    await app.start();
    return app.services;
  }

  function freshFile(): string {
    const dir = mkdtempSync(join(tmpdir(), 'bt-'));
    dirs.push(dir);
    return join(dir, 'db.sqlite');
  }

  async function seed(ctx: ServiceContext): Promise<{ account: Account; agent: Agent }> {
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, CLOSES));
    return trader(ctx, 'script');
  }

  /** The script, from step `from` to `to`: every 10th step an order, in batches of 7 steps. */
  async function play(ctx: ServiceContext, who: { account: Account }, id: string, from: number, to: number): Promise<void> {
    for (let step = from; step < to; step += 7) {
      const i = step + 1;
      for (const o of ordersAt(i % 12 === 0 ? 1 : i, CLOSES)) {
        await ctx.backtests
          .placeOrder(who.account, id, {
            symbol: o.symbol,
            side: o.side,
            type: o.type,
            quantity: o.quantity,
            ...(o.price !== undefined ? { price: o.price } : {}),
          })
          .catch(() => undefined);
      }
      await ctx.backtests.step(who.account, id, { steps: Math.min(7, to - step), fast: step % 2 === 0 });
    }
  }

  /** Everything a client can read of the results, minus the session id and the wall-clock fields (and the agent, new in each run). */
  async function outcome(ctx: ServiceContext, who: { account: Account; agent: Agent }, id: string) {
    const strip = <T extends object>(o: T) => JSON.parse(JSON.stringify(o).replaceAll(id, 'ID').replaceAll(who.agent.id, 'AGENT')) as T;
    const results = await ctx.backtests.results(who.account, id);
    const { duration_real_sec: _d, ...summary } = results.summary;
    return strip({
      results: { ...results, summary },
      curve: await ctx.backtests.equityCurve(who.account, id, {}),
      trades: await ctx.backtests.trades(who.account, id, { limit: 10_000 }),
      orders: await ctx.backtests.orders(who.account, id, {}),
    });
  }

  async function create(ctx: ServiceContext, who: { account: Account; agent: Agent }): Promise<string> {
    const { session_id: id } = await ctx.backtests.create(who.account, who.agent, {
      start_time: iso(T0 + 30 * MIN),
      end_time: iso(T0 + N * MIN),
      starting_balance: '5000',
      strategy_label: 'script',
    });
    await ctx.backtests.start(who.account, id);
    return id;
  }

  it('gives byte-identical results for the same script, and the same after a restart mid-run', async () => {
    // Uninterrupted, twice.
    const runs: string[] = [];
    for (let r = 0; r < 2; r++) {
      const ctx = await boot(freshFile());
      const who = await seed(ctx);
      const id = await create(ctx, who);
      await play(ctx, who, id, 0, N - 30);
      expect((await ctx.backtests.status(who.account, id)).status).toBe('completed');
      runs.push(JSON.stringify(await outcome(ctx, who, id)));
      await app!.stop();
      app = undefined;
    }
    expect(runs[1]).toBe(runs[0]);
    expect(JSON.parse(runs[0]!).trades.total).toBeGreaterThan(20);

    // Interrupted: the app stops after step 161 with resting orders and a position open.
    const file = freshFile();
    let ctx = await boot(file);
    const who = await seed(ctx);
    const id = await create(ctx, who);
    await play(ctx, who, id, 0, 161);
    expect((await ctx.backtests.orders(who.account, id, { openOnly: true })).count).toBeGreaterThan(0);
    await app!.stop();
    ctx = await boot(file);
    expect((await ctx.backtests.status(who.account, id)).current_step).toBe(161);
    await play(ctx, who, id, 161, N - 30);
    expect(JSON.stringify(await outcome(ctx, who, id))).toBe(runs[0]);
  });
});
