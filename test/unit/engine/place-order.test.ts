import { describe, it, expect } from 'vitest';
import { formatAmount } from '../../../src/money.js';
import { PLAIN_ORDER, placeOrder, type PlaceOrderResult, type RejectionCode } from '../../../src/engine/index.js';
import { a, BTCUSDT, btc, market, NOW, placeInput, position, resting, usdt } from './fixtures.js';

function expectRejected(result: PlaceOrderResult, code: RejectionCode, reason: string) {
  expect(result.kind).toBe('rejected');
  if (result.kind !== 'rejected') throw new Error('not rejected');
  expect({ code: result.code, reason: result.details.reason }).toEqual({ code, reason });
  expect(result.message.length).toBeGreaterThan(0);
  return result;
}

function expectFilled(result: PlaceOrderResult) {
  if (result.kind !== 'filled')
    throw new Error(`expected a fill, got ${JSON.stringify(result, (_, v) => (typeof v === 'bigint' ? String(v) : v))}`);
  // no bracket: nothing else is placed or closed
  expect(result.linked).toEqual([]);
  return result;
}

function expectResting(result: PlaceOrderResult) {
  if (result.kind !== 'resting') throw new Error(`expected a resting order, got ${result.kind}`);
  return result;
}

/** An agent holding 0.1 BTC bought for 5000 USDT, plus 10,000 USDT. */
const holder = { balances: [usdt('10000'), btc('0.1')], position: position('0.1', '5000') };

describe('market orders', () => {
  it('a buy fills at once at P × (1 + s) and pays gross + fee from available USDT', () => {
    const r = expectFilled(placeOrder(placeInput(market('buy', '0.01'))));
    expect(r.fill).toEqual({
      id: 'fill-1',
      orderId: 'order-1',
      agentId: 'agent-1',
      symbol: 'BTCUSDT',
      side: 'buy',
      quantity: a('0.01'),
      price: a('60006'),
      referencePrice: a('60000'),
      slippagePct: a('0.01'),
      gross: a('600.06'),
      fee: a('0.60006'),
      realizedPnl: 0n,
      netPnl: 0n,
      executedAt: NOW,
    });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('-600.66006'), locked: 0n },
      { asset: 'BTC', available: a('0.01'), locked: 0n },
    ]);
    expect(r.position).toEqual(position('0.01', '600.06', '0', 'BTCUSDT', '0.60006'));
    expect(r.order).toMatchObject({ id: 'order-1', type: 'market', price: null, status: 'filled', createdAt: NOW, closedAt: NOW });
  });

  it('a sell fills at P × (1 − s), receives gross − fee and realizes PnL against the average entry', () => {
    const r = expectFilled(placeOrder(placeInput(market('sell', '0.05'), { agent: holder })));
    expect(r.fill.price).toBe(a('59994'));
    expect(r.fill.gross).toBe(a('2999.7'));
    expect(r.fill.fee).toBe(a('2.9997'));
    expect(r.fill.realizedPnl).toBe(a('499.7')); // (59994 − 50000) × 0.05
    expect(r.fill.netPnl).toBe(a('499.7') - a('2.9997')); // no opening fees on the holder's position
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('2996.7003'), locked: 0n },
      { asset: 'BTC', available: a('-0.05'), locked: 0n },
    ]);
    expect(r.position).toEqual(position('0.05', '2500', '499.7'));
  });

  it('slippage grows with the order against the 24 h quote volume', () => {
    // 1 BTC = 60000 USDT against 12M: p = 0.5 % → s = 0.001 + 0.004 × 4/9 = 0.00277778
    const r = expectFilled(
      placeOrder(placeInput(market('buy', '1'), { quoteVolume24h: a('12000000'), agent: { balances: [usdt('100000')] } })),
    );
    expect(r.fill.slippagePct).toBe(a('0.277778'));
    expect(r.fill.price).toBe(a('60166.6668'));
  });

  it('a sell needs the base asset: no shorting', () => {
    const r = expectRejected(placeOrder(placeInput(market('sell', '0.01'))), 'INSUFFICIENT_BALANCE', 'insufficient_balance');
    expect(r.details).toMatchObject({ asset: 'BTC', required: '0.01000000', available: '0.00000000' });
  });
});

