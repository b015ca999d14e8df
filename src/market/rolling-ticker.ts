// Rolling 24-hour statistics from 1-minute bars. Minute precision: the window starts at the first
// whole minute at or after now − 24 h, so it spans between 23 h 59 m and 24 h and values drop out
// one minute at a time, never at midnight.
import { divAmount, type Amount } from '../money.js';
import { MINUTE_MS } from './candle-aggregator.js';
import type { Candle } from './types.js';

const TICKER_WINDOW_MS = 24 * 60 * MINUTE_MS;

export interface Ticker {
  symbol: string;
  /** First price in the window (open of its first bar). */
  open: Amount;
  high: Amount;
  low: Amount;
  /** Last trade price. */
  close: Amount;
  volume: Amount;
  quoteVolume: Amount;
  /** close − open. */
  change: Amount;
  /** (close − open) / open × 100, 8 decimals; 0 when open is 0. */
  changePct: Amount;
  tradeCount: number;
  /** Window start (minute-aligned) and end (now), Unix ms. */
  openTime: number;
  closeTime: number;
  /** Time of the last trade, Unix ms. */
  lastTradeTime: number;
}

export function tickerWindowStart(now: number): number {
  return Math.ceil((now - TICKER_WINDOW_MS) / MINUTE_MS) * MINUTE_MS;
}

/** Index of the first bar with openTime ≥ time in bars sorted by openTime. */
export function firstIndexAtOrAfter(bars: readonly Candle[], time: number): number {
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bars[mid]!.openTime < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The 24 h ticker from bars sorted oldest first (the live bar last). Without bars in the window
 * but with a known last price, the ticker is flat at that price with zero volume; with neither,
 * there is no ticker.
 */
export function computeTicker(
  symbol: string,
  bars: readonly Candle[],
  last: { price: Amount; time: number } | undefined,
  now: number,
): Ticker | undefined {
  const openTime = tickerWindowStart(now);
  const from = firstIndexAtOrAfter(bars, openTime);
  const first = bars[from];
  const newest = bars[bars.length - 1];
  if (!first || !newest) {
    const known = last ?? (newest && { price: newest.close, time: newest.openTime + MINUTE_MS - 1 });
    if (!known) return undefined;
    const p = known.price;
    return {
      symbol,
      open: p,
      high: p,
      low: p,
      close: p,
      volume: 0n,
      quoteVolume: 0n,
      change: 0n,
      changePct: 0n,
      tradeCount: 0,
      openTime,
      closeTime: now,
      lastTradeTime: known.time,
    };
  }
  let { high, low } = first;
  let volume = 0n;
  let quoteVolume = 0n;
  let tradeCount = 0;
  for (let i = from; i < bars.length; i++) {
    const bar = bars[i]!;
    if (bar.high > high) high = bar.high;
    if (bar.low < low) low = bar.low;
    volume += bar.volume;
    quoteVolume += bar.quoteVolume;
    tradeCount += bar.tradeCount;
  }
  const open = first.open;
  const close = last?.price ?? newest.close;
  const change = close - open;
  return {
    symbol,
    open,
    high: close > high ? close : high,
    low: close < low ? close : low,
    close,
    volume,
    quoteVolume,
    change,
    changePct: open === 0n ? 0n : divAmount(change * 100n, open),
    tradeCount,
    openTime,
    closeTime: now,
    lastTradeTime: last?.time ?? newest.openTime + MINUTE_MS - 1,
  };
}
