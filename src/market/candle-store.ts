// Where candles are kept. 1-minute bars go to candles_1m; 5m, 15m, 1h, 4h and 1d candles are stored
// in candle_rollups and rebuilt in the same transaction as the 1-minute bars under them, so a read of
// any interval is one range read on a primary key that returns what it reads. 1-minute bars older
// than the retention are pruned a symbol-day at a time; the rollups stay.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database, NewCandleRollupRow, RollupInterval } from '../db/schema.js';
import { aggregateCandles, bucketStart, intervalMs, MINUTE_MS } from './candle-aggregator.js';
import { findFirstCandleTimeFrom, findImportedRanges } from './history.repository.js';
import { fromCandleRow, toCandleRollupRow, toCandleRow } from './market.mapper.js';
import {
  deleteCandlesBetween,
  findCandleRollupsOfSymbolsBetween,
  findCandlesBetween,
  findCandlesOfSymbolsBetween,
  findLatestCandleRollups,
  findLatestCandles,
  findNewestCandle,
  findOldestCandleTime,
  hasCandleRollup,
  insertCandlesKeepingExisting,
  upsertCandleRollups,
  upsertCandles,
} from './market.repository.js';
import type { Candle, Interval } from './types.js';

type Q = Kysely<Database>;

/** Each stored interval after the one it is built from. */
const ROLLUPS: ReadonlyArray<readonly [RollupInterval, Interval]> = [
  ['5m', '1m'],
  ['15m', '5m'],
  ['1h', '15m'],
  ['4h', '1h'],
  ['1d', '4h'],
];
const DAY_MS = intervalMs('1d');
/** Symbols per `in (…)` list. */
const SYMBOL_CHUNK = 500;

/** [from, to) in Unix ms. */
type Span = [number, number];

/** Bars of one symbol, oldest first, one per minute; a write takes at most one batch a symbol. */
export interface MinuteBars {
  symbol: string;
  bars: readonly Candle[];
}

/**
 * What is known of one symbol at one level: the database's rows of that level inside `covered`
 * (sorted, disjoint spans) are exactly `candles` (oldest first).
 */
interface Known {
  symbol: string;
  candles: Candle[];
  covered: Span[];
}

/**
 * Writes 1-minute bars and rebuilds the stored candles over them; run it in a transaction so both
 * change together. `keep` leaves a bar already stored for the same minute as it is (a backfill).
 */
export async function storeMinuteBars(trx: Q, batches: readonly MinuteBars[], existing: 'replace' | 'keep'): Promise<void> {
  const written = batches.filter((b) => b.bars.length > 0);
  if (written.length === 0) return;
  const known: Known[] = [];
  if (existing === 'replace') {
    const bySymbol = written.map(({ symbol, bars }) => ({ symbol, bars: oneAMinute(bars) }));
    await upsertCandles(
      trx,
      bySymbol.flatMap(({ symbol, bars }) => bars.map((bar) => toCandleRow(symbol, bar))),
    );
    // Each written minute now holds exactly the bar written.
    for (const { symbol, bars } of bySymbol)
      known.push({ symbol, candles: bars, covered: mergeSpans(bars.map((b) => [b.openTime, b.openTime + MINUTE_MS])) });
  } else {
    // A backfill continues after the newest stored bar, so its stretch is normally empty and then
    // holds exactly the bars written: nothing needs reading back.
    const readBack: MinuteBars[] = [];
    for (const batch of written) {
      const span = stretchOf(batch.bars);
      const [stored] = span ? await findLatestCandles(trx, batch.symbol, span[0], span[1], 1) : [];
      if (span && !stored) known.push({ symbol: batch.symbol, candles: [...batch.bars], covered: [span] });
      else readBack.push(batch);
    }
    await insertCandlesKeepingExisting(
      trx,
      written.flatMap(({ symbol, bars }) => bars.map((bar) => toCandleRow(symbol, bar))),
    );
    for (const { symbol, bars } of readBack) {
      let span: Span = [Infinity, -Infinity];
      for (const bar of bars) span = [Math.min(span[0], bar.openTime), Math.max(span[1], bar.openTime + MINUTE_MS)];
      const candles = (await findCandlesBetween(trx, symbol, span[0], span[1])).map(fromCandleRow);
      known.push({ symbol, candles, covered: [span] });
    }
  }
  await refreshRollups(trx, known);
}

