// Historical battles on the backtesting engine (src/battles/historical.ts), driven directly with
// battle and participant rows written here (the battle service is not needed): one session per
// participant on one shared clock, orders, the run to completion, stop and cancel, replay,
// determinism, and carrying on after a restart (a second context on the same database file),
// including sessions a crash left at different steps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { isoTime } from '../../src/clock.js';
import type { Account, Agent, BattleParticipantRow, BattleRow } from '../../src/db/schema.js';
import { DomainError } from '../../src/errors.js';
import { newParticipantRow } from '../../src/battles/repository.js';
import { HistoricalBattles, type ParticipantFigures } from '../../src/battles/historical.js';
import type { BattleTradeEventDto } from '../../src/battles/types.js';
import { createAgent } from '../../src/services/agent.service.js';
import type { BacktestCompletedEvent } from '../../src/services/events.js';
import { formatAmount, parseAmount } from '../../src/money.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { addPair, bars, MIN, storeBars, T0, trader, walk } from './backtest-fixtures.js';

type Ctx = Awaited<ReturnType<typeof createServiceContext>>;

const dir = mkdtempSync(join(tmpdir(), 'tradeready-hbattle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STEPS = 120;

async function seedMarket(ctx: Ctx): Promise<void> {
  await addPair(ctx, 'BTCUSDT', 'BTC');
  await addPair(ctx, 'ETHUSDT', 'ETH');
  await storeBars(ctx, 'BTCUSDT', bars(T0, walk(STEPS + 10, 1)));
  await storeBars(ctx, 'ETHUSDT', bars(T0, walk(STEPS + 10, 5)));
}

async function players(ctx: Ctx, n: number): Promise<{ account: Account; agents: Agent[] }> {
  const { account, agent } = await trader(ctx, 'arena');
  const agents = [agent];
  for (let i = 1; i < n; i++) {
    const made = await createAgent(ctx, account, { displayName: `bot-${i}`, color: '#00AA00' });
    agents.push(made.view.agent);
  }
  return { account, agents };
}

interface Window {
  from?: number;
  to?: number;
  pairs?: string[] | null;
}

/** A historical battle row (status active, as the service would have it after start) and its participants. */
async function insertBattle(ctx: Ctx, account: Account, agents: Agent[], w: Window = {}) {
  const id = ctx.ids.next();
  const now = isoTime(ctx.clock.now());
  const battle: BattleRow = {
    id,
    account_id: account.id,
    name: 'history',
    status: 'active',
    battle_mode: 'historical',
    preset: null,
    config: JSON.stringify({
      starting_balance: '10000',
      wallet_mode: 'fresh',
      duration_type: 'historical',
      duration_seconds: null,
      allowed_pairs: null,
      candle_interval: 60,
    }),
    ranking_metric: 'roi_pct',
    backtest_config: JSON.stringify({
      start_time: isoTime(w.from ?? T0 + MIN),
      end_time: isoTime(w.to ?? T0 + (STEPS + 1) * MIN),
      candle_interval: 60,
      pairs: w.pairs === undefined ? ['BTCUSDT', 'ETHUSDT'] : w.pairs,
    }),
    created_at: now,
    updated_at: now,
    started_at: now,
    ended_at: null,
    ends_ms: null,
    winner_agent_id: null,
    leader_agent_id: null,
  };
  await ctx.db.insertInto('battles').values(battle).execute();
  const participants: BattleParticipantRow[] = [];
  for (const agent of agents) {
    const row = newParticipantRow({ id: ctx.ids.next(), battle_id: id, agent_id: agent.id, joined_at: now });
    await ctx.db.insertInto('battle_participants').values(row).execute();
    participants.push(row);
  }
  return { battle, participants };
}

/** Starts the battle and links each participant to its session, as the service does. */
async function startBattle(ctx: Ctx, hb: HistoricalBattles, account: Account, battle: BattleRow, participants: BattleParticipantRow[]) {
  const sessions = await hb.start(battle, participants, account);
  for (const p of participants) {
    await ctx.db
      .updateTable('battle_participants')
      .set({ backtest_session_id: sessions.get(p.agent_id)! })
      .where('id', '=', p.id)
      .execute();
  }
  return { sessions, participants: await reload(ctx, battle.id) };
}

async function reload(ctx: Ctx, battleId: string): Promise<BattleParticipantRow[]> {
  return ctx.db
    .selectFrom('battle_participants')
    .selectAll()
    .where('battle_id', '=', battleId)
    .orderBy('joined_at')
    .orderBy('id')
    .execute();
}

async function sessionRows(ctx: Ctx, battleId: string) {
  return ctx.db.selectFrom('backtest_sessions').selectAll().where('battle_id', '=', battleId).orderBy('id').execute();
}

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

const money = (f: ParticipantFigures) => ({
  agent: f.agentId,
  equity: formatAmount(f.equity),
  realized: formatAmount(f.realizedPnl),
  unrealized: formatAmount(f.unrealizedPnl),
  trades: f.tradeCount,
  open: f.openPositions,
});

/**
 * The same script of orders and steps for any battle of two participants: A buys BTC at the start
 * and puts a take-profit over it; B rests a limit buy of ETH under the market and trades BTC later.
 */
async function script(hb: HistoricalBattles, battle: BattleRow, participants: BattleParticipantRow[], upTo = STEPS) {
  const [a, b] = participants as [BattleParticipantRow, BattleParticipantRow];
  const log: string[] = [];
  const record = (what: string, value: unknown) => log.push(`${what} ${JSON.stringify(value)}`);
  const prices = await hb.prices(battle, participants);
  const eth = Number(prices.prices.ETHUSDT);
  const btc = Number(prices.prices.BTCUSDT);
  record('buy', (await hb.placeOrder(battle, a, { agent_id: a.agent_id, symbol: 'BTCUSDT', side: 'buy', quantity: '10' })).dto);
  record(
    'tp',
    (
      await hb.placeOrder(battle, a, {
        agent_id: a.agent_id,
        symbol: 'BTCUSDT',
        side: 'sell',
        order_type: 'take_profit',
        quantity: '5',
        trigger_price: (btc * 1.01).toFixed(2),
      })
    ).dto,
  );
  record(
    'limit',
    (
      await hb.placeOrder(battle, b, {
        agent_id: b.agent_id,
        symbol: 'ETHUSDT',
        side: 'buy',
        type: 'limit',
        quantity: '20',
        price: (eth * 0.99).toFixed(2),
      })
    ).dto,
  );
  let step = 0;
  for (const n of [1, 9, 30]) {
    if (step + n > upTo) break;
    const r = await hb.step(battle, participants, n);
    step = r.dto.step;
    record('step', { dto: r.dto, fills: r.fills });
  }
  if (step === 40 && upTo >= 40) {
    record('b-buy', (await hb.placeOrder(battle, b, { agent_id: b.agent_id, symbol: 'BTCUSDT', side: 'buy', quantity: '3' })).dto);
  }
  while (step < upTo) {
    const r = await hb.step(battle, participants, Math.min(25, upTo - step));
    step = r.dto.step;
    record('step', { dto: r.dto, fills: r.fills });
  }
  return log;
}

describe('historical battles', () => {
  let ctx: Ctx | undefined;
  const extra: Ctx[] = [];
  afterEach(async () => {
    for (const c of [...extra.splice(0), ...(ctx ? [ctx] : [])]) {
      await c.backtests.close();
      await c.db.destroy();
    }
    ctx = undefined;
  });

  async function setup(n = 2, env: Record<string, string> = {}) {
    ctx = await createServiceContext(env);
    await seedMarket(ctx);
    const who = await players(ctx, n);
    return { ctx, hb: new HistoricalBattles(ctx), ...who };
  }

  it('runs every participant in its own session on one clock, from start to completion', async () => {
    const { ctx, hb, account, agents } = await setup(2);
    const completedEvents: BacktestCompletedEvent[] = [];
    ctx.events.onBacktestCompleted((e) => completedEvents.push(e));
    const made = await insertBattle(ctx, account, agents);
    const { sessions, participants } = await startBattle(ctx, hb, account, made.battle, made.participants);
    const [a, b] = participants as [BattleParticipantRow, BattleParticipantRow];

    expect([...sessions.keys()]).toEqual(agents.map((x) => x.id));
    const rows = await sessionRows(ctx, made.battle.id);
    expect(rows.map((r) => [r.agent_id, r.status, r.strategy_label, r.starting_balance, r.total_steps, r.interval_sec])).toEqual(
      agents.map((x) => [x.id, 'running', `battle_${made.battle.id}`, '10000.00000000', STEPS, 60]),
    );

    // At the start (T0 + 1m) only the first bars are closed: the shared prices are theirs.
    const btc0 = walk(STEPS + 10, 1)[0]!;
    const eth0 = walk(STEPS + 10, 5)[0]!;
    const prices = await hb.prices(made.battle, participants);
    expect(prices).toEqual({
      battle_id: made.battle.id,
      virtual_time: isoTime(T0 + MIN),
      prices: { BTCUSDT: formatAmount(parseAmount(btc0)), ETHUSDT: formatAmount(parseAmount(eth0)) },
    });

    const buy = await hb.placeOrder(made.battle, a, { agent_id: a.agent_id, symbol: 'btcusdt', side: 'buy', quantity: '1' });
    expect(buy.dto).toMatchObject({
      battle_id: made.battle.id,
      agent_id: a.agent_id,
      status: 'filled',
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'market',
      quantity: '1.00000000',
      price: null,
      realized_pnl: '0.00000000',
      virtual_time: isoTime(T0 + MIN),
    });
    expect(buy.fills).toHaveLength(1);
    expect(buy.fills[0]).toMatchObject({
      battle_id: made.battle.id,
      agent_id: a.agent_id,
      agent_name: agents[0]!.display_name,
      order_id: buy.dto.order_id,
      symbol: 'BTCUSDT',
      side: 'buy',
      price: buy.dto.executed_price,
      fee: buy.dto.fee,
      pnl: '0.00000000',
      executed_at: isoTime(T0 + MIN),
      virtual_time: isoTime(T0 + MIN),
    });
    // A resting limit buy far under the market: pending, no fill event.
    const rest = await hb.placeOrder(made.battle, b, {
      agent_id: b.agent_id,
      symbol: 'ETHUSDT',
      side: 'buy',
      order_type: 'limit',
      quantity: '1',
      price: '10',
    });
    expect(rest.dto.status).toBe('pending');
    expect(rest.fills).toEqual([]);
    // Risk chain of the session: more than the balance is refused as live refuses it.
    expect(await codeOf(hb.placeOrder(made.battle, b, { agent_id: b.agent_id, symbol: 'BTCUSDT', side: 'buy', quantity: '1000' }))).toBe(
      'INSUFFICIENT_BALANCE',
    );

    const one = await hb.step(made.battle, participants, 1);
    expect(one.complete).toBe(false);
    expect(one.dto).toMatchObject({
      battle_id: made.battle.id,
      status: 'active',
      virtual_time: isoTime(T0 + 2 * MIN),
      step: 1,
      total_steps: STEPS,
      progress_pct: '0.83',
      is_complete: false,
      remaining_steps: STEPS - 1,
      steps_executed: 1,
    });
    expect(one.dto.participants.map((p) => [p.agent_id, p.status, p.trade_count])).toEqual([
      [a.agent_id, 'active', 1],
      [b.agent_id, 'active', 0],
    ]);
    // B holds only cash (its resting order's lock included in equity).
    expect(one.dto.participants[1]).toMatchObject({ equity: '10000.00000000', pnl: '0.00000000', roi_pct: '0.00' });
    const figures = await hb.figures(made.battle, participants);
    expect(figures.map((f) => [f.participantId, f.openPositions, f.tradeCount])).toEqual([
      [a.id, 1, 1],
      [b.id, 0, 0],
    ]);
    expect(formatAmount(figures[0]!.equity)).toBe(one.dto.participants[0]!.equity);
    expect(figures[0]!.equity).toBe(
      figures[0]!.startingBalance + figures[0]!.realizedPnl + figures[0]!.unrealizedPnl - parseFee(buy.dto.fee),
    );

    // Every session moved together.
    expect((await sessionRows(ctx, made.battle.id)).map((r) => r.current_step)).toEqual([1, 1]);

    const rest2 = await hb.step(made.battle, participants, 10_000);
    expect(rest2.complete).toBe(true);
    expect(rest2.dto).toMatchObject({
      step: STEPS,
      is_complete: true,
      remaining_steps: 0,
      steps_executed: STEPS - 1,
      virtual_time: isoTime(T0 + (STEPS + 1) * MIN),
    });
    // The last step sells A's position through the engine: a fill event at the final virtual time.
    expect(rest2.fills).toEqual([
      expect.objectContaining({
        agent_id: a.agent_id,
        side: 'sell',
        symbol: 'BTCUSDT',
        quantity: '1.00000000',
        virtual_time: isoTime(T0 + (STEPS + 1) * MIN),
      }),
    ]);
    const ended = await sessionRows(ctx, made.battle.id);
    expect(ended.map((r) => r.status)).toEqual(['completed', 'completed']);
    // A battle's sessions do not announce backtest.completed: the battle announces its completion.
    expect(completedEvents).toEqual([]);

    // Stepping a complete battle changes nothing; finishing it keeps the stored results.
    const again = await hb.step(made.battle, participants, 5);
    expect(again).toMatchObject({ complete: true, fills: [], dto: { step: STEPS, steps_executed: 0 } });
    const final = await hb.finish(made.battle, participants, 'completed');
    expect(final.map((f) => formatAmount(f.equity))).toEqual(ended.map((r) => r.final_equity));
    expect(final.map((f) => f.openPositions)).toEqual([0, 0]);
    expect(final[0]!.tradeCount).toBe(2);
  });

  it('refuses an order of a paused or eliminated participant, and validates the order body', async () => {
    const { ctx, hb, account, agents } = await setup(2);
    const made = await insertBattle(ctx, account, agents);
    const { participants } = await startBattle(ctx, hb, account, made.battle, made.participants);
    const [a, b] = participants as [BattleParticipantRow, BattleParticipantRow];
    const paused = await errorOf(
      hb.placeOrder(made.battle, { ...a, status: 'paused' }, { agent_id: a.agent_id, symbol: 'BTCUSDT', side: 'buy', quantity: '1' }),
    );
    expect([paused.code, paused.details]).toEqual([
      'ORDER_REJECTED',
      { reason: 'battle_participant_paused', battle_id: made.battle.id, agent_id: a.agent_id },
    ]);
    const out = await errorOf(
      hb.placeOrder(made.battle, { ...b, status: 'blown_up' }, { agent_id: b.agent_id, symbol: 'BTCUSDT', side: 'buy', quantity: '1' }),
    );
    expect(out.details).toMatchObject({ reason: 'battle_participant_eliminated' });
    const clash = await errorOf(
      hb.placeOrder(made.battle, a, {
        agent_id: a.agent_id,
        symbol: 'BTCUSDT',
        side: 'buy',
        quantity: '1',
        type: 'limit',
        order_type: 'market',
      }),
    );
    expect(clash.code).toBe('VALIDATION_ERROR');
    expect(
      await codeOf(hb.placeOrder(made.battle, a, { agent_id: a.agent_id, symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '1' })),
    ).toBe('VALIDATION_ERROR');
    expect(await codeOf(hb.placeOrder(made.battle, a, { agent_id: a.agent_id, symbol: 'SOLUSDT', side: 'buy', quantity: '1' }))).toBe(
      'INVALID_SYMBOL',
    );
    expect(await codeOf(hb.step(made.battle, participants, 10_001))).toBe('VALIDATION_ERROR');
    expect(await codeOf(hb.step(made.battle, participants, 0))).toBe('VALIDATION_ERROR');
    // Nothing of the refused orders was stored.
    expect(await ctx.db.selectFrom('backtest_orders').selectAll().execute()).toEqual([]);
  });

  it('propagates BACKTEST_NO_DATA and leaves nothing running when a later participant cannot start', async () => {
    const { ctx, hb, account, agents } = await setup(2);
    const empty = await insertBattle(ctx, account, agents, { from: T0 + 1000 * MIN, to: T0 + 1100 * MIN });
    const noData = await errorOf(hb.start(empty.battle, empty.participants, account));
    expect(noData.code).toBe('BACKTEST_NO_DATA');
    expect(await sessionRows(ctx, empty.battle.id)).toEqual([]);

    // The second participant's agent is another account's: the first one's session is cancelled.
    const other = await trader(ctx, 'stranger');
    const made = await insertBattle(ctx, account, [agents[0]!, other.agent]);
    expect(await codeOf(hb.start(made.battle, made.participants, account))).toBe('AGENT_NOT_FOUND');
    expect((await sessionRows(ctx, made.battle.id)).map((r) => [r.agent_id, r.status])).toEqual([[agents[0]!.id, 'cancelled']]);

    // Omitted pairs: every pair with bars in the window.
    const all = await insertBattle(ctx, account, agents, { pairs: null });
    await hb.start(all.battle, all.participants, account);
    expect((await sessionRows(ctx, all.battle.id)).map((r) => JSON.parse(r.config).pairs.map((p: { symbol: string }) => p.symbol))).toEqual(
      [
        ['BTCUSDT', 'ETHUSDT'],
        ['BTCUSDT', 'ETHUSDT'],
      ],
    );
  });

  it('stops before the end at the shared step (positions sold, results stored), and cancels keeping positions', async () => {
    const { ctx, hb, account, agents } = await setup(2);
    const stopped = await insertBattle(ctx, account, agents);
    const s = await startBattle(ctx, hb, account, stopped.battle, stopped.participants);
    await hb.placeOrder(stopped.battle, s.participants[0]!, { agent_id: agents[0]!.id, symbol: 'BTCUSDT', side: 'buy', quantity: '2' });
    await hb.step(stopped.battle, s.participants, 30);
    const before = await hb.figures(stopped.battle, s.participants);
    expect(before[0]!.openPositions).toBe(1);
    const closing: BattleTradeEventDto[] = [];
    const final = await hb.finish(stopped.battle, s.participants, 'completed', (fills) => closing.push(...fills));
    // The closing sell of the stop, at the shared virtual time, for the service to announce.
    expect(closing).toEqual([
      expect.objectContaining({ agent_id: agents[0]!.id, side: 'sell', quantity: '2.00000000', virtual_time: isoTime(T0 + 31 * MIN) }),
    ]);
    const rows = await sessionRows(ctx, stopped.battle.id);
    expect(rows.map((r) => [r.status, r.current_step])).toEqual([
      ['completed', 30],
      ['completed', 30],
    ]);
    expect(final.map((f) => [f.openPositions, f.tradeCount])).toEqual([
      [0, 2],
      [0, 0],
    ]);
    expect(final.map((f) => formatAmount(f.equity))).toEqual(rows.map((r) => r.final_equity));
    // The closing sell pays a fee (and slippage): a little under the equity marked to market.
    expect(final[0]!.equity < before[0]!.equity).toBe(true);
    expect(final[1]!.equity).toBe(10_000_00000000n);
    expect(rows.every((r) => r.metrics !== null)).toBe(true);

    const cancelled = await insertBattle(ctx, account, agents);
    const c = await startBattle(ctx, hb, account, cancelled.battle, cancelled.participants);
    await hb.placeOrder(cancelled.battle, c.participants[0]!, { agent_id: agents[0]!.id, symbol: 'BTCUSDT', side: 'buy', quantity: '2' });
    await hb.step(cancelled.battle, c.participants, 5);
    const gone = await hb.finish(cancelled.battle, c.participants, 'cancelled');
    expect((await sessionRows(ctx, cancelled.battle.id)).map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    expect(gone.map((f) => [f.openPositions, f.tradeCount])).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(await codeOf(hb.step(cancelled.battle, c.participants, 1))).toBe('BACKTEST_INVALID_STATE');
  });

  it('replays the sessions interleaved by virtual time, with counts from the fills, paged', async () => {
    const { ctx, hb, account, agents } = await setup(2);
    const made = await insertBattle(ctx, account, agents);
    const { participants } = await startBattle(ctx, hb, account, made.battle, made.participants);
    await script(hb, made.battle, participants);
    const all = await hb.replay(made.battle, participants, {});
    expect(all).toMatchObject({ battle_id: made.battle.id, battle_mode: 'historical', limit: 10_000, offset: 0 });
    expect(all.total).toBe(all.snapshots.length);
    const times = all.snapshots.map((s) => Date.parse(s.virtual_time!));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(all.snapshots.every((s) => s.timestamp === s.virtual_time)).toBe(true);
    // Both participants at the start and at the end, A first at equal times (join order).
    const at = (t: number) => all.snapshots.filter((s) => s.virtual_time === isoTime(t)).map((s) => s.agent_id);
    expect(at(T0 + MIN)).toEqual([agents[0]!.id, agents[1]!.id]);
    expect(at(T0 + (STEPS + 1) * MIN)).toEqual([agents[0]!.id, agents[1]!.id]);
    const first = all.snapshots[0]!;
    // A bought at the start: its start snapshot was retaken after the fill.
    expect(first).toMatchObject({ agent_id: agents[0]!.id, trade_count: 1, open_positions: 1 });
    const rows = await sessionRows(ctx, made.battle.id);
    const lastOf = (agent: string) => all.snapshots.filter((s) => s.agent_id === agent).at(-1)!;
    for (const r of rows) {
      expect(lastOf(r.agent_id)).toMatchObject({ equity: r.final_equity, trade_count: r.total_trades, open_positions: 0 });
    }
    const page = await hb.replay(made.battle, participants, { limit: 3, offset: 2 });
    expect(page.total).toBe(all.total);
    expect(page.snapshots).toEqual(all.snapshots.slice(2, 5));
    expect(await codeOf(hb.replay(made.battle, participants, { limit: 0 }))).toBe('VALIDATION_ERROR');
  });

  it('gives the same results for the same battle and the same orders', async () => {
    const { ctx, hb, account, agents } = await setup(2);
    const one = await insertBattle(ctx, account, agents);
    const two = await insertBattle(ctx, account, agents);
    const p1 = (await startBattle(ctx, hb, account, one.battle, one.participants)).participants;
    const p2 = (await startBattle(ctx, hb, account, two.battle, two.participants)).participants;
    const log1 = await script(hb, one.battle, p1);
    const log2 = await script(hb, two.battle, p2);
    // Identical but for the battle id each response names.
    expect(log2.map((l) => l.replaceAll(two.battle.id, '<battle>'))).toEqual(log1.map((l) => l.replaceAll(one.battle.id, '<battle>')));
    const f1 = await hb.finish(one.battle, p1, 'completed');
    const f2 = await hb.finish(two.battle, p2, 'completed');
    expect(f2.map(money)).toEqual(f1.map(money));
    expect(f1.map((f) => f.metrics)).toEqual(f2.map((f) => f.metrics));
    // The script traded: fills on both sides, and the two sessions ended apart.
    expect(f1.map((f) => f.tradeCount).every((n) => n >= 2)).toBe(true);
    expect(f1[0]!.equity).not.toBe(f1[1]!.equity);
    const trades = async (battleId: string) =>
      await ctx.db
        .selectFrom('backtest_trades')
        .innerJoin('backtest_sessions', 'backtest_sessions.id', 'backtest_trades.session_id')
        .select([
          'backtest_sessions.agent_id',
          'backtest_trades.id',
          'backtest_trades.price',
          'backtest_trades.quantity',
          'backtest_trades.fee',
        ])
        .where('backtest_sessions.battle_id', '=', battleId)
        .orderBy('backtest_sessions.agent_id')
        .orderBy('backtest_trades.id')
        .execute();
    expect(await trades(two.battle.id)).toEqual(await trades(one.battle.id));
  });

  it('carries on after a restart, bringing sessions a crash left behind up to the shared clock first', async () => {
    const file = join(dir, `restart-${Date.now()}.db`);
    const { ctx: first, hb, account, agents } = await setup(3, { DATABASE_URL: file });
    const reference = await insertBattle(first, account, agents);
    const resumed = await insertBattle(first, account, agents);
    const ref = (await startBattle(first, hb, account, reference.battle, reference.participants)).participants;
    const res = (await startBattle(first, hb, account, resumed.battle, resumed.participants)).participants;

    const refLog = await script(hb, reference.battle, ref);
    const partLog = await script(hb, resumed.battle, res, 40);
    expect(partLog).toEqual(refLog.slice(0, partLog.length).map((l) => l.replaceAll(reference.battle.id, resumed.battle.id)));
    // A crash between two sessions' writes: the first participant's session got 7 steps further.
    const sessions = await sessionRows(first, resumed.battle.id);
    const ahead = sessions.find((s) => s.agent_id === agents[0]!.id)!;
    await first.backtests.stepForBattle(ahead.id, 47);
    await first.backtests.close();
    await first.db.destroy();
    ctx = undefined;

    const second = await createServiceContext({ DATABASE_URL: file });
    extra.push(second);
    // The reference battle ran to its end; the other's three sessions resume.
    expect(await second.backtests.open({ housekeepingMs: 86_400_000 })).toBe(3);
    const hb2 = new HistoricalBattles(second);
    const rows = await reload(second, resumed.battle.id);
    expect((await sessionRows(second, resumed.battle.id)).map((s) => s.current_step).sort()).toEqual([40, 40, 47]);

    // The order lands on the shared clock: the laggards are brought to step 47 first.
    const order = await hb2.placeOrder(resumed.battle, rows[2]!, {
      agent_id: agents[2]!.id,
      symbol: 'ETHUSDT',
      side: 'buy',
      quantity: '1',
    });
    expect(order.dto.virtual_time).toBe(isoTime(T0 + 48 * MIN));
    expect((await sessionRows(second, resumed.battle.id)).map((s) => s.current_step)).toEqual([47, 47, 47]);
    const step = await hb2.step(resumed.battle, rows, 3);
    expect(step.dto).toMatchObject({ step: 50, steps_executed: 3 });
    const done = await hb2.step(resumed.battle, rows, 10_000);
    expect(done.complete).toBe(true);

    // The restart changed nothing but the one order placed after it: participants 0 and 1, who
    // placed the same orders as in the reference, end exactly as there.
    const refFinal = (await hb2.finish(reference.battle, await reload(second, reference.battle.id), 'completed')).map(money);
    const resFinal = (await hb2.finish(resumed.battle, rows, 'completed')).map(money);
    expect(resFinal.slice(0, 2)).toEqual(refFinal.slice(0, 2));
    expect(resFinal[2]!.trades).toBe(refFinal[2]!.trades + 2);
  });
});

function parseFee(fee: string | null): bigint {
  return BigInt(fee!.replace('.', ''));
}
