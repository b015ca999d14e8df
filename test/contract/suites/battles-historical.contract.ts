// A historical battle written from openapi.yaml: two agents over one hour of the history the
// harness backfills (MARKET_HISTORY_DAYS=1), orders through the battle, stepping one, a batch and
// to the end, the ranking, and the refusals of the historical routes (no data, not a participant,
// a paused participant, a rule broken, stepping a completed battle, a rematch with bad input).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type CallOptions, type Credentials } from '../../support/harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();

describe('battles: a historical battle stepped to completion', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  let jwt: Record<string, string>;
  let agents: string[];
  let battleId: string;
  let startMs: number;

  const call = (operationId: string, opts: CallOptions = {}) =>
    server.call(operationId, { headers: jwt, ...opts, path: { battle_id: battleId, ...opts.path } });

  beforeAll(async () => {
    server = await TestServer.start();
    alice = await server.registerAccount({ display_name: 'Historian' });
    bob = await server.registerAccount({ display_name: 'Stranger' });
    jwt = { Authorization: `Bearer ${await server.login(alice)}` };
    agents = [];
    for (const name of ['Early bird', 'Late owl']) {
      const res = await server.call('createAgent', { headers: jwt, body: { display_name: name } });
      expect(res.status).toBe(201);
      agents.push(res.body.agent_id);
    }
    startMs = Math.floor((server.clock.now() - 20 * HOUR) / HOUR) * HOUR;
  });
  afterAll(() => server.stop());

  it('creates a historical battle from a preset with its range', async () => {
    const res = await server.call('createBattle', {
      headers: jwt,
      body: {
        name: 'An hour of BTC',
        preset: 'historical_day',
        config: { starting_balance: '10000' },
        backtest_config: { start_time: iso(startMs), end_time: iso(startMs + HOUR), candle_interval: '1m', pairs: ['BTCUSDT'] },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    battleId = res.body.id;
    expect(res.body).toMatchObject({ status: 'draft', battle_mode: 'historical', preset: 'historical_day' });
    expect(res.body.backtest_config).toEqual({
      start_time: iso(startMs),
      end_time: iso(startMs + HOUR),
      candle_interval: 60,
      pairs: ['BTCUSDT'],
    });
    for (const agentId of agents) expect((await call('addBattleParticipant', { body: { agent_id: agentId } })).status).toBe(201);
  });

  it('refuses the historical routes before the start', async () => {
    expect((await call('stepBattle')).status).toBe(409);
    expect((await call('getBattlePrices')).status).toBe(409);
  });

  it('starts every participant in its own backtest session', async () => {
    const res = await call('startBattle');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('active');
    for (const p of res.body.participants) {
      expect(p.backtest_session_id).not.toBeNull();
      expect(p.starting_balance).toBe('10000.00000000');
    }
    const prices = await call('getBattlePrices');
    expect(prices.status).toBe(200);
    expect(prices.body.virtual_time).toBe(iso(startMs));
    expect(Object.keys(prices.body.prices)).toEqual(['BTCUSDT']);
  });

  it('places orders for a participant through the battle', async () => {
    const res = await call('placeBattleOrder', {
      body: { agent_id: agents[0], symbol: 'BTCUSDT', side: 'buy', order_type: 'market', quantity: '0.01' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ battle_id: battleId, agent_id: agents[0], status: 'filled', symbol: 'BTCUSDT', side: 'buy' });
    expect(res.body.virtual_time).toBe(iso(startMs));

    const tooBig = await call('placeBattleOrder', { body: { agent_id: agents[1], symbol: 'BTCUSDT', side: 'buy', quantity: '1000' } });
    expect(tooBig.status).toBe(400);

    const stranger = await call('placeBattleOrder', {
      body: { agent_id: alice.agentId, symbol: 'BTCUSDT', side: 'buy', quantity: '0.01' },
    });
    expect(stranger.status).toBe(404);
    expect(stranger.body.error).toMatchObject({ code: 'AGENT_NOT_FOUND', details: { reason: 'not_in_battle' } });

    expect((await call('pauseBattleParticipant', { path: { agent_id: agents[1]! } })).status).toBe(200);
    const paused = await call('placeBattleOrder', { body: { agent_id: agents[1], symbol: 'BTCUSDT', side: 'buy', quantity: '0.01' } });
    expect(paused.status).toBe(400);
    expect(paused.body.error).toMatchObject({ code: 'ORDER_REJECTED', details: { reason: 'battle_participant_paused' } });
    expect((await call('resumeBattleParticipant', { path: { agent_id: agents[1]! } })).status).toBe(200);
  });

  it('steps one, a batch, and a batch without a body (one step)', async () => {
    const one = await call('stepBattle');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ battle_id: battleId, step: 1, total_steps: 60, steps_executed: 1, is_complete: false });
    expect(one.body.virtual_time).toBe(iso(startMs + MINUTE));
    expect(one.body.participants).toHaveLength(2);

    const batch = await call('stepBattleBatch', { body: { steps: 10 } });
    expect(batch.body).toMatchObject({ step: 11, steps_executed: 10, remaining_steps: 49 });
    const bare = await call('stepBattleBatch');
    expect(bare.status).toBe(200);
    expect(bare.body).toMatchObject({ step: 12, steps_executed: 1 });

    const live = await call('getBattleLive');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ battle_mode: 'historical', virtual_time: iso(startMs + 12 * MINUTE) });
  });

  it('completes on the last step and ranks the participants', async () => {
    const last = await call('stepBattleBatch', { body: { steps: 10000 } });
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ step: 60, steps_executed: 48, remaining_steps: 0, is_complete: true, status: 'completed' });

    const results = await call('getBattleResults');
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ status: 'completed', battle_mode: 'historical' });
    expect(results.body.rankings.map((r: { rank: number }) => r.rank)).toEqual([1, 2]);
    expect(results.body.winner_agent_id).toBe(results.body.rankings[0].agent_id);

    const again = await call('stepBattle');
    expect(again.status).toBe(409);
    expect(again.body.error.details.current_status).toBe('completed');

    const replay = await call('getBattleReplay');
    expect(replay.status).toBe(200);
    expect(replay.body.battle_mode).toBe('historical');
    for (const s of replay.body.snapshots) expect(s.timestamp).toBe(s.virtual_time);
  });

  it('refuses a rematch with an unknown pair or an agent of another account', async () => {
    const badPair = await call('rematchBattle', { body: { override_config: { allowed_pairs: ['FOOUSDT'] } } });
    expect(badPair.status).toBe(400);
    expect(badPair.body.error.code).toBe('INVALID_SYMBOL');
    const foreign = await call('rematchBattle', { body: { agent_ids: [bob.agentId] } });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('AGENT_NOT_FOUND');
    const unknown = await call('rematchBattle', { body: { agent_ids: [randomUUID()] } });
    expect(unknown.body.error.code).toBe('AGENT_NOT_FOUND');
  });

  it('refuses to start a historical battle over a range without stored history', async () => {
    const res = await server.call('createBattle', {
      headers: jwt,
      body: {
        name: 'Before the data',
        battle_mode: 'historical',
        backtest_config: { start_time: '2020-01-01T00:00:00Z', end_time: '2020-01-02T00:00:00Z', pairs: ['BTCUSDT'] },
      },
    });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    for (const agentId of agents) {
      await server.call('addBattleParticipant', { headers: jwt, path: { battle_id: id }, body: { agent_id: agentId } });
    }
    const start = await server.call('startBattle', { headers: jwt, path: { battle_id: id } });
    expect(start.status).toBe(400);
    expect(start.body.error.code).toBe('BACKTEST_NO_DATA');
    // Nothing changed.
    expect((await server.call('getBattle', { headers: jwt, path: { battle_id: id } })).body.status).toBe('pending');
  });
});
