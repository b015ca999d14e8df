import { describe, it, expect } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { SlidingWindowLimiter, WINDOW_MS } from '../../src/http/rate-limit.js';

const T0 = Date.UTC(2026, 0, 1); // a whole second
const T0_S = T0 / 1000;

function setup(start = T0) {
  const clock = new ManualClock(start);
  return { clock, limiter: new SlidingWindowLimiter(clock) };
}

describe('SlidingWindowLimiter', () => {
  it('uses a 60-second window', () => {
    expect(WINDOW_MS).toBe(60_000);
  });

  it('allows `limit` requests, then refuses', () => {
    const { limiter } = setup();
    const decisions = Array.from({ length: 4 }, () => limiter.check('k', 3));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.every((d) => d.limit === 3)).toBe(true);
  });

  it('counts `remaining` down to zero and stays there when refused', () => {
    const { limiter } = setup();
    const remaining = Array.from({ length: 5 }, () => limiter.check('k', 3).remaining);
    expect(remaining).toEqual([2, 1, 0, 0, 0]);
  });

  it('does not count refused requests against the caller', () => {
    const { clock, limiter } = setup();
    limiter.check('k', 2);
    limiter.check('k', 2);
    clock.advance(30_000);
    for (let i = 0; i < 10; i++) expect(limiter.check('k', 2).allowed).toBe(false);
    // Both allowed requests leave the window at T0 + 60 s; the refused ones never entered it.
    clock.set(T0 + 60_000);
    expect(limiter.check('k', 2)).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.check('k', 2)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.check('k', 2).allowed).toBe(false);
  });

  it('frees each slot exactly 60 s after its request, not at a minute boundary', () => {
    const { clock, limiter } = setup();
    for (const at of [0, 20_000, 40_000]) {
      clock.set(T0 + at);
      expect(limiter.check('k', 3).allowed).toBe(true);
    }
    clock.set(T0 + 59_999);
    expect(limiter.check('k', 3).allowed).toBe(false);

    clock.set(T0 + 60_001);
    expect(limiter.check('k', 3)).toMatchObject({ allowed: true, remaining: 0 });
    // Only one slot freed: the requests from 20 s and 40 s still count.
    expect(limiter.check('k', 3).allowed).toBe(false);

    clock.set(T0 + 79_999);
    expect(limiter.check('k', 3).allowed).toBe(false);
    clock.set(T0 + 80_000);
    expect(limiter.check('k', 3).allowed).toBe(true);
  });

  it('reports resetAt as the Unix second when the oldest counted request leaves the window', () => {
    const { clock, limiter } = setup();
    expect(limiter.check('k', 3).resetAt).toBe(T0_S + 60);
    clock.advance(20_000);
    expect(limiter.check('k', 3).resetAt).toBe(T0_S + 60);
    clock.advance(20_000);
    limiter.check('k', 3);
    clock.set(T0 + 60_001);
    // The T0 request has left; the oldest one left is from T0 + 20 s.
    expect(limiter.check('k', 3).resetAt).toBe(T0_S + 80);
  });

  it('rounds resetAt and retryAfter up to whole seconds', () => {
    const { clock, limiter } = setup(T0 + 500);
    limiter.check('k', 1);
    clock.set(T0 + 1_000);
    const refused = limiter.check('k', 1);
    expect(refused.allowed).toBe(false);
    expect(refused.resetAt).toBe(T0_S + 61); // 60.5 s -> 61
    expect(refused.retryAfter).toBe(60); // 59.5 s -> 60
  });

  it('tells a refused caller how long to wait', () => {
    const { clock, limiter } = setup();
    limiter.check('k', 1);
    clock.set(T0 + 30_000);
    expect(limiter.check('k', 1)).toMatchObject({ allowed: false, remaining: 0, resetAt: T0_S + 60, retryAfter: 30 });
    clock.set(T0 + 59_999);
    expect(limiter.check('k', 1)).toMatchObject({ allowed: false, retryAfter: 1 });
  });

  it('lets a caller that waits retryAfter seconds in, and not before the slot frees', () => {
    const { clock, limiter } = setup(T0 + 250);
    limiter.check('k', 1);
    clock.set(T0 + 10_700);
    const refused = limiter.check('k', 1);
    expect(refused.allowed).toBe(false);
    expect(refused).toMatchObject({ retryAfter: 50, resetAt: T0_S + 61 }); // slot frees at T0 + 60.25 s
    clock.set(T0 + 60_249);
    expect(limiter.check('k', 1).allowed).toBe(false);
    clock.set(T0 + 10_700 + refused.retryAfter * 1000);
    expect(limiter.check('k', 1).allowed).toBe(true);
  });

  it('keeps different keys independent', () => {
    const { limiter } = setup();
    expect(limiter.check('a', 1).allowed).toBe(true);
    expect(limiter.check('a', 1).allowed).toBe(false);
    expect(limiter.check('b', 1)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.check('b', 1).allowed).toBe(false);
    expect(limiter.check('c', 5).remaining).toBe(4);
  });

  it('keeps working past the internal compaction of long windows', () => {
    const { clock, limiter } = setup();
    // 2000 requests, one every 50 ms: 1200 of them fit in a 60 s window.
    for (let i = 0; i < 2000; i++) {
      clock.set(T0 + i * 50);
      expect(limiter.check('busy', 1200).allowed).toBe(true);
    }
    // At T0 + 99.95 s the window holds the requests from (39.95 s, 99.95 s]: 1200 of them.
    expect(limiter.check('busy', 1200).allowed).toBe(false);
    clock.advance(50);
    expect(limiter.check('busy', 1200)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('forgets idle callers after more than 10,000 checks', () => {
    const { clock, limiter } = setup();
    for (let i = 0; i < 5_000; i++) limiter.check(`ip:${i}`, 10);
    clock.advance(30_000);
    limiter.check('recent', 10); // 5,001 checks
    expect(limiter.trackedCallers).toBe(5_001);

    clock.set(T0 + WINDOW_MS + 1_000);
    for (let i = 0; i < 4_998; i++) limiter.check('active', 100_000); // 9,999 checks
    expect(limiter.trackedCallers).toBe(5_002);

    limiter.check('active', 100_000); // the 10,000th check sweeps
    // The 5,000 callers last seen at T0 are gone; 'recent' (T0 + 30 s) and 'active' remain.
    expect(limiter.trackedCallers).toBe(2);
  });

  it('still limits a caller correctly after a sweep', () => {
    const { clock, limiter } = setup();
    for (let i = 0; i < 9_999; i++) limiter.check(`ip:${i}`, 10);
    clock.advance(WINDOW_MS);
    limiter.check('k', 1); // sweep happens before this check is counted
    expect(limiter.trackedCallers).toBe(1);
    expect(limiter.check('k', 1).allowed).toBe(false);
  });
});
