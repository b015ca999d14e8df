import { describe, it, expect } from 'vitest';
import { RestingBook } from '../../../src/engine/resting-book.js';
import { isTriggered } from '../../../src/engine/trigger-index.js';
import { trailActivates, trailBest, trailFires, trailTrigger } from '../../../src/engine/trailing.js';
import type { RestingOrder, RestingType, Side, TrailState } from '../../../src/engine/types.js';
import { formatAmount, type Amount } from '../../../src/money.js';
import { a } from './fixtures.js';

interface Extra {
  createdAt?: number;
  symbol?: string;
  expireAt?: number | null;
  groupId?: string | null;
}

function order(id: string, side: Side, type: Exclude<RestingType, 'trailing_stop'>, price: string, extra: Extra = {}): RestingOrder {
  const symbol = extra.symbol ?? 'BTCUSDT';
  return {
    id,
    agentId: 'agent-1',
    symbol,
    baseAsset: symbol.replace('USDT', ''),
    quoteAsset: 'USDT',
    side,
    quantity: a('1'),
    createdAt: extra.createdAt ?? 0,
    timeInForce: (extra.expireAt ?? null) === null ? 'GTC' : 'GTD',
    expireAt: extra.expireAt ?? null,
    postOnly: false,
    groupId: extra.groupId ?? null,
    parentOrderId: null,
    trail: null,
    bracket: null,
    type,
    price: a(price),
    lockedAsset: side === 'sell' ? symbol.replace('USDT', '') : 'USDT',
    lockedAmount: a('1'),
  };
}

function trailing(
  id: string,
  side: Side,
  t: { amount?: string; percent?: string; activation?: string; best?: string },
  extra: Extra = {},
): RestingOrder {
  const trail: TrailState = {
    amount: t.amount === undefined ? null : a(t.amount),
    percent: t.percent === undefined ? null : a(t.percent),
    activationPrice: t.activation === undefined ? null : a(t.activation),
    best: t.best === undefined ? null : a(t.best),
  };
  return {
    ...order(id, side, 'stop_loss', '0', extra),
    type: 'trailing_stop',
    trail,
    price: trailTrigger(side, trail.best ?? trail.activationPrice!, trail),
  };
}

const ids = (orders: RestingOrder[]) => orders.map((o) => o.id);
const priced = (orders: RestingOrder[]) =>
  orders.map((o) => `${o.id}@${formatAmount(o.price)}${o.trail ? `/${o.trail.best === null ? 'null' : formatAmount(o.trail.best)}` : ''}`);

