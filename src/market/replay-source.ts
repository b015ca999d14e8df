// Replays recorded 1-minute klines as live ticks. Data time is mapped onto the clock: the replay
// position lands on the current minute and data then runs `speed` times faster than the clock
// (1 = real pace, so replayed bars line up with the hub's minutes; 60 = one data minute a second).
// Bars before the replay position are offered as history, shifted by the same offset (not
// compressed), so the chart leads straight into the replay. The feed ends when the data does.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Amount } from '../money.js';
import { bucketStart, MINUTE_MS } from './candle-aggregator.js';
import { ClockDrivenSource, type DriveOptions } from './clock-driven-source.js';
import { parseKlineCsv, symbolFromKlineFileName, ticksFromKline } from './kline-csv-parser.js';
import { catalogPair, toPairInfo } from './pair-catalog.js';
import type { Candle, HistoryBatch, HistoryRequest, PairInfo, PriceSource, Tick } from './types.js';

export interface ReplaySourceOptions extends DriveOptions {
  /** A directory whose `SYMBOL-1m-*.csv` files are all replayed. */
  dir?: string;
  /** Explicit files (combined with `dir` if both are given). */
  files?: readonly string[];
  /** Data minutes per clock minute (default 1). */
  speed?: number;
  /** Data time (Unix ms) at which the replay starts; earlier bars are history. Default: the first bar. */
  startTime?: number;
}

class ReplayStream {
  private index: number;
  private pending: Tick[] = [];
  private previousPrice: Amount | undefined;

  constructor(
    readonly symbol: string,
    private readonly bars: Candle[],
    dataStart: number,
    private readonly toWall: (dataTime: number) => number,
  ) {
    this.index = bars.findIndex((b) => b.openTime >= dataStart);
    if (this.index < 0) this.index = bars.length;
    this.previousPrice = bars[this.index - 1]?.close;
    this.refill();
  }

  /** Wall time of the next tick, or Infinity when the data is used up. */
  get nextTime(): number {
    return this.pending[0]?.time ?? Infinity;
  }

  take(): Tick {
    const tick = this.pending.shift()!;
    if (this.pending.length === 0) this.refill();
    return tick;
  }

  private refill(): void {
    while (this.pending.length === 0 && this.index < this.bars.length) {
      const bar = this.bars[this.index]!;
      const barIndex = this.index++;
      // A bar without volume had no trades: it yields no ticks, and so no bar, as live data would.
      if (bar.volume === 0n) continue;
      this.pending = ticksFromKline(this.symbol, bar, barIndex * 4 + 1, this.previousPrice).map((t) => ({
        ...t,
        time: this.toWall(t.time),
      }));
      this.previousPrice = bar.close;
    }
  }
}

export class ReplaySource extends ClockDrivenSource implements PriceSource {
  readonly name = 'replay' as const;
  private readonly options: ReplaySourceOptions;
  private readonly speed: number;
  private data: Map<string, Candle[]> | undefined;
  private streams: ReplayStream[] = [];

  constructor(options: ReplaySourceOptions) {
    super(options);
    if (!options.dir && !options.files?.length) throw new Error('replay source needs a directory or files of klines');
    const speed = options.speed ?? 1;
    if (!(speed > 0) || !Number.isFinite(speed)) throw new Error('replay speed must be a positive number');
    this.options = options;
    this.speed = speed;
  }

  async loadPairs(): Promise<PairInfo[]> {
    const data = await this.load();
    return [...data.entries()].map(([symbol, bars]) => pairFor(symbol, bars));
  }

  async *history(request: HistoryRequest): AsyncIterable<HistoryBatch> {
    const data = await this.load();
    const dataStart = this.dataStart(data);
    const shift = request.endTime - dataStart;
    for (const window of request.windows) {
      const bars = data.get(window.symbol);
      if (!bars) continue;
      const shifted = bars
        .filter((b) => b.openTime < dataStart)
        .map((b) => ({ ...b, openTime: b.openTime + shift }))
        .filter((b) => b.openTime >= window.startTime && b.openTime < request.endTime);
      if (shifted.length > 0) yield { symbol: window.symbol, bars: shifted };
    }
  }

