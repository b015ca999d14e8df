// Advanced orders as a client following the docs sees them: time in force (IOC / FOK / GTD),
// post-only, trailing stops, OCO pairs (POST /trade/oco, DELETE /trade/oco/{group_id}) and
// brackets. Prices are pushed exactly, so every amount is computed by hand from the documented
// rules — fee 0.1 % of gross; a market (or triggered) fill at the last price × (1 ± 0.01 %) for
// orders small against the pair's 24 h volume; a limit fill at exactly the limit; a resting sell
// locks its quantity, a resting limit buy qty × limit × 1.001, a resting stop buy
// qty × trigger × 1.005 × 1.001 (the largest slippage) — and asserted as exact 8-decimal strings.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials, type Reply } from '../../support/harness.js';

type Headers = Record<string, string>;
type Body = Record<string, unknown>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const key = (apiKey: string): Headers => ({ 'X-API-Key': apiKey });
const bearer = (token: string): Headers => ({ Authorization: `Bearer ${token}` });
const iso = (ms: number) => new Date(ms).toISOString();

/** What every order without an advanced feature shows in the new fields. */
const PLAIN = {
  time_in_force: 'GTC',
  expire_at: null,
  post_only: false,
  group_id: null,
  parent_order_id: null,
  trail_percent: null,
  trail_amount: null,
  activation_price: null,
  trail_best_price: null,
  bracket: null,
};

const place = (server: TestServer, h: Headers, body: Body, extra: Headers = {}) =>
  server.call('placeOrder', { headers: { ...h, ...extra }, body: { symbol: 'BTCUSDT', ...body } });
const oco = (server: TestServer, h: Headers, body: Body, extra: Headers = {}) =>
  server.call('placeOcoOrder', { headers: { ...h, ...extra }, body: { symbol: 'BTCUSDT', ...body } });
const getOrder = async (server: TestServer, h: Headers, id: string) => {
  const res = await server.call('getOrder', { headers: h, path: { order_id: id } });
  expect(res.status).toBe(200);
  return res.body;
};

