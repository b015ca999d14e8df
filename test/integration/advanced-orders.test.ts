// Advanced orders on the live path (issue 17): time in force, post-only, trailing stops, OCO groups
// and brackets, through the real services, matcher and database, with prices pushed by hand. Every
// amount is worked out by hand: market fills pay 0.01 % slippage (the first tick's volume makes
// every order here a tiny share of the market) and 0.1 % fee; limit fills trade at their limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { rawHandleOf } from '../../src/db/connection.js';
import type { Account, Agent, OrderRow } from '../../src/db/schema.js';
import { readNow } from '../../src/db/store.js';
import { DomainError } from '../../src/errors.js';
import { toOrderDto } from '../../src/http/dto.js';
import * as ledger from '../../src/repositories/ledger.repository.js';
import { updateAgentRiskProfile } from '../../src/services/agent.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import {
  cancelOcoGroup,
  cancelOrder,
  getOrder,
  placeOco,
  placeOrder,
  type OcoRequest,
  type OrderRequest,
} from '../../src/services/trading.service.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-advanced-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.UTC(2026, 10, 27, 12);
const HOUR = 3_600_000;

type App = Awaited<ReturnType<typeof createApp>>;
let apps: App[] = [];
afterEach(async () => {
  for (const app of apps) await app.stop();
  apps = [];
});

interface Seen {
  id: string;
  status: string;
  reason: string | null;
  /** The order's stored status when the event came (the change is committed by then). */
  stored: string | undefined;
}

let fileNo = 0;

async function boot(clock = new ManualClock(T0), file = `advanced-${++fileNo}.db`) {
  const source = new ScriptedSource(clock, ['BTCUSDT'], 'advanced');
  const app = await createApp(loadConfig({ ...TEST_ENV, DATABASE_URL: join(dir, file), MARKET_HISTORY_DAYS: '0' }), { clock, source });
  await app.start();
  apps.push(app);
  const ctx = app.services;
  const seen: Seen[] = [];
  const statusStmt = rawHandleOf(ctx.db).prepare('SELECT status FROM orders WHERE id = ?');
  ctx.events.onOrder((e) =>
    seen.push({
      id: e.view.order.id,
      status: e.view.order.status,
      reason: e.view.order.cancel_reason,
      stored: (statusStmt.get(e.view.order.id) as { status: string } | undefined)?.status,
    }),
  );
  /** One trade at `price`; a large quantity, so that every order here is ≤ 0.01 % of the 24 h volume. */
  const tick = async (price: string) => {
    source.push('BTCUSDT', price, '1000');
    await ctx.matcher.idle();
    await ctx.writes.idle();
  };
  const stop = async () => {
    apps = apps.filter((a) => a !== app);
    await app.stop();
  };
  return { app, ctx, clock, source, seen, tick, stop, file };
}

type Ctx = Awaited<ReturnType<typeof boot>>['ctx'];

async function newAgent(ctx: Ctx, name: string, startingBalance = '10000'): Promise<{ account: Account; agent: Agent }> {
  const reg = await registerAccount(ctx, { displayName: name, startingBalance });
  // Room for every order here: only the rules a test is about may refuse one.
  await updateAgentRiskProfile(ctx, reg.account, reg.agent.id, {
    max_position_size_pct: 100,
    max_order_size_pct: 100,
    order_rate_limit: 1000,
  });
  const agent = await ctx.db.selectFrom('agents').selectAll().where('id', '=', reg.agent.id).executeTakeFirstOrThrow();
  return { account: reg.account, agent };
}

async function balance(ctx: Ctx, agentId: string, asset: string): Promise<{ available: string; locked: string }> {
  const row = await ctx.db
    .selectFrom('balances')
    .select(['available', 'locked'])
    .where('agent_id', '=', agentId)
    .where('asset', '=', asset)
    .executeTakeFirst();
  return row ?? { available: '0.00000000', locked: '0.00000000' };
}

const orderRow = (ctx: Ctx, id: string): Promise<OrderRow> =>
  ctx.db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const fillOf = (ctx: Ctx, orderId: string) => ctx.db.selectFrom('fills').selectAll().where('order_id', '=', orderId).executeTakeFirst();

/** The DomainError a promise rejects with (any other outcome fails the test). */
async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError, the call succeeded');
}

const fieldsOf = (err: DomainError) => ((err.details?.errors ?? []) as Array<{ field: string }>).map((e) => e.field);

const btc = (o: Omit<OrderRequest, 'symbol'>): OrderRequest => ({ symbol: 'BTCUSDT', ...o });
/** 0.01 BTC at 60000 with 0.01 % slippage: 60006 × 0.01 = 600.06, fee 0.60006 → 600.66006 USDT. */
const BUY_001 = btc({ side: 'buy', type: 'market', quantity: '0.01' });
const AFTER_BUY_001 = '9399.33994000';

