// Advanced orders in the backtest sandbox, as a client reads them from openapi.yaml: time in force
// (IOC / GTD, expiring at the first step at or after `expire_at`), post-only, trailing stops that
// follow the step prices, brackets, and OCO pairs (POST /backtest/{id}/trade/oco). The session
// runs on the history the harness backfills; the test reads the same stored bars through
// /market/candles, so every price, trigger and lock below is computed from them exactly.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();

/** A decimal string as an integer count of 10^-8. */
function units(text: string): bigint {
  const [int, frac = ''] = text.split('.');
  return BigInt(int! + frac.padEnd(8, '0'));
}

/** An integer count of 10^-8 as the API writes it (non-negative here). */
const dec = (v: bigint) => `${v / 100_000_000n}.${(v % 100_000_000n).toString().padStart(8, '0')}`;

/** `value × num / den` in 10^-8 units, rounded half-even: the engine's one rounding rule. */
function scaleHalfEven(value: bigint, num: bigint, den: bigint): bigint {
  const q = (value * num) / den;
  const r = (value * num) % den;
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** The largest multiple of the BTCUSDT tick (0.01) at or below `v`. */
const toTick = (v: bigint) => v - (v % 1_000_000n);

describe('advanced orders in a backtest session', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  const key = (c: Credentials) => ({ 'X-API-Key': c.agentApiKey });
  let startMs: number;
  let endMs: number;
  const closes = new Map<number, string>();
  let session: string;
  /** A session created but never started. */
  let idle: string;
  let t: number;
  /** The step price at t. */
  let P: bigint;

  const priceAt = (ms: number) => closes.get(Math.floor(ms / MINUTE) * MINUTE - MINUTE)!;
  const call = (operationId: string, opts: { body?: unknown; query?: Record<string, string>; c?: Credentials; id?: string } = {}) =>
    server.call(operationId, {
      headers: key(opts.c ?? alice),
      path: { session_id: opts.id ?? session },
      body: opts.body,
      query: opts.query,
    });
  const order = (body: Record<string, unknown>) => call('placeBacktestOrder', { body: { symbol: 'BTCUSDT', ...body } });
  const oco = (body: Record<string, unknown>, opts: { id?: string; c?: Credentials } = {}) =>
    call('placeBacktestOcoOrder', { ...opts, body: { symbol: 'BTCUSDT', ...body } });
  const orders = async (): Promise<Map<string, any>> => {
    const res = await call('listBacktestOrders');
    expect(res.status).toBe(200);
    return new Map(res.body.orders.map((o: any) => [o.id, o]));
  };
  const step = async (steps: number) => {
    const res = await call('stepBacktestBatch', { body: { steps } });
    expect(res.status).toBe(200);
    t += steps * MINUTE;
    P = units(priceAt(t));
    return res.body;
  };
  const expectRejected = (res: { status: number; body: any }, status: number, code: string, details: Record<string, unknown> = {}) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.details ?? {}).toMatchObject(details);
  };

  beforeAll(async () => {
    server = await TestServer.start();
    alice = await server.registerAccount({ display_name: 'Advanced Alice' });
    bob = await server.registerAccount({ display_name: 'Advanced Bob' });
    startMs = Math.floor((server.clock.now() - 20 * HOUR) / HOUR) * HOUR;
    endMs = startMs + 2 * HOUR;
    const bars = await server.call('getCandles', {
      path: { symbol: 'BTCUSDT' },
      query: { interval: '1m', start_time: iso(startMs - MINUTE), end_time: iso(endMs), limit: '1000' },
    });
    expect(bars.status).toBe(200);
    for (const b of bars.body.candles as Array<{ time: string; close: string }>) closes.set(Date.parse(b.time), b.close);
    expect(closes.size).toBeGreaterThanOrEqual(121);
    const create = async () => {
      const res = await server.call('createBacktest', {
        headers: key(alice),
        body: { start_time: iso(startMs), end_time: iso(endMs), starting_balance: '10000', pairs: ['BTCUSDT'] },
      });
      expect(res.status).toBe(201);
      return res.body.session_id as string;
    };
    session = await create();
    idle = await create();
    expect((await call('startBacktest')).status).toBe(200);
    t = startMs;
    await step(1);
  });
  afterAll(() => server.stop());

  it('stores an unmarketable IOC limit as expired (201) with nothing locked', async () => {
    const res = await order({ side: 'buy', type: 'limit', quantity: '0.01', price: '1000', time_in_force: 'IOC' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'expired',
      type: 'limit',
      time_in_force: 'IOC',
      group_id: null,
      parent_order_id: null,
      executed_price: null,
      locked_amount: '0.00000000',
      simulated_at: iso(t),
    });
    expect((await orders()).get(res.body.order_id)).toMatchObject({
      status: 'expired',
      cancel_reason: 'expired',
      locked_amount: '0.00000000',
    });
    expect((await call('listBacktestOpenOrders')).body.count).toBe(0);
  });

  it('rests a GTD limit with every new field shown, and expires it at the first step at or after expire_at', async () => {
    const expireAt = iso(t + 3 * MINUTE);
    const res = await order({ side: 'buy', type: 'limit', quantity: '0.01', price: '1000', time_in_force: 'GTD', expire_at: expireAt });
    expect(res.status).toBe(201);
    // Lock: 0.01 × 1000 × 1.001 = 10.01.
    expect(res.body).toMatchObject({
      status: 'pending',
      time_in_force: 'GTD',
      group_id: null,
      parent_order_id: null,
      locked_amount: '10.01000000',
    });
    const id = res.body.order_id;
    expect((await orders()).get(id)).toEqual(
      expect.objectContaining({
        type: 'limit',
        price: '1000.00000000',
        stop_price: null,
        status: 'pending',
        time_in_force: 'GTD',
        expire_at: expireAt,
        post_only: false,
        group_id: null,
        parent_order_id: null,
        trail_percent: null,
        trail_amount: null,
        activation_price: null,
        trail_best_price: null,
        bracket: null,
        locked_amount: '10.01000000',
      }),
    );
    await step(2);
    expect((await orders()).get(id).status).toBe('pending');
    await step(1);
    // A closed sandbox order keeps showing what it had locked; the balance is what was released.
    expect((await orders()).get(id)).toMatchObject({ status: 'expired', cancel_reason: 'expired', closed_at: expireAt });
    const usdt = (await call('getBacktestBalance')).body.balances.find((b: any) => b.asset === 'USDT');
    expect(usdt).toMatchObject({ available: '10000.00000000', locked: '0.00000000' });
  });

  it('takes a GTD far past the session end (no upper bound), but not one at or before the virtual now', async () => {
    const far = await order({
      side: 'buy',
      type: 'limit',
      quantity: '0.01',
      price: '1000',
      time_in_force: 'GTD',
      expire_at: iso(t + 30 * 24 * HOUR),
    });
    expect(far.status).toBe(201);
    const cancel = await server.call('cancelBacktestOrder', {
      headers: key(alice),
      path: { session_id: session, order_id: far.body.order_id },
    });
    expect(cancel.body).toEqual({ order_id: far.body.order_id, cancelled: true });
    for (const [body, field] of [
      [{ type: 'limit', price: '1000', time_in_force: 'GTD', expire_at: iso(t) }, 'body.expire_at'],
      [{ type: 'limit', price: '1000', time_in_force: 'GTD' }, 'body.expire_at'],
      [{ type: 'market', time_in_force: 'GTD', expire_at: iso(t + HOUR) }, 'body.time_in_force'],
      [{ type: 'limit', price: '1000', post_only: true, time_in_force: 'FOK' }, 'body.post_only'],
      [{ type: 'trailing_stop', trail_percent: '1', trail_amount: '100' }, 'body.trail_percent'],
      [{ type: 'limit', price: '1000', activation_price: '900' }, 'body.trail_percent'],
    ] as const) {
      const res = await order({ side: 'buy', quantity: '0.01', ...body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(
        res.body.error.details.errors.map((e: any) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
  });

  it('rests a post-only limit and refuses one that would take (400 would_take)', async () => {
    const maker = await order({ side: 'buy', type: 'limit', quantity: '0.01', price: '1000', post_only: true });
    expect(maker.status).toBe(201);
    expect((await orders()).get(maker.body.order_id)).toMatchObject({ status: 'pending', post_only: true });
    await server.call('cancelBacktestOrder', { headers: key(alice), path: { session_id: session, order_id: maker.body.order_id } });
    const above = dec(toTick(P * 2n));
    expectRejected(await order({ side: 'buy', type: 'limit', quantity: '0.01', price: above, post_only: true }), 400, 'ORDER_REJECTED', {
      reason: 'would_take',
      price: above,
      market_price: dec(P),
    });
  });

  it('trails a sell stop behind the step prices: trail_best_price is the high, stop_price the current trigger', async () => {
    expect((await order({ side: 'buy', type: 'market', quantity: '0.01' })).body.status).toBe('filled');
    // A 50 % trail: far enough that two hours of data cannot reach it.
    const res = await order({ side: 'sell', type: 'trailing_stop', quantity: '0.01', trail_percent: '50' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'pending', type: 'trailing_stop', locked_asset: 'BTC', locked_amount: '0.01000000' });
    const id = res.body.order_id;
    let high = P;
    expect((await orders()).get(id)).toMatchObject({
      trail_percent: '50.00000000',
      trail_amount: null,
      activation_price: null,
      trail_best_price: dec(high),
      stop_price: dec(scaleHalfEven(high, 50n, 100n)),
      bracket: null,
    });
    for (let i = 0; i < 5; i++) {
      await step(1);
      if (P > high) high = P;
    }
    expect((await orders()).get(id)).toMatchObject({
      status: 'pending',
      trail_best_price: dec(high),
      stop_price: dec(scaleHalfEven(high, 50n, 100n)),
    });
    const cancel = await server.call('cancelBacktestOrder', { headers: key(alice), path: { session_id: session, order_id: id } });
    expect(cancel.body.cancelled).toBe(true);

    // A trail as large as the price leaves no trigger.
    expectRejected(
      await order({ side: 'sell', type: 'trailing_stop', quantity: '0.01', trail_amount: dec(toTick(P)) }),
      400,
      'INVALID_PRICE',
      {
        reason: 'trail_exceeds_price',
      },
    );
    // Not yet active below its activation price: no trigger, no best.
    const waiting = await order({
      side: 'sell',
      type: 'trailing_stop',
      quantity: '0.01',
      trail_percent: '1',
      activation_price: dec(toTick(P * 3n)),
    });
    expect(waiting.status).toBe(201);
    expect((await orders()).get(waiting.body.order_id)).toMatchObject({
      activation_price: dec(toTick(P * 3n)),
      trail_best_price: null,
      stop_price: null,
    });
    await server.call('cancelBacktestOrder', { headers: key(alice), path: { session_id: session, order_id: waiting.body.order_id } });
  });

  it('fills a bracket entry and places its legs (parent_order_id, one group_id) in the same step', async () => {
    const tp = dec(toTick(P * 2n));
    const sl = dec(toTick(P / 2n));
    const res = await order({
      side: 'buy',
      type: 'market',
      quantity: '0.01',
      take_profit: { type: 'limit', price: tp },
      stop_loss: { trigger_price: sl },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'filled', group_id: null, parent_order_id: null, time_in_force: 'GTC' });
    const entryId = res.body.order_id;
    const all = await orders();
    expect(all.get(entryId)).toMatchObject({
      bracket: {
        take_profit: { type: 'limit', price: tp },
        stop_loss: { type: 'stop_loss', trigger_price: sl, trail_percent: null, trail_amount: null, activation_price: null },
      },
    });
    const legs = [...all.values()].filter((o) => o.parent_order_id === entryId);
    expect(legs).toHaveLength(2);
    const take = legs.find((o) => o.type === 'limit');
    const stop = legs.find((o) => o.type === 'stop_loss');
    expect(take).toMatchObject({ side: 'sell', quantity: '0.01000000', price: tp, status: 'pending', bracket: null });
    expect(stop).toMatchObject({ side: 'sell', quantity: '0.01000000', stop_price: sl, status: 'pending' });
    expect(take.group_id).toEqual(expect.any(String));
    expect(stop.group_id).toBe(take.group_id);
    const open = (await call('listBacktestOpenOrders')).body.orders.map((o: any) => o.id).sort();
    expect(open).toEqual([take.id, stop.id].sort());

    // Cancelling one leg cancels its sibling too.
    await server.call('cancelBacktestOrder', { headers: key(alice), path: { session_id: session, order_id: stop.id } });
    const after = await orders();
    expect(after.get(take.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'user' });
    expect(after.get(stop.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'user' });

    expectRejected(
      await order({ side: 'buy', type: 'market', quantity: '0.001', stop_loss: { trigger_price: tp } }),
      400,
      'ORDER_REJECTED',
      { reason: 'invalid_bracket', leg: 'stop_loss', price: tp, entry_price: dec(P) },
    );
    const sellBracket = await order({ side: 'sell', type: 'market', quantity: '0.01', take_profit: { price: tp } });
    expect(sellBracket.status).toBe(422);
  });

  it('places an OCO pair (201): take-profit leg first with the one lock, the stop-loss leg at 0', async () => {
    const balances = async () => (await call('getBacktestBalance')).body.balances.find((b: any) => b.asset === 'BTC');
    const before = await balances();
    const tp = dec(toTick(P * 2n));
    const sl = dec(toTick(P / 2n));
    const res = await oco({ side: 'sell', quantity: '0.01', take_profit: { type: 'limit', price: tp }, stop_loss: { trigger_price: sl } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { group_id: groupId, orders: legs } = res.body;
    expect(legs[0]).toMatchObject({
      type: 'limit',
      side: 'sell',
      price: tp,
      status: 'pending',
      group_id: groupId,
      parent_order_id: null,
      locked_amount: '0.01000000',
      time_in_force: 'GTC',
    });
    expect(legs[1]).toMatchObject({
      type: 'stop_loss',
      side: 'sell',
      stop_price: sl,
      status: 'pending',
      group_id: groupId,
      locked_amount: '0.00000000',
    });
    const during = await balances();
    expect(units(during.locked) - units(before.locked)).toBe(units('0.01'));

    // One leg cancelled: both are.
    await server.call('cancelBacktestOrder', { headers: key(alice), path: { session_id: session, order_id: legs[0].id } });
    const after = await orders();
    for (const leg of legs) expect(after.get(leg.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'user' });
    expect(await balances()).toEqual(before);
  });

  it('places a GTD OCO pair that expires both legs together', async () => {
    const expireAt = iso(t + 2 * MINUTE);
    const res = await oco({
      side: 'sell',
      quantity: '0.01',
      take_profit: { price: dec(toTick(P * 2n)) },
      stop_loss: { type: 'trailing_stop', trail_percent: '50' },
      time_in_force: 'GTD',
      expire_at: expireAt,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [take, stop] = res.body.orders;
    expect(take).toMatchObject({ type: 'take_profit', time_in_force: 'GTD', expire_at: expireAt });
    expect(stop).toMatchObject({
      type: 'trailing_stop',
      trail_percent: '50.00000000',
      trail_best_price: dec(P),
      stop_price: dec(scaleHalfEven(P, 50n, 100n)),
      expire_at: expireAt,
    });
    await step(2);
    const after = await orders();
    for (const leg of [take, stop])
      expect(after.get(leg.id)).toMatchObject({ status: 'expired', cancel_reason: 'expired', closed_at: expireAt });
  });

  it('fills the first leg the data reaches and cancels its sibling (cancel_reason oco) in the same step', async () => {
    // Within the next 20 steps the price either rises above now (a take-profit limit there fills at
    // exactly its price) or falls below it (a stop there fires); the other leg is out of reach.
    const future = Array.from({ length: 20 }, (_, i) => ({ step: i + 1, close: units(priceAt(t + (i + 1) * MINUTE)) }));
    const high = future.reduce((a, b) => (b.close > a.close ? b : a));
    const low = future.reduce((a, b) => (b.close < a.close ? b : a));
    const rising = high.close > P;
    const target = rising ? high.close : low.close;
    expect(target).not.toBe(P);
    const body = rising
      ? { take_profit: { type: 'limit', price: dec(target) }, stop_loss: { trigger_price: dec(toTick(P / 2n)) } }
      : { take_profit: { type: 'limit', price: dec(toTick(P * 2n)) }, stop_loss: { trigger_price: dec(target) } };
    const res = await oco({ side: 'sell', quantity: '0.01', ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [take, stop] = res.body.orders;
    const [hit, other] = rising ? [take, stop] : [stop, take];
    const crossing = future.find((f) => (rising ? f.close >= target : f.close <= target))!;

    if (crossing.step > 1) await step(crossing.step - 1);
    expect((await orders()).get(hit.id).status).toBe('pending');
    const last = await step(1);
    // The step reports both: the leg it filled and the sibling it cancelled.
    expect(last.orders_filled).toEqual([
      expect.objectContaining({ order_id: hit.id, status: 'filled', executed_qty: '0.01000000', simulated_at: iso(t) }),
      expect.objectContaining({ order_id: other.id, status: 'cancelled', executed_price: null, simulated_at: iso(t) }),
    ]);
    const after = await orders();
    expect(after.get(hit.id)).toMatchObject({ status: 'filled', executed_qty: '0.01000000', group_id: res.body.group_id });
    if (rising) expect(after.get(hit.id).executed_price).toBe(dec(target));
    expect(after.get(other.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'oco', closed_at: iso(t) });
  });

  it('answers a broken rule as the live endpoint does, storing nothing', async () => {
    const count = (await call('listBacktestOrders')).body.count;
    const tp = dec(toTick(P * 2n));
    const sl = dec(toTick(P / 2n));
    expectRejected(
      await oco({ side: 'sell', quantity: '0.01', take_profit: { price: tp }, stop_loss: { trigger_price: tp } }),
      400,
      'ORDER_REJECTED',
      {
        reason: 'would_trigger_immediately',
        leg: 'stop_loss',
      },
    );
    expectRejected(
      await oco({ side: 'sell', quantity: '0.01', take_profit: { type: 'limit', price: sl }, stop_loss: { trigger_price: sl } }),
      400,
      'ORDER_REJECTED',
      { reason: 'would_take', leg: 'take_profit' },
    );
    expectRejected(
      await oco({ side: 'sell', quantity: '1', take_profit: { price: tp }, stop_loss: { trigger_price: sl } }),
      400,
      'INSUFFICIENT_BALANCE',
      {
        asset: 'BTC',
        required: '1.00000000',
      },
    );
    for (const [body, field] of [
      [{ side: 'sell', quantity: '0.01', take_profit: { price: tp } }, 'body.stop_loss'],
      [
        {
          side: 'sell',
          quantity: '0.01',
          take_profit: { price: tp },
          stop_loss: { trigger_price: sl },
          time_in_force: 'GTD',
          expire_at: iso(t),
        },
        'body.expire_at',
      ],
      [
        { side: 'sell', quantity: '0.01', take_profit: { price: tp }, stop_loss: { trigger_price: sl }, time_in_force: 'IOC' },
        'body.time_in_force',
      ],
    ] as const) {
      const res = await oco(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(
        res.body.error.details.errors.map((e: any) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect((await call('listBacktestOrders')).body.count).toBe(count);
  });

  it('answers 409 BACKTEST_INVALID_STATE on a session that is not running, 404 on an unknown or foreign one', async () => {
    const body = { side: 'sell', quantity: '0.01', take_profit: { price: '100000' }, stop_loss: { trigger_price: '1000' } };
    const early = await oco(body, { id: idle });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'BACKTEST_INVALID_STATE', details: { current_status: 'created' } });
    for (const [id, c] of [
      [randomUUID(), alice],
      [session, bob],
    ] as const) {
      const res = await oco(body, { id, c });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('BACKTEST_NOT_FOUND');
    }
  });

  it('answers 413 and 415 for a body it cannot read', async () => {
    const path = { session_id: session };
    const big = await server.call('placeBacktestOcoOrder', {
      headers: key(alice),
      path,
      rawBody: JSON.stringify({ padding: 'x'.repeat(70_000) }),
    });
    expect(big.status).toBe(413);
    const text = await server.call('placeBacktestOcoOrder', { headers: key(alice), path, rawBody: 'a=1', contentType: 'text/plain' });
    expect(text.status).toBe(415);
  });
});
