// Strategy tests (src/strategies/tests-service.ts): a test run of one strategy version over N
// episodes, and the episodes themselves — each a window of stored history run as a backtest session
// the test owns (`backtest_sessions.strategy_test_id`), which the public /backtest routes may read
// but not move. The episode plan is stored when the run starts, so a restart resumes the same plan.
import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('strategy_test_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('version', t.int, (c) => c.notNull())
    // queued | running | completed | failed | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON: the request's settings resolved (date range, seed, balance…) plus account_id.
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('episodes_total', t.int, (c) => c.notNull())
    .addColumn('episodes_completed', t.int, (c) => c.notNull())
    // Episodes that ended without metrics.
    .addColumn('episodes_failed', t.int, (c) => c.notNull())
    // JSON aggregate results and recommendations, once the run ended.
    .addColumn('results', 'text')
    .addColumn('recommendations', 'text')
    .addColumn('error', 'text')
    // 1 once a cancel was asked for: the worker stops after the current step.
    .addColumn('cancel_requested', t.int, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('strategy_test_runs_strategy').on('strategy_test_runs').columns(['strategy_id', 'created_at']).execute();
  await db.schema.createIndex('strategy_test_runs_status').on('strategy_test_runs').column('status').execute();

  await db.schema
    .createTable('strategy_test_episodes')
    .addColumn('test_run_id', 'text', (c) => c.notNull().references('strategy_test_runs.id').onDelete('cascade'))
    .addColumn('episode_number', t.int, (c) => c.notNull())
    .addColumn('start_ms', 'bigint', (c) => c.notNull())
    .addColumn('end_ms', 'bigint', (c) => c.notNull())
    // pending | running | completed | failed | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text')
    // JSON: the episode's metrics once completed.
    .addColumn('metrics', 'text')
    .addColumn('error', 'text')
    .addColumn('completed_at', 'text')
    .addPrimaryKeyConstraint('strategy_test_episodes_pk', ['test_run_id', 'episode_number'])
    .execute();

  await db.schema.alterTable('backtest_sessions').addColumn('strategy_test_id', 'text').execute();
  await db.schema.createIndex('backtest_sessions_strategy_test').on('backtest_sessions').column('strategy_test_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('backtest_sessions_strategy_test').execute();
  await db.schema.alterTable('backtest_sessions').dropColumn('strategy_test_id').execute();
  await db.schema.dropTable('strategy_test_episodes').execute();
  await db.schema.dropIndex('strategy_test_runs_status').execute();
  await db.schema.dropIndex('strategy_test_runs_strategy').execute();
  await db.schema.dropTable('strategy_test_runs').execute();
}
