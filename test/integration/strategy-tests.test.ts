// Strategy test runs over seeded candles: episodes run as test-owned backtest sessions with the
// executor acting every candle, per-episode and aggregate metrics, recommendations, the seed's
// determinism, cancel, and resuming after a restart on a file database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/db/schema.js';
import { DomainError } from '../../src/errors.js';
import type { StrategyTestCompletedEvent } from '../../src/services/events.js';
import type { NormalisedDefinition } from '../../src/strategies/executor.js';
import * as strategies from '../../src/strategies/repository.js';
import type { TestResultsDto } from '../../src/strategies/tests-service.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { addPair, bars, storeBars, T0, trader, walk } from './backtest-fixtures.js';

type Ctx = Awaited<ReturnType<typeof createServiceContext>>;
const DAYS = 12;
const MINUTES = DAYS * 1440;

const DEFINITION: NormalisedDefinition = {
  pairs: ['BTCUSDT', 'ETHUSDT'],
  timeframe: '5m',
  entry_conditions: { rsi_below: 45, macd_cross_above: false },
  exit_conditions: { take_profit_pct: 1.5, stop_loss_pct: 1, max_hold_candles: 24 },
  position_size_pct: 20,
  max_positions: 2,
  filters: {},
  model_type: 'rule_based',
  model_reference: null,
};

