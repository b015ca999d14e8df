// The default, offline price source: a seeded market of real USDT pairs. Each pair's latent price
// follows geometric Brownian motion with occasional jumps; trades arrive as a Poisson process.
// History (1-minute bars) and live ticks come from the same model, and live prices continue from
// the last history bar. Same seed + same start time => identical history and ticks.
import { mulAmount, type Amount } from '../money.js';
import { maxAmount, minAmount, snapToGrid, toModelNumber } from './amount-grid.js';
import { ClockDrivenSource, type DriveOptions } from './clock-driven-source.js';
import { PAIR_CATALOG, toPairInfo, type CatalogPair, type LiquidityTier } from './pair-catalog.js';
import { Prng } from './prng.js';
import type { Candle, HistoryBatch, HistoryRequest, PairInfo, PriceSource, Tick } from './types.js';

export interface SimulatedSourceOptions extends DriveOptions {
  seed?: string;
  /** Restricts the universe to these symbols (default: the whole catalog). */
  symbols?: readonly string[];
  /** Scales every pair's trade rate (default 1: 1.5 to 6 trades a second per pair). */
  tradeRateFactor?: number;
  /** How much history start() simulates to find the live price when history() was not asked. */
  historyDays?: number;
  /**
   * Live mode: a longer gap (a suspended process) is skipped without emitting, so no burst
   * follows (default 5 minutes). Manual mode never skips.
   */
  maxCatchUpMs?: number;
}

const MINUTE = 60_000;
const YEAR_MS = 365.25 * 86_400_000;
const JUMPS_PER_DAY = 2;
const JUMP_RATE_PER_MS = JUMPS_PER_DAY / 86_400_000;
/** Jump size (std of the log jump) relative to annualised volatility: 0.8 vol => 1.2 % jumps. */
const JUMP_SIZE_PER_VOL = 0.015;
/** Spread of trade sizes: log-normal with this sigma around the tier's median notional. */
const SIZE_SIGMA = 1.2;
const TIERS: Record<LiquidityTier, { tradesPerSecond: number; medianNotional: number }> = {
  1: { tradesPerSecond: 6, medianNotional: 1500 },
  2: { tradesPerSecond: 3, medianNotional: 400 },
  3: { tradesPerSecond: 1.5, medianNotional: 150 },
};
const HISTORY_SUBSTEPS = 4;

/** Where a pair's path stands: the latent log-price and the last emitted (snapped) price. */
interface PathState {
  logPrice: number;
  lastPrice: Amount;
}

class LivePair {
  nextTime: number;
  private lastTime: number;
  private tradeId: number;
  private readonly rng: Prng;
  private readonly ratePerMs: number;
  private readonly medianNotional: number;

  constructor(
    readonly spec: CatalogPair,
    private state: PathState,
    seed: string,
    startTime: number,
    rateFactor: number,
  ) {
    this.rng = new Prng(seed, spec.symbol, 'live', startTime);
    const tier = TIERS[spec.tier];
    this.ratePerMs = (tier.tradesPerSecond * rateFactor) / 1000;
    this.medianNotional = tier.medianNotional;
    this.lastTime = startTime;
    // Trade ids grow with time, like an exchange's, and stay unique across restarts.
    this.tradeId = Math.floor(startTime / 10);
    this.nextTime = startTime + this.gap();
  }

  private gap(): number {
    return Math.max(1, Math.round(this.rng.exponential(this.ratePerMs)));
  }

