// Advanced orders in a backtest, through the backtest service on recorded 1-minute bars: time in
// force (IOC, GTD), trailing stops, OCO groups and brackets run on the virtual clock by the same
// engine as live trading, and a session stopped mid-trail resumes with its best price intact.
// Every scenario ends with the wallet reconciled against the fills.
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/db/schema.js';
import { parseAmount } from '../../src/money.js';
import type { ServiceContext } from '../../src/services/context.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { addPair, bars, MIN, storeBars, T0, trader } from './backtest-fixtures.js';

const iso = (ms: number) => new Date(ms).toISOString();
const START = '1000';

describe('backtest advanced orders', () => {
  let ctx: ServiceContext | undefined;
  afterEach(async () => {
    await ctx?.backtests.close();
    await ctx?.db.destroy();
    ctx = undefined;
  });

  /** A running session over `closes` (one bar a minute from T0); at its start only closes[0] is visible. */
  async function session(closes: string[]) {
    ctx = await createServiceContext();
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, closes));
    const who = await trader(ctx, 'adv');
    const id = await newSession(ctx, who.account, closes.length);
    return { ctx, account: who.account, agent: who.agent, id };
  }

  async function newSession(c: ServiceContext, account: Account, n: number): Promise<string> {
    const agent = await c.db.selectFrom('agents').selectAll().where('account_id', '=', account.id).executeTakeFirstOrThrow();
    const { session_id } = await c.backtests.create(account, agent, {
      start_time: iso(T0 + MIN),
      end_time: iso(T0 + n * MIN),
      starting_balance: START,
      pairs: ['BTCUSDT'],
    });
    await c.backtests.start(account, session_id);
    return session_id;
  }

  async function balances(c: ServiceContext, account: Account, id: string) {
    const out: Record<string, { available: string; locked: string }> = {};
    for (const b of (await c.backtests.balance(account, id)).balances) out[b.asset] = { available: b.available, locked: b.locked };
    return out;
  }

  async function order(c: ServiceContext, account: Account, id: string, orderId: string) {
    const found = (await c.backtests.orders(account, id, {})).orders.find((o) => o.id === orderId);
    if (!found) throw new Error(`order ${orderId} not listed`);
    return found;
  }

  /**
   * The wallet equals the starting balance moved by every fill: USDT − (gross + fee) per buy,
   * + (gross − fee) per sell; the base asset + quantity per buy, − per sell. Nothing stays locked
   * once no order rests.
   */
  async function expectConserved(c: ServiceContext, account: Account, id: string) {
    const trades = (await c.backtests.tradeHistory(account, id)).trades;
    let usdt = parseAmount(START);
    let btc = 0n;
    for (const t of trades) {
      const gross = parseAmount(t.quote_amount);
      const fee = parseAmount(t.fee);
      const qty = parseAmount(t.quantity);
      if (t.side === 'buy') {
        usdt -= gross + fee;
        btc += qty;
      } else {
        usdt += gross - fee;
        btc -= qty;
      }
    }
    const b = await balances(c, account, id);
    const total = (asset: string) => (b[asset] ? parseAmount(b[asset].available) + parseAmount(b[asset].locked) : 0n);
    expect(total('USDT')).toBe(usdt);
    expect(total('BTC')).toBe(btc);
    const open = (await c.backtests.orders(account, id, { openOnly: true })).count;
    if (open === 0) {
      expect(b.USDT?.locked ?? '0.00000000').toBe('0.00000000');
      expect(b.BTC?.locked ?? '0.00000000').toBe('0.00000000');
    }
  }

  it('stores an unmarketable IOC limit expired with nothing locked; a marketable one fills; a rejected one stores nothing', async () => {
    const { ctx, account, id } = await session(['100', '100', '100']);
    const ioc = await ctx.backtests.placeOrder(account, id, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'limit',
      quantity: '1',
      price: '99',
      time_in_force: 'IOC',
    });
    expect(ioc).toMatchObject({ status: 'expired', time_in_force: 'IOC', locked_amount: '0.00000000', executed_price: null });
    expect(await order(ctx, account, id, ioc.order_id)).toMatchObject({
      status: 'expired',
      cancel_reason: 'expired',
      time_in_force: 'IOC',
      price: '99.00000000',
      closed_at: iso(T0 + MIN),
    });
    expect(await balances(ctx, account, id)).toEqual({ USDT: { available: '1000.00000000', locked: '0.00000000' } });

    const fok = await ctx.backtests.placeOrder(account, id, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'limit',
      quantity: '1',
      price: '101',
      time_in_force: 'FOK',
    });
    expect(fok).toMatchObject({ status: 'filled', time_in_force: 'FOK' });

    const before = (await ctx.backtests.orders(account, id, {})).count;
    expect(
      await codeOf(
        ctx.backtests.placeOrder(account, id, {
          symbol: 'BTCUSDT',
          side: 'buy',
          type: 'limit',
          quantity: '50',
          price: '101',
          time_in_force: 'IOC',
        }),
      ),
    ).toBe('INSUFFICIENT_BALANCE');
    expect((await ctx.backtests.orders(account, id, {})).count).toBe(before);
    // Options that do not fit the type are refused before anything is placed.
    expect(
      await codeOf(
        ctx.backtests.placeOrder(account, id, {
          symbol: 'BTCUSDT',
          side: 'sell',
          type: 'stop_loss',
          quantity: '1',
          trigger_price: '90',
          time_in_force: 'IOC',
        }),
      ),
    ).toBe('VALIDATION_ERROR');
    await expectConserved(ctx, account, id);
  });

  it('expires a GTD order at the first step at or after expire_at, releasing its lock', async () => {
    const { ctx, account, id } = await session(['100', '100', '100', '100', '100']);
    // In a backtest, expire_at is checked against the virtual now (T0 + 1m), not the wall clock.
    expect(
      await codeOf(
        ctx.backtests.placeOrder(account, id, {
          symbol: 'BTCUSDT',
          side: 'buy',
          type: 'limit',
          quantity: '1',
          price: '90',
          time_in_force: 'GTD',
          expire_at: iso(T0 + MIN),
        }),
      ),
    ).toBe('VALIDATION_ERROR');
    const expireAt = T0 + 2 * MIN + 30_000;
    const gtd = await ctx.backtests.placeOrder(account, id, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'limit',
      quantity: '1',
      price: '90',
      time_in_force: 'GTD',
      expire_at: iso(expireAt),
    });
    expect(gtd).toMatchObject({ status: 'pending', time_in_force: 'GTD', locked_asset: 'USDT' });
    const locked = (await balances(ctx, account, id)).USDT!.locked;
    expect(parseAmount(locked)).toBeGreaterThan(0n);

    // Step 1 is at T0 + 2m, before expire_at: still pending.
    const s1 = await ctx.backtests.step(account, id, { steps: 1, fast: false });
    expect(s1.orders_filled).toEqual([]);
    expect((await order(ctx, account, id, gtd.order_id)).status).toBe('pending');
    // Step 2 is at T0 + 3m, the first step at or after expire_at.
    const s2 = await ctx.backtests.step(account, id, { steps: 1, fast: false });
    expect(s2.orders_filled).toEqual([expect.objectContaining({ order_id: gtd.order_id, status: 'expired', executed_price: null })]);
    expect(await order(ctx, account, id, gtd.order_id)).toMatchObject({
      status: 'expired',
      cancel_reason: 'expired',
      expire_at: iso(expireAt),
      closed_at: iso(T0 + 3 * MIN),
    });
    expect(await balances(ctx, account, id)).toEqual({ USDT: { available: '1000.00000000', locked: '0.00000000' } });
    expect((await ctx.backtests.orders(account, id, { openOnly: true })).count).toBe(0);
  });

  it('trails a sell stop up the rising closes and fires it on the fall', async () => {
    const { ctx, account, id } = await session(['100', '102', '106', '110', '108', '106', '104.5', '103', '100']);
    await ctx.backtests.placeOrder(account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
    const trail = await ctx.backtests.placeOrder(account, id, {
      symbol: 'BTCUSDT',
      side: 'sell',
      type: 'trailing_stop',
      quantity: '1',
      trail_amount: '5',
    });
    // Active at once: best = the market price 100, trigger 95.
    expect(trail).toMatchObject({
      status: 'pending',
      type: 'trailing_stop',
      price: '95.00000000',
      locked_asset: 'BTC',
      locked_amount: '1.00000000',
    });

    await ctx.backtests.step(account, id, { steps: 3, fast: false }); // 102, 106, 110
    expect((await ctx.backtests.orders(account, id, { openOnly: true })).orders).toEqual([
      expect.objectContaining({
        id: trail.order_id,
        stop_price: '105.00000000',
        trail_best_price: '110.00000000',
        trail_amount: '5.00000000',
      }),
    ]);
    const quiet = await ctx.backtests.step(account, id, { steps: 2, fast: false }); // 108, 106: above 105
    expect(quiet.orders_filled).toEqual([]);
    const fired = await ctx.backtests.step(account, id, { steps: 1, fast: false }); // 104.5 ≤ 105
    // A market sell at the tick price 104.5 with 0.01 % slippage: 104.5 × 0.9999; fee 0.1 %.
    expect(fired.orders_filled).toEqual([
      expect.objectContaining({ order_id: trail.order_id, status: 'filled', executed_price: '104.48955000', fee: '0.10448955' }),
    ]);
    expect(await order(ctx, account, id, trail.order_id)).toMatchObject({
      status: 'filled',
      stop_price: '105.00000000',
      trail_best_price: '110.00000000',
    });
    const trades = (await ctx.backtests.tradeHistory(account, id)).trades;
    expect(trades.map((t) => [t.side, t.type, t.reference_price, t.stop_price])).toEqual([
      ['buy', 'market', '100.00000000', null],
      ['sell', 'trailing_stop', '104.50000000', '105.00000000'],
    ]);
    expect((await ctx.backtests.positions(account, id)).positions).toEqual([]);
    await expectConserved(ctx, account, id);
  });

  it('cancels an OCO group whole, and closes the other leg (reason oco) when one leg fills', async () => {
    const { ctx, account, id } = await session(['100', '104', '111', '94', '94']);
    await ctx.backtests.placeOrder(account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
    const oco = {
      symbol: 'BTCUSDT',
      side: 'sell' as const,
      quantity: '1',
      take_profit: { price: '110' },
      stop_loss: { trigger_price: '95' },
    };

    const first = await ctx.backtests.placeOco(account, id, oco);
    expect(await balances(ctx, account, id)).toMatchObject({ BTC: { available: '0.00000000', locked: '1.00000000' } });
    // Cancelling one leg cancels the group: both closed by the user, the shared lock released once.
    expect(await ctx.backtests.cancelOrder(account, id, first.orders[1].id)).toEqual({ order_id: first.orders[1].id, cancelled: true });
    for (const leg of first.orders) {
      expect(await order(ctx, account, id, leg.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'user' });
    }
    expect(await balances(ctx, account, id)).toMatchObject({ BTC: { available: '1.00000000', locked: '0.00000000' } });

    const group = await ctx.backtests.placeOco(account, id, oco);
    const [tp, sl] = group.orders;
    expect(tp).toMatchObject({
      type: 'take_profit',
      stop_price: '110.00000000',
      status: 'pending',
      group_id: group.group_id,
      locked_amount: '1.00000000',
    });
    expect(sl).toMatchObject({
      type: 'stop_loss',
      stop_price: '95.00000000',
      status: 'pending',
      group_id: group.group_id,
      locked_amount: '0.00000000',
    });
    expect((await ctx.backtests.orders(account, id, { openOnly: true })).orders.map((o) => o.id)).toEqual([tp.id, sl.id]);

    expect((await ctx.backtests.step(account, id, { steps: 1, fast: false })).orders_filled).toEqual([]); // 104
    const hit = await ctx.backtests.step(account, id, { steps: 1, fast: false }); // 111 ≥ 110
    expect(hit.orders_filled).toEqual([
      expect.objectContaining({ order_id: tp.id, status: 'filled', executed_price: '110.98890000' }),
      expect.objectContaining({ order_id: sl.id, status: 'cancelled', executed_price: null }),
    ]);
    expect(await order(ctx, account, id, sl.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'oco', closed_at: iso(T0 + 3 * MIN) });
    expect(await order(ctx, account, id, tp.id)).toMatchObject({ status: 'filled', cancel_reason: null });
    // 94 would fire the stop leg had it stayed in the book.
    expect((await ctx.backtests.step(account, id, { steps: 1, fast: false })).orders_filled).toEqual([]);
    expect((await ctx.backtests.tradeHistory(account, id)).count).toBe(2);
    await expectConserved(ctx, account, id);
  });

  it('places a filled bracket entry’s legs as an OCO group; the stop leg fires later and closes the other', async () => {
    const { ctx, account, id } = await session(['100', '97', '94', '99', '99']);
    const entry = await ctx.backtests.placeOrder(account, id, {
      symbol: 'BTCUSDT',
      side: 'buy',
      quantity: '1',
      take_profit: { price: '108' },
      stop_loss: { trigger_price: '95' },
    });
    expect(entry).toMatchObject({ status: 'filled', group_id: null, parent_order_id: null });
    const listed = (await ctx.backtests.orders(account, id, {})).orders;
    expect(listed.find((o) => o.id === entry.order_id)).toMatchObject({
      status: 'filled',
      bracket: {
        take_profit: { type: 'take_profit', price: '108.00000000' },
        stop_loss: { type: 'stop_loss', trigger_price: '95.00000000', trail_percent: null, trail_amount: null, activation_price: null },
      },
    });
    const legs = listed.filter((o) => o.parent_order_id === entry.order_id);
    expect(legs.map((o) => [o.type, o.side, o.status, o.stop_price, o.quantity])).toEqual([
      ['take_profit', 'sell', 'pending', '108.00000000', '1.00000000'],
      ['stop_loss', 'sell', 'pending', '95.00000000', '1.00000000'],
    ]);
    expect(legs[0]!.group_id).not.toBeNull();
    expect(legs[1]!.group_id).toBe(legs[0]!.group_id);
    expect(await balances(ctx, account, id)).toMatchObject({ BTC: { available: '0.00000000', locked: '1.00000000' } });

    expect((await ctx.backtests.step(account, id, { steps: 1, fast: false })).orders_filled).toEqual([]); // 97
    const stop = await ctx.backtests.step(account, id, { steps: 1, fast: false }); // 94 ≤ 95
    expect(stop.orders_filled).toEqual([
      expect.objectContaining({ order_id: legs[1]!.id, status: 'filled', executed_price: '93.99060000' }),
      expect.objectContaining({ order_id: legs[0]!.id, status: 'cancelled' }),
    ]);
    expect(await order(ctx, account, id, legs[0]!.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'oco' });
    expect((await ctx.backtests.positions(account, id)).positions).toEqual([]);
    await expectConserved(ctx, account, id);
  });

  it('resumes a trailing stop from its checkpoint with its best price: the same fills as an uninterrupted run', async () => {
    const closes = ['100', '104', '108', '112', '110', '109', '108.5', '107', '105'];
    const { ctx, account, id: straight } = await session(closes);
    const resumed = await newSession(ctx, account, closes.length);

    const script = async (id: string, stopAfterBest: boolean) => {
      await ctx.backtests.placeOrder(account, id, { symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
      await ctx.backtests.placeOrder(account, id, {
        symbol: 'BTCUSDT',
        side: 'sell',
        type: 'trailing_stop',
        quantity: '1',
        trail_percent: '3',
      });
      await ctx.backtests.step(account, id, { steps: 3, fast: false }); // best 112, trigger 108.64
      if (stopAfterBest) {
        // The app stops: every runtime is dropped; the next call reopens the session from storage.
        await ctx.backtests.close();
        const open = (await ctx.backtests.orders(account, id, { openOnly: true })).orders;
        expect(open).toEqual([expect.objectContaining({ stop_price: '108.64000000', trail_best_price: '112.00000000' })]);
      }
      // 110 and 109 stay above 108.64; 108.5 fires it. Had the best been lost, the trigger would
      // start again below 108.5 and nothing would fill.
      await ctx.backtests.step(account, id, { steps: 100, fast: false });
      const trades = (await ctx.backtests.tradeHistory(account, id)).trades.map(({ session_id: _s, ...t }) => t);
      const orders = (await ctx.backtests.orders(account, id, {})).orders;
      return { trades, orders };
    };

    const a = await script(straight, false);
    const b = await script(resumed, true);
    expect(a.trades.map((t) => [t.side, t.type, t.reference_price, t.price, t.stop_price, t.simulated_at])).toEqual([
      ['buy', 'market', '100.00000000', '100.01000000', null, iso(T0 + MIN)],
      ['sell', 'trailing_stop', '108.50000000', '108.48915000', '108.64000000', iso(T0 + 7 * MIN)],
    ]);
    expect(b.trades).toEqual(a.trades);
    expect(b.orders).toEqual(a.orders);
    await expectConserved(ctx, account, straight);
    await expectConserved(ctx, account, resumed);
  });
});
