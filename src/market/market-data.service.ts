// The market-data hub: one in-process object between a price source and every consumer (HTTP
// handlers, the trading engine, WebSocket). It keeps the pair universe, last prices, the live and
// last-24 h 1-minute bars, a ring of recent trades per symbol, and persists closed bars.
//
// Candle policy: a minute without trades has no bar (no flat filler), and a bucket of a higher
// interval is the fold of the 1-minute bars in it. Every interval is stored (candle-store.ts), kept
// in step as bars are written, so a read costs what it returns; recent buckets (inside the 24 h held
// in memory, or holding bars not yet written) are folded from the bars in memory. 1-minute bars are
// kept for `minuteRetentionDays`, the higher intervals for good. Ticker policy: rolling 24 h at
// minute precision (see rolling-ticker.ts).
import { performance } from 'node:perf_hooks';
import { isoTime, type Clock } from '../clock.js';
import type { Db } from '../db/connection.js';
import { DomainError, validationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Amount } from '../money.js';
import { addTickToBar, aggregateCandles, barFromTick, bucketStart, intervalMs, isInterval, MINUTE_MS } from './candle-aggregator.js';
import { pruneMinuteBars, readLatestCandles, storeMinuteBars, type MinuteBars } from './candle-store.js';
import { fromCandleRow, fromPairRow, toPairRow } from './market.mapper.js';
import { deactivatePairsExcept, findCandlesBetween, findNewestCandle, findPairs, upsertPairs } from './market.repository.js';
import { computeTicker, firstIndexAtOrAfter, tickerWindowStart, type Ticker } from './rolling-ticker.js';
import { MAX_BOOK_DEPTH, synthesizeOrderBook, type SyntheticOrderBook } from './synthetic-order-book.js';
import { TradeRingBuffer } from './trade-buffer.js';
import type { Candle, HistoryWindow, Interval, PairInfo, PriceSource, Tick } from './types.js';

export interface PricePoint {
  price: Amount;
  /** Time of the trade, Unix ms. */
  time: number;
}

export interface CandleQuery {
  /** 1–1000, default 100. */
  limit?: number;
  /** Inclusive bounds on the candle open time, Unix ms. */
  startTime?: number;
  endTime?: number;
}

export interface MarketHealth {
  source: PriceSource['name'];
  running: boolean;
  /** The source reports it is delivering (socket open, timer running, data left). */
  connected: boolean;
  /** Connected and a tick arrived within `staleAfterMs`. */
  live: boolean;
  lastTickTime: number | null;
  ticksReceived: number;
  listenerErrors: number;
  pairs: { total: number; active: number; withPrice: number };
  /** Active pairs with no trade for more than `staleAfterMs` (by the injected clock). */
  stalePairs: string[];
  staleAfterMs: number;
  /** 1-minute bars held in memory over all pairs: bounded by about 1441 a pair. */
  barsInMemory: number;
}

export interface MarketStartReport {
  /** Active pairs being streamed. */
  pairs: number;
  backfilledBars: number;
  backfillMs: number;
}

export interface MarketDataOptions {
  db: Db;
  clock: Clock;
  source: PriceSource;
  logger?: Logger;
  /** Days of 1-minute history to backfill (default 7). */
  historyDays?: number;
  /** Recent trades kept per symbol (default 1000). */
  tradeBufferSize?: number;
  /** A pair without a trade for longer is stale (default 60 s). */
  staleAfterMs?: number;
  /** How often closed bars are written; null: only on flush() and stop(). Default 1000 ms. */
  flushIntervalMs?: number | null;
  /** Days of 1-minute bars kept (at least 2: reads fold the last two days from them). Default 30. */
  minuteRetentionDays?: number;
  /** How often 1-minute bars past the retention are pruned, the first time right after start; null: only on prune(). Default 1 h. */
  pruneIntervalMs?: number | null;
}

export type TickListener = (tick: Tick) => void;

interface SymbolState {
  pair: PairInfo;
  /** 1-minute bars from `memoryFrom` on, oldest first; the last one may be in progress. */
  bars: Candle[];
  /** Bars at or after this time are all in memory; older ones only in the database. */
  memoryFrom: number;
  trades: TradeRingBuffer;
  last: PricePoint | undefined;
  /** Newest trade time seen this run; decides which tick moves close and last price. */
  lastTickTime: number;
  /** Bars changed since they were last written. */
  dirty: Set<Candle>;
}

