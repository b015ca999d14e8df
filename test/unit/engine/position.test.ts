import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { applyFill, avgEntryPrice, unrealizedPnl, type Position } from '../../../src/engine/index.js';
import { mulAmount } from '../../../src/money.js';
import { a, position } from './fixtures.js';

/** Applies a fill at `price` (gross = qty × price) paying `fee` and returns the new position and its PnL. */
function trade(p: Position | undefined, side: 'buy' | 'sell', qty: string, price: string, fee = '0') {
  return applyFill(p, 'BTCUSDT', side, a(qty), mulAmount(a(qty), a(price)), a(fee));
}

describe('positions at average cost', () => {
  it('buys add quantity and gross cost (fees excluded); the average is cost / quantity', () => {
    const first = trade(undefined, 'buy', '0.5', '100');
    expect(first).toEqual({ position: position('0.5', '50'), realizedPnl: 0n, netPnl: 0n });
    const second = trade(first.position, 'buy', '1.5', '120');
    expect(second.position).toEqual(position('2', '230'));
    expect(avgEntryPrice(second.position)).toBe(a('115'));
  });

  it('partial sells realize (price − avg entry) × qty and keep the average', () => {
    const held = position('2', '230'); // avg 115
    const s1 = trade(held, 'sell', '0.5', '130');
    expect(s1.realizedPnl).toBe(a('7.5'));
    expect(s1.position).toEqual(position('1.5', '172.5', '7.5'));
    expect(avgEntryPrice(s1.position)).toBe(a('115'));
    const s2 = trade(s1.position, 'sell', '1.5', '112');
    expect(s2.realizedPnl).toBe(a('-4.5'));
    expect(s2.position).toEqual(position('0', '0', '3'));
    expect(avgEntryPrice(s2.position)).toBe(0n);
  });

  it('a closed position keeps its realized PnL and the next buy restarts the average', () => {
    const reopened = trade(position('0', '0', '3'), 'buy', '1', '200');
    expect(reopened.position).toEqual(position('1', '200', '3'));
    expect(avgEntryPrice(reopened.position)).toBe(a('200'));
  });

  it('is exact to 1e-8 with an average that does not terminate, and a round trip realizes exactly proceeds − cost', () => {
    let p = trade(undefined, 'buy', '1', '100').position;
    p = trade(p, 'buy', '2', '101').position;
    expect(p).toEqual(position('3', '302'));
    expect(avgEntryPrice(p)).toBe(a('100.66666667'));
    const s1 = trade(p, 'sell', '1', '110');
    expect(s1.realizedPnl).toBe(a('9.33333333')); // (110 − 100.666…) × 1
    expect(s1.position.cost).toBe(a('201.33333333')); // 302 × 2/3
    const s2 = trade(s1.position, 'sell', '2', '90');
    expect(s2.realizedPnl).toBe(a('-21.33333333')); // 180 − 201.33333333, the whole remaining basis
    expect(s2.position).toEqual(position('0', '0', '-12'));
    // 100 + 202 paid, 110 + 180 received
    expect(s1.realizedPnl + s2.realizedPnl).toBe(a('290') - a('302'));
  });

  it('unrealized PnL is quantity × price − cost', () => {
    expect(unrealizedPnl(position('2', '230'), a('130'))).toBe(a('30'));
    expect(unrealizedPnl(position('2', '230'), a('100'))).toBe(a('-30'));
    expect(unrealizedPnl(position('0', '0', '5'), a('100'))).toBe(0n);
  });

  it('refuses to sell more than is held (no shorting)', () => {
    expect(() => trade(position('1', '100'), 'sell', '1.00000001', '100')).toThrow(/cannot sell/);
    expect(() => trade(undefined, 'sell', '0.1', '100')).toThrow(/cannot sell/);
  });

  it('on random trades: realized PnL is within 1e-8 of (price − cost/qty) × qty, cost never goes negative, and Σ realized + cost = Σ sells − Σ buys exactly', () => {
    const step = fc.record({
      buy: fc.boolean(),
      qty: fc.bigInt({ min: 1n, max: 10n ** 11n }),
      price: fc.bigInt({ min: 1n, max: 10n ** 13n }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let p: Position | undefined;
        let bought = 0n;
        let sold = 0n;
        for (const s of steps) {
          const held = p?.quantity ?? 0n;
          const gross = (qty: bigint) => mulAmount(qty, s.price);
          if (s.buy || held === 0n) {
            p = applyFill(p, 'X', 'buy', s.qty, gross(s.qty), 0n).position;
            bought += gross(s.qty);
            continue;
          }
          const qty = ((s.qty - 1n) % held) + 1n;
          const before = p!;
          const r = applyFill(before, 'X', 'sell', qty, gross(qty), 0n);
          sold += gross(qty);
          // exact = qty × price − cost × qty / held (in units), scaled by held × 1e8 to stay integral
          const exactTimes = qty * s.price * held - before.cost * qty * 10n ** 8n;
          const diff = r.realizedPnl * held * 10n ** 8n - exactTimes;
          if ((diff < 0n ? -diff : diff) > held * 10n ** 8n) return false;
          p = r.position;
          if (p.cost < 0n || p.quantity < 0n) return false;
        }
        const realized = p?.realizedPnl ?? 0n;
        const cost = p?.cost ?? 0n;
        return realized === sold - bought + cost;
      }),
    );
  });

  it('charges a closing trade its own fee and its pro-rata share of the opening fees', () => {
    let p = trade(undefined, 'buy', '1', '100', '0.1').position;
    p = trade(p, 'buy', '1', '110', '0.11').position;
    expect(p.openFees).toBe(a('0.21'));
    const s1 = trade(p, 'sell', '1', '120', '0.12');
    // realized = 120 − 105 = 15; net = 15 − 0.12 − 0.21 × 1/2
    expect(s1.realizedPnl).toBe(a('15'));
    expect(s1.netPnl).toBe(a('15') - a('0.12') - a('0.105'));
    expect(s1.position.openFees).toBe(a('0.105'));
    // The last sale carries the rest of the opening fees, whatever rounding came before.
    const s2 = trade(s1.position, 'sell', '1', '90', '0.09');
    expect(s2.netPnl).toBe(a('-15') - a('0.09') - a('0.105'));
    expect(s2.position.openFees).toBe(0n);
    // No fee lost between trades: Σ net = Σ realized − Σ fees.
    expect(s1.netPnl + s2.netPnl).toBe(a('0') - (a('0.1') + a('0.11') + a('0.12') + a('0.09')));
  });

  it('on random trades, once flat, Σ net PnL of the sells = Σ realized − every fee paid, exactly', () => {
    const step = fc.record({
      buy: fc.boolean(),
      qty: fc.bigInt({ min: 1n, max: 10n ** 11n }),
      price: fc.bigInt({ min: 1n, max: 10n ** 13n }),
      fee: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let p: Position | undefined;
        let net = 0n;
        let realized = 0n;
        let fees = 0n;
        for (const s of steps) {
          const held = p?.quantity ?? 0n;
          const buy = s.buy || held === 0n;
          const qty = buy ? s.qty : ((s.qty - 1n) % held) + 1n;
          const r = applyFill(p, 'X', buy ? 'buy' : 'sell', qty, mulAmount(qty, s.price), s.fee);
          p = r.position;
          net += r.netPnl;
          realized += r.realizedPnl;
          fees += s.fee;
          if (p.openFees < 0n) return false;
        }
        if (p && p.quantity > 0n) {
          const r = applyFill(p, 'X', 'sell', p.quantity, mulAmount(p.quantity, 1n), 0n);
          net += r.netPnl;
          realized += r.realizedPnl;
        }
        return net === realized - fees;
      }),
    );
  });
});
