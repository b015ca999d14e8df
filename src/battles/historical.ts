// Historical battles (design "Historical battles"): every participant trades in a backtest session
// of its own (src/backtest, `battle_id` set, labelled `battle_<id>`) over the battle's window, and
// the battle moves all of them along one shared virtual clock. The sessions hold the whole state:
// they persist on every call, so a restart simply carries on from the database, and each depends
// only on its own orders and the shared bars, so the same orders give the same results.
//
// BattleService owns the battle and participant rows, their status and the checks of who may do
// what; it calls this class for the work on the sessions. Calls on one battle run one at a time on
// this instance (a per-battle queue, as BacktestService queues the calls on one session), so a step
// and an order never interleave across participants here. Nothing of a battle is held in memory
// between calls — the sessions, their step and the links are read from the database each time — so
// a call may reach any instance. Calls reaching two instances at once are not kept apart by the
// queue: each session stays whole (the backtest service orders the calls on one session, and a
// step goes to a target step, so stepping twice to one target is stepping once), but two step
// calls at once may both aim at the same next step (one step taken, not two), and an order may land
// on either side of a step. A start is decided in the service's write piece (only one links its
// sessions; `discard` cancels the others).
import { isoTime } from '../clock.js';
import type { Account, Agent, BacktestTradeRow, BattleParticipantRow, BattleRow } from '../db/schema.js';
import * as backtestRepo from '../backtest/backtest.repository.js';
import { storedAmount } from '../backtest/bar-stream.js';
import { progressPct } from '../backtest/dto.js';
import { roiPct } from '../backtest/results.js';
import type { StepEvent } from '../backtest/session-runtime.js';
import type { AdvancedOrderFields, BattleSessionState } from '../backtest/types.js';
import { shownPrice, type ClosedOrder, type Fill } from '../engine/index.js';
import { DomainError, validationError } from '../errors.js';
import { formatAmount, formatOptionalAmount, parseAmount, type Amount } from '../money.js';
import type { ParticipantFigures } from './ranking.js';
import type { ServiceContext } from '../services/context.js';
import { orderIntentOf, orderRequestOf } from '../services/order-request.js';
import type {
  BacktestConfigDto,
  BattleConfig,
  BattleTradeEventDto,
  HistoricalOrderBody,
  HistoricalOrderDto,
  HistoricalParticipantDto,
  HistoricalPricesDto,
  HistoricalStepDto,
  ReplayDto,
  ReplaySnapshotDto,
} from './types.js';
import { KeyedQueue } from '../keyed-queue.js';
import { participantRejection } from './guard.js';

export type { ParticipantFigures };

/** What `step` returns: the step response (`status` is the battle's as given; the service sets it), whether the run is over, the fills. */
export interface HistoricalStepResult {
  dto: HistoricalStepDto;
  complete: boolean;
  /** Every fill of the call (a laggard's catch-up included), by virtual time then participant order. */
  fills: BattleTradeEventDto[];
}

const MAX_STEPS = 10_000;
const DEFAULT_REPLAY_LIMIT = 10_000;
const MAX_REPLAY_LIMIT = 100_000;
const ORDER_TYPES = ['market', 'limit', 'stop_loss', 'take_profit', 'trailing_stop'] as const;
type OrderType = (typeof ORDER_TYPES)[number];

interface AgentCard {
  display_name: string;
  color: string | null;
}

/** A participant and the session it trades in. */
interface Seat {
  participant: BattleParticipantRow;
  sessionId: string;
}

function intRange(value: number | undefined, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validationError([{ field, message: `must be an integer from ${min} to ${max}` }]);
  }
  return value;
}

function backtestConfigOf(battle: BattleRow): BacktestConfigDto {
  if (battle.backtest_config === null) throw new Error(`battle ${battle.id} has no backtest_config`);
  return JSON.parse(battle.backtest_config) as BacktestConfigDto;
}

export class HistoricalBattles {
  /** Calls on one id run one at a time. */
  private readonly queues = new KeyedQueue();

  constructor(private readonly ctx: ServiceContext) {}

  /** Runs `work` after every earlier call on the same battle. */
  private serial<T>(battleId: string, work: () => Promise<T>): Promise<T> {
    return this.queues.run(battleId, work);
  }

