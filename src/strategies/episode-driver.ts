// Drives one test episode: after every step of the episode's backtest session it hands the
// executor (executor.ts) each pair's candles of the strategy's timeframe up to the one just closed,
// the session's positions (with the peak and candles held the executor tracks) and its equity, then
// places the exits and the entries it answers as market orders in the session's sandbox. Orders the
// sandbox refuses (a size under the pair's minimum, not enough cash) are dropped and counted, as the
// fact sheet's executor does.
//
// Candles are read chunk by chunk with the session's bars (BacktestService.runForStrategyTest), and
// only the window the executor needs is kept, so memory does not grow with the episode's length.
import type { StrategyStepView } from '../backtest/types.js';
import type { RollupInterval } from '../db/schema.js';
import type { Tx } from '../db/store.js';
import { fromCandleRow } from '../market/market.mapper.js';
import type { Candle } from '../market/types.js';
import type { Amount } from '../money.js';
import { evaluateBar, historyBars, holdOn, openedAt, type HeldPosition, type NormalisedDefinition } from './executor.js';
import { readCandlesSync } from './tests-repository.js';

interface PairCandles {
  candles: Candle[];
  /** How many of `candles` have closed by the current step. */
  closed: number;
  /** Open time of the last candle read. */
  readUntil: number;
}

export interface DriverStats {
  ordersPlaced: number;
  ordersRejected: number;
}

export class EpisodeDriver {
  private readonly pairs = new Map<string, PairCandles>();
  private readonly held = new Map<string, HeldPosition>();
  private readonly history: number;
  readonly stats: DriverStats = { ordersPlaced: 0, ordersRejected: 0 };

  constructor(
    private readonly def: NormalisedDefinition,
    private readonly interval: '1m' | RollupInterval,
    private readonly intervalMs: number,
    episodeStart: number,
    private readonly rules: { stepSizes: ReadonlyMap<string, Amount>; minQuantities: ReadonlyMap<string, Amount> },
  ) {
    this.history = historyBars(def);
    // Candles before the episode warm the indicators up: the executor sees history at once.
    const from = episodeStart - this.history * intervalMs;
    for (const symbol of def.pairs) this.pairs.set(symbol, { candles: [], closed: 0, readUntil: from - 1 });
  }

  /** Reads every pair's candles closed by virtual time `until` not read yet. */
  async load(tx: Tx, until: number): Promise<void> {
    const lastOpen = until - this.intervalMs;
    for (const [symbol, p] of this.pairs) {
      if (lastOpen <= p.readUntil) continue;
      // Keep what the executor still needs; drop older candles.
      const keep = Math.max(0, p.closed - this.history);
      if (keep > 0) {
        p.candles = p.candles.slice(keep);
        p.closed -= keep;
      }
      for (const row of await readCandlesSync(tx, symbol, this.interval, p.readUntil + 1, lastOpen)) p.candles.push(fromCandleRow(row));
      p.readUntil = lastOpen;
    }
  }

  /** The executor's turn after a step. */
  onStep(view: StrategyStepView): void {
    const lastOpen = view.now - this.intervalMs;
    const bars = new Map<string, Candle[]>();
    for (const [symbol, p] of this.pairs) {
      const before = p.closed;
      while (p.closed < p.candles.length && p.candles[p.closed]!.openTime <= lastOpen) p.closed++;
      // A pair without a new candle on this step (a gap in its data) is left alone this time.
      if (p.closed > before) bars.set(symbol, p.candles.slice(Math.max(0, p.closed - this.history), p.closed));
    }
    const positions = new Map<string, HeldPosition>();
    for (const [symbol, pos] of view.positions) {
      let state = this.held.get(symbol) ?? openedAt(pos.quantity, pos.avgEntryPrice);
      state = { ...state, quantity: pos.quantity, avgEntryPrice: pos.avgEntryPrice };
      const newBars = bars.get(symbol);
      if (newBars) state = holdOn(state, newBars[newBars.length - 1]!.close);
      this.held.set(symbol, state);
      positions.set(symbol, state);
    }
    for (const symbol of [...this.held.keys()]) if (!view.positions.has(symbol)) this.held.delete(symbol);
    if (bars.size === 0) return;

    const decision = evaluateBar(this.def, {
      bars,
      positions,
      equity: view.equity,
      cash: view.cash,
      stepSizes: this.rules.stepSizes,
      minQuantities: this.rules.minQuantities,
    });
    for (const symbol of decision.exits) {
      const result = view.place({ symbol, side: 'sell', type: 'market', quantity: positions.get(symbol)!.quantity });
      this.count(result.kind);
      if (result.kind === 'filled' && result.position.quantity <= 0n) this.held.delete(symbol);
    }
    for (const entry of decision.entries) {
      const result = view.place({ symbol: entry.symbol, side: 'buy', type: 'market', quantity: entry.quantity });
      this.count(result.kind);
      if (result.kind === 'filled') {
        const close = bars.get(entry.symbol)!;
        this.held.set(entry.symbol, openedAt(result.position.quantity, close[close.length - 1]!.close));
      }
    }
  }

  private count(kind: string): void {
    if (kind === 'filled') this.stats.ordersPlaced++;
    else this.stats.ordersRejected++;
  }
}