describe('RestingBook', () => {
  it('a tick returns both kinds of fired orders together, oldest first, trailing stops as copies with this tick’s best and trigger', () => {
    const book = new RestingBook();
    const ts = trailing('trail-sell', 'sell', { amount: '5', best: '100' }, { createdAt: 2 });
    book.add(ts);
    book.add(order('stop-sell', 'sell', 'stop_loss', '96', { createdAt: 3 }));
    book.add(order('limit-buy', 'buy', 'limit', '97', { createdAt: 1 }));
    book.add(order('limit-sell', 'sell', 'limit', '120', { createdAt: 0 }));
    book.add(trailing('trail-buy', 'buy', { percent: '10', best: '100' }, { createdAt: 2 }));
    book.add(order('eth-stop', 'sell', 'stop_loss', '1000', { symbol: 'ETHUSDT' }));
    expect(book.size).toBe(6);
    // trail-sell → 104/99; trail-buy stays 100/110.
    expect(book.onTick('BTCUSDT', a('104'))).toEqual([]);
    expect(priced(book.onTick('BTCUSDT', a('99')))).toEqual(['trail-sell@99.00000000/104.00000000']);
    // At 96: limit-buy (96 ≤ 97), trail-sell again (not removed), stop-sell (96 ≤ 96); trail-buy → 96/105.6.
    expect(ids(book.onTick('BTCUSDT', a('96')))).toEqual(['limit-buy', 'trail-sell', 'stop-sell']);
    expect(book.trailOf('trail-buy')).toEqual({ best: a('96'), trigger: a('105.6') });
    book.remove('limit-buy');
    book.remove('stop-sell');
    // 105.6 fires the buy, at its trigger, the sell (now 105.6/100.6) does not; eth-stop is another symbol.
    expect(priced(book.onTick('BTCUSDT', a('105.6')))).toEqual(['trail-buy@105.60000000/96.00000000']);
    book.remove('trail-buy');
    expect(ids(book.onTick('BTCUSDT', a('120')))).toEqual(['limit-sell']);
    // The stored order is untouched: the book hands out copies.
    expect(ts.trail!.best).toBe(a('100'));
    expect(ts.price).toBe(a('95'));
    expect(priced([book.get('trail-sell')!])).toEqual(['trail-sell@115.00000000/120.00000000']);
    expect(book.trailOf('trail-sell')).toEqual({ best: a('120'), trigger: a('115') });
    expect(book.trailOf('limit-sell')).toBeUndefined();
    expect(book.get('limit-sell')!.price).toBe(a('120'));
  });

  it('a waiting trailing stop is returned as stored and has no trail state until a tick activates it', () => {
    const book = new RestingBook();
    book.add(trailing('w', 'sell', { amount: '2', activation: '110' }));
    expect(book.trailOf('w')).toBeUndefined();
    expect(priced([book.get('w')!])).toEqual(['w@108.00000000/null']);
    book.onTick('BTCUSDT', a('111'));
    expect(book.trailOf('w')).toEqual({ best: a('111'), trigger: a('109') });
    expect(book.drainTrailChanges()).toEqual([{ id: 'w', best: a('111'), trigger: a('109') }]);
    expect(book.drainTrailChanges()).toEqual([]);
  });

  it('remove takes an order out of every structure', () => {
    const book = new RestingBook();
    book.add(trailing('t', 'sell', { amount: '1', best: '100' }, { expireAt: 50, groupId: 'g', createdAt: 1 }));
    book.add(order('l', 'sell', 'take_profit', '110', { expireAt: 40, groupId: 'g', createdAt: 2 }));
    book.onTick('BTCUSDT', a('104'));
    const removed = book.remove('t')!;
    expect(priced([removed])).toEqual(['t@103.00000000/104.00000000']);
    expect(book.remove('t')).toBeUndefined();
    expect(book.has('t')).toBe(false);
    expect(ids(book.group('g'))).toEqual(['l']);
    expect(ids(book.dueForExpiry(100))).toEqual(['l']);
    expect(book.onTick('BTCUSDT', a('1'))).toEqual([]);
    expect(book.drainTrailChanges()).toEqual([]);
    book.remove('l');
    expect(book.size).toBe(0);
    expect(book.group('g')).toEqual([]);
    expect(book.nextExpiry()).toBeUndefined();
    expect(book.all()).toEqual([]);
  });

  it('throws on a duplicate id, of either kind', () => {
    const book = new RestingBook();
    book.add(order('x', 'buy', 'limit', '1'));
    expect(() => book.add(trailing('x', 'sell', { amount: '1', best: '2' }))).toThrow(/already/);
    expect(book.size).toBe(1);
  });

  it('expiries come earliest expireAt first, then oldest; only those due by now', () => {
    const book = new RestingBook();
    book.add(order('late', 'buy', 'limit', '90', { expireAt: 300, createdAt: 1 }));
    book.add(order('gtc', 'buy', 'limit', '90', { createdAt: 0 }));
    book.add(order('b', 'buy', 'limit', '90', { expireAt: 200, createdAt: 5 }));
    book.add(order('a', 'buy', 'limit', '90', { expireAt: 200, createdAt: 5 }));
    book.add(trailing('early', 'sell', { amount: '1', best: '100' }, { expireAt: 100, createdAt: 9 }));
    expect(book.nextExpiry()).toBe(100);
    expect(book.dueForExpiry(99)).toEqual([]);
    expect(ids(book.dueForExpiry(100))).toEqual(['early']);
    expect(ids(book.dueForExpiry(250))).toEqual(['early', 'a', 'b']);
    expect(ids(book.dueForExpiry(10_000))).toEqual(['early', 'a', 'b', 'late']);
    // Not removed by looking.
    expect(book.size).toBe(5);
    book.onTick('BTCUSDT', a('120'));
    expect(priced(book.dueForExpiry(100))).toEqual(['early@119.00000000/120.00000000']);
    book.remove('early');
    expect(book.nextExpiry()).toBe(200);
  });

  it('an OCO group lists its pending members oldest first, trailing ones current', () => {
    const book = new RestingBook();
    book.add(trailing('sl', 'sell', { percent: '5', best: '100' }, { groupId: 'g1', createdAt: 2 }));
    book.add(order('tp', 'sell', 'take_profit', '120', { groupId: 'g1', createdAt: 2 }));
    book.add(order('other', 'sell', 'take_profit', '130', { groupId: 'g2', createdAt: 1 }));
    book.onTick('BTCUSDT', a('110'));
    expect(priced(book.group('g1'))).toEqual(['sl@104.50000000/110.00000000', 'tp@120.00000000']);
    expect(ids(book.group('g2'))).toEqual(['other']);
    expect(book.group('nope')).toEqual([]);
    book.remove('tp');
    expect(ids(book.group('g1'))).toEqual(['sl']);
  });

  it('ordersOf and all list oldest first with trailing stops current', () => {
    const book = new RestingBook();
    book.add(order('l2', 'buy', 'limit', '90', { createdAt: 3 }));
    book.add(trailing('t1', 'buy', { amount: '2', best: '100' }, { createdAt: 1 }));
    book.add(order('e0', 'buy', 'limit', '90', { createdAt: 0, symbol: 'ETHUSDT' }));
    book.add(trailing('t2', 'sell', { amount: '2', activation: '200' }, { createdAt: 2 }));
    book.onTick('BTCUSDT', a('95'));
    expect(priced(book.ordersOf('BTCUSDT'))).toEqual(['t1@97.00000000/95.00000000', 't2@198.00000000/null', 'l2@90.00000000']);
    expect(ids(book.ordersOf('ETHUSDT'))).toEqual(['e0']);
    expect(book.ordersOf('SOLUSDT')).toEqual([]);
    expect(ids(book.all())).toEqual(['e0', 't1', 't2', 'l2']);
  });
});

