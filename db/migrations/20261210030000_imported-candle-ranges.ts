// Stretches of 1-minute bars brought in by `npm run import:klines`. Pruning of old 1-minute bars
// (CANDLE_1M_RETENTION_DAYS) skips them, so imported history stays available to backtests at 1m.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('imported_candle_ranges')
    .addColumn('symbol', 'text', (c) => c.notNull())
    // [from_time, to_time) in Unix ms: the first imported bar's open time to the last one's + 1 minute.
    .addColumn('from_time', 'bigint', (c) => c.notNull())
    .addColumn('to_time', 'bigint', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('imported_candle_ranges_pk', ['symbol', 'from_time', 'to_time'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('imported_candle_ranges').execute();
}
