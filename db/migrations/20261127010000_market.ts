// Market data: the pair universe and closed 1-minute candles. Amounts are TEXT exact decimals with
// 8 places (NUMERIC(20,8) on PostgreSQL later); candle times are Unix milliseconds (BIGINT there),
// so range scans on the primary key stay numeric.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trading_pairs')
    .addColumn('symbol', 'text', (c) => c.primaryKey())
    .addColumn('base_asset', 'text', (c) => c.notNull())
    .addColumn('quote_asset', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('tick_size', 'text', (c) => c.notNull())
    .addColumn('step_size', 'text', (c) => c.notNull())
    .addColumn('min_qty', 'text', (c) => c.notNull())
    .addColumn('max_qty', 'text', (c) => c.notNull())
    .addColumn('min_notional', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('trading_pairs_status_check', sql`status in ('active', 'inactive')`)
    .execute();

  // The primary key (symbol, open_time) serves every read: ranges per symbol, newest per symbol.
  await db.schema
    .createTable('candles_1m')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('open_time', 'bigint', (c) => c.notNull())
    .addColumn('open', 'text', (c) => c.notNull())
    .addColumn('high', 'text', (c) => c.notNull())
    .addColumn('low', 'text', (c) => c.notNull())
    .addColumn('close', 'text', (c) => c.notNull())
    .addColumn('volume', 'text', (c) => c.notNull())
    .addColumn('quote_volume', 'text', (c) => c.notNull())
    .addColumn('trade_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('candles_1m_pk', ['symbol', 'open_time'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('candles_1m').execute();
  await db.schema.dropTable('trading_pairs').execute();
}
