// What the backtest service does on its own: resuming running sessions at app start (a session
// that cannot be reopened fails instead of staying `running` forever) and the 90-day prune of
// ended sessions' orders, trades and snapshots. Time is the manual clock of the test context.
import { afterEach, describe, expect, it } from 'vitest';
import { BacktestService } from '../../src/backtest/service.js';
import type { Logger } from '../../src/logger.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { addPair, bars, MIN, storeBars, T0, trader, walk } from './backtest-fixtures.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

type Ctx = Awaited<ReturnType<typeof createServiceContext>>;

describe('backtest housekeeping', () => {
  let ctx: Ctx | undefined;
  const services: BacktestService[] = [];
  afterEach(async () => {
    for (const s of services.splice(0)) await s.close();
    await ctx?.backtests.close();
    await ctx?.db.destroy();
    ctx = undefined;
  });

  async function setup() {
    ctx = await createServiceContext();
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, walk(40)));
    return { ctx, who: await trader(ctx, 'hk') };
  }

  async function rowCounts(c: Ctx, sessionId: string) {
    const count = async (table: 'backtest_orders' | 'backtest_trades' | 'backtest_snapshots') =>
      Number(
        (
          await c.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('session_id', '=', sessionId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { orders: await count('backtest_orders'), trades: await count('backtest_trades'), snapshots: await count('backtest_snapshots') };
  }

  it('marks a running session whose checkpoint cannot be reopened failed at app start, and logs why', async () => {
    const { ctx, who } = await setup();
    const body = { start_time: iso(T0 + MIN), end_time: iso(T0 + 30 * MIN), starting_balance: '1000' };
    const broken = (await ctx.backtests.create(who.account, who.agent, body)).session_id;
    const healthy = (await ctx.backtests.create(who.account, who.agent, body)).session_id;
    for (const id of [broken, healthy]) {
      await ctx.backtests.start(who.account, id);
      await ctx.backtests.placeOrder(who.account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
      await ctx.backtests.step(who.account, id, { steps: 5, fast: false });
    }
    await ctx.backtests.close();
    // The stored checkpoint is cut short, as a torn write or a bad edit would leave it.
    await ctx.db.updateTable('backtest_sessions').set({ checkpoint: '{"balances":[["USDT"' }).where('id', '=', broken).execute();

    const logged: Array<{ msg: string; fields?: Record<string, unknown> }> = [];
    const logger: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (msg, fields) => logged.push({ msg, ...(fields ? { fields } : {}) }),
    };
    const restarted = new BacktestService({ ...ctx, logger });
    services.push(restarted);
    expect(await restarted.open({ housekeepingMs: DAY })).toBe(1);

    expect(logged).toEqual([{ msg: 'backtest resume failed', fields: { session_id: broken, error: expect.stringContaining('JSON') } }]);
    const status = await restarted.status(who.account, broken);
    expect(status).toMatchObject({ status: 'failed', current_step: 5, total_trades: 1 });
    expect((await restarted.list(who.account, { status: 'running' })).backtests.map((b) => b.session_id)).toEqual([healthy]);
    expect((await restarted.list(who.account, { status: 'failed' })).backtests.map((b) => b.session_id)).toEqual([broken]);
    const row = await ctx.db
      .selectFrom('backtest_sessions')
      .select(['error', 'completed_at'])
      .where('id', '=', broken)
      .executeTakeFirstOrThrow();
    expect(row.error).toMatch(/^could not resume after a restart: /);
    expect(row.completed_at).toBe(iso(ctx.clock.now()));
    // Its results are those of what was stored: the fill, and the last snapshot's equity.
    const results = await restarted.results(who.account, broken);
    expect(results).toMatchObject({ status: 'failed', summary: { total_trades: 1, current_step: 5 } });
    const curve = await restarted.equityCurve(who.account, broken, {});
    expect(results.summary.final_equity).toBe(curve.snapshots.at(-1)!.total_equity);
    // A failed session is ended: it cannot step; the healthy one carries on.
    expect(await codeOf(restarted.step(who.account, broken, { steps: 1, fast: false }))).toBe('BACKTEST_INVALID_STATE');
    expect((await restarted.step(who.account, healthy, { steps: 1, fast: false })).step).toBe(6);
  });

  it('deletes the orders, trades and snapshots of sessions ended more than 90 days ago, keeping the session', async () => {
    const { ctx, who } = await setup();
    const body = { start_time: iso(T0 + MIN), end_time: iso(T0 + 10 * MIN), starting_balance: '1000' };
    const finish = async () => {
      const { session_id: id } = await ctx.backtests.create(who.account, who.agent, body);
      await ctx.backtests.start(who.account, id);
      await ctx.backtests.placeOrder(who.account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
      await ctx.backtests.step(who.account, id, { steps: 100, fast: false });
      return id;
    };
    const old = await finish();
    ctx.clock.advance(30 * DAY);
    const recent = await finish();
    const before = await rowCounts(ctx, old);
    expect(before).toMatchObject({ orders: 2, trades: 2 });
    expect(before.snapshots).toBeGreaterThan(0);
    const resultsBefore = await ctx.backtests.results(who.account, old);

    // 90 days after the first ended, to the millisecond: not yet.
    ctx.clock.advance(60 * DAY);
    expect(await ctx.backtests.housekeep()).toEqual({ cancelled: 0, pruned: 0 });
    expect(await rowCounts(ctx, old)).toEqual(before);

    ctx.clock.advance(1);
    expect(await ctx.backtests.housekeep()).toEqual({ cancelled: 0, pruned: before.orders + before.trades + before.snapshots });
    expect(await rowCounts(ctx, old)).toEqual({ orders: 0, trades: 0, snapshots: 0 });
    // The session itself stays, with its stored results; the younger session is untouched.
    expect(await ctx.backtests.status(who.account, old)).toMatchObject({ status: 'completed', total_trades: 2 });
    expect(await ctx.backtests.results(who.account, old)).toEqual(resultsBefore);
    expect(await rowCounts(ctx, recent)).toMatchObject({ orders: 2, trades: 2 });

    ctx.clock.advance(30 * DAY);
    expect((await ctx.backtests.housekeep()).pruned).toBeGreaterThan(0);
    expect(await rowCounts(ctx, recent)).toEqual({ orders: 0, trades: 0, snapshots: 0 });
  });
});
