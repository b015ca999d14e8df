// The clock of live battles: every snapshot interval (5 s) it values every participant of every
// running live battle, writes one snapshot row each, eliminates survival participants under 10 %
// of their starting balance, stops fixed-duration battles whose time is up (also one whose end
// passed while the server was down: the first tick after start stops it), announces a change of
// leader, and publishes the standings for the `battle:{id}` channel. Once an hour it deletes the
// snapshots of battles that ended longer ago than the retention.
//
// Cost: a tick reads all running battles' participants, cash, positions and agent names in one
// statement each, plus only the fills committed since the previous tick (fills get increasing
// rowids; see "Fills that commit late" below for PostgreSQL); trade totals and the equity metrics are kept per participant in memory and advanced by
// what is new, so a tick costs the same in the first minute of a week-long battle as in its last.
// A participant seen for the first time (a battle just started, or the server restarted) is read
// once in full. All snapshot rows go out in one group commit, one savepoint per battle, so a row
// one battle cannot write (the battle deleted meanwhile) does not cost the others theirs.
//
// Fills that commit late: on SQLite one writer commits at a time, so a fill's rowid is handed out in
// commit order and the rowid cursor misses nothing. On PostgreSQL the rowid is an identity drawn at
// INSERT while transactions commit concurrently: a fill with a smaller rowid can commit after a tick
// has read a larger one, below the cursor. So on PostgreSQL each tick also re-reads the
// participants' fills executed within the last `settleMs` (an indexed range per agent) and counts
// only those whose id it has not counted yet; each participant remembers the ids it counted within
// that window, no older. Assumption: a fill commits less than `settleMs` after its executed_ms, as
// the leader's clock sees it — write pieces are short transactions that take `now` just before they
// write, and the instances' clocks agree to far better than the window. A fill that breaks it is
// still counted if its rowid is above the cursor when it commits; only one that both commits
// behind a larger rowid and later than the window is missed (until a restart reads in full).
import { performance } from 'node:perf_hooks';
import { isoTime } from '../clock.js';
import type { BattleRow } from '../db/schema.js';
import { readNow, type Tx } from '../db/store.js';
import { EMPTY_TRADE_STATS, type TradeStats } from '../domain/trade-stats.js';
import type { DomainEvents } from '../services/events.js';
import type { Logger } from '../logger.js';
import { formatAmount, parseAmount, type Amount } from '../money.js';
import type { ServiceContext } from '../services/context.js';
import {
  addFill,
  battleConfigOf,
  battleStartingBalance,
  EquityTracker,
  figuresOf,
  rankParticipants,
  standingsOf,
  valueWallet,
  type ParticipantFigures,
} from './ranking.js';
import {
  findAgentFillsSync,
  findEquitySeriesSync,
  findNewFillsSync,
  findRecentParticipantFillsSync,
  findRunningLiveBattlesSync,
  findRunningParticipantsSync,
  findRunningPositionsSync,
  insertSnapshotsSync,
  maxFillRowidSync,
  pruneEndedSnapshots,
  setLeaderSync,
  type HeldRow,
  type NewBattleSnapshotRow,
  type RunningParticipantRow,
  type TickFillRow,
} from './snapshots.repository.js';
import type { BattleConfig, RankingMetric } from './types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Survival: a participant whose equity falls below this share of its starting balance is out. */
const SURVIVAL_NUM = 1n;
const SURVIVAL_DEN = 10n;
/** PostgreSQL: how long after its executed_ms a fill may still commit and be counted (see the header). */
export const DEFAULT_SETTLE_MS = 60_000;

/** What the scheduler asks of the battle service (BattleService implements it). */
export interface BattleLifecycle {
  /** Stops a running battle and ranks it: its fixed duration is over, or one survivor is left. */
  completeBattle(battleId: string, reason: 'duration' | 'survival'): Promise<void>;
  /** Marks a survival participant blown up (cancelling its pending orders) and announces it. */
  eliminate(battleId: string, agentId: string, equity: Amount): Promise<void>;
}

