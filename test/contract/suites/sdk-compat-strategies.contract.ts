// The published Python client (`agentexchange`, sync and async) and the `tradeready-gym`
// TrainingTracker, replayed request for request against the strategy, strategy-test, training and
// webhook routes: the same method, path, query names, body field names and headers (the SDK logs in
// with the account key and secret, then sends `X-API-Key` and `Authorization: Bearer`; the tracker
// sends `X-API-Key` only), and every field the SDK's methods and its examples
// (sdk/examples/strategy_tester.py, genetic_optimization.py, webhook_integration.py) read from a
// reply, with the type the reading Python code needs (`float(x)`, `f"{x:.0f}"`, `x[:3]`, `x["k"]`).
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';
import { bars, MIN, storeBars, T0, walk } from '../../integration/backtest-fixtures.js';
import { Receiver } from '../../integration/webhooks-fixtures.js';

// --- what the Python readers need -------------------------------------------------------------

type Need =
  | 'str'
  | 'uuid'
  | 'int'
  /** `float(x)` or a format spec such as `:.0f`: a number (None raises). */
  | 'number'
  /** `float(x or default)` / `.get(k, 'n/a')`: a number or None. */
  | 'number?'
  | 'bool'
  | 'dict'
  | 'list'
  | 'datetime'
  /** Read with `.get` and then used as a dict: None is fine, a non-dict is not. */
  | 'dict?';
type Shape = { [field: string]: Need | Shape | [Shape] };

