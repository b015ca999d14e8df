import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  FEE_RATE,
  MAX_SLIPPAGE,
  MIN_SLIPPAGE,
  buyLock,
  executeAt,
  executionPrice,
  fee,
  lockFor,
  marketExecution,
  quoteSettlement,
  slippage,
} from '../../../src/engine/index.js';
import { a } from './fixtures.js';

describe('fee', () => {
  it('is 0.1 % of gross', () => {
    expect(FEE_RATE).toBe(a('0.001'));
    expect(fee(a('600.06'))).toBe(a('0.60006'));
    expect(fee(a('10000'))).toBe(a('10'));
    expect(fee(0n)).toBe(0n);
  });

  it('rounds half-even to 8 decimals', () => {
    expect(fee(a('0.000005'))).toBe(0n); // 0.000000005 -> 0 (even)
    expect(fee(a('0.000015'))).toBe(a('0.00000002')); // 0.000000015 -> 2
    expect(fee(a('0.000025'))).toBe(a('0.00000002')); // 0.000000025 -> 2 (even)
    expect(fee(a('0.0000051'))).toBe(a('0.00000001')); // above the tie
    expect(fee(a('41.1110811'))).toBe(a('0.04111108'));
  });
});

describe('slippage', () => {
  const volume = a('1000000'); // 1M USDT of 24 h quote volume

  it.each([
    // participation ≤ 0.01 %: the floor
    ['0', '0.0001'],
    ['50', '0.0001'],
    ['100', '0.0001'], // p = 0.0001 exactly
    ['100.00000001', '0.0001'], // just above: the line starts at the floor (rounded to 8 dp)
    // 0.01 % < p ≤ 0.1 %: s = p
    ['100.01', '0.00010001'],
    ['500', '0.0005'],
    ['1000', '0.001'], // p = 0.001 exactly
    // 0.1 % < p < 1 %: s = 0.001 + (p − 0.001) × 4/9
    ['1000.09', '0.00100004'],
    ['2000', '0.00144444'], // 0.0014444… rounds down
    ['5500', '0.003'],
    ['9000', '0.00455556'], // 0.0045555… rounds up
    ['9999.99', '0.005'], // 0.00499999555… rounds to the cap
    // p ≥ 1 %: the cap
    ['10000', '0.005'],
    ['1000000', '0.005'],
    ['999999999', '0.005'],
  ])('notional %s against 1M volume → %s', (notional, expected) => {
    expect(slippage(a(notional), volume)).toBe(a(expected));
  });

  it('is 0.1 % when the volume is unknown or zero', () => {
    expect(slippage(a('600'), undefined)).toBe(a('0.001'));
    expect(slippage(a('600'), 0n)).toBe(a('0.001'));
    expect(slippage(a('0.01'), undefined)).toBe(a('0.001'));
  });

  it('is continuous at the band edges for any volume', () => {
    // at p = 0.001 both lines give 0.001; at p = 0.01 the second line reaches the cap
    for (const v of ['12345.67', '1000000', '987654321.12345678']) {
      const vol = a(v);
      expect(slippage(vol / 1000n, vol)).toBe(a('0.001'));
      expect(slippage(vol / 100n, vol)).toBe(MAX_SLIPPAGE);
    }
  });

  it('never decreases as the order grows, and stays within [0.01 %, 0.5 %]', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        (volume, n1, n2) => {
          const [small, large] = n1 <= n2 ? [n1, n2] : [n2, n1];
          const s1 = slippage(small, volume);
          const s2 = slippage(large, volume);
          return s1 <= s2 && s1 >= MIN_SLIPPAGE && s2 <= MAX_SLIPPAGE;
        },
      ),
    );
  });
});

describe('executionPrice', () => {
  it('buys pay ref × (1 + s), sells receive ref × (1 − s)', () => {
    expect(executionPrice(a('60000'), 'buy', a('0.0001'))).toBe(a('60006'));
    expect(executionPrice(a('60000'), 'sell', a('0.0001'))).toBe(a('59994'));
    expect(executionPrice(a('60000'), 'buy', a('0.005'))).toBe(a('60300'));
    expect(executionPrice(a('60000'), 'sell', 0n)).toBe(a('60000'));
  });

  it('rounds half-even to 8 decimals', () => {
    expect(executionPrice(a('0.00012345'), 'buy', a('0.0001'))).toBe(a('0.00012346')); // 0.000123462345
    expect(executionPrice(a('0.00012345'), 'sell', a('0.0001'))).toBe(a('0.00012344')); // 0.000123437655
  });
});

