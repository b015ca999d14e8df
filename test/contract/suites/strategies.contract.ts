// A strategy client written from openapi.yaml: a strategy from create to a live deploy and back
// (both definition forms, versions, compare), then every refusal the strategy routes document:
// no credential, an agent's key on a write, another account's strategy, illegal state moves,
// malformed definitions, the 100-strategy limit.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checker, TestServer, type CallOptions, type Credentials } from '../../support/harness.js';

const FLAT = {
  pairs: ['BTCUSDT', 'ethusdt'],
  timeframe: '1h',
  entry_conditions: { rsi_below: 30, price_above_sma: 50 },
  exit_conditions: { stop_loss_pct: 5, take_profit_pct: 10 },
  position_size_pct: 10,
  max_positions: 2,
};

const RULE_LIST = {
  type: 'rule_based',
  symbol: 'BTCUSDT',
  entry_conditions: [
    { indicator: 'rsi', period: 14, operator: '<', threshold: 30 },
    { indicator: 'macd', fast: 12, slow: 26, signal: 9, operator: 'crossover' },
  ],
  exit_conditions: [{ indicator: 'rsi', period: 14, operator: '>', threshold: 70 }],
  position_size_pct: 0.1,
  stop_loss_pct: 0.05,
};

/** The strategy routes of this suite (the test routes have their own). */
const STRATEGY_OPS = [
  'createStrategy',
  'listStrategies',
  'compareStrategies',
  'getStrategy',
  'updateStrategy',
  'archiveStrategy',
  'createStrategyVersion',
  'listStrategyVersions',
  'getStrategyVersion',
  'deployStrategy',
  'undeployStrategy',
];

