import { describe, expect, it } from 'vitest';
import { computeTicker, tickerWindowStart } from '../../../src/market/rolling-ticker.js';
import type { Candle } from '../../../src/market/types.js';
import { parseAmount as a } from '../../../src/money.js';

const at = (iso: string) => Date.parse(iso);
const bar = (iso: string, o: string, h: string, l: string, c: string, v: string, qv: string, n: number): Candle => ({
  openTime: at(iso),
  open: a(o),
  high: a(h),
  low: a(l),
  close: a(c),
  volume: a(v),
  quoteVolume: a(qv),
  tradeCount: n,
});

// One bar late on the 26th (the day's high), then quiet trading on the 27th.
const bars = [
  bar('2026-11-26T23:00:00Z', '100', '200', '90', '110', '1', '150', 10),
  bar('2026-11-27T00:10:00Z', '110', '120', '105', '115', '2', '230', 20),
  bar('2026-11-27T12:00:00Z', '115', '118', '100', '101', '3', '320', 30),
];
const last = { price: a('101'), time: at('2026-11-27T12:00:42Z') };

describe('rolling 24 h ticker', () => {
  it('covers the last 24 h across midnight', () => {
    const t = computeTicker('BTCUSDT', bars, last, at('2026-11-27T12:00:45Z'))!;
    expect(t).toEqual({
      symbol: 'BTCUSDT',
      open: a('100'),
      high: a('200'),
      low: a('90'),
      close: a('101'),
      volume: a('6'),
      quoteVolume: a('700'),
      change: a('1'),
      changePct: a('1'),
      tradeCount: 60,
      openTime: at('2026-11-26T12:01:00Z'),
      closeTime: at('2026-11-27T12:00:45Z'),
      lastTradeTime: at('2026-11-27T12:00:42Z'),
    });
  });

  it('still counts the 23:00 bar at 23:00:00 the next day, and drops it a moment later', () => {
    const before = computeTicker('BTCUSDT', bars, last, at('2026-11-27T23:00:00Z'))!;
    expect([before.open, before.high, before.volume, before.tradeCount]).toEqual([a('100'), a('200'), a('6'), 60]);
    const after = computeTicker('BTCUSDT', bars, last, at('2026-11-27T23:00:00.001Z'))!;
    expect([after.open, after.high, after.low, after.volume, after.quoteVolume, after.tradeCount]).toEqual([
      a('110'),
      a('120'),
      a('100'),
      a('5'),
      a('550'),
      50,
    ]);
    expect(after.change).toBe(a('-9'));
    // -9 / 110 × 100 = -8.181818181818…
    expect(after.changePct).toBe(a('-8.18181818'));
    expect(after.openTime).toBe(at('2026-11-26T23:01:00Z'));
  });

  it('is flat at the last price with zero volume when the window holds no bar', () => {
    const t = computeTicker('BTCUSDT', bars, last, at('2026-11-28T13:00:00Z'))!;
    expect([t.open, t.high, t.low, t.close, t.volume, t.change, t.changePct, t.tradeCount]).toEqual([
      a('101'),
      a('101'),
      a('101'),
      a('101'),
      0n,
      0n,
      0n,
      0,
    ]);
  });

  it('has nothing to say without bars or a price', () => {
    expect(computeTicker('BTCUSDT', [], undefined, at('2026-11-27T12:00:00Z'))).toBeUndefined();
  });

  it('starts the window at the first whole minute at or after now − 24 h', () => {
    expect(tickerWindowStart(at('2026-11-27T12:00:00Z'))).toBe(at('2026-11-26T12:00:00Z'));
    expect(tickerWindowStart(at('2026-11-27T12:00:00.001Z'))).toBe(at('2026-11-26T12:01:00Z'));
    expect(tickerWindowStart(at('2026-11-27T12:00:59.999Z'))).toBe(at('2026-11-26T12:01:00Z'));
  });
});