  // --- lifecycle ----------------------------------------------------------------------------------

  /**
   * Creates and starts one session per participant (the agent's risk profile, the battle's
   * starting balance, window, interval and pairs) and returns agent id → session id, for the
   * service to link. BACKTEST_NO_DATA, INVALID_SYMBOL and validation errors propagate; whatever was
   * made before a failure is cancelled first, so nothing half-started remains. Sessions of the battle
   * made before (a start a crash interrupted, or one racing on another instance) are left alone
   * here: the service cancels them with `discard` once its start has committed, or cancels these if
   * its start does not commit.
   */
  async start(battle: BattleRow, participants: BattleParticipantRow[], account: Account): Promise<Map<string, string>> {
    return this.serial(battle.id, async () => {
      const config = JSON.parse(battle.config) as BattleConfig;
      const bt = backtestConfigOf(battle);
      const spec = {
        start_time: bt.start_time,
        end_time: bt.end_time,
        candle_interval: bt.candle_interval,
        pairs: bt.pairs,
        starting_balance: config.starting_balance,
      };
      const agents = await this.agents(participants.map((p) => p.agent_id));
      const made = new Map<string, string>();
      try {
        // All created before any starts: a creation fails on what the battle asks (no data, an
        // unknown pair), so it fails on the first one and nothing runs.
        for (const p of participants) {
          const agent = agents.get(p.agent_id);
          if (!agent || agent.account_id !== account.id) {
            throw new DomainError('AGENT_NOT_FOUND', `Agent '${p.agent_id}' not found.`, { agent_id: p.agent_id });
          }
          made.set(p.agent_id, await this.ctx.backtests.createForBattle(account, agent, battle.id, spec));
        }
        for (const id of made.values()) await this.ctx.backtests.startForBattle(id);
      } catch (err) {
        for (const id of made.values()) {
          try {
            await this.ctx.backtests.endForBattle(id, 'cancelled');
          } catch (again) {
            this.ctx.logger?.error('cancelling a battle session failed', { battle_id: battle.id, session_id: id, error: String(again) });
          }
        }
        throw err;
      }
      return made;
    });
  }

  /**
   * Cancels the battle's sessions not yet ended but those in `keep`: after a start committed, the
   * ones a start interrupted by a crash, or a start that lost the race on another instance, left
   * behind (the battle never began with them); after a start that did not commit, pass no `keep`
   * and the ids it made as `only`. A failure is logged, not thrown: the start's outcome stands.
   */
  async discard(battleId: string, options: { keep?: ReadonlySet<string>; only?: ReadonlySet<string> }): Promise<void> {
    await this.serial(battleId, async () => {
      for (const left of await backtestRepo.findBattleSessions(this.ctx.db, battleId)) {
        if (left.status !== 'created' && left.status !== 'running') continue;
        if (options.keep?.has(left.id) || (options.only && !options.only.has(left.id))) continue;
        try {
          await this.ctx.backtests.endForBattle(left.id, 'cancelled');
        } catch (err) {
          this.ctx.logger?.error('cancelling a battle session failed', { battle_id: battleId, session_id: left.id, error: String(err) });
        }
      }
    });
  }

  /**
   * Advances every session `steps` candle intervals (1–10000; VALIDATION_ERROR 422 otherwise) past
   * the furthest one, after bringing laggards (a crash between two sessions' writes) up to it. The
   * last step completes the sessions (positions sold, results stored); `complete` then tells the
   * service to complete the battle. Already complete: the current state, no step run.
   */
  async step(battle: BattleRow, participants: BattleParticipantRow[], steps: number): Promise<HistoricalStepResult> {
    intRange(steps, 'body.steps', 1, MAX_STEPS, 1);
    return this.serial(battle.id, async () => {
      const seats = await this.seats(battle, participants);
      const { furthest, total, events } = await this.align(seats);
      const target = Math.min(total, furthest + steps);
      for (const seat of seats) {
        const { events: stepped } = await this.ctx.backtests.stepForBattle(seat.sessionId, target);
        events.push(...stepped.map((e) => ({ seat, e })));
      }
      const states = await this.states(seats);
      const step = Math.max(furthest, ...states.map((s) => s.step));
      const complete = states.every((s) => s.status === 'completed');
      const cards = await this.cards(participants);
      const dto: HistoricalStepDto = {
        battle_id: battle.id,
        status: battle.status,
        virtual_time: isoTime(virtualTimeOf(battle, states)),
        step,
        total_steps: total,
        progress_pct: progressPct(step, total),
        is_complete: complete,
        remaining_steps: total - step,
        steps_executed: step - furthest,
        prices: sharedPrices(states),
        participants: seats.map((seat, i) => participantDto(seat.participant, states[i]!, cards)),
      };
      return { dto, complete, fills: tradeEvents(battle.id, events, cards) };
    });
  }

