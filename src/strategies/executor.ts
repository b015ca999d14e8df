// The strategy executor: what a strategy definition decides at one closed candle of its timeframe.
// Pure and synchronous, like the engine: the caller (a test episode, src/strategies/tests-service.ts,
// or the live runner of a deployed version) feeds it the candles, the positions and the equity, and
// places the orders it answers with. Both callers feed the same number of candles
// (`historyBars`), so a definition decides alike in a test and live.
//
// Rules (fact sheet §2.2–2.3, decisions.md rulings 5 and 6), each one also documented in the spec:
// - a condition is active when its key is present with a non-null value; a boolean condition set to
//   `false` is inactive (the original server treated `false` as `true`: not copied);
// - ALL active entry conditions must pass for an entry; no active entry condition ⇒ never enters;
// - exits are checked in the fixed order of §2.3 (stop loss, take profit, trailing stop, max hold,
//   RSI above, RSI below, MACD cross below); the first that fires sells the whole position;
// - SMA/EMA take any period from MIN_PERIOD to MAX_PERIOD, on the timeframe's candles;
// - `macd_cross_above/below` are crossing events: the bar where the sign of line − signal changes;
// - an indicator still warming up (too few candles) makes its condition false.
import { lastAdx, lastBollinger, lastEma, lastMacd, lastRsi, lastSma, toIndicatorBar } from '../market/indicators.js';
import type { Candle } from '../market/types.js';
import type { Amount } from '../money.js';

export const TIMEFRAMES = ['1m', '5m', '15m', '1h', '4h', '1d'] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];

export const TIMEFRAME_SECONDS: Readonly<Record<Timeframe, number>> = {
  '1m': 60,
  '5m': 300,
  '15m': 900,
  '1h': 3600,
  '4h': 14_400,
  '1d': 86_400,
};

/** Bounds of an SMA/EMA period (ruling 5: any period within documented bounds). */
export const MIN_PERIOD = 2;
export const MAX_PERIOD = 500;
/** The fixed parameters of the other indicators (fact sheet §2.4). */
export const RSI_PERIOD = 14;
export const ADX_PERIOD = 14;
export const BB_PERIOD = 20;
export const BB_DEVIATIONS = 2;
export const VOLUME_MA_PERIOD = 20;
export const MACD_FAST = 12;
export const MACD_SLOW = 26;
export const MACD_SIGNAL = 9;
/** Candles fed to the executor at least: the window the original engine kept. */
const BASE_HISTORY = 200;
/** EMAs (and so MACD) are seeded with the first price: three periods of history let the seed fade. */
const EMA_WARMUP_FACTOR = 3;

/** Entry conditions (§2.2): all active ones must pass. */
export interface EntryConditions {
  rsi_below?: number | null;
  rsi_above?: number | null;
  macd_cross_above?: boolean | null;
  macd_cross_below?: boolean | null;
  price_above_sma?: number | null;
  price_below_sma?: number | null;
  price_above_ema?: number | null;
  price_below_ema?: number | null;
  bb_below_lower?: boolean | null;
  bb_above_upper?: boolean | null;
  adx_above?: number | null;
  volume_above_ma?: number | null;
}

/** Exit conditions (§2.3): the first active one that fires sells the whole position. */
export interface ExitConditions {
  stop_loss_pct?: number | null;
  take_profit_pct?: number | null;
  trailing_stop_pct?: number | null;
  max_hold_candles?: number | null;
  rsi_above?: number | null;
  rsi_below?: number | null;
  macd_cross_below?: boolean | null;
}

/**
 * A definition in the flat form of fact sheet §2.1–2.3 with every default applied: what a version
 * stores as `definition` and what the executor runs. The definition normaliser
 * (src/strategies/definition.ts) produces it from either submitted form.
 */
export interface NormalisedDefinition {
  /** Upper-case symbols, in the order entries are tried. */
  pairs: string[];
  timeframe: Timeframe;
  entry_conditions: EntryConditions;
  exit_conditions: ExitConditions;
  /** Percent of total equity per entry, 1–100. */
  position_size_pct: number;
  /** Open positions in the strategy's pairs at most, 1–50. */
  max_positions: number;
  filters: Record<string, unknown>;
  model_type: 'rule_based' | 'ml' | 'rl';
  model_reference: string | null;
}

/** What the executor keeps of an open position. */
export interface HeldPosition {
  quantity: Amount;
  avgEntryPrice: Amount;
  /** Highest close since the entry was decided (the trailing stop's reference). */
  peakPrice: Amount;
  /** Candles of the timeframe closed since the entry candle (0 on the entry candle itself). */
  barsHeld: number;
}

