// Technical indicators over a window of candles (oldest first), computed by the `trading-signals`
// library rather than by formulas of our own. Pure: the live route feeds it the newest stored
// 1-minute bars, a backtest feeds it the bars closed at its virtual time, so both answer alike.
//
// Statistics, not money: the library works on floats, so prices are turned into numbers here and
// the results are sent as decimal strings with 8 places. An indicator without enough bars for a
// first value is left out, never sent as null. Library conventions (documented in openapi.yaml):
// EMAs (and so MACD) are seeded with the first price and count as ready after N prices; RSI, ATR and
// ADX use Wilder's smoothing seeded with a plain mean; Bollinger bands use the population standard
// deviation; VWAP weights the typical price (high + low + close) / 3 by volume over the window.
import { ADX, ATR, BollingerBands, EMA, MACD, RSI, SMA, VWAP } from 'trading-signals';
import { validationError } from '../errors.js';
import type { Amount } from '../money.js';
import type { Candle } from './types.js';

/** Every indicator a client can ask for, sorted. */
export const INDICATORS = [
  'adx_14',
  'atr_14',
  'bb_lower',
  'bb_mid',
  'bb_upper',
  'ema_12',
  'ema_26',
  'macd_hist',
  'macd_line',
  'macd_signal',
  'price',
  'rsi_14',
  'sma_20',
  'sma_50',
  'volume_ma_20',
  'vwap',
] as const;

export type IndicatorName = (typeof INDICATORS)[number];
export type IndicatorValues = Partial<Record<IndicatorName, number>>;

/** Bar fields as floats, the library's input. */
export interface IndicatorBar {
  high: number;
  low: number;
  close: number;
  volume: number;
}

const NAMES: ReadonlySet<string> = new Set(INDICATORS);
const UNITS = 1e8;

export function isIndicatorName(name: string): name is IndicatorName {
  return NAMES.has(name);
}

/**
 * The requested indicators at the newest of `candles` (oldest first); each one that the window is
 * too short for is left out.
 *
 * @example computeIndicators(lastTwoHundredMinutes, ['rsi_14', 'price']) // { rsi_14: 61.2, price: 64210.5 }
 */
export function computeIndicators(candles: readonly Candle[], names: readonly IndicatorName[]): IndicatorValues {
  const bars = candles.map(toIndicatorBar);
  const closes = bars.map((b) => b.close);
  const wanted = new Set(names);
  const out: IndicatorValues = {};
  const put = (name: IndicatorName, value: number | undefined) => {
    if (wanted.has(name) && value !== undefined && Number.isFinite(value)) out[name] = value;
  };
  put('price', closes[closes.length - 1]);
  if (wanted.has('sma_20')) put('sma_20', lastSma(closes, 20));
  if (wanted.has('sma_50')) put('sma_50', lastSma(closes, 50));
  if (wanted.has('volume_ma_20'))
    put(
      'volume_ma_20',
      lastSma(
        bars.map((b) => b.volume),
        20,
      ),
    );
  if (wanted.has('ema_12')) put('ema_12', lastEma(closes, 12));
  if (wanted.has('ema_26')) put('ema_26', lastEma(closes, 26));
  if (wanted.has('rsi_14')) put('rsi_14', lastRsi(closes, 14));
  if (wanted.has('macd_line') || wanted.has('macd_signal') || wanted.has('macd_hist')) {
    const macd = lastMacd(closes, 12, 26, 9);
    put('macd_line', macd?.line);
    put('macd_signal', macd?.signal);
    put('macd_hist', macd?.histogram);
  }
  if (wanted.has('bb_lower') || wanted.has('bb_mid') || wanted.has('bb_upper')) {
    const bands = lastBollinger(closes, 20, 2);
    put('bb_lower', bands?.lower);
    put('bb_mid', bands?.middle);
    put('bb_upper', bands?.upper);
  }
  if (wanted.has('atr_14')) put('atr_14', lastAtr(bars, 14));
  if (wanted.has('adx_14')) put('adx_14', lastAdx(bars, 14));
  if (wanted.has('vwap')) put('vwap', lastVwap(bars));
  return out;
}

/** An indicator value on the wire: 8 decimal places, never "-0". */
export function formatIndicatorValue(value: number): string {
  const text = value.toFixed(8);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

export function toIndicatorBar(candle: Candle): IndicatorBar {
  return { high: toFloat(candle.high), low: toFloat(candle.low), close: toFloat(candle.close), volume: toFloat(candle.volume) };
}

/** Simple moving average of the last `period` values. */
export function lastSma(values: readonly number[], period: number): number | undefined {
  return final(new SMA(period), values);
}

/** Exponential moving average, seeded with the first value, ready after `period` values. */
export function lastEma(values: readonly number[], period: number): number | undefined {
  return final(new EMA(period), values);
}

/** Wilder's RSI, ready after `period` + 1 values. */
export function lastRsi(values: readonly number[], period: number): number | undefined {
  return final(new RSI(period), values);
}

export function lastMacd(
  values: readonly number[],
  fast: number,
  slow: number,
  signal: number,
): { line: number; signal: number; histogram: number } | undefined {
  const result = final(new MACD(new EMA(fast), new EMA(slow), new EMA(signal)), values);
  return result && { line: result.macd, signal: result.signal, histogram: result.histogram };
}

export function lastBollinger(
  values: readonly number[],
  period: number,
  deviations: number,
): { lower: number; middle: number; upper: number } | undefined {
  return final(new BollingerBands(period, deviations), values);
}

/** Average true range, Wilder-smoothed. */
export function lastAtr(bars: readonly IndicatorBar[], period: number): number | undefined {
  return final(new ATR(period), bars);
}

/** Average directional index, ready after 2·period − 1 bars. */
export function lastAdx(bars: readonly IndicatorBar[], period: number): number | undefined {
  return final(new ADX(period), bars);
}

/** Volume-weighted average of the typical price over every bar given (bars without volume add nothing). */
export function lastVwap(bars: readonly IndicatorBar[]): number | undefined {
  return final(new VWAP(), bars);
}

interface Series<R, I> {
  add(input: I): R | null;
  isStable: boolean;
  getResult(): R | null;
}

/** The indicator's value after every input, or undefined if it never became ready. */
function final<R, I>(indicator: Series<R, I>, inputs: readonly I[]): R | undefined {
  for (const input of inputs) indicator.add(input);
  return indicator.isStable ? (indicator.getResult() ?? undefined) : undefined;
}

function toFloat(amount: Amount): number {
  return Number(amount) / UNITS;
}

/** The names of a comma-separated list (default: all), each once; unknown ones are a 422 naming them. */
export function parseIndicatorNames(csv: string | undefined): IndicatorName[] {
  if (csv === undefined || csv.trim() === '') return [...INDICATORS];
  const asked = [
    ...new Set(
      csv
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ''),
    ),
  ];
  const unknown = asked.filter((name) => !isIndicatorName(name));
  if (unknown.length > 0) {
    throw validationError(
      [{ field: 'indicators', message: `unknown indicator(s): ${unknown.join(', ')}; available: ${INDICATORS.join(', ')}` }],
      `Unknown indicator(s): ${unknown.join(', ')}`,
    );
  }
  return asked as IndicatorName[];
}
