// Storage of training runs and their episodes: plain Kysely, one function per query. Every query
// is scoped by account: a run id is the client's choice, so only (account, run id) names a run.
import { sql, type Kysely } from 'kysely';
import type { Database, TrainingEpisodeRow, TrainingRunRow, TrainingRunStatus } from '../db/schema.js';

type Q = Kysely<Database>;

/** The metric columns an episode may report; also the learning curve's choices. */
export const METRIC_COLUMNS = ['roi_pct', 'sharpe_ratio', 'max_drawdown_pct', 'total_trades', 'reward_sum'] as const;
export type MetricColumn = (typeof METRIC_COLUMNS)[number];

export async function findRun(db: Q, accountId: string, runId: string): Promise<TrainingRunRow | undefined> {
  return db.selectFrom('training_runs').selectAll().where('account_id', '=', accountId).where('run_id', '=', runId).executeTakeFirst();
}

export async function findRunsByIds(db: Q, accountId: string, runIds: readonly string[]): Promise<TrainingRunRow[]> {
  if (runIds.length === 0) return [];
  return db.selectFrom('training_runs').selectAll().where('account_id', '=', accountId).where('run_id', 'in', runIds).execute();
}

export async function insertRun(db: Q, row: TrainingRunRow): Promise<void> {
  await db.insertInto('training_runs').values(row).execute();
}

/** Completes a run; a second call keeps the first completion time. */
export async function markRunCompleted(db: Q, accountId: string, runId: string, now: string): Promise<void> {
  await db
    .updateTable('training_runs')
    .set({ status: 'completed', completed_at: sql<string>`coalesce(completed_at, ${now})` })
    .where('account_id', '=', accountId)
    .where('run_id', '=', runId)
    .execute();
}

export interface RunFilter {
  status: TrainingRunStatus | undefined;
  limit: number;
  offset: number;
}

export async function findRunsPage(db: Q, accountId: string, filter: RunFilter): Promise<TrainingRunRow[]> {
  let query = db.selectFrom('training_runs').selectAll().where('account_id', '=', accountId);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.orderBy('started_at', 'desc').orderBy('run_id', 'desc').limit(filter.limit).offset(filter.offset).execute();
}

export async function countRuns(db: Q, accountId: string, status: TrainingRunStatus | undefined): Promise<number> {
  let query = db
    .selectFrom('training_runs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId);
  if (status) query = query.where('status', '=', status);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findEpisodes(db: Q, accountId: string, runId: string): Promise<TrainingEpisodeRow[]> {
  return db
    .selectFrom('training_episodes')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('run_id', '=', runId)
    .orderBy('episode_number')
    .execute();
}

export async function episodeExists(db: Q, accountId: string, runId: string, episodeNumber: number): Promise<boolean> {
  const row = await db
    .selectFrom('training_episodes')
    .select('episode_number')
    .where('account_id', '=', accountId)
    .where('run_id', '=', runId)
    .where('episode_number', '=', episodeNumber)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countEpisodes(db: Q, accountId: string, runId: string): Promise<number> {
  const row = await db
    .selectFrom('training_episodes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('run_id', '=', runId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Writes an episode; one already reported under the same number is replaced whole. */
export async function upsertEpisode(db: Q, row: TrainingEpisodeRow): Promise<void> {
  const { account_id: _a, run_id: _r, episode_number: _n, ...rest } = row;
  await db
    .insertInto('training_episodes')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'run_id', 'episode_number']).doUpdateSet(rest))
    .execute();
}

/** The episodes that reported `metric`, by episode number. */
export async function findMetricSeries(
  db: Q,
  accountId: string,
  runId: string,
  metric: MetricColumn,
): Promise<Array<{ episode_number: number; value: number }>> {
  const rows = await db
    .selectFrom('training_episodes')
    .select(['episode_number', sql<number>`${sql.ref(metric)}`.as('value')])
    .where('account_id', '=', accountId)
    .where('run_id', '=', runId)
    .where(metric, 'is not', null)
    .orderBy('episode_number')
    .execute();
  return rows.map((r) => ({ episode_number: Number(r.episode_number), value: Number(r.value) }));
}

/** Raw (unrounded) aggregates of one run's episodes; see stats.ts for their meaning. */
export interface EpisodeAggregateRow {
  run_id: string;
  episodes: number;
  with_metrics: number;
  avg_roi: number | null;
  best_roi: number | null;
  worst_roi: number | null;
  avg_sharpe: number | null;
  avg_drawdown: number | null;
  avg_reward: number | null;
  best_reward: number | null;
}

/**
 * The aggregates of several runs in one pass. An episode "with metrics" reported at least one;
 * only those count, and within them a missing ROI or drawdown counts as 0 (the fact sheet's rule),
 * while Sharpe and reward average over the episodes that reported them.
 */
export async function aggregateEpisodes(db: Q, accountId: string, runIds: readonly string[]): Promise<Map<string, EpisodeAggregateRow>> {
  if (runIds.length === 0) return new Map();
  const has = sql`(roi_pct is not null or sharpe_ratio is not null or max_drawdown_pct is not null or total_trades is not null or reward_sum is not null)`;
  const rows = await db
    .selectFrom('training_episodes')
    .select([
      'run_id',
      sql<number>`count(*)`.as('episodes'),
      sql<number>`sum(case when ${has} then 1 else 0 end)`.as('with_metrics'),
      sql<number | null>`avg(case when ${has} then coalesce(roi_pct, 0) end)`.as('avg_roi'),
      sql<number | null>`max(case when ${has} then coalesce(roi_pct, 0) end)`.as('best_roi'),
      sql<number | null>`min(case when ${has} then coalesce(roi_pct, 0) end)`.as('worst_roi'),
      sql<number | null>`avg(sharpe_ratio)`.as('avg_sharpe'),
      sql<number | null>`avg(case when ${has} then coalesce(max_drawdown_pct, 0) end)`.as('avg_drawdown'),
      sql<number | null>`avg(reward_sum)`.as('avg_reward'),
      sql<number | null>`max(reward_sum)`.as('best_reward'),
    ])
    .where('account_id', '=', accountId)
    .where('run_id', 'in', runIds)
    .groupBy('run_id')
    .execute();
  return new Map(rows.map((r) => [r.run_id, r]));
}

export async function strategyBelongsTo(db: Q, accountId: string, strategyId: string): Promise<boolean> {
  const row = await db
    .selectFrom('strategies')
    .select('id')
    .where('id', '=', strategyId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function backtestSessionBelongsTo(db: Q, accountId: string, sessionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('backtest_sessions')
    .select('id')
    .where('id', '=', sessionId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}
