import { describe, it, expect } from 'vitest';
import { TrailingIndex } from '../../../src/engine/trailing-index.js';
import { trailActivates, trailBest, trailFires, trailTrigger } from '../../../src/engine/trailing.js';
import type { RestingOrder, Side, TrailState } from '../../../src/engine/types.js';
import { formatAmount, type Amount } from '../../../src/money.js';
import { a } from './fixtures.js';

interface TrailOpts {
  amount?: string;
  percent?: string;
  activation?: string;
  best?: string;
}

function trailingOrder(id: string, side: Side, opts: TrailOpts, createdAt = 0, symbol = 'BTCUSDT'): RestingOrder {
  const trail: TrailState = {
    amount: opts.amount === undefined ? null : a(opts.amount),
    percent: opts.percent === undefined ? null : a(opts.percent),
    activationPrice: opts.activation === undefined ? null : a(opts.activation),
    best: opts.best === undefined ? null : a(opts.best),
  };
  const from = trail.best ?? trail.activationPrice!;
  return {
    id,
    agentId: 'agent-1',
    symbol,
    baseAsset: symbol.replace('USDT', ''),
    quoteAsset: 'USDT',
    side,
    quantity: a('1'),
    createdAt,
    timeInForce: 'GTC',
    expireAt: null,
    postOnly: false,
    groupId: null,
    parentOrderId: null,
    trail,
    bracket: null,
    type: 'trailing_stop',
    price: trailTrigger(side, from, trail),
    lockedAsset: side === 'sell' ? symbol.replace('USDT', '') : 'USDT',
    lockedAmount: a('1'),
  };
}

const fmt = (fires: Array<{ order: RestingOrder; best: Amount; trigger: Amount }>) =>
  fires.map((f) => `${f.order.id}@${formatAmount(f.best)}/${formatAmount(f.trigger)}`);

const state = (index: TrailingIndex, id: string) => {
  const s = index.stateOf(id);
  return s && { best: s.best === null ? null : formatAmount(s.best), trigger: s.trigger === null ? null : formatAmount(s.trigger) };
};

