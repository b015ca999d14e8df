import { describe, it, expect } from 'vitest';
import {
  applyBalanceChanges,
  cancelOrder,
  fillResting,
  placeOrder,
  type FillRestingResult,
  type OrderIntent,
  type Position,
  type RestingOrder,
  type WalletBalance,
} from '../../../src/engine/index.js';
import type { Amount } from '../../../src/money.js';
import { a, btc, DEEP_VOLUME, NOW, placeInput, position, resting, usdt } from './fixtures.js';

const LATER = NOW + 60_000;

interface Placed {
  order: RestingOrder;
  balances: WalletBalance[];
  position: Position | undefined;
}

/** Places an order at P = 60000 for an agent with 10,000 USDT and 0.1 BTC (cost 5000). */
function place(intent: OrderIntent, balances = [usdt('10000'), btc('0.1')]): Placed {
  const agent = { balances, position: position('0.1', '5000') };
  const r = placeOrder(placeInput(intent, { agent }));
  if (r.kind !== 'resting') throw new Error(`expected a resting order, got ${r.kind}`);
  return { order: r.order, balances: applyBalanceChanges(balances, r.balanceChanges), position: agent.position };
}

function tick(placed: Placed, price: string, ...volume: [Amount | undefined] | []): FillRestingResult {
  const quoteVolume24h = volume.length === 0 ? DEEP_VOLUME : volume[0];
  return fillResting({
    order: placed.order,
    price: a(price),
    quoteVolume24h,
    balances: placed.balances,
    position: placed.position,
    now: LATER,
    fillId: 'fill-9',
  });
}

function filled(result: FillRestingResult) {
  if (result.kind !== 'filled') throw new Error(`expected a fill, got ${result.kind}`);
  // a lone order changes no other order
  expect(result.linked).toEqual([]);
  return result;
}

describe('resting limit orders fill at exactly their limit, no slippage', () => {
  it.each(['59000', '58000', '1'])('a buy limit at 59000 on a tick at %s fills at 59000, its lock spent exactly', (price) => {
    const placed = place(resting('limit', 'buy', '0.01', '59000'));
    expect(placed.order.lockedAmount).toBe(a('590.59'));
    const r = filled(tick(placed, price));
    expect(r.fill).toMatchObject({
      id: 'fill-9',
      orderId: 'order-1',
      price: a('59000'),
      slippagePct: 0n,
      gross: a('590'),
      fee: a('0.59'),
      executedAt: LATER,
    });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: 0n, locked: a('-590.59') },
      { asset: 'BTC', available: a('0.01'), locked: 0n },
    ]);
    expect(applyBalanceChanges(placed.balances, r.balanceChanges)).toEqual([usdt('9409.41'), btc('0.11')]);
    expect(r.order).toMatchObject({
      status: 'filled',
      type: 'limit',
      price: a('59000'),
      createdAt: NOW,
      closedAt: LATER,
      cancelReason: null,
    });
    expect(r.position).toEqual(position('0.11', '5590', '0', 'BTCUSDT', '0.59'));
  });

  it.each(['61000', '65000'])('a sell limit at 61000 on a tick at %s fills at 61000 from its base lock', (price) => {
    const placed = place(resting('limit', 'sell', '0.01', '61000'));
    const r = filled(tick(placed, price));
    expect(r.fill).toMatchObject({
      price: a('61000'),
      gross: a('610'),
      fee: a('0.61'),
      realizedPnl: a('110'),
      netPnl: a('110') - a('0.61'),
    });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('609.39'), locked: 0n },
      { asset: 'BTC', available: 0n, locked: a('-0.01') },
    ]);
    expect(applyBalanceChanges(placed.balances, r.balanceChanges)).toEqual([usdt('10609.39'), btc('0.09')]);
    expect(r.position).toEqual(position('0.09', '4500', '110'));
  });
});

