// A historical battle's sessions (backtest_sessions.battle_id set) belong to the battle: the public
// backtest calls may read them but not move them (409 BACKTEST_INVALID_STATE, reason
// battle_session), and idle housekeeping leaves them to the battle.
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { orderIntentOf } from '../../src/services/trading.service.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { addPair, bars, MIN, storeBars, T0, trader, walk } from './backtest-fixtures.js';

type Ctx = Awaited<ReturnType<typeof createServiceContext>>;
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

describe('backtest sessions of a battle', () => {
  let ctx: Ctx | undefined;
  afterEach(async () => {
    await ctx?.backtests.close();
    await ctx?.db.destroy();
    ctx = undefined;
  });

  async function setup() {
    ctx = await createServiceContext();
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, walk(40)));
    const who = await trader(ctx, 'battler');
    const spec = {
      start_time: iso(T0 + MIN),
      end_time: iso(T0 + 30 * MIN),
      candle_interval: 60,
      pairs: ['BTCUSDT'],
      starting_balance: '5000',
    };
    return { ctx, who, spec };
  }

  async function refusal(promise: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> | undefined }> {
    try {
      await promise;
    } catch (err) {
      if (err instanceof DomainError) return { code: err.code, details: err.details };
      throw err;
    }
    throw new Error('expected a refusal');
  }

  it('refuses the public mutating calls with reason battle_session, and allows every read', async () => {
    const { ctx, who, spec } = await setup();
    const battleId = ctx.ids.next();
    const id = await ctx.backtests.createForBattle(who.account, who.agent, battleId, spec);
    const expected = (status: string) => ({
      code: 'BACKTEST_INVALID_STATE',
      details: { session_id: id, current_status: status, reason: 'battle_session', battle_id: battleId },
    });
    // Before the battle starts it: not startable by the owner either.
    expect(await refusal(ctx.backtests.start(who.account, id))).toEqual(expected('created'));
    expect(await refusal(ctx.backtests.cancel(who.account, id))).toEqual(expected('created'));

    await ctx.backtests.startForBattle(id);
    const resting = await ctx.backtests.placeOrderForBattle(
      id,
      orderIntentOf({ symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '1', price: '50' }),
    );
    expect(resting.result.kind).toBe('resting');
    const orderId = resting.result.order.id;

    expect(await refusal(ctx.backtests.start(who.account, id))).toEqual(expected('running'));
    expect(await refusal(ctx.backtests.step(who.account, id, { steps: 1, fast: false }))).toEqual(expected('running'));
    expect(await refusal(ctx.backtests.step(who.account, id, { steps: 5, fast: true }))).toEqual(expected('running'));
    expect(await refusal(ctx.backtests.placeOrder(who.account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '1' }))).toEqual(
      expected('running'),
    );
    expect(await refusal(ctx.backtests.cancelOrder(who.account, id, orderId))).toEqual(expected('running'));
    expect(await refusal(ctx.backtests.cancel(who.account, id))).toEqual(expected('running'));
    // Another account still sees nothing: 404 before anything else.
    const stranger = await trader(ctx, 'stranger');
    expect(await codeOf(ctx.backtests.cancel(stranger.account, id))).toBe('BACKTEST_NOT_FOUND');

    // Nothing moved, and the reads answer as for any session.
    const status = await ctx.backtests.status(who.account, id);
    expect(status).toMatchObject({
      status: 'running',
      current_step: 0,
      strategy_label: `battle_${battleId}`,
      starting_balance: '5000.00000000',
    });
    expect((await ctx.backtests.orders(who.account, id, { openOnly: true })).orders.map((o) => o.id)).toEqual([orderId]);
    expect((await ctx.backtests.balance(who.account, id)).balances[0]).toMatchObject({ asset: 'USDT', locked: '50.05000000' });
    expect((await ctx.backtests.portfolio(who.account, id)).virtual_time).toBe(iso(T0 + MIN));
    expect((await ctx.backtests.results(who.account, id)).summary.current_step).toBe(0);
    expect((await ctx.backtests.prices(who.account, id)).prices).toHaveProperty('BTCUSDT');
    expect((await ctx.backtests.list(who.account, {})).backtests.map((b) => b.session_id)).toEqual([id]);

    // The battle's own calls still drive it.
    expect((await ctx.backtests.stepForBattle(id, 3)).complete).toBe(false);
    expect((await ctx.backtests.status(who.account, id)).current_step).toBe(3);
    await ctx.backtests.endForBattle(id, 'cancelled');
    expect((await ctx.backtests.status(who.account, id)).status).toBe('cancelled');
  });

  it('leaves a battle session to its battle however long it is idle', async () => {
    const { ctx, who, spec } = await setup();
    const running = await ctx.backtests.createForBattle(who.account, who.agent, ctx.ids.next(), spec);
    await ctx.backtests.startForBattle(running);
    const created = await ctx.backtests.createForBattle(who.account, who.agent, ctx.ids.next(), spec);
    const plain = (
      await ctx.backtests.create(who.account, who.agent, { start_time: spec.start_time, end_time: spec.end_time, starting_balance: '1000' })
    ).session_id;
    ctx.clock.advance(2 * HOUR);
    expect(await ctx.backtests.housekeep()).toEqual({ cancelled: 1, pruned: 0 });
    expect((await ctx.backtests.status(who.account, plain)).status).toBe('cancelled');
    expect((await ctx.backtests.status(who.account, running)).status).toBe('running');
    expect((await ctx.backtests.status(who.account, created)).status).toBe('created');
  });
});
