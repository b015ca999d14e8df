// Strategy tests (fact sheet §3, decisions.md rulings 1, 7, 8): a run tests one version of a
// strategy over N episodes of stored history and ends with per-episode metrics, their aggregate and
// rule-based recommendations. Everything is account-level: a strategy or run of another account
// answers 404 like an unknown id.
//
// How a run executes: POST …/test stores the run `queued` with its whole episode plan (windows from
// a seeded draw, the seed reported), and a background worker takes queued runs in order, at most
// STRATEGY_TEST_CONCURRENCY at a time. Each episode is a backtest session the run owns
// (BacktestService.createForStrategyTest: public /backtest routes may read it, not move it),
// stepped at the strategy's timeframe with the executor acting after every step (episode-driver.ts)
// and every position sold at its end. An episode's end is stored with its session's results in one
// write, so after a restart the worker resumes each queued or running run at its first unfinished
// episode (one interrupted mid-way is run again from its start: same plan, same orders).
//
// Cancel stops the run after the current step and marks it `cancelled`. A run ends `completed` when
// at least one episode produced metrics, else `failed`. Completion writes the results, moves the
// strategy from `testing` to `validated` (and the version from `draft` to `validated`) and records
// `strategy.test.completed` in the webhook outbox, all in one transaction; the in-process event
// follows the commit.
import { randomInt } from 'node:crypto';
import { isoTime } from '../clock.js';
import type { Account, StrategyRow, StrategyTestEpisodeRow, StrategyTestRunRow, StrategyTestStatus } from '../db/schema.js';
import { readNow, type Tx } from '../db/store.js';
import { DomainError, validationError } from '../errors.js';
import { findPairs } from '../market/market.repository.js';
import { parseAmount, formatAmount } from '../money.js';
import { findAccountById } from '../repositories/account.repository.js';
import { parseDecimalInput } from '../services/input.js';
import type { ServiceContext } from '../services/context.js';
import type { StrategyTestCompletedEvent } from '../services/events.js';
import { enqueueWebhookEventSync } from '../webhooks/outbox.js';
import { EpisodeDriver } from './episode-driver.js';
import { intersectRanges, planEpisodes } from './episodes.js';
import { TIMEFRAME_SECONDS, type NormalisedDefinition } from './executor.js';
import { recommendationsFor } from './recommendations.js';
import * as strategies from './repository.js';
import { aggregateResults, episodeMetricsOf, type EpisodeMetrics, type TestAggregate } from './test-results.js';
import * as repo from './tests-repository.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MIN_BALANCE = parseAmount('1');
const MAX_BALANCE = parseAmount('10000000');
const ENDED: ReadonlySet<StrategyTestStatus> = new Set(['completed', 'failed', 'cancelled']);
/** Runs compare-versions looks through, newest first (fact sheet §3.7). */
const COMPARE_WINDOW = 100;
const MAX_SEED = 2_147_483_647;
/** Candles one run may step through in all (episodes × candles per episode): one run must not hold the worker for hours. */
const MAX_RUN_STEPS = 1_000_000;

/** POST /strategies/{id}/test body (schema-checked by the request validator; semantics here). */
export interface StartTestBody {
  version: number;
  episodes?: number;
  date_range?: { start: string; end: string } | null;
  randomize_dates?: boolean;
  episode_duration_days?: number;
  starting_balance?: string | number;
  seed?: number;
}

/** The settings a run executes with, stored as its `config` and echoed in replies. */
export interface TestConfig {
  version: number;
  episodes: number;
  date_range: { start: string; end: string };
  /** Whether the range was the server's default (the latest data window that fits). */
  date_range_default: boolean;
  randomize_dates: boolean;
  episode_duration_days: number;
  starting_balance: string;
  seed: number;
  timeframe: NormalisedDefinition['timeframe'];
  pairs: string[];
  account_id: string;
}

export interface TestRunDto {
  test_run_id: string;
  strategy_id: string;
  status: StrategyTestStatus;
  version: number;
  episodes_total: number;
  episodes_completed: number;
  episodes_failed: number;
  progress_pct: number;
  seed: number;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
}

export interface EpisodeDto {
  episode_number: number;
  status: StrategyTestEpisodeRow['status'];
  start_time: string;
  end_time: string;
  session_id: string | null;
  /** The metrics: null until the episode completes, absent from a failed one. */
  roi_pct?: number | null;
  total_trades?: number | null;
  total_fees?: string | null;
  final_equity?: string | null;
  sharpe_ratio?: number | null;
  sortino_ratio?: number | null;
  max_drawdown_pct?: number | null;
  win_rate?: number | null;
  profit_factor?: number | null;
  by_pair?: EpisodeMetrics['by_pair'] | null;
  error: string | null;
}

