import { describe, expect, it } from 'vitest';
import { lastEma, lastMacd, lastRsi, lastSma } from '../../../src/market/indicators.js';
import type { Candle } from '../../../src/market/types.js';
import { parseAmount } from '../../../src/money.js';
import {
  entryQuantity,
  evaluateBar,
  historyBars,
  holdOn,
  openedAt,
  type EntryConditions,
  type ExitConditions,
  type HeldPosition,
  type NormalisedDefinition,
} from '../../../src/strategies/executor.js';

const p = (s: string | number) => parseAmount(String(s));

function candles(closes: readonly number[], volumes?: readonly number[]): Candle[] {
  return closes.map((c, i) => ({
    openTime: i * 3_600_000,
    open: p(c.toFixed(8)),
    high: p((c * 1.001).toFixed(8)),
    low: p((c * 0.999).toFixed(8)),
    close: p(c.toFixed(8)),
    volume: p(volumes?.[i] ?? 10),
    quoteVolume: p(0),
    tradeCount: 1,
  }));
}

function def(entry: EntryConditions, exit: ExitConditions = {}, more: Partial<NormalisedDefinition> = {}): NormalisedDefinition {
  return {
    pairs: ['BTCUSDT'],
    timeframe: '1h',
    entry_conditions: entry,
    exit_conditions: exit,
    position_size_pct: 10,
    max_positions: 3,
    filters: {},
    model_type: 'rule_based',
    model_reference: null,
    ...more,
  };
}

/** A steady fall of 1 % a candle: RSI near 0, close below every average. */
const FALLING = Array.from({ length: 60 }, (_, i) => Number((100 * 0.99 ** i).toFixed(6)));
/** A steady rise of 1 % a candle. */
const RISING = Array.from({ length: 60 }, (_, i) => Number((100 * 1.01 ** i).toFixed(6)));

function entriesOf(d: NormalisedDefinition, closes: readonly number[], equity = '10000'): string[] {
  return evaluateBar(d, { bars: new Map([['BTCUSDT', candles(closes)]]), positions: new Map(), equity: p(equity) }).entries.map(
    (e) => e.symbol,
  );
}

describe('entry conditions', () => {
  it('enters when every active condition passes and not when one fails', () => {
    expect(lastRsi(FALLING, 14)).toBeLessThan(30);
    expect(entriesOf(def({ rsi_below: 30 }), FALLING)).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ rsi_below: 30, price_above_sma: 20 }), FALLING)).toEqual([]);
    expect(entriesOf(def({ rsi_below: 30, price_below_sma: 20 }), FALLING)).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ rsi_above: 70 }), RISING)).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ rsi_above: 70 }), FALLING)).toEqual([]);
  });

  it('never enters without an active entry condition; null and false are inactive (never "false means true")', () => {
    expect(entriesOf(def({}), FALLING)).toEqual([]);
    expect(entriesOf(def({ rsi_below: null, macd_cross_above: false, bb_below_lower: false }), FALLING)).toEqual([]);
    // `false` beside an active condition does not add a requirement either.
    expect(entriesOf(def({ rsi_below: 30, macd_cross_above: false, bb_above_upper: false, macd_cross_below: null }), FALLING)).toEqual([
      'BTCUSDT',
    ]);
  });

  it('treats an indicator still warming up as a failed condition', () => {
    expect(entriesOf(def({ rsi_below: 100 }), FALLING.slice(0, 14))).toEqual([]);
    expect(entriesOf(def({ rsi_below: 100 }), FALLING.slice(0, 15))).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ price_below_sma: 50 }), FALLING.slice(0, 49))).toEqual([]);
    expect(entriesOf(def({ price_below_sma: 50 }), FALLING.slice(0, 50))).toEqual(['BTCUSDT']);
  });

  it('computes SMA and EMA of any period, not just 20/50 and 12/26', () => {
    // Up 40 candles, then down 5: the close is under the short averages and above the long ones.
    const closes = [...Array.from({ length: 40 }, (_, i) => 100 + i), 135, 132, 130, 128, 126];
    const close = closes[closes.length - 1]!;
    expect(lastSma(closes, 7)!).toBeGreaterThan(close);
    expect(lastSma(closes, 45)!).toBeLessThan(close);
    expect(entriesOf(def({ price_below_sma: 7 }), closes)).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ price_above_sma: 7 }), closes)).toEqual([]);
    expect(entriesOf(def({ price_above_sma: 45 }), closes)).toEqual(['BTCUSDT']);
    expect(lastEma(closes, 5)!).toBeGreaterThan(close);
    expect(lastEma(closes, 40)!).toBeLessThan(close);
    expect(entriesOf(def({ price_below_ema: 5 }), closes)).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ price_above_ema: 40 }), closes)).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ price_above_ema: 5 }), closes)).toEqual([]);
  });

  it('macd_cross_above/below fire on the candle where line − signal changes sign, not while it keeps it', () => {
    const closes = Array.from({ length: 120 }, (_, i) => Number((100 + 10 * Math.sin(i / 6)).toFixed(6)));
    const diffAt = (n: number) => {
      const m = lastMacd(closes.slice(0, n), 12, 26, 9);
      return m ? m.line - m.signal : undefined;
    };
    const ups: number[] = [];
    const downs: number[] = [];
    let positive = 0;
    for (let n = 2; n <= closes.length; n++) {
      const prev = diffAt(n - 1);
      const cur = diffAt(n);
      if (prev === undefined || cur === undefined) continue;
      if (cur > 0) positive++;
      if (prev <= 0 && cur > 0) ups.push(n);
      if (prev >= 0 && cur < 0) downs.push(n);
    }
    expect(ups.length).toBeGreaterThanOrEqual(2);
    expect(downs.length).toBeGreaterThanOrEqual(2);
    expect(positive).toBeGreaterThan(ups.length * 3);
    const firedOn = (entry: EntryConditions) => {
      const fired: number[] = [];
      for (let n = 2; n <= closes.length; n++) if (entriesOf(def(entry), closes.slice(0, n)).length > 0) fired.push(n);
      return fired;
    };
    expect(firedOn({ macd_cross_above: true })).toEqual(ups);
    expect(firedOn({ macd_cross_below: true })).toEqual(downs);
  });

  it('Bollinger, ADX and volume conditions', () => {
    const flatThenDrop = [...Array.from({ length: 30 }, (_, i) => 100 + (i % 2)), 90];
    expect(entriesOf(def({ bb_below_lower: true }), flatThenDrop)).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ bb_above_upper: true }), flatThenDrop)).toEqual([]);
    expect(entriesOf(def({ adx_above: 40 }), RISING)).toEqual(['BTCUSDT']);
    expect(entriesOf(def({ adx_above: 40 }), RISING.slice(0, 20))).toEqual([]);
    const vols = [...Array.from({ length: 29 }, () => 10), 40];
    const bars = (v: number[]) => new Map([['BTCUSDT', candles(RISING.slice(0, 30), v)]]);
    const volDef = def({ volume_above_ma: 2 });
    expect(evaluateBar(volDef, { bars: bars(vols), positions: new Map(), equity: p(10000) }).entries).toHaveLength(1);
    expect(
      evaluateBar(volDef, { bars: bars(Array.from({ length: 30 }, () => 10)), positions: new Map(), equity: p(10000) }).entries,
    ).toHaveLength(0);
    // A zero volume average never passes.
    expect(
      evaluateBar(def({ volume_above_ma: 0 }), { bars: bars(Array.from({ length: 30 }, () => 0)), positions: new Map(), equity: p(10000) })
        .entries,
    ).toHaveLength(0);
  });
});

