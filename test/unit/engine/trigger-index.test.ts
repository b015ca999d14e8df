import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isTriggered, triggerDirection, TriggerIndex, type Triggerable } from '../../../src/engine/index.js';
import type { RestingType, Side } from '../../../src/engine/index.js';
import { a } from './fixtures.js';

const order = (id: string, side: Side, type: RestingType, price: string, createdAt = 0, symbol = 'BTCUSDT'): Triggerable => ({
  id,
  symbol,
  side,
  type,
  price: a(price),
  createdAt,
});

describe('trigger directions', () => {
  it.each([
    ['buy', 'limit', 'falls_to'],
    ['sell', 'limit', 'rises_to'],
    ['sell', 'stop_loss', 'falls_to'],
    ['buy', 'stop_loss', 'rises_to'],
    ['sell', 'take_profit', 'rises_to'],
    ['buy', 'take_profit', 'falls_to'],
  ] as const)('%s %s fires when the price %s its price (inclusive)', (side, type, direction) => {
    expect(triggerDirection(side, type)).toBe(direction);
    const o = { side, type, price: a('100') };
    expect(isTriggered(o, a('100'))).toBe(true);
    expect(isTriggered(o, a('99.99'))).toBe(direction === 'falls_to');
    expect(isTriggered(o, a('100.01'))).toBe(direction === 'rises_to');
  });
});

describe('TriggerIndex', () => {
  it('a tick returns exactly the crossed orders of its symbol, oldest first', () => {
    const index = new TriggerIndex<Triggerable>();
    const orders = [
      order('buy-limit-95', 'buy', 'limit', '95', 1),
      order('buy-limit-99', 'buy', 'limit', '99', 2),
      order('sell-limit-105', 'sell', 'limit', '105', 3),
      order('sell-stop-97', 'sell', 'stop_loss', '97', 4),
      order('buy-stop-103', 'buy', 'stop_loss', '103', 5),
      order('sell-tp-101', 'sell', 'take_profit', '101', 6),
      order('buy-tp-98', 'buy', 'take_profit', '98', 7),
      order('eth-buy-limit-99', 'buy', 'limit', '99', 0, 'ETHUSDT'),
    ];
    for (const o of orders) index.add(o);
    const ids = (price: string) => index.crossed('BTCUSDT', a(price)).map((o) => o.id);
    expect(ids('100')).toEqual([]);
    expect(ids('99')).toEqual(['buy-limit-99']);
    expect(ids('97')).toEqual(['buy-limit-99', 'sell-stop-97', 'buy-tp-98']);
    expect(ids('90')).toEqual(['buy-limit-95', 'buy-limit-99', 'sell-stop-97', 'buy-tp-98']);
    expect(ids('101')).toEqual(['sell-tp-101']);
    expect(ids('103')).toEqual(['buy-stop-103', 'sell-tp-101']);
    expect(ids('200')).toEqual(['sell-limit-105', 'buy-stop-103', 'sell-tp-101']);
    expect(index.crossed('ETHUSDT', a('99')).map((o) => o.id)).toEqual(['eth-buy-limit-99']);
    expect(index.crossed('SOLUSDT', a('1'))).toEqual([]);
  });

  it('does not remove what it returns; remove does, once', () => {
    const index = new TriggerIndex<Triggerable>();
    index.add(order('x', 'buy', 'limit', '99'));
    expect(index.crossed('BTCUSDT', a('98'))).toHaveLength(1);
    expect(index.crossed('BTCUSDT', a('98'))).toHaveLength(1);
    expect(index.remove('x')?.id).toBe('x');
    expect(index.remove('x')).toBeUndefined();
    expect(index.crossed('BTCUSDT', a('98'))).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('refuses a duplicate id', () => {
    const index = new TriggerIndex<Triggerable>();
    index.add(order('x', 'buy', 'limit', '99'));
    expect(() => index.add(order('x', 'sell', 'limit', '101'))).toThrow(/already indexed/);
  });

  it('orders with equal price and time are returned by id; removal finds the right one among equals', () => {
    const index = new TriggerIndex<Triggerable>();
    for (const id of ['c', 'a', 'b']) index.add(order(id, 'sell', 'stop_loss', '50', 7));
    expect(index.crossed('BTCUSDT', a('50')).map((o) => o.id)).toEqual(['a', 'b', 'c']);
    index.remove('b');
    expect(index.ordersOf('BTCUSDT').map((o) => o.id)).toEqual(['a', 'c']);
    expect(index.has('b')).toBe(false);
    expect(index.get('c')?.id).toBe('c');
  });

  it('matches a brute-force scan over random orders, removals and ticks', () => {
    const kinds = [
      ['buy', 'limit'],
      ['sell', 'limit'],
      ['buy', 'stop_loss'],
      ['sell', 'stop_loss'],
      ['buy', 'take_profit'],
      ['sell', 'take_profit'],
    ] as const;
    const op = fc.oneof(
      fc.record({
        op: fc.constant('add' as const),
        kind: fc.integer({ min: 0, max: 5 }),
        price: fc.integer({ min: 1, max: 20 }),
        createdAt: fc.integer({ min: 0, max: 5 }),
        symbol: fc.constantFrom('BTCUSDT', 'ETHUSDT'),
        id: fc.string({ minLength: 1, maxLength: 4 }),
      }),
      fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({
        op: fc.constant('tick' as const),
        price: fc.integer({ min: 0, max: 21 }),
        symbol: fc.constantFrom('BTCUSDT', 'ETHUSDT'),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const index = new TriggerIndex<Triggerable>();
        const live = new Map<string, Triggerable>();
        for (const o of ops) {
          if (o.op === 'add') {
            if (live.has(o.id)) continue;
            const [side, type] = kinds[o.kind]!;
            const entry = { id: o.id, symbol: o.symbol, side, type, price: BigInt(o.price) * 100n, createdAt: o.createdAt };
            index.add(entry);
            live.set(o.id, entry);
          } else if (o.op === 'remove') {
            const ids = [...live.keys()];
            if (ids.length === 0) continue;
            const id = ids[o.pick % ids.length]!;
            expect(index.remove(id)).toBe(live.get(id));
            live.delete(id);
          } else {
            const price = BigInt(o.price) * 100n;
            const expected = [...live.values()]
              .filter((e) => e.symbol === o.symbol && isTriggered(e, price))
              .sort((x, y) => x.createdAt - y.createdAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
            expect(index.crossed(o.symbol, price)).toEqual(expected);
          }
          expect(index.size).toBe(live.size);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Speed with 10,000 resting orders is measured by `npm run bench`, not asserted here.
  it('finds nothing between the two walls of 10,000 resting orders, and every order beyond them', () => {
    const index = new TriggerIndex<Triggerable>();
    for (let i = 0; i < 10_000; i++) {
      // 5,000 buy limits below 50,000 and 5,000 sell limits above 60,000
      const below = i % 2 === 0;
      index.add({
        id: `o${i}`,
        symbol: 'BTCUSDT',
        side: below ? 'buy' : 'sell',
        type: 'limit',
        price: a(below ? '40000' : '60001') + BigInt(below ? i : -i) * 100n,
        createdAt: i,
      });
    }
    for (let t = 0; t < 1000; t++) expect(index.crossed('BTCUSDT', a('55000') + BigInt(t))).toEqual([]);
    expect(index.crossed('BTCUSDT', a('1'))).toHaveLength(5_000);
    expect(index.crossed('BTCUSDT', a('99999'))).toHaveLength(5_000);
  });
});