describe('limit orders at placement', () => {
  it('a buy below the market rests and locks qty × X × (1 + fee) USDT', () => {
    const r = expectResting(placeOrder(placeInput(resting('limit', 'buy', '0.01', '59000'))));
    expect(r.order).toEqual({
      id: 'order-1',
      agentId: 'agent-1',
      symbol: 'BTCUSDT',
      baseAsset: 'BTC',
      quoteAsset: 'USDT',
      side: 'buy',
      type: 'limit',
      quantity: a('0.01'),
      price: a('59000'),
      createdAt: NOW,
      ...PLAIN_ORDER,
      lockedAsset: 'USDT',
      lockedAmount: a('590.59'),
    });
    expect(r.balanceChanges).toEqual([{ asset: 'USDT', available: a('-590.59'), locked: a('590.59') }]);
  });

  it('a sell above the market rests and locks the base quantity', () => {
    const r = expectResting(placeOrder(placeInput(resting('limit', 'sell', '0.01', '61000'), { agent: holder })));
    expect(r.order).toMatchObject({ lockedAsset: 'BTC', lockedAmount: a('0.01') });
    expect(r.balanceChanges).toEqual([{ asset: 'BTC', available: a('-0.01'), locked: a('0.01') }]);
  });

  it.each([
    ['above', '61000'],
    ['exactly at', '60000'],
  ])('a buy %s the market is marketable: fills at once at P, the better price, without slippage', (_, limit) => {
    const r = expectFilled(placeOrder(placeInput(resting('limit', 'buy', '0.01', limit))));
    expect(r.fill).toMatchObject({ price: a('60000'), referencePrice: a('60000'), slippagePct: 0n, gross: a('600'), fee: a('0.6') });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('-600.6'), locked: 0n },
      { asset: 'BTC', available: a('0.01'), locked: 0n },
    ]);
    expect(r.order).toMatchObject({ type: 'limit', price: a(limit), status: 'filled' });
  });

  it.each([
    ['below', '59000'],
    ['exactly at', '60000'],
  ])('a sell %s the market is marketable: fills at once at P', (_, limit) => {
    const r = expectFilled(placeOrder(placeInput(resting('limit', 'sell', '0.01', limit), { agent: holder })));
    expect(r.fill).toMatchObject({ price: a('60000'), slippagePct: 0n, gross: a('600'), fee: a('0.6'), realizedPnl: a('100') });
    expect(r.balanceChanges).toEqual([
      { asset: 'USDT', available: a('599.4'), locked: 0n },
      { asset: 'BTC', available: a('-0.01'), locked: 0n },
    ]);
  });
});

describe('stop-loss and take-profit at placement', () => {
  it.each([
    ['stop_loss', 'sell', '55000', 'BTC', '0.01'],
    ['stop_loss', 'buy', '65000', 'USDT', '653.90325'], // 0.01 × 65000 × 1.005 × 1.001
    ['take_profit', 'sell', '65000', 'BTC', '0.01'],
    ['take_profit', 'buy', '55000', 'USDT', '553.30275'], // 0.01 × 55000 × 1.005 × 1.001
  ] as const)('%s %s with trigger %s rests and locks %s %s', (type, side, trigger, asset, lock) => {
    const r = expectResting(placeOrder(placeInput(resting(type, side, '0.01', trigger), { agent: holder })));
    expect(r.order).toMatchObject({ type, side, price: a(trigger), lockedAsset: asset, lockedAmount: a(lock) });
    expect(r.balanceChanges).toEqual([{ asset, available: -a(lock), locked: a(lock) }]);
  });

  it.each([
    ['stop_loss', 'sell', '60000'], // P ≤ T already (equal)
    ['stop_loss', 'sell', '61000'],
    ['stop_loss', 'buy', '60000'], // P ≥ T already
    ['stop_loss', 'buy', '59000'],
    ['take_profit', 'sell', '60000'], // P ≥ T already
    ['take_profit', 'sell', '59000'],
    ['take_profit', 'buy', '60000'], // P ≤ T already
    ['take_profit', 'buy', '61000'],
  ] as const)('%s %s with trigger %s is already crossed at P = 60000: rejected', (type, side, trigger) => {
    const r = expectRejected(
      placeOrder(placeInput(resting(type, side, '0.01', trigger), { agent: holder })),
      'ORDER_REJECTED',
      'would_trigger_immediately',
    );
    expect(r.details).toMatchObject({ trigger_price: formatAmount(a(trigger)), market_price: '60000.00000000' });
  });
});

