// Live candles: for each (symbol, interval) someone watches, the bar in progress, folded tick by
// tick and pushed out as it changes. A busy pair trades many times a second, so updates are
// throttled per key (at most one per `throttleMs`, trailing: the newest state always goes out);
// the bar's final state goes out once, marked closed, at the bar's end (a timer, or the first tick
// of a later bucket, whichever comes first), and the next tick starts the next bar.
//
// A key starts from the market hub's own fold of the current bucket (MarketData.currentCandle), so
// a stream joined mid-bar agrees with what REST candles() returns for that bucket.
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { addTickToBar, barFromTick, bucketStart, intervalMs } from './candle-aggregator.js';
import type { Candle, Interval, Tick } from './types.js';

/** Timer functions, injectable so that tests drive them together with a manual clock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Node's timers, unref'd: a live feed never keeps the process alive. */
export const nodeTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  setInterval: (fn, ms) => setInterval(fn, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface CandleUpdate {
  symbol: string;
  interval: Interval;
  /** The live bar itself: serialise it before returning, it goes on changing. */
  candle: Candle;
  /** The bar's final state; sent once. */
  closed: boolean;
}

/** What a key is seeded from (the market hub). */
export interface LiveCandleSource {
  currentCandle(symbol: string, interval: Interval): Candle | undefined;
  lastPrice(symbol: string): { time: number } | undefined;
}

export interface LiveCandlesOptions {
  clock: Clock;
  source: LiveCandleSource;
  emit: (update: CandleUpdate) => void;
  /** Whether a key is still watched; asked on each tick and timer of the key, and a false drops it. */
  wanted?: (symbol: string, interval: Interval) => boolean;
  /** Least time between two open-bar updates of one key (default 250 ms). */
  throttleMs?: number;
  timers?: Timers;
  logger?: Logger;
}

interface Track {
  symbol: string;
  interval: Interval;
  size: number;
  bar: Candle | undefined;
  /** Start of the newest bucket that is over: ticks of it or earlier come too late and are ignored. */
  closedThrough: number;
  /** Newest trade time folded in: decides whether a tick moves the close (as the hub does). */
  lastTickTime: number;
  lastSentAt: number;
  /** The bar changed since the last update went out. */
  dirty: boolean;
  throttle: unknown;
  closer: unknown;
}

const DEFAULT_THROTTLE_MS = 250;
const ERROR_LOG_EVERY_MS = 10_000;

export class LiveCandles {
  private readonly tracks = new Map<string, Map<Interval, Track>>();
  private readonly clock: Clock;
  private readonly timers: Timers;
  private readonly throttleMs: number;
  private errors = 0;
  private lastErrorLog = -Infinity;

  constructor(private readonly options: LiveCandlesOptions) {
    this.clock = options.clock;
    this.timers = options.timers ?? nodeTimers;
    this.throttleMs = options.throttleMs ?? DEFAULT_THROTTLE_MS;
  }

  /** Starts following a key (once; later calls change nothing) and returns its bar in progress, if any. */
  track(symbol: string, interval: Interval): Candle | undefined {
    let bySymbol = this.tracks.get(symbol);
    const existing = bySymbol?.get(interval);
    if (existing) return existing.bar;
    const size = intervalMs(interval);
    const track: Track = {
      symbol,
      interval,
      size,
      bar: this.options.source.currentCandle(symbol, interval),
      // Buckets before the current one are over; a straggler of one must not reopen it.
      closedThrough: bucketStart(this.clock.now(), size) - size,
      lastTickTime: this.options.source.lastPrice(symbol)?.time ?? -Infinity,
      lastSentAt: -Infinity,
      dirty: false,
      throttle: undefined,
      closer: undefined,
    };
    if (!bySymbol) {
      bySymbol = new Map();
      this.tracks.set(symbol, bySymbol);
    }
    bySymbol.set(interval, track);
    if (track.bar) this.scheduleClose(track);
    return track.bar;
  }

  /** Stops following a key; no more updates of it (not even a closing one). */
  untrack(symbol: string, interval: Interval): void {
    const track = this.tracks.get(symbol)?.get(interval);
    if (track) this.drop(track);
  }

  /** Number of keys followed. */
  get size(): number {
    let n = 0;
    for (const bySymbol of this.tracks.values()) n += bySymbol.size;
    return n;
  }

  /** Folds a trade into every followed bar of its symbol. */
  onTick(tick: Tick): void {
    const bySymbol = this.tracks.get(tick.symbol);
    if (!bySymbol) return;
    for (const track of bySymbol.values()) {
      if (!this.stillWanted(track)) continue;
      const start = bucketStart(tick.time, track.size);
      if (start <= track.closedThrough || (track.bar && start < track.bar.openTime)) continue;
      if (track.bar && start > track.bar.openTime) this.close(track);
      if (!track.bar) {
        track.bar = { ...barFromTick(tick), openTime: start };
        track.lastTickTime = tick.time;
        this.scheduleClose(track);
      } else {
        const latest = tick.time >= track.lastTickTime;
        addTickToBar(track.bar, tick, latest);
        if (latest) track.lastTickTime = tick.time;
      }
      track.dirty = true;
      this.update(track);
    }
  }

  /** Stops every key and its timers. */
  stop(): void {
    for (const bySymbol of this.tracks.values()) for (const track of bySymbol.values()) this.drop(track);
  }

  private stillWanted(track: Track): boolean {
    if (!this.options.wanted || this.options.wanted(track.symbol, track.interval)) return true;
    this.drop(track);
    return false;
  }

  /** Sends the open bar now, or once the throttle allows (one trailing timer carries the newest state). */
  private update(track: Track): void {
    if (track.throttle !== undefined) return;
    const wait = track.lastSentAt + this.throttleMs - this.clock.now();
    if (wait <= 0) {
      this.send(track, false);
      return;
    }
    track.throttle = this.timers.setTimeout(() => {
      track.throttle = undefined;
      if (this.stillWanted(track) && track.dirty && track.bar) this.send(track, false);
    }, wait);
  }

  private scheduleClose(track: Track): void {
    const end = track.bar!.openTime + track.size;
    track.closer = this.timers.setTimeout(
      () => {
        track.closer = undefined;
        if (this.stillWanted(track)) this.close(track);
      },
      Math.max(0, end - this.clock.now()),
    );
  }

  /** The bar's one closing update (whatever the throttle), then no bar until the next tick. */
  private close(track: Track): void {
    this.clearTimers(track);
    if (!track.bar) return;
    this.send(track, true);
    track.closedThrough = track.bar.openTime;
    track.bar = undefined;
  }

  private send(track: Track, closed: boolean): void {
    track.dirty = false;
    track.lastSentAt = this.clock.now();
    try {
      this.options.emit({ symbol: track.symbol, interval: track.interval, candle: track.bar!, closed });
    } catch (err) {
      // From a timer an exception would end the process; one failing consumer must not.
      this.errors++;
      const now = this.clock.now();
      if (now - this.lastErrorLog >= ERROR_LOG_EVERY_MS) {
        this.lastErrorLog = now;
        this.options.logger?.error('live candle update failed', { failures: this.errors, error: String(err) });
      }
    }
  }

  private clearTimers(track: Track): void {
    if (track.throttle !== undefined) this.timers.clearTimeout(track.throttle);
    if (track.closer !== undefined) this.timers.clearTimeout(track.closer);
    track.throttle = undefined;
    track.closer = undefined;
  }

  private drop(track: Track): void {
    this.clearTimers(track);
    const bySymbol = this.tracks.get(track.symbol);
    bySymbol?.delete(track.interval);
    if (bySymbol?.size === 0) this.tracks.delete(track.symbol);
  }
}