describe('time in force', () => {
  it('stores an unfilled IOC or FOK limit as expired with nothing locked; counted in the order rate, not in open orders', async () => {
    const { ctx, tick, seen } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'ioc');
    for (const tif of ['IOC', 'FOK'] as const) {
      const placed = await placeOrder(
        ctx,
        account,
        agent,
        btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '59000', timeInForce: tif }),
      );
      expect(placed.view.order).toMatchObject({
        status: 'expired',
        cancel_reason: 'expired',
        locked_amount: '0.00000000',
        time_in_force: tif,
      });
    }
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '10000.00000000', locked: '0.00000000' });
    const counts = await readNow(ctx.db, async (tx) => ({
      rate: await ctx.orderRate.count(tx, agent.id, ctx.clock.now()),
      open: await ledger.countPendingOrders(tx, agent.id),
    }));
    expect(counts).toEqual({ rate: 2, open: 0 });
    expect(ctx.matcher.pendingCount).toBe(0);
    expect(seen.map((s) => s.status)).toEqual(['expired', 'expired']);

    // A marketable IOC fills at once at the market price (no slippage for a limit): 600 + 0.6 fee.
    const filled = await placeOrder(
      ctx,
      account,
      agent,
      btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '61000', timeInForce: 'IOC' }),
    );
    expect(filled.view.order.status).toBe('filled');
    expect(filled.view.fill?.price).toBe('60000.00000000');
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '9399.40000000', locked: '0.00000000' });
  });

  it('expires a GTD order exactly at expire_at, releasing its lock and announcing it', async () => {
    const { ctx, clock, tick, seen } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'gtd');
    const expireAt = new Date(T0 + HOUR).toISOString();
    const placed = await placeOrder(
      ctx,
      account,
      agent,
      btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '59000', timeInForce: 'GTD', expireAt }),
    );
    // 0.01 × 59000 × 1.001
    expect(placed.view.order.locked_amount).toBe('590.59000000');
    expect(toOrderDto(placed.view)).toMatchObject({ time_in_force: 'GTD', expire_at: expireAt });
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '9409.41000000', locked: '590.59000000' });

    clock.advance(HOUR - 1);
    expect(await ctx.matcher.expireDue()).toBe(0);
    expect((await orderRow(ctx, placed.view.order.id)).status).toBe('pending');
    clock.advance(1);
    expect(await ctx.matcher.expireDue()).toBe(1);
    const row = await orderRow(ctx, placed.view.order.id);
    expect([row.status, row.cancel_reason, Number(row.closed_ms)]).toEqual(['expired', 'expired', T0 + HOUR]);
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '10000.00000000', locked: '0.00000000' });
    expect(ctx.matcher.pendingCount).toBe(0);
    expect(seen).toEqual([
      { id: row.id, status: 'pending', reason: null, stored: 'pending' },
      { id: row.id, status: 'expired', reason: 'expired', stored: 'expired' },
    ]);
  });

  it("expires a GTD order on the matcher's own timer", async () => {
    // The timer waits expire_at − clock.now() of real time and then expires what is due at the
    // clock's now: a manual clock moved to expire_at at once, and a 50 ms expiry, exercise it.
    const { ctx, clock, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'timer');
    const placed = await placeOrder(
      ctx,
      account,
      agent,
      btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '59000', timeInForce: 'GTD', expireAt: new Date(T0 + 50).toISOString() }),
    );
    clock.advance(50);
    await vi.waitFor(async () => expect((await orderRow(ctx, placed.view.order.id)).status).toBe('expired'), {
      timeout: 3000,
      interval: 20,
    });
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '10000.00000000', locked: '0.00000000' });
  });

  it('refuses an expire_at in the past, more than 7 days ahead or without GTD, and misplaced post-only or IOC', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'bad-expiry');
    const limit = btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '59000' });
    const cases: Array<[OrderRequest, string]> = [
      [{ ...limit, timeInForce: 'GTD', expireAt: new Date(T0 - 1000).toISOString() }, 'body.expire_at'],
      [{ ...limit, timeInForce: 'GTD', expireAt: new Date(T0).toISOString() }, 'body.expire_at'],
      [{ ...limit, timeInForce: 'GTD', expireAt: new Date(T0 + 7 * 86_400_000 + 1000).toISOString() }, 'body.expire_at'],
      [{ ...limit, timeInForce: 'GTD' }, 'body.expire_at'],
      [{ ...limit, expireAt: new Date(T0 + HOUR).toISOString() }, 'body.expire_at'],
      [{ ...limit, timeInForce: 'GTC', expireAt: new Date(T0 + HOUR).toISOString() }, 'body.expire_at'],
      [{ ...limit, postOnly: true, timeInForce: 'IOC' }, 'body.post_only'],
      [btc({ side: 'buy', type: 'stop_loss', quantity: '0.01', triggerPrice: '61000', postOnly: true }), 'body.post_only'],
      [btc({ side: 'buy', type: 'stop_loss', quantity: '0.01', triggerPrice: '61000', timeInForce: 'IOC' }), 'body.time_in_force'],
    ];
    const got = [];
    for (const [req] of cases) {
      try {
        await placeOrder(ctx, account, agent, req);
        got.push('accepted');
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        got.push(`${err.code} ${fieldsOf(err).join(',')}`);
      }
    }
    expect(got).toEqual(cases.map(([, field]) => `VALIDATION_ERROR ${field}`));
    // Exactly 7 days ahead is allowed.
    const week = await placeOrder(ctx, account, agent, {
      ...limit,
      timeInForce: 'GTD',
      expireAt: new Date(T0 + 7 * 86_400_000).toISOString(),
    });
    expect(week.view.order.status).toBe('pending');
  });

  it('fills a market order whatever its GTC, IOC or FOK, and refuses GTD on it (422 body.time_in_force)', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'market-tif');
    for (const tif of ['IOC', 'FOK', 'GTC', 'GTD'] as const) {
      const expireAt = tif === 'GTD' ? { expireAt: new Date(T0 + HOUR).toISOString() } : {};
      const got = await placeOrder(ctx, account, agent, { ...BUY_001, timeInForce: tif, ...expireAt }).then(
        (placed) => `accepted (${placed.view.order.status})`,
        (err: unknown) => (err instanceof DomainError ? `${err.code} ${fieldsOf(err).join(',')}` : String(err)),
      );
      expect(got, tif).toBe(tif === 'GTD' ? 'VALIDATION_ERROR body.time_in_force' : 'accepted (filled)');
    }
  });

  it('rejects a post-only limit that would take, and rests one that would not', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'maker');
    const err = await domainError(
      placeOrder(ctx, account, agent, btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '60500', postOnly: true })),
    );
    expect([err.code, err.details]).toEqual([
      'ORDER_REJECTED',
      expect.objectContaining({ reason: 'would_take', price: '60500.00000000', market_price: '60000.00000000' }),
    ]);
    expect(await ctx.db.selectFrom('orders').select('id').where('agent_id', '=', agent.id).execute()).toEqual([]);
    const rests = await placeOrder(
      ctx,
      account,
      agent,
      btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '59500', postOnly: true }),
    );
    expect([rests.view.order.status, toOrderDto(rests.view).post_only]).toEqual(['pending', true]);
  });
});