describe('sizing and limits', () => {
  it('buys equity × pct / 100 / price rounded down to the step', () => {
    expect(entryQuantity(p(10000), 10, p(50000), p('0.00001'))).toBe(p('0.02'));
    expect(entryQuantity(p(10000), 10, p(30000), p('0.00001'))).toBe(p('0.03333'));
    expect(entryQuantity(p(10000), 12.5, p(3), p(1))).toBe(p(416));
    expect(entryQuantity(p(10000), 10, p(2000000), p(1))).toBe(0n);
    // Capped by the cash with room for the fee and the worst slippage.
    expect(entryQuantity(p(10000), 100, p(100), p('0.01'), p(10000))).toBe(p('99.40'));
  });

  it('rounds entries to the pair step and skips those under its minimum', () => {
    const d = def({ rsi_below: 30 });
    const bars = new Map([['BTCUSDT', candles(FALLING)]]);
    const close = p(FALLING[FALLING.length - 1]!.toFixed(8));
    const out = evaluateBar(d, { bars, positions: new Map(), equity: p(10000), stepSizes: new Map([['BTCUSDT', p('0.1')]]) });
    expect(out.entries).toEqual([{ symbol: 'BTCUSDT', quantity: ((p(1000) * 100_000_000n) / close / p('0.1')) * p('0.1') }]);
    expect(
      evaluateBar(d, { bars, positions: new Map(), equity: p(10000), minQuantities: new Map([['BTCUSDT', p(1_000_000)]]) }).entries,
    ).toEqual([]);
  });

  it('max_positions counts only the strategy pairs; pairs are tried in order; held pairs are skipped', () => {
    const d = def({ rsi_below: 30 }, {}, { pairs: ['BTCUSDT', 'ETHUSDT', 'SOLUSDT'], max_positions: 2 });
    const bars = new Map(['BTCUSDT', 'ETHUSDT', 'SOLUSDT'].map((s) => [s, candles(FALLING)]));
    const held = (symbol: string): [string, HeldPosition] => [symbol, openedAt(p(1), p(50))];
    const run = (positions: Array<[string, HeldPosition]>) =>
      evaluateBar(d, { bars, positions: new Map(positions), equity: p(10000) }).entries.map((e) => e.symbol);
    expect(run([])).toEqual(['BTCUSDT', 'ETHUSDT']);
    // Positions outside the strategy's pairs do not use its slots.
    expect(run([held('XRPUSDT'), held('ADAUSDT')])).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect(run([held('BTCUSDT')])).toEqual(['ETHUSDT']);
    expect(run([held('BTCUSDT'), held('SOLUSDT')])).toEqual([]);
    expect(
      evaluateBar(d, { bars, positions: new Map(), equity: p(10000), pairsInOrder: ['SOLUSDT', 'BTCUSDT'] }).entries.map((e) => e.symbol),
    ).toEqual(['SOLUSDT', 'BTCUSDT']);
    // A pair without candles is skipped.
    const partial = new Map([['ETHUSDT', candles(FALLING)]]);
    expect(evaluateBar(d, { bars: partial, positions: new Map(), equity: p(10000) }).entries.map((e) => e.symbol)).toEqual(['ETHUSDT']);
  });
});

