import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  formatIndicatorValue,
  INDICATORS,
  lastAdx,
  lastAtr,
  lastBollinger,
  lastEma,
  lastMacd,
  lastRsi,
  lastSma,
  lastVwap,
  type IndicatorBar,
} from '../../src/market/indicators.js';
import type { Candle } from '../../src/market/types.js';
import { parseAmount } from '../../src/money.js';

// Reference data: Tulip Indicators' documented example (https://tulipindicators.org/ — the pages of
// sma/bbands, ema, rsi, macd, atr and adx, and tests/untest.txt of tulipindicators v0.9.1), the
// fifteen-bar series every one of those pages uses, with period 5. Values to 2 (RSI: 3) decimals.
const CLOSES = [81.59, 81.06, 82.87, 83.0, 83.61, 83.15, 82.84, 83.99, 84.55, 84.36, 85.53, 86.54, 86.89, 87.77, 87.29];
const HIGHS = [82.15, 81.89, 83.03, 83.3, 83.85, 83.9, 83.33, 84.3, 84.84, 85.0, 85.9, 86.58, 86.98, 88.0, 87.87];
const LOWS = [81.29, 80.64, 81.31, 82.65, 83.07, 83.11, 82.49, 82.3, 84.15, 84.11, 84.03, 85.39, 85.76, 87.17, 87.01];
const BARS: IndicatorBar[] = CLOSES.map((close, i) => ({ close, high: HIGHS[i]!, low: LOWS[i]!, volume: 1 }));

/** The indicator after each prefix of the series, to `digits` places; '-' where not ready. */
function series(f: (n: number) => number | undefined, digits = 2): string[] {
  return CLOSES.map((_, i) => {
    const v = f(i + 1);
    return v === undefined ? '-' : v.toFixed(digits);
  });
}

describe('indicators against published reference values (Tulip Indicators, period 5)', () => {
  it('SMA (= the middle Bollinger band on tulipindicators.org/bbands)', () => {
    expect(series((n) => lastSma(CLOSES.slice(0, n), 5))).toEqual([
      '-',
      '-',
      '-',
      '-',
      '82.43',
      '82.74',
      '83.09',
      '83.32',
      '83.63',
      '83.78',
      '84.25',
      '84.99',
      '85.57',
      '86.22',
      '86.80',
    ]);
  });

  it('EMA (tulipindicators.org/ema)', () => {
    expect(series((n) => lastEma(CLOSES.slice(0, n), 5)).slice(4)).toEqual([
      '82.71',
      '82.86',
      '82.85',
      '83.23',
      '83.67',
      '83.90',
      '84.44',
      '85.14',
      '85.73',
      '86.41',
      '86.70',
    ]);
  });

  it('RSI (tulipindicators.org/rsi; untest.txt)', () => {
    expect(series((n) => lastRsi(CLOSES.slice(0, n), 5), 3).slice(5)).toEqual([
      '72.034',
      '64.927',
      '75.936',
      '79.796',
      '74.713',
      '83.033',
      '87.478',
      '88.755',
      '91.483',
      '78.498',
    ]);
  });

  it('MACD 2/5/9 (tulipindicators.org/macd)', () => {
    const at = (n: number) => lastMacd(CLOSES.slice(0, n), 2, 5, 9);
    expect(series((n) => at(n)?.line).slice(4)).toEqual([
      '0.62',
      '0.35',
      '0.11',
      '0.42',
      '0.58',
      '0.42',
      '0.68',
      '0.93',
      '0.89',
      '0.98',
      '0.62',
    ]);
    // Tulip's page prints 0.52 for the 11th signal, rounding 0.51492 twice; 0.51 is the value to 2 places.
    expect(series((n) => at(n)?.signal).slice(4)).toEqual([
      '0.62',
      '0.56',
      '0.47',
      '0.46',
      '0.49',
      '0.47',
      '0.51',
      '0.60',
      '0.66',
      '0.72',
      '0.70',
    ]);
    expect(series((n) => at(n)?.histogram).slice(4)).toEqual([
      '0.00',
      '-0.21',
      '-0.36',
      '-0.05',
      '0.09',
      '-0.05',
      '0.17',
      '0.33',
      '0.24',
      '0.26',
      '-0.08',
    ]);
  });

  it('Bollinger bands 5, 2σ (tulipindicators.org/bbands)', () => {
    const at = (n: number) => lastBollinger(CLOSES.slice(0, n), 5, 2);
    expect(series((n) => at(n)?.lower).slice(4)).toEqual([
      '80.53',
      '80.99',
      '82.53',
      '82.47',
      '82.42',
      '82.44',
      '82.51',
      '83.14',
      '83.54',
      '83.87',
      '85.29',
    ]);
    expect(series((n) => at(n)?.upper).slice(4)).toEqual([
      '84.32',
      '84.49',
      '83.65',
      '84.16',
      '84.84',
      '85.12',
      '86.00',
      '86.85',
      '87.61',
      '88.57',
      '88.32',
    ]);
  });

  it('ATR (tulipindicators.org/atr)', () => {
    expect(series((n) => lastAtr(BARS.slice(0, n), 5)).slice(4)).toEqual([
      '1.12',
      '1.05',
      '1.01',
      '1.21',
      '1.14',
      '1.09',
      '1.24',
      '1.23',
      '1.23',
      '1.21',
      '1.14',
    ]);
  });

  it('ADX (tulipindicators.org/adx; untest.txt of v0.9.1)', () => {
    expect(series((n) => lastAdx(BARS.slice(0, n), 5)).slice(8)).toEqual(['41.38', '44.29', '49.42', '54.92', '59.99', '65.29', '67.36']);
    expect(lastAdx(BARS.slice(0, 8), 5)).toBeUndefined();
  });

  it('VWAP (indicatorts v2.2.2 volumeWeightedAveragePrice.test.ts)', () => {
    const data = [
      [9, 100],
      [11, 110],
      [7, 80],
      [10, 120],
      [8, 90],
    ].map(([p, volume]) => ({ high: p!, low: p!, close: p!, volume: volume! }));
    expect(data.map((_, i) => lastVwap(data.slice(0, i + 1))!.toFixed(2))).toEqual(['9.00', '10.05', '9.21', '9.44', '9.18']);
  });
});

