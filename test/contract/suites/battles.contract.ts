// A battle client written from openapi.yaml and asyncapi.yaml: a live battle of three agents from
// a preset to its results (fresh wallets, the allowed-pairs and pause rules on live orders, the
// `battle:{id}` channel), then every refusal the battle routes document: API keys, another
// account's battle on every route, illegal state moves, unknown agents and pairs.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref, type SpecParameter } from '../../../scripts/lib/spec.js';
import { checker, TestServer, type CallOptions, type Credentials } from '../../support/harness.js';
import { WsClient } from '../../support/ws-client.js';

interface Agent {
  id: string;
  apiKey: string;
}

/** Every battle operation, with a request built from the spec's own examples. */
const battleOps = [...checker.operations.values()]
  .filter(({ path }) => path.startsWith('/api/v1/battles'))
  .map(({ operationId, path, op }) => {
    const body = deref(checker.spec, op.requestBody)?.content['application/json'] as { example?: unknown } | undefined;
    const params = [...((checker.spec.paths[path] as { parameters?: unknown[] }).parameters ?? []), ...(op.parameters ?? [])].map((p) =>
      deref<SpecParameter & { example?: unknown }>(checker.spec, p as SpecParameter),
    );
    return {
      operationId,
      pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
      example: {
        path: Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, String(p.example)])),
        ...(body ? { body: body.example } : {}),
      } satisfies CallOptions,
    };
  });