export interface BarInput {
  /** Per pair: the timeframe's closed candles, oldest first, the newest being the candle just closed. */
  bars: ReadonlyMap<string, readonly Candle[]>;
  /** Open positions by symbol (peak and bars held already updated for the newest candle: see `holdOn`). */
  positions: ReadonlyMap<string, HeldPosition>;
  /** Total equity (cash + positions at the latest prices). */
  equity: Amount;
  /** Cash that can pay for entries; when given, an entry is cut to what it can buy with the fee and the worst slippage. */
  cash?: Amount;
  /** Pairs tried for entries, in order (default the definition's `pairs`). */
  pairsInOrder?: readonly string[];
  /** Quantity step per pair; an entry is rounded down to it (default 1e-8, the money scale). */
  stepSizes?: ReadonlyMap<string, Amount>;
  /** Smallest quantity per pair; an entry below it is not made. */
  minQuantities?: ReadonlyMap<string, Amount>;
}

export type ExitReason = keyof ExitConditions;

export interface EntryDecision {
  symbol: string;
  quantity: Amount;
}

export interface BarDecision {
  /** Symbols whose whole position to sell at market, in the order found. */
  exits: string[];
  /** Why each exit fired (the first exit condition, in the order of §2.3, that did). */
  exitReasons: Record<string, ExitReason>;
  /** Market buys, in the order of the pairs. */
  entries: EntryDecision[];
}

const UNIT = 100_000_000n;
/** The live fee (0.1 %) plus the engine's worst slippage (0.5 %): what a market buy may cost above its price. */
const BUY_COST_BUFFER_BP = 60n;

/**
 * How many of the timeframe's newest candles the executor needs per pair for `def`: at least 200,
 * and three times the longest SMA/EMA period (an EMA seeded with its first price needs the room).
 *
 * @example historyBars({ ...def, entry_conditions: { price_above_ema: 300 } }) // 900
 */
export function historyBars(def: NormalisedDefinition): number {
  const periods = [
    def.entry_conditions.price_above_sma,
    def.entry_conditions.price_below_sma,
    def.entry_conditions.price_above_ema,
    def.entry_conditions.price_below_ema,
  ].filter((p): p is number => typeof p === 'number');
  return Math.max(BASE_HISTORY, ...periods.map((p) => p * EMA_WARMUP_FACTOR));
}

/**
 * The position state for the candle just closed: the peak rises to its close and one more candle
 * is held. The caller applies it to every open position before `evaluateBar`; a new entry starts
 * from `openedAt`.
 *
 * @example holdOn({ quantity, avgEntryPrice, peakPrice: p('100'), barsHeld: 2 }, p('104')) // peak 104, barsHeld 3
 */
export function holdOn(position: HeldPosition, close: Amount): HeldPosition {
  return { ...position, peakPrice: close > position.peakPrice ? close : position.peakPrice, barsHeld: position.barsHeld + 1 };
}

/** A position as it starts: entered at `price` on the candle just closed. */
export function openedAt(quantity: Amount, price: Amount): HeldPosition {
  return { quantity, avgEntryPrice: price, peakPrice: price, barsHeld: 0 };
}

/** Indicator values at the newest candle of one pair, computed on demand and kept for the call. */
class PairView {
  private readonly closes: number[];
  private readonly memo = new Map<string, number | undefined>();
  private macdMemo: { prev: number | undefined; cur: number | undefined } | undefined;
  readonly close: number;
  readonly closeAmount: Amount;

  constructor(private readonly candles: readonly Candle[]) {
    this.closes = candles.map((c) => Number(c.close) / Number(UNIT));
    this.close = this.closes[this.closes.length - 1]!;
    this.closeAmount = candles[candles.length - 1]!.close;
  }

  private cached(key: string, compute: () => number | undefined): number | undefined {
    if (!this.memo.has(key)) {
      const v = compute();
      this.memo.set(key, v !== undefined && Number.isFinite(v) ? v : undefined);
    }
    return this.memo.get(key);
  }

  rsi(): number | undefined {
    return this.cached('rsi', () => lastRsi(this.closes, RSI_PERIOD));
  }

  sma(period: number): number | undefined {
    return this.cached(`sma${period}`, () => lastSma(this.closes, period));
  }

  ema(period: number): number | undefined {
    return this.cached(`ema${period}`, () => lastEma(this.closes, period));
  }

  bollinger(side: 'lower' | 'upper'): number | undefined {
    return this.cached(`bb_${side}`, () => lastBollinger(this.closes, BB_PERIOD, BB_DEVIATIONS)?.[side]);
  }