const dir = mkdtempSync(join(tmpdir(), 'tradeready-strategy-tests-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seeded(env: Record<string, string> = {}, withData = true): Promise<Ctx> {
  const ctx = await createServiceContext(env);
  if (withData) {
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await addPair(ctx, 'ETHUSDT', 'ETH');
    await storeBars(ctx, 'BTCUSDT', bars(T0, walk(MINUTES, 7)));
    await storeBars(ctx, 'ETHUSDT', bars(T0, walk(MINUTES, 11)));
  }
  return ctx;
}

/** A draft strategy with version 1 of `definition`, stored as the strategies service stores it. */
async function strategyOf(ctx: Ctx, account: Account, definition: NormalisedDefinition = DEFINITION): Promise<string> {
  const id = ctx.ids.next();
  const now = new Date(ctx.clock.now()).toISOString();
  await ctx.writes.submit(async (tx) => {
    await strategies.insertStrategy(tx, {
      id,
      account_id: account.id,
      name: 'rsi dip',
      description: null,
      status: 'draft',
      current_version: 1,
      deployed_version: null,
      deployed_agent_id: null,
      deployed_at: null,
      created_at: now,
      updated_at: now,
    });
    await strategies.insertVersion(tx, {
      id: ctx.ids.next(),
      strategy_id: id,
      version: 1,
      definition: JSON.stringify(definition),
      definition_input: JSON.stringify(definition),
      change_notes: 'Initial version',
      parent_version: null,
      status: 'draft',
      created_at: now,
    });
  });
  return id;
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition never held');
}

/** The results without what differs between two runs of the same test (ids, times). */
function comparable(r: TestResultsDto) {
  return {
    results: r.results,
    recommendations: r.recommendations,
    episodes: r.episodes.map((e) => ({ ...e, session_id: null })),
    seed: r.seed,
    date_range: r.config.date_range,
  };
}

describe('strategy tests', () => {
  let ctx: Ctx | undefined;
  afterEach(async () => {
    await ctx?.strategyTests.close();
    await ctx?.backtests.close();
    await ctx?.db.destroy();
    ctx = undefined;
  });

  it('runs every episode at the strategy timeframe and ends with metrics, an aggregate and recommendations', async () => {
    ctx = await seeded();
    const { account } = await trader(ctx, 'tester');
    const sid = await strategyOf(ctx, account);
    const events: StrategyTestCompletedEvent[] = [];
    ctx.events.onStrategyTestCompleted((e) => events.push(e));
    await ctx.strategyTests.open();

    const queued = await ctx.strategyTests.start(account, sid, { version: 1, episodes: 10, episode_duration_days: 1, seed: 42 });
    expect(queued).toMatchObject({ status: 'queued', episodes_total: 10, episodes_completed: 0, progress_pct: 0, seed: 42, version: 1 });
    expect((await ctx.strategies.get(account, sid)).status).toBe('testing');
    await ctx.strategyTests.idle();

    const done = await ctx.strategyTests.get(account, sid, queued.test_run_id);
    expect(done.status).toBe('completed');
    expect(done.progress_pct).toBe(100);
    expect(done.episodes_completed).toBe(10);
    // The default range is the latest stored window that holds the episodes.
    expect(done.config.date_range_default).toBe(true);
    expect(done.config.date_range.end).toBe(new Date(T0 + MINUTES * 60_000).toISOString());
    expect(done.config.date_range.start).toBe(new Date(T0 + (MINUTES - 10 * 1440) * 60_000).toISOString());
    // Ten non-overlapping one-day windows in ten days: back to back, in order.
    const starts = done.episodes.map((e) => Date.parse(e.start_time));
    for (let i = 0; i < 10; i++) {
      const e = done.episodes[i]!;
      expect(Date.parse(e.end_time) - Date.parse(e.start_time)).toBe(86_400_000);
      if (i > 0) expect(starts[i]!).toBeGreaterThanOrEqual(Date.parse(done.episodes[i - 1]!.end_time));
    }
    const totalTrades = done.episodes.reduce((a, e) => a + (e.total_trades ?? 0), 0);
    expect(totalTrades).toBeGreaterThan(0);
    for (const e of done.episodes) {
      expect(e.status).toBe('completed');
      expect(typeof e.roi_pct).toBe('number');
      expect(e.session_id).not.toBeNull();
      // Each episode is a completed session at the timeframe, every position sold at its end.
      const session = await ctx.backtests.status(account, e.session_id!);
      expect(session).toMatchObject({ status: 'completed', candle_interval: '5m', total_steps: 288 });
      expect((await ctx.backtests.positions(account, e.session_id!)).positions).toEqual([]);
      // Entries and exits come in pairs: every buy was sold by the end.
      expect((e.total_trades ?? 0) % 2).toBe(0);
    }
    const results = done.results!;
    expect(done.metrics).toEqual(results);
    expect(results.episodes_completed).toBe(10);
    expect(results.total_trades).toBe(totalTrades);
    expect(results.avg_roi_pct).toBeCloseTo(done.episodes.reduce((a, e) => a + e.roi_pct!, 0) / 10, 3);
    expect(results.win_rate_pct).toBe(results.episodes_profitable_pct);
    expect(Object.keys(results.by_pair).sort()).toEqual(['BTCUSDT', 'ETHUSDT']);
    // Ten episodes with a Sharpe ratio: the Deflated Sharpe test ran, with one trial (one version).
    expect(results.deflated_sharpe).toMatchObject({ num_trials: 1, num_returns: 10 });
    expect(Array.isArray(done.recommendations)).toBe(true);
    expect(done.recommendations!.length).toBeGreaterThan(0);

    // The strategy and its version are validated; the webhook outbox and the event announce it.
    expect((await ctx.strategies.get(account, sid)).status).toBe('validated');
    const version = await ctx.db.selectFrom('strategy_versions').select('status').where('strategy_id', '=', sid).executeTakeFirstOrThrow();
    expect(version.status).toBe('validated');
    expect(events).toEqual([
      { account_id: account.id, test_run_id: queued.test_run_id, strategy_id: sid, version: 1, status: 'completed' },
    ]);
    const outbox = await ctx.db.selectFrom('webhook_events').selectAll().where('event', '=', 'strategy.test.completed').execute();
    expect(outbox).toHaveLength(1);

    expect((await ctx.strategyTests.latestResults(account, sid)).test_run_id).toBe(queued.test_run_id);
    expect(await ctx.strategyTests.list(account, sid)).toHaveLength(1);
  });

  it('plans the default range inside the latest stretch every pair covers without a hole; failed episodes carry no metric keys', async () => {
    ctx = await seeded();
    // Besides the twelve days from T0 (both pairs): three days of ETHUSDT alone from T0 + 50 days,
    // and one day of both from T0 + 100 days (a live feed's recent day). The months between hold
    // nothing; the first and last stored candles alone would put the range, and the episodes
    // planned in it, in that hole.
    const DAY = 86_400_000;
    await storeBars(ctx, 'ETHUSDT', bars(T0 + 50 * DAY, walk(3 * 1440, 5)));
    await storeBars(ctx, 'BTCUSDT', bars(T0 + 100 * DAY, walk(1440, 3)));
    await storeBars(ctx, 'ETHUSDT', bars(T0 + 100 * DAY, walk(1440, 9)));
    const { account } = await trader(ctx, 'gaps');
    const sid = await strategyOf(ctx, account);
    await ctx.strategyTests.open();

    // Two-day episodes fit neither the recent day nor ETHUSDT's lone stretch: the twelve days.
    const run = await ctx.strategyTests.start(account, sid, { version: 1, episodes: 3, episode_duration_days: 2, seed: 5 });
    await ctx.strategyTests.idle();
    const done = await ctx.strategyTests.get(account, sid, run.test_run_id);
    expect(done.config.date_range).toEqual({ start: new Date(T0 + 6 * DAY).toISOString(), end: new Date(T0 + 12 * DAY).toISOString() });
    expect(done.episodes.map((e) => e.status)).toEqual(['completed', 'completed', 'completed']);
    for (const e of done.episodes) {
      expect(Date.parse(e.start_time)).toBeGreaterThanOrEqual(T0 + 6 * DAY);
      expect(Date.parse(e.end_time)).toBeLessThanOrEqual(T0 + 12 * DAY);
    }

    // One-day episodes fit the recent day, the latest stretch both pairs share.
    const recent = await ctx.strategyTests.start(account, sid, { version: 1, episodes: 2, episode_duration_days: 1 });
    await ctx.strategyTests.idle();
    expect((await ctx.strategyTests.get(account, sid, recent.test_run_id)).config.date_range).toEqual({
      start: new Date(T0 + 100 * DAY).toISOString(),
      end: new Date(T0 + 101 * DAY).toISOString(),
    });

    // Longer than any shared stretch: refused up front, naming the longest one.
    const err = await ctx.strategyTests
      .start(account, sid, { version: 1, episodes: 1, episode_duration_days: 13 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({
      code: 'BACKTEST_NO_DATA',
      details: { reason: 'range_too_short', start_time: new Date(T0).toISOString(), end_time: new Date(T0 + 12 * DAY).toISOString() },
    });

    // An explicit range is the caller's: an episode past the stored candles fails, and a failed
    // episode leaves its metric keys out (the SDK example's `float(ep.get("roi_pct", 0.0))`).
    const explicit = await ctx.strategyTests.start(account, sid, {
      version: 1,
      episodes: 3,
      episode_duration_days: 2,
      randomize_dates: false,
      date_range: { start: new Date(T0 + 9 * DAY).toISOString(), end: new Date(T0 + 15 * DAY).toISOString() },
    });
    await ctx.strategyTests.idle();
    const mixed = await ctx.strategyTests.get(account, sid, explicit.test_run_id);
    expect(mixed.status).toBe('completed');
    expect(mixed.episodes.map((e) => e.status)).toEqual(['completed', 'completed', 'failed']);
    expect(typeof mixed.episodes[0]!.roi_pct).toBe('number');
    const failed = mixed.episodes[2]!;
    expect(Object.keys(failed).sort()).toEqual(['end_time', 'episode_number', 'error', 'session_id', 'start_time', 'status']);
    expect(failed.error).toContain('No stored 5m candles');
  });

  it('test-owned sessions refuse the public mutating backtest calls', async () => {
    ctx = await seeded();
    const { account } = await trader(ctx, 'owner');
    const sid = await strategyOf(ctx, account);
    await ctx.strategyTests.open();
    const run = await ctx.strategyTests.start(account, sid, { version: 1, episodes: 1, episode_duration_days: 1, seed: 1 });
    await ctx.strategyTests.idle();
    const { episodes } = await ctx.strategyTests.get(account, sid, run.test_run_id);
    // A fresh session of the same run, never started: the owner may not start it.
    const id = await ctx.backtests.createForStrategyTest(account, run.test_run_id, {
      start_time: episodes[0]!.start_time,
      end_time: episodes[0]!.end_time,
      candle_interval: 300,
      pairs: ['BTCUSDT'],
      starting_balance: '1000',
      strategy_label: 'x',
    });
    try {
      await ctx.backtests.start(account, id);
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).details).toMatchObject({ reason: 'strategy_test_session', strategy_test_id: run.test_run_id });
    }
    expect(await codeOf(ctx.backtests.cancel(account, episodes[0]!.session_id!))).toBe('BACKTEST_INVALID_STATE');
    // Reads are allowed.
    expect((await ctx.backtests.results(account, episodes[0]!.session_id!)).status).toBe('completed');
  });

  it('the same seed gives the same windows and the same results; another seed other windows', async () => {
    ctx = await seeded();
    const { account } = await trader(ctx, 'seeder');
    const sid = await strategyOf(ctx, account);
    await ctx.strategyTests.open();
    const body = { version: 1, episodes: 4, episode_duration_days: 1, seed: 1234, date_range: { start: '2025-01-07', end: '2025-01-17' } };
    const a = await ctx.strategyTests.start(account, sid, body);
    const b = await ctx.strategyTests.start(account, sid, body);
    const c = await ctx.strategyTests.start(account, sid, { ...body, seed: 99 });
    await ctx.strategyTests.idle();
    const [ra, rb, rc] = await Promise.all([a, b, c].map((r) => ctx!.strategyTests.get(account, sid, r.test_run_id)));
    expect(ra!.status).toBe('completed');
    expect(comparable(ra!)).toEqual(comparable(rb!));
    expect(rc!.episodes.map((e) => e.start_time)).not.toEqual(ra!.episodes.map((e) => e.start_time));
    // Random windows inside the range, on the 5-minute grid, not overlapping.
    for (const r of [ra!, rc!]) {
      const ws = r.episodes.map((e) => [Date.parse(e.start_time), Date.parse(e.end_time)] as const);
      for (const [s, e] of ws) {
        expect(s).toBeGreaterThanOrEqual(Date.parse('2025-01-07T00:00:00Z'));
        expect(e).toBeLessThanOrEqual(Date.parse('2025-01-17T00:00:00Z'));
        expect(s % 300_000).toBe(0);
      }
      for (let i = 1; i < ws.length; i++) expect(ws[i]![0]).toBeGreaterThanOrEqual(ws[i - 1]![1]);
    }
    // compare-versions reads the newest completed run of each version.
    const cmp = await ctx.strategyTests.compareVersions(account, sid, 1, 2);
    expect(cmp.v1.avg_roi_pct).not.toBeNull();
    expect(cmp.v2).toMatchObject({ version: 2, avg_roi_pct: null, total_trades: 0, episodes_completed: 0 });
    expect(cmp.improvements).toEqual({});
    expect(cmp.verdict).toBe('No completed test results for version 2. Cannot compare.');
  });

  it('cancels a queued run at once and a running one after its current step', async () => {
    ctx = await seeded({ STRATEGY_TEST_CONCURRENCY: '1' });
    const { account } = await trader(ctx, 'canceller');
    const sid = await strategyOf(ctx, account);
    await ctx.strategyTests.open();
    const running = await ctx.strategyTests.start(account, sid, { version: 1, episodes: 40, episode_duration_days: 1, seed: 5 });
    const queued = await ctx.strategyTests.start(account, sid, { version: 1, episodes: 2, episode_duration_days: 1, seed: 6 });

    const q = await ctx.strategyTests.cancel(account, sid, queued.test_run_id);
    expect(q).toMatchObject({ status: 'cancelled', episodes_completed: 0 });
    const r = await ctx.strategyTests.cancel(account, sid, running.test_run_id);
    expect(r.status).toBe('cancelled');
    expect(r.episodes_completed).toBeLessThan(40);
    const detail = await ctx.strategyTests.get(account, sid, running.test_run_id);
    expect(detail.episodes.filter((e) => e.status === 'cancelled').length).toBe(40 - r.episodes_completed);
    expect(detail.recommendations).toBeNull();
    // No session of the run is left running.
    const open = await ctx.db
      .selectFrom('backtest_sessions')
      .select('id')
      .where('strategy_test_id', '=', running.test_run_id)
      .where('status', 'in', ['created', 'running'])
      .execute();
    expect(open).toEqual([]);
    // Cancelling again answers the ended run as it is.
    expect((await ctx.strategyTests.cancel(account, sid, running.test_run_id)).status).toBe('cancelled');
    // No test completed: the strategy is a draft again.
    expect((await ctx.strategies.get(account, sid)).status).toBe('draft');
  });

  it('refuses archived strategies, unknown versions and ranges without data; foreign ids are 404', async () => {
    ctx = await seeded();
    const { account } = await trader(ctx, 'owner');
    const other = await trader(ctx, 'other');
    const sid = await strategyOf(ctx, account);
    expect(await codeOf(ctx.strategyTests.start(account, sid, { version: 2 }))).toBe('STRATEGY_NOT_FOUND');
    expect(await codeOf(ctx.strategyTests.start(other.account, sid, { version: 1 }))).toBe('STRATEGY_NOT_FOUND');
    expect(
      await codeOf(ctx.strategyTests.start(account, sid, { version: 1, date_range: { start: '2024-01-01', end: '2024-02-01' } })),
    ).toBe('BACKTEST_NO_DATA');
    expect(
      await codeOf(
        ctx.strategyTests.start(account, sid, {
          version: 1,
          episode_duration_days: 5,
          date_range: { start: '2025-01-07', end: '2025-01-09' },
        }),
      ),
    ).toBe('VALIDATION_ERROR');
    // 100 episodes of a year of 5-minute candles: more than a run may step through.
    expect(await codeOf(ctx.strategyTests.start(account, sid, { version: 1, episodes: 100, episode_duration_days: 365 }))).toBe(
      'VALIDATION_ERROR',
    );
    // 30-day default episodes do not fit in twelve days of history.
    expect(await codeOf(ctx.strategyTests.start(account, sid, { version: 1 }))).toBe('BACKTEST_NO_DATA');
    const run = await ctx.strategyTests.start(account, sid, { version: 1, episodes: 1, episode_duration_days: 1 });
    expect(await codeOf(ctx.strategyTests.get(other.account, sid, run.test_run_id))).toBe('STRATEGY_NOT_FOUND');
    const sid2 = await strategyOf(ctx, account);
    expect(await codeOf(ctx.strategyTests.get(account, sid2, run.test_run_id))).toBe('TEST_RUN_NOT_FOUND');
    expect(await codeOf(ctx.strategyTests.latestResults(account, sid2))).toBe('STRATEGY_NOT_FOUND');
    await ctx.strategies.archive(account, sid2);
    expect(await codeOf(ctx.strategyTests.start(account, sid2, { version: 1 }))).toBe('STRATEGY_INVALID_STATE');
  });

  it('resumes queued and running runs after a restart and ends as an uninterrupted run would', async () => {
    const file = join(dir, 'resume.db');
    const env = { DATABASE_URL: file };
    ctx = await seeded(env);
    const { account } = await trader(ctx, 'restarter');
    const sid = await strategyOf(ctx, account);
    const body = { version: 1, episodes: 8, episode_duration_days: 1, seed: 77 };
    await ctx.strategyTests.open();
    const run = await ctx.strategyTests.start(account, sid, body);
    const waiting = await ctx.strategyTests.start(account, sid, body);
    await waitFor(async () => (await ctx!.strategyTests.get(account, sid, run.test_run_id)).episodes_completed >= 2);
    await ctx.strategyTests.close();
    await ctx.backtests.close();
    await ctx.db.destroy();

    ctx = await seeded(env, false);
    const before = await ctx.strategyTests.get(account, sid, run.test_run_id);
    expect(before.status).toBe('running');
    expect(before.episodes_completed).toBeGreaterThanOrEqual(2);
    expect(before.episodes_completed).toBeLessThan(8);
    expect((await ctx.strategyTests.get(account, sid, waiting.test_run_id)).status).toBe('queued');
    expect(await ctx.strategyTests.open()).toBe(2);
    await ctx.strategyTests.idle();
    const [after, second] = await Promise.all([run, waiting].map((r) => ctx!.strategyTests.get(account, sid, r.test_run_id)));
    expect(after!.status).toBe('completed');
    expect(after!.episodes_completed).toBe(8);
    // Interrupted or not, the same plan gives the same numbers.
    expect(comparable(after!)).toEqual(comparable(second!));
  });
});