const CHECK: Record<Need, (v: unknown) => boolean> = {
  str: (v) => typeof v === 'string',
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  int: (v) => typeof v === 'number' && Number.isInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  'number?': (v) => v === null || (typeof v === 'number' && Number.isFinite(v)),
  bool: (v) => typeof v === 'boolean',
  dict: (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
  'dict?': (v) => v === null || (typeof v === 'object' && !Array.isArray(v)),
  list: (v) => Array.isArray(v),
  datetime: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
};

/** Every place the reading code would raise or misread, as `path: value`. */
function readErrors(shape: Shape, data: unknown, path = '$'): string[] {
  if (!CHECK.dict(data)) return [`${path}: not an object`];
  const errors: string[] = [];
  for (const [field, need] of Object.entries(shape)) {
    const at = `${path}.${field}`;
    if (!(field in (data as object))) {
      errors.push(`${at}: missing`);
      continue;
    }
    const value = (data as Record<string, unknown>)[field];
    if (typeof need === 'string') {
      if (!CHECK[need](value)) errors.push(`${at}: ${need} expected, got ${JSON.stringify(value)}`);
    } else if (Array.isArray(need)) {
      if (!Array.isArray(value)) errors.push(`${at}: not a list`);
      else value.forEach((item, i) => errors.push(...readErrors(need[0], item, `${at}[${i}]`)));
    } else {
      errors.push(...readErrors(need, value, at));
    }
  }
  return errors;
}

// --- the examples' definitions, verbatim --------------------------------------------------------

/** sdk/examples/strategy_tester.py `_BASE_DEFINITION`. */
const BASE_DEFINITION = {
  type: 'mean_reversion',
  symbol: 'BTCUSDT',
  entry_conditions: [{ indicator: 'rsi', period: 14, operator: '<', threshold: 30 }],
  exit_conditions: [{ indicator: 'rsi', period: 14, operator: '>', threshold: 70 }],
  position_size_pct: 0.1,
  stop_loss_pct: 0.05,
};

/** sdk/examples/strategy_tester.py `_IMPROVED_DEFINITION`. */
const IMPROVED_DEFINITION = {
  ...BASE_DEFINITION,
  entry_conditions: [{ indicator: 'rsi', period: 14, operator: '<', threshold: 25 }],
  exit_conditions: [{ indicator: 'rsi', period: 14, operator: '>', threshold: 75 }],
  position_size_pct: 0.08,
  stop_loss_pct: 0.03,
};

/** A flat-form definition that trades on the fixture's walk, for a second strategy to compare. */
const FLAT_DEFINITION = {
  pairs: ['BTCUSDT'],
  timeframe: '5m',
  entry_conditions: { rsi_below: 45 },
  exit_conditions: { take_profit_pct: 1.5, stop_loss_pct: 1, max_hold_candles: 24 },
  position_size_pct: 20,
  max_positions: 1,
};

// --- what the SDK and its examples read ----------------------------------------------------------

const STRATEGY: Shape = { strategy_id: 'uuid', name: 'str', status: 'str', current_version: 'int' };
/** The docs' deployment sample reads `strategy["deployed_version"]` from get_strategy. */
const STRATEGY_DETAIL: Shape = { ...STRATEGY, deployed_version: 'number?', current_definition: 'dict?', latest_test_results: 'dict?' };
/** `_wait_for_test`: `status.get("status", "pending")`, `f"{progress:.0f}%"`. */
const TEST_STATUS: Shape = { test_run_id: 'uuid', status: 'str', progress_pct: 'number' };
/**
 * `results.get("metrics") or results.get("aggregate_metrics")` → `avg_roi_pct` (`float`),
 * `sharpe_ratio` (`float(x or 1.0)`), `max_drawdown_pct` (`float(x or 0.0)`);
 * `episodes[].roi_pct` (`float(ep.get("roi_pct", 0.0))`: None raises); `recommendations` (MCP).
 */
const TEST_RESULTS: Shape = {
  ...TEST_STATUS,
  metrics: { avg_roi_pct: 'number', sharpe_ratio: 'number?', max_drawdown_pct: 'number?' },
  episodes: [{ roi_pct: 'number' }],
  recommendations: 'list',
};
const TRAINING_RUN: Shape = {
  run_id: 'uuid',
  status: 'str',
  config: 'dict?',
  episodes_completed: 'int',
  started_at: 'datetime',
  // The gym's training page: the list with the label and flattened stats.
  strategy_label: 'str',
  total_episodes: 'int',
  avg_roi_pct: 'number?',
  avg_sharpe: 'number?',
  aggregate_stats: 'dict?',
};
const WEBHOOK: Shape = { id: 'uuid', url: 'str', events: 'list', active: 'bool', failure_count: 'int' };

describe('the published Python SDK and gym tracker: strategies, tests, training, webhooks', () => {
  let server: TestServer;
  let receiver: Receiver;
  let alice: Credentials;
  /** What the SDK sends once logged in: its key as the default header plus the bearer token. */
  let sdk: Record<string, string>;
  /** What the gym's TrainingTracker sends. */
  let gym: Record<string, string>;
  let strategyId: string;
  let v1Results: any;
  let v2Results: any;

  /** `_wait_for_test`: polls get_test_status until completed, then calls get_test_results. */
  async function waitForTest(sid: string, testId: string): Promise<any> {
    for (let i = 0; i < 3000; i++) {
      const status = await server.call('getStrategyTest', { headers: sdk, path: { strategy_id: sid, test_id: testId } });
      expect(status.status).toBe(200);
      expect(readErrors(TEST_STATUS, status.body)).toEqual([]);
      if (status.body.status === 'completed') {
        const results = await server.call('getStrategyTest', { headers: sdk, path: { strategy_id: sid, test_id: testId } });
        expect(results.status).toBe(200);
        return results.body;
      }
      if (['failed', 'cancelled'].includes(status.body.status)) throw new Error(`test ${testId} ended ${status.body.status}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the run never ended');
  }

  /** `run_test(strategy_id, version, episodes=…, episode_duration_days=…)`: no date_range. */
  async function runTest(sid: string, version: number): Promise<string> {
    const res = await server.call('runStrategyTest', {
      headers: sdk,
      path: { strategy_id: sid },
      body: { version, episodes: 2, episode_duration_days: 1 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(readErrors({ test_run_id: 'uuid' }, res.body)).toEqual([]);
    return res.body.test_run_id;
  }

  beforeAll(async () => {
    server = await TestServer.start({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_POLL_INTERVAL_MS: '50' });
    receiver = await Receiver.start();
    await storeBars(server.app.services, 'BTCUSDT', bars(T0, walk(3 * 1440, 3)));
    alice = await server.registerAccount({ display_name: 'SDK Strategist' });
    sdk = { 'X-API-Key': alice.apiKey, Authorization: `Bearer ${await server.login(alice)}` };
    gym = { 'X-API-Key': alice.apiKey };
  });
  afterAll(async () => {
    await server.stop();
    await receiver.close();
  });

  describe('strategies and strategy tests (strategy_tester.py)', () => {
    it('create_strategy → POST /strategies {name, definition, description}; reads strategy_id', async () => {
      const res = await server.call('createStrategy', {
        headers: sdk,
        body: {
          name: 'rsi_mean_reversion',
          definition: BASE_DEFINITION,
          description: 'RSI mean-reversion on BTCUSDT (v1: loose thresholds)',
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(readErrors(STRATEGY, res.body)).toEqual([]);
      strategyId = res.body.strategy_id;
    });

    it('get_strategies → GET /strategies?limit=50&offset=0 (status only when given); reads strategies, total', async () => {
      const res = await server.call('listStrategies', { headers: sdk, query: { limit: '50', offset: '0' } });
      expect(res.status).toBe(200);
      expect(readErrors({ strategies: [STRATEGY], total: 'int' }, res.body)).toEqual([]);
      const filtered = await server.call('listStrategies', { headers: sdk, query: { status: 'draft', limit: '50', offset: '0' } });
      expect(filtered.status).toBe(200);
      expect(filtered.body.strategies.map((s: any) => s.strategy_id)).toContain(strategyId);
    });

    it('get_strategy → GET /strategies/{id}', async () => {
      const res = await server.call('getStrategy', { headers: sdk, path: { strategy_id: strategyId } });
      expect(res.status).toBe(200);
      expect(readErrors(STRATEGY_DETAIL, res.body)).toEqual([]);
    });

    it('run_test without date_range, then get_test_status until completed and get_test_results', async () => {
      const testId = await runTest(strategyId, 1);
      v1Results = await waitForTest(strategyId, testId);
      expect(readErrors(TEST_RESULTS, v1Results)).toEqual([]);
      expect(v1Results.recommendations.every((r: unknown) => typeof r === 'string')).toBe(true);
      // `results.get("metrics") or results.get("aggregate_metrics")`: metrics is the first one read.
      expect(v1Results.metrics).toEqual(v1Results.results);
      expect(v1Results.config.date_range_default).toBe(true);
    });

    it("run_test with the SDK's defaults (10 episodes of 30 days, no date_range): refused when no stretch of history holds an episode", async () => {
      // run_test(strategy_id, 1): {version, episodes: 10, episode_duration_days: 30}. The default
      // range is the latest stretch of history every pair covers without a hole; the contract
      // server holds 3 days of fixture candles and the live feed's last day, months apart, so no
      // 30-day episode fits anywhere and the run is refused up front instead of planning episodes
      // in the months between (which all failed for want of candles).
      const res = await server.call('runStrategyTest', {
        headers: sdk,
        path: { strategy_id: strategyId },
        body: { version: 1, episodes: 10, episode_duration_days: 30 },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BACKTEST_NO_DATA', details: { reason: 'range_too_short', candle_interval: '1h' } });
    });

    it('run_test with a date_range reaching past the stored history: failed episodes leave out their metric keys', async () => {
      // Back-to-back episodes over [T0, T0 + 10 days]: the first holds the fixture's 3 days, the
      // second none, so it fails while the run completes.
      const res = await server.call('runStrategyTest', {
        headers: sdk,
        path: { strategy_id: strategyId },
        body: {
          version: 1,
          episodes: 2,
          episode_duration_days: 5,
          randomize_dates: false,
          date_range: { start: new Date(T0).toISOString(), end: new Date(T0 + 10 * 1440 * MIN).toISOString() },
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const done = await waitForTest(strategyId, res.body.test_run_id);
      expect(done.episodes.map((ep: any) => ep.status)).toEqual(['completed', 'failed']);
      expect(readErrors({ roi_pct: 'number' }, done.episodes[0])).toEqual([]);
      // `float(ep.get("roi_pct", 0.0))` for every episode: the default applies only to an absent
      // key; a present None would raise TypeError.
      const failed = done.episodes[1];
      expect(failed).toMatchObject({ episode_number: 2, status: 'failed', error: expect.stringContaining('No stored 1h candles') });
      for (const key of [
        'roi_pct',
        'total_trades',
        'total_fees',
        'final_equity',
        'sharpe_ratio',
        'sortino_ratio',
        'max_drawdown_pct',
        'win_rate',
        'profit_factor',
        'by_pair',
      ]) {
        expect(key in failed, `failed episode carries ${key}`).toBe(false);
      }
    });

    it('create_version → POST /strategies/{id}/versions {definition, change_notes}; reads version', async () => {
      const res = await server.call('createStrategyVersion', {
        headers: sdk,
        path: { strategy_id: strategyId },
        body: {
          definition: IMPROVED_DEFINITION,
          change_notes: 'Tighter RSI thresholds (25/75), smaller position (8%), tighter stop (3%)',
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(readErrors({ version: 'int' }, res.body)).toEqual([]);
      expect(res.body.version).toBe(2);
      v2Results = await waitForTest(strategyId, await runTest(strategyId, 2));
      expect(readErrors(TEST_RESULTS, v2Results)).toEqual([]);
    });

    it('compare_versions → GET /strategies/{id}/compare-versions?v1=1&v2=2; reads verdict and improvements', async () => {
      const res = await server.call('compareStrategyVersions', {
        headers: sdk,
        path: { strategy_id: strategyId },
        query: { v1: '1', v2: '2' },
      });
      expect(res.status).toBe(200);
      expect(readErrors({ verdict: 'str' }, res.body)).toEqual([]);
      // `improvements` is the documented object {roi_pct?, sharpe?} (v2 − v1, each present only
      // when both versions have the figure), as the reference backend returns it.
      // strategy_tester.py does `improvements = comparison.get("improvements") or []` and then
      // `for imp in improvements[:3]`: slicing a non-empty dict raises TypeError, so the example
      // was already broken against the original server; the reply keeps the documented shape.
      const improvements = res.body.improvements;
      expect(CHECK.dict(improvements), JSON.stringify(improvements)).toBe(true);
      for (const key of Object.keys(improvements)) expect(['roi_pct', 'sharpe']).toContain(key);
      for (const value of Object.values(improvements)) expect(CHECK.number(value)).toBe(true);
      // Both versions have results here, so the ROI delta is present.
      expect(CHECK.number(improvements.roi_pct)).toBe(true);
    });

    it('deploy_strategy → POST /strategies/{id}/deploy {version}; get_strategy shows deployed_version; undeploy_strategy', async () => {
      const deployed = await server.call('deployStrategy', { headers: sdk, path: { strategy_id: strategyId }, body: { version: 2 } });
      expect(deployed.status, JSON.stringify(deployed.body)).toBe(200);
      expect(readErrors(STRATEGY, deployed.body)).toEqual([]);
      expect(deployed.body.status).toBe('deployed');
      const detail = await server.call('getStrategy', { headers: sdk, path: { strategy_id: strategyId } });
      expect(detail.body.deployed_version).toBe(2);
      expect(readErrors(STRATEGY_DETAIL, detail.body)).toEqual([]);

      // undeploy_strategy posts no body at all (no content type).
      const undeployed = await server.call('undeployStrategy', { headers: sdk, path: { strategy_id: strategyId } });
      expect(undeployed.status, JSON.stringify(undeployed.body)).toBe(200);
      expect(readErrors(STRATEGY, undeployed.body)).toEqual([]);
      expect(undeployed.body.status).toBe('validated');
    });
  });

  describe('strategy comparison and clean-up (genetic_optimization.py)', () => {
    it('compare_strategies → POST /strategies/compare {strategy_ids, ranking_metric}; reads winner_id, recommendation, strategies[].rank/strategy_id/sharpe_ratio', async () => {
      const other = await server.call('createStrategy', {
        headers: sdk,
        body: { name: 'dip_buyer', definition: FLAT_DEFINITION, description: 'Genetic variant: flat' },
      });
      expect(other.status, JSON.stringify(other.body)).toBe(201);
      const otherId = other.body.strategy_id;
      await waitForTest(otherId, await runTest(otherId, 1));

      const res = await server.call('compareStrategies', {
        headers: sdk,
        body: { strategy_ids: [strategyId, otherId], ranking_metric: 'sharpe_ratio' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      // `comparison["winner_id"]` (a KeyError if absent; None then fails deploy_strategy).
      expect(
        readErrors(
          { winner_id: 'uuid', recommendation: 'str', strategies: [{ rank: 'int', strategy_id: 'uuid', sharpe_ratio: 'number?' }] },
          res.body,
        ),
      ).toEqual([]);

      // deploy_strategy(winner_id, version=1), then the losers: `_request("DELETE", "/strategies/{sid}")`.
      const winner = res.body.winner_id;
      const loser = winner === strategyId ? otherId : strategyId;
      const deployed = await server.call('deployStrategy', { headers: sdk, path: { strategy_id: winner }, body: { version: 1 } });
      expect(deployed.status, JSON.stringify(deployed.body)).toBe(200);
      const archived = await server.call('archiveStrategy', { headers: sdk, path: { strategy_id: loser } });
      expect(archived.status, JSON.stringify(archived.body)).toBe(200);
      expect(archived.body.status).toBe('archived');
      expect((await server.call('undeployStrategy', { headers: sdk, path: { strategy_id: winner } })).status).toBe(200);
    });

    it("accepts the genetic example's rule-list definitions (they carry a `name` key and RSI/MACD periods it mutates)", async () => {
      // genetic_optimization.py `_generate_variants` with random.seed(42): the definition dict
      // carries `name` next to `type` and `symbol`. This variant keeps RSI 14 and MACD 12/26/9 so
      // that only the `name` key is under test: the seeded variants themselves (RSI 10–24, MACD
      // 8–14/20–32, none 12/26) have no flat equivalent and are refused by ruling 4 whatever
      // happens to `name` (see the report).
      const variant = {
        name: 'genetic_variant_01',
        type: 'indicator_crossover',
        symbol: 'BTCUSDT',
        entry_conditions: [
          { indicator: 'rsi', period: 14, operator: '<', threshold: 35 },
          { indicator: 'macd', fast: 12, slow: 26, signal: 9, operator: 'crossover' },
        ],
        exit_conditions: [{ indicator: 'rsi', period: 14, operator: '>', threshold: 65 }],
        position_size_pct: 0.1,
      };
      const res = await server.call('createStrategy', {
        headers: sdk,
        body: { name: variant.name, definition: variant, description: 'Genetic variant: RSI-14 MACD' },
      });
      // The rule-list form accepts the top-level `name` and drops it from the normalised definition
      // (the definition as sent keeps it, as it keeps everything sent).
      expect(res.status, `create_strategy with the genetic example's definition: ${JSON.stringify(res.body)}`).toBe(201);
      const detail = await server.call('getStrategy', { headers: sdk, path: { strategy_id: res.body.strategy_id } });
      expect(detail.body.name).toBe('genetic_variant_01');
      expect(detail.body.current_definition.name).toBe('genetic_variant_01');
      expect(detail.body.current_normalized_definition).not.toHaveProperty('name');
      expect(detail.body.current_normalized_definition).toMatchObject({ entry_conditions: { rsi_below: 35, macd_cross_above: true } });
    });
  });

  describe('training runs (the gym TrainingTracker and the SDK readers)', () => {
    const runId = randomUUID();
    let otherRunId: string;
    let sessionId: string;

    it('a gym episode: a backtest run to the end, registered lazily, reported as the tracker reports it, completed', async () => {
      // BaseTradingEnv._create_session: create + start with the gym's body, then step to the end.
      const created = await server.call('createBacktest', {
        headers: gym,
        body: {
          start_time: new Date(T0).toISOString(),
          end_time: new Date(T0 + 120 * MIN).toISOString(),
          starting_balance: '10000.0',
          candle_interval: 60,
          pairs: ['BTCUSDT'],
          strategy_label: 'ppo_example',
        },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      sessionId = created.body.session_id;
      expect((await server.call('startBacktest', { headers: gym, path: { session_id: sessionId } })).status).toBe(200);
      const stepped = await server.call('stepBacktestBatchFast', { headers: gym, path: { session_id: sessionId }, body: { steps: 1000 } });
      expect(stepped.status, JSON.stringify(stepped.body)).toBe(200);
      expect(stepped.body.is_complete).toBe(true);

      // register_run: {run_id, config: {strategy_label}} (no strategy_id when none was given).
      const registered = await server.call('registerTrainingRun', {
        headers: gym,
        body: { run_id: runId, config: { strategy_label: 'ppo_example' } },
      });
      expect(registered.status, JSON.stringify(registered.body)).toBe(201);

      // report_episode: the five metric keys read from the top level of the backtest results.
      const results = (await server.call('getBacktestResults', { headers: gym, path: { session_id: sessionId } })).body;
      const episode = {
        episode_number: 1,
        session_id: sessionId,
        roi_pct: results.roi_pct ?? null,
        sharpe_ratio: results.sharpe_ratio ?? null,
        max_drawdown_pct: results.max_drawdown_pct ?? null,
        total_trades: results.total_trades ?? null,
        reward_sum: results.reward_sum ?? null,
      };
      const reported = await server.call('reportTrainingEpisode', { headers: gym, path: { run_id: runId }, body: episode });
      expect(reported.status, JSON.stringify(reported.body)).toBe(200);
      // A second episode whose results could not be read (the tracker then sends no metrics).
      const bare = await server.call('reportTrainingEpisode', { headers: gym, path: { run_id: runId }, body: { episode_number: 2 } });
      expect(bare.status, JSON.stringify(bare.body)).toBe(200);
      expect(bare.body.episodes_completed).toBe(2);

      // complete_run posts no body.
      const completed = await server.call('completeTrainingRun', { headers: gym, path: { run_id: runId } });
      expect(completed.status, JSON.stringify(completed.body)).toBe(200);
      expect(completed.body.status).toBe('completed');

      // A second run to compare with, with explicit metrics.
      otherRunId = randomUUID();
      expect(
        (await server.call('registerTrainingRun', { headers: gym, body: { run_id: otherRunId, config: { strategy_label: 'dqn' } } }))
          .status,
      ).toBe(201);
      for (const [n, roi] of [
        [1, 1.5],
        [2, -0.5],
      ] as const) {
        const res = await server.call('reportTrainingEpisode', {
          headers: gym,
          path: { run_id: otherRunId },
          body: { episode_number: n, roi_pct: roi, sharpe_ratio: 0.4, max_drawdown_pct: 2, total_trades: 3, reward_sum: roi * 10 },
        });
        expect(res.status).toBe(200);
      }
      expect((await server.call('completeTrainingRun', { headers: gym, path: { run_id: otherRunId } })).status).toBe(200);
    });

    it('get_training_runs → GET /training/runs?limit=20&offset=0; the runs with label and stats', async () => {
      const res = await server.call('listTrainingRuns', { headers: sdk, query: { limit: '20', offset: '0' } });
      expect(res.status).toBe(200);
      expect(readErrors({ runs: [TRAINING_RUN], total: 'int' }, res.body)).toEqual([]);
      expect(res.body.runs.find((r: any) => r.run_id === runId)).toMatchObject({ strategy_label: 'ppo_example', status: 'completed' });
      const filtered = await server.call('listTrainingRuns', { headers: sdk, query: { status: 'completed', limit: '20', offset: '0' } });
      expect(filtered.status).toBe(200);
      expect(filtered.body.total).toBe(2);
    });

    it('get_training_run → GET /training/runs/{id}; learning curve and episodes', async () => {
      const res = await server.call('getTrainingRun', { headers: sdk, path: { run_id: otherRunId } });
      expect(res.status).toBe(200);
      expect(
        readErrors(
          {
            ...TRAINING_RUN,
            completed_at: 'datetime',
            learning_curve: 'dict',
            episodes: [{ episode_number: 'int', metrics: 'dict', created_at: 'datetime' }],
          },
          res.body,
        ),
      ).toEqual([]);
      const curve = await server.call('getTrainingLearningCurve', {
        headers: sdk,
        path: { run_id: otherRunId },
        query: { metric: 'roi_pct', window: '10' },
      });
      expect(curve.status).toBe(200);
      expect(
        readErrors({ episode_numbers: 'list', raw_values: 'list', smoothed_values: 'list', metric: 'str', window: 'int' }, curve.body),
      ).toEqual([]);
      expect(curve.body).toMatchObject({ episode_numbers: [1, 2], raw_values: [1.5, -0.5], smoothed_values: [1.5, 0.5] });
    });

    it('compare_training_runs → GET /training/compare?run_ids=a,b', async () => {
      const res = await server.call('compareTrainingRuns', { headers: sdk, query: { run_ids: [runId, otherRunId].join(',') } });
      expect(res.status).toBe(200);
      expect(
        readErrors(
          {
            runs: [
              {
                run_id: 'uuid',
                status: 'str',
                episodes_completed: 'int',
                aggregate_stats: 'dict?',
                started_at: 'datetime',
                completed_at: 'datetime',
              },
            ],
          },
          res.body,
        ),
      ).toEqual([]);
      expect(res.body.runs.map((r: any) => r.run_id).sort()).toEqual([runId, otherRunId].sort());
    });
  });

  describe('webhooks (async client methods, webhook_integration.py)', () => {
    let webhookId: string;
    let secret: string;

    it('create_webhook → POST /webhooks {url, events, description}; reads webhook_id and secret', async () => {
      const res = await server.call('createWebhook', {
        headers: sdk,
        body: {
          url: `${receiver.url}/hooks/tradeready`,
          events: ['backtest.completed'],
          description: 'SDK example webhook (backtest completion)',
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(readErrors({ webhook_id: 'uuid', secret: 'str' }, res.body)).toEqual([]);
      webhookId = res.body.webhook_id;
      secret = res.body.secret;
    });

    it('test_webhook → POST /webhooks/{id}/test (no body); reads enqueued; the ping arrives', async () => {
      const res = await server.call('testWebhook', { headers: sdk, path: { webhook_id: webhookId } });
      expect(res.status).toBe(200);
      expect(readErrors({ enqueued: 'int', webhook_id: 'uuid' }, res.body)).toEqual([]);
      await receiver.count(1);
      const ping = receiver.received[0]!;
      expect(ping.path).toBe('/hooks/tradeready');
      expect(JSON.parse(ping.body).event).toBe('webhook.test');
    });

    it('list_webhooks → GET /webhooks; get_webhook → GET /webhooks/{id}', async () => {
      const list = await server.call('listWebhooks', { headers: sdk });
      expect(list.status).toBe(200);
      expect(readErrors({ webhooks: [WEBHOOK], total: 'int' }, list.body)).toEqual([]);
      const one = await server.call('getWebhook', { headers: sdk, path: { webhook_id: webhookId } });
      expect(one.status).toBe(200);
      expect(readErrors(WEBHOOK, one.body)).toEqual([]);
    });

    it('delivers backtest.completed with the fields webhook_integration.py reads and a signature it can check', async () => {
      const before = receiver.received.length;
      const created = await server.call('createBacktest', {
        headers: sdk,
        body: {
          start_time: new Date(T0).toISOString(),
          end_time: new Date(T0 + 60 * MIN).toISOString(),
          starting_balance: '10000',
          candle_interval: 60,
          pairs: ['BTCUSDT'],
          strategy_label: 'webhook_example',
        },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const sessionId = created.body.session_id;
      expect((await server.call('startBacktest', { headers: sdk, path: { session_id: sessionId } })).status).toBe(200);
      const stepped = await server.call('stepBacktestBatchFast', {
        headers: sdk,
        path: { session_id: sessionId },
        body: { steps: 1000, include_intermediate_trades: false },
      });
      expect(stepped.body.is_complete).toBe(true);
      await receiver.count(before + 1);
      const delivery = receiver.received[before]!;
      const event = JSON.parse(delivery.body);
      // `event.get('event')`, `event.get('session_id') == session_id`, `event.get('status')`,
      // `event.get("metrics") or {}` → total_return_pct, sharpe_ratio, max_drawdown_pct (printed).
      expect(event.event).toBe('backtest.completed');
      // Ruling 11: X-TradeReady-Signature is sha256=HMAC(secret, "<X-TradeReady-Timestamp>.<body>"),
      // and the legacy X-Webhook-Signature is the bare hex HMAC of the body alone.
      const timestamp = String(delivery.headers['x-tradeready-timestamp']);
      expect(timestamp).toMatch(/^\d+$/);
      const signed = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest('hex')}`;
      const legacy = createHmac('sha256', secret).update(delivery.body).digest('hex');
      expect(
        readErrors(
          {
            session_id: 'uuid',
            status: 'str',
            metrics: { total_return_pct: 'number?', sharpe_ratio: 'number?', max_drawdown_pct: 'number?' },
          },
          event,
        ),
      ).toEqual([]);
      expect(event).toMatchObject({ session_id: sessionId, status: 'completed' });
      expect(delivery.headers['x-tradeready-signature']).toBe(signed);
      // webhook_integration.py checks `hmac.compare_digest(sig_header, f"sha256={hmac(secret, body)}")`
      // with sig_header read from X-TradeReady-Signature: the body-only HMAC under the new header
      // name, which never matches. To verify, the example would need to read X-Webhook-Signature
      // instead (and compare it without the "sha256=" prefix), whose value is that HMAC.
      expect(delivery.headers['x-webhook-signature']).toBe(legacy);
    });

    it('update_webhook → PUT /webhooks/{id} {active: false}; delete_webhook → DELETE (204, no body)', async () => {
      const updated = await server.call('updateWebhook', { headers: sdk, path: { webhook_id: webhookId }, body: { active: false } });
      expect(updated.status).toBe(200);
      expect(readErrors(WEBHOOK, updated.body)).toEqual([]);
      expect(updated.body.active).toBe(false);
      const deleted = await server.call('deleteWebhook', { headers: sdk, path: { webhook_id: webhookId } });
      expect(deleted.status).toBe(204);
      expect(deleted.body).toBe('');
      expect((await server.call('getWebhook', { headers: sdk, path: { webhook_id: webhookId } })).status).toBe(404);
    });
  });
});
