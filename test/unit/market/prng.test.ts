import { describe, expect, it } from 'vitest';
import { hash128, Prng } from '../../../src/market/prng.js';

describe('Prng', () => {
  it('produces a fixed sequence for a seed (pinned, so a changed generator is noticed)', () => {
    const rng = new Prng('seed-1');
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([56939609, 1792420647, 2397700295]);
    expect(hash128('abc')).toEqual([1181011423, 830437656, 3964173471, 1611500297]);
  });

  it('repeats exactly for the same seed parts and differs for another seed', () => {
    const draw = (...seed: Array<string | number>) => {
      const rng = new Prng(...seed);
      return Array.from({ length: 50 }, () => [rng.next(), rng.normal(), rng.int(1000), rng.exponential(2)]);
    };
    expect(draw('BTCUSDT', 'live', 1)).toEqual(draw('BTCUSDT', 'live', 1));
    expect(draw('BTCUSDT', 'live', 1)).not.toEqual(draw('BTCUSDT', 'live', 2));
    // Parts are joined with a separator, so ('ab', 'c') and ('a', 'bc') are different seeds.
    expect(draw('ab', 'c')).not.toEqual(draw('a', 'bc'));
  });

  it('draws uniforms in [0, 1), integers in [0, n) and a standard normal', () => {
    const rng = new Prng('stats');
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      buckets[rng.int(10)]!++;
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(n / 100);
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.02);
  });

  it('draws exponentials with the requested mean', () => {
    const rng = new Prng('exp');
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += rng.exponential(4);
    expect(sum / 100_000).toBeCloseTo(0.25, 2);
  });
});
