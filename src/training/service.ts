// The training-run use cases behind /training/*: runs a reinforcement-learning client reports
// (fact sheet §4; decisions.md rulings 9, 10, 12). Every function takes the calling account: runs
// are account-level, and a run id is the client's own choice, so a run is found by (account, id)
// and another account's run is indistinguishable from an unknown one (404 TRAINING_RUN_NOT_FOUND).
//
// Statistics are not stored: they are computed from the episodes whenever a run is read, so an
// episode reported after `complete` (the reference backend accepts those) is never left out, and
// a report sent again replaces its episode instead of counting twice.
import type {
  TrainingComparison,
  TrainingEpisode,
  TrainingEpisodeRequest,
  TrainingLearningCurve,
  TrainingMetric,
  TrainingRun,
  TrainingRunDetail,
  TrainingRunList,
  TrainingRunRegisterRequest,
  TrainingRunStatus,
} from '../../generated/types.gen.js';
import { isoTime } from '../clock.js';
import type { Account, TrainingEpisodeRow, TrainingRunRow } from '../db/schema.js';
import { DomainError, validationError } from '../errors.js';
import { isUuid } from '../ids.js';
import type { ServiceContext } from '../services/context.js';
import * as repo from './repository.js';
import { aggregateStatsOf, detailCurveOf, flattenedStats, smoothTrailing, type AggregateStats } from './stats.js';

/** Episodes one run may hold; the detail returns them all, so this bounds its size. */
export const MAX_EPISODES_PER_RUN = 10_000;
const MAX_COMPARE = 20;
/** Nesting a stored `config` may have: deep enough for any real config, shallow enough to walk recursively. */
export const MAX_CONFIG_DEPTH = 32;

function runNotFound(runId: string): DomainError {
  return new DomainError('TRAINING_RUN_NOT_FOUND', `Training run '${runId}' not found.`, { run_id: runId });
}

/** Object keys in a fixed order, so two configs that differ only in key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Refuses a config nested deeper than MAX_CONFIG_DEPTH. Checked without recursion: a 64 KB body can
 * nest ten thousand levels, which would overflow the stack of any recursive walk (JSON.stringify
 * included) and turn a client's mistake into a 500.
 */
function assertConfigDepth(config: Record<string, unknown>): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: config, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_CONFIG_DEPTH) {
      throw validationError([{ field: 'body.config', message: `must not nest deeper than ${MAX_CONFIG_DEPTH} levels` }]);
    }
    for (const child of Object.values(value as Record<string, unknown>)) stack.push({ value: child, depth: depth + 1 });
  }
}

function parseConfig(stored: string | null): Record<string, unknown> | null {
  if (stored === null) return null;
  try {
    const value: unknown = JSON.parse(stored);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function toRunDto(row: TrainingRunRow, aggregate: repo.EpisodeAggregateRow | undefined): TrainingRun {
  const config = parseConfig(row.config);
  const label = config?.strategy_label;
  const stats: AggregateStats | null = aggregateStatsOf(aggregate);
  return {
    run_id: row.run_id,
    status: row.status,
    config,
    strategy_id: row.strategy_id,
    strategy_label: typeof label === 'string' ? label : null,
    episodes_total: null,
    episodes_completed: Number(aggregate?.episodes ?? 0),
    started_at: row.started_at,
    completed_at: row.completed_at,
    ...flattenedStats(stats),
    aggregate_stats: stats,
  };
}

function toEpisodeDto(row: TrainingEpisodeRow): TrainingEpisode {
  const metrics: TrainingEpisode['metrics'] = {};
  for (const column of repo.METRIC_COLUMNS) {
    const value = row[column];
    if (value !== null) metrics[column] = Number(value);
  }
  return { episode_number: Number(row.episode_number), session_id: row.session_id, metrics, created_at: row.created_at };
}

async function runDto(ctx: ServiceContext, account: Account, row: TrainingRunRow): Promise<TrainingRun> {
  const aggregates = await repo.aggregateEpisodes(ctx.db, account.id, [row.run_id]);
  return toRunDto(row, aggregates.get(row.run_id));
}

async function ownedRun(ctx: ServiceContext, account: Account, runId: string): Promise<TrainingRunRow> {
  const row = await repo.findRun(ctx.db, account.id, runId);
  if (!row) throw runNotFound(runId);
  return row;
}

/**
 * Registers a run, or (ruling 10) answers the one already registered under that id: the same body
 * returns it as it is now, a different one is a 409 and changes nothing. One transaction, so two
 * registrations racing on one id cannot both insert.
 */
export async function registerRun(
  ctx: ServiceContext,
  account: Account,
  body: TrainingRunRegisterRequest,
): Promise<{ created: boolean; run: TrainingRun }> {
  const runId = body.run_id.toLowerCase();
  const strategyId = body.strategy_id ? body.strategy_id.toLowerCase() : null;
  const config = body.config ?? null;
  if (config !== null) assertConfigDepth(config);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findRun(trx, account.id, runId);
    if (existing) {
      const same = existing.strategy_id === strategyId && canonical(parseConfig(existing.config)) === canonical(config);
      if (!same) {
        throw new DomainError('IDEMPOTENCY_CONFLICT', `Training run '${runId}' was registered with a different body.`, {
          run_id: runId,
          reason: 'run_id_reused',
        });
      }
      return { created: false, row: existing };
    }
    if (strategyId !== null && !(await repo.strategyBelongsTo(trx, account.id, strategyId))) {
      throw new DomainError('STRATEGY_NOT_FOUND', `Strategy '${strategyId}' not found.`, { strategy_id: strategyId });
    }
    const row: TrainingRunRow = {
      account_id: account.id,
      run_id: runId,
      status: 'running',
      config: config === null ? null : JSON.stringify(config),
      strategy_id: strategyId,
      started_at: isoTime(ctx.clock.now()),
      completed_at: null,
    };
    await repo.insertRun(trx, row);
    return { created: true, row };
  });
  return { created: outcome.created, run: await runDto(ctx, account, outcome.row) };
}