export interface TestResultsDto extends TestRunDto {
  results: TestAggregate | null;
  /** The same object as `results` (the SDK examples read `metrics`). */
  metrics: TestAggregate | null;
  recommendations: string[] | null;
  config: TestConfig;
  episodes: EpisodeDto[];
  error: string | null;
}

export interface VersionMetricsDto {
  version: number;
  test_run_id: string | null;
  avg_roi_pct: number | null;
  avg_sharpe: number | null;
  avg_max_drawdown_pct: number | null;
  avg_win_rate: number | null;
  total_trades: number;
  episodes_completed: number;
}

export interface CompareVersionsDto {
  v1: VersionMetricsDto;
  v2: VersionMetricsDto;
  improvements: { roi_pct?: number; sharpe?: number };
  verdict: string;
}

function strategyNotFound(id: string): DomainError {
  return new DomainError('STRATEGY_NOT_FOUND', `Strategy '${id}' not found.`, { strategy_id: id });
}

/** Only an archived strategy cannot be tested. */
function archived(strategy: StrategyRow): DomainError {
  return new DomainError('STRATEGY_INVALID_STATE', `Strategy '${strategy.id}' is archived; it cannot be tested.`, {
    strategy_id: strategy.id,
    current_status: strategy.status,
    required_status: ['draft', 'testing', 'validated', 'deployed'],
  });
}

function runNotFound(strategyId: string, testId: string): DomainError {
  return new DomainError('TEST_RUN_NOT_FOUND', `Test run '${testId}' not found.`, { strategy_id: strategyId, test_run_id: testId });
}

/** `2025-01-01` or a date-time; without a zone it is UTC (decisions.md "Numbers and time"). */
function parseUtc(value: unknown, field: string): number {
  const text = typeof value === 'string' ? value.trim() : '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
  const ms = Date.parse(dateOnly ? `${text}T00:00:00Z` : zoned ? text : `${text}Z`);
  if (!Number.isFinite(ms)) throw validationError([{ field, message: 'must be an ISO-8601 date or date-time' }]);
  return ms;
}

function intIn(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw validationError([{ field, message: `must be an integer from ${min} to ${max}` }]);
  }
  return value;
}

function runDto(row: StrategyTestRunRow): TestRunDto {
  const config = JSON.parse(row.config) as TestConfig;
  const done = Number(row.episodes_completed) + Number(row.episodes_failed);
  const total = Number(row.episodes_total);
  return {
    test_run_id: row.id,
    strategy_id: row.strategy_id,
    status: row.status,
    version: Number(row.version),
    episodes_total: total,
    episodes_completed: Number(row.episodes_completed),
    episodes_failed: Number(row.episodes_failed),
    progress_pct: total === 0 ? 0 : Math.round((done / total) * 1000) / 10,
    seed: config.seed,
    created_at: row.created_at,
    started_at: row.started_at,
    completed_at: row.completed_at,
  };
}

function episodeDto(row: StrategyTestEpisodeRow): EpisodeDto {
  const head = {
    episode_number: Number(row.episode_number),
    status: row.status,
    start_time: isoTime(Number(row.start_ms)),
    end_time: isoTime(Number(row.end_ms)),
    session_id: row.session_id,
  };
  // A failed episode has no metrics and says so by leaving the keys out: the SDK example reads
  // `float(ep.get("roi_pct", 0.0))`, whose default covers a missing key but not a null.
  if (row.status === 'failed') return { ...head, error: row.error };
  const m = row.metrics === null ? undefined : (JSON.parse(row.metrics) as EpisodeMetrics);
  return {
    ...head,
    roi_pct: m?.roi_pct ?? null,
    total_trades: m?.total_trades ?? null,
    total_fees: m?.total_fees ?? null,
    final_equity: m?.final_equity ?? null,
    sharpe_ratio: m?.sharpe_ratio ?? null,
    sortino_ratio: m?.sortino_ratio ?? null,
    max_drawdown_pct: m?.max_drawdown_pct ?? null,
    win_rate: m?.win_rate ?? null,
    profit_factor: m?.profit_factor ?? null,
    by_pair: m?.by_pair ?? null,
    error: row.error,
  };
}

/** Why a running episode is asked to stop. */
type StopReason = 'cancel' | 'shutdown';

export class StrategyTestService {
  /** Runs waiting for a worker slot, in order. */
  private readonly waiting: string[] = [];
  /** Runs executing: their stop request and the promise that settles when they return. */
  private readonly active = new Map<string, { stop: StopReason | undefined; done: Promise<void> }>();
  private opened = false;
  private closing = false;

  constructor(private readonly ctx: ServiceContext) {}

  // --- lifecycle of the service -------------------------------------------------------------------

