// Candle arithmetic: folding ticks into 1-minute bars and 1-minute bars into UTC-aligned higher
// intervals. Pure functions over exact amounts.
import { mulAmount } from '../money.js';
import { INTERVALS, type Candle, type Interval, type Tick } from './types.js';

export const MINUTE_MS = 60_000;

const INTERVAL_MS: Record<Interval, number> = {
  '1m': MINUTE_MS,
  '5m': 5 * MINUTE_MS,
  '15m': 15 * MINUTE_MS,
  '1h': 60 * MINUTE_MS,
  '4h': 240 * MINUTE_MS,
  '1d': 1440 * MINUTE_MS,
};

export function isInterval(value: string): value is Interval {
  return (INTERVALS as readonly string[]).includes(value);
}

export function intervalMs(interval: Interval): number {
  return INTERVAL_MS[interval];
}

/**
 * Start of the bucket holding `time`. Unix time has no leap seconds and every interval divides a
 * day, so flooring against the epoch gives UTC-aligned buckets (4h: 00:00, 04:00, … UTC).
 */
export function bucketStart(time: number, bucketMs: number): number {
  return Math.floor(time / bucketMs) * bucketMs;
}

export function barFromTick(tick: Tick): Candle {
  return {
    openTime: bucketStart(tick.time, MINUTE_MS),
    open: tick.price,
    high: tick.price,
    low: tick.price,
    close: tick.price,
    volume: tick.quantity,
    quoteVolume: mulAmount(tick.price, tick.quantity),
    tradeCount: 1,
  };
}

/**
 * Adds a tick to its bar. `latest` says whether the tick is the newest the bar has seen: a late
 * tick (out of order across connections) still counts in high/low/volume but moves no close.
 */
export function addTickToBar(bar: Candle, tick: Tick, latest: boolean): void {
  if (tick.price > bar.high) bar.high = tick.price;
  if (tick.price < bar.low) bar.low = tick.price;
  if (latest) bar.close = tick.price;
  bar.volume += tick.quantity;
  bar.quoteVolume += mulAmount(tick.price, tick.quantity);
  bar.tradeCount += 1;
}

/** Folds 1-minute bars (oldest first) into `interval` buckets, oldest first; empty buckets are skipped. */
export function aggregateCandles(bars: readonly Candle[], interval: Interval): Candle[] {
  if (interval === '1m') return bars.map((b) => ({ ...b }));
  const size = INTERVAL_MS[interval];
  const out: Candle[] = [];
  let current: Candle | undefined;
  for (const bar of bars) {
    const start = bucketStart(bar.openTime, size);
    if (!current || current.openTime !== start) {
      current = { ...bar, openTime: start };
      out.push(current);
      continue;
    }
    if (bar.high > current.high) current.high = bar.high;
    if (bar.low < current.low) current.low = bar.low;
    current.close = bar.close;
    current.volume += bar.volume;
    current.quoteVolume += bar.quoteVolume;
    current.tradeCount += bar.tradeCount;
  }
  return out;
}
