// Time in force, post-only, trailing stops, OCO groups and brackets (issue 17), against the
// engine's results with hand-computed amounts. BTCUSDT at 60000, deep volume (0.01 % slippage).
import { describe, it, expect } from 'vitest';
import {
  applyBalanceChanges,
  balanceOf,
  buyLock,
  cancelOrder,
  fillResting,
  placeOco,
  placeOrder,
  trailTrigger,
  type BracketSpec,
  type FillRestingResult,
  type LegSpec,
  type OcoIntent,
  type OrderIntent,
  type OrderOptions,
  type PlaceOcoResult,
  type PlaceOrderResult,
  type Position,
  type RejectionCode,
  type RestingOrder,
  type WalletBalance,
} from '../../../src/engine/index.js';
import type { Amount } from '../../../src/money.js';
import { a, btc, DEEP_VOLUME, idSequence, NOW, ocoInput, placeInput, position, resting, trailing, usdt } from './fixtures.js';

const LATER = NOW + 60_000;
const IOC: OrderOptions = { timeInForce: 'IOC', expireAt: null, postOnly: false };
const FOK: OrderOptions = { timeInForce: 'FOK', expireAt: null, postOnly: false };
const POST_ONLY: OrderOptions = { timeInForce: 'GTC', expireAt: null, postOnly: true };
/** An agent holding 0.1 BTC bought for 5000 USDT, plus 10,000 USDT. */
const holder = { balances: [usdt('10000'), btc('0.1')], position: position('0.1', '5000') };

const withOptions = (intent: OrderIntent, options: OrderOptions): OrderIntent => ({ ...intent, options });

function expectRejected(result: PlaceOrderResult | PlaceOcoResult, code: RejectionCode, reason: string) {
  if (result.kind !== 'rejected') throw new Error(`expected a rejection, got ${result.kind}`);
  expect({ code: result.code, reason: result.details.reason }).toEqual({ code, reason });
  return result;
}

function expectKind<K extends PlaceOrderResult['kind'] | FillRestingResult['kind'] | PlaceOcoResult['kind']>(
  result: PlaceOrderResult | FillRestingResult | PlaceOcoResult,
  kind: K,
) {
  if (result.kind !== kind) {
    throw new Error(`expected ${kind}, got ${JSON.stringify(result, (_, v) => (typeof v === 'bigint' ? String(v) : v))}`);
  }
  return result as Extract<PlaceOrderResult | FillRestingResult | PlaceOcoResult, { kind: K }>;
}

/** USDT + Σ position cost + fees − realized: what a fill may never change. */
function money(balances: readonly WalletBalance[], pos: Position | undefined, fees: Amount): Amount {
  const q = balanceOf(balances, 'USDT');
  return q.available + q.locked + (pos?.cost ?? 0n) + fees - (pos?.realizedPnl ?? 0n);
}

describe('time in force', () => {
  it.each([
    ['IOC', IOC],
    ['FOK', FOK],
  ])('a marketable %s buy limit fills at once at the market price, no slippage', (_name, options) => {
    const r = expectKind(placeOrder(placeInput(withOptions(resting('limit', 'buy', '0.01', '61000'), options))), 'filled');
    expect(r.order).toMatchObject({ status: 'filled', timeInForce: options.timeInForce, type: 'limit' });
    expect(r.fill).toMatchObject({ price: a('60000'), slippagePct: 0n, gross: a('600'), fee: a('0.6') });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('-600.6'), locked: 0n },
      { asset: 'BTC', available: a('0.01'), locked: 0n },
    ]);
    expect(r.linked).toEqual([]);
  });

  it('a marketable FOK sell limit fills at the market price', () => {
    const r = expectKind(placeOrder(placeInput(withOptions(resting('limit', 'sell', '0.01', '59000'), FOK), { agent: holder })), 'filled');
    expect(r.fill).toMatchObject({ price: a('60000'), gross: a('600'), fee: a('0.6'), realizedPnl: a('100') });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('599.4'), locked: 0n },
      { asset: 'BTC', available: a('-0.01'), locked: 0n },
    ]);
  });

  it.each([
    ['IOC', IOC, 'buy', '59000'],
    ['FOK', FOK, 'buy', '59000'],
    ['IOC', IOC, 'sell', '61000'],
    ['FOK', FOK, 'sell', '61000'],
  ] as const)('a %s %s limit that is not marketable ends expired, locking nothing', (_name, options, side, price) => {
    const r = expectKind(
      placeOrder(placeInput(withOptions(resting('limit', side, '0.01', price), options), { agent: holder })),
      'cancelled',
    );
    expect(r.order).toMatchObject({
      id: 'order-1',
      type: 'limit',
      side,
      price: a(price),
      status: 'expired',
      cancelReason: 'expired',
      closedAt: NOW,
      timeInForce: options.timeInForce,
    });
    expect(r.released.amount).toBe(0n);
    expect(r.balanceChanges).toEqual([]);
    expect(r.linked).toEqual([]);
    expect(applyBalanceChanges(holder.balances, r.balanceChanges)).toEqual(holder.balances);
  });

  it('an IOC does not count against max_open_orders (it never rests); a GTC does', () => {
    const agent = { openOrderCount: 3 };
    const risk = { max_open_orders: 3 };
    expectKind(placeOrder(placeInput(withOptions(resting('limit', 'buy', '0.01', '61000'), IOC), { agent, risk })), 'filled');
    expectKind(placeOrder(placeInput(withOptions(resting('limit', 'buy', '0.01', '59000'), IOC), { agent, risk })), 'cancelled');
    expectRejected(
      placeOrder(placeInput(resting('limit', 'buy', '0.01', '59000'), { agent, risk })),
      'ORDER_REJECTED',
      'max_open_orders_exceeded',
    );
  });

  it('an IOC still needs the funds it would lock: rejected, not expired', () => {
    const r = expectRejected(
      placeOrder(placeInput(withOptions(resting('limit', 'buy', '0.01', '59000'), IOC), { agent: { balances: [usdt('100')] } })),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
    expect(r.details).toMatchObject({ required: '590.59000000', available: '100.00000000' });
  });

  it('a GTD limit rests with its expireAt and the usual lock', () => {
    const expireAt = NOW + 3_600_000;
    const r = expectKind(
      placeOrder(placeInput(withOptions(resting('limit', 'buy', '0.01', '59000'), { timeInForce: 'GTD', expireAt, postOnly: false }))),
      'resting',
    );
    expect(r.order).toMatchObject({ timeInForce: 'GTD', expireAt, postOnly: false, lockedAsset: 'USDT', lockedAmount: a('590.59') });
    expect(r.balanceChanges).toEqual([{ asset: 'USDT', available: a('-590.59'), locked: a('590.59') }]);
  });

  it('a GTC order carries no expireAt', () => {
    const r = expectKind(placeOrder(placeInput(resting('limit', 'buy', '0.01', '59000'))), 'resting');
    expect(r.order).toMatchObject({
      timeInForce: 'GTC',
      expireAt: null,
      postOnly: false,
      groupId: null,
      parentOrderId: null,
      trail: null,
      bracket: null,
    });
  });
});