export interface TickReport {
  at: number;
  /** Running live battles seen. */
  battles: number;
  /** Snapshot rows written. */
  rows: number;
  eliminated: number;
  completed: number;
  leaderChanges: number;
  /** Snapshot rows deleted by retention in this tick. */
  pruned: number;
  /** Battles whose handling failed in this tick (logged; retried next tick). */
  failed: number;
  /** Time of the whole tick, and of its read and its write, ms. */
  ms: number;
  readMs: number;
  writeMs: number;
}

export interface BattleSchedulerOptions {
  /** Timer period; null: no timer, only explicit tick() calls (tests). */
  intervalMs: number | null;
  logger?: Logger;
  /** PostgreSQL: the window of late commits re-read every tick, ms (DEFAULT_SETTLE_MS). */
  settleMs?: number;
}

// --- who watches which battle ------------------------------------------------------------------------

const watchers = new WeakMap<DomainEvents, (battleId: string) => boolean>();

/**
 * Tells the schedulers publishing on `events` which battles have a stream subscriber, so the
 * standings are built only for those (the snapshot rows are written either way). Without a
 * registration every battle's standings are published. Returns the unregistration.
 */
export function watchBattles(events: DomainEvents, watched: (battleId: string) => boolean): () => void {
  watchers.set(events, watched);
  return () => {
    if (watchers.get(events) === watched) watchers.delete(events);
  };
}

// --- per participant state ---------------------------------------------------------------------------

interface Tracked {
  battleId: string;
  stats: TradeStats;
  equity: EquityTracker;
  /** PostgreSQL: the ids of the fills counted that were executed within the window, with their executed_ms. */
  counted: Map<string, number>;
}

interface Read {
  battles: BattleRow[];
  participants: RunningParticipantRow[];
  held: Map<string, HeldRow[]>;
  cards: Map<string, { display_name: string; color: string | null }>;
  /** Participants read in full this tick: their fills up to `top`, and the battle's stored series. */
  boot: Map<string, { fills: TickFillRow[]; series: Amount[] }>;
  /**
   * Fills committed since the previous tick (of every agent: the participants' are picked out); on
   * PostgreSQL with the participants' fills of the settle window, counted ones among them.
   */
  fills: TickFillRow[];
  top: number;
  /** PostgreSQL: the start of the settle window (executed_ms); undefined on SQLite. */
  since: number | undefined;
}

/** What a tick decided for one battle, acted on after the rows are written. */
interface Plan {
  battle: BattleRow;
  rows: NewBattleSnapshotRow[];
  complete?: 'duration' | 'survival';
  eliminate: Array<{ agentId: string; equity: Amount }>;
  ranked: ParticipantFigures[];
  cards: ReadonlyMap<string, { display_name: string; color: string | null }>;
  newLeader?: { agentId: string; previous: string | null };
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export class BattleScheduler {
  private readonly intervalMs: number | null;
  private readonly settleMs: number;
  private readonly logger: Logger;
  private readonly tracked = new Map<string, Tracked>();
  /** The newest fill rowid read; undefined until the first tick. */
  private cursor: number | undefined;
  private lastPruneAt = -Infinity;
  /** Battles whose failure is already logged: logged once until they recover. */
  private readonly failing = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private timer: NodeJS.Timeout | undefined;
  private started = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly lifecycle: BattleLifecycle,
    options: BattleSchedulerOptions,
  ) {
    this.intervalMs = options.intervalMs;
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    this.logger = options.logger ?? ctx.logger ?? silent;
  }

  /** Runs a first tick at once (a battle whose end passed during downtime stops now), then one per interval. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.tick().catch((err: unknown) => this.logger.error('battle snapshot tick failed', { error: errorText(err) }));
    if (this.intervalMs !== null) {
      this.timer = setInterval(() => {
        // A tick slower than the period must not pile up behind itself.
        if (this.queued > 0) return;
        this.tick().catch((err: unknown) => this.logger.error('battle snapshot tick failed', { error: errorText(err) }));
      }, this.intervalMs);
      this.timer.unref();
    }
  }

  /** Stops the timer and waits for the tick in progress, if any. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.chain;
  }

  /**
   * The equity metrics of a running live battle's participant over its stored snapshots, as of the
   * last tick (what liveFigures would compute from the series, without reading it); undefined for
   * a participant this scheduler does not track. Pass it to liveFigures as `known`.
   */
  equityMetricsOf(participantId: string): { sharpe: number | null; maxDrawdownPct: number | null } | undefined {
    const t = this.tracked.get(participantId);
    return t && { sharpe: t.equity.sharpe, maxDrawdownPct: t.equity.maxDrawdownPct };
  }