/**
 * Rebuilds every stored candle whose bucket meets a covered span, level by level from the one
 * below (5m from 1m, 15m from 5m, …, 1d from 4h). What a level does not know inside a bucket is
 * read from the database: the edges of a backfill, the other minutes of a live bucket. Reads and
 * writes are grouped over symbols, so a flush of every pair's closed minute is about ten statements.
 * Exact whatever the write was (a bar replaced by a later version of itself, a late tick), since
 * every touched bucket is folded anew from its children.
 */
async function refreshRollups(trx: Q, start: Known[]): Promise<void> {
  let level = start;
  // A level reads only what it does not know, never the buckets just rebuilt below it, so all the
  // rebuilt candles can be written at the end in one go.
  const rows: NewCandleRollupRow[] = [];
  for (const [interval, below] of ROLLUPS) {
    const size = intervalMs(interval);
    const runs = new Map<string, Span[]>();
    const reads = new Map<string, Set<string>>();
    for (const k of level) {
      const symbolRuns = contiguousRuns(bucketsMeeting(k.covered, size), size);
      runs.set(k.symbol, symbolRuns);
      for (const run of symbolRuns) {
        for (const [from, to] of subtractSpans(run, k.covered)) {
          const key = `${from}:${to}`;
          const symbols = reads.get(key);
          if (symbols) symbols.add(k.symbol);
          else reads.set(key, new Set([k.symbol]));
        }
      }
    }
    const stored = await readGrouped(trx, below, reads);

    const next: Known[] = [];
    for (const k of level) {
      // Known children lie in the covered spans and the rows read in the rest of the runs.
      const candles = aggregateCandles(mergeByTime(k.candles, stored.get(k.symbol) ?? []), interval);
      for (const candle of candles) rows.push(toCandleRollupRow(k.symbol, interval, candle));
      next.push({ symbol: k.symbol, candles, covered: runs.get(k.symbol)! });
    }
    level = next;
  }
  await upsertCandleRollups(trx, rows);
}

/**
 * The newest `limit` stored candles of `interval` with from ≤ openTime < to, oldest first. One
 * descending read on the primary key that stops after `limit` rows, however long the history.
 */
export async function readLatestCandles(
  db: Q,
  symbol: string,
  interval: Interval,
  from: number | undefined,
  to: number,
  limit: number,
): Promise<Candle[]> {
  const rows =
    interval === '1m'
      ? await findLatestCandles(db, symbol, from, to, limit)
      : await findLatestCandleRollups(db, symbol, interval, from, to, limit);
  return rows.map(fromCandleRow).reverse();
}

interface PruneOptions {
  /** Checked between batches: true ends the prune where it is (the next one carries on). */
  stopped?: () => boolean;
}

/**
 * Deletes the 1-minute bars of `symbols` that open before the UTC day holding `before`, one
 * symbol-day (at most 1,440 rows) per transaction and a turn of the event loop between two, so a
 * large first prune never holds the thread for long. The newest day of each symbol is kept
 * whatever its age, so a pair that stopped trading keeps its last price, and so are the stretches
 * brought in by `npm run import:klines` (imported_candle_ranges), so backtests keep their 1-minute
 * history. A day without its daily candle (bars stored by other means) gets its rollups built
 * before its bars go, so pruning never loses history. Returns the number of bars deleted.
 */
export async function pruneMinuteBars(db: Q, symbols: readonly string[], before: number, options: PruneOptions = {}): Promise<number> {
  const cutoff = bucketStart(before, DAY_MS);
  let deleted = 0;
  for (const symbol of symbols) {
    const newest = await findNewestCandle(db, symbol);
    if (!newest) continue;
    const end = Math.min(cutoff, bucketStart(newest.open_time, DAY_MS));
    const kept = mergeSpans((await findImportedRanges(db, symbol)).map((r): Span => [r.from_time, r.to_time]));
    let cursor: number | undefined;
    for (;;) {
      if (options.stopped?.()) return deleted;
      const oldest = cursor === undefined ? await findOldestCandleTime(db, symbol) : await findFirstCandleTimeFrom(db, symbol, cursor);
      if (oldest === undefined || oldest >= end) break;
      const day = bucketStart(oldest, DAY_MS);
      const doomed = subtractSpans([day, day + DAY_MS], kept);
      if (doomed.length === 0) {
        // The whole day is imported: jump past the imported stretch holding it.
        cursor = bucketStart(kept.find(([from, to]) => from <= day && to >= day + DAY_MS)![1], DAY_MS);
        continue;
      }
      deleted += await db.transaction().execute(async (trx) => {
        if (!(await hasCandleRollup(trx, symbol, '1d', day))) {
          const candles = (await findCandlesBetween(trx, symbol, day, day + DAY_MS)).map(fromCandleRow);
          await refreshRollups(trx, [{ symbol, candles, covered: [[day, day + DAY_MS]] }]);
        }
        let n = 0;
        for (const [from, to] of doomed) n += await deleteCandlesBetween(trx, symbol, from, to);
        return n;
      });
      cursor = day + DAY_MS;
      await nextTurn();
    }
  }
  return deleted;
}

