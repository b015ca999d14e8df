// What history is stored: the span of 1-minute bars over all pairs and per pair, the intervals
// /market/candles serves, and the real holes in the 1-minute data. Backtests and
// `npm run import:klines` users read it to pick a window that has data.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { MINUTE_MS } from './candle-aggregator.js';
import { findCandleGaps, findSymbolExtents } from './history.repository.js';
import { INTERVALS, type Interval } from './types.js';

/** Default smallest gap reported, in missing minutes. */
export const DEFAULT_MIN_GAP_MINUTES = 60;
/** Most gaps listed (newest first); `totalGaps` counts them all. */
export const MAX_GAPS = 100;

export interface DataGap {
  symbol: string;
  /** Open time of the first missing minute. */
  from: number;
  /** Open time of the next bar present (exclusive end of the gap). */
  to: number;
  missingMinutes: number;
}

export interface DataRange {
  earliest: number | null;
  latest: number | null;
  totalPairs: number;
  intervals: readonly Interval[];
  pairs: Array<{ symbol: string; earliest: number; latest: number }>;
  gaps: DataGap[];
  totalGaps: number;
  minGapMinutes: number;
}

/**
 * The stored range. A gap is a run of at least `minGapMinutes` consecutive minutes without a bar
 * between two bars of the same pair (a quiet pair legitimately skips minutes without trades, so short
 * runs are not reported); time before a pair's first bar or after its last is not a gap.
 */
export async function readDataRange(db: Kysely<Database>, minGapMinutes = DEFAULT_MIN_GAP_MINUTES): Promise<DataRange> {
  const pairs = await findSymbolExtents(db);
  // Bars lie `missing + 1` minutes apart around a gap of `missing` minutes.
  const rows = await findCandleGaps(db, minGapMinutes * MINUTE_MS, MAX_GAPS);
  return {
    earliest: pairs.length === 0 ? null : Math.min(...pairs.map((p) => p.earliest)),
    latest: pairs.length === 0 ? null : Math.max(...pairs.map((p) => p.latest)),
    totalPairs: pairs.length,
    intervals: INTERVALS,
    pairs,
    gaps: rows.map((r) => ({
      symbol: r.symbol,
      from: r.before + MINUTE_MS,
      to: r.after,
      missingMinutes: (r.after - r.before) / MINUTE_MS - 1,
    })),
    totalGaps: rows[0]?.total ?? 0,
    minGapMinutes,
  };
}

/** How long a computed range is served before it is read again. */
export const DATA_RANGE_TTL_MS = 60_000;
/** Gap thresholds kept at once; another evicts the least recently used. */
const CACHED_THRESHOLDS = 16;

interface CachedRange {
  at: number;
  value: Promise<DataRange>;
}

const caches = new WeakMap<Kysely<Database>, Map<number, CachedRange>>();
const scans = new WeakMap<Kysely<Database>, Promise<unknown>>();

/**
 * readDataRange at most once a minute per gap threshold, shared by concurrent callers, and one scan
 * of a database at a time: the gap scan reads the whole 1-minute table (about 0.4 s a pair-year,
 * synchronously), so a burst of calls must not run it once each.
 */
export function cachedDataRange(db: Kysely<Database>, now: number, minGapMinutes = DEFAULT_MIN_GAP_MINUTES): Promise<DataRange> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<number, CachedRange>()));
  const hit = cache.get(minGapMinutes);
  if (hit && now - hit.at < DATA_RANGE_TTL_MS) {
    cache.delete(minGapMinutes);
    cache.set(minGapMinutes, hit);
    return hit.value;
  }
  const previous = scans.get(db) ?? Promise.resolve();
  const value = previous.then(
    () => readDataRange(db, minGapMinutes),
    () => readDataRange(db, minGapMinutes),
  );
  scans.set(db, value);
  cache.delete(minGapMinutes);
  cache.set(minGapMinutes, { at: now, value });
  if (cache.size > CACHED_THRESHOLDS) cache.delete(cache.keys().next().value!);
  // A failed read is not kept: the next call tries again.
  value.catch(() => {
    if (cache.get(minGapMinutes)?.value === value) cache.delete(minGapMinutes);
  });
  return value;
}