/** Records (or replaces) one episode; see the spec for the rules. */
export async function reportEpisode(
  ctx: ServiceContext,
  account: Account,
  runId: string,
  body: TrainingEpisodeRequest,
): Promise<TrainingRun> {
  const sessionId = body.session_id ? body.session_id.toLowerCase() : null;
  const row = await ctx.db.transaction().execute(async (trx) => {
    const run = await repo.findRun(trx, account.id, runId);
    if (!run) throw runNotFound(runId);
    if (sessionId !== null && !(await repo.backtestSessionBelongsTo(trx, account.id, sessionId))) {
      throw new DomainError('BACKTEST_NOT_FOUND', `Backtest '${sessionId}' not found.`, { session_id: sessionId });
    }
    if (!(await repo.episodeExists(trx, account.id, runId, body.episode_number))) {
      const current = await repo.countEpisodes(trx, account.id, runId);
      if (current >= MAX_EPISODES_PER_RUN) {
        throw new DomainError('LIMIT_REACHED', `A training run may hold at most ${MAX_EPISODES_PER_RUN} episodes.`, {
          reason: 'limit_reached',
          resource: 'training_episodes',
          limit: MAX_EPISODES_PER_RUN,
          current,
        });
      }
    }
    await repo.upsertEpisode(trx, {
      account_id: account.id,
      run_id: runId,
      episode_number: body.episode_number,
      session_id: sessionId,
      roi_pct: body.roi_pct ?? null,
      sharpe_ratio: body.sharpe_ratio ?? null,
      max_drawdown_pct: body.max_drawdown_pct ?? null,
      total_trades: body.total_trades ?? null,
      reward_sum: body.reward_sum ?? null,
      created_at: isoTime(ctx.clock.now()),
    });
    return run;
  });
  return runDto(ctx, account, row);
}

export async function completeRun(ctx: ServiceContext, account: Account, runId: string): Promise<TrainingRun> {
  await ownedRun(ctx, account, runId);
  await repo.markRunCompleted(ctx.db, account.id, runId, isoTime(ctx.clock.now()));
  return runDto(ctx, account, await ownedRun(ctx, account, runId));
}

export async function listRuns(
  ctx: ServiceContext,
  account: Account,
  query: { status?: TrainingRunStatus; limit?: number; offset?: number },
): Promise<TrainingRunList> {
  const filter = { status: query.status, limit: query.limit ?? 50, offset: query.offset ?? 0 };
  const [rows, total] = await Promise.all([
    repo.findRunsPage(ctx.db, account.id, filter),
    repo.countRuns(ctx.db, account.id, filter.status),
  ]);
  const aggregates = await repo.aggregateEpisodes(
    ctx.db,
    account.id,
    rows.map((r) => r.run_id),
  );
  return { runs: rows.map((r) => toRunDto(r, aggregates.get(r.run_id))), total, limit: filter.limit, offset: filter.offset };
}

export async function getRunDetail(ctx: ServiceContext, account: Account, runId: string): Promise<TrainingRunDetail> {
  const row = await ownedRun(ctx, account, runId);
  const [run, episodes] = await Promise.all([runDto(ctx, account, row), repo.findEpisodes(ctx.db, account.id, runId)]);
  return { ...run, episodes: episodes.map(toEpisodeDto), learning_curve: detailCurveOf(episodes) };
}

export async function learningCurve(
  ctx: ServiceContext,
  account: Account,
  runId: string,
  query: { metric?: TrainingMetric; window?: number },
): Promise<TrainingLearningCurve> {
  await ownedRun(ctx, account, runId);
  const metric = query.metric ?? 'roi_pct';
  const window = query.window ?? 10;
  const series = await repo.findMetricSeries(ctx.db, account.id, runId, metric);
  const raw = series.map((p) => p.value);
  return {
    run_id: runId,
    metric,
    window,
    episode_numbers: series.map((p) => p.episode_number),
    raw_values: raw,
    smoothed_values: smoothTrailing(raw, window),
  };
}

/** The runs named, in the order asked (each once); any id that is not the account's run is a 404. */
export async function compareRuns(ctx: ServiceContext, account: Account, runIdsParam: string): Promise<TrainingComparison> {
  const ids = [...new Set(runIdsParam.split(',').map((id) => id.trim().toLowerCase()))].filter((id) => id !== '');
  if (ids.length === 0 || ids.length > MAX_COMPARE || !ids.every(isUuid)) {
    throw validationError([{ field: 'query.run_ids', message: `must be 1 to ${MAX_COMPARE} run ids (UUIDs), comma-separated` }]);
  }
  const rows = new Map((await repo.findRunsByIds(ctx.db, account.id, ids)).map((r) => [r.run_id, r]));
  const missing = ids.find((id) => !rows.has(id));
  if (missing !== undefined) throw runNotFound(missing);
  const aggregates = await repo.aggregateEpisodes(ctx.db, account.id, ids);
  return { runs: ids.map((id) => toRunDto(rows.get(id)!, aggregates.get(id))) };
}
