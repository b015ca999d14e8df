import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { IdGenerator } from '../../src/ids.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('IdGenerator (UUIDv7)', () => {
  it('makes version-7, variant-1 UUIDs carrying the clock time', () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12, 0, 0, 123));
    const id = new IdGenerator(clock).next();
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(clock.now());
  });

  it('keeps creation order within one millisecond and across a clock that steps back', () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const gen = new IdGenerator(clock);
    const ids: string[] = [];
    for (let i = 0; i < 5000; i++) ids.push(gen.next());
    clock.advance(-10_000);
    ids.push(gen.next());
    clock.advance(20_000);
    ids.push(gen.next());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