describe('TrailingIndex: hand-computed cases', () => {
  it('a sell by amount follows the high and fires at high − amount (inclusive), without being removed', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('s', 'sell', { amount: '5', best: '100' }));
    expect(state(index, 's')).toEqual({ best: '100.00000000', trigger: '95.00000000' });
    expect(index.onTick('BTCUSDT', a('102'))).toEqual([]);
    expect(state(index, 's')).toEqual({ best: '102.00000000', trigger: '97.00000000' });
    expect(index.onTick('BTCUSDT', a('97.01'))).toEqual([]);
    expect(state(index, 's')?.best).toBe('102.00000000');
    expect(fmt(index.onTick('BTCUSDT', a('97')))).toEqual(['s@102.00000000/97.00000000']);
    // Not removed: a gap further down fires it again, at the same trigger.
    expect(fmt(index.onTick('BTCUSDT', a('80')))).toEqual(['s@102.00000000/97.00000000']);
    expect(index.remove('s')?.id).toBe('s');
    expect(index.remove('s')).toBeUndefined();
    expect(index.size).toBe(0);
    expect(index.onTick('BTCUSDT', a('1'))).toEqual([]);
  });

  it('a buy by percent follows the low and fires at low × (1 + pct/100)', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('b', 'buy', { percent: '2', best: '100' }));
    expect(state(index, 'b')).toEqual({ best: '100.00000000', trigger: '102.00000000' });
    expect(index.onTick('BTCUSDT', a('95'))).toEqual([]);
    expect(state(index, 'b')).toEqual({ best: '95.00000000', trigger: '96.90000000' });
    expect(index.onTick('BTCUSDT', a('96.89999999'))).toEqual([]);
    expect(fmt(index.onTick('BTCUSDT', a('96.9')))).toEqual(['b@95.00000000/96.90000000']);
  });

  it('a percent trigger is rounded half-even to 8 decimals', () => {
    const index = new TrailingIndex();
    // 33.33333333 × 0.97 = 32.3333333301 → 32.33333333
    index.add(trailingOrder('s', 'sell', { percent: '3', best: '33.33333333' }));
    expect(state(index, 's')?.trigger).toBe('32.33333333');
    expect(index.onTick('BTCUSDT', a('32.33333334'))).toEqual([]);
    expect(fmt(index.onTick('BTCUSDT', a('32.33333333')))).toEqual(['s@33.33333333/32.33333333']);
  });

  it('a sell waits for a tick at or above its activation price; the activating tick is its first best, even through a gap', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('s1', 'sell', { amount: '5', activation: '110' }, 1));
    index.add(trailingOrder('s2', 'sell', { amount: '5', activation: '115' }, 2));
    index.add(trailingOrder('s3', 'sell', { amount: '5', activation: '130' }, 3));
    expect(state(index, 's1')).toEqual({ best: null, trigger: null });
    // Far below every activation: a waiting sell never fires, whatever its would-be trigger.
    expect(index.onTick('BTCUSDT', a('50'))).toEqual([]);
    expect(index.onTick('BTCUSDT', a('109.99'))).toEqual([]);
    expect(state(index, 's1')?.best).toBeNull();
    expect(index.onTick('BTCUSDT', a('110'))).toEqual([]);
    expect(state(index, 's1')).toEqual({ best: '110.00000000', trigger: '105.00000000' });
    // A gap to 120 activates s2 at 120 (not at 115) and raises s1 to 120.
    expect(index.onTick('BTCUSDT', a('120'))).toEqual([]);
    expect(state(index, 's2')).toEqual({ best: '120.00000000', trigger: '115.00000000' });
    expect(state(index, 's1')).toEqual({ best: '120.00000000', trigger: '115.00000000' });
    expect(state(index, 's3')).toEqual({ best: null, trigger: null });
    expect(fmt(index.onTick('BTCUSDT', a('100')))).toEqual(['s1@120.00000000/115.00000000', 's2@120.00000000/115.00000000']);
    expect(state(index, 's3')?.best).toBeNull();
  });

  it('a buy waits for a tick at or below its activation price', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('b1', 'buy', { amount: '3', activation: '90' }, 1));
    index.add(trailingOrder('b2', 'buy', { amount: '3', activation: '80' }, 2));
    expect(index.onTick('BTCUSDT', a('200'))).toEqual([]);
    expect(index.onTick('BTCUSDT', a('90.01'))).toEqual([]);
    expect(state(index, 'b1')?.best).toBeNull();
    expect(index.onTick('BTCUSDT', a('90'))).toEqual([]);
    expect(state(index, 'b1')).toEqual({ best: '90.00000000', trigger: '93.00000000' });
    expect(state(index, 'b2')?.best).toBeNull();
    expect(index.onTick('BTCUSDT', a('85'))).toEqual([]);
    expect(fmt(index.onTick('BTCUSDT', a('88')))).toEqual(['b1@85.00000000/88.00000000']);
    expect(state(index, 'b2')?.best).toBeNull();
  });

  it('returns fired orders oldest first (createdAt, then id), whatever their trail or side', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('z', 'sell', { amount: '1', best: '100' }, 5));
    index.add(trailingOrder('y', 'sell', { percent: '10', best: '100' }, 1));
    index.add(trailingOrder('x', 'sell', { amount: '2', best: '100' }, 5));
    index.add(trailingOrder('w', 'buy', { amount: '1', best: '85' }, 3));
    index.add(trailingOrder('v', 'sell', { amount: '50', best: '100' }, 0));
    index.add(trailingOrder('eth', 'sell', { amount: '1', best: '100' }, 0, 'ETHUSDT'));
    // At 90: sells with trigger ≥ 90 (99, 98, 90) fire; v (50) does not; the buy (86) does.
    expect(fmt(index.onTick('BTCUSDT', a('90')))).toEqual([
      'y@100.00000000/90.00000000',
      'w@85.00000000/86.00000000',
      'x@100.00000000/98.00000000',
      'z@100.00000000/99.00000000',
    ]);
    expect(index.stateOf('eth')?.best).toBe(a('100'));
  });

  it('an order removed from a merged group is gone; the rest of the group keeps trailing', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('a', 'sell', { amount: '1', best: '100' }, 1));
    index.add(trailingOrder('b', 'sell', { amount: '2', best: '101' }, 2));
    index.add(trailingOrder('c', 'sell', { percent: '1', best: '102' }, 3));
    expect(index.groupCount('BTCUSDT', 'sell')).toBe(3);
    index.onTick('BTCUSDT', a('105'));
    expect(index.groupCount('BTCUSDT', 'sell')).toBe(1);
    expect(index.remove('b')?.id).toBe('b');
    expect(index.has('b')).toBe(false);
    expect(index.stateOf('b')).toBeUndefined();
    // a: 105 − 1 = 104; c: 105 × 0.99 = 103.95.
    expect(fmt(index.onTick('BTCUSDT', a('103')))).toEqual(['a@105.00000000/104.00000000', 'c@105.00000000/103.95000000']);
    index.remove('a');
    index.remove('c');
    expect(index.groupCount('BTCUSDT', 'sell')).toBe(0);
    expect(index.size).toBe(0);
  });

  it('an order restored already active joins the group with its best, or forms its own', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('live', 'sell', { amount: '5', best: '100' }, 1));
    index.onTick('BTCUSDT', a('110'));
    expect(index.drainChanged().map((c) => c.id)).toEqual(['live']);
    index.add(trailingOrder('same', 'sell', { amount: '3', best: '110' }, 2));
    expect(index.groupCount('BTCUSDT', 'sell')).toBe(1);
    index.add(trailingOrder('higher', 'sell', { amount: '15', best: '120' }, 3));
    index.add(trailingOrder('lower', 'sell', { amount: '1', best: '104' }, 4));
    expect(index.groupCount('BTCUSDT', 'sell')).toBe(3);
    // Restoring is not a change to write back.
    expect(index.drainChanged()).toEqual([]);
    expect(state(index, 'higher')).toEqual({ best: '120.00000000', trigger: '105.00000000' });
    // 108 beats only the restored 104 group: lower → best 108, trigger 107; nothing fires.
    expect(index.onTick('BTCUSDT', a('108'))).toEqual([]);
    expect(index.groupCount('BTCUSDT', 'sell')).toBe(3);
    expect(state(index, 'lower')).toEqual({ best: '108.00000000', trigger: '107.00000000' });
    expect(index.drainChanged()).toEqual([{ id: 'lower', best: a('108'), trigger: a('107') }]);
    // 107 fires `same` (110 − 3) and `lower` (108 − 1), not `live` (105) nor `higher` (105).
    expect(fmt(index.onTick('BTCUSDT', a('107')))).toEqual(['same@110.00000000/107.00000000', 'lower@108.00000000/107.00000000']);
    // 115 merges the 108 and 110 groups; the 120 group stays.
    expect(index.onTick('BTCUSDT', a('115'))).toEqual([]);
    expect(index.groupCount('BTCUSDT', 'sell')).toBe(2);
    expect(state(index, 'live')).toEqual({ best: '115.00000000', trigger: '110.00000000' });
    expect(state(index, 'higher')).toEqual({ best: '120.00000000', trigger: '105.00000000' });
    expect(new Set(index.drainChanged().map((c) => c.id))).toEqual(new Set(['live', 'same', 'lower']));
  });

  it('drainChanged reports activations and moved bests once, and never a removed order', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('w', 'buy', { amount: '1', activation: '50' }, 1));
    index.add(trailingOrder('s', 'sell', { amount: '1', best: '60' }, 2));
    index.add(trailingOrder('gone', 'sell', { amount: '1', best: '60' }, 3));
    index.onTick('BTCUSDT', a('50'));
    expect(index.drainChanged()).toEqual([{ id: 'w', best: a('50'), trigger: a('51') }]);
    index.onTick('BTCUSDT', a('61'));
    index.remove('gone');
    expect(index.drainChanged()).toEqual([{ id: 's', best: a('61'), trigger: a('60') }]);
    expect(index.drainChanged()).toEqual([]);
    index.onTick('BTCUSDT', a('49'));
    expect(index.drainChanged()).toEqual([{ id: 'w', best: a('49'), trigger: a('50') }]);
  });

  it('rejects a duplicate id and a malformed trail', () => {
    const index = new TrailingIndex();
    index.add(trailingOrder('s', 'sell', { amount: '1', best: '60' }));
    expect(() => index.add(trailingOrder('s', 'sell', { amount: '1', best: '60' }))).toThrow(/already/);
    const neither = {
      ...trailingOrder('n', 'sell', { amount: '1', best: '60' }),
      trail: { amount: null, percent: null, activationPrice: null, best: a('60') },
    };
    expect(() => index.add(neither)).toThrow();
    const idle = {
      ...trailingOrder('i', 'sell', { amount: '1', best: '60' }),
      trail: { amount: a('1'), percent: null, activationPrice: null, best: null },
    };
    expect(() => index.add(idle)).toThrow();
  });

  it('10,000 active sells on 1,000 rising ticks stay one group and are not read per tick', () => {
    let reads = 0;
    const index = new TrailingIndex();
    for (let i = 0; i < 10_000; i++) {
      const order = trailingOrder(
        `o${i}`,
        'sell',
        i % 2 ? { amount: String(1 + (i % 97)), best: '1000' } : { percent: String(1 + (i % 13)), best: '1000' },
        i,
      );
      // Count every read of a trail: visiting the orders one by one would read each at least once per tick.
      order.trail = new Proxy(order.trail!, {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver);
        },
      });
      index.add(order);
    }
    reads = 0;
    for (let t = 1; t <= 1_000; t++) {
      expect(index.onTick('BTCUSDT', a(String(1000 + t)))).toEqual([]);
      expect(index.groupCount('BTCUSDT', 'sell')).toBe(1);
    }
    expect(reads).toBeLessThan(1_000 * 50);
    expect(index.stateOf('o1')).toEqual({ best: a('2000'), trigger: a('1998') });
    // The first fall fires exactly the orders whose trigger it crosses: amount 1 (odd i with i % 97 === 0).
    const fired = index.onTick('BTCUSDT', a('1999'));
    expect(fired.map((f) => f.order.id)).toEqual(
      Array.from({ length: 10_000 }, (_, i) => i)
        .filter((i) => i % 2 === 1 && i % 97 === 0)
        .map((i) => `o${i}`),
    );
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