  adx(): number | undefined {
    return this.cached('adx', () => lastAdx(this.candles.map(toIndicatorBar), ADX_PERIOD));
  }

  volume(): number {
    return Number(this.candles[this.candles.length - 1]!.volume) / Number(UNIT);
  }

  volumeMa(): number | undefined {
    return this.cached('vol_ma', () =>
      lastSma(
        this.candles.map((c) => Number(c.volume) / Number(UNIT)),
        VOLUME_MA_PERIOD,
      ),
    );
  }

  /** line − signal at the previous and at the newest candle (undefined while warming up). */
  private macdDiffs(): { prev: number | undefined; cur: number | undefined } {
    if (!this.macdMemo) {
      const diff = (closes: readonly number[]) => {
        const m = lastMacd(closes, MACD_FAST, MACD_SLOW, MACD_SIGNAL);
        return m && Number.isFinite(m.line - m.signal) ? m.line - m.signal : undefined;
      };
      this.macdMemo = { prev: diff(this.closes.slice(0, -1)), cur: diff(this.closes) };
    }
    return this.macdMemo;
  }

  /** The sign of line − signal turned positive on the newest candle. */
  macdCrossedAbove(): boolean {
    const { prev, cur } = this.macdDiffs();
    return prev !== undefined && cur !== undefined && prev <= 0 && cur > 0;
  }

  /** The sign of line − signal turned negative on the newest candle. */
  macdCrossedBelow(): boolean {
    const { prev, cur } = this.macdDiffs();
    return prev !== undefined && cur !== undefined && prev >= 0 && cur < 0;
  }
}

const isOn = (v: number | null | undefined): v is number => typeof v === 'number';
const isTrue = (v: boolean | null | undefined): boolean => v === true;

/** Compares `close` with an indicator value; a value still warming up fails the condition. */
function above(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && a > b;
}

/** Whether at least one entry condition is active: with none, a strategy never enters. */
export function hasActiveEntry(c: EntryConditions): boolean {
  return Object.values(c).some((v) => typeof v === 'number' || v === true);
}

/** Every active entry condition passes on the pair's newest candle. */
function entryPasses(c: EntryConditions, v: PairView): boolean {
  if (isOn(c.rsi_below) && !above(c.rsi_below, v.rsi())) return false;
  if (isOn(c.rsi_above) && !above(v.rsi(), c.rsi_above)) return false;
  if (isTrue(c.macd_cross_above) && !v.macdCrossedAbove()) return false;
  if (isTrue(c.macd_cross_below) && !v.macdCrossedBelow()) return false;
  if (isOn(c.price_above_sma) && !above(v.close, v.sma(c.price_above_sma))) return false;
  if (isOn(c.price_below_sma) && !above(v.sma(c.price_below_sma), v.close)) return false;
  if (isOn(c.price_above_ema) && !above(v.close, v.ema(c.price_above_ema))) return false;
  if (isOn(c.price_below_ema) && !above(v.ema(c.price_below_ema), v.close)) return false;
  if (isTrue(c.bb_below_lower) && !above(v.bollinger('lower'), v.close)) return false;
  if (isTrue(c.bb_above_upper) && !above(v.close, v.bollinger('upper'))) return false;
  if (isOn(c.adx_above) && !above(v.adx(), c.adx_above)) return false;
  if (isOn(c.volume_above_ma)) {
    const ma = v.volumeMa();
    if (ma === undefined || ma <= 0 || !(v.volume() > ma * c.volume_above_ma)) return false;
  }
  return true;
}

/** The first exit condition (in the order of §2.3) that fires for `p` at the pair's newest close, if any. */
function exitReason(c: ExitConditions, p: HeldPosition, v: PairView): ExitReason | undefined {
  const price = v.closeAmount;
  const entry = p.avgEntryPrice;
  // Percent moves compared exactly: (entry − price) / entry × 100 ≥ v ⇔ (entry − price) × 100 ≥ v × entry.
  const pctReached = (move: Amount, base: Amount, pct: number) => base > 0n && move * 100n * UNIT >= BigInt(Math.round(pct * 1e8)) * base;
  if (isOn(c.stop_loss_pct) && pctReached(entry - price, entry, c.stop_loss_pct)) return 'stop_loss_pct';
  if (isOn(c.take_profit_pct) && pctReached(price - entry, entry, c.take_profit_pct)) return 'take_profit_pct';
  if (isOn(c.trailing_stop_pct) && pctReached(p.peakPrice - price, p.peakPrice, c.trailing_stop_pct)) return 'trailing_stop_pct';
  if (isOn(c.max_hold_candles) && p.barsHeld >= c.max_hold_candles) return 'max_hold_candles';
  if (isOn(c.rsi_above) && above(v.rsi(), c.rsi_above)) return 'rsi_above';
  if (isOn(c.rsi_below) && above(c.rsi_below, v.rsi())) return 'rsi_below';
  if (isTrue(c.macd_cross_below) && v.macdCrossedBelow()) return 'macd_cross_below';
  return undefined;
}

