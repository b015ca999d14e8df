// Orders, their fills, positions and idempotency records. Money is TEXT with 8 decimals (NUMERIC on
// PostgreSQL, column-types.ts); *_ms columns hold Unix milliseconds for ordering and time windows.
import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('client_order_id', 'text')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('base_asset', 'text', (c) => c.notNull())
    .addColumn('quote_asset', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('quantity', t.money, (c) => c.notNull())
    .addColumn('price', t.money)
    .addColumn('locked_asset', 'text')
    .addColumn('locked_amount', t.money, (c) => c.notNull())
    .addColumn('cancel_reason', 'text')
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('closed_ms', 'bigint')
    .addCheckConstraint('orders_side_check', sql`side in ('buy', 'sell')`)
    .addCheckConstraint('orders_type_check', sql`type in ('market', 'limit', 'stop_loss', 'take_profit')`)
    .addCheckConstraint('orders_status_check', sql`status in ('pending', 'filled', 'cancelled', 'expired')`)
    .execute();
  await db.schema.createIndex('orders_agent_created_idx').on('orders').columns(['agent_id', 'created_ms']).execute();
  await db.schema.createIndex('orders_status_idx').on('orders').columns(['status', 'agent_id']).execute();
  await db.schema.createIndex('orders_client_id_idx').on('orders').columns(['agent_id', 'client_order_id']).unique().execute();

  await db.schema
    .createTable('fills')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('quantity', t.money, (c) => c.notNull())
    .addColumn('price', t.money, (c) => c.notNull())
    .addColumn('reference_price', t.money, (c) => c.notNull())
    .addColumn('slippage_pct', t.money, (c) => c.notNull())
    .addColumn('gross', t.money, (c) => c.notNull())
    .addColumn('fee', t.money, (c) => c.notNull())
    .addColumn('realized_pnl', t.money, (c) => c.notNull())
    .addColumn('executed_ms', 'bigint', (c) => c.notNull())
    // SQLite numbers every row (rowid) in the order it was inserted, and the battle code reads fills
    // in that order by it; PostgreSQL has no such column, so fills get one of that name.
    .$call((table) => (isPostgres(db) ? table.addColumn('rowid', 'bigint', (c) => c.generatedAlwaysAsIdentity().unique()) : table))
    .execute();
  await db.schema.createIndex('fills_order_idx').on('fills').column('order_id').unique().execute();
  await db.schema.createIndex('fills_agent_time_idx').on('fills').columns(['agent_id', 'executed_ms']).execute();

  await db.schema
    .createTable('positions')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('quantity', t.money, (c) => c.notNull())
    .addColumn('cost', t.money, (c) => c.notNull())
    .addColumn('realized_pnl', t.money, (c) => c.notNull())
    .addColumn('opened_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('positions_pk', ['agent_id', 'symbol'])
    .execute();

  // Realized PnL and fees per agent and UTC day, kept with each fill, so the daily-loss check reads
  // one row instead of summing the day's fills.
  await db.schema
    .createTable('agent_daily_pnl')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('realized_pnl', t.money, (c) => c.notNull())
    .addColumn('fees', t.money, (c) => c.notNull())
    .addPrimaryKeyConstraint('agent_daily_pnl_pk', ['agent_id', 'day'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['agent_id', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['idempotency_keys', 'agent_daily_pnl', 'positions', 'fills', 'orders']) await db.schema.dropTable(table).execute();
}