describe('executeAt / marketExecution', () => {
  it('prices the documented example: market buy 0.01 BTC at 60000 with minimum slippage', () => {
    const e = executeAt('buy', a('0.01'), a('60000'), a('0.0001'));
    expect(e).toEqual({
      referencePrice: a('60000'),
      price: a('60006'),
      slippage: a('0.0001'),
      slippagePct: a('0.01'),
      gross: a('600.06'),
      fee: a('0.60006'),
    });
    expect(quoteSettlement('buy', e)).toBe(a('600.66006'));
  });

  it('a sell receives gross − fee', () => {
    const e = executeAt('sell', a('0.01'), a('60000'), a('0.0001'));
    expect(e.price).toBe(a('59994'));
    expect(e.gross).toBe(a('599.94'));
    expect(e.fee).toBe(a('0.59994'));
    expect(quoteSettlement('sell', e)).toBe(a('599.34006'));
  });

  it('derives slippage from the notional at the reference price against the 24 h volume', () => {
    // 1 BTC × 60000 = 60000 against 60M volume: p = 0.1 % → s = 0.1 %
    const e = marketExecution('buy', a('1'), a('60000'), a('60000000'));
    expect(e.slippage).toBe(a('0.001'));
    expect(e.slippagePct).toBe(a('0.1'));
    expect(e.price).toBe(a('60060'));
    // same order, unknown volume: 0.1 % as well; against 1M volume (p = 6 %): capped at 0.5 %
    expect(marketExecution('sell', a('1'), a('60000'), undefined).price).toBe(a('59940'));
    expect(marketExecution('sell', a('1'), a('60000'), a('1000000')).price).toBe(a('59700'));
  });
});

describe('locks', () => {
  it('a buy limit locks qty × X × (1 + fee), exactly the cost of its fill', () => {
    expect(buyLock('limit', a('0.01'), a('60000'))).toBe(a('600.6'));
    expect(buyLock('limit', a('0.00333'), a('12345.67'))).toBe(a('41.15219218')); // 41.1110811 + 0.04111108
    const fill = executeAt('buy', a('0.00333'), a('12345.67'), 0n);
    expect(quoteSettlement('buy', fill)).toBe(buyLock('limit', a('0.00333'), a('12345.67')));
  });

  it('a buy stop/take-profit locks qty × T × 1.005 × 1.001, the cost at the trigger with maximum slippage', () => {
    expect(buyLock('stop_loss', a('0.01'), a('60000'))).toBe(a('603.603'));
    expect(buyLock('take_profit', a('0.01'), a('55000'))).toBe(a('553.30275'));
    const worst = executeAt('buy', a('0.01'), a('60000'), MAX_SLIPPAGE);
    expect(quoteSettlement('buy', worst)).toBe(buyLock('stop_loss', a('0.01'), a('60000')));
  });

  it('sells lock the base quantity; buys lock the quote asset', () => {
    const pair = { baseAsset: 'BTC', quoteAsset: 'USDT' };
    expect(lockFor({ side: 'sell', type: 'limit', quantity: a('0.25'), price: a('70000') }, pair)).toEqual({
      asset: 'BTC',
      amount: a('0.25'),
    });
    expect(lockFor({ side: 'sell', type: 'stop_loss', quantity: a('0.25'), price: a('50000') }, pair)).toEqual({
      asset: 'BTC',
      amount: a('0.25'),
    });
    expect(lockFor({ side: 'buy', type: 'take_profit', quantity: a('0.01'), price: a('55000') }, pair)).toEqual({
      asset: 'USDT',
      amount: a('553.30275'),
    });
  });

  it('a stop buy lock covers every fill at or below its trigger', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }), // quantity units
        fc.bigInt({ min: 1n, max: 10n ** 13n }), // trigger units
        fc.bigInt({ min: 0n, max: 10n ** 13n }), // how far below the trigger the tick is
        fc.option(fc.bigInt({ min: 0n, max: 10n ** 20n })),
        (qty, trigger, below, volume) => {
          const tick = trigger - (below % trigger);
          const e = marketExecution('buy', qty, tick, volume ?? undefined);
          return quoteSettlement('buy', e) <= buyLock('stop_loss', qty, trigger);
        },
      ),
    );
  });
});