describe('risk step 1: symbol and price', () => {
  it('an unknown pair is INVALID_SYMBOL', () => {
    expectRejected(placeOrder(placeInput(market('buy', '0.01'), { pair: undefined })), 'INVALID_SYMBOL', 'unknown_symbol');
  });

  it('an inactive pair is INVALID_SYMBOL', () => {
    expectRejected(
      placeOrder(placeInput(market('buy', '0.01'), { pair: { ...BTCUSDT, status: 'inactive' } })),
      'INVALID_SYMBOL',
      'symbol_inactive',
    );
  });

  it('a pair not quoted in USDT is INVALID_SYMBOL', () => {
    const pair = { ...BTCUSDT, symbol: 'ETHBTC', baseAsset: 'ETH', quoteAsset: 'BTC' };
    expectRejected(placeOrder(placeInput(market('buy', '0.01', 'ETHBTC'), { pair })), 'INVALID_SYMBOL', 'unsupported_quote_asset');
  });

  it('no price yet is PRICE_NOT_AVAILABLE', () => {
    expectRejected(placeOrder(placeInput(market('buy', '0.01'), { price: undefined })), 'PRICE_NOT_AVAILABLE', 'price_unavailable');
    expectRejected(placeOrder(placeInput(market('buy', '0.01'), { price: 0n })), 'PRICE_NOT_AVAILABLE', 'price_unavailable');
  });

  it('an inactive pair without a price is INVALID_SYMBOL (earlier in the chain)', () => {
    expectRejected(
      placeOrder(placeInput(market('buy', '0.01'), { pair: { ...BTCUSDT, status: 'inactive' }, price: undefined })),
      'INVALID_SYMBOL',
      'symbol_inactive',
    );
  });
});