  trade(): Tick {
    const time = this.nextTime;
    this.state.logPrice = evolve(this.state.logPrice, this.spec.volatility, time - this.lastTime, this.rng);
    const price = priceOnTick(this.state.logPrice, this.spec.tickSize);
    const previous = this.state.lastPrice;
    this.state.lastPrice = price;
    // Falling prices come mostly from aggressive sellers, i.e. the buyer was the maker.
    const pMaker = price < previous ? 0.75 : price > previous ? 0.25 : 0.5;
    const tick: Tick = {
      symbol: this.spec.symbol,
      price,
      quantity: tradeQuantity(this.spec, this.medianNotional, Math.exp(this.state.logPrice), this.rng),
      time,
      tradeId: ++this.tradeId,
      isBuyerMaker: this.rng.next() < pMaker,
    };
    this.lastTime = time;
    this.nextTime = time + this.gap();
    return tick;
  }

  /** Moves the path across a long pause in one step, emitting nothing. */
  skipTo(time: number): void {
    this.state.logPrice = evolve(this.state.logPrice, this.spec.volatility, time - this.lastTime, this.rng);
    this.state.lastPrice = priceOnTick(this.state.logPrice, this.spec.tickSize);
    this.lastTime = time;
    this.nextTime = time + this.gap();
  }
}

/** One GBM step (zero drift) over `dtMs`, plus a Poisson jump. */
function evolve(logPrice: number, volatility: number, dtMs: number, rng: Prng): number {
  const dt = dtMs / YEAR_MS;
  let next = logPrice - 0.5 * volatility * volatility * dt + volatility * Math.sqrt(dt) * rng.normal();
  if (rng.next() < JUMP_RATE_PER_MS * dtMs) next += JUMP_SIZE_PER_VOL * volatility * rng.normal();
  return next;
}

function priceOnTick(logPrice: number, tickSize: Amount): Amount {
  return maxAmount(snapToGrid(Math.exp(logPrice), tickSize), tickSize);
}

function tradeQuantity(spec: CatalogPair, medianNotional: number, price: number, rng: Prng): Amount {
  const notional = medianNotional * Math.exp(SIZE_SIGMA * rng.normal());
  const qty = snapToGrid(notional / price, spec.stepSize, 'floor');
  return minAmount(maxAmount(qty, spec.minQty), spec.maxQty);
}

export class SimulatedSource extends ClockDrivenSource implements PriceSource {
  readonly name = 'simulated' as const;
  private readonly seed: string;
  private readonly universe: CatalogPair[];
  private readonly rateFactor: number;
  private readonly historyDays: number;
  private readonly maxCatchUpMs: number;
  /** End states of generated history, the starting points of live paths. */
  private readonly resume = new Map<string, PathState>();
  private live: LivePair[] = [];

  constructor(options: SimulatedSourceOptions) {
    super(options);
    this.seed = options.seed ?? 'tradeready';
    this.rateFactor = options.tradeRateFactor ?? 1;
    this.historyDays = options.historyDays ?? 7;
    this.maxCatchUpMs = options.maxCatchUpMs ?? (options.mode === 'manual' ? Infinity : 5 * MINUTE);
    if (options.symbols) {
      const wanted = new Set(options.symbols.map((s) => s.toUpperCase()));
      this.universe = PAIR_CATALOG.filter((p) => wanted.has(p.symbol));
      const unknown = [...wanted].filter((s) => !this.universe.some((p) => p.symbol === s));
      if (unknown.length > 0) throw new Error(`simulated source has no pair ${unknown.join(', ')}`);
    } else {
      this.universe = [...PAIR_CATALOG];
    }
  }

  async loadPairs(): Promise<PairInfo[]> {
    return this.universe.map(toPairInfo);
  }

  async *history(request: HistoryRequest): AsyncIterable<HistoryBatch> {
    for (const window of request.windows) {
      const spec = this.universe.find((p) => p.symbol === window.symbol);
      if (!spec) continue;
      const bars = this.generate(spec, window.startTime, request.endTime, window.lastClose);
      if (bars.length > 0) yield { symbol: spec.symbol, bars };
    }
  }