  /** App start: queued and running runs are taken up again, oldest first. Returns how many. */
  async open(): Promise<number> {
    this.closing = false;
    this.opened = true;
    const rows = await repo.findRunsByStatus(this.ctx.db, ['queued', 'running']);
    for (const row of rows) this.enqueue(row.id);
    return rows.length;
  }

  /**
   * App stop: no new run starts; runs executing stop after their current step, leaving the
   * interrupted episode to be run again after the next start. Waits for them.
   */
  async close(): Promise<void> {
    this.closing = true;
    this.opened = false;
    this.waiting.length = 0;
    for (const run of this.active.values()) run.stop ??= 'shutdown';
    await Promise.all([...this.active.values()].map((r) => r.done));
  }

  /** Resolves once no run is executing or waiting (tests). */
  async idle(): Promise<void> {
    while (this.active.size > 0) await Promise.all([...this.active.values()].map((r) => r.done));
  }

  private enqueue(id: string): void {
    if (this.active.has(id) || this.waiting.includes(id)) return;
    this.waiting.push(id);
    this.pump();
  }

  private pump(): void {
    while (this.opened && !this.closing && this.active.size < this.ctx.config.strategyTestConcurrency && this.waiting.length > 0) {
      const id = this.waiting.shift()!;
      const slot: { stop: StopReason | undefined; done: Promise<void> } = { stop: undefined, done: Promise.resolve() };
      this.active.set(id, slot);
      slot.done = this.execute(id, slot)
        .catch((err: unknown) =>
          this.ctx.logger?.error('strategy test run failed', {
            test_run_id: id,
            error: err instanceof Error ? (err.stack ?? err.message) : String(err),
          }),
        )
        .finally(() => {
          this.active.delete(id);
          this.pump();
        });
    }
  }

  // --- use cases ------------------------------------------------------------------------------------

  private async owned(account: Account, strategyId: string): Promise<StrategyRow> {
    const id = String(strategyId).toLowerCase();
    const row = await strategies.findOwnedStrategy(this.ctx.db, account.id, id);
    if (!row) throw strategyNotFound(strategyId);
    return row;
  }

  private async ownedRun(
    account: Account,
    strategyId: string,
    testId: string,
  ): Promise<{ strategy: StrategyRow; run: StrategyTestRunRow }> {
    const strategy = await this.owned(account, strategyId);
    const run = await repo.findRun(this.ctx.db, String(testId).toLowerCase());
    // A run of another strategy, even the caller's own, is not under this one.
    if (!run || run.strategy_id !== strategy.id) throw runNotFound(strategy.id, testId);
    return { strategy, run };
  }

