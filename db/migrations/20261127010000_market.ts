// Market data: the pair universe and closed 1-minute candles. Amounts are TEXT exact decimals with
// 8 places (NUMERIC on PostgreSQL, column-types.ts); candle times are Unix milliseconds (BIGINT),
// so range scans on the primary key stay numeric.
import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('trading_pairs')
    .addColumn('symbol', 'text', (c) => c.primaryKey())
    .addColumn('base_asset', 'text', (c) => c.notNull())
    .addColumn('quote_asset', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('tick_size', t.money, (c) => c.notNull())
    .addColumn('step_size', t.money, (c) => c.notNull())
    .addColumn('min_qty', t.money, (c) => c.notNull())
    .addColumn('max_qty', t.money, (c) => c.notNull())
    .addColumn('min_notional', t.money, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('trading_pairs_status_check', sql`status in ('active', 'inactive')`)
    .execute();

  // The primary key (symbol, open_time) serves every read: ranges per symbol, newest per symbol.
  await db.schema
    .createTable('candles_1m')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('open_time', 'bigint', (c) => c.notNull())
    .addColumn('open', t.money, (c) => c.notNull())
    .addColumn('high', t.money, (c) => c.notNull())
    .addColumn('low', t.money, (c) => c.notNull())
    .addColumn('close', t.money, (c) => c.notNull())
    .addColumn('volume', t.money, (c) => c.notNull())
    .addColumn('quote_volume', t.money, (c) => c.notNull())
    .addColumn('trade_count', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('candles_1m_pk', ['symbol', 'open_time'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('candles_1m').execute();
  await db.schema.dropTable('trading_pairs').execute();
}