  /**
   * The participant's order in its session at the shared virtual time, through the live order
   * parser and risk chain (rejections throw as live trading answers them). A paused or eliminated
   * participant: ORDER_REJECTED 400 (reason battle_participant_paused / _eliminated).
   */
  async placeOrder(
    battle: BattleRow,
    participant: BattleParticipantRow,
    body: HistoricalOrderBody & AdvancedOrderFields,
  ): Promise<{ dto: HistoricalOrderDto; fills: BattleTradeEventDto[] }> {
    const stopped = participantRejection(participant.status, battle.id, participant.agent_id);
    if (stopped) throw new DomainError(stopped.code, stopped.message, stopped.details);
    const type = orderTypeOf(body);
    if (body.side !== 'buy' && body.side !== 'sell') throw validationError([{ field: 'body.side', message: 'must be buy or sell' }]);
    if (typeof body.symbol !== 'string') throw validationError([{ field: 'body.symbol', message: 'must be a symbol' }]);
    const intent = orderIntentOf(orderRequestOf(body, type));
    return this.serial(battle.id, async () => {
      // The participant's own list is enough to find its session, but every session must be on the
      // shared clock before an order lands at "now".
      const seats = await this.seats(battle, await this.participantsOf(battle, participant));
      await this.align(seats);
      const seat = seats.find((s) => s.participant.agent_id === participant.agent_id);
      if (!seat) throw new Error(`participant ${participant.id} of battle ${battle.id} has no session`);
      const { result, at } = await this.ctx.backtests.placeOrderForBattle(seat.sessionId, intent);
      const fill = result.kind === 'filled' ? result.fill : undefined;
      const dto: HistoricalOrderDto = {
        order_id: result.order.id,
        battle_id: battle.id,
        agent_id: participant.agent_id,
        status: fill ? 'filled' : result.kind === 'resting' ? 'pending' : 'expired',
        symbol: result.order.symbol,
        side: result.order.side,
        type: result.order.type,
        quantity: formatAmount(result.order.quantity),
        price: formatOptionalAmount(shownPrice(result.order)),
        executed_price: fill ? formatAmount(fill.price) : null,
        executed_qty: fill ? formatAmount(fill.quantity) : null,
        fee: fill ? formatAmount(fill.fee) : null,
        realized_pnl: fill ? formatAmount(fill.realizedPnl) : null,
        virtual_time: isoTime(at),
      };
      if (result.kind !== 'filled') return { dto, fills: [] };
      const cards = await this.cards([participant]);
      // The order's fill, then any bracket leg that filled in the same transaction.
      const legFills = result.linked.flatMap((l) =>
        l.kind === 'filled' ? [tradeEvent(battle.id, participant.agent_id, l.order, l.fill, cards)] : [],
      );
      return { dto, fills: [tradeEvent(battle.id, participant.agent_id, result.order, result.fill, cards), ...legFills] };
    });
  }

  /** The close of every battle pair at the shared virtual time (pairs without a closed bar yet are absent). */
  async prices(battle: BattleRow, participants: BattleParticipantRow[]): Promise<HistoricalPricesDto> {
    return this.serial(battle.id, async () => {
      const states = await this.states(await this.seats(battle, participants));
      return { battle_id: battle.id, virtual_time: isoTime(virtualTimeOf(battle, states)), prices: sharedPrices(states) };
    });
  }

  /** Each participant's standing now, from its session (join order). */
  async figures(battle: BattleRow, participants: BattleParticipantRow[]): Promise<ParticipantFigures[]> {
    return this.serial(battle.id, () => this.figuresNow(battle, participants));
  }