describe('risk step 2: the order against the pair filters', () => {
  it.each([
    ['0', 'quantity_not_positive'],
    ['0.000001', 'below_min_qty'],
    ['9000.00001', 'above_max_qty'],
    ['0.000015', 'invalid_step_size'],
    ['1.000001', 'invalid_step_size'],
  ])('quantity %s is INVALID_QUANTITY %s', (qty, reason) => {
    const r = expectRejected(
      placeOrder(placeInput(market('buy', qty), { agent: { balances: [usdt('999999999999')] } })),
      'INVALID_QUANTITY',
      reason,
    );
    expect(r.details).toEqual({
      reason,
      quantity: formatAmount(a(qty)),
      min_qty: '0.00001000',
      max_qty: '9000.00000000',
      step_size: '0.00001000',
    });
  });

  it('a zero maxQty or stepSize means no maximum and no step', () => {
    const pair = { ...BTCUSDT, maxQty: 0n, stepSize: 0n };
    const r = expectFilled(placeOrder(placeInput(market('buy', '10000.1234567'), { pair, agent: { balances: [usdt('999999999999')] } })));
    expect(r.fill.quantity).toBe(a('10000.1234567'));
  });

  it.each([
    ['limit', '0', 'price_not_positive'],
    ['limit', '59000.005', 'invalid_tick_size'],
    ['stop_loss', '55000.001', 'invalid_tick_size'],
    ['take_profit', '65000.1234', 'invalid_tick_size'],
  ] as const)('a %s price %s is INVALID_PRICE %s', (type, price, reason) => {
    const r = expectRejected(placeOrder(placeInput(resting(type, 'sell', '0.01', price), { agent: holder })), 'INVALID_PRICE', reason);
    expect(r.details).toEqual({ reason, price: formatAmount(a(price)), tick_size: '0.01000000' });
  });

  it('notional below the pair minimum is INVALID_QUANTITY below_min_notional', () => {
    // 0.00005 × 60000 = 3 < 5
    const r = expectRejected(placeOrder(placeInput(market('buy', '0.00005'))), 'INVALID_QUANTITY', 'below_min_notional');
    expect(r.details).toMatchObject({ notional: '3.00000000', min_notional: '5.00000000', quantity: '0.00005000' });
  });

  it("a limit order's notional uses its limit price, not P", () => {
    // 0.0001 × 40000 = 4 < 5, although 0.0001 × 60000 = 6
    expectRejected(placeOrder(placeInput(resting('limit', 'buy', '0.0001', '40000'))), 'INVALID_QUANTITY', 'below_min_notional');
    expectResting(placeOrder(placeInput(resting('limit', 'buy', '0.0001', '50000'))));
  });

  it('a marketable limit trades qty × P, so its notional is qty × P', () => {
    // sell 0.0001 at limit 40000 (value 4 < 5) is marketable at 60000 and trades 6 ≥ 5
    const r = expectFilled(placeOrder(placeInput(resting('limit', 'sell', '0.0001', '40000'), { agent: holder })));
    expect(r.fill.gross).toBe(a('6'));
    // buy 0.1 at limit 70000 (value 7000) trades 6000 ≤ 60 % of 10000
    expectFilled(placeOrder(placeInput(resting('limit', 'buy', '0.1', '70000'), { risk: { max_order_size_pct: 60 } })));
    expectRejected(
      placeOrder(placeInput(resting('limit', 'buy', '0.1', '70000'), { risk: { max_order_size_pct: 59 } })),
      'ORDER_REJECTED',
      'order_too_large',
    );
  });

  it('notional below the profile minimum is ORDER_REJECTED order_too_small', () => {
    // 0.0001 × 60000 = 6 ≥ pair minimum 5, < profile minimum 10
    const r = expectRejected(
      placeOrder(placeInput(market('buy', '0.0001'), { risk: { min_order_size_usd: a('10') } })),
      'ORDER_REJECTED',
      'order_too_small',
    );
    expect(r.details).toMatchObject({ notional: '6.00000000', min_order_size_usd: '10.00000000' });
    expectFilled(placeOrder(placeInput(market('buy', '0.0001'), { risk: { min_order_size_usd: a('6') } })));
  });

  it('checks run in order: quantity before price before notional before minimum size before crossed trigger', () => {
    const tiny = resting('stop_loss', 'sell', '0.000015', '59000.005');
    expectRejected(placeOrder(placeInput(tiny, { agent: holder })), 'INVALID_QUANTITY', 'invalid_step_size');
    expectRejected(
      placeOrder(placeInput(resting('stop_loss', 'sell', '0.00001', '60000.001'), { agent: holder })),
      'INVALID_PRICE',
      'invalid_tick_size',
    );
    // 0.00001 × 61000 = 0.61: below min notional, also below order size, also already crossed
    expectRejected(
      placeOrder(placeInput(resting('stop_loss', 'sell', '0.00001', '61000'), { agent: holder, risk: { min_order_size_usd: a('10') } })),
      'INVALID_QUANTITY',
      'below_min_notional',
    );
    // 0.0001 × 61000 = 6.1: passes min notional, fails order size, also already crossed
    expectRejected(
      placeOrder(placeInput(resting('stop_loss', 'sell', '0.0001', '61000'), { agent: holder, risk: { min_order_size_usd: a('10') } })),
      'ORDER_REJECTED',
      'order_too_small',
    );
  });

  it('a malformed order is rejected as such even with no funds (step 2 before step 3)', () => {
    expectRejected(placeOrder(placeInput(market('buy', '0.000015'), { agent: { balances: [] } })), 'INVALID_QUANTITY', 'invalid_step_size');
    expectRejected(
      placeOrder(placeInput(resting('stop_loss', 'buy', '0.01', '59000'), { agent: { balances: [] } })),
      'ORDER_REJECTED',
      'would_trigger_immediately',
    );
  });
});