/** The reference: every order keeps its own best and is checked on every tick. */
class BruteTrailing {
  readonly orders = new Map<string, { order: RestingOrder; best: Amount | null }>();
  changed = new Set<string>();
  add(order: RestingOrder): void {
    this.orders.set(order.id, { order, best: order.trail!.best });
  }
  remove(id: string): void {
    this.orders.delete(id);
    this.changed.delete(id);
  }
  onTick(symbol: string, price: Amount): Array<{ order: RestingOrder; best: Amount; trigger: Amount }> {
    const fired: Array<{ order: RestingOrder; best: Amount; trigger: Amount }> = [];
    for (const o of this.orders.values()) {
      if (o.order.symbol !== symbol) continue;
      const side = o.order.side;
      const trail = o.order.trail!;
      let best = o.best;
      if (best === null) {
        if (!trailActivates(side, trail.activationPrice!, price)) continue;
        best = price;
      } else {
        best = trailBest(side, best, price);
      }
      if (best !== o.best) this.changed.add(o.order.id);
      o.best = best;
      if (trailFires(side, best, trail, price)) fired.push({ order: o.order, best, trigger: trailTrigger(side, best, trail) });
    }
    return fired.sort((x, y) => x.order.createdAt - y.order.createdAt || (x.order.id < y.order.id ? -1 : x.order.id > y.order.id ? 1 : 0));
  }
}