describe('triggered stop-loss / take-profit fill as market orders at the tick price, with slippage', () => {
  it.each([
    // side, type, trigger, tick, fill price, gross, fee
    ['sell', 'stop_loss', '55000', '55000', '54994.5', '549.945', '0.549945'],
    ['sell', 'stop_loss', '55000', '50000', '49995', '499.95', '0.49995'], // gapped down past the trigger
    ['sell', 'take_profit', '65000', '65000', '64993.5', '649.935', '0.649935'],
    ['sell', 'take_profit', '65000', '66000', '65993.4', '659.934', '0.659934'], // gapped up
  ] as const)('%s %s at %s, tick %s → %s', (side, type, trigger, price, fillPrice, gross, fee) => {
    const placed = place(resting(type, side, '0.01', trigger));
    const r = filled(tick(placed, price));
    expect(r.fill).toMatchObject({ price: a(fillPrice), referencePrice: a(price), slippagePct: a('0.01'), gross: a(gross), fee: a(fee) });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a(gross) - a(fee), locked: 0n },
      { asset: 'BTC', available: 0n, locked: a('-0.01') },
    ]);
    expect(r.fill.realizedPnl).toBe(a(gross) - a('500')); // 0.01 of a position bought at 50000
  });

  it.each([
    // type, trigger, tick, fill price, cost (gross + fee), released from the lock
    ['stop_loss', '65000', '65000', '65006.5', '650.715065', '3.188185'],
    ['take_profit', '55000', '55000', '55005.5', '550.605055', '2.697695'],
    ['take_profit', '55000', '50000', '50005', '500.55005', '52.7527'], // gapped down: cheaper
  ] as const)('buy %s at %s, tick %s → %s; the unused lock is released', (type, trigger, price, fillPrice, cost, released) => {
    const placed = place(resting(type, 'buy', '0.01', trigger));
    const lock = placed.order.lockedAmount;
    const r = filled(tick(placed, price));
    expect(r.fill.price).toBe(a(fillPrice));
    expect(r.fill.gross + r.fill.fee).toBe(a(cost));
    expect(lock - a(cost)).toBe(a(released));
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a(released), locked: -lock },
      { asset: 'BTC', available: a('0.01'), locked: 0n },
    ]);
    const after = applyBalanceChanges(placed.balances, r.balanceChanges);
    expect(after).toEqual([{ asset: 'USDT', available: a('10000') - a(cost), locked: 0n }, btc('0.11')]);
  });

  it('slippage of a triggered order follows the 24 h quote volume (unknown → 0.1 %)', () => {
    const placed = place(resting('stop_loss', 'sell', '0.01', '55000'));
    expect(filled(tick(placed, '55000', undefined)).fill.price).toBe(a('54945'));
    // 0.01 × 55000 = 550 against 550,000: p = 0.1 % → s = 0.1 %
    expect(filled(tick(placed, '55000', a('550000'))).fill.price).toBe(a('54945'));
    // against 55,000: p = 1 % → capped at 0.5 %
    expect(filled(tick(placed, '55000', a('55000'))).fill.price).toBe(a('54725'));
  });
});

describe('a buy stop that gaps past its lock', () => {
  // lock 653.90325 for 0.01 at trigger 65000; a tick at 70000 costs 700.77007 (70007 × 0.01 + fee)
  const shortfall = a('700.77007') - a('653.90325');

  it('takes the difference from available USDT when there is enough', () => {
    expect(shortfall).toBe(a('46.86682'));
    const placed = place(resting('stop_loss', 'buy', '0.01', '65000'), [usdt('700.77007')]);
    expect(placed.balances).toEqual([usdt('46.86682', '653.90325')]);
    const r = filled(tick(placed, '70000'));
    expect(r.fill.price).toBe(a('70007'));
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: -shortfall, locked: a('-653.90325') },
      { asset: 'BTC', available: a('0.01'), locked: 0n },
    ]);
    expect(applyBalanceChanges(placed.balances, r.balanceChanges)).toEqual([usdt('0'), btc('0.01')]);
  });

  it('is cancelled with reason insufficient_balance and its whole lock released when there is not', () => {
    const placed = place(resting('stop_loss', 'buy', '0.01', '65000'), [usdt('700.77006999')]);
    const r = tick(placed, '70000');
    expect(r.kind).toBe('cancelled');
    if (r.kind !== 'cancelled') return;
    expect(r.order).toMatchObject({ status: 'cancelled', cancelReason: 'insufficient_balance', closedAt: LATER });
    expect(r.released).toEqual({ asset: 'USDT', amount: a('653.90325') });
    expect(r.balanceChanges).toEqual([{ asset: 'USDT', available: a('653.90325'), locked: a('-653.90325') }]);
    expect(applyBalanceChanges(placed.balances, r.balanceChanges)).toEqual([usdt('700.77006999')]);
    expect(r).not.toHaveProperty('fill');
    expect(r.linked).toEqual([]);
  });
});