  /**
   * POST /strategies/{id}/test: stores the run `queued` with its episode plan and hands it to the
   * worker. Errors: STRATEGY_NOT_FOUND 404 (strategy or version), STRATEGY_INVALID_STATE 409
   * (archived), VALIDATION_ERROR 422 (range, duration, balance), BACKTEST_NO_DATA 400 (no stored
   * candles of the timeframe for a pair in the range). The strategy goes `draft`/`validated` →
   * `testing`; a deployed one stays deployed (the live version keeps trading).
   */
  async start(account: Account, strategyId: string, body: StartTestBody): Promise<TestRunDto> {
    const strategy = await this.owned(account, strategyId);
    if (strategy.status === 'archived') throw archived(strategy);
    const versionNo = intIn(body.version, 'body.version', 1, Number.MAX_SAFE_INTEGER, 0);
    const version = await strategies.findVersion(this.ctx.db, strategy.id, versionNo);
    if (!version) {
      throw new DomainError('STRATEGY_NOT_FOUND', `Strategy '${strategy.id}' has no version ${versionNo}.`, {
        strategy_id: strategy.id,
        version: versionNo,
      });
    }
    const def = JSON.parse(version.definition) as NormalisedDefinition;
    const episodes = intIn(body.episodes, 'body.episodes', 1, 100, 10);
    const durationDays = intIn(body.episode_duration_days, 'body.episode_duration_days', 1, 365, 30);
    const durationMs = durationDays * DAY_MS;
    const randomize = body.randomize_dates ?? true;
    const seed = intIn(body.seed, 'body.seed', 0, MAX_SEED, randomInt(0, MAX_SEED));
    const balance = parseDecimalInput(body.starting_balance ?? '10000', 'body.starting_balance');
    if (balance < MIN_BALANCE || balance > MAX_BALANCE) {
      throw validationError([{ field: 'body.starting_balance', message: 'must be from 1 to 10000000' }]);
    }
    const stepMs = TIMEFRAME_SECONDS[def.timeframe] * 1000;
    if (episodes * (durationMs / stepMs) > MAX_RUN_STEPS) {
      throw validationError([
        {
          field: 'body.episodes',
          message: `episodes × candles per episode must be at most ${MAX_RUN_STEPS} (${episodes} × ${durationMs / stepMs} at ${def.timeframe}); use fewer or shorter episodes or a longer timeframe`,
        },
      ]);
    }
    const extents = await this.extents(def);
    let startMs: number;
    let endMs: number;
    const isDefault = body.date_range === undefined || body.date_range === null;
    if (!isDefault) {
      startMs = parseUtc(body.date_range!.start, 'body.date_range.start');
      endMs = parseUtc(body.date_range!.end, 'body.date_range.end');
      if (endMs <= startMs) throw validationError([{ field: 'body.date_range.end', message: 'must be after date_range.start' }]);
      const outside = def.pairs.filter((s) => {
        const e = extents.get(s);
        return !e || e.end <= startMs || e.start >= endMs;
      });
      if (outside.length > 0) throw noData(outside, def.timeframe, startMs, endMs);
    } else {
      // The latest stretch of history every pair covers without a hole and that holds at least one
      // episode; the range is its last N episodes' worth (or all of it). The first and last stored
      // candles alone are not enough: history imported long ago and the live feed's recent days
      // would span the months between them, and the episodes planned there find no candles.
      const missing = def.pairs.filter((s) => !extents.has(s));
      if (missing.length > 0) throw noData(missing, def.timeframe);
      const shared = await this.sharedStretches(def);
      const fits = (r: { start: number; end: number }) => r.end - Math.ceil(r.start / stepMs) * stepMs >= durationMs;
      const stretch = [...shared].reverse().find(fits);
      if (!stretch) {
        const longest = shared.reduce<{ start: number; end: number } | undefined>(
          (best, r) => (!best || r.end - r.start > best.end - best.start ? r : best),
          undefined,
        );
        const earliest = longest?.start ?? Math.max(...def.pairs.map((s) => extents.get(s)!.start));
        const latest = longest?.end ?? Math.min(...def.pairs.map((s) => extents.get(s)!.end));
        throw new DomainError(
          'BACKTEST_NO_DATA',
          `The longest stretch of stored ${def.timeframe} history the pairs share (${isoTime(earliest)} to ${isoTime(latest)}) is shorter than one episode of ${durationDays} days.`,
          {
            symbols: def.pairs,
            candle_interval: def.timeframe,
            start_time: isoTime(earliest),
            end_time: isoTime(latest),
            reason: 'range_too_short',
          },
        );
      }
      endMs = stretch.end;
      startMs = Math.max(stretch.start, endMs - episodes * durationMs);
      // The last N episodes' worth may start off the grid; the whole stretch then still fits one.
      if (endMs - Math.ceil(startMs / stepMs) * stepMs < durationMs) startMs = stretch.start;
    }
    if (endMs - Math.ceil(startMs / stepMs) * stepMs < durationMs) {
      throw validationError([{ field: 'body.episode_duration_days', message: 'is longer than date_range' }]);
    }
    const windows = planEpisodes({ startMs, endMs, count: episodes, durationMs, stepMs, randomize, seed });
    const config: TestConfig = {
      version: versionNo,
      episodes,
      date_range: { start: isoTime(startMs), end: isoTime(endMs) },
      date_range_default: isDefault,
      randomize_dates: randomize,
      episode_duration_days: durationDays,
      starting_balance: formatAmount(balance),
      seed,
      timeframe: def.timeframe,
      pairs: def.pairs,
      account_id: account.id,
    };
    const now = isoTime(this.ctx.clock.now());
    const run: StrategyTestRunRow = {
      id: this.ctx.ids.next(),
      strategy_id: strategy.id,
      account_id: account.id,
      version: versionNo,
      status: 'queued',
      config: JSON.stringify(config),
      episodes_total: episodes,
      episodes_completed: 0,
      episodes_failed: 0,
      results: null,
      recommendations: null,
      error: null,
      cancel_requested: 0,
      created_at: now,
      started_at: null,
      completed_at: null,
    };
    await this.ctx.writes.submit(async (tx) => {
      // Read again inside the write: an archive may have landed since the check above.
      const current = await strategies.findStrategySync(tx, strategy.id);
      if (!current) throw strategyNotFound(strategy.id);
      if (current.status === 'archived') throw archived(current);
      await repo.insertRun(tx, run);
      for (const [i, w] of windows.entries()) {
        await repo.insertEpisode(tx, {
          test_run_id: run.id,
          episode_number: i + 1,
          start_ms: w.start,
          end_ms: w.end,
          status: 'pending',
          session_id: null,
          metrics: null,
          error: null,
          completed_at: null,
        });
      }
      if (current.status === 'draft' || current.status === 'validated') {
        await strategies.updateStrategy(tx, { ...current, status: 'testing', updated_at: now });
      }
    });
    this.enqueue(run.id);
    return runDto(run);
  }