  /**
   * Ends the sessions: `completed` (stop, or the last step) at the shared current step, as the last
   * step would (resting orders cancelled, positions sold, results stored); `cancelled` keeps
   * positions (partial results). Returns the final figures. Sessions already ended stay as they are.
   * `onFills` receives the fills of the ending (a laggard's catch-up, the closing sells of a stop),
   * for the service to announce after its commit.
   */
  async finish(
    battle: BattleRow,
    participants: BattleParticipantRow[],
    status: 'completed' | 'cancelled',
    onFills?: (fills: BattleTradeEventDto[]) => void,
  ): Promise<ParticipantFigures[]> {
    return this.serial(battle.id, async () => {
      const seats = await this.seats(battle, participants);
      const events = status === 'completed' ? (await this.align(seats)).events : [];
      for (const seat of seats) {
        const closing = await this.ctx.backtests.endForBattle(seat.sessionId, status);
        events.push(...closing.map((e) => ({ seat, e })));
      }
      if (onFills && events.length > 0) onFills(tradeEvents(battle.id, events, await this.cards(participants)));
      return this.figuresNow(battle, participants);
    });
  }

  /**
   * The sessions' stored snapshots, every participant interleaved by virtual time (then join
   * order), paged: limit 1–100000 (default 10000), offset ≥ 0; `total` counts all pages.
   */
  async replay(battle: BattleRow, participants: BattleParticipantRow[], page: { limit?: number; offset?: number }): Promise<ReplayDto> {
    const limit = intRange(page.limit, 'query.limit', 1, MAX_REPLAY_LIMIT, DEFAULT_REPLAY_LIMIT);
    const offset = intRange(page.offset, 'query.offset', 0, Number.MAX_SAFE_INTEGER, 0);
    const seats = await this.seats(battle, participants);
    // Sessions are created in join order and their ids are time-ordered, so ordering ties by
    // session id is join order.
    const ids = seats.map((s) => s.sessionId).sort();
    const agentOf = new Map(seats.map((s) => [s.sessionId, s.participant.agent_id]));
    const { rows, total } = await backtestRepo.findSnapshotsPageOf(this.ctx.db, ids, limit, offset);
    const until = rows.length === 0 ? 0 : Number(rows[rows.length - 1]!.virtual_ms);
    const trades = await backtestRepo.findTradesUntil(this.ctx.db, ids, until);
    // Backtest snapshots keep money, not counts: trade count and open positions at a snapshot come
    // from the fills up to its virtual time (a snapshot is always taken after its step's fills).
    const ledgers = new Map<string, Ledger>(ids.map((id) => [id, new Ledger(trades.filter((t) => t.session_id === id))]));
    const snapshots: ReplaySnapshotDto[] = rows.map((s) => {
      const at = ledgers.get(s.session_id)!.at(Number(s.virtual_ms));
      const time = isoTime(Number(s.virtual_ms));
      return {
        agent_id: agentOf.get(s.session_id)!,
        timestamp: time,
        virtual_time: time,
        equity: s.total_equity,
        unrealized_pnl: s.unrealized_pnl,
        realized_pnl: s.realized_pnl,
        trade_count: at.tradeCount,
        open_positions: at.openPositions,
      };
    });
    return { battle_id: battle.id, battle_mode: battle.battle_mode, snapshots, total, limit, offset };
  }

  // --- internals ------------------------------------------------------------------------------------

  /**
   * Brings every running session up to the furthest one's step (a crash can leave them apart: each
   * session persists on its own). Returns that step, the run's total steps and the catch-up fills.
   */
  private async align(seats: Seat[]): Promise<{ furthest: number; total: number; events: Array<{ seat: Seat; e: StepEvent }> }> {
    const rows = await Promise.all(seats.map((s) => backtestRepo.findSession(this.ctx.db, s.sessionId)));
    let furthest = 0;
    let total = 0;
    for (const row of rows) {
      if (!row) continue;
      furthest = Math.max(furthest, Number(row.current_step));
      total = Math.max(total, Number(row.total_steps));
    }
    const events: Array<{ seat: Seat; e: StepEvent }> = [];
    for (const [i, seat] of seats.entries()) {
      const row = rows[i];
      if (!row || row.status !== 'running' || Number(row.current_step) >= furthest) continue;
      const { events: caught } = await this.ctx.backtests.stepForBattle(seat.sessionId, furthest);
      events.push(...caught.map((e) => ({ seat, e })));
    }
    return { furthest, total, events };
  }