describe('post-only', () => {
  it.each([
    ['buy', '61000', {}],
    ['sell', '59000', { agent: holder }],
  ] as const)('a marketable post-only %s limit is ORDER_REJECTED would_take', (side, price, opts) => {
    const r = expectRejected(
      placeOrder(placeInput(withOptions(resting('limit', side, '0.01', price), POST_ONLY), opts)),
      'ORDER_REJECTED',
      'would_take',
    );
    expect(r.details).toEqual({ reason: 'would_take', price: `${price}.00000000`, market_price: '60000.00000000' });
  });

  it('a post-only limit that does not cross rests, marked post-only', () => {
    const r = expectKind(placeOrder(placeInput(withOptions(resting('limit', 'buy', '0.01', '59000'), POST_ONLY))), 'resting');
    expect(r.order).toMatchObject({ postOnly: true, price: a('59000'), lockedAmount: a('590.59') });
  });
});

describe('trailing stops at placement', () => {
  it('a sell by amount is active at once: best = P, price = P − amount, locks the base quantity', () => {
    const r = expectKind(placeOrder(placeInput(trailing('sell', '0.01', { amount: '500' }), { agent: holder })), 'resting');
    expect(r.order).toMatchObject({
      type: 'trailing_stop',
      price: a('59500'),
      trail: { amount: a('500'), percent: null, activationPrice: null, best: a('60000') },
      lockedAsset: 'BTC',
      lockedAmount: a('0.01'),
    });
    expect(r.balanceChanges).toEqual([{ asset: 'BTC', available: a('-0.01'), locked: a('0.01') }]);
  });

  it('a sell by percent: 5 % below 60000 is 57000', () => {
    const r = expectKind(placeOrder(placeInput(trailing('sell', '0.01', { percent: '5' }), { agent: holder })), 'resting');
    expect(r.order).toMatchObject({
      price: a('57000'),
      trail: { percent: a('5'), amount: null, best: a('60000') },
      lockedAmount: a('0.01'),
    });
  });

  it('a buy by amount locks buyLock(stop_loss, qty, P + amount) = 0.01 × 60500 × 1.005 × 1.001', () => {
    const r = expectKind(placeOrder(placeInput(trailing('buy', '0.01', { amount: '500' }))), 'resting');
    expect(r.order).toMatchObject({ price: a('60500'), trail: { best: a('60000') }, lockedAsset: 'USDT', lockedAmount: a('608.633025') });
    expect(buyLock('stop_loss', a('0.01'), a('60500'))).toBe(a('608.633025'));
    expect(r.balanceChanges).toEqual([{ asset: 'USDT', available: a('-608.633025'), locked: a('608.633025') }]);
  });

  it('a buy by percent: 2 % above 60000 is 61200, lock 0.01 × 61200 × 1.005 × 1.001', () => {
    const r = expectKind(placeOrder(placeInput(trailing('buy', '0.01', { percent: '2' }))), 'resting');
    expect(r.order).toMatchObject({ price: a('61200'), lockedAmount: a('615.67506') });
  });

  it('a sell waiting for its activation price: best null, price from the activation price', () => {
    const byAmount = expectKind(
      placeOrder(placeInput(trailing('sell', '0.01', { amount: '500', activation: '62000' }), { agent: holder })),
      'resting',
    );
    expect(byAmount.order).toMatchObject({
      price: a('61500'),
      trail: { activationPrice: a('62000'), best: null },
      lockedAmount: a('0.01'),
    });
    const byPercent = expectKind(
      placeOrder(placeInput(trailing('sell', '0.01', { percent: '5', activation: '62000' }), { agent: holder })),
      'resting',
    );
    expect(byPercent.order).toMatchObject({ price: a('58900'), trail: { best: null } });
  });

  it('a buy waiting for its activation price locks at the trigger it starts from (58000 + 500)', () => {
    const r = expectKind(placeOrder(placeInput(trailing('buy', '0.01', { amount: '500', activation: '58000' }))), 'resting');
    // 0.01 × 58500 × 1.005 = 587.925, + 0.1 % fee 0.587925
    expect(r.order).toMatchObject({ price: a('58500'), trail: { best: null }, lockedAmount: a('588.512925') });
  });

  it.each([
    ['sell', '59000', '59500'],
    ['buy', '61000', '60500'],
  ] as const)('a %s whose activation price P has already reached is active at once, best = P', (side, activation, price) => {
    const r = expectKind(placeOrder(placeInput(trailing(side, '0.01', { amount: '500', activation }), { agent: holder })), 'resting');
    expect(r.order).toMatchObject({ price: a(price), trail: { best: a('60000'), activationPrice: a(activation) } });
    // active from P: a buy's trigger only falls from P + 500, so that is what it locks for
    if (side === 'buy') expect(r.order.lockedAmount).toBe(a('608.633025'));
  });

  it.each(['60000', '70000'])('a sell trail of %s at P = 60000 is INVALID_PRICE trail_exceeds_price', (amount) => {
    const r = expectRejected(
      placeOrder(placeInput(trailing('sell', '0.01', { amount }), { agent: holder })),
      'INVALID_PRICE',
      'trail_exceeds_price',
    );
    expect(r.details).toMatchObject({ trail_amount: `${amount}.00000000`, market_price: '60000.00000000' });
  });

  it('the risk notional is qty × the initial trigger, not × P', () => {
    // 0.0001 × 60000 = 6 would pass; 0.0001 × (60000 − 20000) = 4 < 5
    const r = expectRejected(
      placeOrder(placeInput(trailing('sell', '0.0001', { amount: '20000' }), { agent: holder })),
      'INVALID_QUANTITY',
      'below_min_notional',
    );
    expect(r.details).toMatchObject({ notional: '4.00000000', min_notional: '5.00000000' });
  });

  it.each([
    ['trail_amount', { amount: '500.005' }, '500.00500000'],
    ['activation_price', { amount: '500', activation: '62000.001' }, '62000.00100000'],
  ] as const)('a %s off the tick size is INVALID_PRICE invalid_tick_size naming the field', (field, trail, price) => {
    const r = expectRejected(
      placeOrder(placeInput(trailing('sell', '0.01', trail), { agent: holder })),
      'INVALID_PRICE',
      'invalid_tick_size',
    );
    expect(r.details).toEqual({ reason: 'invalid_tick_size', field, price, tick_size: '0.01000000' });
  });
});