/** Candles from closes (high/low ±1, volume from `volumes`), a minute apart. */
function candles(closes: readonly number[], volumes: readonly number[] = closes.map(() => 2)): Candle[] {
  const amount = (x: number) => parseAmount(x.toFixed(8));
  return closes.map((c, i) => ({
    openTime: 1_700_000_040_000 + i * 60_000,
    open: amount(c),
    high: amount(c + 1),
    low: amount(c - 1),
    close: amount(c),
    volume: amount(volumes[i]!),
    quoteVolume: amount(c * volumes[i]!),
    tradeCount: 1,
  }));
}

describe('computeIndicators', () => {
  // Rounded to the 8 places a candle holds, so the direct computations see the same inputs.
  const closes = Array.from({ length: 60 }, (_, i) => Number((100 + 10 * Math.sin(i / 5) + i / 10).toFixed(8)));

  it('computes every name of the list from the exact candle values, the same as the single functions', () => {
    const all = computeIndicators(candles(closes), INDICATORS);
    expect(Object.keys(all).sort()).toEqual([...INDICATORS]);
    expect(all.price).toBeCloseTo(closes[59]!, 8);
    expect(all.sma_50).toBeCloseTo(lastSma(closes, 50)!, 10);
    expect(all.rsi_14).toBeCloseTo(lastRsi(closes, 14)!, 10);
    expect(all.bb_mid).toBeCloseTo(all.sma_20!, 10);
    expect(all.macd_hist).toBeCloseTo(all.macd_line! - all.macd_signal!, 10);
    expect(all.volume_ma_20).toBeCloseTo(2, 10);
    // Typical price of each bar is its close (high and low are close ± 1), equal volumes.
    expect(all.vwap).toBeCloseTo(closes.reduce((a, b) => a + b, 0) / 60, 6);
  });

  it('returns only the names asked for and leaves out those the window is too short for', () => {
    const short = computeIndicators(candles(closes.slice(0, 20)), ['sma_20', 'sma_50', 'rsi_14', 'adx_14', 'price']);
    expect(Object.keys(short).sort()).toEqual(['price', 'rsi_14', 'sma_20']);
    expect(computeIndicators([], ['price', 'vwap'])).toEqual({});
  });

  it('formats values with 8 places and no negative zero', () => {
    expect(formatIndicatorValue(61.234567891)).toBe('61.23456789');
    expect(formatIndicatorValue(-0.000000001)).toBe('0.00000000');
    expect(formatIndicatorValue(-1.5)).toBe('-1.50000000');
  });
});
