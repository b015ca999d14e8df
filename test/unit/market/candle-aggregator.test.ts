import { describe, expect, it } from 'vitest';
import { addTickToBar, aggregateCandles, barFromTick, bucketStart, intervalMs, isInterval } from '../../../src/market/candle-aggregator.js';
import type { Candle, Tick } from '../../../src/market/types.js';
import { parseAmount as a } from '../../../src/money.js';

const at = (iso: string) => Date.parse(iso);
const tick = (iso: string, price: string, qty: string): Tick => ({
  symbol: 'BTCUSDT',
  price: a(price),
  quantity: a(qty),
  time: at(iso),
  tradeId: 1,
  isBuyerMaker: false,
});
const bar = (iso: string, o: string, h: string, l: string, c: string, v: string, n = 1): Candle => ({
  openTime: at(iso),
  open: a(o),
  high: a(h),
  low: a(l),
  close: a(c),
  volume: a(v),
  quoteVolume: a(v) * 10n,
  tradeCount: n,
});

describe('1-minute bars from ticks', () => {
  it('puts 12:00:59.999 in the 12:00 bar and 12:01:00.000 in the 12:01 bar', () => {
    expect(barFromTick(tick('2026-11-27T12:00:59.999Z', '100', '1')).openTime).toBe(at('2026-11-27T12:00:00Z'));
    expect(barFromTick(tick('2026-11-27T12:01:00.000Z', '100', '1')).openTime).toBe(at('2026-11-27T12:01:00Z'));
    expect(barFromTick(tick('2026-11-27T12:00:00.000Z', '100', '1')).openTime).toBe(at('2026-11-27T12:00:00Z'));
  });

  it('tracks open, high, low, close, volume, quote volume and trade count exactly', () => {
    const b = barFromTick(tick('2026-11-27T12:00:01Z', '100.5', '0.2'));
    addTickToBar(b, tick('2026-11-27T12:00:10Z', '101.25', '0.3'), true);
    addTickToBar(b, tick('2026-11-27T12:00:20Z', '99.75', '1.5'), true);
    addTickToBar(b, tick('2026-11-27T12:00:30Z', '100', '0.00000001'), true);
    expect(b).toEqual({
      openTime: at('2026-11-27T12:00:00Z'),
      open: a('100.5'),
      high: a('101.25'),
      low: a('99.75'),
      close: a('100'),
      volume: a('2.00000001'),
      // 20.1 + 30.375 + 149.625 + 0.000001
      quoteVolume: a('200.100001'),
      tradeCount: 4,
    });
  });

  it('lets a late tick widen high/low and add volume without moving the close', () => {
    const b = barFromTick(tick('2026-11-27T12:00:30Z', '100', '1'));
    addTickToBar(b, tick('2026-11-27T12:00:10Z', '105', '1'), false);
    expect([b.high, b.close, b.volume, b.tradeCount]).toEqual([a('105'), a('100'), a('2'), 2]);
  });
});

describe('intervals', () => {
  it('knows exactly the six supported intervals', () => {
    for (const i of ['1m', '5m', '15m', '1h', '4h', '1d']) expect(isInterval(i)).toBe(true);
    for (const i of ['1s', '2h', '1w', '1M', '', '1D']) expect(isInterval(i)).toBe(false);
    expect(intervalMs('4h')).toBe(14_400_000);
  });

  it('aligns buckets to UTC', () => {
    const ms = (i: '5m' | '15m' | '1h' | '4h' | '1d') => intervalMs(i);
    expect(bucketStart(at('2026-11-27T03:59:59.999Z'), ms('4h'))).toBe(at('2026-11-27T00:00:00Z'));
    expect(bucketStart(at('2026-11-27T04:00:00Z'), ms('4h'))).toBe(at('2026-11-27T04:00:00Z'));
    expect(bucketStart(at('2026-11-27T23:59:59.999Z'), ms('1d'))).toBe(at('2026-11-27T00:00:00Z'));
    expect(bucketStart(at('2026-11-27T12:14:59Z'), ms('15m'))).toBe(at('2026-11-27T12:00:00Z'));
    expect(bucketStart(at('2026-11-27T12:04:00Z'), ms('5m'))).toBe(at('2026-11-27T12:00:00Z'));
  });
});

describe('aggregateCandles', () => {
  const minutes = [
    bar('2026-11-27T11:58:00Z', '10', '12', '9', '11', '1', 2),
    bar('2026-11-27T11:59:00Z', '11', '11.5', '8', '9', '2', 3),
    // 12:00 to 12:02 have no trades: a gap
    bar('2026-11-27T12:03:00Z', '9', '15', '9', '14', '3', 4),
    bar('2026-11-27T12:04:00Z', '14', '14', '13', '13.5', '4', 5),
    bar('2026-11-27T12:05:00Z', '13.5', '16', '13', '15', '5', 6),
  ];

  it('folds 1m bars into 5m buckets: first open, max high, min low, last close, sums', () => {
    expect(aggregateCandles(minutes, '5m')).toEqual([
      bar('2026-11-27T11:55:00Z', '10', '12', '8', '9', '3', 5),
      bar('2026-11-27T12:00:00Z', '9', '15', '9', '13.5', '7', 9),
      bar('2026-11-27T12:05:00Z', '13.5', '16', '13', '15', '5', 6),
    ]);
  });

  it('folds into 1h and 1d buckets on UTC boundaries', () => {
    expect(aggregateCandles(minutes, '1h')).toEqual([
      bar('2026-11-27T11:00:00Z', '10', '12', '8', '9', '3', 5),
      bar('2026-11-27T12:00:00Z', '9', '16', '9', '15', '12', 15),
    ]);
    expect(aggregateCandles(minutes, '1d')).toEqual([bar('2026-11-27T00:00:00Z', '10', '16', '8', '15', '15', 20)]);
  });

  it('skips buckets without bars rather than inventing flat ones', () => {
    const sparse = [bar('2026-11-27T12:00:00Z', '1', '1', '1', '1', '1'), bar('2026-11-27T12:20:00Z', '2', '2', '2', '2', '1')];
    expect(aggregateCandles(sparse, '5m').map((c) => new Date(c.openTime).toISOString())).toEqual([
      '2026-11-27T12:00:00.000Z',
      '2026-11-27T12:20:00.000Z',
    ]);
  });

  it('returns copies for 1m, so callers cannot change stored bars', () => {
    const out = aggregateCandles(minutes, '1m');
    out[0]!.close = 0n;
    expect(minutes[0]!.close).toBe(a('11'));
  });
});