describe('trailing stops', () => {
  it('a sell follows the high and fires when the price falls back to its trigger', async () => {
    const { ctx, tick, seen } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'trail-sell');
    await placeOrder(ctx, account, agent, BUY_001);
    const placed = await placeOrder(
      ctx,
      account,
      agent,
      btc({ side: 'sell', type: 'trailing_stop', quantity: '0.01', trailAmount: '1000' }),
    );
    const id = placed.view.order.id;
    expect(toOrderDto(placed.view)).toMatchObject({
      status: 'pending',
      trigger_price: '59000.00000000',
      trail_best_price: '60000.00000000',
      trail_amount: '1000.00000000',
      locked_amount: '0.01000000',
    });
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.00000000', locked: '0.01000000' });

    await tick('61000');
    expect(toOrderDto(await getOrder(ctx, agent, id))).toMatchObject({
      trigger_price: '60000.00000000',
      trail_best_price: '61000.00000000',
    });
    await tick('62000');
    expect(toOrderDto(await getOrder(ctx, agent, id))).toMatchObject({
      trigger_price: '61000.00000000',
      trail_best_price: '62000.00000000',
    });
    await tick('61500'); // below the high: the trigger stays
    await tick('61000.01');
    expect((await getOrder(ctx, agent, id)).order.status).toBe('pending');
    expect(toOrderDto(await getOrder(ctx, agent, id))).toMatchObject({
      trigger_price: '61000.00000000',
      trail_best_price: '62000.00000000',
    });

    await tick('61000');
    const row = await orderRow(ctx, id);
    expect([row.status, row.price, row.trail_best]).toEqual(['filled', '61000.00000000', '62000.00000000']);
    // 61000 × 0.9999 = 60993.9; gross 609.939, fee 0.609939 → 609.329061 received.
    expect(await fillOf(ctx, id)).toMatchObject({ price: '60993.90000000', gross: '609.93900000', fee: '0.60993900' });
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '10008.66900100', locked: '0.00000000' });
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.00000000', locked: '0.00000000' });
    expect(seen.filter((s) => s.id === id).map((s) => s.status)).toEqual(['pending', 'filled']);
  });

  it('waits for its activation price with no trigger, then trails from the activating tick', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'trail-activation');
    await placeOrder(ctx, account, agent, BUY_001);
    const placed = await placeOrder(
      ctx,
      account,
      agent,
      btc({ side: 'sell', type: 'trailing_stop', quantity: '0.01', trailAmount: '500', activationPrice: '61000' }),
    );
    const id = placed.view.order.id;
    expect(toOrderDto(placed.view)).toMatchObject({ trigger_price: null, trail_best_price: null, activation_price: '61000.00000000' });
    expect(placed.view.order.locked_amount).toBe('0.01000000');

    // Not active yet: a fall below where it would trigger does nothing.
    await tick('59000');
    await tick('60900');
    expect(toOrderDto(await getOrder(ctx, agent, id))).toMatchObject({ status: 'pending', trigger_price: null, trail_best_price: null });
    await tick('61000');
    expect(toOrderDto(await getOrder(ctx, agent, id))).toMatchObject({
      trigger_price: '60500.00000000',
      trail_best_price: '61000.00000000',
    });
    await tick('61200');
    expect(toOrderDto(await getOrder(ctx, agent, id))).toMatchObject({
      trigger_price: '60700.00000000',
      trail_best_price: '61200.00000000',
    });
    await tick('60700');
    // 60700 × 0.9999 = 60693.93; gross 606.9393, fee 0.6069393.
    expect(await fillOf(ctx, id)).toMatchObject({ price: '60693.93000000', gross: '606.93930000', fee: '0.60693930' });
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '10005.67230070', locked: '0.00000000' });
  });

  it('a buy follows the low (trail_percent) and fires when the price rises back to its trigger', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'trail-buy');
    const placed = await placeOrder(ctx, account, agent, btc({ side: 'buy', type: 'trailing_stop', quantity: '0.01', trailPercent: '1' }));
    const id = placed.view.order.id;
    // Trigger 60000 × 1.01 = 60600; lock as a stop buy there: 0.01 × 60600 × 1.005 = 609.03, + fee 0.60903.
    expect(toOrderDto(placed.view)).toMatchObject({
      trigger_price: '60600.00000000',
      trail_best_price: '60000.00000000',
      locked_amount: '609.63903000',
    });
    await tick('59000');
    expect(toOrderDto(await getOrder(ctx, agent, id))).toMatchObject({
      trigger_price: '59590.00000000',
      trail_best_price: '59000.00000000',
    });
    await tick('58000');
    expect(toOrderDto(await getOrder(ctx, agent, id))).toMatchObject({
      trigger_price: '58580.00000000',
      trail_best_price: '58000.00000000',
    });
    await tick('58579.99');
    expect((await orderRow(ctx, id)).status).toBe('pending');
    await tick('58600');
    // 58600 × 1.0001 = 58605.86; gross 586.0586, fee 0.5860586 → 586.6446586 paid.
    expect(await fillOf(ctx, id)).toMatchObject({ price: '58605.86000000', gross: '586.05860000', fee: '0.58605860' });
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '9413.35534140', locked: '0.00000000' });
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.01000000', locked: '0.00000000' });
  });

  it('keeps no trigger when cancelled before its activation price was reached', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'trail-never-active');
    await placeOrder(ctx, account, agent, BUY_001);
    const placed = await placeOrder(
      ctx,
      account,
      agent,
      btc({ side: 'sell', type: 'trailing_stop', quantity: '0.01', trailAmount: '500', activationPrice: '62000' }),
    );
    const cancelled = await cancelOrder(ctx, agent, placed.view.order.id);
    expect(toOrderDto(cancelled.view)).toMatchObject({ status: 'cancelled', price: null, trigger_price: null, trail_best_price: null });
  });

  it('closes with its live trigger when cancelled or expired before the trigger was written behind', async () => {
    const { ctx, tick, clock } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'trail-close');
    const trail = btc({ side: 'buy', type: 'trailing_stop', quantity: '0.01', trailAmount: '500' });
    const cancelled = (await placeOrder(ctx, account, agent, trail)).view.order.id;
    const expiring = (
      await placeOrder(ctx, account, agent, { ...trail, timeInForce: 'GTD', expireAt: new Date(clock.now() + 60_000).toISOString() })
    ).view.order.id;
    await tick('59000'); // both lows move to 59000; storage still has 60000 (written every 30 s)
    expect((await orderRow(ctx, cancelled)).trail_best).toBe('60000.00000000');
    await cancelOrder(ctx, agent, cancelled);
    expect(await orderRow(ctx, cancelled)).toMatchObject({ status: 'cancelled', trail_best: '59000.00000000', price: '59500.00000000' });
    clock.advance(60_000);
    expect(await ctx.matcher.expireDue()).toBe(1);
    expect(await orderRow(ctx, expiring)).toMatchObject({ status: 'expired', trail_best: '59000.00000000', price: '59500.00000000' });
  });

  it('refuses a sell trail as large as the price', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'trail-too-wide');
    await placeOrder(ctx, account, agent, BUY_001);
    const err = await domainError(
      placeOrder(ctx, account, agent, btc({ side: 'sell', type: 'trailing_stop', quantity: '0.01', trailAmount: '60000' })),
    );
    expect([err.code, err.details?.reason]).toEqual(['INVALID_PRICE', 'trail_exceeds_price']);
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.01000000', locked: '0.00000000' });
  });

  it('keeps its trigger across a restart and fills on the next crossing tick', async () => {
    const clock = new ManualClock(T0);
    const first = await boot(clock);
    await first.tick('60000');
    const { account, agent } = await newAgent(first.ctx, 'trail-restart');
    await placeOrder(first.ctx, account, agent, BUY_001);
    const placed = await placeOrder(
      first.ctx,
      account,
      agent,
      btc({ side: 'sell', type: 'trailing_stop', quantity: '0.01', trailAmount: '1000' }),
    );
    const id = placed.view.order.id;
    await first.tick('61000');
    await first.tick('62000');
    await first.stop(); // writes the moved trigger behind

    const second = await boot(clock, first.file);
    expect(second.ctx.matcher.pendingCount).toBe(1);
    const row = await orderRow(second.ctx, id);
    expect([row.price, row.trail_best]).toEqual(['61000.00000000', '62000.00000000']);
    expect(toOrderDto(await getOrder(second.ctx, agent, id))).toMatchObject({
      trigger_price: '61000.00000000',
      trail_best_price: '62000.00000000',
    });
    await second.tick('61500');
    expect((await orderRow(second.ctx, id)).status).toBe('pending');
    await second.tick('61000');
    expect(await fillOf(second.ctx, id)).toMatchObject({ price: '60993.90000000', fee: '0.60993900' });
    expect(await balance(second.ctx, agent.id, 'USDT')).toEqual({ available: '10008.66900100', locked: '0.00000000' });
  });
});