describe('strategies: from a definition to a live deploy', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  let key: Record<string, string>;
  let jwt: Record<string, string>;
  let strategyId: string;

  const call = (operationId: string, opts: CallOptions = {}) =>
    server.call(operationId, { headers: key, ...opts, path: { strategy_id: strategyId, ...opts.path } });
  /** What a completed test does (the test routes are another suite's): strategy and version validated. */
  const validate = async (id: string, version: number) => {
    const db = server.app.services.db;
    await db.updateTable('strategies').set({ status: 'validated' }).where('id', '=', id).where('status', '<>', 'deployed').execute();
    await db
      .updateTable('strategy_versions')
      .set({ status: 'validated' })
      .where('strategy_id', '=', id)
      .where('version', '=', version)
      .execute();
  };

  beforeAll(async () => {
    server = await TestServer.start();
    server.pushPrice('BTCUSDT', '60000');
    server.pushPrice('ETHUSDT', '3000');
    alice = await server.registerAccount({ display_name: 'Strategy Alice' });
    bob = await server.registerAccount({ display_name: 'Strategy Bob' });
    key = { 'X-API-Key': alice.apiKey };
    jwt = { Authorization: `Bearer ${await server.login(alice)}` };
  });
  afterAll(async () => {
    await server.stop();
  });

  it('documents every strategy route under the Strategies tag', () => {
    for (const operationId of STRATEGY_OPS) expect(checker.operations.get(operationId)?.op.tags, operationId).toEqual(['Strategies']);
  });

  it('creates a draft from the flat form with the account key', async () => {
    const res = await server.call('createStrategy', { headers: key, body: { name: ' RSI dip buyer ', definition: FLAT } });
    expect(res.status).toBe(201);
    strategyId = res.body.strategy_id;
    expect(res.body).toMatchObject({
      name: 'RSI dip buyer',
      status: 'draft',
      current_version: 1,
      deployed_version: null,
      description: null,
    });
    const got = await call('getStrategy');
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ current_definition: FLAT, latest_test_results: null });
    expect(got.body.current_normalized_definition.pairs).toEqual(['BTCUSDT', 'ETHUSDT']);
  });

  it('reads with any credential of the account, an agent key and a JWT included', async () => {
    for (const headers of [key, jwt, { 'X-API-Key': alice.agentApiKey }]) {
      const list = await server.call('listStrategies', { headers, query: { status: 'draft', limit: '10' } });
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ total: 1, limit: 10, offset: 0 });
      expect(list.body.strategies[0].strategy_id).toBe(strategyId);
    }
  });

  it("adds a version in the SDK's rule-list form, normalised one to one", async () => {
    const res = await call('createStrategyVersion', { headers: jwt, body: { definition: RULE_LIST, change_notes: 'SDK form' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, parent_version: 1, status: 'draft', definition: RULE_LIST });
    expect(res.body.normalized_definition).toMatchObject({
      pairs: ['BTCUSDT'],
      entry_conditions: { rsi_below: 30, macd_cross_above: true },
      exit_conditions: { rsi_above: 70, stop_loss_pct: 5 },
      position_size_pct: 10,
    });
    const versions = await call('listStrategyVersions');
    expect(versions.status).toBe(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const one = await call('getStrategyVersion', { path: { version: '1' } });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ version: 1, change_notes: 'Initial version' });
  });

  it('renames it', async () => {
    const res = await call('updateStrategy', { body: { name: 'RSI dip buyer v2', description: 'Now with MACD.' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'RSI dip buyer v2', description: 'Now with MACD.' });
  });

  it('refuses a deploy before a completed test, then deploys a validated version to the agent in scope', async () => {
    const early = await call('deployStrategy', { body: { version: 1 } });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'STRATEGY_INVALID_STATE',
      details: { current_status: 'draft', required_status: 'validated' },
    });
    await validate(strategyId, 1);
    const untested = await call('deployStrategy', { body: { version: 2 } });
    expect(untested.status).toBe(409);
    expect(untested.body.error.details.reason).toBe('version_not_validated');
    const missing = await call('deployStrategy', { body: { version: 9 } });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'STRATEGY_NOT_FOUND', details: { version: 9 } });
    const foreignAgent = await call('deployStrategy', { body: { version: 1, agent_id: bob.agentId } });
    expect(foreignAgent.status).toBe(404);
    expect(foreignAgent.body.error.code).toBe('AGENT_NOT_FOUND');

    const res = await call('deployStrategy', { body: { version: 1 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'deployed', deployed_version: 1, deployed_agent_id: alice.agentId });
    expect((await call('getStrategy')).body).toMatchObject({ status: 'deployed', deployed_version: 1 });
  });

  it('replaces the live version with another validated one, and refuses to archive while deployed', async () => {
    await validate(strategyId, 2);
    const res = await call('deployStrategy', { body: { version: 2, agent_id: alice.agentId } });
    expect(res.status).toBe(200);
    expect(res.body.deployed_version).toBe(2);
    const versions = (await call('listStrategyVersions')).body.map((v: { version: number; status: string }) => [v.version, v.status]);
    expect(versions).toEqual([
      [2, 'deployed'],
      [1, 'validated'],
    ]);
    const archive = await call('archiveStrategy');
    expect(archive.status).toBe(409);
    expect(archive.body.error.details).toMatchObject({ reason: 'deployed', current_status: 'deployed' });
  });

  it('undeploys, and refuses a second undeploy', async () => {
    const res = await call('undeployStrategy');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'validated', deployed_version: null, deployed_agent_id: null, deployed_at: null });
    const again = await call('undeployStrategy');
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ current_status: 'validated', required_status: 'deployed' });
  });

  it('compares two strategies', async () => {
    const other = await server.call('createStrategy', { headers: key, body: { name: 'Other', definition: { pairs: ['SOLUSDT'] } } });
    const res = await server.call('compareStrategies', {
      headers: { 'X-API-Key': alice.agentApiKey },
      body: { strategy_ids: [strategyId, other.body.strategy_id], ranking_metric: 'roi_pct' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ranking_metric: 'roi_pct', winner_id: null });
    expect(res.body.strategies.map((e: { rank: number }) => e.rank)).toEqual([1, 2]);
    const foreign = await server.call('compareStrategies', { headers: key, body: { strategy_ids: [strategyId, randomUUID()] } });
    expect(foreign.status).toBe(404);
    const bad = await server.call('compareStrategies', { headers: key, body: { strategy_ids: [strategyId], ranking_metric: 'luck' } });
    expect(bad.status).toBe(422);
  });

  it('archives it; an archived strategy takes no version', async () => {
    const res = await call('archiveStrategy');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('archived');
    const version = await call('createStrategyVersion', { body: { definition: FLAT } });
    expect(version.status).toBe(409);
    expect(version.body.error.details).toMatchObject({ current_status: 'archived' });
  });

  it('answers every route without a credential with 401', async () => {
    for (const operationId of STRATEGY_OPS.filter((op) => checker.documentedStatuses(op).includes('401'))) {
      const hasBody = checker.operations.get(operationId)!.op.requestBody !== undefined;
      const res = await server.call(operationId, { path: { strategy_id: strategyId, version: '1' }, ...(hasBody ? { body: {} } : {}) });
      expect(res.status, operationId).toBe(401);
    }
  });

  it("refuses every write with an agent's key: 403 agent_key_read_only", async () => {
    const agentKey = { 'X-API-Key': alice.agentApiKey };
    const writes: Array<[string, CallOptions]> = [
      ['createStrategy', { body: { name: 'x', definition: FLAT } }],
      ['updateStrategy', { body: { name: 'y' } }],
      ['archiveStrategy', {}],
      ['createStrategyVersion', { body: { definition: FLAT } }],
      ['deployStrategy', { body: { version: 1 } }],
      ['undeployStrategy', {}],
    ];
    for (const [operationId, opts] of writes) {
      const res = await call(operationId, { ...opts, headers: agentKey });
      expect(res.status, operationId).toBe(403);
      expect(res.body.error, operationId).toMatchObject({ code: 'PERMISSION_DENIED', details: { reason: 'agent_key_read_only' } });
    }
  });

  it("answers another account's strategy like an unknown one, on every route", async () => {
    const bobKey = { 'X-API-Key': bob.apiKey };
    const routes: Array<[string, CallOptions]> = [
      ['getStrategy', {}],
      ['updateStrategy', { body: { name: 'mine' } }],
      ['archiveStrategy', {}],
      ['createStrategyVersion', { body: { definition: FLAT } }],
      ['listStrategyVersions', {}],
      ['getStrategyVersion', { path: { version: '1' } }],
      ['deployStrategy', { body: { version: 1 } }],
      ['undeployStrategy', {}],
    ];
    for (const [operationId, opts] of routes) {
      for (const id of [strategyId, randomUUID()]) {
        const res = await server.call(operationId, { headers: bobKey, ...opts, path: { strategy_id: id, ...opts.path } });
        expect(res.status, operationId).toBe(404);
        expect(res.body.error, operationId).toMatchObject({ code: 'STRATEGY_NOT_FOUND', details: { strategy_id: id } });
      }
    }
  });

  it('answers a malformed id or version with 422 naming the field', async () => {
    const routes: Array<[string, CallOptions]> = [
      ['getStrategy', {}],
      ['updateStrategy', { body: { name: 'x' } }],
      ['archiveStrategy', {}],
      ['createStrategyVersion', { body: { definition: FLAT } }],
      ['listStrategyVersions', {}],
      ['getStrategyVersion', { path: { version: '1' } }],
      ['deployStrategy', { body: { version: 1 } }],
      ['undeployStrategy', {}],
    ];
    for (const [operationId, opts] of routes) {
      const res = await server.call(operationId, { headers: key, ...opts, path: { strategy_id: 'not-a-uuid', ...opts.path } });
      expect(res.status, operationId).toBe(422);
      expect(res.body.error.details.errors[0].field, operationId).toBe('path.strategy_id');
    }
    const version = await call('getStrategyVersion', { path: { version: '0' } });
    expect(version.status).toBe(422);
    const list = await server.call('listStrategies', { headers: key, query: { status: 'sleeping' } });
    expect(list.status).toBe(422);
  });

  it('answers malformed definitions with 422 naming the field', async () => {
    const create = (definition: unknown) => server.call('createStrategy', { headers: key, body: { name: 'Bad', definition } });
    const typo = await create({ pairs: ['BTCUSDT'], entry_conditions: { rsi_blow: 30 } });
    expect(typo.status).toBe(422);
    expect(typo.body.error.details.errors).toContainEqual({
      field: 'body.definition.entry_conditions.rsi_blow',
      message: 'is not an allowed field',
    });
    const pair = await create({ pairs: ['BTCUSDT', 'FOOUSDT'] });
    expect(pair.status).toBe(422);
    expect(pair.body.error.details.errors[0].field).toBe('body.definition.pairs.1');
    const rule = await create({ symbol: 'BTCUSDT', entry_conditions: [{ indicator: 'rsi', period: 7, operator: '<', threshold: 30 }] });
    expect(rule.status).toBe(422);
    expect(rule.body.error.details.errors[0].field).toBe('body.definition.entry_conditions.0.period');
    const other = await server.call('createStrategy', { headers: key, body: { name: 'x', definition: FLAT, extra: 1 } });
    expect(other.body.error.details.errors).toContainEqual({ field: 'body.extra', message: 'is not an allowed field' });
    const noChange = await server.call('createStrategy', { headers: key, body: { name: 'x', definition: FLAT } });
    const update = await server.call('updateStrategy', { headers: key, path: { strategy_id: noChange.body.strategy_id }, body: {} });
    expect(update.status).toBe(422);
    expect(update.body.error.details.errors[0].field).toBe('body');
    const deploy = await server.call('deployStrategy', {
      headers: key,
      path: { strategy_id: noChange.body.strategy_id },
      body: { version: 0 },
    });
    expect(deploy.status).toBe(422);
    const undeploy = await server.call('undeployStrategy', { headers: key, path: { strategy_id: noChange.body.strategy_id } });
    expect(undeploy.status).toBe(409);
  });

  it('holds at most 100 strategies that are not archived: 409 LIMIT_REACHED', async () => {
    const carol = await server.registerAccount({ display_name: 'Carol' });
    const headers = { 'X-API-Key': carol.apiKey };
    for (let i = 0; i < 100; i++) {
      const res = await server.call('createStrategy', { headers, body: { name: `S${i}`, definition: { pairs: ['BTCUSDT'] } } });
      expect(res.status).toBe(201);
    }
    const over = await server.call('createStrategy', { headers, body: { name: 'over', definition: { pairs: ['BTCUSDT'] } } });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'LIMIT_REACHED', details: { reason: 'limit_reached', limit: 100 } });
  });
});