  /** GET /strategies/{id}/tests: the newest runs first, `limit` 1–100 (20) after `offset`. */
  async list(account: Account, strategyId: string, page: { limit?: number; offset?: number } = {}): Promise<TestRunDto[]> {
    const limit = intIn(page.limit, 'query.limit', 1, 100, 20);
    const offset = intIn(page.offset, 'query.offset', 0, 100_000, 0);
    const strategy = await this.owned(account, strategyId);
    const rows = await repo.findRunsOfStrategy(this.ctx.db, strategy.id, limit + offset);
    return rows.slice(offset).map(runDto);
  }

  /** GET /strategies/{id}/tests/{test_id}: the run with its episodes and, once ended, its results. */
  async get(account: Account, strategyId: string, testId: string): Promise<TestResultsDto> {
    const { run } = await this.ownedRun(account, strategyId, testId);
    return this.resultsDto(run);
  }

  /** GET /strategies/{id}/test-results: the newest completed run; none → STRATEGY_NOT_FOUND 404. */
  async latestResults(account: Account, strategyId: string): Promise<TestResultsDto> {
    const strategy = await this.owned(account, strategyId);
    const run = await repo.findLatestCompletedRun(this.ctx.db, strategy.id);
    if (!run) {
      throw new DomainError('STRATEGY_NOT_FOUND', 'No completed test results found.', {
        strategy_id: strategy.id,
        reason: 'no_completed_test',
      });
    }
    return this.resultsDto(run);
  }

  private async resultsDto(run: StrategyTestRunRow): Promise<TestResultsDto> {
    const episodes = await repo.findEpisodes(this.ctx.db, run.id);
    const results = run.results === null ? null : (JSON.parse(run.results) as TestAggregate);
    return {
      ...runDto(run),
      results,
      metrics: results,
      recommendations: run.recommendations === null ? null : (JSON.parse(run.recommendations) as string[]),
      config: JSON.parse(run.config) as TestConfig,
      episodes: episodes.map(episodeDto),
      error: run.error,
    };
  }

  /**
   * POST /strategies/{id}/tests/{test_id}/cancel: a queued run is cancelled at once; a running one
   * stops after its current step (the reply comes once it has). An ended run is returned as it is.
   */
  async cancel(account: Account, strategyId: string, testId: string): Promise<TestRunDto> {
    const { run } = await this.ownedRun(account, strategyId, testId);
    if (ENDED.has(run.status)) return runDto(run);
    const slot = this.active.get(run.id);
    if (slot) {
      slot.stop = 'cancel';
      await this.ctx.writes.submit(async (tx) => {
        const current = await repo.findRunSync(tx, run.id);
        if (current && !ENDED.has(current.status)) await repo.updateRun(tx, { ...current, cancel_requested: 1 });
      });
      await slot.done;
    } else {
      const index = this.waiting.indexOf(run.id);
      if (index >= 0) this.waiting.splice(index, 1);
      await this.finishCancelled(run.id);
    }
    const after = await repo.findRun(this.ctx.db, run.id);
    return runDto(after!);
  }

  /**
   * GET /strategies/{id}/compare-versions: for each version, the newest completed run among the
   * strategy's newest 100; the differences v2 − v1 where both have a value, and a verdict.
   */
  async compareVersions(account: Account, strategyId: string, v1: number | undefined, v2: number | undefined): Promise<CompareVersionsDto> {
    if (v1 === undefined || v2 === undefined) {
      const missing = [v1 === undefined ? 'v1' : undefined, v2 === undefined ? 'v2' : undefined].filter((n) => n !== undefined);
      throw validationError(missing.map((name) => ({ field: `query.${name}`, message: 'is required' })));
    }
    intIn(v1, 'query.v1', 1, Number.MAX_SAFE_INTEGER, 1);
    intIn(v2, 'query.v2', 1, Number.MAX_SAFE_INTEGER, 1);
    const strategy = await this.owned(account, strategyId);
    const runs = await repo.findRunsOfStrategy(this.ctx.db, strategy.id, COMPARE_WINDOW);
    const metricsOf = (version: number): VersionMetricsDto => {
      const completed = runs
        .filter((r) => r.status === 'completed' && Number(r.version) === version && r.results !== null)
        .sort((a, b) => (a.completed_at! < b.completed_at! ? 1 : a.completed_at! > b.completed_at! ? -1 : 0));
      const run = completed[0];
      const results = run ? (JSON.parse(run.results!) as TestAggregate) : undefined;
      return {
        version,
        test_run_id: run?.id ?? null,
        avg_roi_pct: results?.avg_roi_pct ?? null,
        avg_sharpe: results?.avg_sharpe ?? null,
        avg_max_drawdown_pct: results?.avg_max_drawdown_pct ?? null,
        avg_win_rate: results?.avg_win_rate ?? null,
        total_trades: results?.total_trades ?? 0,
        episodes_completed: results?.episodes_completed ?? 0,
      };
    };
    const a = metricsOf(v1);
    const b = metricsOf(v2);
    const improvements: CompareVersionsDto['improvements'] = {};
    const delta = (x: number, y: number) => Math.round((y - x) * 10_000) / 10_000 || 0;
    if (a.avg_roi_pct !== null && b.avg_roi_pct !== null) improvements.roi_pct = delta(a.avg_roi_pct, b.avg_roi_pct);
    if (a.avg_sharpe !== null && b.avg_sharpe !== null) improvements.sharpe = delta(a.avg_sharpe, b.avg_sharpe);
    let verdict: string;
    if (a.test_run_id === null && b.test_run_id === null) verdict = 'No completed test results available for either version.';
    else if (a.test_run_id === null) verdict = `No completed test results for version ${v1}. Cannot compare.`;
    else if (b.test_run_id === null) verdict = `No completed test results for version ${v2}. Cannot compare.`;
    else {
      const roiBetter = (improvements.roi_pct ?? 0) > 0;
      const sharpeBetter = (improvements.sharpe ?? 0) > 0;
      if (roiBetter && sharpeBetter) verdict = `Version ${v2} improves on version ${v1} across both ROI and Sharpe ratio.`;
      else if (roiBetter) verdict = `Version ${v2} has better ROI but worse risk-adjusted returns than version ${v1}.`;
      else if (sharpeBetter) verdict = `Version ${v2} has better risk-adjusted returns but lower ROI than version ${v1}.`;
      else verdict = `Version ${v1} outperforms version ${v2} on both metrics.`;
    }
    return { v1: a, v2: b, improvements, verdict };
  }