const sellOco = (over: Partial<OcoRequest> = {}): OcoRequest => ({
  symbol: 'BTCUSDT',
  side: 'sell',
  quantity: '0.01',
  takeProfit: { price: '62000' },
  stopLoss: { trigger_price: '58000' },
  ...over,
});

describe('OCO groups', () => {
  it('locks the base once and, when the take-profit fills, cancels the stop in the same transaction', async () => {
    const { ctx, tick, seen } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'oco');
    await placeOrder(ctx, account, agent, BUY_001);
    const oco = await placeOco(ctx, account, agent, sellOco());
    const [tp, sl] = oco.views.map((v) => v.order);
    expect([tp!.type, tp!.group_id, tp!.locked_asset, tp!.locked_amount]).toEqual(['take_profit', oco.groupId, 'BTC', '0.01000000']);
    expect([sl!.type, sl!.group_id, sl!.locked_amount]).toEqual(['stop_loss', oco.groupId, '0.00000000']);
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.00000000', locked: '0.01000000' });
    expect(ctx.matcher.pendingCount).toBe(2);

    await tick('61999.99');
    await tick('62000');
    const [tpRow, slRow] = [await orderRow(ctx, tp!.id), await orderRow(ctx, sl!.id)];
    expect([tpRow.status, slRow.status, slRow.cancel_reason]).toEqual(['filled', 'cancelled', 'oco']);
    expect(Number(slRow.closed_ms)).toBe(Number(tpRow.closed_ms));
    // 62000 × 0.9999 = 61993.8; gross 619.938, fee 0.619938 → 619.318062.
    expect(await fillOf(ctx, tp!.id)).toMatchObject({ price: '61993.80000000', gross: '619.93800000', fee: '0.61993800' });
    expect(await fillOf(ctx, sl!.id)).toBeUndefined();
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '10018.65800200', locked: '0.00000000' });
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.00000000', locked: '0.00000000' });
    expect(ctx.matcher.pendingCount).toBe(0);
    // Each leg's transition is its own event, announced after both were stored.
    expect(seen.filter((s) => s.id === tp!.id || s.id === sl!.id)).toEqual([
      { id: tp!.id, status: 'pending', reason: null, stored: 'pending' },
      { id: sl!.id, status: 'pending', reason: null, stored: 'pending' },
      { id: tp!.id, status: 'filled', reason: null, stored: 'filled' },
      { id: sl!.id, status: 'cancelled', reason: 'oco', stored: 'cancelled' },
    ]);
    // A later crossing of the stop does nothing.
    await tick('57000');
    expect(await ctx.db.selectFrom('fills').select('id').where('agent_id', '=', agent.id).execute()).toHaveLength(2);
  });

  it('cancelling one leg cancels both; cancelOcoGroup cancels both; unknown or closed groups are refused', async () => {
    const { ctx, tick, seen } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'oco-cancel');
    await placeOrder(ctx, account, agent, BUY_001);

    const first = await placeOco(ctx, account, agent, sellOco());
    const [tp1, sl1] = first.views.map((v) => v.order.id);
    const cancelled = await cancelOrder(ctx, agent, sl1!);
    expect([cancelled.view.order.status, cancelled.view.order.cancel_reason]).toEqual(['cancelled', 'user']);
    expect(cancelled.others.map((v) => [v.order.id, v.order.status, v.order.cancel_reason])).toEqual([[tp1, 'cancelled', 'user']]);
    expect([cancelled.asset, cancelled.released]).toEqual(['BTC', 1_000_000n]);
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.01000000', locked: '0.00000000' });
    expect(seen.slice(-2).map((s) => [s.id, s.status, s.reason])).toEqual([
      [sl1, 'cancelled', 'user'],
      [tp1, 'cancelled', 'user'],
    ]);

    const second = await placeOco(ctx, account, agent, sellOco());
    const group = await cancelOcoGroup(ctx, agent, second.groupId);
    expect(group.views.map((v) => [v.order.status, v.order.cancel_reason])).toEqual([
      ['cancelled', 'user'],
      ['cancelled', 'user'],
    ]);
    expect([group.asset, group.released]).toEqual(['BTC', 1_000_000n]);
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.01000000', locked: '0.00000000' });
    expect(ctx.matcher.pendingCount).toBe(0);

    const again = await domainError(cancelOcoGroup(ctx, agent, second.groupId));
    expect(again.code).toBe('ORDER_NOT_CANCELLABLE');
    const unknown = await domainError(cancelOcoGroup(ctx, agent, '00000000-0000-4000-8000-000000000000'));
    expect([unknown.code, unknown.details?.group_id]).toEqual(['ORDER_NOT_FOUND', '00000000-0000-4000-8000-000000000000']);
    const other = await newAgent(ctx, 'stranger');
    expect((await domainError(cancelOcoGroup(ctx, other.agent, first.groupId))).code).toBe('ORDER_NOT_FOUND');
  });

  it('rejects a leg that would take or trigger at once (naming the leg), and a group it cannot lock', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'oco-reject');
    const broke = await newAgent(ctx, 'oco-no-base');
    await placeOrder(ctx, account, agent, BUY_001);
    const cases: Array<[OcoRequest, string, string]> = [
      [sellOco({ takeProfit: { type: 'limit', price: '59000' } }), 'would_take', 'take_profit'],
      [sellOco({ takeProfit: { price: '59000' } }), 'would_trigger_immediately', 'take_profit'],
      [sellOco({ stopLoss: { trigger_price: '61000' } }), 'would_trigger_immediately', 'stop_loss'],
      [
        sellOco({ side: 'buy', takeProfit: { type: 'limit', price: '61000' }, stopLoss: { trigger_price: '62000' } }),
        'would_take',
        'take_profit',
      ],
      [
        sellOco({ side: 'buy', takeProfit: { price: '59000' }, stopLoss: { trigger_price: '59500' } }),
        'would_trigger_immediately',
        'stop_loss',
      ],
    ];
    for (const [req, reason, leg] of cases) {
      const err = await domainError(placeOco(ctx, account, agent, req));
      expect([err.code, err.details?.reason, err.details?.leg], JSON.stringify(req)).toEqual(['ORDER_REJECTED', reason, leg]);
    }
    expect((await domainError(placeOco(ctx, broke.account, broke.agent, sellOco()))).code).toBe('INSUFFICIENT_BALANCE');
    expect(await ctx.db.selectFrom('orders').select('id').where('group_id', 'is not', null).execute()).toEqual([]);
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.01000000', locked: '0.00000000' });
  });

  it('expires both legs of a GTD group together, giving the base back', async () => {
    const { ctx, clock, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'oco-gtd');
    await placeOrder(ctx, account, agent, BUY_001);
    const oco = await placeOco(ctx, account, agent, sellOco({ timeInForce: 'GTD', expireAt: new Date(T0 + HOUR).toISOString() }));
    clock.advance(HOUR);
    expect(await ctx.matcher.expireDue()).toBe(1);
    const rows = await Promise.all(oco.views.map((v) => orderRow(ctx, v.order.id)));
    expect(rows.map((r) => [r.status, r.cancel_reason])).toEqual([
      ['expired', 'expired'],
      ['expired', 'expired'],
    ]);
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.01000000', locked: '0.00000000' });
    expect(ctx.matcher.pendingCount).toBe(0);
  });

  it('replays an Idempotency-Key with the same body and refuses a different one', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'oco-idem');
    await placeOrder(ctx, account, agent, BUY_001);
    const first = await placeOco(ctx, account, agent, sellOco(), 'oco-key');
    const again = await placeOco(ctx, account, agent, sellOco(), 'oco-key');
    expect([again.replayed, again.groupId, again.views.map((v) => v.order.id)]).toEqual([
      true,
      first.groupId,
      first.views.map((v) => v.order.id),
    ]);
    expect((await domainError(placeOco(ctx, account, agent, sellOco({ takeProfit: { price: '63000' } }), 'oco-key'))).code).toBe(
      'IDEMPOTENCY_CONFLICT',
    );
    expect(await ctx.db.selectFrom('orders').select('id').where('group_id', 'is not', null).execute()).toHaveLength(2);
  });
});