describe('trailTrigger', () => {
  it('percent triggers round half-even to 8 decimals', () => {
    const onePct = { percent: a('1'), amount: null };
    // 150 units × 0.99 = 148.5 → 148; × 1.01 = 151.5 → 152
    expect(trailTrigger('sell', 150n, onePct)).toBe(148n);
    expect(trailTrigger('buy', 150n, onePct)).toBe(152n);
    expect(trailTrigger('sell', a('60000'), { percent: null, amount: a('0.01') })).toBe(a('59999.99'));
  });
});

describe('trailing stops filling', () => {
  function placeTrailing(intent: OrderIntent) {
    const r = expectKind(placeOrder(placeInput(intent, { agent: holder })), 'resting');
    return { order: r.order, balances: applyBalanceChanges(holder.balances, r.balanceChanges) };
  }
  /** The order as the caller holds it after the market made a new best (the trigger follows). */
  const withBest = (order: RestingOrder, best: string, trigger: string): RestingOrder => ({
    ...order,
    trail: { ...order.trail!, best: a(best) },
    price: a(trigger),
  });
  const fill = (order: RestingOrder, balances: WalletBalance[], price: string) =>
    fillResting({ order, price: a(price), quoteVolume24h: DEEP_VOLUME, balances, position: holder.position, now: LATER, fillId: 'fill-9' });

  it('a sell whose high moved to 61000 fires at 60400 (≤ 61000 − 500) as a market sell with slippage', () => {
    const placed = placeTrailing(trailing('sell', '0.01', { amount: '500' }));
    const r = expectKind(fill(withBest(placed.order, '61000', '60500'), placed.balances, '60400'), 'filled');
    // 60400 × 0.9999 = 60393.96; gross 603.9396; fee 0.6039396
    expect(r.fill).toMatchObject({
      price: a('60393.96'),
      referencePrice: a('60400'),
      slippagePct: a('0.01'),
      gross: a('603.9396'),
      fee: a('0.6039396'),
    });
    expect(r.order).toMatchObject({ status: 'filled', type: 'trailing_stop' });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('603.3356604'), locked: 0n },
      { asset: 'BTC', available: 0n, locked: a('-0.01') },
    ]);
    expect(r.position).toEqual(position('0.09', '4500', '103.9396'));
    expect(applyBalanceChanges(placed.balances, r.balanceChanges)).toEqual([usdt('10603.3356604'), btc('0.09')]);
  });

  it('a sell is not crossed above its trigger, nor before activation: fillResting throws', () => {
    const placed = placeTrailing(trailing('sell', '0.01', { amount: '500' }));
    expect(() => fill(withBest(placed.order, '61000', '60500'), placed.balances, '60600')).toThrow(/not crossed/);
    const waiting = placeTrailing(trailing('sell', '0.01', { amount: '500', activation: '62000' }));
    expect(() => fill(waiting.order, waiting.balances, '50000')).toThrow(/not crossed/);
  });

  it('a buy whose low moved to 59000 fires at 59600 (≥ 59000 + 500), paying from its lock', () => {
    const placed = placeTrailing(trailing('buy', '0.01', { amount: '500' }));
    expect(placed.order.lockedAmount).toBe(a('608.633025'));
    const r = expectKind(fill(withBest(placed.order, '59000', '59500'), placed.balances, '59600'), 'filled');
    // 59600 × 1.0001 = 59605.96; gross 596.0596; fee 0.5960596; total 596.6556596
    expect(r.fill).toMatchObject({ price: a('59605.96'), gross: a('596.0596'), fee: a('0.5960596') });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('11.9773654'), locked: a('-608.633025') },
      { asset: 'BTC', available: a('0.01'), locked: 0n },
    ]);
    expect(applyBalanceChanges(placed.balances, r.balanceChanges)).toEqual([usdt('9403.3443404'), btc('0.11')]);
  });
});