/** A random trailing stop near `price` (active or waiting), for the property tests. */
function randomTrailing(rand: () => number, id: string, price: number, symbol: string): RestingOrder {
  const side: Side = rand() < 0.5 ? 'sell' : 'buy';
  const byAmount = rand() < 0.5;
  const value = String(Math.floor(rand() * 8) + 1 + (rand() < 0.3 ? 0.5 : 0));
  const opts: TrailOpts = byAmount ? { amount: value } : { percent: value };
  const near = String(Math.max(1, price + Math.floor(rand() * 21) - 10));
  if (rand() < 0.4) opts.activation = near;
  else opts.best = near;
  return trailingOrder(id, side, opts, Math.floor(rand() * 20), symbol);
}

describe('TrailingIndex: property test against a brute-force reference', () => {
  it('200 random scenarios of adds, removes and ticks give the same fires, states and changes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = prng(seed);
      const index = new TrailingIndex();
      const brute = new BruteTrailing();
      const price: Record<string, number> = { BTCUSDT: 100, ETHUSDT: 100 };
      let nextId = 0;
      for (let step = 0; step < 120; step++) {
        const symbol = rand() < 0.8 ? 'BTCUSDT' : 'ETHUSDT';
        const roll = rand();
        const ids = [...brute.orders.keys()];
        if (roll < 0.3) {
          const order = randomTrailing(rand, `t${nextId++}`, price[symbol]!, symbol);
          index.add(order);
          brute.add(order);
        } else if (roll < 0.4 && ids.length > 0) {
          const id = ids[Math.floor(rand() * ids.length)]!;
          expect(index.remove(id)?.id).toBe(id);
          brute.remove(id);
        } else {
          const move = rand() < 0.1 ? Math.floor(rand() * 41) - 20 : Math.floor(rand() * 7) - 3;
          price[symbol] = Math.max(1, price[symbol]! + move);
          const tick = a(String(price[symbol]));
          const got = index.onTick(symbol, tick);
          const want = brute.onTick(symbol, tick);
          expect(fmt(got), `seed ${seed} step ${step}`).toEqual(fmt(want));
          // The caller fills some and fails others (found again next tick).
          for (const f of got) {
            if (rand() < 0.7) {
              index.remove(f.order.id);
              brute.remove(f.order.id);
            }
          }
        }
        if (rand() < 0.1) {
          const drained = index.drainChanged();
          const reported = new Set(drained.map((d) => d.id));
          for (const id of brute.changed) expect(reported.has(id), `seed ${seed} step ${step} drain ${id}`).toBe(true);
          for (const d of drained) {
            const o = brute.orders.get(d.id)!;
            expect(o.best).toBe(d.best);
            expect(trailTrigger(o.order.side, o.best!, o.order.trail!)).toBe(d.trigger);
          }
          brute.changed = new Set();
        }
        expect(index.size).toBe(brute.orders.size);
      }
      for (const [id, o] of brute.orders) {
        const s = index.stateOf(id)!;
        expect(s.best, `seed ${seed} ${id}`).toBe(o.best);
        expect(s.trigger).toBe(o.best === null ? null : trailTrigger(o.order.side, o.best, o.order.trail!));
      }
    }
  });
});
