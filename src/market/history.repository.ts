// Kysely access for imported history and the data range: imported_candle_ranges, and the reads of
// candles_1m that span every symbol (extent, gaps). Rows in, rows out.
import { sql, type Kysely } from 'kysely';
import type { Database, NewTradingPair } from '../db/schema.js';
import { findNewestCandle, findOldestCandleTime } from './market.repository.js';

type Q = Kysely<Database>;

export interface ImportedRangeRow {
  symbol: string;
  from_time: number;
  to_time: number;
}

/** Records an imported stretch; the same stretch recorded again is left as it is. */
export async function insertImportedRange(db: Q, row: ImportedRangeRow & { source: string; imported_at: string }): Promise<void> {
  await db
    .insertInto('imported_candle_ranges')
    .values(row)
    .onConflict((oc) => oc.columns(['symbol', 'from_time', 'to_time']).doNothing())
    .execute();
}

/** The imported stretches of one symbol, by start. */
export async function findImportedRanges(db: Q, symbol: string): Promise<ImportedRangeRow[]> {
  return db
    .selectFrom('imported_candle_ranges')
    .select(['symbol', 'from_time', 'to_time'])
    .where('symbol', '=', symbol)
    .orderBy('from_time')
    .execute();
}

/** The open time of the first bar of one symbol at or after `from`, through the primary key. */
export async function findFirstCandleTimeFrom(db: Q, symbol: string, from: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('candles_1m')
    .select('open_time')
    .where('symbol', '=', symbol)
    .where('open_time', '>=', from)
    .orderBy('open_time')
    .limit(1)
    .executeTakeFirst();
  return row?.open_time;
}

export interface SymbolExtentRow {
  symbol: string;
  earliest: number;
  latest: number;
}

/** Oldest and newest bar of every known pair that has bars: two primary-key seeks a pair, no scan. */
export async function findSymbolExtents(db: Q): Promise<SymbolExtentRow[]> {
  const symbols = await db.selectFrom('trading_pairs').select('symbol').orderBy('symbol').execute();
  const out: SymbolExtentRow[] = [];
  for (const { symbol } of symbols) {
    const earliest = await findOldestCandleTime(db, symbol);
    if (earliest === undefined) continue;
    const latest = (await findNewestCandle(db, symbol))!.open_time;
    out.push({ symbol, earliest, latest });
  }
  return out;
}

export interface GapRow {
  symbol: string;
  /** Open time of the bar before the gap. */
  before: number;
  /** Open time of the bar after the gap. */
  after: number;
  /** Gaps of this size or more over all symbols. */
  total: number;
}

/**
 * The newest `limit` stretches where two consecutive bars of a symbol lie more than `minStep` ms
 * apart, newest first, with the total count. One pass over the primary key (symbol, open_time)
 * with LAG, so the cost is one read of the 1-minute table however many gaps there are. (PostgreSQL
 * 15 wants the subquery named.)
 */
export async function findCandleGaps(db: Q, minStep: number, limit: number): Promise<GapRow[]> {
  const result = await sql<GapRow>`
    select symbol, before, after, count(*) over () as total
    from (
      select symbol, lag(open_time) over (partition by symbol order by open_time) as before, open_time as after
      from candles_1m
    ) as bars
    where after - before > ${minStep}
    order by after desc, symbol
    limit ${limit}`.execute(db);
  return result.rows.map((r) => ({ ...r, before: Number(r.before), after: Number(r.after), total: Number(r.total) }));
}

/** Adds a pair unless one with its symbol is known already (whose rules and status then stay). Returns whether it was added. */
export async function insertPairIfMissing(db: Q, row: NewTradingPair): Promise<boolean> {
  const result = await db
    .insertInto('trading_pairs')
    .values(row)
    .onConflict((oc) => oc.column('symbol').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}
