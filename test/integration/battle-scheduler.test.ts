// The live-battle scheduler on a migrated database with a scripted market and a manual clock:
// snapshot rows per tick, survival eliminations, fixed-duration completion (a deadline passed while
// the server was down included), the leader change, the published standings and retention. Battle
// rows are written directly; the lifecycle is a recording fake (the battle service implements it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newParticipantRow } from '../../src/battles/repository.js';
import { BattleScheduler, watchBattles, type BattleLifecycle } from '../../src/battles/scheduler.js';
import { liveFigures, rankParticipants, standingsOf } from '../../src/battles/ranking.js';
import type { BattleConfig, BattleStreamEvent, RankingMetric, StandingDto } from '../../src/battles/types.js';
import { readNow } from '../../src/db/store.js';
import { isoTime } from '../../src/clock.js';
import type { Account, Agent, BattleParticipantRow, BattleRow } from '../../src/db/schema.js';
import type { Logger } from '../../src/logger.js';
import { MarketData } from '../../src/market/market-data.service.js';
import { formatAmount, parseAmount, type Amount } from '../../src/money.js';
import { registerAccount } from '../../src/services/auth.service.js';
import { getPortfolio } from '../../src/services/portfolio.service.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { createServiceContext } from '../support/services.js';
import { ScriptedSource } from '../support/scripted-source.js';

const INTERVAL = 5000;
const DAY = 86_400_000;

let ctx: Awaited<ReturnType<typeof createServiceContext>>;
let source: ScriptedSource;
let errors: Array<Record<string, unknown>>;
let events: BattleStreamEvent[];
let lifecycle: FakeLifecycle;
let scheduler: BattleScheduler;

/** Records what the scheduler asks; completing marks the battle completed, as the service would. */
class FakeLifecycle implements BattleLifecycle {
  calls: string[] = [];
  /** When set, completeBattle waits for it. */
  gate: Promise<void> | undefined;
  failComplete = new Set<string>();

  async completeBattle(battleId: string, reason: 'duration' | 'survival'): Promise<void> {
    this.calls.push(`complete ${battleId} ${reason}`);
    if (this.gate) await this.gate;
    if (this.failComplete.has(battleId)) throw new Error('completion failed');
    await ctx.db
      .updateTable('battles')
      .set({ status: 'completed', ended_at: isoTime(ctx.clock.now()) })
      .where('id', '=', battleId)
      .execute();
  }

  async eliminate(battleId: string, agentId: string, equity: Amount): Promise<void> {
    this.calls.push(`eliminate ${battleId} ${agentId} ${formatAmount(equity)}`);
    await ctx.db
      .updateTable('battle_participants')
      .set({ status: 'blown_up', blown_up_at: isoTime(ctx.clock.now()), final_equity: formatAmount(equity) })
      .where('battle_id', '=', battleId)
      .where('agent_id', '=', agentId)
      .execute();
  }
}

beforeEach(async () => {
  ctx = await createServiceContext({ MARKET_HISTORY_DAYS: '0', BATTLE_SNAPSHOT_INTERVAL_MS: String(INTERVAL) });
  errors = [];
  const ignore = () => undefined;
  const logger: Logger = { debug: ignore, info: ignore, warn: ignore, error: (msg, fields) => errors.push({ msg, ...fields }) };
  source = new ScriptedSource(ctx.clock, ['BTCUSDT', 'ETHUSDT'], 'battle-scheduler');
  const market = new MarketData({ db: ctx.db, clock: ctx.clock, source, historyDays: 0, flushIntervalMs: null, pruneIntervalMs: null });
  Object.assign(ctx, { market, prices: { lastPrice: (s: string) => market.lastPrice(s)?.price }, logger });
  await market.start();
  source.push('BTCUSDT', '60000');
  events = [];
  ctx.events.onBattle((e) => events.push(e));
  lifecycle = new FakeLifecycle();
  scheduler = new BattleScheduler(ctx, lifecycle, { intervalMs: null });
});