const leg = {
  tp: (price: string): LegSpec => ({ type: 'take_profit', price: a(price) }),
  limit: (price: string): LegSpec => ({ type: 'limit', price: a(price) }),
  sl: (price: string): LegSpec => ({ type: 'stop_loss', price: a(price) }),
  trail: (amount: string, activation?: string): LegSpec => ({
    type: 'trailing_stop',
    trail: { amount: a(amount), percent: null, activationPrice: activation === undefined ? null : a(activation) },
  }),
};

const oco = (side: 'buy' | 'sell', takeProfit: LegSpec, stopLoss: LegSpec, options?: OrderOptions): OcoIntent => ({
  symbol: 'BTCUSDT',
  side,
  quantity: a('0.01'),
  takeProfit,
  stopLoss,
  ...(options ? { options } : {}),
});

describe('OCO placement', () => {
  it('a sell group locks the base quantity once, held by the take-profit leg', () => {
    const r = expectKind(placeOco(ocoInput(oco('sell', leg.tp('62000'), leg.sl('58000')), { agent: holder })), 'oco');
    expect(r.groupId).toBe('id-1');
    const [tp, sl] = r.orders;
    expect(tp).toMatchObject({
      id: 'id-2',
      type: 'take_profit',
      side: 'sell',
      price: a('62000'),
      groupId: 'id-1',
      lockedAsset: 'BTC',
      lockedAmount: a('0.01'),
    });
    expect(sl).toMatchObject({
      id: 'id-3',
      type: 'stop_loss',
      side: 'sell',
      price: a('58000'),
      groupId: 'id-1',
      lockedAsset: 'BTC',
      lockedAmount: 0n,
    });
    expect(r.balanceChanges).toEqual([{ asset: 'BTC', available: a('-0.01'), locked: a('0.01') }]);
  });

  it('a buy group locks the larger leg lock: max(take_profit at 58000, stop_loss at 62000)', () => {
    const r = expectKind(placeOco(ocoInput(oco('buy', leg.tp('58000'), leg.sl('62000')))), 'oco');
    // TP: 0.01 × 58000 × 1.005 × 1.001 = 583.4829; SL: 0.01 × 62000 × 1.005 × 1.001 = 623.7231
    expect(r.orders[0]).toMatchObject({ lockedAsset: 'USDT', lockedAmount: a('623.7231') });
    expect(r.orders[1]).toMatchObject({ lockedAsset: 'USDT', lockedAmount: 0n });
    expect(r.balanceChanges).toEqual([{ asset: 'USDT', available: a('-623.7231'), locked: a('623.7231') }]);
  });

  it('a buy group with a limit leg and a trailing leg: lock max(580.58, trail from 60000 + 2000 = 623.7231)', () => {
    const r = expectKind(placeOco(ocoInput(oco('buy', leg.limit('58000'), leg.trail('2000')))), 'oco');
    expect(r.orders[0]).toMatchObject({ type: 'limit', lockedAmount: a('623.7231') });
    expect(r.orders[1]).toMatchObject({ type: 'trailing_stop', price: a('62000'), trail: { best: a('60000') }, lockedAmount: 0n });
  });

  it('a GTD group: both legs carry the expiry', () => {
    const expireAt = NOW + 86_400_000;
    const r = expectKind(
      placeOco(
        ocoInput(oco('sell', leg.tp('62000'), leg.sl('58000'), { timeInForce: 'GTD', expireAt, postOnly: false }), { agent: holder }),
      ),
      'oco',
    );
    for (const o of r.orders) expect(o).toMatchObject({ timeInForce: 'GTD', expireAt });
  });

  it('a marketable limit leg is ORDER_REJECTED would_take, naming the leg', () => {
    const r = expectRejected(
      placeOco(ocoInput(oco('sell', leg.limit('59000'), leg.sl('58000')), { agent: holder })),
      'ORDER_REJECTED',
      'would_take',
    );
    expect(r.details).toEqual({ reason: 'would_take', price: '59000.00000000', market_price: '60000.00000000', leg: 'take_profit' });
  });

  it.each([
    ['sell', leg.tp('62000'), leg.sl('61000'), 'stop_loss'],
    ['sell', leg.tp('59000'), leg.sl('58000'), 'take_profit'],
    ['buy', leg.tp('58000'), leg.sl('59000'), 'stop_loss'],
  ] as const)('a %s group with a crossed trigger leg is would_trigger_immediately (leg %#)', (side, tp, sl, name) => {
    const r = expectRejected(placeOco(ocoInput(oco(side, tp, sl), { agent: holder })), 'ORDER_REJECTED', 'would_trigger_immediately');
    expect(r.details.leg).toBe(name);
  });

  it('the second leg counts the first among open orders', () => {
    const input = ocoInput(oco('sell', leg.tp('62000'), leg.sl('58000')), {
      agent: { ...holder, openOrderCount: 2 },
      risk: { max_open_orders: 3 },
    });
    const r = expectRejected(placeOco(input), 'ORDER_REJECTED', 'max_open_orders_exceeded');
    expect(r.details).toEqual({ reason: 'max_open_orders_exceeded', open_orders: 3, max_open_orders: 3, leg: 'stop_loss' });
    expectKind(
      placeOco(
        ocoInput(oco('sell', leg.tp('62000'), leg.sl('58000')), { agent: { ...holder, openOrderCount: 1 }, risk: { max_open_orders: 3 } }),
      ),
      'oco',
    );
  });

  it('the second leg counts the first in the order rate', () => {
    const input = ocoInput(oco('sell', leg.tp('62000'), leg.sl('58000')), {
      agent: { ...holder, ordersLastMinute: 4 },
      risk: { order_rate_limit: 5 },
    });
    const r = expectRejected(placeOco(input), 'ORDER_REJECTED', 'rate_limit_exceeded');
    expect(r.details).toMatchObject({ orders_last_minute: 5, order_rate_limit: 5, leg: 'stop_loss' });
  });

  it('a trailing stop leg wider than the price is INVALID_PRICE trail_exceeds_price naming the leg', () => {
    const r = expectRejected(
      placeOco(ocoInput(oco('sell', leg.tp('62000'), leg.trail('60000')), { agent: holder })),
      'INVALID_PRICE',
      'trail_exceeds_price',
    );
    expect(r.details.leg).toBe('stop_loss');
  });

  it('an insufficient balance names the leg', () => {
    const r = expectRejected(
      placeOco(ocoInput(oco('sell', leg.tp('62000'), leg.sl('58000')))),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
    expect(r.details).toMatchObject({ asset: 'BTC', leg: 'take_profit' });
  });
});

describe('OCO fills and cancels', () => {
  function placeGroup(intent: OcoIntent, balances = holder.balances) {
    const r = expectKind(placeOco(ocoInput(intent, { agent: { ...holder, balances } })), 'oco');
    return { orders: r.orders, balances: applyBalanceChanges(balances, r.balanceChanges) };
  }
  const fillLeg = (order: RestingOrder, siblings: RestingOrder[], balances: WalletBalance[], price: string) =>
    fillResting({
      order,
      siblings,
      price: a(price),
      quoteVolume24h: DEEP_VOLUME,
      balances,
      position: holder.position,
      now: LATER,
      fillId: 'fill-9',
    });

  it('the take-profit leg fills on its own lock and cancels the stop leg (oco); money is conserved', () => {
    const g = placeGroup(oco('sell', leg.tp('62000'), leg.sl('58000')));
    const [tp, sl] = g.orders;
    const r = expectKind(fillLeg(tp, [sl], g.balances, '62000'), 'filled');
    // 62000 × 0.9999 = 61993.8; gross 619.938; fee 0.619938
    expect(r.fill).toMatchObject({ price: a('61993.8'), gross: a('619.938'), fee: a('0.619938'), realizedPnl: a('119.938') });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('619.318062'), locked: 0n },
      { asset: 'BTC', available: 0n, locked: a('-0.01') },
    ]);
    expect(r.linked).toEqual([
      { kind: 'cancelled', order: expect.objectContaining({ id: sl.id, status: 'cancelled', cancelReason: 'oco', closedAt: LATER }) },
    ]);
    const after = applyBalanceChanges(g.balances, r.balanceChanges);
    expect(after).toEqual([usdt('10619.318062'), btc('0.09')]);
    expect(money(after, r.position, r.fill.fee)).toBe(money(holder.balances, holder.position, 0n));
  });

  it('the stop leg (holding 0) fills on the group lock its sibling holds', () => {
    const g = placeGroup(oco('sell', leg.tp('62000'), leg.sl('58000')));
    const [tp, sl] = g.orders;
    const r = expectKind(fillLeg(sl, [tp], g.balances, '57900'), 'filled');
    // 57900 × 0.9999 = 57894.21; gross 578.9421; fee 0.5789421
    expect(r.fill).toMatchObject({ price: a('57894.21'), gross: a('578.9421'), fee: a('0.5789421') });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('578.3631579'), locked: 0n },
      { asset: 'BTC', available: 0n, locked: a('-0.01') },
    ]);
    expect(r.linked).toEqual([
      { kind: 'cancelled', order: expect.objectContaining({ id: tp.id, status: 'cancelled', cancelReason: 'oco' }) },
    ]);
    const after = applyBalanceChanges(g.balances, r.balanceChanges);
    expect(after).toEqual([usdt('10578.3631579'), btc('0.09')]);
    expect(money(after, r.position, r.fill.fee)).toBe(money(holder.balances, holder.position, 0n));
  });

  it('a buy stop leg pays from the group lock and releases the rest', () => {
    const g = placeGroup(oco('buy', leg.tp('58000'), leg.sl('62000')));
    const [tp, sl] = g.orders;
    const r = expectKind(fillLeg(sl, [tp], g.balances, '62000'), 'filled');
    // 62000 × 1.0001 = 62006.2; gross 620.062; fee 0.620062; 623.7231 − 620.682062 = 3.041038 back
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('3.041038'), locked: a('-623.7231') },
      { asset: 'BTC', available: a('0.01'), locked: 0n },
    ]);
    expect(applyBalanceChanges(g.balances, r.balanceChanges)).toEqual([usdt('9379.317938'), btc('0.11')]);
    expect(r.linked).toEqual([{ kind: 'cancelled', order: expect.objectContaining({ id: tp.id, cancelReason: 'oco' }) }]);
  });

  it('a gapped buy leg that cannot pay closes both legs and releases the whole group lock', () => {
    const g = placeGroup(oco('buy', leg.tp('58000'), leg.sl('62000')), [usdt('700')]);
    expect(g.balances).toEqual([usdt('76.2769', '623.7231')]);
    const [tp, sl] = g.orders;
    // 70000 × 1.0001 × 0.01 × 1.001 = 700.77007: 77.04697 over the lock, 76.2769 available
    const r = expectKind(fillLeg(sl, [tp], g.balances, '70000'), 'cancelled');
    expect(r.order).toMatchObject({ id: sl.id, status: 'cancelled', cancelReason: 'insufficient_balance' });
    expect(r.linked).toEqual([
      { kind: 'cancelled', order: expect.objectContaining({ id: tp.id, status: 'cancelled', cancelReason: 'oco' }) },
    ]);
    expect(r.released).toEqual({ asset: 'USDT', amount: a('623.7231') });
    expect(applyBalanceChanges(g.balances, r.balanceChanges)).toEqual([usdt('700')]);
  });

  it.each([
    ['the stop leg', 1],
    ['the take-profit leg', 0],
  ] as const)('cancelling %s with its sibling releases the group lock; both closed user', (_name, i) => {
    const g = placeGroup(oco('buy', leg.tp('58000'), leg.sl('62000')));
    const order = g.orders[i];
    const sibling = g.orders[1 - i]!;
    const r = cancelOrder(order, LATER, 'user', [sibling]);
    expect(r.order).toMatchObject({ id: order.id, status: 'cancelled', cancelReason: 'user' });
    expect(r.linked).toEqual([
      { kind: 'cancelled', order: expect.objectContaining({ id: sibling.id, status: 'cancelled', cancelReason: 'user' }) },
    ]);
    expect(r.released).toEqual({ asset: 'USDT', amount: a('623.7231') });
    expect(applyBalanceChanges(g.balances, r.balanceChanges)).toEqual([usdt('10000'), btc('0.1')]);
  });

  it('expiring one leg expires both', () => {
    const g = placeGroup(oco('sell', leg.tp('62000'), leg.sl('58000')));
    const r = cancelOrder(g.orders[0], LATER, 'expired', [g.orders[1]]);
    expect(r.order).toMatchObject({ status: 'expired', cancelReason: 'expired' });
    expect(r.linked[0]!.order).toMatchObject({ status: 'expired', cancelReason: 'expired' });
    expect(applyBalanceChanges(g.balances, r.balanceChanges)).toEqual([usdt('10000'), btc('0.1')]);
  });
});

