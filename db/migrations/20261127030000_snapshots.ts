// Portfolio snapshots of every active agent, one row per (agent, tier, bucket): the equity series
// analytics reads. Money is TEXT with 8 decimals (NUMERIC on PostgreSQL, column-types.ts); *_ms
// columns hold Unix milliseconds.
import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('portfolio_snapshots')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('tier', 'text', (c) => c.notNull())
    // UTC-aligned start of the minute, hour or day the snapshot stands for.
    .addColumn('bucket_ms', 'bigint', (c) => c.notNull())
    .addColumn('total_equity', t.money, (c) => c.notNull())
    .addColumn('available_cash', t.money, (c) => c.notNull())
    .addColumn('locked_cash', t.money, (c) => c.notNull())
    .addColumn('position_value', t.money, (c) => c.notNull())
    .addColumn('unrealized_pnl', t.money, (c) => c.notNull())
    .addColumn('realized_pnl', t.money, (c) => c.notNull())
    .addColumn('fees_paid', t.money, (c) => c.notNull())
    .addColumn('taken_ms', 'bigint', (c) => c.notNull())
    // The key is what makes a doubled bucket impossible, whatever the scheduler does.
    .addPrimaryKeyConstraint('portfolio_snapshots_pk', ['agent_id', 'tier', 'bucket_ms'])
    .addCheckConstraint('portfolio_snapshots_tier_check', sql`tier in ('minute', 'hourly', 'daily')`)
    .execute();
  // Retention deletes old minute rows by time across all agents; start-up reads the newest bucket per tier.
  await db.schema.createIndex('portfolio_snapshots_tier_bucket_idx').on('portfolio_snapshots').columns(['tier', 'bucket_ms']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('portfolio_snapshots').execute();
}