  async start(emit: (tick: Tick) => void): Promise<void> {
    const data = await this.load();
    const dataStart = this.dataStart(data);
    const now = this.clock.now();
    const anchor = bucketStart(now, MINUTE_MS);
    const toWall = (dataTime: number) => anchor + Math.floor((dataTime - dataStart) / this.speed);
    this.streams = [...data.entries()].map(([symbol, bars]) => new ReplayStream(symbol, bars, dataStart, toWall));
    // The replay position is the start of the current minute: what falls before now is due at once.
    this.beginDriving(emit, anchor - 1);
    this.advanceTo(now);
  }

  async stop(): Promise<void> {
    this.endDriving();
  }

  protected override produce(_from: number, to: number, emit: (tick: Tick) => void): void {
    for (;;) {
      let next: ReplayStream | undefined;
      for (const stream of this.streams) if (!next || stream.nextTime < next.nextTime) next = stream;
      if (!next || next.nextTime > to) return;
      emit(next.take());
    }
  }

  protected override exhausted(): boolean {
    return this.streams.length > 0 && this.streams.every((s) => s.nextTime === Infinity);
  }

  private dataStart(data: Map<string, Candle[]>): number {
    if (this.options.startTime !== undefined) return bucketStart(this.options.startTime, MINUTE_MS);
    let first = Infinity;
    for (const bars of data.values()) first = Math.min(first, bars[0]?.openTime ?? Infinity);
    return first;
  }

  private async load(): Promise<Map<string, Candle[]>> {
    if (this.data) return this.data;
    const files = [...(this.options.files ?? [])];
    if (this.options.dir) {
      const names = (await readdir(this.options.dir)).filter((n) => /-1m-.*\.csv$/.test(n)).sort();
      files.push(...names.map((n) => join(this.options.dir!, n)));
    }
    const bySymbol = new Map<string, Candle[]>();
    for (const file of files) {
      const symbol = symbolFromKlineFileName(file);
      const bars = parseKlineCsv(await readFile(file, 'utf8'), file);
      bySymbol.set(symbol, [...(bySymbol.get(symbol) ?? []), ...bars]);
    }
    for (const [symbol, bars] of bySymbol) {
      // Monthly files of one symbol may come in any order; overlaps would replay a minute twice.
      bars.sort((a, b) => a.openTime - b.openTime);
      for (let i = 1; i < bars.length; i++) {
        if (bars[i]!.openTime === bars[i - 1]!.openTime)
          throw new Error(`replay: ${symbol} has two bars at ${new Date(bars[i]!.openTime).toISOString()}`);
      }
    }
    if (bySymbol.size === 0) throw new Error('replay: no kline files found');
    this.data = bySymbol;
    return bySymbol;
  }
}

/** Catalog metadata when the symbol is known, else filters inferred from the data's decimals. */
function pairFor(symbol: string, bars: Candle[]): PairInfo {
  const known = catalogPair(symbol);
  if (known) return toPairInfo(known);
  const tickSize = coarsestPowerOfTen(bars.flatMap((b) => [b.open, b.high, b.low, b.close]));
  const stepSize = coarsestPowerOfTen(bars.map((b) => b.volume));
  return {
    symbol,
    baseAsset: symbol.endsWith('USDT') ? symbol.slice(0, -4) : symbol,
    quoteAsset: symbol.endsWith('USDT') ? 'USDT' : '',
    status: 'active',
    tickSize,
    stepSize,
    minQty: stepSize,
    maxQty: 9_000_000n * 100_000_000n,
    minNotional: 5n * 100_000_000n,
  };
}

/** The largest power of ten (at most 1) that divides every value, in 10^-8 units. */
function coarsestPowerOfTen(values: Amount[]): Amount {
  let unit = 100_000_000n;
  for (const v of values) while (unit > 1n && v % unit !== 0n) unit /= 10n;
  return unit;
}
