// The bars of one pair as a backtest's virtual clock passes them: read from storage in chunks
// (never a whole year at once), consumed when they close, with the pair's last close (the step
// price) and its trailing 24 h quote volume (the engine's slippage input) kept as a sliding window.
//
// NO LOOK-AHEAD: at virtual time t a bar is visible only once closed, openTime + interval ≤ t.
import type { RollupInterval } from '../db/schema.js';
import type { Tx } from '../db/store.js';
import { parseAmount, type Amount } from '../money.js';
import { readBars, readLatestBar, type BarRow } from './backtest.repository.js';

const DAY_MS = 86_400_000;

/** Stored amounts always have 8 decimals, so dropping the point gives the units directly. */
export function storedAmount(text: string): Amount {
  const dot = text.indexOf('.');
  return dot !== -1 && text.length - dot === 9 ? BigInt(text.slice(0, dot) + text.slice(dot + 1)) : parseAmount(text);
}

export class BarStream {
  /** Close of the newest closed bar; undefined before the pair's first bar closes. */
  lastClose: Amount | undefined;
  /** Σ quote volume of the bars closed in (t − 24 h, t]. */
  volume24h = 0n;
  /** Open time of the newest closed bar. */
  lastOpenTime: number | undefined;

  // Buffered bars not yet closed, oldest first (parallel arrays: cheap to walk each step).
  private times: number[] = [];
  private closes: Amount[] = [];
  private volumes: Amount[] = [];
  private at = 0;
  /** Bars with open time below this have been read. */
  private readFrom = 0;
  // The 24 h window, a queue of close times and volumes.
  private windowTimes: number[] = [];
  private windowVolumes: Amount[] = [];
  private windowHead = 0;

  constructor(
    readonly symbol: string,
    private readonly interval: '1m' | RollupInterval,
    private readonly intervalMs: number,
  ) {}

  /** Positions the stream at virtual time t: the last close and the window as of t, nothing after. */
  async seek(tx: Tx, t: number): Promise<void> {
    const lastVisibleOpen = t - this.intervalMs;
    const latest = await readLatestBar(tx, this.symbol, this.interval, lastVisibleOpen);
    this.lastClose = latest ? storedAmount(latest.close) : undefined;
    this.lastOpenTime = latest?.open_time;
    this.windowTimes = [];
    this.windowVolumes = [];
    this.windowHead = 0;
    this.volume24h = 0n;
    // Bars closed in (t − 24 h, t]: open time in (t − 24 h − I, t − I].
    const from = t - DAY_MS - this.intervalMs + 1;
    for (const bar of await readBars(tx, this.symbol, this.interval, from, lastVisibleOpen, Number.MAX_SAFE_INTEGER)) {
      const v = storedAmount(bar.quote_volume);
      this.windowTimes.push(bar.open_time + this.intervalMs);
      this.windowVolumes.push(v);
      this.volume24h += v;
    }
    this.times = [];
    this.closes = [];
    this.volumes = [];
    this.at = 0;
    this.readFrom = lastVisibleOpen + 1;
  }

  /** Reads the bars that close at or before `until` and are not buffered yet (at most one chunk). */
  async load(tx: Tx, until: number): Promise<void> {
    const to = until - this.intervalMs;
    if (to < this.readFrom) return;
    if (this.at > 0) {
      this.times = this.times.slice(this.at);
      this.closes = this.closes.slice(this.at);
      this.volumes = this.volumes.slice(this.at);
      this.at = 0;
    }
    const rows: BarRow[] = await readBars(tx, this.symbol, this.interval, this.readFrom, to, Number.MAX_SAFE_INTEGER);
    for (const row of rows) {
      this.times.push(row.open_time);
      this.closes.push(storedAmount(row.close));
      this.volumes.push(storedAmount(row.quote_volume));
    }
    this.readFrom = to + 1;
  }

  /**
   * Consumes every buffered bar closed at or before t (the caller has loaded up to t). Returns
   * whether a bar closed, i.e. whether the step price may have changed.
   */
  advance(t: number): boolean {
    const visibleOpen = t - this.intervalMs;
    let moved = false;
    while (this.at < this.times.length && this.times[this.at]! <= visibleOpen) {
      const openTime = this.times[this.at]!;
      const v = this.volumes[this.at]!;
      this.lastClose = this.closes[this.at]!;
      this.lastOpenTime = openTime;
      this.windowTimes.push(openTime + this.intervalMs);
      this.windowVolumes.push(v);
      this.volume24h += v;
      this.at++;
      moved = true;
    }
    const cutoff = t - DAY_MS;
    while (this.windowHead < this.windowTimes.length && this.windowTimes[this.windowHead]! <= cutoff) {
      this.volume24h -= this.windowVolumes[this.windowHead]!;
      this.windowHead++;
    }
    if (this.windowHead > 4096) {
      this.windowTimes = this.windowTimes.slice(this.windowHead);
      this.windowVolumes = this.windowVolumes.slice(this.windowHead);
      this.windowHead = 0;
    }
    return moved;
  }
}