afterEach(async () => {
  await scheduler.stop();
  await ctx.market.stop();
  await ctx.writes.idle();
  await ctx.db.destroy();
});

let agentCounter = 0;
async function newAgent(): Promise<{ account: Account; agent: Agent }> {
  const reg = await registerAccount(ctx, { displayName: `agent ${++agentCounter}` });
  return { account: reg.account, agent: reg.agent };
}

interface BattleSpec {
  account: Account;
  agents: Agent[];
  config?: Partial<BattleConfig>;
  status?: BattleRow['status'];
  mode?: BattleRow['battle_mode'];
  metric?: string;
  endsMs?: number | null;
  endedAt?: string | null;
  /** Per agent (by index), columns of its participant row. */
  participants?: Array<Partial<BattleParticipantRow>>;
}

/** A battle row with its participants, started now, joined one second apart in the given order. */
async function insertBattle(spec: BattleSpec): Promise<string> {
  const id = ctx.ids.next();
  const now = ctx.clock.now();
  const config: BattleConfig = {
    starting_balance: '10000',
    wallet_mode: 'fresh',
    duration_type: 'unlimited',
    duration_seconds: null,
    allowed_pairs: null,
    ...spec.config,
  };
  await ctx.db
    .insertInto('battles')
    .values({
      id,
      account_id: spec.account.id,
      name: `battle ${id.slice(-4)}`,
      status: spec.status ?? 'active',
      battle_mode: spec.mode ?? 'live',
      preset: null,
      config: JSON.stringify(config),
      ranking_metric: spec.metric ?? 'roi_pct',
      backtest_config: null,
      created_at: isoTime(now - 60_000),
      updated_at: isoTime(now),
      started_at: isoTime(now),
      ended_at: spec.endedAt ?? null,
      ends_ms: spec.endsMs ?? null,
      winner_agent_id: null,
      leader_agent_id: null,
    })
    .execute();
  for (const [i, agent] of spec.agents.entries()) {
    await ctx.db
      .insertInto('battle_participants')
      .values(
        newParticipantRow({
          id: ctx.ids.next(),
          battle_id: id,
          agent_id: agent.id,
          joined_at: isoTime(now - 60_000 + i * 1000),
          snapshot_balance: '10000.00000000',
          ...spec.participants?.[i],
        }),
      )
      .execute();
  }
  return id;
}

/** The standings from a full read of the stored battle (what /live computes). */
async function fullRead(battleId: string, known?: BattleScheduler): Promise<StandingDto[]> {
  const battle = await ctx.db.selectFrom('battles').selectAll().where('id', '=', battleId).executeTakeFirstOrThrow();
  const participants = await ctx.db.selectFrom('battle_participants').selectAll().where('battle_id', '=', battleId).execute();
  const figures = await readNow(ctx.db, (tx) =>
    liveFigures(tx, ctx, battle, participants, ctx.clock.now(), known && ((id) => known.equityMetricsOf(id))),
  );
  const agents = await ctx.db
    .selectFrom('agents')
    .select(['id', 'display_name', 'color'])
    .where(
      'id',
      'in',
      participants.map((p) => p.agent_id),
    )
    .execute();
  const cards = new Map(agents.map((a) => [a.id, { display_name: a.display_name, color: a.color }]));
  return standingsOf(rankParticipants(figures, battle.ranking_metric as RankingMetric), cards);
}

const snapshotRows = (battleId?: string) => {
  let q = ctx.db.selectFrom('battle_snapshots').selectAll().orderBy('ts_ms').orderBy('agent_id');
  if (battleId) q = q.where('battle_id', '=', battleId);
  return q.execute();
};

const buy = (who: { account: Account; agent: Agent }, quantity: string, symbol = 'BTCUSDT') =>
  placeOrder(ctx, who.account, who.agent, { symbol, side: 'buy', type: 'market', quantity });
const sell = (who: { account: Account; agent: Agent }, quantity: string, symbol = 'BTCUSDT') =>
  placeOrder(ctx, who.account, who.agent, { symbol, side: 'sell', type: 'market', quantity });