  async start(emit: (tick: Tick) => void): Promise<void> {
    const now = this.clock.now();
    const minute = Math.floor(now / MINUTE) * MINUTE;
    this.live = this.universe.map((spec) => {
      let state = this.resume.get(spec.symbol);
      if (!state) {
        // No history was asked for: walk the same path history would have, to find today's price.
        this.generate(spec, minute - this.historyDays * 1440 * MINUTE, minute, undefined);
        state = this.resume.get(spec.symbol)!;
      }
      return new LivePair(spec, { ...state }, this.seed, now, this.rateFactor);
    });
    this.beginDriving(emit, now);
  }

  async stop(): Promise<void> {
    this.endDriving();
  }

  protected override produce(from: number, to: number, emit: (tick: Tick) => void): void {
    if (to - from > this.maxCatchUpMs) {
      for (const pair of this.live) pair.skipTo(to - this.maxCatchUpMs);
    }
    const pairs = this.live;
    for (;;) {
      let next: LivePair | undefined;
      // Linear scan: tens of pairs; the lowest index wins a tie, which keeps the order stable.
      for (const pair of pairs) if (!next || pair.nextTime < next.nextTime) next = pair;
      if (!next || next.nextTime > to) return;
      emit(next.trade());
    }
  }

  /**
   * 1-minute bars over [startTime, endTime) from the same GBM, four sub-steps a minute. Records
   * the end state so live ticks continue from the last close.
   */
  private generate(spec: CatalogPair, startTime: number, endTime: number, lastClose: Amount | undefined): Candle[] {
    const rng = new Prng(this.seed, spec.symbol, 'history', startTime);
    const startPrice = lastClose ?? spec.startPrice;
    const state: PathState = { logPrice: Math.log(toModelNumber(startPrice)), lastPrice: startPrice };
    const { tradesPerSecond, medianNotional } = TIERS[spec.tier];
    const tradesPerMinute = tradesPerSecond * this.rateFactor * 60;
    const subMs = MINUTE / HISTORY_SUBSTEPS;
    const minuteSigma = spec.volatility * Math.sqrt(MINUTE / YEAR_MS);
    const meanNotional = medianNotional * Math.exp((SIZE_SIGMA * SIZE_SIGMA) / 2);
    const bars: Candle[] = [];
    for (let t = startTime; t < endTime; t += MINUTE) {
      const openLog = state.logPrice;
      let hiLog = openLog;
      let loLog = openLog;
      for (let i = 0; i < HISTORY_SUBSTEPS; i++) {
        state.logPrice = evolve(state.logPrice, spec.volatility, subMs, rng);
        if (state.logPrice > hiLog) hiLog = state.logPrice;
        if (state.logPrice < loLog) loLog = state.logPrice;
      }
      // The path between sub-steps wanders further than the sampled points.
      hiLog += Math.abs(rng.normal()) * minuteSigma * 0.3;
      loLog -= Math.abs(rng.normal()) * minuteSigma * 0.3;
      const open = state.lastPrice;
      const close = priceOnTick(state.logPrice, spec.tickSize);
      const high = maxAmount(priceOnTick(hiLog, spec.tickSize), maxAmount(open, close));
      const low = minAmount(priceOnTick(loLog, spec.tickSize), minAmount(open, close));
      // Activity rises with the size of the move, as on real markets.
      const activity = 1 + Math.abs(state.logPrice - openLog) / minuteSigma;
      const tradeCount = Math.max(1, Math.round(tradesPerMinute * activity * Math.exp(0.25 * rng.normal())));
      const typical = (toModelNumber(high) + toModelNumber(low) + 2 * toModelNumber(close)) / 4;
      const volume = maxAmount(snapToGrid((tradeCount * meanNotional) / typical, spec.stepSize, 'floor'), spec.minQty);
      const quoteVolume = mulAmount(volume, snapToGrid(typical, spec.tickSize));
      bars.push({ openTime: t, open, high, low, close, volume, quoteVolume, tradeCount });
      state.lastPrice = close;
    }
    this.resume.set(spec.symbol, state);
    return bars;
  }
}
