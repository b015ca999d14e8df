// Training runs on a fresh database: registration idempotent on the client's run id, episodes
// (replaced when reported again, bounded per run), completion, the aggregates and curves computed
// from the episodes, and every id checked against the calling account.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/db/schema.js';
import { registerAccount } from '../../src/services/auth.service.js';
import { smoothTrailing } from '../../src/training/stats.js';
import * as training from '../../src/training/service.js';
import { codeOf, createServiceContext } from '../support/services.js';

type Ctx = Awaited<ReturnType<typeof createServiceContext>>;

async function account(ctx: Ctx, name: string): Promise<Account> {
  return (await registerAccount(ctx, { displayName: name })).account;
}

async function strategyOf(ctx: Ctx, owner: Account): Promise<string> {
  const id = randomUUID();
  const now = new Date(ctx.clock.now()).toISOString();
  await ctx.db
    .insertInto('strategies')
    .values({
      id,
      account_id: owner.id,
      name: 'S',
      description: null,
      status: 'draft',
      current_version: 1,
      deployed_version: null,
      deployed_agent_id: null,
      deployed_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

async function sessionOf(ctx: Ctx, owner: Account): Promise<string> {
  const id = randomUUID();
  const now = new Date(ctx.clock.now()).toISOString();
  await ctx.db
    .insertInto('backtest_sessions')
    .values({
      id,
      account_id: owner.id,
      agent_id: owner.default_agent_id!,
      strategy_label: 'gym',
      status: 'completed',
      start_ms: 0,
      end_ms: 60_000,
      interval_sec: 60,
      starting_balance: '10000.00000000',
      config: '{}',
      total_steps: 1,
      current_step: 1,
      virtual_ms: 60_000,
      checkpoint: null,
      final_equity: null,
      total_pnl: null,
      roi_pct: null,
      total_trades: 0,
      total_fees: '0',
      metrics: null,
      sharpe_ratio: null,
      max_drawdown_pct: null,
      error: null,
      created_at: now,
      started_at: now,
      completed_at: now,
      run_ms: 0,
      touched_ms: 0,
      battle_id: null,
    })
    .execute();
  return id;
}

describe('training runs', () => {
  let ctx: Ctx;
  let alice: Account;
  let bob: Account;

  beforeEach(async () => {
    ctx = await createServiceContext();
    alice = await account(ctx, 'Alice');
    bob = await account(ctx, 'Bob');
  });
  afterEach(async () => {
    await ctx.db.destroy();
  });

  it('registers a run, returns it again for the same body (keys in any order) and refuses a different body', async () => {
    const runId = randomUUID();
    const first = await training.registerRun(ctx, alice, { run_id: runId.toUpperCase(), config: { strategy_label: 'ppo', lr: 0.001 } });
    expect(first.created).toBe(true);
    expect(first.run).toMatchObject({
      run_id: runId,
      status: 'running',
      config: { strategy_label: 'ppo', lr: 0.001 },
      strategy_label: 'ppo',
      strategy_id: null,
      episodes_total: null,
      episodes_completed: 0,
      started_at: new Date(ctx.clock.now()).toISOString(),
      completed_at: null,
      total_episodes: 0,
      avg_roi_pct: 0,
      avg_sharpe: 0,
      avg_reward_sum: null,
      aggregate_stats: null,
    });

    ctx.clock.advance(5_000);
    const again = await training.registerRun(ctx, alice, {
      run_id: runId,
      config: { lr: 0.001, strategy_label: 'ppo' },
      strategy_id: null,
    });
    expect(again.created).toBe(false);
    expect(again.run).toEqual(first.run);

    expect(await codeOf(training.registerRun(ctx, alice, { run_id: runId, config: { strategy_label: 'ppo', lr: 0.002 } }))).toBe(
      'IDEMPOTENCY_CONFLICT',
    );
    expect(await codeOf(training.registerRun(ctx, alice, { run_id: runId }))).toBe('IDEMPOTENCY_CONFLICT');
    expect((await training.getRunDetail(ctx, alice, runId)).config).toEqual({ strategy_label: 'ppo', lr: 0.001 });
  });

  it('refuses a config nested deeper than 32 levels with a 422, and keeps one of 32', async () => {
    const nested = (depth: number): Record<string, unknown> => {
      let value: Record<string, unknown> = { leaf: 1 };
      for (let i = 1; i < depth; i++) value = { [`k${i}`]: value };
      return value;
    };
    expect(await codeOf(training.registerRun(ctx, alice, { run_id: randomUUID(), config: nested(training.MAX_CONFIG_DEPTH + 1) }))).toBe(
      'VALIDATION_ERROR',
    );
    const deepest = nested(training.MAX_CONFIG_DEPTH);
    const { run } = await training.registerRun(ctx, alice, { run_id: randomUUID(), config: deepest });
    expect(run.config).toEqual(deepest);
  });

  it("keeps each account's runs apart, even under the same run id", async () => {
    const runId = randomUUID();
    await training.registerRun(ctx, alice, { run_id: runId, config: { strategy_label: 'a' } });
    const bobs = await training.registerRun(ctx, bob, { run_id: runId, config: { strategy_label: 'b' } });
    expect(bobs.created).toBe(true);
    await training.reportEpisode(ctx, bob, runId, { episode_number: 1, roi_pct: 9 });
    const alices = await training.getRunDetail(ctx, alice, runId);
    expect(alices.strategy_label).toBe('a');
    expect(alices.episodes).toEqual([]);

    const other = randomUUID();
    await training.registerRun(ctx, bob, { run_id: other });
    expect(await codeOf(training.getRunDetail(ctx, alice, other))).toBe('TRAINING_RUN_NOT_FOUND');
    expect(await codeOf(training.reportEpisode(ctx, alice, other, { episode_number: 1 }))).toBe('TRAINING_RUN_NOT_FOUND');
    expect(await codeOf(training.completeRun(ctx, alice, other))).toBe('TRAINING_RUN_NOT_FOUND');
    expect(await codeOf(training.learningCurve(ctx, alice, other, {}))).toBe('TRAINING_RUN_NOT_FOUND');
    expect(await codeOf(training.compareRuns(ctx, alice, `${runId},${other}`))).toBe('TRAINING_RUN_NOT_FOUND');
    expect((await training.getRunDetail(ctx, bob, other)).status).toBe('running');
  });

  it("checks strategy_id and session_id against the caller's account", async () => {
    const own = await strategyOf(ctx, alice);
    const foreign = await strategyOf(ctx, bob);
    expect(await codeOf(training.registerRun(ctx, alice, { run_id: randomUUID(), strategy_id: foreign }))).toBe('STRATEGY_NOT_FOUND');
    expect(await codeOf(training.registerRun(ctx, alice, { run_id: randomUUID(), strategy_id: randomUUID() }))).toBe('STRATEGY_NOT_FOUND');
    const runId = randomUUID();
    const { run } = await training.registerRun(ctx, alice, { run_id: runId, strategy_id: own.toUpperCase() });
    expect(run.strategy_id).toBe(own);

    const mySession = await sessionOf(ctx, alice);
    const bobsSession = await sessionOf(ctx, bob);
    expect(await codeOf(training.reportEpisode(ctx, alice, runId, { episode_number: 1, session_id: bobsSession }))).toBe(
      'BACKTEST_NOT_FOUND',
    );
    await training.reportEpisode(ctx, alice, runId, { episode_number: 1, session_id: mySession, roi_pct: 1 });
    expect((await training.getRunDetail(ctx, alice, runId)).episodes[0]!.session_id).toBe(mySession);
  });

  it('aggregates the episodes that reported a metric; a report sent again replaces its episode', async () => {
    const runId = randomUUID();
    await training.registerRun(ctx, alice, { run_id: runId });
    await training.reportEpisode(ctx, alice, runId, {
      episode_number: 2,
      roi_pct: 4,
      sharpe_ratio: 1.5,
      max_drawdown_pct: 3,
      reward_sum: 10,
    });
    await training.reportEpisode(ctx, alice, runId, { episode_number: 1, roi_pct: -2, max_drawdown_pct: 5, total_trades: 7 });
    await training.reportEpisode(ctx, alice, runId, { episode_number: 3, sharpe_ratio: 0.5, reward_sum: 20 });
    // No metric at all: counted as reported, not in the statistics.
    await training.reportEpisode(ctx, alice, runId, { episode_number: 4, roi_pct: null });
    let run = await training.reportEpisode(ctx, alice, runId, { episode_number: 5, roi_pct: 100 });
    expect(run.episodes_completed).toBe(5);
    expect(run.total_episodes).toBe(4);
    // The retry of episode 5 with other numbers replaces it rather than adding a sixth.
    run = await training.reportEpisode(ctx, alice, runId, { episode_number: 5, roi_pct: 1.23456 });
    expect(run.episodes_completed).toBe(5);
    const stats = {
      total_episodes: 4,
      avg_roi_pct: 0.8086, // (4 − 2 + 0 + 1.23456) / 4
      best_roi_pct: 4,
      worst_roi_pct: -2,
      avg_sharpe: 1, // over the two episodes that reported one
      avg_max_drawdown_pct: 2, // (3 + 5 + 0 + 0) / 4
      avg_reward_sum: 15,
      best_reward_sum: 20,
    };
    expect(run.aggregate_stats).toEqual(stats);
    expect(run).toMatchObject(stats);

    const detail = await training.getRunDetail(ctx, alice, runId);
    expect(detail.episodes.map((e) => e.episode_number)).toEqual([1, 2, 3, 4, 5]);
    expect(detail.episodes[0]!.metrics).toEqual({ roi_pct: -2, max_drawdown_pct: 5, total_trades: 7 });
    expect(detail.episodes[3]!.metrics).toEqual({});
    expect(detail.learning_curve).toEqual({
      episode_numbers: [1, 2, 3, 5],
      roi_pct: [-2, 4, 0, 1.23456],
      reward_sum: [null, 10, 20, null],
    });
  });

  it('smooths a learning curve over a trailing window, on the episodes that reported the metric', async () => {
    const runId = randomUUID();
    await training.registerRun(ctx, alice, { run_id: runId });
    const rois = [1, 2.5, 0.5, 4, 3];
    for (const [i, roi] of rois.entries()) await training.reportEpisode(ctx, alice, runId, { episode_number: i + 1, roi_pct: roi });
    await training.reportEpisode(ctx, alice, runId, { episode_number: 7, sharpe_ratio: 2 });

    const curve = await training.learningCurve(ctx, alice, runId, { window: 2 });
    expect(curve).toEqual({
      run_id: runId,
      metric: 'roi_pct',
      window: 2,
      episode_numbers: [1, 2, 3, 4, 5],
      raw_values: rois,
      smoothed_values: [1, 1.75, 1.5, 2.25, 3.5],
    });
    const byDefault = await training.learningCurve(ctx, alice, runId, {});
    expect(byDefault.window).toBe(10);
    expect(byDefault.smoothed_values.at(-1)).toBe(2.2);
    const sharpe = await training.learningCurve(ctx, alice, runId, { metric: 'sharpe_ratio', window: 3 });
    expect(sharpe.episode_numbers).toEqual([7]);
    expect((await training.learningCurve(ctx, alice, runId, { metric: 'reward_sum' })).raw_values).toEqual([]);
    expect(smoothTrailing([1, 2, 3, 4], 3)).toEqual([1, 1.5, 2, 3]);
    expect(smoothTrailing([1 / 3, 1 / 3], 1)).toEqual([0.3333, 0.3333]);
  });

  it('completes a run once; later episodes still count', async () => {
    const runId = randomUUID();
    await training.registerRun(ctx, alice, { run_id: runId });
    ctx.clock.advance(60_000);
    const done = await training.completeRun(ctx, alice, runId);
    expect(done.status).toBe('completed');
    expect(done.completed_at).toBe(new Date(ctx.clock.now()).toISOString());
    ctx.clock.advance(60_000);
    const again = await training.completeRun(ctx, alice, runId);
    expect(again.completed_at).toBe(done.completed_at);
    const after = await training.reportEpisode(ctx, alice, runId, { episode_number: 1, roi_pct: 2 });
    expect(after).toMatchObject({ status: 'completed', episodes_completed: 1, avg_roi_pct: 2 });
  });

  it('lists runs newest first, filtered by status and paged, with the total', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await training.registerRun(ctx, alice, { run_id: randomUUID(), config: { strategy_label: `run ${i}` } })).run.run_id);
      ctx.clock.advance(1_000);
    }
    await training.registerRun(ctx, bob, { run_id: randomUUID() });
    await training.completeRun(ctx, alice, ids[1]!);
    await training.reportEpisode(ctx, alice, ids[4]!, { episode_number: 1, roi_pct: 3, sharpe_ratio: 1 });

    const all = await training.listRuns(ctx, alice, {});
    expect(all.total).toBe(5);
    expect(all.runs.map((r) => r.run_id)).toEqual([...ids].reverse());
    expect(all.runs[0]).toMatchObject({ strategy_label: 'run 4', total_episodes: 1, avg_roi_pct: 3, avg_sharpe: 1 });
    const page = await training.listRuns(ctx, alice, { limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 5, limit: 2, offset: 1 });
    expect(page.runs.map((r) => r.run_id)).toEqual([ids[3], ids[2]]);
    const completed = await training.listRuns(ctx, alice, { status: 'completed' });
    expect(completed.total).toBe(1);
    expect(completed.runs[0]!.run_id).toBe(ids[1]);
  });

  it('compares runs in the order asked, each once, and refuses malformed lists', async () => {
    const a = (await training.registerRun(ctx, alice, { run_id: randomUUID() })).run.run_id;
    const b = (await training.registerRun(ctx, alice, { run_id: randomUUID() })).run.run_id;
    await training.reportEpisode(ctx, alice, a, { episode_number: 1, roi_pct: 5 });
    const cmp = await training.compareRuns(ctx, alice, ` ${b.toUpperCase()}, ${a},${b}`);
    expect(cmp.runs.map((r) => r.run_id)).toEqual([b, a]);
    expect(cmp.runs[1]!.aggregate_stats?.avg_roi_pct).toBe(5);
    expect(await codeOf(training.compareRuns(ctx, alice, 'nope'))).toBe('VALIDATION_ERROR');
    expect(await codeOf(training.compareRuns(ctx, alice, Array.from({ length: 21 }, () => randomUUID()).join(',')))).toBe(
      'VALIDATION_ERROR',
    );
  });

  it('holds at most 10,000 episodes per run; a reported number may still be replaced', async () => {
    const runId = randomUUID();
    await training.registerRun(ctx, alice, { run_id: runId });
    const now = new Date(ctx.clock.now()).toISOString();
    for (let start = 1; start <= training.MAX_EPISODES_PER_RUN; start += 1000) {
      await ctx.db
        .insertInto('training_episodes')
        .values(
          Array.from({ length: 1000 }, (_, i) => ({
            account_id: alice.id,
            run_id: runId,
            episode_number: start + i,
            session_id: null,
            roi_pct: 1,
            sharpe_ratio: null,
            max_drawdown_pct: null,
            total_trades: null,
            reward_sum: null,
            created_at: now,
          })),
        )
        .execute();
    }
    expect(await codeOf(training.reportEpisode(ctx, alice, runId, { episode_number: 10_001, roi_pct: 1 }))).toBe('LIMIT_REACHED');
    const replaced = await training.reportEpisode(ctx, alice, runId, { episode_number: 10_000, roi_pct: 10_001 });
    expect(replaced).toMatchObject({ episodes_completed: 10_000, avg_roi_pct: 2, best_roi_pct: 10_001 });
    expect((await training.getRunDetail(ctx, alice, runId)).episodes).toHaveLength(10_000);
  });
});