  // --- the worker -----------------------------------------------------------------------------------

  /** The first and last closed candle time of each pair at the timeframe, as stored. */
  private async extents(def: NormalisedDefinition): Promise<Map<string, { start: number; end: number }>> {
    const stepMs = TIMEFRAME_SECONDS[def.timeframe] * 1000;
    const interval = def.timeframe;
    return readNow(this.ctx.db, async (tx) => {
      const out = new Map<string, { start: number; end: number }>();
      for (const symbol of def.pairs) {
        const e = await repo.candleExtentSync(tx, symbol, interval);
        if (e) out.set(symbol, { start: e.first, end: e.last + stepMs });
      }
      return out;
    });
  }

  /**
   * The stretches of time in which every pair of the definition has its timeframe's candles
   * without a hole, oldest first, as [start, end) in Unix ms (end: the last candle's close). A hole
   * is more than an hour without candles (more than one candle at 4h and 1d): a short outage of
   * the feed does not split the history, a missing day does.
   */
  private async sharedStretches(def: NormalisedDefinition): Promise<Array<{ start: number; end: number }>> {
    const stepMs = TIMEFRAME_SECONDS[def.timeframe] * 1000;
    const gapMs = Math.max(2 * stepMs, HOUR_MS);
    const perPair = await readNow(this.ctx.db, async (tx) => {
      const out: Array<Array<{ start: number; end: number }>> = [];
      for (const symbol of def.pairs) {
        out.push((await repo.candleStretchesSync(tx, symbol, def.timeframe, gapMs)).map((r) => ({ start: r.first, end: r.last + stepMs })));
      }
      return out;
    });
    return perPair.reduce((acc, ranges) => intersectRanges(acc, ranges));
  }

  private async execute(id: string, slot: { stop: StopReason | undefined }): Promise<void> {
    let run = await repo.findRun(this.ctx.db, id);
    if (!run || ENDED.has(run.status)) return;
    if (run.cancel_requested === 1) return this.finishCancelled(id);
    const account = await findAccountById(this.ctx.db, run.account_id);
    const version = await strategies.findVersion(this.ctx.db, run.strategy_id, Number(run.version));
    if (!account || !version) return this.finish(id, 'the strategy version no longer exists');
    const def = JSON.parse(version.definition) as NormalisedDefinition;
    const config = JSON.parse(run.config) as TestConfig;
    // Sessions an earlier process left unfinished: their episodes run again from the start.
    for (const sessionId of await repo.findOpenSessionsOfRun(this.ctx.db, id)) await this.ctx.backtests.endForStrategyTest(sessionId);
    if (run.status === 'queued') {
      const started = { ...run, status: 'running' as const, started_at: isoTime(this.ctx.clock.now()) };
      await this.ctx.writes.submit(async (tx) => {
        const current = await repo.findRunSync(tx, id);
        if (current && current.status === 'queued')
          await repo.updateRun(tx, { ...current, status: 'running', started_at: started.started_at });
      });
      run = started;
    }
    const pairs = new Map((await findPairs(this.ctx.db)).map((p) => [p.symbol, p]));
    const rules = {
      stepSizes: new Map(def.pairs.filter((s) => pairs.has(s)).map((s) => [s, parseAmount(pairs.get(s)!.step_size)])),
      minQuantities: new Map(def.pairs.filter((s) => pairs.has(s)).map((s) => [s, parseAmount(pairs.get(s)!.min_qty)])),
    };
    for (const episode of await repo.findEpisodes(this.ctx.db, id)) {
      if (episode.status === 'completed' || episode.status === 'failed' || episode.status === 'cancelled') continue;
      if (slot.stop === 'shutdown') return;
      if (slot.stop === 'cancel') break;
      await this.runEpisode(account, run, config, def, episode, rules, slot);
    }
    if (slot.stop === 'shutdown') return;
    if (slot.stop === 'cancel') return this.finishCancelled(id);
    return this.finish(id);
  }

