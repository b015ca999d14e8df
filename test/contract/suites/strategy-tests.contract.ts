// A strategy-test client written from openapi.yaml: a strategy tested over stored candles until the
// run completes with episodes, results and recommendations, then deployed; the episode sessions
// refusing the public backtest writes; cancel; compare-versions; and every refusal the test routes
// document (no credential, an agent's key on a write, unknown ids, no data, an archived strategy,
// malformed input).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checker, TestServer, type CallOptions, type Credentials } from '../../support/harness.js';
import { bars, storeBars, T0, walk } from '../../integration/backtest-fixtures.js';

const TEST_OPS = [
  'runStrategyTest',
  'listStrategyTests',
  'getStrategyTest',
  'cancelStrategyTest',
  'getStrategyTestResults',
  'compareStrategyVersions',
];

const DEFINITION = {
  pairs: ['BTCUSDT'],
  timeframe: '5m',
  entry_conditions: { rsi_below: 45 },
  exit_conditions: { take_profit_pct: 1.5, stop_loss_pct: 1, max_hold_candles: 24 },
  position_size_pct: 20,
  max_positions: 1,
};

/** Three days of stored history from T0 (2025-01-06); the simulated feed's own is much later. */
const RANGE = { start: '2025-01-06', end: '2025-01-09' };