describe('exit conditions', () => {
  const position = (entry: number, extra: Partial<HeldPosition> = {}): HeldPosition => ({ ...openedAt(p(1), p(entry)), ...extra });
  const exitOf = (exit: ExitConditions, closes: number[], pos: HeldPosition, pairs = ['BTCUSDT']) =>
    evaluateBar(def({}, exit, { pairs }), {
      bars: new Map([['BTCUSDT', candles(closes)]]),
      positions: new Map([['BTCUSDT', pos]]),
      equity: p(10000),
    });

  it('stop loss, take profit and trailing stop at their thresholds (inclusive)', () => {
    expect(exitOf({ stop_loss_pct: 5 }, [95], position(100)).exitReasons).toEqual({ BTCUSDT: 'stop_loss_pct' });
    expect(exitOf({ stop_loss_pct: 5 }, [95.01], position(100)).exits).toEqual([]);
    expect(exitOf({ take_profit_pct: 10 }, [110], position(100)).exits).toEqual(['BTCUSDT']);
    expect(exitOf({ take_profit_pct: 10 }, [109.99], position(100)).exits).toEqual([]);
    expect(exitOf({ trailing_stop_pct: 3 }, [116.4], position(100, { peakPrice: p(120) })).exitReasons).toEqual({
      BTCUSDT: 'trailing_stop_pct',
    });
    expect(exitOf({ trailing_stop_pct: 3 }, [116.5], position(100, { peakPrice: p(120) })).exits).toEqual([]);
  });

  it('checks exits in the documented order: the first that fires is the reason', () => {
    const all: ExitConditions = { stop_loss_pct: 1, take_profit_pct: 1, trailing_stop_pct: 1, max_hold_candles: 1, rsi_below: 101 };
    expect(exitOf(all, [...FALLING], position(200, { barsHeld: 5 })).exitReasons.BTCUSDT).toBe('stop_loss_pct');
    expect(
      exitOf({ ...all, stop_loss_pct: null }, [...FALLING], position(200, { barsHeld: 5, peakPrice: p(300) })).exitReasons.BTCUSDT,
    ).toBe('trailing_stop_pct');
    expect(exitOf({ max_hold_candles: 3, rsi_below: 101 }, [...FALLING], position(1, { barsHeld: 3 })).exitReasons.BTCUSDT).toBe(
      'max_hold_candles',
    );
    expect(exitOf({ max_hold_candles: 3 }, [...FALLING], position(1, { barsHeld: 2 })).exits).toEqual([]);
    expect(exitOf({ rsi_above: 70 }, [...RISING], position(1)).exitReasons.BTCUSDT).toBe('rsi_above');
    expect(exitOf({ rsi_below: 30 }, [...FALLING], position(1)).exitReasons.BTCUSDT).toBe('rsi_below');
    // false is inactive for the exit too.
    expect(exitOf({ macd_cross_below: false }, [...FALLING], position(1)).exits).toEqual([]);
  });

  it('holds a position without exit conditions, and ignores positions outside the strategy pairs', () => {
    expect(exitOf({}, [50], position(100)).exits).toEqual([]);
    expect(exitOf({ stop_loss_pct: 1 }, [50], position(100), ['ETHUSDT']).exits).toEqual([]);
  });

  it('an exit frees a slot for another pair but the sold pair is not bought back on the same candle', () => {
    const d = def({ rsi_below: 30 }, { stop_loss_pct: 5 }, { pairs: ['BTCUSDT', 'ETHUSDT'], max_positions: 1 });
    const bars = new Map(['BTCUSDT', 'ETHUSDT'].map((s) => [s, candles(FALLING)]));
    const out = evaluateBar(d, { bars, positions: new Map([['BTCUSDT', position(200)]]), equity: p(10000) });
    expect(out.exits).toEqual(['BTCUSDT']);
    expect(out.entries.map((e) => e.symbol)).toEqual(['ETHUSDT']);
  });
});

describe('helpers', () => {
  it('holdOn raises the peak and counts candles held', () => {
    const start = openedAt(p(2), p(100));
    const after = holdOn(holdOn(start, p(104)), p(102));
    expect(after).toEqual({ quantity: p(2), avgEntryPrice: p(100), peakPrice: p(104), barsHeld: 2 });
  });

  it('historyBars: 200 or three times the longest moving-average period', () => {
    expect(historyBars(def({ rsi_below: 30 }))).toBe(200);
    expect(historyBars(def({ price_above_ema: 300, price_below_sma: 20 }))).toBe(900);
  });
});