  /** One episode: its session created, run with the executor, its end stored with the episode's. */
  private async runEpisode(
    account: Account,
    run: StrategyTestRunRow,
    config: TestConfig,
    def: NormalisedDefinition,
    episode: StrategyTestEpisodeRow,
    rules: ConstructorParameters<typeof EpisodeDriver>[4],
    slot: { stop: StopReason | undefined },
  ): Promise<void> {
    const start = Number(episode.start_ms);
    const end = Number(episode.end_ms);
    let sessionId: string;
    try {
      sessionId = await this.ctx.backtests.createForStrategyTest(account, run.id, {
        start_time: isoTime(start),
        end_time: isoTime(end),
        candle_interval: TIMEFRAME_SECONDS[def.timeframe],
        pairs: def.pairs,
        starting_balance: config.starting_balance,
        strategy_label: `strategy_test_${run.id}_ep_${episode.episode_number}`,
      });
    } catch (err) {
      // No data in this window (a gap in history): the episode fails, the run goes on.
      await this.endEpisode(run.id, episode, 'failed', err instanceof Error ? err.message : String(err));
      return;
    }
    await this.ctx.writes.submit((tx) => repo.updateEpisode(tx, { ...episode, status: 'running', session_id: sessionId }));
    const driver = new EpisodeDriver(def, def.timeframe, TIMEFRAME_SECONDS[def.timeframe] * 1000, start, rules);
    try {
      await this.ctx.backtests.runForStrategyTest(sessionId, {
        load: (tx, until) => driver.load(tx, until),
        onStep: (view) => driver.onStep(view),
        shouldStop: () => slot.stop !== undefined,
        onEnd: async (tx, row) => {
          const current = { ...episode, session_id: sessionId };
          if (slot.stop === 'shutdown') {
            // Run again after the restart, from its start.
            await repo.updateEpisode(tx, { ...current, status: 'pending', session_id: null });
          } else if (slot.stop === 'cancel') {
            await repo.updateEpisode(tx, { ...current, status: 'cancelled', completed_at: isoTime(this.ctx.clock.now()) });
          } else {
            const metrics = episodeMetricsOf(row);
            await repo.updateEpisode(tx, {
              ...current,
              status: 'completed',
              metrics: JSON.stringify(metrics),
              completed_at: isoTime(this.ctx.clock.now()),
            });
            const r = (await repo.findRunSync(tx, run.id))!;
            await repo.updateRun(tx, { ...r, episodes_completed: Number(r.episodes_completed) + 1 });
          }
        },
      });
    } catch (err) {
      this.ctx.logger?.error('strategy test episode failed', {
        test_run_id: run.id,
        episode: episode.episode_number,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      });
      await this.endEpisode(run.id, { ...episode, session_id: sessionId }, 'failed', err instanceof Error ? err.message : String(err));
    }
  }

  private async endEpisode(runId: string, episode: StrategyTestEpisodeRow, status: 'failed', error: string): Promise<void> {
    await this.ctx.writes.submit(async (tx) => {
      await repo.updateEpisode(tx, { ...episode, status, error, completed_at: isoTime(this.ctx.clock.now()) });
      const r = (await repo.findRunSync(tx, runId))!;
      await repo.updateRun(tx, { ...r, episodes_failed: Number(r.episodes_failed) + 1 });
    });
  }