describe('strategy tests: a test run from start to recommendations', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  let key: Record<string, string>;
  let strategyId: string;
  let testId: string;

  const call = (operationId: string, opts: CallOptions = {}) =>
    server.call(operationId, { headers: key, ...opts, path: { strategy_id: strategyId, test_id: testId, ...opts.path } });

  async function newStrategy(headers = key): Promise<string> {
    const res = await server.call('createStrategy', { headers, body: { name: 'Dip buyer', definition: DEFINITION } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.strategy_id;
  }

  async function settled(id: string, strategy = strategyId): Promise<any> {
    for (let i = 0; i < 3000; i++) {
      const res = await call('getStrategyTest', { path: { strategy_id: strategy, test_id: id } });
      expect(res.status).toBe(200);
      if (['completed', 'failed', 'cancelled'].includes(res.body.status)) return res.body;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the run never ended');
  }

  beforeAll(async () => {
    server = await TestServer.start();
    await storeBars(server.app.services, 'BTCUSDT', bars(T0, walk(3 * 1440, 3)));
    alice = await server.registerAccount({ display_name: 'Tester' });
    bob = await server.registerAccount({ display_name: 'Stranger' });
    key = { 'X-API-Key': alice.apiKey };
    strategyId = await newStrategy();
  });
  afterAll(() => server.stop());

  it('queues a run, moves the strategy to testing and completes it with metrics and recommendations', async () => {
    const res = await call('runStrategyTest', { body: { version: 1, episodes: 2, episode_duration_days: 1, seed: 3, date_range: RANGE } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'queued', version: 1, episodes_total: 2, seed: 3, progress_pct: 0 });
    testId = res.body.test_run_id;
    expect(['testing', 'validated']).toContain((await call('getStrategy')).body.status);

    const done = await settled(testId);
    expect(done.status).toBe('completed');
    expect(done.episodes).toHaveLength(2);
    expect(done.results.episodes_completed).toBe(2);
    expect(done.metrics).toEqual(done.results);
    expect(Array.isArray(done.recommendations)).toBe(true);
    expect(done.config).toMatchObject({ seed: 3, timeframe: '5m', date_range_default: false, starting_balance: '10000.00000000' });

    // An agent's key reads.
    const read = await call('getStrategyTest', { headers: { 'X-API-Key': alice.agentApiKey } });
    expect(read.status).toBe(200);
    expect((await call('getStrategy')).body.status).toBe('validated');
  });

  it('lists the runs and serves the newest completed results', async () => {
    const list = await call('listStrategyTests');
    expect(list.status).toBe(200);
    expect(list.body.map((r: { test_run_id: string }) => r.test_run_id)).toEqual([testId]);
    const results = await call('getStrategyTestResults');
    expect(results.status).toBe(200);
    expect(results.body.test_run_id).toBe(testId);
    expect(results.body.recommendations).toEqual((await call('getStrategyTest')).body.recommendations);
  });

  it('keeps the episode sessions to the test: readable, not steppable', async () => {
    const sessionId = (await call('getStrategyTest')).body.episodes[0].session_id;
    const status = await server.call('getBacktestStatus', { headers: key, path: { session_id: sessionId } });
    expect(status.status).toBe(200);
    expect(status.body.status).toBe('completed');
    const cancel = await server.call('cancelBacktest', { headers: key, path: { session_id: sessionId } });
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.details.reason).toBe('strategy_test_session');
  });

  it('compares versions by their newest completed runs', async () => {
    const v2 = await call('createStrategyVersion', {
      body: { definition: { ...DEFINITION, position_size_pct: 40 }, change_notes: 'bigger' },
    });
    expect(v2.status).toBe(201);
    const run = await call('runStrategyTest', { body: { version: 2, episodes: 2, episode_duration_days: 1, seed: 3, date_range: RANGE } });
    expect(run.status).toBe(201);
    expect((await settled(run.body.test_run_id)).status).toBe('completed');
    const res = await call('compareStrategyVersions', { query: { v1: '1', v2: '2' } });
    expect(res.status).toBe(200);
    expect(res.body.v1.test_run_id).toBe(testId);
    expect(res.body.v2.test_run_id).toBe(run.body.test_run_id);
    expect(Object.keys(res.body.improvements).sort()).toEqual(['roi_pct', 'sharpe']);
    expect(res.body.verdict).toMatch(/^Version [12] /);
  });

  it('deploys the tested version', async () => {
    const res = await call('deployStrategy', { body: { version: 1 } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('deployed');
    // Testing a deployed strategy leaves it deployed.
    const run = await call('runStrategyTest', { body: { version: 2, episodes: 1, episode_duration_days: 1, seed: 4, date_range: RANGE } });
    expect(run.status).toBe(201);
    expect((await call('getStrategy')).body.status).toBe('deployed');
    await settled(run.body.test_run_id);
    expect((await call('getStrategy')).body.status).toBe('deployed');
    expect((await call('undeployStrategy')).status).toBe(200);
  });

  it('cancels a run; an ended run is answered as it is', async () => {
    const run = await call('runStrategyTest', { body: { version: 1, episodes: 50, episode_duration_days: 1, seed: 9, date_range: RANGE } });
    expect(run.status).toBe(201);
    const res = await call('cancelStrategyTest', { path: { test_id: run.body.test_run_id } });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cancelled');
    const again = await call('cancelStrategyTest');
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('completed');
  });

  it('refuses: no data, unknown strategy or version, an archived strategy, bad input', async () => {
    const noData = await call('runStrategyTest', { body: { version: 1, date_range: { start: '2024-01-01', end: '2024-02-01' } } });
    expect(noData.status).toBe(400);
    expect(noData.body.error.code).toBe('BACKTEST_NO_DATA');
    const version = await call('runStrategyTest', { body: { version: 9 } });
    expect(version.status).toBe(404);
    expect(version.body.error.details.version).toBe(9);
    expect((await call('runStrategyTest', { path: { strategy_id: randomUUID() }, body: { version: 1 } })).status).toBe(404);
    expect((await call('runStrategyTest', { body: { version: 1, episodes: 0 } })).status).toBe(422);
    const reversed = await call('runStrategyTest', { body: { version: 1, date_range: { start: '2025-01-09', end: '2025-01-06' } } });
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.details.errors[0].field).toBe('body.date_range.end');

    const archived = await newStrategy();
    expect((await server.call('archiveStrategy', { headers: key, path: { strategy_id: archived } })).status).toBe(200);
    const res = await call('runStrategyTest', { path: { strategy_id: archived }, body: { version: 1 } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'STRATEGY_INVALID_STATE', details: { current_status: 'archived' } });
    const none = await call('getStrategyTestResults', { path: { strategy_id: archived } });
    expect(none.status).toBe(404);
    expect(none.body.error.details.reason).toBe('no_completed_test');

    const unknownRun = await call('getStrategyTest', { path: { test_id: randomUUID() } });
    expect(unknownRun.status).toBe(404);
    expect(unknownRun.body.error.code).toBe('TEST_RUN_NOT_FOUND');
    // A run of another strategy, even the caller's own, is not under this one.
    expect((await call('getStrategyTest', { path: { strategy_id: archived } })).body.error.code).toBe('TEST_RUN_NOT_FOUND');
    expect((await call('cancelStrategyTest', { path: { test_id: randomUUID() } })).status).toBe(404);
    expect((await call('listStrategyTests', { path: { strategy_id: randomUUID() } })).status).toBe(404);
    expect((await call('compareStrategyVersions', { path: { strategy_id: randomUUID() }, query: { v1: '1', v2: '2' } })).status).toBe(404);
    // Another account's strategy is an unknown one.
    expect((await call('getStrategyTest', { headers: { 'X-API-Key': bob.apiKey } })).body.error.code).toBe('STRATEGY_NOT_FOUND');

    expect((await call('getStrategyTest', { path: { test_id: 'not-a-uuid' } })).status).toBe(422);
    expect((await call('cancelStrategyTest', { path: { test_id: 'not-a-uuid' } })).status).toBe(422);
    expect((await call('listStrategyTests', { query: { limit: '0' } })).status).toBe(422);
    expect((await call('getStrategyTestResults', { path: { strategy_id: 'nope' } })).status).toBe(422);
    expect((await call('compareStrategyVersions', { query: { v1: '1' } })).status).toBe(422);
  });

  it("refuses an agent's key on start and cancel, and every route without a credential", async () => {
    const agentKey = { 'X-API-Key': alice.agentApiKey };
    for (const [operationId, body] of [
      ['runStrategyTest', { version: 1 }],
      ['cancelStrategyTest', undefined],
    ] as const) {
      const res = await call(operationId, { headers: agentKey, ...(body ? { body } : {}) });
      expect(res.status).toBe(403);
      expect(res.body.error.details.reason).toBe('agent_key_read_only');
    }
    for (const operationId of TEST_OPS.filter((op) => checker.documentedStatuses(op).includes('401'))) {
      const res = await call(operationId, {
        headers: {},
        query: { v1: '1', v2: '2' },
        ...(operationId === 'runStrategyTest' ? { body: { version: 1 } } : {}),
      });
      expect(res.status, operationId).toBe(401);
    }
  });
});