/** Reads the `interval` rows of each group of symbols over each span, by symbol, oldest first. */
async function readGrouped(trx: Q, interval: Interval, reads: Map<string, Set<string>>): Promise<Map<string, Candle[]>> {
  const out = new Map<string, Candle[]>();
  for (const [key, symbolSet] of reads) {
    const [from, to] = key.split(':').map(Number) as [number, number];
    const symbols = [...symbolSet];
    for (let i = 0; i < symbols.length; i += SYMBOL_CHUNK) {
      const chunk = symbols.slice(i, i + SYMBOL_CHUNK);
      const rows =
        interval === '1m'
          ? await findCandlesOfSymbolsBetween(trx, chunk, from, to)
          : await findCandleRollupsOfSymbolsBetween(trx, chunk, interval, from, to);
      for (const row of rows) {
        const list = out.get(row.symbol);
        if (list) list.push(fromCandleRow(row));
        else out.set(row.symbol, [fromCandleRow(row)]);
      }
    }
  }
  // Several spans of one symbol arrive span by span; children must be in time order.
  for (const list of out.values()) list.sort((a, b) => a.openTime - b.openTime);
  return out;
}

/** The bars oldest first, one a minute: of two for the same minute the later one, as an upsert leaves it. */
function oneAMinute(bars: readonly Candle[]): Candle[] {
  let ordered = true;
  for (let i = 1; i < bars.length && ordered; i++) ordered = bars[i]!.openTime > bars[i - 1]!.openTime;
  if (ordered) return [...bars];
  const byMinute = new Map<number, Candle>();
  for (const bar of bars) byMinute.set(bar.openTime, bar);
  return [...byMinute.values()].sort((a, b) => a.openTime - b.openTime);
}

/** [first bar, last bar + 1 minute) of bars strictly oldest first; undefined when they are not. */
function stretchOf(bars: readonly Candle[]): Span | undefined {
  for (let i = 1; i < bars.length; i++) if (bars[i]!.openTime <= bars[i - 1]!.openTime) return undefined;
  return [bars[0]!.openTime, bars[bars.length - 1]!.openTime + MINUTE_MS];
}

/** Sorted spans, adjacent and overlapping ones joined. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Start of every bucket of `size` that meets one of the sorted spans, ascending, once each. */
function bucketsMeeting(spans: readonly Span[], size: number): number[] {
  const out: number[] = [];
  for (const [from, to] of spans) {
    for (let b = bucketStart(from, size); b < to; b += size) {
      if (out.length === 0 || b > out[out.length - 1]!) out.push(b);
    }
  }
  return out;
}

/** Ascending bucket starts as spans of adjacent buckets. */
function contiguousRuns(buckets: readonly number[], size: number): Span[] {
  const runs: Span[] = [];
  for (const start of buckets) {
    const last = runs[runs.length - 1];
    if (last && last[1] === start) last[1] = start + size;
    else runs.push([start, start + size]);
  }
  return runs;
}

/** The parts of `span` outside the sorted, disjoint `holes`. */
function subtractSpans([from, to]: Span, holes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = from;
  for (const [holeFrom, holeTo] of holes) {
    if (holeTo <= at) continue;
    if (holeFrom >= to) break;
    if (holeFrom > at) out.push([at, holeFrom]);
    at = Math.max(at, holeTo);
  }
  if (at < to) out.push([at, to]);
  return out;
}

/** Two lists sorted by open time as one. */
function mergeByTime(a: readonly Candle[], b: readonly Candle[]): Candle[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  const out: Candle[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.openTime <= b[j]!.openTime)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