  /**
   * Ends the run from its stored episodes: `completed` with results and recommendations when at
   * least one produced metrics, else `failed`. One write with the strategy's and version's status
   * and the webhook outbox; the event after the commit.
   */
  private async finish(id: string, error?: string): Promise<void> {
    const run = await repo.findRun(this.ctx.db, id);
    if (!run || ENDED.has(run.status)) return;
    const episodes = await repo.findEpisodes(this.ctx.db, id);
    const metrics = episodes
      .filter((e) => e.status === 'completed' && e.metrics !== null)
      .map((e) => JSON.parse(e.metrics!) as EpisodeMetrics);
    const version = await strategies.findVersion(this.ctx.db, run.strategy_id, Number(run.version));
    const status: 'completed' | 'failed' = metrics.length > 0 && version ? 'completed' : 'failed';
    let event: StrategyTestCompletedEvent | undefined;
    await this.ctx.writes.submit(async (tx) => {
      const current = await repo.findRunSync(tx, id);
      if (!current || ENDED.has(current.status)) return;
      const now = isoTime(this.ctx.clock.now());
      const numTrials = await strategies.maxVersionSync(tx, run.strategy_id);
      const results = status === 'completed' ? aggregateResults(metrics, numTrials) : null;
      const def = version ? (JSON.parse(version.definition) as NormalisedDefinition) : undefined;
      const ended: StrategyTestRunRow = {
        ...current,
        status,
        results: results ? JSON.stringify(results) : null,
        recommendations: results && def ? JSON.stringify(recommendationsFor(results, def)) : null,
        error: status === 'failed' ? (error ?? 'no episode produced metrics') : null,
        completed_at: now,
      };
      await repo.updateRun(tx, ended);
      if (status === 'completed') {
        const v = await strategies.findVersionSync(tx, run.strategy_id, Number(run.version));
        if (v && v.status === 'draft') await strategies.setVersionStatus(tx, run.strategy_id, v.version, 'validated');
      }
      await this.settleStrategySync(tx, run.strategy_id, id, now);
      event = {
        account_id: run.account_id,
        test_run_id: run.id,
        strategy_id: run.strategy_id,
        version: Number(run.version),
        status,
      };
      await enqueueWebhookEventSync(tx, this.ctx, run.account_id, 'strategy.test.completed', {
        test_run_id: run.id,
        strategy_id: run.strategy_id,
        version: Number(run.version),
        status,
        episodes_completed: metrics.length,
        episodes_total: Number(run.episodes_total),
        ...(results
          ? { avg_roi_pct: results.avg_roi_pct, avg_sharpe: results.avg_sharpe, avg_max_drawdown_pct: results.avg_max_drawdown_pct }
          : {}),
      });
    });
    if (event) this.ctx.events.emitStrategyTestCompleted(event);
  }

  /** Marks the run `cancelled` (its completed episodes kept, with their aggregate; no recommendations). */
  private async finishCancelled(id: string): Promise<void> {
    const episodes = await repo.findEpisodes(this.ctx.db, id);
    const metrics = episodes
      .filter((e) => e.status === 'completed' && e.metrics !== null)
      .map((e) => JSON.parse(e.metrics!) as EpisodeMetrics);
    await this.ctx.writes.submit(async (tx) => {
      const current = await repo.findRunSync(tx, id);
      if (!current || ENDED.has(current.status)) return;
      const now = isoTime(this.ctx.clock.now());
      for (const e of episodes) {
        if (e.status === 'pending' || e.status === 'running')
          await repo.updateEpisode(tx, { ...e, status: 'cancelled', completed_at: now });
      }
      const results = metrics.length > 0 ? aggregateResults(metrics, await strategies.maxVersionSync(tx, current.strategy_id)) : null;
      await repo.updateRun(tx, {
        ...current,
        status: 'cancelled',
        cancel_requested: 1,
        results: results ? JSON.stringify(results) : null,
        completed_at: now,
      });
      await this.settleStrategySync(tx, current.strategy_id, id, now);
    });
  }

  /**
   * A strategy `testing` whose last active run just ended: `validated` once any run of it
   * completed, else back to `draft`. Other statuses are left alone (a deployed strategy stays
   * deployed, an archived one archived).
   */
  private async settleStrategySync(tx: Tx, strategyId: string, endedRunId: string, now: string): Promise<void> {
    const strategy = await strategies.findStrategySync(tx, strategyId);
    if (!strategy || strategy.status !== 'testing') return;
    if ((await repo.countActiveRunsSync(tx, strategyId, endedRunId)) > 0) return;
    const status = (await repo.countCompletedRunsSync(tx, strategyId)) > 0 ? 'validated' : 'draft';
    await strategies.updateStrategy(tx, { ...strategy, status, updated_at: now });
  }
}

function noData(symbols: string[], timeframe: string, startMs?: number, endMs?: number): DomainError {
  const range = startMs !== undefined && endMs !== undefined ? ` between ${isoTime(startMs)} and ${isoTime(endMs)}` : '';
  return new DomainError('BACKTEST_NO_DATA', `No stored ${timeframe} candles${range} for: ${symbols.join(', ')}.`, {
    symbols,
    candle_interval: timeframe,
    ...(startMs !== undefined ? { start_time: isoTime(startMs) } : {}),
    ...(endMs !== undefined ? { end_time: isoTime(endMs) } : {}),
  });
}