/** The legs a bracket entry placed, take-profit first. */
const legsOf = (ctx: Ctx, entryId: string) =>
  ctx.db.selectFrom('orders').selectAll().where('parent_order_id', '=', entryId).orderBy('created_ms').orderBy('type', 'desc').execute();

describe('brackets', () => {
  it('places both legs when a market entry fills; the stop later fires and the take-profit closes oco', async () => {
    const { ctx, tick, seen } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'bracket');
    const entry = await placeOrder(ctx, account, agent, {
      ...BUY_001,
      takeProfit: { price: '63000' },
      stopLoss: { trigger_price: '57000' },
    });
    expect(entry.view.order.status).toBe('filled');
    expect(toOrderDto(entry.view).bracket).toEqual({
      take_profit: { type: 'take_profit', price: '63000.00000000' },
      stop_loss: { type: 'stop_loss', trigger_price: '57000.00000000', trail_percent: null, trail_amount: null, activation_price: null },
    });
    const legs = await legsOf(ctx, entry.view.order.id);
    const tp = legs.find((l) => l.type === 'take_profit')!;
    const sl = legs.find((l) => l.type === 'stop_loss')!;
    expect(legs).toHaveLength(2);
    for (const leg of legs) {
      expect([leg.status, leg.side, leg.quantity, leg.parent_order_id]).toEqual(['pending', 'sell', '0.01000000', entry.view.order.id]);
    }
    expect(tp.group_id).not.toBeNull();
    expect(sl.group_id).toBe(tp.group_id);
    expect([tp.price, tp.locked_amount, sl.price, sl.locked_amount]).toEqual([
      '63000.00000000',
      '0.01000000',
      '57000.00000000',
      '0.00000000',
    ]);
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.00000000', locked: '0.01000000' });
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: AFTER_BUY_001, locked: '0.00000000' });
    expect(seen.map((s) => [s.id, s.status])).toEqual([
      [entry.view.order.id, 'filled'],
      [tp.id, 'pending'],
      [sl.id, 'pending'],
    ]);

    await tick('57000');
    expect((await orderRow(ctx, sl.id)).status).toBe('filled');
    expect([(await orderRow(ctx, tp.id)).status, (await orderRow(ctx, tp.id)).cancel_reason]).toEqual(['cancelled', 'oco']);
    // 57000 × 0.9999 = 56994.3; gross 569.943, fee 0.569943 → 569.373057.
    expect(await fillOf(ctx, sl.id)).toMatchObject({ price: '56994.30000000', gross: '569.94300000', fee: '0.56994300' });
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '9968.71299700', locked: '0.00000000' });
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.00000000', locked: '0.00000000' });
    expect(seen.slice(3).map((s) => [s.id, s.status, s.reason, s.stored])).toEqual([
      [sl.id, 'filled', null, 'filled'],
      [tp.id, 'cancelled', 'oco', 'cancelled'],
    ]);
  });

  it('rejects a bracket whose take-profit is not above, or whose stop is not below, the entry', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'bracket-invalid');
    const cases: Array<[OrderRequest, string]> = [
      [{ ...BUY_001, takeProfit: { price: '60000' } }, 'take_profit'],
      [{ ...btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '59000' }), stopLoss: { trigger_price: '59000' } }, 'stop_loss'],
    ];
    for (const [req, leg] of cases) {
      const err = await domainError(placeOrder(ctx, account, agent, req));
      expect([err.code, err.details?.reason, err.details?.leg]).toEqual(['ORDER_REJECTED', 'invalid_bracket', leg]);
    }
    expect(await ctx.db.selectFrom('orders').select('id').where('agent_id', '=', agent.id).execute()).toEqual([]);
  });

  it('never places the legs of a limit entry cancelled before it fills', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'bracket-cancel');
    const entry = await placeOrder(ctx, account, agent, {
      ...btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '59000' }),
      takeProfit: { price: '62000' },
      stopLoss: { trigger_price: '57000' },
    });
    expect(entry.view.order.status).toBe('pending');
    expect(await legsOf(ctx, entry.view.order.id)).toEqual([]);
    await cancelOrder(ctx, agent, entry.view.order.id);
    await tick('58000');
    await tick('56000');
    expect(await legsOf(ctx, entry.view.order.id)).toEqual([]);
    expect(await ctx.db.selectFrom('orders').select('id').where('agent_id', '=', agent.id).execute()).toHaveLength(1);
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '10000.00000000', locked: '0.00000000' });
  });

  it('fills a stop leg at once when the tick that fills the entry has gapped below it, closing the take-profit oco', async () => {
    const { ctx, tick, seen } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'bracket-gap');
    const entry = await placeOrder(ctx, account, agent, {
      ...btc({ side: 'buy', type: 'limit', quantity: '0.01', price: '59000' }),
      takeProfit: { price: '62000' },
      stopLoss: { trigger_price: '58000' },
    });
    await tick('57000');
    // The entry fills at its limit: 590 + fee 0.59 = its lock, 590.59.
    expect(await fillOf(ctx, entry.view.order.id)).toMatchObject({ price: '59000.00000000', fee: '0.59000000' });
    const legs = await legsOf(ctx, entry.view.order.id);
    const tp = legs.find((l) => l.type === 'take_profit')!;
    const sl = legs.find((l) => l.type === 'stop_loss')!;
    expect([sl.status, tp.status, tp.cancel_reason]).toEqual(['filled', 'cancelled', 'oco']);
    // The stop sells at the gapped tick: 57000 × 0.9999 = 56994.3 → 569.943 − 0.569943.
    expect(await fillOf(ctx, sl.id)).toMatchObject({ price: '56994.30000000', gross: '569.94300000', fee: '0.56994300' });
    expect([Number(sl.closed_ms), Number(tp.closed_ms)]).toEqual([T0, T0]);
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: '9978.78305700', locked: '0.00000000' });
    expect(await balance(ctx, agent.id, 'BTC')).toEqual({ available: '0.00000000', locked: '0.00000000' });
    expect(ctx.matcher.pendingCount).toBe(0);
    const position = await ctx.db.selectFrom('positions').select('quantity').where('agent_id', '=', agent.id).executeTakeFirst();
    expect(position?.quantity ?? '0.00000000').toBe('0.00000000');
    // One event per transition: the entry placed then filled, each leg once in its final state.
    expect(seen.slice(0, 2).map((s) => [s.id, s.status])).toEqual([
      [entry.view.order.id, 'pending'],
      [entry.view.order.id, 'filled'],
    ]);
    expect(
      seen
        .slice(2)
        .map((s) => [s.id, s.status, s.reason, s.stored])
        .sort(),
    ).toEqual(
      [
        [tp.id, 'cancelled', 'oco', 'cancelled'],
        [sl.id, 'filled', null, 'filled'],
      ].sort(),
    );
  });

  it('replays a client_order_id retry of a bracket order and refuses a different bracket with the same id', async () => {
    const { ctx, tick } = await boot();
    await tick('60000');
    const { account, agent } = await newAgent(ctx, 'bracket-retry');
    const req: OrderRequest = { ...BUY_001, clientOrderId: 'br-1', takeProfit: { price: '63000' }, stopLoss: { trigger_price: '57000' } };
    const first = await placeOrder(ctx, account, agent, req);
    const again = await placeOrder(ctx, account, agent, req);
    expect([again.replayed, again.view.order.id]).toEqual([true, first.view.order.id]);
    const conflict = await domainError(placeOrder(ctx, account, agent, { ...req, takeProfit: { price: '64000' } }));
    expect([conflict.code, conflict.details?.client_order_id]).toEqual(['IDEMPOTENCY_CONFLICT', 'br-1']);
    // One entry and its two legs: nothing more was placed.
    expect(await ctx.db.selectFrom('orders').select('id').where('agent_id', '=', agent.id).execute()).toHaveLength(3);
    expect(await balance(ctx, agent.id, 'USDT')).toEqual({ available: AFTER_BUY_001, locked: '0.00000000' });
  });
});