const DAY_MS = 1440 * MINUTE_MS;
const MAX_CANDLES = 1000;
/** Reads fold buckets from 1-minute bars back to the day before the 24 h held in memory. */
const MIN_RETENTION_DAYS = 2;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export class MarketData {
  private readonly volumeCache = new Map<string, { minute: number; volume: Amount }>();
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly source: PriceSource;
  private readonly logger: Logger;
  private readonly historyDays: number;
  private readonly tradeBufferSize: number;
  private readonly staleAfterMs: number;
  private readonly flushIntervalMs: number | null;
  private readonly minuteRetentionDays: number;
  private readonly pruneIntervalMs: number | null;

  private states = new Map<string, SymbolState>();
  private sortedPairs: PairInfo[] = [];
  private listeners: readonly TickListener[] = [];
  private readonly dirty = new Set<SymbolState>();
  private running = false;
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private pruneTimer: NodeJS.Timeout | undefined;
  private pruning: Promise<number> | undefined;
  private stopping = false;
  private ticksReceived = 0;
  private listenerErrors = 0;
  private lastListenerErrorLog = -Infinity;
  private lastTickTime: number | null = null;

  constructor(options: MarketDataOptions) {
    this.db = options.db;
    this.clock = options.clock;
    this.source = options.source;
    this.logger = options.logger ?? silent;
    this.historyDays = options.historyDays ?? 7;
    this.tradeBufferSize = options.tradeBufferSize ?? 1000;
    this.staleAfterMs = options.staleAfterMs ?? 60_000;
    this.flushIntervalMs = options.flushIntervalMs === undefined ? 1000 : options.flushIntervalMs;
    this.minuteRetentionDays = options.minuteRetentionDays ?? 30;
    if (!Number.isInteger(this.minuteRetentionDays) || this.minuteRetentionDays < MIN_RETENTION_DAYS) {
      throw new RangeError(`minuteRetentionDays must be a whole number of at least ${MIN_RETENTION_DAYS}`);
    }
    this.pruneIntervalMs = options.pruneIntervalMs === undefined ? 3_600_000 : options.pruneIntervalMs;
  }

  get sourceName(): PriceSource['name'] {
    return this.source.name;
  }

  /** Loads and persists the pairs, backfills missing history, then subscribes to the source. */
  async start(): Promise<MarketStartReport> {
    if (this.running) throw new Error('market data already started');
    const now = this.clock.now();
    const minute = bucketStart(now, MINUTE_MS);
    await this.loadPairs(now);
    const active = this.sortedPairs.filter((p) => p.status === 'active');

    const windows: HistoryWindow[] = [];
    const oldestWanted = minute - this.historyDays * DAY_MS;
    for (const pair of this.sortedPairs) {
      const newest = await findNewestCandle(this.db, pair.symbol);
      const state = this.states.get(pair.symbol)!;
      if (newest) state.last = { price: fromCandleRow(newest).close, time: Math.min(newest.open_time + MINUTE_MS - 1, now) };
      if (pair.status !== 'active') continue;
      windows.push({
        symbol: pair.symbol,
        startTime: newest ? Math.max(oldestWanted, newest.open_time + MINUTE_MS) : oldestWanted,
        ...(state.last ? { lastClose: state.last.price } : {}),
      });
    }

    const t0 = performance.now();
    let backfilledBars = 0;
    if (this.source.history) {
      const bounds = new Map(windows.map((w) => [w.symbol, w.startTime]));
      for await (const batch of this.source.history({ endTime: minute, windows })) {
        const from = bounds.get(batch.symbol);
        const state = this.states.get(batch.symbol);
        if (from === undefined || !state) continue;
        const bars = batch.bars.filter((b) => b.openTime >= from && b.openTime < minute);
        await this.db.transaction().execute((trx) => storeMinuteBars(trx, [{ symbol: batch.symbol, bars }], 'keep'));
        backfilledBars += bars.length;
        const newest = bars[bars.length - 1];
        if (newest) state.last = { price: newest.close, time: newest.openTime + MINUTE_MS - 1 };
      }
    }
    const backfillMs = Math.round(performance.now() - t0);
    if (backfilledBars > 0) this.logger.info('market history backfilled', { bars: backfilledBars, ms: backfillMs });

    const memoryFrom = tickerWindowStart(now) - MINUTE_MS;
    for (const pair of active) {
      const state = this.states.get(pair.symbol)!;
      state.memoryFrom = memoryFrom;
      state.bars = (await findCandlesBetween(this.db, pair.symbol, memoryFrom, Number.MAX_SAFE_INTEGER)).map(fromCandleRow);
    }

    this.running = true;
    this.stopping = false;
    try {
      await this.source.start(
        this.onTick,
        active.map((p) => p.symbol),
      );
    } catch (err) {
      this.running = false;
      throw err;
    }
    if (this.flushIntervalMs !== null) {
      this.flushTimer = setInterval(() => {
        this.flush().catch((err: unknown) => this.logger.error('market flush failed', { error: String(err) }));
      }, this.flushIntervalMs);
      this.flushTimer.unref();
    }
    if (this.pruneIntervalMs !== null) {
      const prune = () =>
        void this.prune().catch((err: unknown) => this.logger.error('pruning 1-minute candles failed', { error: String(err) }));
      this.pruneTimer = setInterval(prune, this.pruneIntervalMs);
      this.pruneTimer.unref();
      prune();
    }
    this.logger.info('market data started', { source: this.source.name, pairs: active.length });
    return { pairs: active.length, backfilledBars, backfillMs };
  }

  /** Stops the source, then writes every unwritten bar, the in-progress ones included. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopping = true;
    if (this.flushTimer) clearInterval(this.flushTimer);
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.flushTimer = undefined;
    this.pruneTimer = undefined;
    await this.source.stop();
    await this.pruning?.catch(() => undefined);
    await this.flush(true);
  }

  /** Writes closed bars that changed since the last write and drops bars older than 24 h from memory. */
  flush(includeOpen = false): Promise<void> {
    // Writes run one at a time; a failed one must not block the next.
    const run = this.flushing.then(() => this.writeDirty(includeOpen));
    this.flushing = run.catch(() => undefined);
    return run;
  }

  /**
   * Deletes 1-minute bars older than the retention (whole UTC days, a symbol-day per transaction,
   * yielding between them); the stored higher intervals keep that history. A call while one runs
   * joins it. Resolves to the number of bars deleted.
   */
  prune(): Promise<number> {
    if (this.pruning) return this.pruning;
    const before = this.clock.now() - this.minuteRetentionDays * DAY_MS;
    const symbols = this.sortedPairs.map((p) => p.symbol);
    const run = pruneMinuteBars(this.db, symbols, before, { stopped: () => this.stopping }).then((deleted) => {
      if (deleted > 0) this.logger.info('1-minute candles pruned', { deleted, retentionDays: this.minuteRetentionDays });
      return deleted;
    });
    this.pruning = run.finally(() => {
      this.pruning = undefined;
    });
    return this.pruning;
  }

  /**
   * Calls `listener` synchronously on every tick, after the hub's own state (last price, bars,
   * trades) has taken the tick in. A listener that throws is counted and logged; the feed and the
   * other listeners go on. Returns the unsubscribe function.
   */
  subscribe(listener: TickListener): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Every known pair, any status, sorted by symbol. */
  pairs(): readonly PairInfo[] {
    return this.sortedPairs;
  }

  pair(symbol: string): PairInfo | undefined {
    return this.states.get(symbol.toUpperCase())?.pair;
  }

  /** The pair, or 400 INVALID_SYMBOL. */
  requirePair(symbol: string): PairInfo {
    return this.requireState(symbol).pair;
  }

  /**
   * The latest trade price. Before the first tick of this run it is the close of the newest
   * stored bar, timed at that bar's last millisecond.
   */
  lastPrice(symbol: string): PricePoint | undefined {
    return this.states.get(symbol.toUpperCase())?.last;
  }

  /** Last prices of every pair that has one, by symbol. */
  lastPrices(): Map<string, PricePoint> {
    const out = new Map<string, PricePoint>();
    for (const pair of this.sortedPairs) {
      const last = this.states.get(pair.symbol)!.last;
      if (last) out.set(pair.symbol, last);
    }
    return out;
  }

  /** Rolling 24 h ticker; 400 INVALID_SYMBOL, or 503 PRICE_NOT_AVAILABLE when nothing is known. */
  ticker(symbol: string): Ticker {
    const state = this.requireState(symbol);
    const ticker = computeTicker(state.pair.symbol, state.bars, state.last, this.clock.now());
    if (!ticker) throw priceNotAvailable(state.pair.symbol);
    return ticker;
  }

  /**
   * Rolling-24 h quote volume of a pair (what slippage is sized against), cached for the minute
   * since the window only moves by whole minutes; undefined when the pair is unknown or untraded.
   */
  quoteVolume24h(symbol: string): Amount | undefined {
    const state = this.states.get(symbol.toUpperCase());
    if (!state) return undefined;
    const minute = Math.floor(this.clock.now() / 60_000);
    const cached = this.volumeCache.get(state.pair.symbol);
    if (cached && cached.minute === minute) return cached.volume;
    const volume = computeTicker(state.pair.symbol, state.bars, state.last, this.clock.now())?.quoteVolume;
    // "No volume yet" is not cached: the first trade must count at once.
    if (volume !== undefined) this.volumeCache.set(state.pair.symbol, { minute, volume });
    return volume;
  }

  /** Tickers of the given symbols (default: every active pair); unknown or price-less ones are left out. */
  tickers(symbols?: readonly string[]): Ticker[] {
    const now = this.clock.now();
    const wanted = symbols
      ? symbols.map((s) => s.toUpperCase())
      : this.sortedPairs.filter((p) => p.status === 'active').map((p) => p.symbol);
    const out: Ticker[] = [];
    for (const symbol of wanted) {
      const state = this.states.get(symbol);
      const ticker = state && computeTicker(symbol, state.bars, state.last, now);
      if (ticker) out.push(ticker);
    }
    return out;
  }

  /**
   * The newest `limit` candles whose open time lies in [startTime, endTime], oldest first,
   * including the in-progress one. Buckets are UTC-aligned; minutes without trades have no bar.
   */
  async candles(symbol: string, interval: Interval, query: CandleQuery = {}): Promise<Candle[]> {
    const state = this.requireState(symbol);
    if (!isInterval(interval)) {
      throw new DomainError('INVALID_SYMBOL', `Interval '${String(interval)}' is not supported. Use one of: 1m, 5m, 15m, 1h, 4h, 1d.`);
    }
    const limit = query.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CANDLES) {
      throw validationError([{ field: 'limit', message: `must be an integer from 1 to ${MAX_CANDLES}` }]);
    }
    const size = intervalMs(interval);
    const end = Math.min(query.endTime ?? Infinity, this.clock.now());
    const firstBucket = query.startTime === undefined ? undefined : Math.ceil(query.startTime / size) * size;
    if (firstBucket !== undefined && end < firstBucket) return [];
    const endBucket = bucketStart(end, size) + size;

    // Recent buckets are folded from the 1-minute bars in memory (the last 24 h, at most ~1,441 a
    // pair): those wholly inside it, and any holding a bar not yet written (then the part of that one
    // bucket before the memory is read from the 1-minute table). Everything older is read as
    // stored, newest first, `limit` rows at most.
    const unwritten = this.oldestUnwrittenBar(state);
    const foldFrom = Math.min(Math.ceil(state.memoryFrom / size) * size, unwritten === undefined ? Infinity : bucketStart(unwritten, size));
    const liveFrom = Math.min(Math.max(firstBucket ?? -Infinity, foldFrom), endBucket);
    const live = liveFrom < endBucket ? aggregateCandles(await this.barsBetween(state, liveFrom, endBucket), interval) : [];
    if (live.length >= limit) return live.slice(-limit);
    const storedTo = Math.min(liveFrom, endBucket);
    if (firstBucket !== undefined && storedTo <= firstBucket) return live;
    const stored = await readLatestCandles(this.db, state.pair.symbol, interval, firstBucket, storedTo, limit - live.length);
    return live.length === 0 ? stored : stored.concat(live);
  }

  /**
   * The `interval` bar in progress — the bucket holding now — folded from the 1-minute bars in
   * memory, as candles() gives it; undefined for an unknown symbol or before the bucket's first
   * trade. Synchronous, for live feeds: the bucket (at most a day) always lies inside the 24 h held
   * in memory. A copy: the caller may fold further ticks into it.
   */
  currentCandle(symbol: string, interval: Interval): Candle | undefined {
    const state = this.states.get(symbol.toUpperCase());
    if (!state) return undefined;
    const size = intervalMs(interval);
    const start = bucketStart(this.clock.now(), size);
    const bars = state.bars;
    const from = firstIndexAtOrAfter(bars, start);
    const to = firstIndexAtOrAfter(bars, start + size);
    return from < to ? aggregateCandles(bars.slice(from, to), interval)[0] : undefined;
  }

  /** Up to `limit` (1 – trade buffer size, default 100) recent trades, newest first. */
  recentTrades(symbol: string, limit = 100): Tick[] {
    const state = this.requireState(symbol);
    if (!Number.isInteger(limit) || limit < 1 || limit > this.tradeBufferSize) {
      throw validationError([{ field: 'limit', message: `must be an integer from 1 to ${this.tradeBufferSize}` }]);
    }
    return state.trades.recent(limit);
  }

  /** A synthetic book around the last price (depth 1–100 a side, default 10). */
  orderBook(symbol: string, depth = 10): SyntheticOrderBook {
    const state = this.requireState(symbol);
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_BOOK_DEPTH) {
      throw validationError([{ field: 'depth', message: `must be an integer from 1 to ${MAX_BOOK_DEPTH}` }]);
    }
    if (!state.last) throw priceNotAvailable(state.pair.symbol);
    return synthesizeOrderBook(state.pair, state.last, depth);
  }

  health(): MarketHealth {
    const now = this.clock.now();
    const connected = this.running && (this.source.status?.().connected ?? true);
    const stalePairs: string[] = [];
    let active = 0;
    let withPrice = 0;
    let barsInMemory = 0;
    for (const pair of this.sortedPairs) {
      const state = this.states.get(pair.symbol)!;
      const last = state.last;
      barsInMemory += state.bars.length;
      if (last) withPrice++;
      if (pair.status !== 'active') continue;
      active++;
      if (!last || now - last.time > this.staleAfterMs) stalePairs.push(pair.symbol);
    }
    return {
      source: this.source.name,
      running: this.running,
      connected,
      live: connected && this.lastTickTime !== null && now - this.lastTickTime <= this.staleAfterMs,
      lastTickTime: this.lastTickTime,
      ticksReceived: this.ticksReceived,
      listenerErrors: this.listenerErrors,
      pairs: { total: this.sortedPairs.length, active, withPrice },
      stalePairs,
      staleAfterMs: this.staleAfterMs,
      barsInMemory,
    };
  }

  // The hot path: a few map look-ups and bigint additions, then the listeners.
  private readonly onTick = (tick: Tick): void => {
    const state = this.states.get(tick.symbol);
    if (!state || state.pair.status !== 'active' || !this.running) return;
    this.ticksReceived++;
    const latest = tick.time >= state.lastTickTime;
    const bar = this.barFor(state, tick, latest);
    if (bar) {
      state.dirty.add(bar);
      this.dirty.add(state);
    }
    if (latest) {
      state.lastTickTime = tick.time;
      state.last = { price: tick.price, time: tick.time };
      if (this.lastTickTime === null || tick.time > this.lastTickTime) this.lastTickTime = tick.time;
    }
    state.trades.push(tick);
    for (const listener of this.listeners) {
      try {
        listener(tick);
      } catch (err) {
        this.listenerErrors++;
        const now = this.clock.now();
        if (now - this.lastListenerErrorLog > 10_000) {
          this.lastListenerErrorLog = now;
          this.logger.error('market tick listener failed', { error: String(err), failures: this.listenerErrors });
        }
      }
    }
  };

  /** Folds the tick into its minute's bar; undefined when that minute left memory long ago. */
  private barFor(state: SymbolState, tick: Tick, latest: boolean): Candle | undefined {
    const bars = state.bars;
    const minute = bucketStart(tick.time, MINUTE_MS);
    const newest = bars[bars.length - 1];
    if (!newest || newest.openTime < minute) {
      const bar = barFromTick(tick);
      bars.push(bar);
      return bar;
    }
    if (newest.openTime === minute) {
      addTickToBar(newest, tick, latest);
      return newest;
    }
    // A late tick (out of order across connections): fold it into its bar if still in memory.
    if (minute < state.memoryFrom) return undefined;
    const i = firstIndexAtOrAfter(bars, minute);
    const existing = bars[i];
    if (existing && existing.openTime === minute) {
      addTickToBar(existing, tick, false);
      return existing;
    }
    const bar = barFromTick(tick);
    bars.splice(i, 0, bar);
    return bar;
  }

  private async writeDirty(includeOpen: boolean): Promise<void> {
    const now = this.clock.now();
    const openMinute = bucketStart(now, MINUTE_MS);
    const taken: Array<[SymbolState, Candle]> = [];
    const batches: MinuteBars[] = [];
    for (const state of this.dirty) {
      const bars: Candle[] = [];
      for (const bar of state.dirty) {
        if (!includeOpen && bar.openTime >= openMinute) continue;
        taken.push([state, bar]);
        // A copy: the bar itself may take more ticks while the write is under way.
        bars.push({ ...bar });
        state.dirty.delete(bar);
      }
      if (bars.length > 0) batches.push({ symbol: state.pair.symbol, bars: bars.sort((x, y) => x.openTime - y.openTime) });
      if (state.dirty.size === 0) this.dirty.delete(state);
    }
    if (taken.length > 0) {
      try {
        await this.db.transaction().execute((trx) => storeMinuteBars(trx, batches, 'replace'));
      } catch (err) {
        // Keep them for the next flush rather than lose closed bars.
        for (const [state, bar] of taken) {
          state.dirty.add(bar);
          this.dirty.add(state);
        }
        this.logger.error('writing candles failed', { error: String(err), bars: taken.length });
      }
    }
    this.evict(now);
  }

  /** Drops written bars that left the 24 h window, so memory stays bounded. */
  private evict(now: number): void {
    const cutoff = tickerWindowStart(now) - MINUTE_MS;
    for (const state of this.states.values()) {
      const bars = state.bars;
      let n = 0;
      while (n < bars.length && bars[n]!.openTime < cutoff && !state.dirty.has(bars[n]!)) n++;
      if (n > 0) bars.splice(0, n);
      if (cutoff > state.memoryFrom) state.memoryFrom = cutoff;
    }
  }

  /** 1-minute bars with lo ≤ openTime < hi: older ones from the database, recent ones from memory. */
  private async barsBetween(state: SymbolState, lo: number, hi: number): Promise<Candle[]> {
    const split = Math.min(Math.max(lo, state.memoryFrom), hi);
    const stored = split > lo ? (await findCandlesBetween(this.db, state.pair.symbol, lo, split)).map(fromCandleRow) : [];
    const bars = state.bars;
    const recent = bars.slice(firstIndexAtOrAfter(bars, split), firstIndexAtOrAfter(bars, hi));
    return stored.length === 0 ? recent : stored.concat(recent);
  }

  /**
   * Open time of the oldest bar held in memory that the database does not have as it is (changed
   * since written, or in progress). Bars before `memoryFrom` do not count: reads take those from
   * the database, as written.
   */
  private oldestUnwrittenBar(state: SymbolState): number | undefined {
    let oldest: number | undefined;
    for (const bar of state.dirty) {
      if (bar.openTime >= state.memoryFrom && (oldest === undefined || bar.openTime < oldest)) oldest = bar.openTime;
    }
    return oldest;
  }

  private requireState(symbol: string): SymbolState {
    const state = this.states.get(String(symbol).toUpperCase());
    if (!state) throw new DomainError('INVALID_SYMBOL', `Trading pair '${symbol}' is not available.`, { symbol });
    return state;
  }

  private async loadPairs(now: number): Promise<void> {
    const updatedAt = isoTime(now);
    let offered: PairInfo[] | undefined;
    try {
      offered = await this.source.loadPairs();
    } catch (err) {
      // Without the source's list, carry on with the pairs already known, if any.
      this.logger.warn('loading pairs from the price source failed', { source: this.source.name, error: String(err) });
    }
    if (offered) {
      const rows = offered.map((p) => toPairRow(p, updatedAt));
      const symbols = offered.filter((p) => p.status === 'active').map((p) => p.symbol);
      await this.db.transaction().execute(async (trx) => {
        await upsertPairs(trx, rows);
        await deactivatePairsExcept(trx, symbols, updatedAt);
      });
    }
    this.sortedPairs = (await findPairs(this.db)).map(fromPairRow);
    if (!this.sortedPairs.some((p) => p.status === 'active')) {
      throw new Error(`market data: the ${this.source.name} source offers no pairs and none are stored`);
    }
    this.states = new Map(
      this.sortedPairs.map((pair) => [
        pair.symbol,
        {
          pair,
          bars: [],
          memoryFrom: Infinity,
          trades: new TradeRingBuffer(this.tradeBufferSize),
          last: undefined,
          lastTickTime: -Infinity,
          dirty: new Set<Candle>(),
        },
      ]),
    );
  }
}

function priceNotAvailable(symbol: string): DomainError {
  return new DomainError('PRICE_NOT_AVAILABLE', `No price is available for '${symbol}' yet.`, { symbol });
}