describe('a tick that does not cross the order', () => {
  it.each([
    ['limit', 'buy', '59000', '59000.01'],
    ['limit', 'sell', '61000', '60999.99'],
    ['stop_loss', 'sell', '55000', '55000.01'],
    ['stop_loss', 'buy', '65000', '64999.99'],
    ['take_profit', 'sell', '65000', '64999.99'],
    ['take_profit', 'buy', '55000', '55000.01'],
  ] as const)('%s %s at %s is not filled by a tick at %s (a caller bug: it throws)', (type, side, price, tickPrice) => {
    const placed = place(resting(type, side, '0.01', price));
    expect(() => tick(placed, tickPrice)).toThrow(/not crossed/);
  });
});

describe('cancelOrder', () => {
  it('releases the whole lock of a buy; balances return exactly to before placement', () => {
    const placed = place(resting('stop_loss', 'buy', '0.01', '65000'));
    const r = cancelOrder(placed.order, LATER);
    expect(r.order).toMatchObject({ id: 'order-1', status: 'cancelled', cancelReason: 'user', closedAt: LATER, price: a('65000') });
    expect(r.order).not.toHaveProperty('lockedAmount');
    expect(r.released).toEqual({ asset: 'USDT', amount: a('653.90325') });
    expect(applyBalanceChanges(placed.balances, r.balanceChanges)).toEqual([usdt('10000'), btc('0.1')]);
  });

  it('releases the base lock of a sell', () => {
    const placed = place(resting('take_profit', 'sell', '0.04', '65000'));
    expect(placed.balances).toEqual([usdt('10000'), btc('0.06', '0.04')]);
    const r = cancelOrder(placed.order, LATER);
    expect(r.balanceChanges).toEqual([{ asset: 'BTC', available: a('0.04'), locked: a('-0.04') }]);
    expect(applyBalanceChanges(placed.balances, r.balanceChanges)).toEqual([usdt('10000'), btc('0.1')]);
  });

  it('expiry gives status expired; a reset gives cancelled with reason reset; both release everything', () => {
    const placed = place(resting('limit', 'buy', '0.01', '59000'));
    const expired = cancelOrder(placed.order, LATER, 'expired');
    expect(expired.order).toMatchObject({ status: 'expired', cancelReason: 'expired' });
    expect(expired.released.amount).toBe(a('590.59'));
    const reset = cancelOrder(placed.order, LATER, 'reset');
    expect(reset.order).toMatchObject({ status: 'cancelled', cancelReason: 'reset' });
    expect(applyBalanceChanges(placed.balances, reset.balanceChanges)).toEqual([usdt('10000'), btc('0.1')]);
  });
});

describe('applyBalanceChanges', () => {
  it('adds assets not yet held and refuses to go negative', () => {
    expect(applyBalanceChanges([usdt('1')], [{ asset: 'BTC', available: a('0.5'), locked: 0n }])).toEqual([usdt('1'), btc('0.5')]);
    expect(() => applyBalanceChanges([usdt('1')], [{ asset: 'USDT', available: a('-1.00000001'), locked: 0n }])).toThrow(RangeError);
    expect(() => applyBalanceChanges([usdt('1')], [{ asset: 'USDT', available: 0n, locked: -1n }])).toThrow(/negative/);
  });
});
