// The battle use cases behind /battles/*: every method takes the calling account (a battle is
// private to it: a foreign or unknown id is 404 BATTLE_NOT_FOUND) and returns a wire-ready object
// (types.ts). All state lives in the database — the battle and participant rows, the saved
// wallets, the snapshots, a historical battle's backtest sessions — so a battle carries on after a
// restart in whatever state it was; only the 5 s scheduler is started again (open()).
//
// Concurrency: the calls on one battle run one at a time on this instance (a per-battle queue, as
// backtests do), so a stop never interleaves with a pause or a scheduler's elimination here. In a
// cluster the calls on one battle may reach different instances (and the scheduler runs on the
// leader), so the queue is only the cheap first line: each change is one write piece of the store
// (`ctx.writes.submit`) that first takes the battle's row (FOR NO KEY UPDATE on PostgreSQL) and
// checks that the battle and its participants are still what the call decided on (`recheck`); if
// another instance changed them meanwhile, the piece rolls back and the call runs again on what is
// stored now — so a battle is never started, stopped or cancelled twice, and a fresh wallet never
// set aside or given back twice. The battle row, its participants and, for live battles, every
// participant's wallet and cancelled orders commit together. What the change means to others —
// order events, portfolio changes, the battle's status events, `battle.completed` — is announced
// only after that commit.
import { isoTime } from '../clock.js';
import type { Account, Agent, BattleParticipantRow, BattleRow, BattleStatus } from '../db/schema.js';
import { lockAgents, readNow, type Tx } from '../db/store.js';
import { DomainError, validationError } from '../errors.js';
import { formatAmount, type Amount } from '../money.js';
import { findAccountAgent } from '../repositories/agent.repository.js';
import { assertAgentWritable } from '../services/agent-guard.js';
import type { ServiceContext } from '../services/context.js';
import { announceCommittedOrders } from '../services/trading.service.js';
import {
  mergeConfig,
  parseCreateBody,
  parseUpdateBody,
  storedBacktestConfig,
  storedConfig,
  type BattleSettings,
  type PairLookup,
} from './config.js';
import { participantRejection } from './guard.js';
import { HistoricalBattles } from './historical.js';
import { presetDtos } from './presets.js';
import { battleStartingBalance, liveFigures, rankParticipants, standingsOf, type ParticipantFigures } from './ranking.js';
import * as repo from './repository.js';
import { BattleScheduler, type BattleLifecycle } from './scheduler.js';
import { findSnapshotsPage, insertSnapshotsSync, type NewBattleSnapshotRow } from './snapshots.repository.js';
import type {
  BacktestConfigDto,
  BattleConfig,
  BattleDto,
  BattleListDto,
  BattleStatusEventDto,
  BattleStatusEventName,
  BattleTradeEventDto,
  CreateBattleBody,
  HistoricalOrderBody,
  HistoricalOrderDto,
  HistoricalPricesDto,
  HistoricalStepDto,
  LiveDto,
  ParticipantDto,
  PresetDto,
  RankingDto,
  RankingMetric,
  RematchBody,
  ReplayDto,
  ResultsDto,
  StandingDto,
  UpdateBattleBody,
} from './types.js';
import { cancelParticipantOrders, endLiveWallets, startLiveWallets, type WalletChanges } from './wallet.js';
import { KeyedQueue } from '../keyed-queue.js';
import { enqueueWebhookEventSync } from '../webhooks/outbox.js';
import { battleCompletedData } from '../webhooks/payloads.js';

const MAX_PARTICIPANTS = 50;
const MIN_PARTICIPANTS = 2;
const MAX_REPLAY_PAGE = 100_000;
const DEFAULT_REPLAY_PAGE = 10_000;
const REMATCH_NAME_MAX = 200;
const STATUSES: readonly BattleStatus[] = ['draft', 'pending', 'active', 'paused', 'completed', 'cancelled'];
const RUNNING: readonly BattleStatus[] = ['active', 'paused'];
const SETUP: readonly BattleStatus[] = ['draft', 'pending'];

function notFound(id: string): DomainError {
  return new DomainError('BATTLE_NOT_FOUND', `Battle '${id}' not found.`, { battle_id: id });
}

function invalidState(
  battle: BattleRow,
  action: string,
  required: readonly BattleStatus[],
  extra: Record<string, unknown> = {},
  message?: string,
): DomainError {
  return new DomainError('BATTLE_INVALID_STATE', message ?? `Battle '${battle.id}' is ${battle.status}; it cannot ${action}.`, {
    battle_id: battle.id,
    current_status: battle.status,
    required_status: [...required],
    ...extra,
  });
}

function agentNotFound(agentId: string, notInBattle: boolean): DomainError {
  return new DomainError(
    'AGENT_NOT_FOUND',
    notInBattle ? `Agent '${agentId}' is not in this battle.` : 'Agent not found.',
    notInBattle ? { agent_id: agentId, reason: 'not_in_battle' } : { agent_id: agentId },
  );
}

function intRange(value: number | undefined, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validationError([{ field, message: `must be an integer from ${min} to ${max}` }]);
  }
  return value;
}

/**
 * Thrown in a write piece when the battle or its participants are no longer what the call read
 * before it (another instance changed them meanwhile): the piece rolls back and the call runs again.
 */
class BattleChanged extends Error {
  constructor(readonly battleId: string) {
    super(`battle ${battleId} changed while a call on it was deciding`);
  }
}

/** Runs of one call before it gives up on a battle that keeps changing under it. */
const MAX_RUNS = 5;

