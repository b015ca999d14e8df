// Kysely access to trading_pairs, candles_1m and candle_rollups. Rows in, rows out.
import { sql, type Kysely } from 'kysely';
import type {
  Candle1mRow,
  CandleRollupRow,
  Database,
  NewCandle1mRow,
  NewCandleRollupRow,
  NewTradingPair,
  RollupInterval,
  TradingPair,
} from '../db/schema.js';

type Q = Kysely<Database>;

/** Rows per INSERT: 9 columns each stays far below SQLite's 32766 bound parameters. */
const CANDLE_CHUNK = 1000;

export async function upsertPairs(db: Q, rows: NewTradingPair[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('trading_pairs')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.column('symbol').doUpdateSet((eb) => ({
          base_asset: eb.ref('excluded.base_asset'),
          quote_asset: eb.ref('excluded.quote_asset'),
          status: eb.ref('excluded.status'),
          tick_size: eb.ref('excluded.tick_size'),
          step_size: eb.ref('excluded.step_size'),
          min_qty: eb.ref('excluded.min_qty'),
          max_qty: eb.ref('excluded.max_qty'),
          min_notional: eb.ref('excluded.min_notional'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

/** Pairs the source no longer offers stay known (old orders name them) but stop being active. */
export async function deactivatePairsExcept(db: Q, symbols: string[], updatedAt: string): Promise<void> {
  let query = db.updateTable('trading_pairs').set({ status: 'inactive', updated_at: updatedAt }).where('status', '=', 'active');
  if (symbols.length > 0) query = query.where('symbol', 'not in', symbols);
  await query.execute();
}

export async function findPairs(db: Q): Promise<TradingPair[]> {
  return db.selectFrom('trading_pairs').selectAll().orderBy('symbol').execute();
}

/** Inserts bars, leaving any bar already stored for the same (symbol, minute) untouched. */
export async function insertCandlesKeepingExisting(db: Q, rows: NewCandle1mRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CANDLE_CHUNK) {
    await db
      .insertInto('candles_1m')
      .values(rows.slice(i, i + CANDLE_CHUNK))
      .onConflict((oc) => oc.columns(['symbol', 'open_time']).doNothing())
      .execute();
  }
}

export async function upsertCandles(db: Q, rows: NewCandle1mRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CANDLE_CHUNK) {
    await db
      .insertInto('candles_1m')
      .values(rows.slice(i, i + CANDLE_CHUNK))
      .onConflict((oc) =>
        oc.columns(['symbol', 'open_time']).doUpdateSet((eb) => ({
          open: eb.ref('excluded.open'),
          high: eb.ref('excluded.high'),
          low: eb.ref('excluded.low'),
          close: eb.ref('excluded.close'),
          volume: eb.ref('excluded.volume'),
          quote_volume: eb.ref('excluded.quote_volume'),
          trade_count: eb.ref('excluded.trade_count'),
        })),
      )
      .execute();
  }
}

/** Bars of one symbol with from ≤ open_time < to, oldest first. */
export async function findCandlesBetween(db: Q, symbol: string, from: number, to: number): Promise<Candle1mRow[]> {
  return db
    .selectFrom('candles_1m')
    .selectAll()
    .where('symbol', '=', symbol)
    .where('open_time', '>=', from)
    .where('open_time', '<', to)
    .orderBy('open_time')
    .execute();
}

/** The newest bar of one symbol, found through the primary key. */
export async function findNewestCandle(db: Q, symbol: string): Promise<Candle1mRow | undefined> {
  return db.selectFrom('candles_1m').selectAll().where('symbol', '=', symbol).orderBy('open_time', 'desc').limit(1).executeTakeFirst();
}

export async function countCandles(db: Q, symbol?: string): Promise<number> {
  let query = db.selectFrom('candles_1m').select(sql<number>`count(*)`.as('n'));
  if (symbol) query = query.where('symbol', '=', symbol);
  return (await query.executeTakeFirstOrThrow()).n;
}

/**
 * The newest `limit` bars of one symbol with from ≤ open_time < to, newest first: one descending
 * range read on the primary key that stops after `limit` rows.
 */
export async function findLatestCandles(
  db: Q,
  symbol: string,
  from: number | undefined,
  to: number,
  limit: number,
): Promise<Candle1mRow[]> {
  let query = db.selectFrom('candles_1m').selectAll().where('symbol', '=', symbol).where('open_time', '<', to);
  if (from !== undefined) query = query.where('open_time', '>=', from);
  return query.orderBy('open_time', 'desc').limit(limit).execute();
}

/** The open time of the oldest bar of one symbol, found through the primary key. */
export async function findOldestCandleTime(db: Q, symbol: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('candles_1m')
    .select('open_time')
    .where('symbol', '=', symbol)
    .orderBy('open_time')
    .limit(1)
    .executeTakeFirst();
  return row?.open_time;
}

/** Deletes the bars of one symbol with from ≤ open_time < to; returns how many went. */
export async function deleteCandlesBetween(db: Q, symbol: string, from: number, to: number): Promise<number> {
  const result = await db
    .deleteFrom('candles_1m')
    .where('symbol', '=', symbol)
    .where('open_time', '>=', from)
    .where('open_time', '<', to)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function upsertCandleRollups(db: Q, rows: NewCandleRollupRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CANDLE_CHUNK) {
    await db
      .insertInto('candle_rollups')
      .values(rows.slice(i, i + CANDLE_CHUNK))
      .onConflict((oc) =>
        oc.columns(['symbol', 'interval', 'open_time']).doUpdateSet((eb) => ({
          open: eb.ref('excluded.open'),
          high: eb.ref('excluded.high'),
          low: eb.ref('excluded.low'),
          close: eb.ref('excluded.close'),
          volume: eb.ref('excluded.volume'),
          quote_volume: eb.ref('excluded.quote_volume'),
          trade_count: eb.ref('excluded.trade_count'),
        })),
      )
      .execute();
  }
}

/** The newest `limit` stored candles of one symbol and interval with from ≤ open_time < to, newest first. */
export async function findLatestCandleRollups(
  db: Q,
  symbol: string,
  interval: RollupInterval,
  from: number | undefined,
  to: number,
  limit: number,
): Promise<CandleRollupRow[]> {
  let query = db
    .selectFrom('candle_rollups')
    .selectAll()
    .where('symbol', '=', symbol)
    .where('interval', '=', interval)
    .where('open_time', '<', to);
  if (from !== undefined) query = query.where('open_time', '>=', from);
  return query.orderBy('open_time', 'desc').limit(limit).execute();
}

/** Bars of several symbols with from ≤ open_time < to, by symbol then time. */
export async function findCandlesOfSymbolsBetween(db: Q, symbols: readonly string[], from: number, to: number): Promise<Candle1mRow[]> {
  return db
    .selectFrom('candles_1m')
    .selectAll()
    .where('symbol', 'in', symbols)
    .where('open_time', '>=', from)
    .where('open_time', '<', to)
    .orderBy('symbol')
    .orderBy('open_time')
    .execute();
}

/** Stored candles of several symbols and one interval with from ≤ open_time < to, by symbol then time. */
export async function findCandleRollupsOfSymbolsBetween(
  db: Q,
  symbols: readonly string[],
  interval: RollupInterval,
  from: number,
  to: number,
): Promise<CandleRollupRow[]> {
  return db
    .selectFrom('candle_rollups')
    .selectAll()
    .where('symbol', 'in', symbols)
    .where('interval', '=', interval)
    .where('open_time', '>=', from)
    .where('open_time', '<', to)
    .orderBy('symbol')
    .orderBy('open_time')
    .execute();
}

/** Whether a stored candle of one symbol and interval opens at `openTime`. */
export async function hasCandleRollup(db: Q, symbol: string, interval: RollupInterval, openTime: number): Promise<boolean> {
  const row = await db
    .selectFrom('candle_rollups')
    .select('open_time')
    .where('symbol', '=', symbol)
    .where('interval', '=', interval)
    .where('open_time', '=', openTime)
    .executeTakeFirst();
  return row !== undefined;
}