  /** One round over every running live battle; calls queue behind each other, never overlapping. */
  tick(): Promise<TickReport> {
    this.queued++;
    const run = this.chain.then(() => this.runTick()).finally(() => this.queued--);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async runTick(): Promise<TickReport> {
    const t0 = performance.now();
    const now = this.ctx.clock.now();
    const report: TickReport = {
      at: now,
      battles: 0,
      rows: 0,
      eliminated: 0,
      completed: 0,
      leaderChanges: 0,
      pruned: 0,
      failed: 0,
      ms: 0,
      readMs: 0,
      writeMs: 0,
    };
    const read = await readNow(this.ctx.db, (tx) => this.read(tx, now));
    report.readMs = performance.now() - t0;
    report.battles = read.battles.length;
    this.advance(read);

    const byBattle = new Map<string, RunningParticipantRow[]>();
    for (const p of read.participants) {
      const list = byBattle.get(p.battle_id);
      if (list) list.push(p);
      else byBattle.set(p.battle_id, [p]);
    }
    const failed = new Set<string>();
    const plans: Plan[] = [];
    for (const battle of read.battles) {
      try {
        plans.push(this.plan(battle, byBattle.get(battle.id) ?? [], read, now));
      } catch (err) {
        failed.add(battle.id);
        this.forget(battle.id);
        this.failed(battle.id, 'battle snapshot failed', err);
      }
    }

    // One group commit: a piece (savepoint) per battle, all submitted in this turn.
    const w0 = performance.now();
    const written = await Promise.allSettled(
      plans.map((plan) =>
        this.ctx.writes.submit(async (tx) => {
          const rows = await insertSnapshotsSync(tx, plan.rows);
          if (plan.newLeader) await setLeaderSync(tx, plan.battle.id, plan.newLeader.agentId);
          return rows;
        }),
      ),
    );
    report.writeMs = performance.now() - w0;
    for (const [i, outcome] of written.entries()) {
      const plan = plans[i]!;
      if (outcome.status === 'rejected') {
        failed.add(plan.battle.id);
        // The in-memory series now holds a point that is not stored: read the battle afresh next tick.
        this.forget(plan.battle.id);
        this.failed(plan.battle.id, 'battle snapshot write failed', outcome.reason);
        continue;
      }
      report.rows += outcome.value;
      try {
        await this.act(plan, now, report);
        if (this.failing.delete(plan.battle.id)) this.logger.info('battle snapshots resumed', { battle_id: plan.battle.id });
      } catch (err) {
        failed.add(plan.battle.id);
        this.failed(plan.battle.id, 'battle tick action failed', err);
      }
    }
    report.failed = failed.size;

    if (now - this.lastPruneAt >= HOUR_MS) {
      this.lastPruneAt = now;
      try {
        const before = isoTime(now - this.ctx.config.battles.snapshotRetentionDays * DAY_MS);
        report.pruned = await pruneEndedSnapshots(this.ctx.db, before);
      } catch (err) {
        this.logger.error('battle snapshot retention failed', { error: errorText(err) });
      }
    }
    report.ms = performance.now() - t0;
    if (report.battles > 0 || report.pruned > 0) this.logger.debug('battle snapshots taken', { ...report });
    return report;
  }

  /** Everything a tick needs, read at one moment while holding the connection. */
  private async read(tx: Tx, now: number): Promise<Read> {
    const battles = await findRunningLiveBattlesSync(tx);
    const participants = await findRunningParticipantsSync(tx);
    const held = new Map<string, HeldRow[]>();
    for (const row of await findRunningPositionsSync(tx)) {
      const list = held.get(row.agent_id);
      if (list) list.push(row);
      else held.set(row.agent_id, [row]);
    }
    const cards = new Map(participants.map((p) => [p.agent_id, { display_name: p.display_name, color: p.color }]));
    const top = await maxFillRowidSync(tx);
    // Fill rowids only grow while no fill is deleted; after a deletion at the top (an agent deleted)
    // the next rowids are handed out again from the new top, so the cursor follows it down.
    if (this.cursor !== undefined && top < this.cursor) this.cursor = top;

    const battleById = new Map(battles.map((b) => [b.id, b]));
    const boot: Read['boot'] = new Map();
    const seriesOf = new Map<string, Map<string, Amount[]>>();
    for (const p of participants) {
      if (this.tracked.has(p.id)) continue;
      const battle = battleById.get(p.battle_id);
      if (!battle) continue;
      let series = seriesOf.get(battle.id);
      if (!series) {
        series = new Map();
        for (const row of await findEquitySeriesSync(tx, battle.id)) {
          const list = series.get(row.agent_id);
          if (list) list.push(parseAmount(row.equity));
          else series.set(row.agent_id, [parseAmount(row.equity)]);
        }
        seriesOf.set(battle.id, series);
      }
      boot.set(p.id, { fills: await findAgentFillsSync(tx, p.agent_id, startedMs(battle), top), series: series.get(p.agent_id) ?? [] });
    }
    let fills = this.cursor === undefined ? [] : await findNewFillsSync(tx, this.cursor, top);
    let since: number | undefined;
    if (tx.dialect === 'postgres') {
      since = now - this.settleMs;
      // The window read also covers the first tick: a participant read in full then may have a fill
      // below `top` that commits afterwards, and the next tick's window finds it.
      if (this.cursor !== undefined) {
        const late = await findRecentParticipantFillsSync(tx, since);
        if (late.length > 0) fills = [...fills, ...late].sort((a, b) => Number(a.executed_ms) - Number(b.executed_ms));
      }
    }
    return { battles, participants, held, cards, boot, fills, top, since };
  }

  /** Brings the per-participant totals up to the read: new participants in full, the others by their new fills. */
  private advance(read: Read): void {
    const running = new Set(read.participants.map((p) => p.id));
    for (const id of this.tracked.keys()) if (!running.has(id)) this.tracked.delete(id);
    const intervalMs = this.ctx.config.battles.snapshotIntervalMs;
    const byId = new Map(read.participants.map((p) => [p.id, p]));
    for (const [participantId, { fills, series }] of read.boot) {
      const p = byId.get(participantId)!;
      let stats = EMPTY_TRADE_STATS;
      const counted = new Map<string, number>();
      for (const fill of fills) {
        stats = addFill(stats, fill);
        if (read.since !== undefined) counted.set(fill.id, Number(fill.executed_ms));
      }
      const equity = new EquityTracker(intervalMs);
      for (const point of series) equity.add(point);
      this.tracked.set(participantId, { battleId: p.battle_id, stats, equity, counted });
    }
    const battles = new Map(read.battles.map((b) => [b.id, b]));
    const participantOf = new Map(read.participants.map((p) => [p.agent_id, p]));
    for (const fill of read.fills) {
      const p = participantOf.get(fill.agent_id);
      // Read in full this tick: its new fills are already in.
      if (!p || read.boot.has(p.id)) continue;
      const t = this.tracked.get(p.id);
      const battle = battles.get(p.battle_id);
      if (!t || !battle || Number(fill.executed_ms) < startedMs(battle)) continue;
      if (read.since !== undefined) {
        // Read again by the window (or by both reads in one tick): counted once.
        if (t.counted.has(fill.id)) continue;
        t.counted.set(fill.id, Number(fill.executed_ms));
      }
      t.stats = addFill(t.stats, fill);
    }
    if (read.since !== undefined) {
      const since = read.since;
      // Out of the window: no later read returns them, so they need not be remembered.
      for (const t of this.tracked.values()) for (const [id, at] of t.counted) if (at < since) t.counted.delete(id);
    }
    this.cursor = read.top;
  }

  /** Values one battle's participants and decides what the tick does with it. */
  private plan(battle: BattleRow, participants: RunningParticipantRow[], read: Read, now: number): Plan {
    const config = battleConfigOf(battle);
    const plan: Plan = { battle, rows: [], eliminate: [], ranked: [], cards: read.cards };
    if (isDue(battle, config, now)) {
      // Its time is up (perhaps long ago, while the server was down): no snapshot after the end.
      plan.complete = 'duration';
      return plan;
    }
    const figures: ParticipantFigures[] = [];
    for (const p of participants) {
      const t = this.tracked.get(p.id);
      if (!t) throw new Error(`participant ${p.id} is not tracked`);
      const startingBalance = battleStartingBalance(battle, config, p);
      const cash = p.available === null ? undefined : { agent_id: p.agent_id, available: p.available, locked: p.locked ?? '0' };
      let wallet = valueWallet(cash, read.held.get(p.agent_id) ?? [], this.ctx.prices);
      let status = p.status;
      let blownUpAt = p.blown_up_at;
      if (p.status === 'blown_up') {
        if (p.final_equity !== null) wallet = { ...wallet, equity: parseAmount(p.final_equity) };
      } else {
        plan.rows.push({
          battle_id: battle.id,
          agent_id: p.agent_id,
          ts_ms: now,
          equity: formatAmount(wallet.equity),
          unrealized_pnl: formatAmount(wallet.unrealizedPnl),
          realized_pnl: formatAmount(t.stats.realizedPnl),
          trade_count: t.stats.fills,
          open_positions: wallet.openPositions,
        });
        t.equity.add(wallet.equity);
        if (config.survival === true && wallet.equity * SURVIVAL_DEN < startingBalance * SURVIVAL_NUM) {
          plan.eliminate.push({ agentId: p.agent_id, equity: wallet.equity });
          status = 'blown_up';
          blownUpAt = isoTime(now);
        }
      }
      figures.push(
        figuresOf({
          participant: { ...p, status, blown_up_at: blownUpAt },
          startingBalance,
          wallet,
          stats: t.stats,
          equityMetrics: { sharpe: t.equity.sharpe, maxDrawdownPct: t.equity.maxDrawdownPct },
        }),
      );
    }
    if (config.survival === true && participants.length > 0) {
      const standing = figures.filter((f) => f.status !== 'blown_up').length;
      if (standing <= 1) plan.complete = 'survival';
    }
    plan.ranked = rankParticipants(figures, battle.ranking_metric as RankingMetric);
    const leader = plan.ranked[0]?.agentId;
    if (plan.complete === undefined && leader !== undefined && leader !== battle.leader_agent_id) {
      plan.newLeader = { agentId: leader, previous: battle.leader_agent_id };
    }
    return plan;
  }

  /** After the rows are stored: eliminations, completion, the leader change and the standings. */
  private async act(plan: Plan, now: number, report: TickReport): Promise<void> {
    const { battle } = plan;
    for (const { agentId, equity } of plan.eliminate) {
      await this.lifecycle.eliminate(battle.id, agentId, equity);
      report.eliminated++;
    }
    if (plan.complete) {
      await this.lifecycle.completeBattle(battle.id, plan.complete);
      report.completed++;
      return;
    }
    const events = this.ctx.events;
    const { cards } = plan;
    if (plan.newLeader) {
      report.leaderChanges++;
      events.emitBattle({
        battleId: battle.id,
        type: 'status',
        data: {
          battle_id: battle.id,
          event: 'agent_took_lead',
          timestamp: isoTime(now),
          agent_id: plan.newLeader.agentId,
          agent_name: cards.get(plan.newLeader.agentId)?.display_name ?? '',
          previous_leader_agent_id: plan.newLeader.previous,
        },
      });
    }
    if (watchers.get(events)?.(battle.id) ?? true) {
      events.emitBattle({
        battleId: battle.id,
        type: 'battle_snapshot',
        data: {
          battle_id: battle.id,
          status: battle.status,
          timestamp: isoTime(now),
          virtual_time: null,
          participants: standingsOf(plan.ranked, cards),
        },
      });
    }
  }

  private forget(battleId: string): void {
    for (const [id, t] of this.tracked) if (t.battleId === battleId) this.tracked.delete(id);
  }

  private failed(battleId: string, message: string, err: unknown): void {
    if (this.failing.has(battleId)) return;
    this.failing.add(battleId);
    this.logger.error(message, { battle_id: battleId, error: errorText(err) });
  }
}

function startedMs(battle: BattleRow): number {
  return battle.started_at === null ? 0 : Date.parse(battle.started_at);
}

function isDue(battle: BattleRow, config: BattleConfig, now: number): boolean {
  return config.duration_type === 'fixed' && battle.ends_ms !== null && now >= Number(battle.ends_ms);
}

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