/** A column as both read paths give it (Kysely's and the store's may differ in number vs string). */
function normal(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The same row: every column of `read` alike in `stored`, but those in `skip`. */
function sameRow<R extends object>(stored: R, read: R, skip: ReadonlyArray<keyof R> = []): boolean {
  return (Object.keys(read) as Array<keyof R>).every((k) => skip.includes(k) || normal(stored[k]) === normal(read[k]));
}

/** The standing stored at completion (`final_metrics`), as results shows it. */
type FinalStanding = Omit<StandingDto, 'rank' | 'agent_name' | 'display_name' | 'color' | 'avatar_url'>;

/** Snapshot rows of the participants' current figures at `now`. */
function snapshotRowsOf(battleId: string, figures: readonly ParticipantFigures[], now: number): NewBattleSnapshotRow[] {
  return figures.map((f) => ({
    battle_id: battleId,
    agent_id: f.agentId,
    ts_ms: now,
    equity: formatAmount(f.equity),
    unrealized_pnl: formatAmount(f.unrealizedPnl),
    realized_pnl: formatAmount(f.realizedPnl),
    trade_count: f.tradeCount,
    open_positions: f.openPositions,
  }));
}

export class BattleService implements BattleLifecycle {
  /** Calls on one id run one at a time. */
  private readonly queues = new KeyedQueue();
  private scheduler: BattleScheduler | undefined;
  private history: HistoricalBattles | undefined;

  constructor(private readonly ctx: ServiceContext) {}

  // --- lifecycle of the service -------------------------------------------------------------------

  /**
   * App start: the scheduler takes up every running live battle from the database (a fixed one
   * whose end passed while the server was down stops on its first tick). Historical battles need
   * nothing: their sessions resume on the next call.
   */
  async open(options: { snapshotIntervalMs?: number } = {}): Promise<void> {
    await this.scheduler?.stop();
    this.scheduler = new BattleScheduler(this.ctx, this, {
      intervalMs: options.snapshotIntervalMs ?? this.ctx.config.battles.snapshotIntervalMs,
    });
    this.scheduler.start();
  }

  /** App stop: stops the scheduler and waits for calls under way. */
  async close(): Promise<void> {
    await this.scheduler?.stop();
    this.scheduler = undefined;
    await this.queues.idle();
  }

  /** Runs `work` after every earlier call on the same battle. */
  private serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.queues.run(id, work);
  }

  private historical(): HistoricalBattles {
    this.history ??= new HistoricalBattles(this.ctx);
    return this.history;
  }

  private readonly lookup: PairLookup = (symbol) => this.ctx.market.pair(symbol)?.symbol;

  /** The battle if it is the account's; else 404 (foreign ids are indistinguishable from unknown ones). */
  private async owned(account: Account, id: string): Promise<BattleRow> {
    const row = await repo.findBattle(this.ctx.db, String(id).toLowerCase());
    if (!row || row.account_id !== account.id) throw notFound(id);
    return row;
  }

  /**
   * `owned`, then `work` in the battle's queue on the row as it is once the queue reaches it; run
   * again from that read if its write piece finds the battle changed (`recheck`).
   */
  private async ownedSerial<T>(account: Account, id: string, work: (battle: BattleRow) => Promise<T>): Promise<T> {
    const first = await this.owned(account, id);
    return this.serial(first.id, () => this.rerunIfChanged(async () => work(await this.owned(account, first.id))));
  }

  /** Runs `work` again (it reads afresh) while its write piece finds the battle changed by another instance. */
  private async rerunIfChanged<T>(work: () => Promise<T>): Promise<T> {
    for (let run = 1; ; run++) {
      try {
        return await work();
      } catch (err) {
        if (!(err instanceof BattleChanged)) throw err;
        if (run >= MAX_RUNS) {
          throw new DomainError('BATTLE_INVALID_STATE', `Battle '${err.battleId}' kept changing while this call ran; try it again.`, {
            battle_id: err.battleId,
            reason: 'concurrent_change',
          });
        }
      }
    }
  }

  /**
   * First in a write piece that changes a battle: takes the battle's row (PostgreSQL: until the
   * commit, so another instance's change of it waits) and throws BattleChanged unless the row — all
   * but the leader, which the scheduler keeps up to date on its own — and, when given, the
   * participants are as the call read them before deciding.
   */
  private async recheck(tx: Tx, battle: BattleRow, participants?: readonly BattleParticipantRow[]): Promise<void> {
    const stored = await repo.lockBattleSync(tx, battle.id);
    if (!stored || !sameRow(stored, battle, ['leader_agent_id'])) throw new BattleChanged(battle.id);
    if (!participants) return;
    const now = await repo.findParticipantsSync(tx, battle.id);
    if (now.length !== participants.length || now.some((p, i) => !sameRow(p, participants[i]!))) throw new BattleChanged(battle.id);
  }

  private async participantsOf(battleId: string): Promise<BattleParticipantRow[]> {
    return repo.findParticipants(this.ctx.db, [battleId]);
  }

  // --- wire shapes --------------------------------------------------------------------------------

  private participantDto(battle: BattleRow, config: BattleConfig, p: BattleParticipantRow, name: string): ParticipantDto {
    // An existing wallet is measured from its value at the start, unknown before.
    const unknownYet = battle.battle_mode === 'live' && config.wallet_mode === 'existing' && p.snapshot_balance === null;
    return {
      id: p.id,
      battle_id: p.battle_id,
      agent_id: p.agent_id,
      agent_name: name,
      status: p.status,
      joined_at: p.joined_at,
      snapshot_balance: p.snapshot_balance,
      starting_balance: unknownYet ? null : formatAmount(battleStartingBalance(battle, config, p)),
      final_equity: p.final_equity,
      final_rank: p.final_rank,
      backtest_session_id: p.backtest_session_id,
      blown_up_at: p.blown_up_at,
    };
  }

  private async battleDtos(rows: BattleRow[]): Promise<BattleDto[]> {
    const participants = await repo.findParticipants(
      this.ctx.db,
      rows.map((r) => r.id),
    );
    const cards = await repo.findAgentCards(this.ctx.db, [...new Set(participants.map((p) => p.agent_id))]);
    return rows.map((battle) => {
      const config = storedConfig(battle.config);
      const own = participants.filter((p) => p.battle_id === battle.id);
      return {
        id: battle.id,
        account_id: battle.account_id,
        name: battle.name,
        status: battle.status,
        battle_mode: battle.battle_mode,
        preset: battle.preset,
        config,
        ranking_metric: battle.ranking_metric as RankingMetric,
        backtest_config: storedBacktestConfig(battle.backtest_config),
        participant_count: own.length,
        participants: own.map((p) => this.participantDto(battle, config, p, cards.get(p.agent_id)?.display_name ?? '')),
        winner_agent_id: battle.winner_agent_id,
        created_at: battle.created_at,
        updated_at: battle.updated_at,
        started_at: battle.started_at,
        ended_at: battle.ended_at,
        ends_at: battle.ends_ms === null ? null : isoTime(Number(battle.ends_ms)),
      };
    });
  }

  private async battleDto(battle: BattleRow): Promise<BattleDto> {
    const [dto] = await this.battleDtos([battle]);
    return dto!;
  }

  private async reloadDto(id: string): Promise<BattleDto> {
    const row = await repo.findBattle(this.ctx.db, id);
    if (!row) throw notFound(id);
    return this.battleDto(row);
  }

  // --- events (after the commit) ------------------------------------------------------------------

  private emitStatus(battleId: string, event: BattleStatusEventName, extra: Partial<BattleStatusEventDto> = {}): void {
    this.ctx.events.emitBattle({
      battleId,
      type: 'status',
      data: { battle_id: battleId, event, timestamp: isoTime(this.ctx.clock.now()), ...extra },
    });
  }

  private async agentName(agentId: string): Promise<string> {
    return (await repo.findAgentCards(this.ctx.db, [agentId])).get(agentId)?.display_name ?? '';
  }

  /** Drops cancelled orders from the matcher and announces them and the changed wallets. */
  private async announceWallets(changes: WalletChanges): Promise<void> {
    for (const id of changes.cancelledOrderIds) this.ctx.matcher.untrack(id);
    if (changes.cancelledOrderIds.length > 0 || changes.touchedAgentIds.length > 0) {
      await announceCommittedOrders(this.ctx, changes.cancelledOrderIds, changes.touchedAgentIds);
    }
  }

  private emitTrades(fills: readonly BattleTradeEventDto[] | undefined): void {
    for (const fill of fills ?? []) this.ctx.events.emitBattle({ battleId: fill.battle_id, type: 'trade', data: fill });
  }

  // --- setup --------------------------------------------------------------------------------------

  presets(): PresetDto[] {
    return presetDtos();
  }

  /** POST /battles: a `draft` battle (no participants yet). */
  async create(account: Account, body: CreateBattleBody): Promise<BattleDto> {
    const settings = parseCreateBody(body, this.lookup);
    const now = isoTime(this.ctx.clock.now());
    const row: BattleRow = {
      id: this.ctx.ids.next(),
      account_id: account.id,
      name: settings.name,
      status: 'draft',
      battle_mode: settings.battle_mode,
      preset: settings.preset,
      config: JSON.stringify(settings.config),
      ranking_metric: settings.ranking_metric,
      backtest_config: settings.backtest_config === null ? null : JSON.stringify(settings.backtest_config),
      created_at: now,
      updated_at: now,
      started_at: null,
      ended_at: null,
      ends_ms: null,
      winner_agent_id: null,
      leader_agent_id: null,
    };
    await this.ctx.writes.submit((tx) => repo.insertBattle(tx, row));
    return this.battleDto(row);
  }

  /** The account's battles, newest first; `total` = all that match the filter. */
  async list(account: Account, filter: { status?: string; limit?: number; offset?: number }): Promise<BattleListDto> {
    const limit = intRange(filter.limit, 'query.limit', 1, 200, 50);
    const offset = intRange(filter.offset, 'query.offset', 0, Number.MAX_SAFE_INTEGER, 0);
    if (filter.status !== undefined && !(STATUSES as readonly string[]).includes(filter.status)) {
      throw validationError([{ field: 'query.status', message: `must be one of ${STATUSES.join(', ')}` }]);
    }
    const { rows, total } = await repo.findAccountBattles(this.ctx.db, account.id, {
      ...(filter.status !== undefined ? { status: filter.status as BattleStatus } : {}),
      limit,
      offset,
    });
    return { battles: await this.battleDtos(rows), total, limit, offset };
  }

  async get(account: Account, id: string): Promise<BattleDto> {
    return this.battleDto(await this.owned(account, id));
  }

  /** PUT /battles/{id}: draft or pending only; only the fields sent change. */
  async update(account: Account, id: string, body: UpdateBattleBody): Promise<BattleDto> {
    return this.ownedSerial(account, id, async (battle) => {
      if (!SETUP.includes(battle.status)) throw invalidState(battle, 'be updated', SETUP);
      const current: BattleSettings = {
        name: battle.name,
        config: storedConfig(battle.config),
        ranking_metric: battle.ranking_metric as RankingMetric,
        battle_mode: battle.battle_mode,
        backtest_config: storedBacktestConfig(battle.backtest_config),
      };
      const next = parseUpdateBody(current, body, this.lookup);
      const row: BattleRow = {
        ...battle,
        name: next.name,
        config: JSON.stringify(next.config),
        ranking_metric: next.ranking_metric,
        backtest_config: next.backtest_config === null ? null : JSON.stringify(next.backtest_config),
        updated_at: isoTime(this.ctx.clock.now()),
      };
      await this.ctx.writes.submit(async (tx) => {
        await this.recheck(tx, battle);
        await repo.updateBattle(tx, row);
      });
      return this.battleDto(row);
    });
  }

  /**
   * DELETE /battles/{id}: a running battle (active, paused) is cancelled — wallets given back,
   * historical sessions cancelled, the row kept as `cancelled`; any other is deleted with its
   * participants and snapshots.
   */
  async remove(account: Account, id: string): Promise<void> {
    await this.ownedSerial(account, id, async (battle) => {
      if (RUNNING.includes(battle.status)) {
        await this.cancelLocked(battle);
        return;
      }
      await this.ctx.writes.submit(async (tx) => {
        await this.recheck(tx, battle);
        await repo.deleteBattle(tx, battle.id);
      });
    });
  }

  /** POST /battles/{id}/participants: draft or pending; the first participant makes it pending. */
  async addParticipant(account: Account, id: string, agentId: string): Promise<ParticipantDto> {
    return this.ownedSerial(account, id, async (battle) => {
      if (!SETUP.includes(battle.status)) throw invalidState(battle, 'take participants', SETUP);
      const agent = await findAccountAgent(this.ctx.db, account.id, String(agentId).toLowerCase());
      if (!agent) throw agentNotFound(agentId, false);
      assertAgentWritable(agent);
      const participants = await this.participantsOf(battle.id);
      if (participants.some((p) => p.agent_id === agent.id)) {
        throw invalidState(
          battle,
          'take the same agent twice',
          SETUP,
          { reason: 'already_participant', agent_id: agent.id },
          `Agent '${agent.id}' is already in this battle.`,
        );
      }
      if (participants.length >= MAX_PARTICIPANTS) {
        throw new DomainError('LIMIT_REACHED', `A battle may have at most ${MAX_PARTICIPANTS} participants.`, {
          reason: 'limit_reached',
          resource: 'battle_participants',
          limit: MAX_PARTICIPANTS,
          current: participants.length,
          battle_id: battle.id,
        });
      }
      const now = isoTime(this.ctx.clock.now());
      const row = repo.newParticipantRow({ id: this.ctx.ids.next(), battle_id: battle.id, agent_id: agent.id, joined_at: now });
      const updated: BattleRow = { ...battle, status: 'pending', updated_at: now };
      await this.ctx.writes.submit(async (tx) => {
        await this.recheck(tx, battle, participants);
        await repo.insertParticipant(tx, row);
        await repo.updateBattle(tx, updated);
      });
      return this.participantDto(updated, storedConfig(battle.config), row, agent.display_name);
    });
  }

  /** DELETE /battles/{id}/participants/{agent_id}: draft or pending; the last one leaving makes it a draft. */
  async removeParticipant(account: Account, id: string, agentId: string): Promise<void> {
    await this.ownedSerial(account, id, async (battle) => {
      if (!SETUP.includes(battle.status)) throw invalidState(battle, 'lose participants', SETUP);
      const participants = await this.participantsOf(battle.id);
      const p = await this.participantOf(account, participants, agentId);
      const updated: BattleRow = {
        ...battle,
        status: participants.length > 1 ? 'pending' : 'draft',
        updated_at: isoTime(this.ctx.clock.now()),
      };
      await this.ctx.writes.submit(async (tx) => {
        await this.recheck(tx, battle, participants);
        await repo.deleteParticipant(tx, p.id);
        await repo.updateBattle(tx, updated);
      });
    });
  }

  /** The participant of `agentId`; 404 AGENT_NOT_FOUND (reason not_in_battle when the agent is the account's). */
  private async participantOf(account: Account, participants: BattleParticipantRow[], agentId: string): Promise<BattleParticipantRow> {
    const key = String(agentId).toLowerCase();
    const p = participants.find((x) => x.agent_id === key);
    if (p) return p;
    const agent = await findAccountAgent(this.ctx.db, account.id, key);
    throw agentNotFound(agentId, agent !== undefined);
  }

  // --- running -----------------------------------------------------------------------------------

  /**
   * POST /battles/{id}/start: from draft or pending with at least two participants. Live: each
   * agent may be in one running live battle; every participant's wallet is valued and, fresh, set
   * aside for the battle's, in the same transaction as the status change. Historical: one backtest
   * session per participant (historical.ts).
   */
  async start(account: Account, id: string): Promise<BattleDto> {
    return this.ownedSerial(account, id, async (battle) => {
      if (!SETUP.includes(battle.status)) throw invalidState(battle, 'start', SETUP);
      const participants = await this.participantsOf(battle.id);
      if (participants.length < MIN_PARTICIPANTS) {
        throw invalidState(
          battle,
          'start',
          SETUP,
          { reason: 'not_enough_participants', participant_count: participants.length, min_participants: MIN_PARTICIPANTS },
          `Battle '${battle.id}' has ${participants.length} participant${participants.length === 1 ? '' : 's'}; it needs at least ${MIN_PARTICIPANTS} to start.`,
        );
      }
      const now = this.ctx.clock.now();
      const config = storedConfig(battle.config);
      const started: BattleRow = {
        ...battle,
        status: 'active',
        started_at: isoTime(now),
        updated_at: isoTime(now),
        ends_ms:
          battle.battle_mode === 'live' && config.duration_type === 'fixed' && config.duration_seconds !== null
            ? now + config.duration_seconds * 1000
            : null,
      };
      let changes: WalletChanges = { cancelledOrderIds: [], touchedAgentIds: [] };
      if (battle.battle_mode === 'live') {
        const agentIds = participants.map((p) => p.agent_id);
        changes = await this.ctx.writes.submit(async (tx) => {
          await this.recheck(tx, battle, participants);
          // The wallets are valued, and in fresh mode set aside, from what this piece reads.
          await lockAgents(tx, agentIds);
          const other = (await repo.findOtherLiveBattlesSync(tx, agentIds, battle.id))[0];
          if (other) {
            throw invalidState(
              battle,
              'start',
              SETUP,
              { reason: 'agent_in_another_battle', agent_id: other.agent_id, other_battle_id: other.battle_id },
              `Agent '${other.agent_id}' is already in running battle '${other.battle_id}'.`,
            );
          }
          const result = await startLiveWallets(tx, this.ctx, config, participants, now);
          for (const p of participants) await repo.updateParticipant(tx, { ...p, status: 'active' });
          await repo.updateBattle(tx, started);
          // The first point of every equity series is the start itself, not the first tick 5 s later.
          await insertSnapshotsSync(tx, snapshotRowsOf(battle.id, await liveFigures(tx, this.ctx, started, participants, now), now));
          return result;
        });
      } else {
        const sessions = await this.historical().start(battle, participants, account);
        const made = new Set(sessions.values());
        try {
          await this.ctx.writes.submit(async (tx) => {
            await this.recheck(tx, battle, participants);
            for (const p of participants) {
              await repo.updateParticipant(tx, {
                ...p,
                status: 'active',
                snapshot_balance: config.starting_balance,
                backtest_session_id: sessions.get(p.agent_id) ?? null,
              });
            }
            await repo.updateBattle(tx, started);
          });
        } catch (err) {
          // Not linked (another instance started it first, or the piece failed): nobody will run them.
          await this.historical().discard(battle.id, { only: made });
          throw err;
        }
        // Sessions the battle never began with: a start a crash interrupted, or one that lost the race.
        await this.historical().discard(battle.id, { keep: made });
      }
      await this.announceWallets(changes);
      this.emitStatus(battle.id, 'battle_started', { participant_count: participants.length });
      return this.battleDto(started);
    });
  }

  /** POST /battles/{id}/pause/{agent_id}: the participant stops trading; the battle shows `paused`. */
  async pause(account: Account, id: string, agentId: string): Promise<ParticipantDto> {
    return this.setPaused(account, id, agentId, true);
  }

  /** POST /battles/{id}/resume/{agent_id}: the battle is active again once no participant is paused. */
  async resume(account: Account, id: string, agentId: string): Promise<ParticipantDto> {
    return this.setPaused(account, id, agentId, false);
  }

  /**
   * Pauses (an `active` participant) or resumes (a `paused` one). The battle's own status follows
   * from its participants: `paused` while any is paused, `active` otherwise.
   */
  private async setPaused(account: Account, id: string, agentId: string, pause: boolean): Promise<ParticipantDto> {
    const [action, from, to] = pause ? (['pause', 'active', 'paused'] as const) : (['resume', 'paused', 'active'] as const);
    return this.ownedSerial(account, id, async (battle) => {
      if (!RUNNING.includes(battle.status)) throw invalidState(battle, `${action} a participant`, RUNNING);
      const participants = await this.participantsOf(battle.id);
      const p = await this.participantOf(account, participants, agentId);
      if (p.status !== from) {
        throw invalidState(
          battle,
          `${action} this participant`,
          RUNNING,
          { reason: `participant_not_${from}`, agent_id: p.agent_id, participant_status: p.status },
          `Agent '${p.agent_id}' is ${p.status} in this battle; only ${pause ? 'an active' : 'a paused'} participant can be ${pause ? 'paused' : 'resumed'}.`,
        );
      }
      const changed: BattleParticipantRow = { ...p, status: to };
      const anyPaused = participants.some((x) => (x.id === p.id ? changed : x).status === 'paused');
      const now = isoTime(this.ctx.clock.now());
      const updated: BattleRow = { ...battle, status: anyPaused ? 'paused' : 'active', updated_at: now };
      await this.ctx.writes.submit(async (tx) => {
        await this.recheck(tx, battle, participants);
        await repo.updateParticipant(tx, changed);
        await repo.updateBattle(tx, updated);
      });
      const name = await this.agentName(p.agent_id);
      this.emitStatus(battle.id, pause ? 'agent_paused' : 'agent_resumed', { agent_id: p.agent_id, agent_name: name });
      return this.participantDto(updated, storedConfig(battle.config), changed, name);
    });
  }

  /** POST /battles/{id}/stop: ranks and completes an active or paused battle. */
  async stop(account: Account, id: string): Promise<BattleDto> {
    return this.ownedSerial(account, id, async (battle) => {
      if (!RUNNING.includes(battle.status)) throw invalidState(battle, 'stop', RUNNING);
      await this.completeLocked(battle);
      return this.reloadDto(battle.id);
    });
  }

  // --- BattleLifecycle (the scheduler) -------------------------------------------------------------

  /** A fixed battle's end passed, or one survivor is left: completes it if it is still running. */
  async completeBattle(battleId: string, _reason: 'duration' | 'survival'): Promise<void> {
    await this.serial(battleId, () =>
      this.rerunIfChanged(async () => {
        const battle = await repo.findBattle(this.ctx.db, battleId);
        if (!battle || !RUNNING.includes(battle.status)) return;
        await this.completeLocked(battle);
      }),
    );
  }

  /**
   * A survival battle's participant fell under 10 % of its starting balance: it is eliminated
   * (`blown_up`, its equity kept as final, its pending orders cancelled); with one survivor left
   * the battle completes.
   */
  async eliminate(battleId: string, agentId: string, equity: Amount): Promise<void> {
    await this.serial(battleId, () => this.rerunIfChanged(() => this.eliminateNow(battleId, agentId, equity)));
  }

  private async eliminateNow(battleId: string, agentId: string, equity: Amount): Promise<void> {
    const battle = await repo.findBattle(this.ctx.db, battleId);
    if (!battle || !RUNNING.includes(battle.status)) return;
    const participants = await this.participantsOf(battleId);
    const p = participants.find((x) => x.agent_id === agentId);
    if (!p || p.status === 'blown_up' || p.status === 'stopped') return;
    const now = this.ctx.clock.now();
    const stillPaused = participants.some((x) => x.id !== p.id && x.status === 'paused');
    const updated: BattleRow = { ...battle, status: stillPaused ? 'paused' : 'active', updated_at: isoTime(now) };
    const cancelled = await this.ctx.writes.submit(async (tx) => {
      await this.recheck(tx, battle, participants);
      let ids: string[] = [];
      if (battle.battle_mode === 'live') {
        await lockAgents(tx, [agentId]);
        ids = await cancelParticipantOrders(tx, this.ctx, agentId);
      }
      await repo.updateParticipant(tx, { ...p, status: 'blown_up', blown_up_at: isoTime(now), final_equity: formatAmount(equity) });
      await repo.updateBattle(tx, updated);
      return ids;
    });
    await this.announceWallets({ cancelledOrderIds: cancelled, touchedAgentIds: cancelled.length > 0 ? [agentId] : [] });
    this.emitStatus(battleId, 'agent_blown_up', {
      agent_id: agentId,
      agent_name: await this.agentName(agentId),
      equity: formatAmount(equity),
    });
    const survivors = participants.filter((x) => x.id !== p.id && x.status !== 'blown_up');
    if (survivors.length <= 1) await this.completeLocked(updated);
  }

  // --- ending ------------------------------------------------------------------------------------

  /**
   * Ranks and completes a running battle (inside its queue). Live: the figures are read in the same
   * transaction that gives the fresh wallets back, before it does. Historical: the sessions end at
   * their current step and rank from their results.
   */
  private async completeLocked(battle: BattleRow): Promise<void> {
    const participants = await this.participantsOf(battle.id);
    const now = this.ctx.clock.now();
    const cards = await repo.findAgentCards(
      this.ctx.db,
      participants.map((p) => p.agent_id),
    );
    const metric = battle.ranking_metric as RankingMetric;
    let historicalFigures: ParticipantFigures[] | undefined;
    const closingFills: BattleTradeEventDto[] = [];
    if (battle.battle_mode === 'historical') {
      historicalFigures = await this.historical().finish(battle, participants, 'completed', (fills) => closingFills.push(...fills));
    }

    const agentIds = participants.map((p) => p.agent_id);
    const outcome = await this.ctx.writes.submit(async (tx) => {
      await this.recheck(tx, battle, participants);
      // Live: the figures are valued from the wallets this piece then gives back.
      if (battle.battle_mode === 'live') await lockAgents(tx, agentIds);
      const figures = historicalFigures ?? (await liveFigures(tx, this.ctx, battle, participants, now));
      // A live battle's series ends where it ended (a stop between two ticks included); an
      // eliminated participant's stopped at its elimination.
      if (!historicalFigures) {
        const standing = figures.filter((f) => f.status !== 'blown_up');
        await insertSnapshotsSync(tx, snapshotRowsOf(battle.id, standing, now));
      }
      const ranked = rankParticipants(figures, metric);
      const standings = standingsOf(ranked, cards);
      const changes = battle.battle_mode === 'live' ? await endLiveWallets(tx, this.ctx, participants, now) : undefined;
      const byAgent = new Map(participants.map((p) => [p.agent_id, p]));
      for (const [i, f] of ranked.entries()) {
        const p = byAgent.get(f.agentId)!;
        const { rank: _rank, agent_name: _n, display_name: _d, color: _c, avatar_url: _a, ...final } = standings[i]!;
        await repo.updateParticipant(tx, {
          ...p,
          status: p.status === 'blown_up' ? 'blown_up' : 'stopped',
          final_rank: i + 1,
          final_equity: formatAmount(f.equity),
          final_metrics: JSON.stringify(final satisfies FinalStanding),
        });
      }
      const winner = ranked[0]?.agentId ?? null;
      const completed: BattleRow = {
        ...battle,
        status: 'completed',
        ended_at: isoTime(now),
        updated_at: isoTime(now),
        winner_agent_id: winner,
        leader_agent_id: winner,
      };
      await repo.updateBattle(tx, completed);
      await repo.setLeader(tx, completed.id, winner);
      // battle.completed for webhooks: its outbox row commits with the results.
      await enqueueWebhookEventSync(
        tx,
        this.ctx,
        completed.account_id,
        'battle.completed',
        battleCompletedData(completed, participants.length),
      );
      return { changes, completed };
    });
    if (outcome.changes) await this.announceWallets(outcome.changes);
    this.emitTrades(closingFills);
    const done = outcome.completed;
    this.emitStatus(battle.id, 'battle_completed', { winner_agent_id: done.winner_agent_id, participant_count: participants.length });
    this.ctx.events.emitBattleCompleted({
      battle_id: done.id,
      account_id: done.account_id,
      name: done.name,
      battle_mode: done.battle_mode,
      winner_agent_id: done.winner_agent_id,
      participant_count: participants.length,
      ended_at: done.ended_at!,
    });
  }

  /** Cancels a running battle (inside its queue): wallets given back or sessions cancelled, no ranking. */
  private async cancelLocked(battle: BattleRow): Promise<void> {
    const participants = await this.participantsOf(battle.id);
    const now = this.ctx.clock.now();
    if (battle.battle_mode === 'historical') await this.historical().finish(battle, participants, 'cancelled');
    const agentIds = participants.map((p) => p.agent_id);
    const changes = await this.ctx.writes.submit(async (tx) => {
      await this.recheck(tx, battle, participants);
      let result: WalletChanges | undefined;
      if (battle.battle_mode === 'live') {
        await lockAgents(tx, agentIds);
        result = await endLiveWallets(tx, this.ctx, participants, now);
      }
      for (const p of participants) await repo.updateParticipant(tx, { ...p, status: p.status === 'blown_up' ? 'blown_up' : 'stopped' });
      await repo.updateBattle(tx, { ...battle, status: 'cancelled', ended_at: isoTime(now), updated_at: isoTime(now) });
      return result;
    });
    if (changes) await this.announceWallets(changes);
    this.emitStatus(battle.id, 'battle_cancelled', { participant_count: participants.length });
  }

  // --- reading a battle ---------------------------------------------------------------------------

  /**
   * GET /battles/{id}/live: the standings now (a completed battle: its final standings; one not
   * started or cancelled: none), ranked by the battle's metric.
   */
  async live(account: Account, id: string): Promise<LiveDto> {
    const battle = await this.owned(account, id);
    const participants = await this.participantsOf(battle.id);
    const now = this.ctx.clock.now();
    const cards = await repo.findAgentCards(
      this.ctx.db,
      participants.map((p) => p.agent_id),
    );
    const metric = battle.ranking_metric as RankingMetric;
    let standings: StandingDto[] = [];
    let virtualTime: string | null = null;
    if (battle.status === 'completed') {
      standings = this.finalStandings(participants, cards);
    } else if (RUNNING.includes(battle.status)) {
      if (battle.battle_mode === 'historical') {
        const [figures, prices] = await Promise.all([
          this.historical().figures(battle, participants),
          this.historical().prices(battle, participants),
        ]);
        standings = standingsOf(rankParticipants(figures, metric), cards);
        virtualTime = prices.virtual_time;
      } else {
        // The scheduler keeps each participant's equity metrics as of its last tick: without them a
        // long battle's whole snapshot series would be read on every /live and channel subscribe.
        const known = (id: string) => this.scheduler?.equityMetricsOf(id);
        const figures = await readNow(this.ctx.db, (tx) => liveFigures(tx, this.ctx, battle, participants, now, known));
        standings = standingsOf(rankParticipants(figures, metric), cards);
      }
    }
    const startedMs = battle.started_at === null ? null : Date.parse(battle.started_at);
    const endMs = battle.ended_at === null ? now : Date.parse(battle.ended_at);
    const elapsed = startedMs === null ? 0 : Math.max(0, Math.floor((endMs - startedMs) / 1000));
    const remaining =
      battle.ends_ms === null || !RUNNING.includes(battle.status) ? null : Math.max(0, Math.ceil((Number(battle.ends_ms) - now) / 1000));
    return {
      battle_id: battle.id,
      status: battle.status,
      battle_mode: battle.battle_mode,
      ranking_metric: metric,
      virtual_time: virtualTime,
      elapsed_seconds: elapsed,
      elapsed_minutes: Math.floor(elapsed / 60),
      remaining_seconds: remaining,
      remaining_minutes: remaining === null ? null : Math.ceil(remaining / 60),
      participants: standings,
      updated_at: isoTime(now),
    };
  }

  /** The standings stored at completion, best first, with the agents' current names. */
  private finalStandings(participants: BattleParticipantRow[], cards: Map<string, repo.AgentCard>): StandingDto[] {
    return participants
      .filter((p) => p.final_rank !== null && p.final_metrics !== null)
      .sort((a, b) => a.final_rank! - b.final_rank!)
      .map((p) => {
        const card = cards.get(p.agent_id);
        const name = card?.display_name ?? '';
        const final = JSON.parse(p.final_metrics!) as FinalStanding;
        return {
          ...final,
          rank: p.final_rank!,
          agent_id: p.agent_id,
          agent_name: name,
          display_name: name,
          avatar_url: null,
          color: card?.color ?? null,
          status: p.status,
        };
      });
  }

  /** GET /battles/{id}/results: a completed battle's final ranking (else 409). */
  async results(account: Account, id: string): Promise<ResultsDto> {
    const battle = await this.owned(account, id);
    if (battle.status !== 'completed') {
      throw invalidState(battle, 'show results before it has completed', ['completed']);
    }
    const participants = await this.participantsOf(battle.id);
    const cards = await repo.findAgentCards(
      this.ctx.db,
      participants.map((p) => p.agent_id),
    );
    const byAgent = new Map(participants.map((p) => [p.agent_id, p]));
    const rankings: RankingDto[] = this.finalStandings(participants, cards).map((s) => {
      const p = byAgent.get(s.agent_id)!;
      return {
        ...s,
        final_equity: p.final_equity ?? s.current_equity,
        snapshot_balance: p.snapshot_balance,
        backtest_session_id: p.backtest_session_id,
      };
    });
    const startedMs = battle.started_at === null ? null : Date.parse(battle.started_at);
    const endedMs = battle.ended_at === null ? null : Date.parse(battle.ended_at);
    const winner = battle.winner_agent_id;
    return {
      battle_id: battle.id,
      name: battle.name,
      status: 'completed',
      battle_mode: battle.battle_mode,
      ranking_metric: battle.ranking_metric as RankingMetric,
      started_at: battle.started_at,
      ended_at: battle.ended_at,
      completed_at: battle.ended_at,
      duration_seconds: startedMs === null || endedMs === null ? 0 : Math.max(0, Math.floor((endedMs - startedMs) / 1000)),
      winner_agent_id: winner,
      winner_agent_name: winner === null ? null : (cards.get(winner)?.display_name ?? null),
      rankings,
      participants: rankings,
    };
  }

  /** GET /battles/{id}/replay: the snapshots, oldest first, every participant interleaved. */
  async replay(account: Account, id: string, page: { limit?: number; offset?: number }): Promise<ReplayDto> {
    const limit = intRange(page.limit, 'query.limit', 1, MAX_REPLAY_PAGE, DEFAULT_REPLAY_PAGE);
    const offset = intRange(page.offset, 'query.offset', 0, Number.MAX_SAFE_INTEGER, 0);
    const battle = await this.owned(account, id);
    if (battle.battle_mode === 'historical') {
      return this.historical().replay(battle, await this.participantsOf(battle.id), { limit, offset });
    }
    const { rows, total } = await findSnapshotsPage(this.ctx.db, battle.id, limit, offset);
    return {
      battle_id: battle.id,
      battle_mode: battle.battle_mode,
      snapshots: rows.map((r) => ({
        agent_id: r.agent_id,
        timestamp: isoTime(Number(r.ts_ms)),
        virtual_time: null,
        equity: r.equity,
        unrealized_pnl: r.unrealized_pnl,
        realized_pnl: r.realized_pnl,
        trade_count: Number(r.trade_count),
        open_positions: Number(r.open_positions),
      })),
      total,
      limit,
      offset,
    };
  }

  /**
   * POST /battles/{id}/replay: a historical rematch of a completed battle over the same market
   * window — a live source's window is the time it ran — with its agents or the ones named.
   */
  async rematch(account: Account, id: string, body: RematchBody): Promise<BattleDto> {
    const source = await this.owned(account, id);
    if (source.status !== 'completed') throw invalidState(source, 'be replayed before it has completed', ['completed']);
    const issues: Array<{ field: string; message: string }> = [];
    const override = body?.override_config;
    const config = mergeConfig(storedConfig(source.config), override, issues, this.lookup);
    if (issues.length > 0) {
      throw validationError(issues.map((i) => ({ ...i, field: i.field.replace(/^body\.config/, 'body.override_config') })));
    }
    const backtestConfig: BacktestConfigDto = storedBacktestConfig(source.backtest_config) ?? {
      start_time: source.started_at!,
      end_time: source.ended_at!,
      candle_interval: 60,
      pairs: config.allowed_pairs,
    };

    let agentIds: string[];
    if (body?.agent_ids !== undefined) {
      if (!Array.isArray(body.agent_ids) || !body.agent_ids.every((a) => typeof a === 'string')) {
        throw validationError([{ field: 'body.agent_ids', message: 'must be an array of agent ids' }]);
      }
      agentIds = [...new Set(body.agent_ids.map((a) => a.toLowerCase()))];
    } else {
      agentIds = (await this.participantsOf(source.id)).map((p) => p.agent_id);
    }
    if (agentIds.length > MAX_PARTICIPANTS) {
      throw new DomainError('LIMIT_REACHED', `A battle may have at most ${MAX_PARTICIPANTS} participants.`, {
        reason: 'limit_reached',
        resource: 'battle_participants',
        limit: MAX_PARTICIPANTS,
        current: agentIds.length,
      });
    }
    const agents: Agent[] = [];
    for (const agentId of agentIds) {
      const agent = await findAccountAgent(this.ctx.db, account.id, agentId);
      if (!agent) throw agentNotFound(agentId, false);
      assertAgentWritable(agent);
      agents.push(agent);
    }

    const now = this.ctx.clock.now();
    const at = isoTime(now);
    const name = `Replay: ${source.name}`.slice(0, REMATCH_NAME_MAX);
    const row: BattleRow = {
      id: this.ctx.ids.next(),
      account_id: account.id,
      name,
      status: agents.length > 0 ? 'pending' : 'draft',
      battle_mode: 'historical',
      preset: source.preset,
      config: JSON.stringify(config),
      ranking_metric: source.ranking_metric,
      backtest_config: JSON.stringify(backtestConfig),
      created_at: at,
      updated_at: at,
      started_at: null,
      ended_at: null,
      ends_ms: null,
      winner_agent_id: null,
      leader_agent_id: null,
    };
    await this.ctx.writes.submit(async (tx) => {
      await repo.insertBattle(tx, row);
      for (const agent of agents) {
        await repo.insertParticipant(
          tx,
          repo.newParticipantRow({ id: this.ctx.ids.next(), battle_id: row.id, agent_id: agent.id, joined_at: at }),
        );
      }
    });
    return this.reloadDto(row.id);
  }

  // --- historical battles -------------------------------------------------------------------------

  private requireHistorical(battle: BattleRow, action: string): void {
    if (battle.battle_mode !== 'historical') {
      throw invalidState(
        battle,
        action,
        RUNNING,
        { reason: 'not_historical', battle_mode: battle.battle_mode },
        `Battle '${battle.id}' is a live battle; only a historical battle can ${action}.`,
      );
    }
  }

  /** POST /battles/{id}/step and /step/batch: every session to the same next step; the last step completes the battle. */
  async step(account: Account, id: string, steps: number): Promise<HistoricalStepDto> {
    return this.ownedSerial(account, id, async (battle) => {
      this.requireHistorical(battle, 'step');
      if (!RUNNING.includes(battle.status)) throw invalidState(battle, 'step', RUNNING);
      const participants = await this.participantsOf(battle.id);
      const result = await this.historical().step(battle, participants, steps);
      this.emitTrades(result.fills);
      if (result.complete) {
        await this.completeLocked(battle);
        return { ...result.dto, battle_id: battle.id, status: 'completed' };
      }
      // The channel's standings after each step call, as the scheduler gives live battles every 5 s.
      const [figures, cards] = await Promise.all([
        this.historical().figures(battle, participants),
        repo.findAgentCards(
          this.ctx.db,
          participants.map((p) => p.agent_id),
        ),
      ]);
      this.ctx.events.emitBattle({
        battleId: battle.id,
        type: 'battle_snapshot',
        data: {
          battle_id: battle.id,
          status: battle.status,
          timestamp: isoTime(this.ctx.clock.now()),
          virtual_time: result.dto.virtual_time,
          participants: standingsOf(rankParticipants(figures, battle.ranking_metric as RankingMetric), cards),
        },
      });
      return { ...result.dto, battle_id: battle.id, status: battle.status };
    });
  }

  /** POST /battles/{id}/trade/order: an order in the named participant's session. */
  async placeOrder(account: Account, id: string, body: HistoricalOrderBody): Promise<HistoricalOrderDto> {
    return this.ownedSerial(account, id, async (battle) => {
      this.requireHistorical(battle, 'take orders');
      if (!RUNNING.includes(battle.status)) throw invalidState(battle, 'take orders', RUNNING);
      if (typeof body?.agent_id !== 'string') throw validationError([{ field: 'body.agent_id', message: 'is required' }]);
      const participants = await this.participantsOf(battle.id);
      const p = await this.participantOf(account, participants, body.agent_id);
      const stopped = participantRejection(p.status, battle.id, p.agent_id);
      if (stopped) {
        this.ctx.metrics.orderRejected(stopped.details.reason);
        throw new DomainError(stopped.code, stopped.message, stopped.details);
      }
      const result = await this.historical().placeOrder(battle, p, body);
      if (result.fills.length > 0) this.emitTrades(result.fills);
      return result.dto;
    });
  }

  /** GET /battles/{id}/market/prices: the shared prices at the virtual time. */
  async prices(account: Account, id: string): Promise<HistoricalPricesDto> {
    const battle = await this.owned(account, id);
    this.requireHistorical(battle, 'show prices');
    const started: BattleStatus[] = ['active', 'paused', 'completed'];
    if (!started.includes(battle.status)) throw invalidState(battle, 'show prices before it has started', started);
    return this.historical().prices(battle, await this.participantsOf(battle.id));
  }

  /** For the `battle:{id}` channel: true when the battle exists and is the account's. */
  async isOwner(accountId: string, id: string): Promise<boolean> {
    const row = await repo.findBattle(this.ctx.db, String(id).toLowerCase());
    return row !== undefined && row.account_id === accountId;
  }
}