describe('battles: a live battle of three agents from a preset to its results', () => {
  let server: TestServer;
  let alice: Credentials;
  let jwt: Record<string, string>;
  let agents: Agent[];
  let battleId: string;
  let ws: WsClient;
  /** Each agent's balances before the battle, to compare once its wallet is restored. */
  const before = new Map<string, unknown>();

  const balances = async (a: Agent) => (await server.call('getBalance', { headers: { 'X-API-Key': a.apiKey } })).body;
  const call = (operationId: string, opts: CallOptions = {}) =>
    server.call(operationId, { headers: jwt, ...opts, path: { battle_id: battleId, ...opts.path } });

  beforeAll(async () => {
    server = await TestServer.start({ BATTLE_SNAPSHOT_INTERVAL_MS: '50' });
    server.pushPrice('BTCUSDT', '60000');
    server.pushPrice('ETHUSDT', '3000');
    server.pushPrice('SOLUSDT', '150');
    alice = await server.registerAccount({ display_name: 'Battle Alice' });
    jwt = { Authorization: `Bearer ${await server.login(alice)}` };
    agents = [];
    for (const name of ['Momentum', 'Mean reversion', 'Buy and hold']) {
      const res = await server.call('createAgent', { headers: jwt, body: { display_name: name, starting_balance: '10000' } });
      expect(res.status).toBe(201);
      agents.push({ id: res.body.agent_id, apiKey: res.body.api_key });
    }
    // A holding that is not USDT, so the restore is checked on holdings rather than a USDT sum.
    const bought = await server.call('placeOrder', {
      headers: { 'X-API-Key': agents[2]!.apiKey },
      body: { symbol: 'ETHUSDT', side: 'buy', type: 'market', quantity: '0.5' },
    });
    expect(bought.status).toBe(201);
    for (const a of agents) before.set(a.id, await balances(a));
    ws = await WsClient.connect(server, { token: jwt.Authorization!.slice('Bearer '.length) });
  });
  afterAll(async () => {
    await ws.close();
    await server.stop();
  });

  it('lists the eight presets', async () => {
    const res = await server.call('listBattlePresets', { headers: jwt });
    expect(res.status).toBe(200);
    expect(res.body.map((p: { key: string }) => p.key).sort()).toEqual(
      ['day_trader', 'historical_day', 'historical_month', 'historical_week', 'marathon', 'quick_1h', 'scalper_duel', 'survival'].sort(),
    );
    expect(res.body.every((p: { wallet_mode: string }) => p.wallet_mode === 'fresh')).toBe(true);
    const survival = res.body.find((p: { key: string }) => p.key === 'survival');
    expect(survival).toMatchObject({ duration_type: 'unlimited', survival: true, battle_mode: 'live' });
    expect(res.body.find((p: { key: string }) => p.key === 'historical_week')).toMatchObject({
      battle_mode: 'historical',
      candle_interval: 300,
    });
  });

  it('creates a draft from a preset, the body config merged over the preset', async () => {
    const res = await server.call('createBattle', {
      headers: jwt,
      body: { name: 'Sprint', preset: 'quick_1h', config: { allowed_pairs: ['btcusdt', 'ETHUSDT'] } },
    });
    expect(res.status).toBe(201);
    battleId = res.body.id;
    expect(res.body).toMatchObject({
      account_id: alice.accountId,
      name: 'Sprint',
      status: 'draft',
      battle_mode: 'live',
      preset: 'quick_1h',
      ranking_metric: 'roi_pct',
      backtest_config: null,
      participant_count: 0,
      participants: [],
      winner_agent_id: null,
      started_at: null,
    });
    expect(res.body.config).toMatchObject({
      wallet_mode: 'fresh',
      duration_type: 'fixed',
      duration_seconds: 3600,
      allowed_pairs: ['BTCUSDT', 'ETHUSDT'],
    });
    const got = await call('getBattle');
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it('subscribes to the battle channel in the docs form', async () => {
    const ack = await ws.subscribe({ channel: 'battle', battle_id: battleId });
    expect(ack).toMatchObject({ type: 'subscribed', channel: `battle:${battleId}` });
  });

  it('adds three participants: the battle becomes pending', async () => {
    for (const [i, a] of agents.entries()) {
      const res = await call('addBattleParticipant', { body: { agent_id: a.id } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ battle_id: battleId, agent_id: a.id, status: 'active', final_rank: null, snapshot_balance: null });
      if (i === 0) expect((await call('getBattle')).body.status).toBe('pending');
    }
    const got = await call('getBattle');
    expect(got.body).toMatchObject({ status: 'pending', participant_count: 3 });
    expect(got.body.participants.map((p: { agent_id: string }) => p.agent_id)).toEqual(agents.map((a) => a.id));
  });

  it('refuses results before the start; the standings are empty', async () => {
    const results = await call('getBattleResults');
    expect(results.status).toBe(409);
    expect(results.body.error.details).toMatchObject({ current_status: 'pending', required_status: ['completed'] });
    const live = await call('getBattleLive');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'pending', participants: [], elapsed_seconds: 0 });
  });

  it('starts: fresh wallets of the starting balance, a battle_started event', async () => {
    const res = await call('startBattle');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('active');
    expect(res.body.started_at).not.toBeNull();
    expect(res.body.ends_at).not.toBeNull();
    for (const p of res.body.participants) {
      expect(p.starting_balance).toBe('10000.00000000');
      expect(p.snapshot_balance).not.toBeNull();
    }
    for (const a of agents) {
      const sheet = await balances(a);
      expect(sheet.balances).toEqual([{ asset: 'USDT', available: '10000.00000000', locked: '0.00000000', total: '10000.00000000' }]);
    }
    const started = await ws.next((m) => m.type === 'status' && m.data.event === 'battle_started');
    expect(started.channel).toBe(`battle:${battleId}`);
  });

  it('streams every participant fill as a trade on the channel', async () => {
    const placed = await server.call('placeOrder', {
      headers: { 'X-API-Key': agents[0]!.apiKey },
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' },
    });
    expect(placed.status).toBe(201);
    const trade = await ws.next((m) => m.type === 'trade' && m.data.order_id === placed.body.order_id);
    expect(trade.channel).toBe(`battle:${battleId}`);
    expect(trade.data).toMatchObject({ battle_id: battleId, agent_id: agents[0]!.id, symbol: 'BTCUSDT', side: 'buy' });
  });

  it('rejects a live order on a pair outside allowed_pairs', async () => {
    const res = await server.call('placeOrder', {
      headers: { 'X-API-Key': agents[1]!.apiKey },
      body: { symbol: 'SOLUSDT', side: 'buy', type: 'market', quantity: '1' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ORDER_REJECTED');
    expect(res.body.error.details).toMatchObject({
      reason: 'pair_not_allowed_in_battle',
      battle_id: battleId,
      symbol: 'SOLUSDT',
      allowed_pairs: ['BTCUSDT', 'ETHUSDT'],
    });
  });

  it('pauses a participant (its orders are rejected) and resumes it', async () => {
    const paused = await call('pauseBattleParticipant', { path: { agent_id: agents[1]!.id } });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ agent_id: agents[1]!.id, status: 'paused' });
    expect((await call('getBattle')).body.status).toBe('paused');
    await ws.next((m) => m.type === 'status' && m.data.event === 'agent_paused' && m.data.agent_id === agents[1]!.id);

    const order = await server.call('placeOrder', {
      headers: { 'X-API-Key': agents[1]!.apiKey },
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' },
    });
    expect(order.status).toBe(400);
    expect(order.body.error).toMatchObject({ code: 'ORDER_REJECTED', details: { reason: 'battle_participant_paused' } });

    const again = await call('pauseBattleParticipant', { path: { agent_id: agents[1]!.id } });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ reason: 'participant_not_active', participant_status: 'paused' });

    const resumed = await call('resumeBattleParticipant', { path: { agent_id: agents[1]!.id } });
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe('active');
    expect((await call('getBattle')).body.status).toBe('active');
    await ws.next((m) => m.type === 'status' && m.data.event === 'agent_resumed');

    const notPaused = await call('resumeBattleParticipant', { path: { agent_id: agents[1]!.id } });
    expect(notPaused.status).toBe(409);
    expect(notPaused.body.error.details).toMatchObject({ reason: 'participant_not_paused', participant_status: 'active' });
  });

  it('streams the standings and serves them on /live', async () => {
    const snapshot = await ws.next((m) => m.type === 'battle_snapshot' && m.data.participants.length === 3);
    expect(snapshot.data.battle_id).toBe(battleId);
    const live = await call('getBattleLive');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ battle_id: battleId, status: 'active', battle_mode: 'live', virtual_time: null });
    expect(live.body.participants.map((p: { rank: number }) => p.rank)).toEqual([1, 2, 3]);
    expect(live.body.participants.map((p: { agent_id: string }) => p.agent_id).sort()).toEqual(agents.map((a) => a.id).sort());
    expect(live.body.remaining_seconds).not.toBeNull();
  });

  it('refuses what a running live battle does not allow, naming the statuses', async () => {
    const update = await call('updateBattle', { body: { name: 'Renamed' } });
    expect(update.status).toBe(409);
    expect(update.body.error).toMatchObject({
      code: 'BATTLE_INVALID_STATE',
      details: { battle_id: battleId, current_status: 'active', required_status: ['draft', 'pending'] },
    });
    expect((await call('addBattleParticipant', { body: { agent_id: alice.agentId } })).status).toBe(409);
    expect((await call('removeBattleParticipant', { path: { agent_id: agents[0]!.id } })).status).toBe(409);
    expect((await call('startBattle')).status).toBe(409);
    expect((await call('rematchBattle', { body: {} })).body.error.details.required_status).toEqual(['completed']);
    const results = await call('getBattleResults');
    expect(results.status).toBe(409);
    expect(results.body.error.details).toMatchObject({ current_status: 'active', required_status: ['completed'] });
    // The historical-only routes on a live battle.
    for (const [operationId, body] of [
      ['stepBattle', undefined],
      ['stepBattleBatch', { steps: 2 }],
      ['placeBattleOrder', { agent_id: agents[0]!.id, symbol: 'BTCUSDT', side: 'buy', quantity: '0.01' }],
      ['getBattlePrices', undefined],
    ] as const) {
      const res = await call(operationId, body === undefined ? {} : { body });
      expect(res.status, operationId).toBe(409);
      expect(res.body.error.details.reason, operationId).toBe('not_historical');
    }
  });

  it('stops: ranked results, the winner, restored wallets and a battle_completed event', async () => {
    const stopped = await call('stopBattle');
    expect(stopped.status).toBe(200);
    expect(stopped.body.status).toBe('completed');
    expect(stopped.body.ended_at).not.toBeNull();
    const completed = await ws.next((m) => m.type === 'status' && m.data.event === 'battle_completed');
    expect(completed.data.winner_agent_id).toBe(stopped.body.winner_agent_id);

    const results = await call('getBattleResults');
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ battle_id: battleId, status: 'completed', battle_mode: 'live', ranking_metric: 'roi_pct' });
    expect(results.body.rankings.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
    expect(results.body.rankings[0].agent_id).toBe(stopped.body.winner_agent_id);
    expect(results.body.winner_agent_id).toBe(stopped.body.winner_agent_id);
    expect(results.body.participants).toEqual(results.body.rankings);
    expect(results.body.completed_at).toBe(results.body.ended_at);
    for (const p of stopped.body.participants) expect(p.final_rank).not.toBeNull();

    for (const a of agents) expect(await balances(a)).toEqual(before.get(a.id));

    expect((await call('stopBattle')).body.error.details).toMatchObject({ current_status: 'completed' });
  });

  it('replays the stored snapshots, oldest first', async () => {
    const res = await call('getBattleReplay', { query: { limit: '5' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ battle_id: battleId, battle_mode: 'live', limit: 5, offset: 0 });
    expect(res.body.total).toBeGreaterThan(0);
    const times = res.body.snapshots.map((s: { timestamp: string }) => s.timestamp);
    expect([...times].sort()).toEqual(times);
  });

  it('creates a historical rematch of the completed battle', async () => {
    const res = await call('rematchBattle', { body: {} });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Replay: Sprint', battle_mode: 'historical', status: 'pending', participant_count: 3 });
    expect(res.body.backtest_config).toMatchObject({ candle_interval: 60, pairs: ['BTCUSDT', 'ETHUSDT'] });
    const bare = await server.call('rematchBattle', { headers: jwt, path: { battle_id: battleId } });
    expect(bare.status).toBe(201);
  });

  it('deletes a completed battle', async () => {
    expect((await call('deleteBattle')).status).toBe(204);
    expect((await call('getBattle')).status).toBe(404);
  });
});