/** Deterministic PRNG (mulberry32) so a failing scenario can be replayed from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byAge = (x: RestingOrder, y: RestingOrder) => x.createdAt - y.createdAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The reference: a flat list; every order checked on every tick, each trailing stop with its own best. */
class BruteBook {
  readonly orders = new Map<string, { order: RestingOrder; best: Amount | null }>();
  add(o: RestingOrder): void {
    this.orders.set(o.id, { order: o, best: o.trail?.best ?? null });
  }
  remove(id: string): void {
    this.orders.delete(id);
  }
  current({ order: o, best }: { order: RestingOrder; best: Amount | null }): RestingOrder {
    return o.type === 'trailing_stop' && best !== null
      ? { ...o, price: trailTrigger(o.side, best, o.trail!), trail: { ...o.trail!, best } }
      : o;
  }
  onTick(symbol: string, price: Amount): RestingOrder[] {
    const fired: RestingOrder[] = [];
    for (const entry of this.orders.values()) {
      const o = entry.order;
      if (o.symbol !== symbol) continue;
      if (o.type !== 'trailing_stop') {
        if (isTriggered(o, price)) fired.push(o);
        continue;
      }
      if (entry.best === null) {
        if (!trailActivates(o.side, o.trail!.activationPrice!, price)) continue;
        entry.best = price;
      } else {
        entry.best = trailBest(o.side, entry.best, price);
      }
      if (trailFires(o.side, entry.best, o.trail!, price)) fired.push(this.current(entry));
    }
    return fired.sort(byAge);
  }
}

describe('RestingBook: property test against a brute-force reference', () => {
  it('200 random scenarios give the same fires, listings, groups and expiries', () => {
    const types = ['limit', 'stop_loss', 'take_profit'] as const;
    for (let seed = 1; seed <= 200; seed++) {
      const rand = prng(seed * 7919);
      const book = new RestingBook();
      const brute = new BruteBook();
      const price: Record<string, number> = { BTCUSDT: 100, ETHUSDT: 100 };
      let nextId = 0;
      for (let step = 0; step < 100; step++) {
        const symbol = rand() < 0.8 ? 'BTCUSDT' : 'ETHUSDT';
        const roll = rand();
        const live = [...brute.orders.keys()];
        const near = () => String(Math.max(1, price[symbol]! + Math.floor(rand() * 21) - 10));
        const extra: Extra = {
          symbol,
          createdAt: Math.floor(rand() * 20),
          expireAt: rand() < 0.4 ? Math.floor(rand() * 50) : null,
          groupId: rand() < 0.3 ? `g${Math.floor(rand() * 4)}` : null,
        };
        if (roll < 0.35) {
          const id = `o${nextId++}`;
          const side: Side = rand() < 0.5 ? 'sell' : 'buy';
          let o: RestingOrder;
          if (rand() < 0.5) {
            o = order(id, side, types[Math.floor(rand() * 3)]!, near(), extra);
          } else {
            const value = String(Math.floor(rand() * 8) + 1);
            const spec = rand() < 0.5 ? { amount: value } : { percent: value };
            o = trailing(id, side, rand() < 0.4 ? { ...spec, activation: near() } : { ...spec, best: near() }, extra);
          }
          book.add(o);
          brute.add(o);
        } else if (roll < 0.45 && live.length > 0) {
          const id = live[Math.floor(rand() * live.length)]!;
          expect(book.remove(id)?.id).toBe(id);
          brute.remove(id);
        } else {
          price[symbol] = Math.max(1, price[symbol]! + (rand() < 0.1 ? Math.floor(rand() * 41) - 20 : Math.floor(rand() * 7) - 3));
          const tick = a(String(price[symbol]));
          const got = book.onTick(symbol, tick);
          expect(got, `seed ${seed} step ${step}`).toEqual(brute.onTick(symbol, tick));
          for (const o of got) {
            if (rand() < 0.7) {
              book.remove(o.id);
              brute.remove(o.id);
            }
          }
        }
        const want = [...brute.orders.values()].map((e) => brute.current(e)).sort(byAge);
        expect(book.all(), `seed ${seed} step ${step}`).toEqual(want);
        if (rand() < 0.2) {
          expect(book.ordersOf(symbol)).toEqual(want.filter((o) => o.symbol === symbol));
          const g = `g${Math.floor(rand() * 4)}`;
          expect(book.group(g)).toEqual(want.filter((o) => o.groupId === g));
          const now = Math.floor(rand() * 60);
          const due = want.filter((o) => o.expireAt !== null && o.expireAt <= now).sort((x, y) => x.expireAt! - y.expireAt! || byAge(x, y));
          expect(book.dueForExpiry(now)).toEqual(due);
          const next = want.filter((o) => o.expireAt !== null).map((o) => o.expireAt!);
          expect(book.nextExpiry()).toBe(next.length ? Math.min(...next) : undefined);
        }
      }
    }
  });
});