  /** The participants with their sessions (the stored link, else the battle's session of that agent). */
  private async seats(battle: BattleRow, participants: BattleParticipantRow[]): Promise<Seat[]> {
    let byAgent: Map<string, string> | undefined;
    const seats: Seat[] = [];
    for (const participant of participants) {
      let sessionId = participant.backtest_session_id;
      if (sessionId === null) {
        // The link is written by the service after start returns; until then the session's
        // battle_id says whose it is (the newest one not cancelled).
        byAgent ??= new Map(
          (await backtestRepo.findBattleSessions(this.ctx.db, battle.id))
            .filter((s) => s.status !== 'cancelled')
            .map((s) => [s.agent_id, s.id]),
        );
        sessionId = byAgent.get(participant.agent_id) ?? null;
      }
      if (sessionId !== null) seats.push({ participant, sessionId });
    }
    return seats;
  }

  /** The battle's participant rows, for the order path which is handed one participant only. */
  private async participantsOf(battle: BattleRow, participant: BattleParticipantRow): Promise<BattleParticipantRow[]> {
    const rows = await this.ctx.db
      .selectFrom('battle_participants')
      .selectAll()
      .where('battle_id', '=', battle.id)
      .orderBy('joined_at')
      .orderBy('id')
      .execute();
    return rows.some((r) => r.id === participant.id)
      ? rows.map((r) => (r.id === participant.id ? participant : r))
      : [...rows, participant];
  }

  private async states(seats: Seat[]): Promise<BattleSessionState[]> {
    const out: BattleSessionState[] = [];
    for (const seat of seats) out.push(await this.ctx.backtests.battleSessionState(seat.sessionId));
    return out;
  }

  private async figuresNow(battle: BattleRow, participants: BattleParticipantRow[]): Promise<ParticipantFigures[]> {
    const seats = await this.seats(battle, participants);
    const bySession = new Map<string, BattleSessionState>();
    for (const state of await this.states(seats)) bySession.set(state.sessionId, state);
    const sessionOf = new Map(seats.map((s) => [s.participant.id, s.sessionId]));
    const starting = parseAmount((JSON.parse(battle.config) as BattleConfig).starting_balance);
    return participants.map((p) => {
      const state = bySession.get(sessionOf.get(p.id) ?? '');
      return {
        participantId: p.id,
        agentId: p.agent_id,
        joinedAt: p.joined_at,
        status: p.status,
        blownUpAt: p.blown_up_at,
        startingBalance: state?.startingBalance ?? starting,
        equity: state?.equity ?? starting,
        realizedPnl: state?.realizedPnl ?? 0n,
        unrealizedPnl: state?.unrealizedPnl ?? 0n,
        tradeCount: state?.tradeCount ?? 0,
        openPositions: state?.openPositions ?? 0,
        metrics: {
          sharpe: state?.metrics.sharpe ?? null,
          maxDrawdownPct: state?.metrics.maxDrawdownPct ?? null,
          winRatePct: state?.metrics.winRatePct ?? null,
          profitFactor: state?.metrics.profitFactor ?? null,
        },
      };
    });
  }

  private async agents(ids: string[]): Promise<Map<string, Agent>> {
    if (ids.length === 0) return new Map();
    const rows = await this.ctx.db.selectFrom('agents').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async cards(participants: BattleParticipantRow[]): Promise<Map<string, AgentCard>> {
    const ids = participants.map((p) => p.agent_id);
    if (ids.length === 0) return new Map();
    const rows = await this.ctx.db.selectFrom('agents').select(['id', 'display_name', 'color']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r]));
  }
}

