// Training runs (src/training): reinforcement-learning runs a client reports, episode by episode.
// A run is the account's: its id is chosen by the client, so the key is (account, run id) and two
// accounts that happen to pick the same id never see each other's run. An episode is keyed by its
// number within the run, so a report sent twice (a retry) replaces the first instead of counting
// twice. Metrics are plain columns (not JSON) so the aggregates are one SQL pass.
import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('training_runs')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('run_id', 'text', (c) => c.notNull())
    // running | completed
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON object as registered, or null.
    .addColumn('config', 'text')
    .addColumn('strategy_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addPrimaryKeyConstraint('training_runs_pk', ['account_id', 'run_id'])
    .execute();
  await db.schema.createIndex('training_runs_account_started').on('training_runs').columns(['account_id', 'started_at']).execute();

  await db.schema
    .createTable('training_episodes')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('episode_number', t.int, (c) => c.notNull())
    .addColumn('session_id', 'text')
    .addColumn('roi_pct', t.float)
    .addColumn('sharpe_ratio', t.float)
    .addColumn('max_drawdown_pct', t.float)
    .addColumn('total_trades', t.int)
    .addColumn('reward_sum', t.float)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_episodes_pk', ['account_id', 'run_id', 'episode_number'])
    .addForeignKeyConstraint('training_episodes_run', ['account_id', 'run_id'], 'training_runs', ['account_id', 'run_id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('training_episodes').execute();
  await db.schema.dropTable('training_runs').execute();
}
