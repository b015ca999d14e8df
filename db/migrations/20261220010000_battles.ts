// Battles (src/battles): a battle, its participants and the 5-second equity snapshots that feed
// /live, /replay and the `battle:{id}` channel. A historical battle's participants each trade in a
// backtest session, linked both ways (participant.backtest_session_id, session.battle_id).
import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('battles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // draft | pending | active | paused | completed | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    // live | historical
    .addColumn('battle_mode', 'text', (c) => c.notNull())
    .addColumn('preset', 'text')
    // JSON: the preset's config with the caller's keys merged over it, as stored and returned.
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('ranking_metric', 'text', (c) => c.notNull())
    // JSON {start_time, end_time, candle_interval, pairs}; historical battles only.
    .addColumn('backtest_config', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    // Unix ms: when a fixed-duration live battle stops itself; null otherwise.
    .addColumn('ends_ms', 'bigint')
    .addColumn('winner_agent_id', 'text')
    // The participant ranked first at the last ranking (agent_took_lead is announced on a change).
    .addColumn('leader_agent_id', 'text')
    .execute();
  await db.schema.createIndex('battles_account_created').on('battles').columns(['account_id', 'created_at']).execute();
  await db.schema.createIndex('battles_status').on('battles').column('status').execute();

  await db.schema
    .createTable('battle_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('battle_id', 'text', (c) => c.notNull().references('battles.id').onDelete('cascade'))
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    // active | paused | stopped | blown_up
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    // Valued equity (USDT) when the battle started: the battle starting balance the ranking measures from.
    .addColumn('snapshot_balance', t.money)
    .addColumn('final_equity', t.money)
    .addColumn('final_rank', t.int)
    // JSON of the final metric set (decimal strings), written at completion.
    .addColumn('final_metrics', 'text')
    // Fresh wallet mode: JSON of the agent's own balances and positions, restored when the battle ends.
    .addColumn('saved_wallet', 'text')
    .addColumn('backtest_session_id', 'text')
    .addColumn('blown_up_at', 'text')
    .addUniqueConstraint('battle_participants_battle_agent', ['battle_id', 'agent_id'])
    .execute();
  await db.schema.createIndex('battle_participants_agent').on('battle_participants').column('agent_id').execute();

  await db.schema
    .createTable('battle_snapshots')
    .addColumn('battle_id', 'text', (c) => c.notNull().references('battles.id').onDelete('cascade'))
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('ts_ms', 'bigint', (c) => c.notNull())
    .addColumn('equity', t.money, (c) => c.notNull())
    .addColumn('unrealized_pnl', t.money, (c) => c.notNull())
    .addColumn('realized_pnl', t.money, (c) => c.notNull())
    .addColumn('trade_count', t.int, (c) => c.notNull())
    .addColumn('open_positions', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('battle_snapshots_pk', ['battle_id', 'ts_ms', 'agent_id'])
    .execute();

  await db.schema.alterTable('backtest_sessions').addColumn('battle_id', 'text').execute();
  await db.schema.createIndex('backtest_sessions_battle').on('backtest_sessions').column('battle_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('backtest_sessions_battle').execute();
  await db.schema.alterTable('backtest_sessions').dropColumn('battle_id').execute();
  await db.schema.dropTable('battle_snapshots').execute();
  await db.schema.dropTable('battle_participants').execute();
  await db.schema.dropTable('battles').execute();
}