/**
 * `equity × pct / 100 / price`, capped by `cash` (with room for the fee and the worst slippage),
 * rounded down to the pair's step. Zero when it cannot buy one step.
 *
 * @example entryQuantity(p('10000'), 10, p('50000'), p('0.00001')) === p('0.02')
 */
export function entryQuantity(equity: Amount, pct: number, price: Amount, step: Amount, cash?: Amount): Amount {
  if (price <= 0n || equity <= 0n) return 0n;
  const pctScaled = BigInt(Math.round(pct * 1e8));
  let spend = (equity * pctScaled) / (100n * UNIT);
  if (cash !== undefined) {
    const affordable = (cash * 10_000n) / (10_000n + BUY_COST_BUFFER_BP);
    if (affordable < spend) spend = affordable;
  }
  if (spend <= 0n) return 0n;
  const raw = (spend * UNIT) / price;
  const unit = step > 0n ? step : 1n;
  return (raw / unit) * unit;
}

/**
 * What `def` decides on the candle just closed: the positions to sell (exit conditions in
 * the order of §2.3, for open positions in the strategy's pairs) and then the buys (pairs in order,
 * skipping pairs with a position or sold on this candle, while the strategy's open positions after
 * the exits stay below `max_positions`, each sized by `entryQuantity`). A pair without candles is
 * skipped. Long only, one position per pair.
 *
 * @example evaluateBar(def, { bars, positions: new Map(), equity: p('10000') }) // { exits: [], exitReasons: {}, entries: [{ symbol: 'BTCUSDT', quantity: p('0.02') }] }
 */
export function evaluateBar(def: NormalisedDefinition, input: BarInput): BarDecision {
  const views = new Map<string, PairView>();
  const view = (symbol: string): PairView | undefined => {
    let v = views.get(symbol);
    if (!v) {
      const candles = input.bars.get(symbol);
      if (!candles || candles.length === 0) return undefined;
      v = new PairView(candles);
      views.set(symbol, v);
    }
    return v;
  };
  const ours = new Set(def.pairs);
  const exits: string[] = [];
  const exitReasons: Record<string, ExitReason> = {};
  let open = 0;
  for (const [symbol, position] of input.positions) {
    if (!ours.has(symbol) || position.quantity <= 0n) continue;
    const v = view(symbol);
    const reason = v && exitReason(def.exit_conditions, position, v);
    if (reason) {
      exits.push(symbol);
      exitReasons[symbol] = reason;
    } else {
      open++;
    }
  }
  const entries: EntryDecision[] = [];
  if (!hasActiveEntry(def.entry_conditions)) return { exits, exitReasons, entries };
  // The sells go first, so their proceeds (at the worst slippage, after the fee) can pay for buys.
  let cash = input.cash;
  if (cash !== undefined) {
    for (const symbol of exits) {
      const proceeds = input.positions.get(symbol)!.quantity * views.get(symbol)!.closeAmount;
      cash += (proceeds * (10_000n - BUY_COST_BUFFER_BP)) / (UNIT * 10_000n);
    }
  }
  for (const symbol of input.pairsInOrder ?? def.pairs) {
    if (open >= def.max_positions) break;
    if (!ours.has(symbol) || exitReasons[symbol] !== undefined) continue;
    const held = input.positions.get(symbol);
    if (held && held.quantity > 0n) continue;
    const v = view(symbol);
    if (!v || !entryPasses(def.entry_conditions, v)) continue;
    const quantity = entryQuantity(input.equity, def.position_size_pct, v.closeAmount, input.stepSizes?.get(symbol) ?? 1n, cash);
    const min = input.minQuantities?.get(symbol) ?? 0n;
    if (quantity <= 0n || quantity < min) continue;
    entries.push({ symbol, quantity });
    open++;
    if (cash !== undefined) cash -= (quantity * v.closeAmount * (10_000n + BUY_COST_BUFFER_BP)) / (UNIT * 10_000n);
  }
  return { exits, exitReasons, entries };
}