async function placed(reply: Promise<Reply>): Promise<any> {
  const res = await reply;
  if (res.status !== 201) throw new Error(`refused: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function wallet(server: TestServer, h: Headers): Promise<Record<string, { available: string; locked: string }>> {
  const res = await server.call('getBalance', { headers: h });
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.balances.map((b: any) => [b.asset, { available: b.available, locked: b.locked }]));
}

async function newTrader(server: TestServer, overrides: Record<string, unknown> = {}): Promise<{ creds: Credentials; h: Headers }> {
  const creds = await server.registerAccount(overrides);
  return { creds, h: key(creds.agentApiKey) };
}

/** Pushes one exact trade and waits until every order it moved or triggered is written. */
async function tradeAt(server: TestServer, price: string, symbol = 'BTCUSDT'): Promise<void> {
  server.pushPrice(symbol, price);
  await server.app.services.matcher.idle();
}

async function expectRejected(reply: Promise<Reply>, status: number, code: string, details: Record<string, unknown> = {}) {
  const res = await reply;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.details).toMatchObject(details);
  return res;
}

/**
 * A trader at BTC 60000 holding 0.01 BTC, bought at market: 0.01 × 60006 = 600.06 + fee 0.60006,
 * so 10000 − 600.66006 = 9399.33994 USDT left.
 */
async function holderAt60k(server: TestServer) {
  server.pushPrice('BTCUSDT', '60000');
  const t = await newTrader(server);
  await placed(place(server, t.h, { side: 'buy', type: 'market', quantity: '0.01' }));
  expect(await wallet(server, t.h)).toEqual({
    BTC: { available: '0.01000000', locked: '0.00000000' },
    USDT: { available: '9399.33994000', locked: '0.00000000' },
  });
  return t;
}

// =================================================================================================

describe('time in force and post-only', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('shows the new fields with their defaults on a plain order', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const order = await placed(place(server, h, { side: 'buy', type: 'market', quantity: '0.01' }));
    expect(order).toMatchObject({ status: 'filled', executed_price: '60006.00000000', ...PLAIN });
    expect(await getOrder(server, h, order.order_id)).toMatchObject(PLAIN);
  });

  it('stores an unmarketable IOC / FOK limit as expired (201), locking nothing', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    for (const tif of ['IOC', 'FOK']) {
      const res = await place(server, h, { side: 'buy', type: 'limit', quantity: '0.01', price: '59000', time_in_force: tif });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        ...PLAIN,
        status: 'expired',
        cancel_reason: 'expired',
        time_in_force: tif,
        price: '59000.00000000',
        executed_quantity: null,
        fee: null,
        locked_asset: null,
        locked_amount: '0.00000000',
        filled_at: null,
        cancelled_at: iso(server.clock.now()),
      });
    }
    expect(await wallet(server, h)).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
    expect((await server.call('listOpenOrders', { headers: h })).body.total).toBe(0);
    expect((await server.call('listOrders', { headers: h, query: { status: 'expired' } })).body.total).toBe(2);
    // The price crossing later does not revive them.
    await tradeAt(server, '58000');
    expect(await wallet(server, h)).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
  });

  it('fills a marketable FOK / IOC limit at once, at the market price without slippage', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    // 0.01 × 60000 = 600, fee 0.6.
    const order = await placed(place(server, h, { side: 'buy', type: 'limit', quantity: '0.01', price: '61000', time_in_force: 'FOK' }));
    expect(order).toMatchObject({
      status: 'filled',
      time_in_force: 'FOK',
      executed_price: '60000.00000000',
      slippage_pct: '0.00000000',
      fee: '0.60000000',
      total_cost: '600.60000000',
    });
    // Sell it back: 0.01 × 60000 = 600 − fee 0.6.
    const out = await placed(place(server, h, { side: 'sell', type: 'limit', quantity: '0.01', price: '59000', time_in_force: 'IOC' }));
    expect(out).toMatchObject({ status: 'filled', time_in_force: 'IOC', executed_price: '60000.00000000', total_cost: '599.40000000' });
    expect((await wallet(server, h)).USDT).toEqual({ available: '9998.80000000', locked: '0.00000000' });
  });

  it('still applies the funds rules to an IOC: a rejected one stores nothing', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server, { starting_balance: '100' });
    // 0.002 × 60000 = 120 + fee 0.12 = 120.12 > 100
    await expectRejected(
      place(server, h, { side: 'buy', type: 'limit', quantity: '0.002', price: '61000', time_in_force: 'IOC' }),
      400,
      'INSUFFICIENT_BALANCE',
      { asset: 'USDT', available: '100.00000000' },
    );
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(0);
  });

  it('rests a GTD order with expire_at echoed, and expires it exactly at that time, releasing its lock', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const expireAt = iso(server.clock.now() + HOUR);
    // Lock: 0.01 × 59000 × 1.001 = 590.59.
    const order = await placed(
      place(server, h, { side: 'buy', type: 'limit', quantity: '0.01', price: '59000', time_in_force: 'GTD', expire_at: expireAt }),
    );
    expect(order).toMatchObject({ status: 'pending', time_in_force: 'GTD', expire_at: expireAt, locked_amount: '590.59000000' });
    expect((await wallet(server, h)).USDT).toEqual({ available: '9409.41000000', locked: '590.59000000' });

    server.clock.advance(HOUR - 1);
    await server.app.services.matcher.expireDue();
    expect((await getOrder(server, h, order.order_id)).status).toBe('pending');

    server.clock.advance(1);
    expect(await server.app.services.matcher.expireDue()).toBe(1);
    expect(await getOrder(server, h, order.order_id)).toMatchObject({
      status: 'expired',
      cancel_reason: 'expired',
      expire_at: expireAt,
      cancelled_at: expireAt,
      locked_asset: null,
      locked_amount: '0.00000000',
    });
    expect(await wallet(server, h)).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
    // Out of the matcher: a crossing price fills nothing.
    await tradeAt(server, '58000');
    expect((await getOrder(server, h, order.order_id)).status).toBe('expired');
  });

  it('rests a post-only limit, and rejects one that would take with 400 would_take', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const maker = await placed(place(server, h, { side: 'buy', type: 'limit', quantity: '0.01', price: '59000', post_only: true }));
    expect(maker).toMatchObject({ status: 'pending', post_only: true, time_in_force: 'GTC' });
    await expectRejected(
      place(server, h, { side: 'buy', type: 'limit', quantity: '0.01', price: '61000', post_only: true }),
      400,
      'ORDER_REJECTED',
      {
        reason: 'would_take',
        price: '61000.00000000',
        market_price: '60000.00000000',
      },
    );
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(1);
    expect((await wallet(server, h)).USDT).toEqual({ available: '9409.41000000', locked: '590.59000000' });
  });

  it.each([
    ['GTD with expire_at in the past', { type: 'limit', price: '59000', time_in_force: 'GTD', expire_at: 'past' }, 'body.expire_at'],
    ['GTD more than 7 days ahead', { type: 'limit', price: '59000', time_in_force: 'GTD', expire_at: 'far' }, 'body.expire_at'],
    ['GTD without expire_at', { type: 'limit', price: '59000', time_in_force: 'GTD' }, 'body.expire_at'],
    ['expire_at without GTD', { type: 'limit', price: '59000', expire_at: 'soon' }, 'body.expire_at'],
    ['GTD on a market order', { type: 'market', time_in_force: 'GTD', expire_at: 'soon' }, 'body.time_in_force'],
    ['IOC on a stop-loss', { side: 'sell', type: 'stop_loss', trigger_price: '59000', time_in_force: 'IOC' }, 'body.time_in_force'],
    ['post_only on a market order', { type: 'market', post_only: true }, 'body.post_only'],
    ['post_only with IOC', { type: 'limit', price: '59000', post_only: true, time_in_force: 'IOC' }, 'body.post_only'],
    ['a trailing stop without trail', { side: 'sell', type: 'trailing_stop' }, 'body.trail_percent'],
    [
      'a trailing stop with both trails',
      { side: 'sell', type: 'trailing_stop', trail_percent: '1', trail_amount: '100' },
      'body.trail_percent',
    ],
    ['a price on a trailing stop', { side: 'sell', type: 'trailing_stop', trail_percent: '1', price: '59000' }, 'body.price'],
    [
      'a trigger_price on a trailing stop',
      { side: 'sell', type: 'trailing_stop', trail_percent: '1', trigger_price: '59000' },
      'body.trigger_price',
    ],
    ['trail_percent on a limit', { type: 'limit', price: '59000', trail_percent: '1' }, 'body.trail_percent'],
    ['a trail_percent of 100', { side: 'sell', type: 'trailing_stop', trail_percent: '100' }, 'body.trail_percent'],
    ['a bracket on a sell', { side: 'sell', type: 'market', take_profit: { price: '62000' } }, 'body.take_profit'],
    [
      'a bracket on a stop-loss entry',
      { type: 'stop_loss', trigger_price: '61000', stop_loss: { trigger_price: '58000' } },
      'body.take_profit',
    ],
    [
      'a trail field on a stop_loss leg',
      { type: 'market', stop_loss: { trigger_price: '58000', trail_percent: '1' } },
      'body.stop_loss.trail_percent',
    ],
  ])('refuses %s with 422 VALIDATION_ERROR', async (_name, fields: Body, field) => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const t = server.clock.now();
    const at = { past: iso(t - 1000), far: iso(t + 7 * DAY + 1000), soon: iso(t + HOUR) } as Record<string, string>;
    const body: Body = { side: 'buy', quantity: '0.01', ...fields };
    if (typeof body.expire_at === 'string') body.expire_at = at[body.expire_at];
    const res = await place(server, h, body);
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.details.errors.map((e: any) => e.field)).toContain(field);
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(0);
  });

  it('accepts a GTD exactly 7 days ahead', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const expireAt = iso(server.clock.now() + 7 * DAY);
    const order = await placed(
      place(server, h, { side: 'buy', type: 'limit', quantity: '0.01', price: '59000', time_in_force: 'GTD', expire_at: expireAt }),
    );
    expect(order.expire_at).toBe(expireAt);
  });
});

// =================================================================================================

describe('trailing stops', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('follows the high with its trigger (GET shows it) and fires on the fall as a market sell', async () => {
    const { h } = await holderAt60k(server);
    const order = await placed(place(server, h, { side: 'sell', type: 'trailing_stop', quantity: '0.01', trail_amount: '1000' }));
    expect(order).toMatchObject({
      status: 'pending',
      type: 'trailing_stop',
      time_in_force: 'GTC',
      trail_amount: '1000.00000000',
      trail_percent: null,
      activation_price: null,
      trail_best_price: '60000.00000000',
      trigger_price: '59000.00000000',
      price: '59000.00000000',
      locked_asset: 'BTC',
      locked_amount: '0.01000000',
      group_id: null,
      parent_order_id: null,
      bracket: null,
    });
    expect((await wallet(server, h)).BTC).toEqual({ available: '0.00000000', locked: '0.01000000' });

    await tradeAt(server, '61000'); // a new high: the trigger moves up
    expect(await getOrder(server, h, order.order_id)).toMatchObject({
      status: 'pending',
      trail_best_price: '61000.00000000',
      trigger_price: '60000.00000000',
      price: '60000.00000000',
    });
    await tradeAt(server, '60000.01'); // lower, above the trigger: nothing moves
    expect(await getOrder(server, h, order.order_id)).toMatchObject({
      status: 'pending',
      trail_best_price: '61000.00000000',
      trigger_price: '60000.00000000',
    });

    // Fires at 59900 × 0.9999 = 59894.01; gross 598.9401; fee 0.5989401; proceeds 598.3411599.
    await tradeAt(server, '59900');
    expect(await getOrder(server, h, order.order_id)).toMatchObject({
      status: 'filled',
      type: 'trailing_stop',
      executed_price: '59894.01000000',
      slippage_pct: '0.01000000',
      fee: '0.59894010',
      total_cost: '598.34115990',
      locked_asset: null,
      locked_amount: '0.00000000',
    });
    // 9399.33994 + 598.3411599
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.00000000', locked: '0.00000000' },
      USDT: { available: '9997.68109990', locked: '0.00000000' },
    });
    const fill = (await server.call('getTradeHistory', { headers: h, query: { limit: '1' } })).body.trades[0];
    expect(fill).toMatchObject({ order_id: order.order_id, price: '59894.01000000' });
  });

  it('waits for its activation price: no trigger until then, then a percent trail from that tick', async () => {
    const { h } = await holderAt60k(server);
    const order = await placed(
      place(server, h, { side: 'sell', type: 'trailing_stop', quantity: '0.01', trail_percent: '2', activation_price: '62000' }),
    );
    expect(order).toMatchObject({
      status: 'pending',
      trail_percent: '2.00000000',
      trail_amount: null,
      activation_price: '62000.00000000',
      trail_best_price: null,
      trigger_price: null,
      price: null,
      locked_asset: 'BTC',
      locked_amount: '0.01000000',
    });
    await tradeAt(server, '58000'); // below the activation price: an inactive trail never fires
    expect(await getOrder(server, h, order.order_id)).toMatchObject({ status: 'pending', trigger_price: null, trail_best_price: null });

    // Activates at 62500: trigger 62500 × 0.98 = 61250.
    await tradeAt(server, '62500');
    expect(await getOrder(server, h, order.order_id)).toMatchObject({
      status: 'pending',
      trail_best_price: '62500.00000000',
      trigger_price: '61250.00000000',
      price: '61250.00000000',
    });
    // 63000.37 × 0.98 = 61740.3626
    await tradeAt(server, '63000.37');
    expect(await getOrder(server, h, order.order_id)).toMatchObject({
      trail_best_price: '63000.37000000',
      trigger_price: '61740.36260000',
    });

    const cancelled = await server.call('cancelOrder', { headers: h, path: { order_id: order.order_id } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      unlocked_asset: 'BTC',
      unlocked_amount: '0.01000000',
      order: { status: 'cancelled', cancel_reason: 'user' },
    });
  });

  it('trails the low with a buy, locking for its first trigger at the largest slippage', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    // Trigger 60000 + 500 = 60500; lock 0.01 × 60500 × 1.005 = 608.025 + fee 0.608025 = 608.633025.
    const order = await placed(place(server, h, { side: 'buy', type: 'trailing_stop', quantity: '0.01', trail_amount: '500' }));
    expect(order).toMatchObject({
      status: 'pending',
      trail_best_price: '60000.00000000',
      trigger_price: '60500.00000000',
      locked_asset: 'USDT',
      locked_amount: '608.63302500',
    });
    await tradeAt(server, '59000'); // a new low: trigger 59500
    expect(await getOrder(server, h, order.order_id)).toMatchObject({
      trail_best_price: '59000.00000000',
      trigger_price: '59500.00000000',
    });
    // Fires at 59600 × 1.0001 = 59605.96; gross 596.0596; fee 0.5960596; cost 596.6556596.
    await tradeAt(server, '59600');
    expect(await getOrder(server, h, order.order_id)).toMatchObject({
      status: 'filled',
      executed_price: '59605.96000000',
      fee: '0.59605960',
      total_cost: '596.65565960',
    });
    // The rest of the lock is released: 10000 − 596.6556596.
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.01000000', locked: '0.00000000' },
      USDT: { available: '9403.34434040', locked: '0.00000000' },
    });
  });

  it('refuses a sell trail as large as the price with 400 INVALID_PRICE trail_exceeds_price', async () => {
    const { h } = await holderAt60k(server);
    await expectRejected(
      place(server, h, { side: 'sell', type: 'trailing_stop', quantity: '0.01', trail_amount: '60000' }),
      400,
      'INVALID_PRICE',
      { reason: 'trail_exceeds_price' },
    );
    expect((await wallet(server, h)).BTC).toEqual({ available: '0.01000000', locked: '0.00000000' });
  });

  it('refuses a trail_amount off the tick size with 400 INVALID_PRICE', async () => {
    const { h } = await holderAt60k(server);
    await expectRejected(
      place(server, h, { side: 'sell', type: 'trailing_stop', quantity: '0.01', trail_amount: '100.005' }),
      400,
      'INVALID_PRICE',
    );
  });
});

// =================================================================================================

describe('OCO pairs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  const sellPair = { side: 'sell', quantity: '0.01', take_profit: { price: '62000' }, stop_loss: { trigger_price: '58000' } };

  it('places a sell pair (201): take-profit leg first holding the one lock, and one leg filling cancels the other', async () => {
    const { h } = await holderAt60k(server);
    const res = await oco(server, h, sellPair);
    expect(res.status).toBe(201);
    const { group_id: groupId, orders } = res.body;
    expect(orders).toHaveLength(2);
    const [tp, sl] = orders;
    expect(tp).toMatchObject({
      status: 'pending',
      side: 'sell',
      type: 'take_profit',
      quantity: '0.01000000',
      trigger_price: '62000.00000000',
      group_id: groupId,
      parent_order_id: null,
      time_in_force: 'GTC',
      locked_asset: 'BTC',
      locked_amount: '0.01000000',
    });
    expect(sl).toMatchObject({
      status: 'pending',
      side: 'sell',
      type: 'stop_loss',
      trigger_price: '58000.00000000',
      group_id: groupId,
      locked_amount: '0.00000000',
    });
    // The quantity is locked once.
    expect((await wallet(server, h)).BTC).toEqual({ available: '0.00000000', locked: '0.01000000' });
    expect((await server.call('listOpenOrders', { headers: h })).body.total).toBe(2);

    // Fires at 62100 × 0.9999 = 62093.79; gross 620.9379; fee 0.6209379; proceeds 620.3169621.
    await tradeAt(server, '62100');
    expect(await getOrder(server, h, tp.order_id)).toMatchObject({
      status: 'filled',
      executed_price: '62093.79000000',
      fee: '0.62093790',
      total_cost: '620.31696210',
    });
    expect(await getOrder(server, h, sl.order_id)).toMatchObject({
      status: 'cancelled',
      cancel_reason: 'oco',
      locked_amount: '0.00000000',
    });
    // 9399.33994 + 620.3169621
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.00000000', locked: '0.00000000' },
      USDT: { available: '10019.65690210', locked: '0.00000000' },
    });
    // The stop is out of the matcher.
    await tradeAt(server, '57000');
    expect((await getOrder(server, h, sl.order_id)).status).toBe('cancelled');

    // A group with no pending leg cannot be cancelled.
    const closed = await server.call('cancelOcoOrder', { headers: h, path: { group_id: groupId } });
    expect(closed.status).toBe(409);
    expect(closed.body.error).toMatchObject({ code: 'ORDER_NOT_CANCELLABLE', details: { group_id: groupId } });
  });

  it('fills the stop-loss leg on the fall with the group lock, cancelling the take-profit', async () => {
    const { h } = await holderAt60k(server);
    const [tp, sl] = (await placed(oco(server, h, sellPair))).orders;
    // Fires at 57900 × 0.9999 = 57894.21; gross 578.9421; fee 0.5789421; proceeds 578.3631579.
    await tradeAt(server, '57900');
    expect(await getOrder(server, h, sl.order_id)).toMatchObject({
      status: 'filled',
      executed_price: '57894.21000000',
      total_cost: '578.36315790',
    });
    expect(await getOrder(server, h, tp.order_id)).toMatchObject({ status: 'cancelled', cancel_reason: 'oco', locked_asset: null });
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.00000000', locked: '0.00000000' },
      USDT: { available: '9977.70309790', locked: '0.00000000' },
    });
  });

  it('places a buy pair with a trailing stop leg: the larger leg lock, held by the take-profit leg', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    // TP take_profit buy at 59000 locks 0.01 × 59000 × 1.005 = 592.95 + fee 0.59295 = 593.54295;
    // SL trailing buy, trail 1000 from 60000: trigger 61000 → 0.01 × 61000 × 1.005 = 613.05 + 0.61305 = 613.66305.
    const group = await placed(
      oco(server, h, {
        side: 'buy',
        quantity: '0.01',
        take_profit: { type: 'take_profit', price: '59000' },
        stop_loss: { type: 'trailing_stop', trail_amount: '1000' },
      }),
    );
    const [tp, sl] = group.orders;
    expect(tp).toMatchObject({ side: 'buy', type: 'take_profit', locked_asset: 'USDT', locked_amount: '613.66305000' });
    expect(sl).toMatchObject({
      side: 'buy',
      type: 'trailing_stop',
      trail_amount: '1000.00000000',
      trail_best_price: '60000.00000000',
      trigger_price: '61000.00000000',
      locked_amount: '0.00000000',
    });
    expect((await wallet(server, h)).USDT).toEqual({ available: '9386.33695000', locked: '613.66305000' });

    // Cancelling one leg by its order id cancels both and releases the whole lock.
    const res = await server.call('cancelOrder', { headers: h, path: { order_id: sl.order_id } });
    expect(res.status).toBe(200);
    expect(await getOrder(server, h, tp.order_id)).toMatchObject({
      status: 'cancelled',
      cancel_reason: 'user',
      locked_amount: '0.00000000',
    });
    expect(await getOrder(server, h, sl.order_id)).toMatchObject({ status: 'cancelled', cancel_reason: 'user' });
    expect(await wallet(server, h)).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
  });

  it('cancels a group by its id (200) with what its lock released; 404 for an unknown or foreign group; 422 for a malformed id', async () => {
    const { h } = await holderAt60k(server);
    const expireAt = iso(server.clock.now() + DAY);
    const group = await placed(oco(server, h, { ...sellPair, time_in_force: 'GTD', expire_at: expireAt }));
    for (const leg of group.orders) expect(leg).toMatchObject({ time_in_force: 'GTD', expire_at: expireAt });

    const { h: stranger } = await newTrader(server);
    const foreign = await server.call('cancelOcoOrder', { headers: stranger, path: { group_id: group.group_id } });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error).toMatchObject({ code: 'ORDER_NOT_FOUND', details: { group_id: group.group_id } });

    const res = await server.call('cancelOcoOrder', { headers: h, path: { group_id: group.group_id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ group_id: group.group_id, unlocked_asset: 'BTC', unlocked_amount: '0.01000000' });
    expect(res.body.orders.map((o: any) => o.order_id)).toEqual(group.orders.map((o: any) => o.order_id));
    for (const leg of res.body.orders)
      expect(leg).toMatchObject({ status: 'cancelled', cancel_reason: 'user', locked_amount: '0.00000000' });
    expect((await wallet(server, h)).BTC).toEqual({ available: '0.01000000', locked: '0.00000000' });

    const again = await server.call('cancelOcoOrder', { headers: h, path: { group_id: group.group_id } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ORDER_NOT_CANCELLABLE');

    const unknownId = randomUUID();
    const unknown = await server.call('cancelOcoOrder', { headers: h, path: { group_id: unknownId } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'ORDER_NOT_FOUND', details: { group_id: unknownId } });
    const bad = await server.call('cancelOcoOrder', { headers: h, path: { group_id: 'group-1' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.errors.map((e: any) => e.field)).toContain('path.group_id');
  });

  it('expires both legs when a GTD group reaches expire_at', async () => {
    const { h } = await holderAt60k(server);
    const expireAt = iso(server.clock.now() + HOUR);
    const [tp, sl] = (await placed(oco(server, h, { ...sellPair, time_in_force: 'GTD', expire_at: expireAt }))).orders;
    server.clock.advance(HOUR);
    await server.app.services.matcher.expireDue();
    for (const id of [tp.order_id, sl.order_id]) {
      expect(await getOrder(server, h, id)).toMatchObject({ status: 'expired', cancel_reason: 'expired', locked_amount: '0.00000000' });
    }
    expect((await wallet(server, h)).BTC).toEqual({ available: '0.01000000', locked: '0.00000000' });
  });

  it('replays the same Idempotency-Key with 200 Idempotent-Replayed, and answers a different body 409', async () => {
    const { h } = await holderAt60k(server);
    const idem = { 'Idempotency-Key': randomUUID() };
    const first = await oco(server, h, sellPair, idem);
    expect(first.status).toBe(201);
    const again = await oco(server, h, sellPair, idem);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await oco(server, h, { ...sellPair, take_profit: { price: '63000' } }, idem);
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', details: { idempotency_key: idem['Idempotency-Key'] } });
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(3); // the buy and one pair
    expect((await wallet(server, h)).BTC).toEqual({ available: '0.00000000', locked: '0.01000000' });
  });

  it('rejects a leg already on the wrong side of the market with details.leg, storing nothing', async () => {
    const { h } = await holderAt60k(server);
    await expectRejected(
      oco(server, h, {
        side: 'buy',
        quantity: '0.01',
        take_profit: { type: 'limit', price: '61000' },
        stop_loss: { trigger_price: '62000' },
      }),
      400,
      'ORDER_REJECTED',
      { reason: 'would_take', leg: 'take_profit', price: '61000.00000000', market_price: '60000.00000000' },
    );
    await expectRejected(oco(server, h, { ...sellPair, stop_loss: { trigger_price: '61000' } }), 400, 'ORDER_REJECTED', {
      reason: 'would_trigger_immediately',
      leg: 'stop_loss',
      trigger_price: '61000.00000000',
      market_price: '60000.00000000',
    });
    await expectRejected(oco(server, h, { ...sellPair, take_profit: { price: '59000' } }), 400, 'ORDER_REJECTED', {
      reason: 'would_trigger_immediately',
      leg: 'take_profit',
    });
    expect((await server.call('listOpenOrders', { headers: h })).body.total).toBe(0);
    expect((await wallet(server, h)).BTC).toEqual({ available: '0.01000000', locked: '0.00000000' });
  });

  it('answers 400 INSUFFICIENT_BALANCE for a sell pair without the coins', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    await expectRejected(oco(server, h, sellPair), 400, 'INSUFFICIENT_BALANCE', {
      asset: 'BTC',
      required: '0.01000000',
      available: '0.00000000',
    });
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(0);
  });

  it('runs the risk chain on the second leg as if the first were placed (max_open_orders)', async () => {
    const { h } = await holderAt60k(server);
    expect((await server.call('updateAccountRiskProfile', { headers: h, body: { max_open_orders: 1 } })).status).toBe(200);
    await expectRejected(oco(server, h, sellPair), 400, 'ORDER_REJECTED', { reason: 'max_open_orders_exceeded', leg: 'stop_loss' });
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(1);
  });

  it.each([
    ['without a stop_loss leg', { side: 'sell', quantity: '0.01', take_profit: { price: '62000' } }, 'body.stop_loss'],
    ['with IOC', { ...sellPair, time_in_force: 'IOC' }, 'body.time_in_force'],
    ['GTD without expire_at', { ...sellPair, time_in_force: 'GTD' }, 'body.expire_at'],
    ['with a client_order_id', { ...sellPair, client_order_id: 'x-1' }, 'body.client_order_id'],
    [
      'a trailing leg with a trigger_price',
      { ...sellPair, stop_loss: { type: 'trailing_stop', trigger_price: '58000', trail_percent: '1' } },
      'body.stop_loss.trigger_price',
    ],
  ])('refuses a pair %s with 422', async (_name, body: Body, field) => {
    const { h } = await holderAt60k(server);
    const res = await oco(server, h, body);
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.details.errors.map((e: any) => e.field)).toContain(field);
  });
});

// =================================================================================================

describe('brackets', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('fills a market entry and places both legs as an OCO group in the same transaction', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const entry = await placed(
      place(server, h, {
        side: 'buy',
        type: 'market',
        quantity: '0.01',
        take_profit: { price: '62000' },
        stop_loss: { trigger_price: '58000' },
      }),
    );
    expect(entry).toMatchObject({
      status: 'filled',
      executed_price: '60006.00000000',
      total_cost: '600.66006000',
      group_id: null,
      parent_order_id: null,
      bracket: {
        take_profit: { type: 'take_profit', price: '62000.00000000' },
        stop_loss: { type: 'stop_loss', trigger_price: '58000.00000000', trail_percent: null, trail_amount: null, activation_price: null },
      },
    });
    const open = (await server.call('listOpenOrders', { headers: h })).body;
    expect(open.total).toBe(2);
    const tp = open.orders.find((o: any) => o.type === 'take_profit');
    const sl = open.orders.find((o: any) => o.type === 'stop_loss');
    expect(tp).toMatchObject({
      side: 'sell',
      quantity: '0.01000000',
      trigger_price: '62000.00000000',
      parent_order_id: entry.order_id,
      bracket: null,
    });
    expect(sl).toMatchObject({ side: 'sell', quantity: '0.01000000', trigger_price: '58000.00000000', parent_order_id: entry.order_id });
    expect(tp.group_id).toEqual(expect.any(String));
    expect(sl.group_id).toBe(tp.group_id);
    // The bought quantity is locked once for both legs.
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.00000000', locked: '0.01000000' },
      USDT: { available: '9399.33994000', locked: '0.00000000' },
    });

    // Stop fires at 57900 × 0.9999 = 57894.21 → proceeds 578.3631579; the take-profit is cancelled.
    await tradeAt(server, '57900');
    expect(await getOrder(server, h, sl.order_id)).toMatchObject({
      status: 'filled',
      executed_price: '57894.21000000',
      total_cost: '578.36315790',
    });
    expect(await getOrder(server, h, tp.order_id)).toMatchObject({ status: 'cancelled', cancel_reason: 'oco' });
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.00000000', locked: '0.00000000' },
      USDT: { available: '9977.70309790', locked: '0.00000000' },
    });
  });

  it('holds the legs of a resting limit entry until it fills; a single trailing leg has no group', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const entry = await placed(
      place(server, h, {
        side: 'buy',
        type: 'limit',
        quantity: '0.01',
        price: '59000',
        stop_loss: { type: 'trailing_stop', trail_percent: '5' },
      }),
    );
    expect(entry).toMatchObject({
      status: 'pending',
      locked_amount: '590.59000000',
      bracket: {
        take_profit: null,
        stop_loss: { type: 'trailing_stop', trigger_price: null, trail_percent: '5.00000000', trail_amount: null, activation_price: null },
      },
    });
    expect((await server.call('listOpenOrders', { headers: h })).body.total).toBe(1);

    await tradeAt(server, '58950'); // fills at 59000; the leg trails from the fill's tick, 58950 × 0.95 = 56002.5
    expect((await getOrder(server, h, entry.order_id)).status).toBe('filled');
    const open = (await server.call('listOpenOrders', { headers: h })).body;
    expect(open.total).toBe(1);
    expect(open.orders[0]).toMatchObject({
      side: 'sell',
      type: 'trailing_stop',
      quantity: '0.01000000',
      parent_order_id: entry.order_id,
      group_id: null,
      trail_percent: '5.00000000',
      trail_best_price: '58950.00000000',
      trigger_price: '56002.50000000',
      locked_asset: 'BTC',
      locked_amount: '0.01000000',
    });
  });

  it('never places the legs of an entry cancelled before it fills', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const entry = await placed(
      place(server, h, { side: 'buy', type: 'limit', quantity: '0.01', price: '59000', take_profit: { price: '65000' } }),
    );
    expect((await server.call('cancelOrder', { headers: h, path: { order_id: entry.order_id } })).status).toBe(200);
    await tradeAt(server, '58000');
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(1);
    expect(await wallet(server, h)).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
  });

  it('rejects a leg on the wrong side of the entry with 400 invalid_bracket and details.leg', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    await expectRejected(
      place(server, h, { side: 'buy', type: 'market', quantity: '0.01', stop_loss: { trigger_price: '61000' } }),
      400,
      'ORDER_REJECTED',
      { reason: 'invalid_bracket', leg: 'stop_loss', price: '61000.00000000', entry_price: '60000.00000000' },
    );
    // A limit entry's reference is its own price.
    await expectRejected(
      place(server, h, { side: 'buy', type: 'limit', quantity: '0.01', price: '59500', take_profit: { price: '59400' } }),
      400,
      'ORDER_REJECTED',
      { reason: 'invalid_bracket', leg: 'take_profit', price: '59400.00000000', entry_price: '59500.00000000' },
    );
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(0);
    expect(await wallet(server, h)).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
  });
});

// =================================================================================================

describe('OCO operations: credentials, agent scope, limits', () => {
  let server: TestServer;
  let alice: Credentials;
  let aliceJwt: Headers;
  let suspended: Credentials;
  let stranger: Credentials;
  let archivedId: string;
  const body = {
    symbol: 'BTCUSDT',
    side: 'sell',
    quantity: '0.01',
    take_profit: { price: '62000' },
    stop_loss: { trigger_price: '58000' },
  };
  beforeAll(async () => {
    server = await TestServer.start();
    server.pushPrice('BTCUSDT', '60000');
    alice = await server.registerAccount();
    aliceJwt = bearer(await server.login(alice));
    suspended = await server.registerAccount();
    await server.setAccountStatus(suspended.accountId, 'suspended');
    stranger = await server.registerAccount();
    const made = await server.call('createAgent', { headers: aliceJwt, body: { display_name: 'Retired' } });
    archivedId = made.body.agent_id;
    expect((await server.call('archiveAgent', { headers: aliceJwt, path: { agent_id: archivedId } })).body.status).toBe('archived');
  });
  afterAll(() => server.stop());

  const requests: Array<[string, { path?: Record<string, string>; body?: unknown }]> = [
    ['placeOcoOrder', { body }],
    ['cancelOcoOrder', { path: { group_id: randomUUID() } }],
  ];

  it.each(requests)('%s: 401 INVALID_API_KEY without a credential', async (operationId, request) => {
    const res = await server.call(operationId, { ...request, headers: {} });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });

  it.each(requests)('%s: 403 ACCOUNT_SUSPENDED for every key of a suspended account', async (operationId, request) => {
    for (const apiKey of [suspended.apiKey, suspended.agentApiKey]) {
      const res = await server.call(operationId, { ...request, headers: key(apiKey) });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('ACCOUNT_SUSPENDED');
    }
  });

  it.each(requests)('%s: 403 PERMISSION_DENIED agent_archived for an archived agent', async (operationId, request) => {
    const res = await server.call(operationId, { ...request, headers: { ...aliceJwt, 'X-Agent-Id': archivedId } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'PERMISSION_DENIED', details: { reason: 'agent_archived', agent_id: archivedId } });
  });

  it.each(requests)("%s: 404 AGENT_NOT_FOUND for another account's or an unknown agent in X-Agent-Id", async (operationId, request) => {
    for (const agentId of [stranger.agentId, randomUUID()]) {
      const res = await server.call(operationId, { ...request, headers: { ...aliceJwt, 'X-Agent-Id': agentId } });
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'AGENT_NOT_FOUND', details: { agent_id: agentId } });
    }
  });

  it('placeOcoOrder: 413 for a body over the limit, 415 for a non-JSON body', async () => {
    const h = key(alice.agentApiKey);
    const big = await server.call('placeOcoOrder', { headers: h, rawBody: JSON.stringify({ padding: 'x'.repeat(70_000) }) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const text = await server.call('placeOcoOrder', { headers: h, rawBody: 'a=1', contentType: 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(0);
  });

  it('placeOcoOrder: 403 DAILY_LOSS_LIMIT once the day is lost', async () => {
    const { h } = await newTrader(server);
    expect((await server.call('updateAccountRiskProfile', { headers: h, body: { daily_loss_limit_pct: 1 } })).status).toBe(200);
    server.pushPrice('BTCUSDT', '60000');
    await placed(place(server, h, { side: 'buy', type: 'market', quantity: '0.04' }));
    server.pushPrice('BTCUSDT', '57000');
    // Net today: −120.468 realized − 2.40024 − 2.279772 in fees = −125.148012, over 100.
    await placed(place(server, h, { side: 'sell', type: 'market', quantity: '0.04' }));
    const res = await oco(server, h, { ...body, side: 'buy', take_profit: { price: '55000' }, stop_loss: { trigger_price: '58000' } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'DAILY_LOSS_LIMIT', details: { reason: 'daily_loss_limit' } });
    server.pushPrice('BTCUSDT', '60000');
  });
});

describe('OCO operations: the orders rate-limit tier', () => {
  it('answers 429 with Retry-After on both operations once the orders window is used', async () => {
    const server = await TestServer.start({ RATE_LIMIT_ORDERS: '1' });
    try {
      server.pushPrice('BTCUSDT', '60000');
      const { h } = await newTrader(server);
      const requests = [
        [
          'placeOcoOrder',
          {
            body: {
              symbol: 'BTCUSDT',
              side: 'sell',
              quantity: '0.01',
              take_profit: { price: '62000' },
              stop_loss: { trigger_price: '58000' },
            },
          },
        ],
        ['cancelOcoOrder', { path: { group_id: randomUUID() } }],
      ] as const;
      for (const [operationId, request] of requests) {
        await server.call(operationId, { ...request, headers: h });
        const res = await server.call(operationId, { ...request, headers: h });
        expect(res.status, operationId).toBe(429);
        expect(res.body.error.details.window_seconds).toBe(60);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await server.stop();
    }
  });
});

describe('OCO before the first price', () => {
  it('answers 503 PRICE_NOT_AVAILABLE for a pair that has not traded, storing nothing', async () => {
    const server = await TestServer.start({ MARKET_HISTORY_DAYS: '0' });
    try {
      const { h } = await newTrader(server);
      const res = await oco(server, h, {
        symbol: 'DOGEUSDT',
        side: 'buy',
        quantity: '200',
        take_profit: { price: '0.1' },
        stop_loss: { trigger_price: '0.2' },
      });
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: 'PRICE_NOT_AVAILABLE', details: { symbol: 'DOGEUSDT' } });
      expect((await server.call('listOrders', { headers: h })).body.total).toBe(0);
    } finally {
      await server.stop();
    }
  });
});