describe('risk step 3: funds', () => {
  it('a market buy needs qty × P × (1 + s) × (1 + fee), to the unit', () => {
    expectFilled(placeOrder(placeInput(market('buy', '0.01'), { agent: { balances: [usdt('600.66006')] } })));
    const r = expectRejected(
      placeOrder(placeInput(market('buy', '0.01'), { agent: { balances: [usdt('600.66005999')] } })),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
    expect(r.details).toEqual({
      reason: 'insufficient_balance',
      asset: 'USDT',
      required: '600.66006000',
      available: '600.66005999',
    });
  });

  it('a resting buy needs its lock; locked USDT does not count', () => {
    expectResting(placeOrder(placeInput(resting('limit', 'buy', '0.01', '59000'), { agent: { balances: [usdt('590.59')] } })));
    const r = expectRejected(
      placeOrder(placeInput(resting('limit', 'buy', '0.01', '59000'), { agent: { balances: [usdt('590.58999999', '5000')] } })),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
    expect(r.details).toMatchObject({ required: '590.59000000', available: '590.58999999' });
    expectRejected(
      placeOrder(placeInput(resting('stop_loss', 'buy', '0.01', '65000'), { agent: { balances: [usdt('653.90324999')] } })),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
    expectResting(placeOrder(placeInput(resting('stop_loss', 'buy', '0.01', '65000'), { agent: { balances: [usdt('653.90325')] } })));
  });

  it('a marketable limit buy needs only what it spends at P, not a lock at its limit', () => {
    expectFilled(placeOrder(placeInput(resting('limit', 'buy', '0.01', '61000'), { agent: { balances: [usdt('600.6')] } })));
    expectRejected(
      placeOrder(placeInput(resting('limit', 'buy', '0.01', '61000'), { agent: { balances: [usdt('600.59999999')] } })),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
  });

  it('a sell needs the base quantity available; base locked by another order does not count', () => {
    const r = expectRejected(
      placeOrder(
        placeInput(market('sell', '0.01'), { agent: { balances: [btc('0.00999', '0.01')], position: position('0.01999', '1000') } }),
      ),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
    expect(r.details).toMatchObject({ asset: 'BTC', required: '0.01000000', available: '0.00999000' });
    expectRejected(
      placeOrder(
        placeInput(resting('take_profit', 'sell', '0.01', '70000'), {
          agent: { balances: [btc('0', '0.01')], position: position('0.01', '600') },
        }),
      ),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
  });

  it('insufficient funds is reported before a size limit (step 3 before step 4)', () => {
    expectRejected(
      placeOrder(placeInput(market('buy', '0.01'), { agent: { balances: [usdt('100')] }, risk: { max_order_size_pct: 50 } })),
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
    );
  });
});

describe('risk step 4: order size against available USDT (buys)', () => {
  const risk = { max_order_size_pct: 50 };

  it('a buy above max_order_size_pct % of available USDT is ORDER_REJECTED order_too_large', () => {
    const r = expectRejected(placeOrder(placeInput(market('buy', '0.1'), { risk })), 'ORDER_REJECTED', 'order_too_large');
    expect(r.details).toEqual({
      reason: 'order_too_large',
      notional: '6000.00000000',
      available: '10000.00000000',
      max_order_size_pct: 50,
      max_notional: '5000.00000000',
    });
  });

  it('exactly the limit passes; one tick above fails (notional at the limit price)', () => {
    expectResting(placeOrder(placeInput(resting('limit', 'buy', '0.1', '50000'), { risk })));
    expectRejected(placeOrder(placeInput(resting('limit', 'buy', '0.1', '50000.01'), { risk })), 'ORDER_REJECTED', 'order_too_large');
  });

  it('sells are exempt, so a whole position can be closed in one order', () => {
    const agent = { balances: [usdt('0'), btc('1')], position: position('1', '50000') };
    expectFilled(placeOrder(placeInput(market('sell', '1'), { agent, risk: { max_order_size_pct: 1 } })));
  });

  it('order size is reported before position size (step 4 before step 5)', () => {
    expectRejected(
      placeOrder(placeInput(market('buy', '0.1'), { risk: { max_order_size_pct: 50, max_position_size_pct: 25 } })),
      'ORDER_REJECTED',
      'order_too_large',
    );
  });
});

describe('risk step 5: position size against equity (buys)', () => {
  const risk = { max_position_size_pct: 25 };

  it('a buy taking the position above max_position_size_pct % of equity is POSITION_LIMIT_EXCEEDED', () => {
    const r = expectRejected(placeOrder(placeInput(market('buy', '0.05'), { risk })), 'POSITION_LIMIT_EXCEEDED', 'position_limit_exceeded');
    expect(r.details).toEqual({
      reason: 'position_limit_exceeded',
      symbol: 'BTCUSDT',
      would_be_pct: '30.00000000',
      limit_pct: 25,
      current_value: '0.00000000',
      requested_value: '3000.00000000',
      equity: '10000.00000000',
    });
  });

  it('exactly the limit passes', () => {
    expectFilled(placeOrder(placeInput(market('buy', '0.05'), { risk, agent: { balances: [usdt('12000')] } })));
  });

  it('counts the base already held, available and locked, at P', () => {
    const agent = { balances: [usdt('8800'), btc('0.01', '0.01')], position: position('0.02', '1000') };
    const r = expectRejected(
      placeOrder(placeInput(market('buy', '0.03'), { risk, agent })),
      'POSITION_LIMIT_EXCEEDED',
      'position_limit_exceeded',
    );
    expect(r.details).toMatchObject({
      current_value: '1200.00000000',
      requested_value: '1800.00000000',
      equity: '10000.00000000',
      would_be_pct: '30.00000000',
    });
    expectFilled(placeOrder(placeInput(market('buy', '0.02'), { risk, agent })));
  });

  it('equity counts locked USDT and other assets at their last price; unpriced assets are left out', () => {
    const agent = { balances: [usdt('5000', '3000'), { asset: 'ETH', available: a('1'), locked: 0n }] };
    expectFilled(placeOrder(placeInput(market('buy', '0.04'), { risk, agent, prices: { ETHUSDT: a('2000') } })));
    const over = expectRejected(
      placeOrder(placeInput(market('buy', '0.05'), { risk, agent, prices: { ETHUSDT: a('2000') } })),
      'POSITION_LIMIT_EXCEEDED',
      'position_limit_exceeded',
    );
    expect(over.details.equity).toBe('10000.00000000');
    const unpriced = expectRejected(
      placeOrder(placeInput(market('buy', '0.04'), { risk, agent })),
      'POSITION_LIMIT_EXCEEDED',
      'position_limit_exceeded',
    );
    expect(unpriced.details.equity).toBe('8000.00000000');
  });

  it('sells are exempt', () => {
    const agent = { balances: [btc('1')], position: position('1', '50000') };
    expectFilled(placeOrder(placeInput(market('sell', '0.5'), { agent, risk: { max_position_size_pct: 1 } })));
  });

  it('position size is reported before open orders (step 5 before step 6)', () => {
    expectRejected(
      placeOrder(
        placeInput(resting('limit', 'buy', '0.05', '59000'), { risk: { ...risk, max_open_orders: 1 }, agent: { openOrderCount: 1 } }),
      ),
      'POSITION_LIMIT_EXCEEDED',
      'position_limit_exceeded',
    );
  });
});

describe('risk step 6: open orders (orders that will rest)', () => {
  const risk = { max_open_orders: 3 };

  it('a resting order at the maximum is ORDER_REJECTED max_open_orders_exceeded', () => {
    const r = expectRejected(
      placeOrder(placeInput(resting('limit', 'buy', '0.01', '59000'), { risk, agent: { openOrderCount: 3 } })),
      'ORDER_REJECTED',
      'max_open_orders_exceeded',
    );
    expect(r.details).toEqual({ reason: 'max_open_orders_exceeded', open_orders: 3, max_open_orders: 3 });
    expectResting(placeOrder(placeInput(resting('limit', 'buy', '0.01', '59000'), { risk, agent: { openOrderCount: 2 } })));
  });

  it('orders that fill at once do not open anything and are not limited', () => {
    expectFilled(placeOrder(placeInput(market('buy', '0.01'), { risk, agent: { openOrderCount: 3 } })));
    expectFilled(placeOrder(placeInput(resting('limit', 'buy', '0.01', '61000'), { risk, agent: { openOrderCount: 3 } })));
  });

  it('open orders are reported before the order rate (step 6 before step 7)', () => {
    expectRejected(
      placeOrder(
        placeInput(resting('limit', 'buy', '0.01', '59000'), {
          risk: { ...risk, order_rate_limit: 1 },
          agent: { openOrderCount: 3, ordersLastMinute: 1 },
        }),
      ),
      'ORDER_REJECTED',
      'max_open_orders_exceeded',
    );
  });
});

describe('risk step 7: order rate', () => {
  const risk = { order_rate_limit: 5 };

  it('at order_rate_limit accepted orders in the last minute, any order is ORDER_REJECTED rate_limit_exceeded', () => {
    const r = expectRejected(
      placeOrder(placeInput(market('buy', '0.01'), { risk, agent: { ordersLastMinute: 5 } })),
      'ORDER_REJECTED',
      'rate_limit_exceeded',
    );
    expect(r.details).toEqual({ reason: 'rate_limit_exceeded', orders_last_minute: 5, order_rate_limit: 5, window_seconds: 60 });
    expectFilled(placeOrder(placeInput(market('buy', '0.01'), { risk, agent: { ordersLastMinute: 4 } })));
  });

  it('the order rate is reported before the daily loss (step 7 before step 8)', () => {
    expectRejected(
      placeOrder(placeInput(market('buy', '0.01'), { risk, agent: { ordersLastMinute: 5, netRealizedPnlToday: a('-5000') } })),
      'ORDER_REJECTED',
      'rate_limit_exceeded',
    );
  });
});

describe('risk step 8: daily loss', () => {
  const risk = { daily_loss_limit_pct: 20 };

  it('a net loss today of daily_loss_limit_pct % of the starting balance is DAILY_LOSS_LIMIT, until 00:00 UTC', () => {
    const r = expectRejected(
      placeOrder(placeInput(market('buy', '0.01'), { risk, agent: { netRealizedPnlToday: a('-2000') } })),
      'DAILY_LOSS_LIMIT',
      'daily_loss_limit',
    );
    expect(r.details).toEqual({
      reason: 'daily_loss_limit',
      daily_loss: '2000.00000000',
      limit: '2000.00000000',
      daily_loss_limit_pct: 20,
      resets_at: '2026-03-02T00:00:00.000Z',
    });
  });

  it('a loss just under the limit, or a profit, passes', () => {
    expectFilled(placeOrder(placeInput(market('buy', '0.01'), { risk, agent: { netRealizedPnlToday: a('-1999.99999999') } })));
    expectFilled(placeOrder(placeInput(market('buy', '0.01'), { risk, agent: { netRealizedPnlToday: a('5000') } })));
  });

  it('the limit is a share of the starting balance, and sells are stopped too', () => {
    const agent = { startingBalance: a('5000'), netRealizedPnlToday: a('-1000'), balances: [btc('1')], position: position('1', '50000') };
    const r = expectRejected(placeOrder(placeInput(market('sell', '0.01'), { risk, agent })), 'DAILY_LOSS_LIMIT', 'daily_loss_limit');
    expect(r.details.limit).toBe('1000.00000000');
  });

  it('resets_at is the next 00:00 UTC after now', () => {
    const agent = { netRealizedPnlToday: a('-2000') };
    const at = (now: number) => {
      const r = placeOrder(placeInput(market('buy', '0.01'), { risk, agent, now }));
      return r.kind === 'rejected' ? r.details.resets_at : undefined;
    };
    expect(at(Date.UTC(2026, 2, 1))).toBe('2026-03-02T00:00:00.000Z');
    expect(at(Date.UTC(2026, 2, 1, 23, 59, 59, 999))).toBe('2026-03-02T00:00:00.000Z');
    expect(at(Date.UTC(2026, 11, 31, 8))).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('a rejected order', () => {
  it('changes nothing: a rejection carries no balance changes, order or fill', () => {
    const r = expectRejected(placeOrder(placeInput(market('buy', '1'))), 'INSUFFICIENT_BALANCE', 'insufficient_balance');
    expect(Object.keys(r).sort()).toEqual(['code', 'details', 'kind', 'message']);
  });
});
