// Backtest sessions and their sandbox ledgers. A session row carries its configuration, status,
// progress and the sandbox checkpoint (wallet, positions, resting orders, the risk counters) as of
// its last persisted step, so a restart resumes it exactly. Orders, trades (fills) and equity
// snapshots are keyed (session_id, id): their ids are derived from virtual time and a per-session
// counter, so two runs of the same script produce the same ids.
import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('backtest_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('strategy_label', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_ms', 'bigint', (c) => c.notNull())
    .addColumn('end_ms', 'bigint', (c) => c.notNull())
    .addColumn('interval_sec', t.int, (c) => c.notNull())
    .addColumn('starting_balance', t.money, (c) => c.notNull())
    // JSON: pairs with their exchange rules and the effective risk profile, frozen at creation.
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('total_steps', t.int, (c) => c.notNull())
    .addColumn('current_step', t.int, (c) => c.notNull())
    .addColumn('virtual_ms', 'bigint', (c) => c.notNull())
    .addColumn('checkpoint', 'text')
    .addColumn('final_equity', t.money)
    .addColumn('total_pnl', t.money)
    // A percentage with 2 places as shown (src/backtest/results.ts roiPct), not an amount: text on both.
    .addColumn('roi_pct', 'text')
    .addColumn('total_trades', t.int, (c) => c.notNull().defaultTo(0))
    .addColumn('total_fees', t.money, (c) => c.notNull())
    // JSON of the results' metrics once the session has ended.
    .addColumn('metrics', 'text')
    .addColumn('sharpe_ratio', t.float)
    .addColumn('max_drawdown_pct', t.float)
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('run_ms', 'bigint', (c) => c.notNull().defaultTo(0))
    // Wall-clock ms of the last call that touched the session: idle housekeeping.
    .addColumn('touched_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('backtest_sessions_account').on('backtest_sessions').columns(['account_id', 'created_at']).execute();
  await db.schema.createIndex('backtest_sessions_status').on('backtest_sessions').columns(['status', 'touched_ms']).execute();

  await db.schema
    .createTable('backtest_orders')
    .addColumn('session_id', 'text', (c) => c.notNull().references('backtest_sessions.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('symbol', 'text', (c) => c.notNull())
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
    .addPrimaryKeyConstraint('backtest_orders_pk', ['session_id', 'id'])
    .execute();

  await db.schema
    .createTable('backtest_trades')
    .addColumn('session_id', 'text', (c) => c.notNull().references('backtest_sessions.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('order_price', t.money)
    .addColumn('quantity', t.money, (c) => c.notNull())
    .addColumn('price', t.money, (c) => c.notNull())
    .addColumn('reference_price', t.money, (c) => c.notNull())
    .addColumn('slippage_pct', t.money, (c) => c.notNull())
    .addColumn('gross', t.money, (c) => c.notNull())
    .addColumn('fee', t.money, (c) => c.notNull())
    .addColumn('realized_pnl', t.money, (c) => c.notNull())
    .addColumn('net_pnl', t.money, (c) => c.notNull())
    .addColumn('executed_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('backtest_trades_pk', ['session_id', 'id'])
    .execute();

  // One snapshot per step at most: a step that is periodic and has fills is stored once.
  await db.schema
    .createTable('backtest_snapshots')
    .addColumn('session_id', 'text', (c) => c.notNull().references('backtest_sessions.id').onDelete('cascade'))
    .addColumn('step', t.int, (c) => c.notNull())
    .addColumn('virtual_ms', 'bigint', (c) => c.notNull())
    // 1: a point of the regular series the metrics are computed on (start, periodic, final).
    .addColumn('regular', t.int, (c) => c.notNull())
    .addColumn('total_equity', t.money, (c) => c.notNull())
    .addColumn('available_cash', t.money, (c) => c.notNull())
    .addColumn('position_value', t.money, (c) => c.notNull())
    .addColumn('unrealized_pnl', t.money, (c) => c.notNull())
    .addColumn('realized_pnl', t.money, (c) => c.notNull())
    .addPrimaryKeyConstraint('backtest_snapshots_pk', ['session_id', 'step'])
    .execute();

  await db.schema
    .createTable('backtest_account_modes')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('strategy_label', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('backtest_account_modes').execute();
  await db.schema.dropTable('backtest_snapshots').execute();
  await db.schema.dropTable('backtest_trades').execute();
  await db.schema.dropTable('backtest_orders').execute();
  await db.schema.dropTable('backtest_sessions').execute();
}