describe('battles: rules and refusals', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  let jwt: Record<string, string>;
  let bobJwt: Record<string, string>;
  let agents: string[];
  let bobAgent: string;

  const create = async (body: Record<string, unknown> = {}) => {
    const res = await server.call('createBattle', { headers: jwt, body: { name: 'Duel', preset: 'quick_1h', ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const join = async (id: string, agentId: string) => {
    const res = await server.call('addBattleParticipant', { headers: jwt, path: { battle_id: id }, body: { agent_id: agentId } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  };

  beforeAll(async () => {
    server = await TestServer.start({ MAX_AGENTS_PER_ACCOUNT: '60' });
    server.pushPrice('BTCUSDT', '60000');
    server.pushPrice('ETHUSDT', '3000');
    alice = await server.registerAccount({ display_name: 'Refused Alice' });
    bob = await server.registerAccount({ display_name: 'Foreign Bob' });
    jwt = { Authorization: `Bearer ${await server.login(alice)}` };
    bobJwt = { Authorization: `Bearer ${await server.login(bob)}` };
    bobAgent = bob.agentId;
    agents = [alice.agentId];
    for (let i = 0; i < 2; i++) {
      const res = await server.call('createAgent', { headers: jwt, body: { display_name: `Fighter ${i}` } });
      agents.push(res.body.agent_id);
    }
  });
  afterAll(() => server.stop());

  it('answers an API key with 403 and no credential with 401 on every battle route', async () => {
    expect(battleOps).toHaveLength(20);
    for (const op of battleOps) {
      const keyed = await server.call(op.operationId, { ...op.example, headers: { 'X-API-Key': alice.apiKey } });
      expect(keyed.status, op.operationId).toBe(403);
      expect(keyed.body.error.code, op.operationId).toBe('PERMISSION_DENIED');
      const agentKeyed = await server.call(op.operationId, { ...op.example, headers: { 'X-API-Key': alice.agentApiKey } });
      expect(agentKeyed.status, op.operationId).toBe(403);
      const anonymous = await server.call(op.operationId, op.example);
      expect(anonymous.status, op.operationId).toBe(401);
    }
  });

  it("answers another account's battle with 404 BATTLE_NOT_FOUND on every battle route, and changes nothing", async () => {
    const id = await create();
    await join(id, agents[0]!);
    const snapshot = (await server.call('getBattle', { headers: jwt, path: { battle_id: id } })).body;
    const routes = battleOps.filter((op) => op.pathParams.includes('battle_id'));
    expect(routes).toHaveLength(17);
    for (const op of routes) {
      const body = op.example.body === undefined ? undefined : { ...(op.example.body as object) };
      // Bob names his own agent where a body takes one: the battle is still not his.
      if (body && 'agent_id' in body) (body as Record<string, unknown>).agent_id = bobAgent;
      const res = await server.call(op.operationId, {
        headers: bobJwt,
        path: { battle_id: id, agent_id: agents[0]! },
        ...(body ? { body } : {}),
      });
      expect(res.status, op.operationId).toBe(404);
      expect(res.body.error.code, op.operationId).toBe('BATTLE_NOT_FOUND');
      expect(res.body.error.details.battle_id, op.operationId).toBe(id);
    }
    expect((await server.call('getBattle', { headers: jwt, path: { battle_id: id } })).body).toEqual(snapshot);
    expect((await server.call('listBattles', { headers: bobJwt })).body).toMatchObject({ battles: [], total: 0 });
    // An unknown id answers the same.
    const unknown = await server.call('getBattle', { headers: jwt, path: { battle_id: randomUUID() } });
    expect(unknown.body.error.code).toBe('BATTLE_NOT_FOUND');
  });

  it('answers a malformed battle id with 422 on every battle route', async () => {
    for (const op of battleOps.filter((o) => o.pathParams.includes('battle_id'))) {
      const res = await server.call(op.operationId, { ...op.example, headers: jwt, path: { ...op.example.path, battle_id: 'not-a-uuid' } });
      expect(res.status, op.operationId).toBe(422);
      expect(res.body.error.details.errors[0].field, op.operationId).toBe('path.battle_id');
    }
  });

  it('validates the create body: unknown pairs 400, unknown keys and missing parts 422', async () => {
    const badPair = await server.call('createBattle', { headers: jwt, body: { name: 'x', config: { allowed_pairs: ['FOOUSDT'] } } });
    expect(badPair.status).toBe(400);
    expect(badPair.body.error.code).toBe('INVALID_SYMBOL');
    const unknownKey = await server.call('createBattle', { headers: jwt, body: { name: 'x', config: { bogus: 1 } } });
    expect(unknownKey.status).toBe(422);
    expect(JSON.stringify(unknownKey.body.error.details.errors)).toContain('body.config');
    const noRange = await server.call('createBattle', { headers: jwt, body: { name: 'x', battle_mode: 'historical' } });
    expect(noRange.status).toBe(422);
    expect(noRange.body.error.details.errors.map((e: { field: string }) => e.field)).toContain('body.backtest_config');
    const noDuration = await server.call('createBattle', { headers: jwt, body: { name: 'x', config: { duration_type: 'fixed' } } });
    expect(noDuration.status).toBe(422);
    const disagree = await server.call('createBattle', {
      headers: jwt,
      body: { name: 'x', config: { duration_minutes: 60, duration_hours: 2 } },
    });
    expect(disagree.status).toBe(422);
    const badMetric = await server.call('createBattle', { headers: jwt, body: { name: 'x', ranking_metric: 'luck' } });
    expect(badMetric.status).toBe(422);
    const hours = await server.call('createBattle', { headers: jwt, body: { name: 'Two hours', config: { duration_hours: 2 } } });
    expect(hours.status).toBe(201);
    expect(hours.body.config).toMatchObject({ duration_type: 'fixed', duration_seconds: 7200 });
  });

  it('updates a draft (only the fields sent) and refuses an unknown pair', async () => {
    const id = await create();
    const res = await server.call('updateBattle', {
      headers: jwt,
      path: { battle_id: id },
      body: { name: 'Renamed', ranking_metric: 'sharpe_ratio', config: { starting_balance: '2500' } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Renamed', ranking_metric: 'sharpe_ratio', preset: 'quick_1h' });
    expect(res.body.config.duration_seconds).toBe(3600);
    const bad = await server.call('updateBattle', { headers: jwt, path: { battle_id: id }, body: { config: { pairs: ['FOOUSDT'] } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_SYMBOL');
  });

  it('lists the battles newest first, filtered and paged', async () => {
    const all = await server.call('listBattles', { headers: jwt });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body.battles.length);
    const created = all.body.battles.map((b: { created_at: string }) => b.created_at);
    expect([...created].sort().reverse()).toEqual(created);
    const page = await server.call('listBattles', { headers: jwt, query: { status: 'draft', limit: '1', offset: '0' } });
    expect(page.body).toMatchObject({ limit: 1, offset: 0 });
    expect(page.body.battles).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(1);
    expect((await server.call('listBattles', { headers: jwt, query: { limit: '201' } })).status).toBe(422);
  });

  it('refuses unknown, foreign, archived and repeated participants', async () => {
    const id = await create();
    const add = (agentId: string) =>
      server.call('addBattleParticipant', { headers: jwt, path: { battle_id: id }, body: { agent_id: agentId } });
    const unknown = await add(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('AGENT_NOT_FOUND');
    expect((await add(bobAgent)).body.error.code).toBe('AGENT_NOT_FOUND');
    await join(id, agents[1]!);
    const twice = await add(agents[1]!);
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.reason).toBe('already_participant');
    const archived = await server.call('createAgent', { headers: jwt, body: { display_name: 'Retired' } });
    await server.call('archiveAgent', { headers: jwt, path: { agent_id: archived.body.agent_id } });
    const refused = await add(archived.body.agent_id);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'PERMISSION_DENIED', details: { reason: 'agent_archived' } });

    const notIn = await server.call('removeBattleParticipant', { headers: jwt, path: { battle_id: id, agent_id: agents[2]! } });
    expect(notIn.status).toBe(404);
    expect(notIn.body.error).toMatchObject({ code: 'AGENT_NOT_FOUND', details: { reason: 'not_in_battle' } });
    const removed = await server.call('removeBattleParticipant', { headers: jwt, path: { battle_id: id, agent_id: agents[1]! } });
    expect(removed.status).toBe(204);
    expect((await server.call('getBattle', { headers: jwt, path: { battle_id: id } })).body).toMatchObject({
      status: 'draft',
      participant_count: 0,
    });
  });

  it('refuses a 51st participant with 409 LIMIT_REACHED', async () => {
    const id = await create();
    const ids = [...agents];
    while (ids.length < 51) {
      const res = await server.call('createAgent', { headers: jwt, body: { display_name: `Crowd ${ids.length}` } });
      expect(res.status).toBe(201);
      ids.push(res.body.agent_id);
    }
    for (const agentId of ids.slice(0, 50)) await join(id, agentId);
    const over = await server.call('addBattleParticipant', { headers: jwt, path: { battle_id: id }, body: { agent_id: ids[50] } });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'LIMIT_REACHED', details: { limit: 50 } });
  });

  it('refuses to start with one participant, and an agent already in a running live battle', async () => {
    const lonely = await create();
    await join(lonely, agents[0]!);
    const one = await server.call('startBattle', { headers: jwt, path: { battle_id: lonely } });
    expect(one.status).toBe(409);
    expect(one.body.error.details).toMatchObject({ reason: 'not_enough_participants', participant_count: 1 });

    const first = await create();
    await join(first, agents[0]!);
    await join(first, agents[1]!);
    expect((await server.call('startBattle', { headers: jwt, path: { battle_id: first } })).status).toBe(200);
    const second = await create();
    await join(second, agents[1]!);
    await join(second, agents[2]!);
    const busy = await server.call('startBattle', { headers: jwt, path: { battle_id: second } });
    expect(busy.status).toBe(409);
    expect(busy.body.error.details).toMatchObject({ reason: 'agent_in_another_battle', agent_id: agents[1], other_battle_id: first });

    // Pausing or resuming an agent that is not in the battle.
    for (const operationId of ['pauseBattleParticipant', 'resumeBattleParticipant'] as const) {
      const res = await server.call(operationId, { headers: jwt, path: { battle_id: first, agent_id: agents[2]! } });
      expect(res.status, operationId).toBe(404);
      expect(res.body.error.details.reason, operationId).toBe('not_in_battle');
    }

    // Deleting a running battle cancels it (204), then it can be read as cancelled.
    expect((await server.call('deleteBattle', { headers: jwt, path: { battle_id: first } })).status).toBe(204);
    const cancelled = await server.call('getBattle', { headers: jwt, path: { battle_id: first } });
    expect(cancelled.body.status).toBe('cancelled');
    // With the first battle over, its agent is free again.
    expect((await server.call('startBattle', { headers: jwt, path: { battle_id: second } })).status).toBe(200);
    expect((await server.call('stopBattle', { headers: jwt, path: { battle_id: second } })).status).toBe(200);
  });

  it('leaves the wallets alone in an existing-wallet battle, measuring each from its own equity', async () => {
    const id = await create({ config: { wallet_mode: 'existing' } });
    const sheets = new Map<string, unknown>();
    for (const agentId of agents.slice(1)) {
      await join(id, agentId);
      const key = await server.call('getAgentApiKey', { headers: jwt, path: { agent_id: agentId } });
      sheets.set(agentId, (await server.call('getBalance', { headers: { 'X-API-Key': key.body.api_key } })).body);
    }
    const started = await server.call('startBattle', { headers: jwt, path: { battle_id: id } });
    expect(started.status).toBe(200);
    for (const p of started.body.participants) {
      expect(p.snapshot_balance).not.toBeNull();
      expect(p.starting_balance).toBe(p.snapshot_balance);
    }
    for (const [agentId, sheet] of sheets) {
      const key = await server.call('getAgentApiKey', { headers: jwt, path: { agent_id: agentId } });
      expect((await server.call('getBalance', { headers: { 'X-API-Key': key.body.api_key } })).body).toEqual(sheet);
    }
    const stopped = await server.call('stopBattle', { headers: jwt, path: { battle_id: id } });
    expect(stopped.body.status).toBe('completed');
  });

  it("gives another account's connection no battle channel", async () => {
    const id = await create();
    const ws = await WsClient.connect(server, { apiKey: bob.apiKey });
    try {
      const refused = await ws.subscribe({ channel: `battle:${id}` });
      expect(refused).toMatchObject({ type: 'error', code: 'INVALID_CHANNEL' });
      const unknown = await ws.subscribe({ channel: 'battle', battle_id: randomUUID() });
      expect(unknown.code).toBe('INVALID_CHANNEL');
      expect(unknown.message).toBe(refused.message);
    } finally {
      await ws.close();
    }
  });
});