describe('snapshots', () => {
  it('writes one row per participant not blown up of every running live battle, valued like the portfolio, with the fills since the start', async () => {
    const [alice, bob, carol, dave, erin] = [await newAgent(), await newAgent(), await newAgent(), await newAgent(), await newAgent()];
    // Before the battle: not part of it.
    await buy(alice, '0.01');
    ctx.clock.advance(1000);
    const live = await insertBattle({
      account: alice.account,
      agents: [alice.agent, bob.agent, carol.agent],
      participants: [{}, {}, { status: 'blown_up', blown_up_at: isoTime(ctx.clock.now()), final_equity: '500.00000000' }],
    });
    const paused = await insertBattle({
      account: dave.account,
      agents: [dave.agent],
      status: 'paused',
      participants: [{ status: 'paused' }],
    });
    await insertBattle({ account: erin.account, agents: [erin.agent], status: 'draft' });
    const historical = await newAgent();
    await insertBattle({ account: historical.account, agents: [historical.agent], mode: 'historical' });
    ctx.clock.advance(1000);
    await buy(alice, '0.01');
    source.push('BTCUSDT', '61000');

    const first = await scheduler.tick();
    expect(first).toMatchObject({ battles: 2, rows: 3, failed: 0 });
    const rows = await snapshotRows();
    expect(rows.map((r) => [r.battle_id, r.agent_id])).toEqual(
      [
        [live, alice.agent.id],
        [live, bob.agent.id],
        [paused, dave.agent.id],
      ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
    );
    const portfolio = await getPortfolio(ctx, alice.agent);
    const aliceRow = rows.find((r) => r.agent_id === alice.agent.id)!;
    expect(aliceRow).toMatchObject({
      ts_ms: ctx.clock.now(),
      equity: formatAmount(portfolio.equity),
      unrealized_pnl: formatAmount(portfolio.unrealizedPnl),
      realized_pnl: '0.00000000',
      trade_count: 1,
      open_positions: 1,
    });
    expect(rows.find((r) => r.agent_id === bob.agent.id)).toMatchObject({ equity: '10000.00000000', trade_count: 0, open_positions: 0 });

    // The next tick sees only what happened since: a sale with its realized PnL.
    ctx.clock.advance(INTERVAL);
    await sell(alice, '0.02');
    const second = await scheduler.tick();
    expect(second.rows).toBe(3);
    const fills = await ctx.db
      .selectFrom('fills')
      .select(['realized_pnl'])
      .where('agent_id', '=', alice.agent.id)
      .where('side', '=', 'sell')
      .execute();
    const latest = (await snapshotRows(live)).filter((r) => r.agent_id === alice.agent.id).at(-1)!;
    expect(latest).toMatchObject({ trade_count: 2, open_positions: 0, realized_pnl: formatAmount(parseAmount(fills[0]!.realized_pnl)) });
    expect(parseAmount(latest.realized_pnl)).not.toBe(0n);
    expect(await snapshotRows()).toHaveLength(6);
  });

  it('keeps in memory what a full read of the stored battle gives, and rebuilds it after a restart', async () => {
    const [alice, bob] = [await newAgent(), await newAgent()];
    const id = await insertBattle({ account: alice.account, agents: [alice.agent, bob.agent], metric: 'sharpe_ratio' });
    const ticked = async (s: BattleScheduler) => {
      events = [];
      await s.tick();
      return events.find((e) => e.type === 'battle_snapshot')!.data.participants;
    };
    let standings: StandingDto[] = [];
    for (const [i, price] of ['60500', '59000', '61000', '60200', '60900'].entries()) {
      ctx.clock.advance(INTERVAL);
      if (i % 2 === 0) await buy(alice, '0.01');
      else await sell(alice, '0.005');
      source.push('BTCUSDT', price);
      standings = await ticked(scheduler);
      expect(standings).toEqual(await fullRead(id));
      // /live may take the equity metrics from the scheduler instead of reading the series.
      expect(await fullRead(id, scheduler)).toEqual(standings);
    }
    const alicePlace = standings.find((p) => p.agent_id === alice.agent.id)!;
    expect(alicePlace).toMatchObject({ trade_count: 5, open_positions: 1 });
    expect(alicePlace.sharpe_ratio).not.toBeNull();
    expect(alicePlace.win_rate).not.toBeNull();
    expect(alicePlace.max_drawdown_pct).not.toBe('0.00');
    const aliceParticipant = await ctx.db
      .selectFrom('battle_participants')
      .select('id')
      .where('agent_id', '=', alice.agent.id)
      .executeTakeFirstOrThrow();
    expect(scheduler.equityMetricsOf(aliceParticipant.id)).toEqual({ sharpe: expect.any(Number), maxDrawdownPct: expect.any(Number) });

    // A new scheduler (the server restarted) reads the battle once in full and carries on alike.
    await scheduler.stop();
    scheduler = new BattleScheduler(ctx, lifecycle, { intervalMs: null });
    ctx.clock.advance(INTERVAL);
    await sell(alice, '0.005');
    source.push('BTCUSDT', '61500');
    expect(await ticked(scheduler)).toEqual(await fullRead(id));
    ctx.clock.advance(INTERVAL);
    await buy(bob, '0.01');
    expect(await ticked(scheduler)).toEqual(await fullRead(id));
  });
});

describe('survival', () => {
  it('eliminates participants under 10 % of their starting balance and completes the battle when one is left', async () => {
    const [alice, bob, carol] = [await newAgent(), await newAgent(), await newAgent()];
    // Existing wallets measured from a start far above what they hold: 10,000 is under 10 % of 200,000.
    const survival = await insertBattle({
      account: alice.account,
      agents: [alice.agent, bob.agent, carol.agent],
      config: { survival: true, wallet_mode: 'existing' },
      participants: [{}, { snapshot_balance: '200000.00000000' }, { snapshot_balance: '100000.00000001' }],
    });
    const [dave, erin] = [await newAgent(), await newAgent()];
    const plain = await insertBattle({
      account: dave.account,
      agents: [dave.agent, erin.agent],
      config: { wallet_mode: 'existing' },
      participants: [{}, { snapshot_balance: '200000.00000000' }],
    });
    const report = await scheduler.tick();
    expect(lifecycle.calls).toEqual([
      `eliminate ${survival} ${bob.agent.id} 10000.00000000`,
      `eliminate ${survival} ${carol.agent.id} 10000.00000000`,
      `complete ${survival} survival`,
    ]);
    expect(report).toMatchObject({ eliminated: 2, completed: 1 });
    expect((await snapshotRows(plain)).length).toBe(2);
    // Exactly 10 % is not under it.
    const [frank, gina, hal] = [await newAgent(), await newAgent(), await newAgent()];
    lifecycle.calls = [];
    const edge = await insertBattle({
      account: frank.account,
      agents: [frank.agent, gina.agent, hal.agent],
      config: { survival: true, wallet_mode: 'existing' },
      participants: [{}, { snapshot_balance: '100000.00000000' }, { snapshot_balance: '100000.00000010' }],
    });
    ctx.clock.advance(INTERVAL);
    await scheduler.tick();
    expect(lifecycle.calls).toEqual([`eliminate ${edge} ${hal.agent.id} 10000.00000000`]);
    // The eliminated get no more rows.
    ctx.clock.advance(INTERVAL);
    await scheduler.tick();
    const last = (await snapshotRows(edge)).filter((r) => r.ts_ms === ctx.clock.now());
    expect(last.map((r) => r.agent_id).sort()).toEqual([frank.agent.id, gina.agent.id].sort());
  });
});

describe('fixed duration', () => {
  it('completes a battle once its end has come, without a snapshot after the end', async () => {
    const [alice, bob] = [await newAgent(), await newAgent()];
    const id = await insertBattle({
      account: alice.account,
      agents: [alice.agent, bob.agent],
      config: { duration_type: 'fixed', duration_seconds: 60 },
      endsMs: ctx.clock.now() + 60_000,
    });
    await scheduler.tick();
    ctx.clock.advance(59_999);
    await scheduler.tick();
    expect(lifecycle.calls).toEqual([]);
    ctx.clock.advance(1);
    const report = await scheduler.tick();
    expect(lifecycle.calls).toEqual([`complete ${id} duration`]);
    expect(report).toMatchObject({ completed: 1, rows: 0 });
    expect(await snapshotRows(id)).toHaveLength(4);
    // Completed: no longer ticked.
    ctx.clock.advance(INTERVAL);
    expect(await scheduler.tick()).toMatchObject({ battles: 0, completed: 0 });
  });

  it('stops a battle whose end passed while the server was down on the first tick after start', async () => {
    const [alice, bob] = [await newAgent(), await newAgent()];
    const id = await insertBattle({
      account: alice.account,
      agents: [alice.agent, bob.agent],
      config: { duration_type: 'fixed', duration_seconds: 3600 },
      endsMs: ctx.clock.now() + 3_600_000,
    });
    ctx.clock.advance(2 * 3_600_000);
    scheduler.start();
    await scheduler.stop();
    expect(lifecycle.calls).toEqual([`complete ${id} duration`]);
    expect(await snapshotRows(id)).toEqual([]);
  });
});

describe('leader and standings', () => {
  it('announces the first leader and every change of leader, and records it on the battle', async () => {
    const [alice, bob] = [await newAgent(), await newAgent()];
    const id = await insertBattle({ account: alice.account, agents: [alice.agent, bob.agent] });
    await scheduler.tick();
    const leads = () => events.filter((e) => e.type === 'status').map((e) => e.data);
    expect(leads()).toEqual([
      {
        battle_id: id,
        event: 'agent_took_lead',
        timestamp: isoTime(ctx.clock.now()),
        agent_id: alice.agent.id,
        agent_name: alice.agent.display_name,
        previous_leader_agent_id: null,
      },
    ]);
    const leaderOf = async () =>
      (await ctx.db.selectFrom('battles').select('leader_agent_id').where('id', '=', id).executeTakeFirstOrThrow()).leader_agent_id;
    expect(await leaderOf()).toBe(alice.agent.id);

    ctx.clock.advance(INTERVAL);
    await scheduler.tick();
    expect(leads()).toHaveLength(1);

    // Bob buys, the price rises: Bob leads.
    await buy(bob, '0.04');
    source.push('BTCUSDT', '66000');
    ctx.clock.advance(INTERVAL);
    const report = await scheduler.tick();
    expect(report.leaderChanges).toBe(1);
    expect(leads().at(-1)).toMatchObject({ event: 'agent_took_lead', agent_id: bob.agent.id, previous_leader_agent_id: alice.agent.id });
    expect(await leaderOf()).toBe(bob.agent.id);

    const snapshot = events.filter((e) => e.type === 'battle_snapshot').at(-1)!;
    expect(snapshot.battleId).toBe(id);
    expect(snapshot.data).toMatchObject({ battle_id: id, status: 'active', timestamp: isoTime(ctx.clock.now()), virtual_time: null });
    const participants = (snapshot.data as { participants: Array<{ rank: number; agent_id: string; trade_count: number }> }).participants;
    expect(participants.map((p) => [p.rank, p.agent_id, p.trade_count])).toEqual([
      [1, bob.agent.id, 1],
      [2, alice.agent.id, 0],
    ]);
  });

  it('builds the standings only for battles somebody watches, once a stream says which', async () => {
    const [alice, bob, carol, dave] = [await newAgent(), await newAgent(), await newAgent(), await newAgent()];
    const watched = await insertBattle({ account: alice.account, agents: [alice.agent, bob.agent] });
    const unwatched = await insertBattle({ account: carol.account, agents: [carol.agent, dave.agent] });
    const unwatch = watchBattles(ctx.events, (battleId) => battleId === watched);
    await scheduler.tick();
    expect(events.filter((e) => e.type === 'battle_snapshot').map((e) => e.battleId)).toEqual([watched]);
    unwatch();
    events = [];
    ctx.clock.advance(INTERVAL);
    const report = await scheduler.tick();
    expect(
      events
        .filter((e) => e.type === 'battle_snapshot')
        .map((e) => e.battleId)
        .sort(),
    ).toEqual([watched, unwatched].sort());
    expect(report.rows).toBe(4);
  });
});

describe('robustness', () => {
  it('keeps going past a battle it cannot handle, and logs it once', async () => {
    const [alice, bob, carol, dave] = [await newAgent(), await newAgent(), await newAgent(), await newAgent()];
    const good = await insertBattle({ account: alice.account, agents: [alice.agent, bob.agent] });
    const broken = await insertBattle({ account: carol.account, agents: [carol.agent, dave.agent] });
    await ctx.db.updateTable('battles').set({ config: '{not json' }).where('id', '=', broken).execute();
    const first = await scheduler.tick();
    expect(first).toMatchObject({ battles: 2, rows: 2, failed: 1 });
    expect((await snapshotRows(good)).length).toBe(2);
    ctx.clock.advance(INTERVAL);
    await scheduler.tick();
    expect(errors.filter((e) => e.battle_id === broken)).toHaveLength(1);

    // A completion that fails is retried on the next tick; the other battles' ticks go on.
    await ctx.db.updateTable('battles').set({ status: 'cancelled' }).where('id', '=', broken).execute();
    const [erin, frank] = [await newAgent(), await newAgent()];
    const due = await insertBattle({
      account: erin.account,
      agents: [erin.agent, frank.agent],
      config: { duration_type: 'fixed', duration_seconds: 60 },
      endsMs: ctx.clock.now(),
    });
    lifecycle.failComplete.add(due);
    ctx.clock.advance(INTERVAL);
    const report = await scheduler.tick();
    expect(report).toMatchObject({ failed: 1, rows: 2 });
    lifecycle.failComplete.clear();
    ctx.clock.advance(INTERVAL);
    await scheduler.tick();
    expect(lifecycle.calls).toEqual([`complete ${due} duration`, `complete ${due} duration`]);
  });

  it('runs ticks one after another, never two at once', async () => {
    const [alice, bob] = [await newAgent(), await newAgent()];
    const id = await insertBattle({
      account: alice.account,
      agents: [alice.agent, bob.agent],
      config: { duration_type: 'fixed', duration_seconds: 60 },
      endsMs: ctx.clock.now(),
    });
    let open!: () => void;
    lifecycle.gate = new Promise<void>((resolve) => (open = resolve));
    const first = scheduler.tick();
    const second = scheduler.tick();
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    // The first tick waits inside completeBattle; the second has not read the (still active) battle.
    expect(lifecycle.calls).toEqual([`complete ${id} duration`]);
    open();
    await first;
    expect(await second).toMatchObject({ battles: 0, completed: 0 });
    expect(lifecycle.calls).toHaveLength(1);
  });
});

describe('retention', () => {
  it('deletes the snapshots of battles that ended longer ago than the retention, at most hourly', async () => {
    const [alice, bob] = [await newAgent(), await newAgent()];
    const old = await insertBattle({ account: alice.account, agents: [alice.agent, bob.agent] });
    const recent = await insertBattle({ account: bob.account, agents: [alice.agent, bob.agent].reverse(), status: 'paused' });
    await scheduler.tick(); // both running: rows, and the first retention pass (nothing ended)
    await ctx.db
      .updateTable('battles')
      .set({ status: 'completed', ended_at: isoTime(ctx.clock.now() - 91 * DAY) })
      .where('id', '=', old)
      .execute();
    await ctx.db
      .updateTable('battles')
      .set({ status: 'completed', ended_at: isoTime(ctx.clock.now() - 89 * DAY) })
      .where('id', '=', recent)
      .execute();
    ctx.clock.advance(INTERVAL);
    expect((await scheduler.tick()).pruned).toBe(0); // within the hour
    ctx.clock.advance(3_600_000);
    expect((await scheduler.tick()).pruned).toBe(2);
    expect(await snapshotRows(old)).toEqual([]);
    expect(await snapshotRows(recent)).toHaveLength(2);
  });
});
