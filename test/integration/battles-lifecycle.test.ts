// The battle lifecycle on a fresh database: draft → pending → active (paused) → completed or
// cancelled, the state rules and their 409s, privacy (another account's battle is 404), the status
// events after each change, and that every state lives in the database (a new service carries on).
import { afterEach, describe, expect, it } from 'vitest';
import { BattleScheduler } from '../../src/battles/scheduler.js';
import { BattleService } from '../../src/battles/service.js';
import type { BattleCompletedEvent, BattleStreamEvent } from '../../src/battles/types.js';
import { DomainError } from '../../src/errors.js';
import { parseAmount } from '../../src/money.js';
import { archiveAgent } from '../../src/services/agent.service.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { codeOf } from '../support/services.js';
import { addPair, bars, MIN, storeBars, T0 } from './backtest-fixtures.js';
import { battleWorld, newAgent, owner, walletOf, type BattleWorld } from './battles-fixtures.js';

async function detailsOf(promise: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> | undefined }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, details: err.details };
    throw err;
  }
  return { code: 'no error', details: undefined };
}

describe('battle lifecycle', () => {
  let world: BattleWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function setup() {
    world = await battleWorld();
    const { ctx, battles } = world;
    const me = await owner(ctx, 'owner');
    const a = me.agent;
    const b = await newAgent(ctx, me.account, 'Bravo');
    const c = await newAgent(ctx, me.account, 'Charlie');
    const events: BattleStreamEvent[] = [];
    const completed: BattleCompletedEvent[] = [];
    ctx.events.onBattle((e) => events.push(e));
    ctx.events.onBattleCompleted((e) => completed.push(e));
    const statuses = () => events.filter((e) => e.type === 'status').map((e) => (e.type === 'status' ? e.data.event : ''));
    return { ctx, battles, account: me.account, a, b, c, events, completed, statuses };
  }

  it('runs a live battle from a preset through pause, resume and stop to results', async () => {
    const { ctx, battles, account, a, b, completed, statuses, events } = await setup();
    const created = await battles.create(account, { name: '  Sprint  ', preset: 'quick_1h', config: { starting_balance: '2500' } });
    expect(created).toMatchObject({
      name: 'Sprint',
      status: 'draft',
      battle_mode: 'live',
      preset: 'quick_1h',
      ranking_metric: 'roi_pct',
      participant_count: 0,
      participants: [],
      backtest_config: null,
      ends_at: null,
    });
    expect(created.config).toEqual({
      starting_balance: '2500.00000000',
      wallet_mode: 'fresh',
      duration_type: 'fixed',
      duration_seconds: 3600,
      allowed_pairs: null,
    });
    const id = created.id;

    const pa = await battles.addParticipant(account, id, a.id);
    expect(pa).toMatchObject({
      battle_id: id,
      agent_id: a.id,
      status: 'active',
      snapshot_balance: null,
      starting_balance: '2500.00000000',
    });
    expect((await battles.get(account, id)).status).toBe('pending');
    expect(await detailsOf(battles.start(account, id))).toEqual({
      code: 'BATTLE_INVALID_STATE',
      details: expect.objectContaining({ reason: 'not_enough_participants', participant_count: 1, current_status: 'pending' }),
    });
    await battles.addParticipant(account, id, b.id);
    expect(await detailsOf(battles.addParticipant(account, id, b.id))).toEqual({
      code: 'BATTLE_INVALID_STATE',
      details: expect.objectContaining({ reason: 'already_participant', agent_id: b.id }),
    });

    const started = await battles.start(account, id);
    const now = ctx.clock.now();
    expect(started).toMatchObject({
      status: 'active',
      started_at: new Date(now).toISOString(),
      ends_at: new Date(now + 3_600_000).toISOString(),
    });
    expect(started.participants.map((p) => [p.agent_name, p.snapshot_balance])).toEqual([
      [a.display_name, '10000.00000000'],
      ['Bravo', '10000.00000000'],
    ]);
    expect(await codeOf(battles.start(account, id))).toBe('BATTLE_INVALID_STATE');
    expect(await codeOf(battles.addParticipant(account, id, a.id))).toBe('BATTLE_INVALID_STATE');
    expect(await codeOf(battles.update(account, id, { name: 'late' }))).toBe('BATTLE_INVALID_STATE');
    expect(await codeOf(battles.results(account, id))).toBe('BATTLE_INVALID_STATE');

    // One participant paused: the battle shows paused until it is resumed.
    expect((await battles.pause(account, id, b.id)).status).toBe('paused');
    expect((await battles.get(account, id)).status).toBe('paused');
    expect(await detailsOf(battles.pause(account, id, b.id))).toEqual({
      code: 'BATTLE_INVALID_STATE',
      details: expect.objectContaining({ reason: 'participant_not_active', agent_id: b.id, participant_status: 'paused' }),
    });
    expect(await detailsOf(battles.resume(account, id, a.id))).toEqual({
      code: 'BATTLE_INVALID_STATE',
      details: expect.objectContaining({ reason: 'participant_not_paused' }),
    });
    expect((await battles.resume(account, id, b.id)).status).toBe('active');
    expect((await battles.get(account, id)).status).toBe('active');

    ctx.clock.advance(600_000);
    const live = await battles.live(account, id);
    expect(live).toMatchObject({ status: 'active', elapsed_seconds: 600, remaining_seconds: 3000, virtual_time: null });
    expect(live.participants.map((s) => [s.rank, s.agent_id, s.current_equity, s.roi_pct])).toEqual([
      [1, a.id, '2500.00000000', '0.00'],
      [2, b.id, '2500.00000000', '0.00'],
    ]);

    const stopped = await battles.stop(account, id);
    expect(stopped).toMatchObject({ status: 'completed', winner_agent_id: a.id, ended_at: new Date(ctx.clock.now()).toISOString() });
    expect(stopped.participants.map((p) => [p.agent_id, p.status, p.final_rank, p.final_equity])).toEqual([
      [a.id, 'stopped', 1, '2500.00000000'],
      [b.id, 'stopped', 2, '2500.00000000'],
    ]);
    expect(await codeOf(battles.stop(account, id))).toBe('BATTLE_INVALID_STATE');
    const results = await battles.results(account, id);
    expect(results).toMatchObject({ status: 'completed', winner_agent_id: a.id, winner_agent_name: a.display_name, duration_seconds: 600 });
    expect(results.rankings.map((r) => [r.rank, r.agent_id, r.final_equity, r.starting_balance, r.snapshot_balance])).toEqual([
      [1, a.id, '2500.00000000', '2500.00000000', '10000.00000000'],
      [2, b.id, '2500.00000000', '2500.00000000', '10000.00000000'],
    ]);
    expect(results.participants).toEqual(results.rankings);

    expect(statuses()).toEqual(['battle_started', 'agent_paused', 'agent_resumed', 'battle_completed']);
    const done = events.find((e) => e.type === 'status' && e.data.event === 'battle_completed');
    expect(done?.data).toMatchObject({ winner_agent_id: a.id, participant_count: 2 });
    expect(completed).toEqual([
      {
        battle_id: id,
        account_id: account.id,
        name: 'Sprint',
        battle_mode: 'live',
        winner_agent_id: a.id,
        participant_count: 2,
        ended_at: stopped.ended_at,
      },
    ]);
  });

  it('moves draft ↔ pending with the participants and updates only in setup', async () => {
    const { ctx, battles, account, a, b } = await setup();
    const { id } = await battles.create(account, { name: 'Setup', config: { duration_minutes: 30 }, ranking_metric: 'total_pnl' });
    expect((await battles.get(account, id)).config).toMatchObject({ duration_type: 'fixed', duration_seconds: 1800 });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    await battles.removeParticipant(account, id, a.id);
    expect((await battles.get(account, id)).status).toBe('pending');
    await battles.removeParticipant(account, id, b.id);
    expect((await battles.get(account, id)).status).toBe('draft');
    expect(await detailsOf(battles.removeParticipant(account, id, b.id))).toEqual({
      code: 'AGENT_NOT_FOUND',
      details: { agent_id: b.id, reason: 'not_in_battle' },
    });
    const updated = await battles.update(account, id, { name: 'Renamed', config: { pairs: ['btcusdt'] }, ranking_metric: 'win_rate' });
    expect(updated).toMatchObject({ name: 'Renamed', ranking_metric: 'win_rate' });
    // Merged over the stored config: the duration stays.
    expect(updated.config).toMatchObject({ duration_type: 'fixed', duration_seconds: 1800, allowed_pairs: ['BTCUSDT'] });
    expect(await codeOf(battles.update(account, id, { ranking_metric: 'luck' }))).toBe('VALIDATION_ERROR');
    expect(await codeOf(battles.update(account, id, { config: { allowed_pairs: ['NOPEUSDT'] } }))).toBe('INVALID_SYMBOL');
    // An archived agent is read-only: it cannot join.
    const c = await newAgent(ctx, account, 'Retired');
    await archiveAgent(ctx, account, c.id);
    expect(await detailsOf(battles.addParticipant(account, id, c.id))).toEqual({
      code: 'PERMISSION_DENIED',
      details: { reason: 'agent_archived', agent_id: c.id },
    });
  });

  it('keeps battles private: another account sees 404 everywhere and cannot enter its agents', async () => {
    const { ctx, battles, account, a, b } = await setup();
    const other = await owner(ctx, 'other');
    const { id } = await battles.create(account, { name: 'Mine' });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    const calls: Array<Promise<unknown>> = [
      battles.get(other.account, id),
      battles.update(other.account, id, { name: 'x' }),
      battles.addParticipant(other.account, id, other.agent.id),
      battles.removeParticipant(other.account, id, a.id),
      battles.start(other.account, id),
      battles.pause(other.account, id, a.id),
      battles.resume(other.account, id, a.id),
      battles.stop(other.account, id),
      battles.live(other.account, id),
      battles.results(other.account, id),
      battles.replay(other.account, id, {}),
      battles.rematch(other.account, id, {}),
      battles.step(other.account, id, 1),
      battles.prices(other.account, id),
      battles.remove(other.account, id),
    ];
    for (const call of calls) expect(await codeOf(call)).toBe('BATTLE_NOT_FOUND');
    expect(await battles.isOwner(other.account.id, id)).toBe(false);
    expect(await battles.isOwner(account.id, id)).toBe(true);
    expect((await battles.list(other.account, {})).total).toBe(0);
    // My battle, their agent: the agent is not mine.
    expect(await detailsOf(battles.addParticipant(account, id, other.agent.id))).toEqual({
      code: 'AGENT_NOT_FOUND',
      details: { agent_id: other.agent.id },
    });
    expect(await codeOf(battles.get(account, '00000000-0000-7000-8000-000000000000'))).toBe('BATTLE_NOT_FOUND');
  });

  it('lets an agent run in one live battle at a time', async () => {
    const { battles, account, a, b, c } = await setup();
    const first = await battles.create(account, { name: 'First', config: { wallet_mode: 'existing' } });
    const second = await battles.create(account, { name: 'Second', config: { wallet_mode: 'existing' } });
    for (const agent of [a, b]) await battles.addParticipant(account, first.id, agent.id);
    for (const agent of [c, b]) await battles.addParticipant(account, second.id, agent.id);
    await battles.start(account, first.id);
    expect(await detailsOf(battles.start(account, second.id))).toEqual({
      code: 'BATTLE_INVALID_STATE',
      details: expect.objectContaining({ reason: 'agent_in_another_battle', agent_id: b.id, other_battle_id: first.id }),
    });
    expect((await battles.get(account, second.id)).status).toBe('pending');
    await battles.stop(account, first.id);
    expect((await battles.start(account, second.id)).status).toBe('active');
  });

  it('lists newest first with a status filter, pages and a total of all matches', async () => {
    const { ctx, battles, account, a, b } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      ids.push((await battles.create(account, { name: `B${i}` })).id);
      ctx.clock.advance(1000);
    }
    await battles.addParticipant(account, ids[1]!, a.id);
    await battles.addParticipant(account, ids[1]!, b.id);
    const page = await battles.list(account, { limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(page.battles.map((x) => x.id)).toEqual([ids[2], ids[1]]);
    expect(page.battles[1]!.participants).toHaveLength(2);
    const drafts = await battles.list(account, { status: 'draft' });
    expect(drafts.total).toBe(3);
    expect(drafts.battles.map((x) => x.id)).toEqual([ids[3], ids[2], ids[0]]);
    expect(await codeOf(battles.list(account, { status: 'over' }))).toBe('VALIDATION_ERROR');
    expect(await codeOf(battles.list(account, { limit: 201 }))).toBe('VALIDATION_ERROR');
    expect(await codeOf(battles.list(account, { offset: -1 }))).toBe('VALIDATION_ERROR');
  });

  it('cancels a running battle on delete, and deletes one that is not running', async () => {
    const { battles, account, a, b, statuses } = await setup();
    const { id } = await battles.create(account, { name: 'Doomed' });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    await battles.start(account, id);
    await battles.remove(account, id);
    const cancelled = await battles.get(account, id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.participants.map((p) => p.status)).toEqual(['stopped', 'stopped']);
    expect(statuses()).toEqual(['battle_started', 'battle_cancelled']);
    expect(await codeOf(battles.stop(account, id))).toBe('BATTLE_INVALID_STATE');
    expect(await codeOf(battles.results(account, id))).toBe('BATTLE_INVALID_STATE');
    await battles.remove(account, id);
    expect(await codeOf(battles.get(account, id))).toBe('BATTLE_NOT_FOUND');

    const draft = await battles.create(account, { name: 'Draft' });
    await battles.remove(account, draft.id);
    expect(await codeOf(battles.get(account, draft.id))).toBe('BATTLE_NOT_FOUND');
  });

  it('completes on the scheduler’s word and eliminates survival participants down to the last one', async () => {
    const { battles, account, a, b, c, statuses, events } = await setup();
    const { id } = await battles.create(account, { name: 'Survive', preset: 'survival' });
    for (const agent of [a, b, c]) await battles.addParticipant(account, id, agent.id);
    await battles.start(account, id);
    await battles.eliminate(id, b.id, parseAmount('900'));
    const after = await battles.get(account, id);
    expect(after.status).toBe('active');
    expect(after.participants.find((p) => p.agent_id === b.id)).toMatchObject({ status: 'blown_up', final_equity: '900.00000000' });
    expect(events.find((e) => e.type === 'status' && e.data.event === 'agent_blown_up')?.data).toMatchObject({
      agent_id: b.id,
      agent_name: 'Bravo',
      equity: '900.00000000',
    });
    // Eliminating twice changes nothing.
    await battles.eliminate(id, b.id, parseAmount('800'));
    await battles.eliminate(id, a.id, parseAmount('500'));
    const done = await battles.get(account, id);
    expect(done.status).toBe('completed');
    expect(done.winner_agent_id).toBe(c.id);
    // The survivor first; then the later elimination above the earlier one.
    expect(done.participants.map((p) => [p.agent_id, p.final_rank, p.status])).toEqual([
      [a.id, 2, 'blown_up'],
      [b.id, 3, 'blown_up'],
      [c.id, 1, 'stopped'],
    ]);
    expect(statuses()).toEqual(['battle_started', 'agent_blown_up', 'agent_blown_up', 'battle_completed']);
    // A completion the scheduler asks for after the end is a no-op.
    await battles.completeBattle(id, 'duration');
    expect(statuses()).toHaveLength(4);
  });

  it('keeps every state in the database: a new service carries on where the old one was', async () => {
    const { ctx, battles, account, a, b } = await setup();
    const { id } = await battles.create(account, { name: 'Durable', preset: 'quick_1h', config: { starting_balance: '2500' } });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    await battles.start(account, id);
    await battles.pause(account, id, a.id);
    await battles.close();
    const again = new BattleService(ctx);
    expect((await again.get(account, id)).status).toBe('paused');
    expect(await walletOf(ctx, a.id)).toEqual(['USDT: 2500.00000000/0.00000000']);
    await again.resume(account, id, a.id);
    // Past the fixed end: the scheduler's completion ranks it, and the wallets come back.
    ctx.clock.advance(3_600_000);
    await again.completeBattle(id, 'duration');
    const done = await again.get(account, id);
    expect(done.status).toBe('completed');
    expect(await walletOf(ctx, a.id)).toEqual(['USDT: 10000.00000000/0.00000000']);
    await again.close();
  });

  it('stops a fixed battle on the first scheduler tick after its end, with its snapshots for replay', async () => {
    const { ctx, battles, account, a, b, statuses } = await setup();
    const { id } = await battles.create(account, { name: 'Timed', config: { duration_minutes: 1 } });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    await battles.start(account, id);
    const scheduler = new BattleScheduler(ctx, battles, { intervalMs: null });
    await scheduler.tick();
    expect((await battles.get(account, id)).status).toBe('active');
    ctx.clock.advance(60_000);
    await scheduler.tick();
    await scheduler.stop();
    const done = await battles.get(account, id);
    expect(done.status).toBe('completed');
    // The first ranking names a leader; the end completes the battle.
    expect(statuses()).toEqual(['battle_started', 'agent_took_lead', 'battle_completed']);
    const replay = await battles.replay(account, id, { limit: 2 });
    expect(replay).toMatchObject({ battle_id: id, battle_mode: 'live', limit: 2, offset: 0 });
    expect(replay.total).toBeGreaterThanOrEqual(2);
    expect(replay.snapshots.map((s) => [s.agent_id, s.equity, s.virtual_time])).toEqual([
      [a.id, '10000.00000000', null],
      [b.id, '10000.00000000', null],
    ]);
    expect(await codeOf(battles.replay(account, id, { limit: 0 }))).toBe('VALIDATION_ERROR');
  });

  it('opens and closes every live equity series with a snapshot, even between two ticks', async () => {
    const { battles, account, a, b, ctx } = await setup();
    const { id } = await battles.create(account, { name: 'Blink', preset: 'quick_1h' });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    await battles.start(account, id);
    const opening = await battles.replay(account, id, {});
    expect(opening.snapshots.map((r) => [r.agent_id, r.equity, r.trade_count])).toEqual(
      [a.id, b.id].sort().map((agent) => [agent, '10000.00000000', 0]),
    );
    ctx.clock.advance(1000);
    await placeOrder(ctx, account, a, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    ctx.clock.advance(1000);
    await battles.stop(account, id);
    const all = await battles.replay(account, id, {});
    expect(all.total).toBe(4);
    const last = all.snapshots.filter((r) => r.agent_id === a.id).at(-1)!;
    expect(last.trade_count).toBe(1);
    expect(last.open_positions).toBe(1);
    const results = await battles.results(account, id);
    expect(results.rankings.find((r) => r.agent_id === a.id)?.final_equity).toBe(last.equity);
  });

  it('runs a historical battle through the service: sessions, orders, steps to completion, results', async () => {
    const { ctx, battles, account, a, b, c, events, statuses } = await setup();
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, ['100', '101', '102', '99', '98', '103', '104', '105', '106', '107']));
    const iso = (ms: number) => new Date(ms).toISOString();
    const { id } = await battles.create(account, {
      name: 'Past',
      battle_mode: 'historical',
      config: { pairs: ['BTCUSDT'], starting_balance: '1000' },
      backtest_config: { start_time: iso(T0 + MIN), end_time: iso(T0 + 10 * MIN) },
    });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    const started = await battles.start(account, id);
    expect(started.status).toBe('active');
    expect(started.participants.every((p) => p.backtest_session_id !== null && p.snapshot_balance === '1000.00000000')).toBe(true);
    // A historical battle trades in its sessions: the agents' own wallets are not touched.
    expect(await walletOf(ctx, a.id)).toEqual(['USDT: 10000.00000000/0.00000000']);

    const bought = await battles.placeOrder(account, id, { agent_id: a.id, symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
    expect(bought).toMatchObject({ status: 'filled', agent_id: a.id, battle_id: id });
    expect(events.filter((e) => e.type === 'trade').map((e) => e.data.agent_id)).toEqual([a.id]);
    await battles.pause(account, id, b.id);
    expect(await detailsOf(battles.placeOrder(account, id, { agent_id: b.id, symbol: 'BTCUSDT', side: 'buy', quantity: '1' }))).toEqual({
      code: 'ORDER_REJECTED',
      details: { reason: 'battle_participant_paused', battle_id: id, agent_id: b.id },
    });
    expect(await detailsOf(battles.placeOrder(account, id, { agent_id: c.id, symbol: 'BTCUSDT', side: 'buy', quantity: '1' }))).toEqual({
      code: 'AGENT_NOT_FOUND',
      details: { agent_id: c.id, reason: 'not_in_battle' },
    });
    const live = await battles.live(account, id);
    expect(live).toMatchObject({ status: 'paused', battle_mode: 'historical', virtual_time: iso(T0 + MIN) });
    expect(live.participants).toHaveLength(2);
    expect((await battles.prices(account, id)).prices).toEqual({ BTCUSDT: '100.00000000' });

    const one = await battles.step(account, id, 1);
    expect(one).toMatchObject({ battle_id: id, status: 'paused', step: 1, is_complete: false });
    const snapshots = events.flatMap((e) => (e.type === 'battle_snapshot' ? [e.data] : []));
    expect(snapshots.map((x) => [x.virtual_time, x.participants.map((p) => p.agent_id)])).toEqual([[one.virtual_time, [a.id, b.id]]]);
    const last = await battles.step(account, id, 100);
    expect(last).toMatchObject({ status: 'completed', is_complete: true });
    expect(await codeOf(battles.step(account, id, 1))).toBe('BATTLE_INVALID_STATE');
    const results = await battles.results(account, id);
    // Bought at ~100, sold at the last close (107): the buyer wins.
    expect(results.winner_agent_id).toBe(a.id);
    expect(results.rankings.map((r) => [r.rank, r.agent_id, r.backtest_session_id !== null])).toEqual([
      [1, a.id, true],
      [2, b.id, true],
    ]);
    expect(statuses()).toEqual(['battle_started', 'agent_paused', 'battle_completed']);
    // The opening buy, and the sale that closes the position at the end.
    expect(events.flatMap((e) => (e.type === 'trade' ? [[e.data.agent_id, e.data.side]] : []))).toEqual([
      [a.id, 'buy'],
      [a.id, 'sell'],
    ]);
    const replay = await battles.replay(account, id, {});
    expect(replay.battle_mode).toBe('historical');
    expect(replay.snapshots.length).toBeGreaterThan(0);
    expect(replay.snapshots.every((s) => s.virtual_time !== null)).toBe(true);
  });

  it('stops a historical battle before its end and cancels another: sessions end, the stopped one ranked', async () => {
    const { ctx, battles, account, a, b, events } = await setup();
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, ['100', '101', '102', '99', '98', '103', '104', '105', '106', '107']));
    const iso = (ms: number) => new Date(ms).toISOString();
    const historical = async (name: string) => {
      const { id } = await battles.create(account, {
        name,
        preset: 'historical_day',
        config: { starting_balance: '1000' },
        backtest_config: { start_time: iso(T0 + MIN), end_time: iso(T0 + 10 * MIN), pairs: ['BTCUSDT'] },
      });
      await battles.addParticipant(account, id, a.id);
      await battles.addParticipant(account, id, b.id);
      await battles.start(account, id);
      return id;
    };
    const stopped = await historical('Stopped');
    await battles.placeOrder(account, stopped, { agent_id: b.id, symbol: 'BTCUSDT', side: 'buy', quantity: '1' });
    await battles.step(account, stopped, 4);
    const done = await battles.stop(account, stopped);
    expect(done.status).toBe('completed');
    const sessions = await ctx.db
      .selectFrom('backtest_sessions')
      .select(['status', 'current_step'])
      .where('battle_id', '=', stopped)
      .execute();
    expect(sessions).toEqual([
      { status: 'completed', current_step: 4 },
      { status: 'completed', current_step: 4 },
    ]);
    // Bought at 100, valued at 98 after four steps: the idle agent wins on ROI.
    expect((await battles.results(account, stopped)).rankings.map((r) => r.agent_id)).toEqual([a.id, b.id]);
    expect(events.flatMap((e) => (e.type === 'trade' ? [e.data.side] : []))).toEqual(['buy', 'sell']);

    const cancelled = await historical('Cancelled');
    await battles.remove(account, cancelled);
    expect((await battles.get(account, cancelled)).status).toBe('cancelled');
    const ended = await ctx.db.selectFrom('backtest_sessions').select('status').where('battle_id', '=', cancelled).execute();
    expect(ended.map((x) => x.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('rematches a completed live battle as a historical draft over the window it ran', async () => {
    const { ctx, battles, account, a, b, c } = await setup();
    const { id } = await battles.create(account, { name: 'Original', preset: 'scalper_duel', ranking_metric: 'total_pnl' });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    expect(await detailsOf(battles.rematch(account, id, {}))).toEqual({
      code: 'BATTLE_INVALID_STATE',
      details: expect.objectContaining({ current_status: 'pending', required_status: ['completed'] }),
    });
    const started = await battles.start(account, id);
    ctx.clock.advance(3_600_000);
    const stopped = await battles.stop(account, id);
    const rematch = await battles.rematch(account, id, { override_config: { starting_balance: 7000 } });
    expect(rematch).toMatchObject({
      name: 'Replay: Original',
      status: 'pending',
      battle_mode: 'historical',
      ranking_metric: 'total_pnl',
      participant_count: 2,
      backtest_config: { start_time: started.started_at, end_time: stopped.ended_at, candle_interval: 60, pairs: ['BTCUSDT', 'ETHUSDT'] },
    });
    expect(rematch.config).toMatchObject({ starting_balance: '7000.00000000', allowed_pairs: ['BTCUSDT', 'ETHUSDT'] });
    const picked = await battles.rematch(account, id, { agent_ids: [c.id] });
    expect(picked.participants.map((p) => p.agent_id)).toEqual([c.id]);
    expect(await codeOf(battles.rematch(account, id, { override_config: { colour: 'red' } }))).toBe('VALIDATION_ERROR');
    // Step, order and prices belong to historical battles.
    expect(await detailsOf(battles.step(account, id, 1))).toEqual({
      code: 'BATTLE_INVALID_STATE',
      details: expect.objectContaining({ reason: 'not_historical' }),
    });
    expect(await codeOf(battles.prices(account, id))).toBe('BATTLE_INVALID_STATE');
  });
});