const bracketOf = (takeProfit: LegSpec | null, stopLoss: LegSpec | null): BracketSpec => ({ takeProfit, stopLoss });
const withBracket = (intent: OrderIntent, bracket: BracketSpec): OrderIntent => ({ ...intent, bracket });

describe('brackets at placement', () => {
  it('a market buy with TP and SL fills and places two resting legs, one group, locking the base once', () => {
    const input = {
      ...placeInput(
        withBracket({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.01') }, bracketOf(leg.tp('63000'), leg.sl('57000'))),
      ),
      nextId: idSequence(),
    };
    const r = expectKind(placeOrder(input), 'filled');
    expect(r.fill).toMatchObject({ price: a('60006'), gross: a('600.06'), fee: a('0.60006') });
    // the bought 0.01 BTC goes straight into the legs' lock
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('-600.66006'), locked: 0n },
      { asset: 'BTC', available: 0n, locked: a('0.01') },
    ]);
    expect(r.linked.map((l) => l.kind)).toEqual(['resting', 'resting']);
    const [tp, sl] = r.linked.map((l) => l.order as RestingOrder);
    const common = { side: 'sell', quantity: a('0.01'), groupId: 'id-1', parentOrderId: 'order-1', lockedAsset: 'BTC', bracket: null };
    expect(tp).toMatchObject({ ...common, id: 'id-2', type: 'take_profit', price: a('63000'), lockedAmount: a('0.01') });
    expect(sl).toMatchObject({ ...common, id: 'id-3', type: 'stop_loss', price: a('57000'), lockedAmount: 0n });
    expect(applyBalanceChanges([usdt('10000')], r.balanceChanges)).toEqual([usdt('9399.33994'), btc('0', '0.01')]);
    expect(r.position).toEqual(position('0.01', '600.06', '0', 'BTCUSDT', '0.60006'));
  });

  it('a single leg has no group', () => {
    const input = {
      ...placeInput(
        withBracket({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.01') }, bracketOf(null, leg.trail('1000'))),
      ),
      nextId: idSequence(),
    };
    const r = expectKind(placeOrder(input), 'filled');
    expect(r.linked).toHaveLength(1);
    expect(r.linked[0]!.order).toMatchObject({
      id: 'id-1',
      type: 'trailing_stop',
      groupId: null,
      parentOrderId: 'order-1',
      price: a('59000'),
      lockedAmount: a('0.01'),
    });
  });

  it.each([
    ['take_profit', bracketOf(leg.tp('60000'), leg.sl('57000')), '60000'],
    ['stop_loss', bracketOf(leg.tp('63000'), leg.sl('60000')), '60000'],
    ['stop_loss', bracketOf(null, leg.sl('60500')), '60500'],
  ] as const)('a %s leg on the wrong side of the market price is invalid_bracket', (name, bracket, price) => {
    const input = {
      ...placeInput(withBracket({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.01') }, bracket)),
      nextId: idSequence(),
    };
    const r = expectRejected(placeOrder(input), 'ORDER_REJECTED', 'invalid_bracket');
    expect(r.details).toEqual({ reason: 'invalid_bracket', leg: name, price: `${price}.00000000`, entry_price: '60000.00000000' });
  });

  it('a limit entry is judged against its limit price, not the market', () => {
    const r = expectRejected(
      placeOrder({
        ...placeInput(withBracket(resting('limit', 'buy', '0.01', '59000'), bracketOf(leg.tp('59000'), null))),
        nextId: idSequence(),
      }),
      'ORDER_REJECTED',
      'invalid_bracket',
    );
    expect(r.details).toMatchObject({ leg: 'take_profit', entry_price: '59000.00000000' });
    // a TP at 59500 is below the market but above the limit: accepted
    expectKind(
      placeOrder({
        ...placeInput(withBracket(resting('limit', 'buy', '0.01', '59000'), bracketOf(leg.tp('59500'), leg.sl('58000')))),
        nextId: idSequence(),
      }),
      'resting',
    );
  });

  it('a leg off the tick size is INVALID_PRICE naming the leg', () => {
    const input = {
      ...placeInput(
        withBracket({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.01') }, bracketOf(leg.tp('63000.005'), null)),
      ),
      nextId: idSequence(),
    };
    const r = expectRejected(placeOrder(input), 'INVALID_PRICE', 'invalid_tick_size');
    expect(r.details.leg).toBe('take_profit');
  });

  it('a leg below the pair minimum notional is below_min_notional naming the leg', () => {
    // entry 0.0001 × 60000 = 6 passes; the SL leg 0.0001 × 40000 = 4 < 5
    const input = {
      ...placeInput(
        withBracket({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.0001') }, bracketOf(leg.tp('63000'), leg.sl('40000'))),
      ),
      nextId: idSequence(),
    };
    const r = expectRejected(placeOrder(input), 'INVALID_QUANTITY', 'below_min_notional');
    expect(r.details).toEqual({ reason: 'below_min_notional', leg: 'stop_loss', notional: '4.00000000', min_notional: '5.00000000' });
  });

  it('a leg below min_order_size_usd is order_too_small naming the leg', () => {
    // entry 6 ≥ 5.5; the SL leg 0.0001 × 50000 = 5 < 5.5
    const input = {
      ...placeInput(
        withBracket({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.0001') }, bracketOf(leg.tp('63000'), leg.sl('50000'))),
        {
          risk: { min_order_size_usd: a('5.5') },
        },
      ),
      nextId: idSequence(),
    };
    const r = expectRejected(placeOrder(input), 'ORDER_REJECTED', 'order_too_small');
    expect(r.details).toEqual({ reason: 'order_too_small', leg: 'stop_loss', notional: '5.00000000', min_order_size_usd: '5.50000000' });
  });

  it('the legs count against max_open_orders', () => {
    const entry = { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.01') } as const;
    const opts = { agent: { openOrderCount: 1 }, risk: { max_open_orders: 2 } };
    const r = expectRejected(
      placeOrder({ ...placeInput(withBracket(entry, bracketOf(leg.tp('63000'), leg.sl('57000'))), opts), nextId: idSequence() }),
      'ORDER_REJECTED',
      'max_open_orders_exceeded',
    );
    expect(r.details).toEqual({ reason: 'max_open_orders_exceeded', open_orders: 1, max_open_orders: 2, legs: 2 });
    expectKind(placeOrder({ ...placeInput(withBracket(entry, bracketOf(leg.tp('63000'), null)), opts), nextId: idSequence() }), 'filled');
  });

  it('a trailing stop leg wider than the entry price is INVALID_PRICE trail_exceeds_price naming the leg', () => {
    const input = {
      ...placeInput(
        withBracket({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.01') }, bracketOf(null, leg.trail('60000'))),
      ),
      nextId: idSequence(),
    };
    const r = expectRejected(placeOrder(input), 'INVALID_PRICE', 'trail_exceeds_price');
    expect(r.details).toMatchObject({ leg: 'stop_loss', entry_price: '60000.00000000' });
  });

  it('a marketable limit entry whose stop the market price has already crossed: the stop fires at once, flat', () => {
    // limit 61000 fills at P = 60000; its SL at 60500 (< 61000, so a valid bracket) is crossed by P
    const intent = withBracket(resting('limit', 'buy', '0.01', '61000'), bracketOf(leg.tp('62000'), leg.sl('60500')));
    const r = expectKind(placeOrder({ ...placeInput(intent), nextId: idSequence() }), 'filled');
    expect(r.fill).toMatchObject({ price: a('60000'), gross: a('600'), fee: a('0.6') });
    // 60000 × 0.9999 = 59994: gross 599.94, fee 0.59994
    expect(r.linked).toEqual([
      {
        kind: 'filled',
        order: expect.objectContaining({ id: 'id-3', type: 'stop_loss', status: 'filled' }),
        fill: expect.objectContaining({ id: 'id-4', price: a('59994'), gross: a('599.94'), fee: a('0.59994') }),
      },
      { kind: 'cancelled', order: expect.objectContaining({ id: 'id-2', cancelReason: 'oco' }) },
    ]);
    expect(r.balanceChanges).toEqual([{ asset: 'USDT', available: a('-1.25994'), locked: 0n }]);
    expect(r.position).toEqual({ symbol: 'BTCUSDT', quantity: 0n, cost: 0n, realizedPnl: a('-0.06'), openFees: 0n });
  });

  it('a bracket on a sell entry is a caller bug (the request reader refuses it): it throws', () => {
    const input = {
      ...placeInput(
        withBracket({ symbol: 'BTCUSDT', side: 'sell', type: 'market', quantity: a('0.01') }, bracketOf(leg.tp('63000'), null)),
        { agent: holder },
      ),
      nextId: idSequence(),
    };
    expect(() => placeOrder(input)).toThrow(/buy market or limit entry/);
  });

  it('a bracket entry needs nextId', () => {
    const input = placeInput(
      withBracket({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: a('0.01') }, bracketOf(leg.tp('63000'), leg.sl('57000'))),
    );
    expect(() => placeOrder(input)).toThrow(/nextId/);
  });

  it('an IOC limit entry with a bracket that cannot fill expires and places no legs', () => {
    const intent = withBracket(withOptions(resting('limit', 'buy', '0.01', '59000'), IOC), bracketOf(leg.tp('63000'), leg.sl('57000')));
    const r = expectKind(placeOrder({ ...placeInput(intent), nextId: idSequence() }), 'cancelled');
    expect(r.order.status).toBe('expired');
    expect(r.linked).toEqual([]);
    expect(r.balanceChanges).toEqual([]);
  });
});

describe('brackets on a resting limit entry', () => {
  function placeEntry(bracket: BracketSpec) {
    const r = expectKind(
      placeOrder({ ...placeInput(withBracket(resting('limit', 'buy', '0.01', '59000'), bracket)), nextId: idSequence() }),
      'resting',
    );
    expect(r.order).toMatchObject({ bracket, lockedAmount: a('590.59') });
    return { order: r.order, balances: applyBalanceChanges([usdt('10000')], r.balanceChanges) };
  }

  it('places its legs when it fills (same result), locking the bought base once', () => {
    const e = placeEntry(bracketOf(leg.tp('61000'), leg.sl('57000')));
    const r = expectKind(
      fillResting({
        order: e.order,
        price: a('58900'),
        quoteVolume24h: DEEP_VOLUME,
        balances: e.balances,
        position: undefined,
        now: LATER,
        fillId: 'fill-9',
        nextId: idSequence('leg'),
      }),
      'filled',
    );
    expect(r.fill).toMatchObject({ price: a('59000'), gross: a('590'), fee: a('0.59') });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: 0n, locked: a('-590.59') },
      { asset: 'BTC', available: 0n, locked: a('0.01') },
    ]);
    expect(r.linked).toEqual([
      {
        kind: 'resting',
        order: expect.objectContaining({
          id: 'leg-2',
          type: 'take_profit',
          groupId: 'leg-1',
          parentOrderId: 'order-1',
          lockedAmount: a('0.01'),
          createdAt: LATER,
        }),
      },
      {
        kind: 'resting',
        order: expect.objectContaining({ id: 'leg-3', type: 'stop_loss', groupId: 'leg-1', parentOrderId: 'order-1', lockedAmount: 0n }),
      },
    ]);
    expect(applyBalanceChanges(e.balances, r.balanceChanges)).toEqual([usdt('9409.41'), btc('0', '0.01')]);
  });

  it('needs nextId to fill', () => {
    const e = placeEntry(bracketOf(leg.tp('61000'), leg.sl('57000')));
    expect(() =>
      fillResting({
        order: e.order,
        price: a('58900'),
        quoteVolume24h: DEEP_VOLUME,
        balances: e.balances,
        position: undefined,
        now: LATER,
        fillId: 'fill-9',
      }),
    ).toThrow(/nextId/);
  });

  it('filled by a tick gapped below the stop: the stop fills at once at that tick, the take-profit is cancelled oco, flat', () => {
    const e = placeEntry(bracketOf(leg.tp('61000'), leg.sl('58000')));
    const r = expectKind(
      fillResting({
        order: e.order,
        price: a('57000'),
        quoteVolume24h: DEEP_VOLUME,
        balances: e.balances,
        position: undefined,
        now: LATER,
        fillId: 'fill-9',
        nextId: idSequence('leg'),
      }),
      'filled',
    );
    // entry at its limit 59000: gross 590, fee 0.59. SL at 57000 × 0.9999 = 56994.3: gross 569.943, fee 0.569943
    expect(r.fill).toMatchObject({ id: 'fill-9', price: a('59000'), gross: a('590') });
    expect(r.linked).toEqual([
      {
        kind: 'filled',
        order: expect.objectContaining({ id: 'leg-3', type: 'stop_loss', status: 'filled', parentOrderId: 'order-1' }),
        fill: expect.objectContaining({
          id: 'leg-4',
          orderId: 'leg-3',
          side: 'sell',
          price: a('56994.3'),
          gross: a('569.943'),
          fee: a('0.569943'),
          realizedPnl: a('-20.057'),
        }),
      },
      { kind: 'cancelled', order: expect.objectContaining({ id: 'leg-2', status: 'cancelled', cancelReason: 'oco' }) },
    ]);
    expect(r.position).toEqual({ symbol: 'BTCUSDT', quantity: 0n, cost: 0n, realizedPnl: a('-20.057'), openFees: 0n });
    expect(r.balanceChanges).toEqual([{ asset: 'USDT', available: a('569.373057'), locked: a('-590.59') }]);
    const after = applyBalanceChanges(e.balances, r.balanceChanges);
    expect(after).toEqual([usdt('9978.783057')]);
    expect(money(after, r.position, a('0.59') + a('0.569943'))).toBe(a('10000'));
  });
});