/** `order_type` (the fact sheet's name) or `type`; both given and different: 422. Default market. */
function orderTypeOf(body: HistoricalOrderBody): OrderType {
  if (body.order_type !== undefined && body.type !== undefined && body.order_type !== body.type) {
    throw validationError([{ field: 'body.type', message: 'differs from order_type; send one of them' }]);
  }
  const type = body.order_type ?? body.type ?? 'market';
  if (!(ORDER_TYPES as readonly string[]).includes(type)) {
    throw validationError([
      { field: body.order_type !== undefined ? 'body.order_type' : 'body.type', message: `must be one of ${ORDER_TYPES.join(', ')}` },
    ]);
  }
  return type;
}

/** The shared clock: the furthest session's virtual time (all are there once aligned); before start, the window's start. */
function virtualTimeOf(battle: BattleRow, states: BattleSessionState[]): number {
  if (states.length === 0) return Date.parse(backtestConfigOf(battle).start_time);
  return Math.max(...states.map((s) => s.virtualMs));
}

/** Every session sees the same bars; merged so a pair is shown if any session has a close for it. */
function sharedPrices(states: BattleSessionState[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const state of states) for (const [symbol, price] of Object.entries(state.prices)) out[symbol] ??= price;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function participantDto(p: BattleParticipantRow, state: BattleSessionState, cards: Map<string, AgentCard>): HistoricalParticipantDto {
  return {
    agent_id: p.agent_id,
    agent_name: cards.get(p.agent_id)?.display_name ?? '',
    status: p.status,
    equity: formatAmount(state.equity),
    pnl: formatAmount(state.equity - state.startingBalance),
    roi_pct: roiPct(state.equity, state.startingBalance),
    trade_count: state.tradeCount,
  };
}

function tradeEvent(battleId: string, agentId: string, order: ClosedOrder, fill: Fill, cards: Map<string, AgentCard>): BattleTradeEventDto {
  const at = isoTime(fill.executedAt);
  const card = cards.get(agentId);
  return {
    battle_id: battleId,
    agent_id: agentId,
    agent_name: card?.display_name ?? '',
    color: card?.color ?? null,
    order_id: order.id,
    symbol: fill.symbol,
    side: fill.side,
    type: order.type,
    quantity: formatAmount(fill.quantity),
    price: formatAmount(fill.price),
    fee: formatAmount(fill.fee),
    pnl: formatAmount(fill.realizedPnl),
    // A historical fill happens at the virtual time; it is the only time it has.
    executed_at: at,
    virtual_time: at,
  };
}

/**
 * The fills among step events — each event's own and those of its transaction (a bracket leg that
 * filled at once) — by virtual time then participant order (stable).
 */
function tradeEvents(battleId: string, events: Array<{ seat: Seat; e: StepEvent }>, cards: Map<string, AgentCard>): BattleTradeEventDto[] {
  const fills: Array<{ agentId: string; at: number; order: ClosedOrder; fill: Fill }> = [];
  for (const { seat, e } of events) {
    const agentId = seat.participant.agent_id;
    if (e.result.kind === 'filled') fills.push({ agentId, at: e.at, order: e.result.order, fill: e.result.fill });
    for (const linked of e.result.linked) {
      if (linked.kind === 'filled') fills.push({ agentId, at: e.at, order: linked.order, fill: linked.fill });
    }
  }
  return fills
    .map((x, i) => ({ x, i }))
    .sort((a, b) => a.x.at - b.x.at || a.i - b.i)
    .map(({ x }) => tradeEvent(battleId, x.agentId, x.order, x.fill, cards));
}

/** A session's fills walked forward in time: the trade count and open positions at each snapshot. */
class Ledger {
  private next = 0;
  private count = 0;
  private readonly quantities = new Map<string, Amount>();

  constructor(private readonly trades: readonly BacktestTradeRow[]) {}

  /** Figures after every fill executed at or before `virtualMs` (calls in increasing time). */
  at(virtualMs: number): { tradeCount: number; openPositions: number } {
    while (this.next < this.trades.length && Number(this.trades[this.next]!.executed_ms) <= virtualMs) {
      const t = this.trades[this.next++]!;
      const q = storedAmount(t.quantity);
      this.quantities.set(t.symbol, (this.quantities.get(t.symbol) ?? 0n) + (t.side === 'buy' ? q : -q));
      this.count++;
    }
    let open = 0;
    for (const q of this.quantities.values()) if (q > 0n) open++;
    return { tradeCount: this.count, openPositions: open };
  }
}
