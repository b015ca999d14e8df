// Storage of the 5-second battle snapshots, and the reads a battle's standings are valued from: the
// cash, positions and fills of its participants, read for a whole battle (or for every running live
// battle at once) in one statement each, joined through battle_participants rather than id lists.
// The statements (db/statement.ts) run through a transaction of the store: its work (`submit`) or
// readNow.
import { sql, type Insertable, type Kysely } from 'kysely';
import type { BattleParticipantRow, BattleRow, BattleSnapshotRow, BattleSnapshotsTable, Database } from '../db/schema.js';
import { statement, type Statement } from '../db/statement.js';
import type { Tx } from '../db/store.js';
import { QUOTE_ASSET } from '../domain/valuation.js';

type Q = Kysely<Database>;

export type NewBattleSnapshotRow = Insertable<BattleSnapshotsTable>;

const SNAPSHOT_COLUMNS = [
  'battle_id',
  'agent_id',
  'ts_ms',
  'equity',
  'unrealized_pnl',
  'realized_pnl',
  'trade_count',
  'open_positions',
] as const satisfies ReadonlyArray<keyof BattleSnapshotRow>;

/** Rows per INSERT statement: 8 columns each, far below SQLite's bound-parameter limit. */
const INSERT_CHUNK = 100;
/** The battle statuses during which a live battle trades and is snapshotted. */
const RUNNING: Array<BattleRow['status']> = ['active', 'paused'];

// --- snapshots: writes -----------------------------------------------------------------------------

/** INSERT of `n` rows, parameters named `r<i>_<column>`; a row already stored (same battle, time, agent) is kept. */
function insertRowsQuery(n: number): Statement<string, unknown> {
  const names = Array.from({ length: n }, (_, i) => SNAPSHOT_COLUMNS.map((c) => `r${i}_${c}`)).flat();
  return statement(names, (db, p) =>
    db
      .insertInto('battle_snapshots')
      .values(
        Array.from(
          { length: n },
          (_, i) => Object.fromEntries(SNAPSHOT_COLUMNS.map((c) => [c, p[`r${i}_${c}`]])) as unknown as NewBattleSnapshotRow,
        ),
      )
      .onConflict((oc) => oc.doNothing()),
  );
}

/** One prepared INSERT per row count up to a chunk (a battle's rows go out in one statement). */
const inserts = new Map<number, Statement<string, unknown>>();
function insertOf(n: number): Statement<string, unknown> {
  let q = inserts.get(n);
  if (!q) inserts.set(n, (q = insertRowsQuery(n)));
  return q;
}

function argsOf(rows: readonly NewBattleSnapshotRow[]): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  rows.forEach((row, i) => {
    for (const c of SNAPSHOT_COLUMNS) args[`r${i}_${c}`] = row[c];
  });
  return args;
}

/** Writes snapshot rows (a row already stored is left as it is); returns how many were new. */
export async function insertSnapshotsSync(tx: Tx, rows: readonly NewBattleSnapshotRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    inserted += await insertOf(chunk.length).run(tx, argsOf(chunk));
  }
  return inserted;
}

// --- snapshots: reads ------------------------------------------------------------------------------

/** A page of a battle's snapshots, oldest first, every participant interleaved; `total` counts all pages. */
export async function findSnapshotsPage(
  db: Q,
  battleId: string,
  limit: number,
  offset: number,
): Promise<{ rows: BattleSnapshotRow[]; total: number }> {
  const rows = await db
    .selectFrom('battle_snapshots')
    .select(SNAPSHOT_COLUMNS)
    .where('battle_id', '=', battleId)
    .orderBy('ts_ms', 'asc')
    .orderBy('agent_id', 'asc')
    .limit(limit)
    .offset(offset)
    .execute();
  const count = await db
    .selectFrom('battle_snapshots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('battle_id', '=', battleId)
    .executeTakeFirstOrThrow();
  return { rows: rows.map((r) => ({ ...r, ts_ms: Number(r.ts_ms) })), total: Number(count.n) };
}

const equitySeriesQuery = statement(['battleId'], (db, p) =>
  db
    .selectFrom('battle_snapshots')
    .select(['agent_id', 'ts_ms', 'equity'])
    .where('battle_id', '=', p.battleId)
    .orderBy('ts_ms', 'asc')
    .orderBy('agent_id', 'asc'),
);

/** Every participant's equity series of a battle, by time (one agent's points stay in time order). */
export async function findEquitySeriesSync(
  tx: Tx,
  battleId: string,
): Promise<Array<Pick<BattleSnapshotRow, 'agent_id' | 'ts_ms' | 'equity'>>> {
  return equitySeriesQuery.all(tx, { battleId });
}

/** Deletes the snapshots of battles that ended before `beforeIso`; returns how many rows went. */
export async function pruneEndedSnapshots(db: Q, beforeIso: string): Promise<number> {
  const result = await db
    .deleteFrom('battle_snapshots')
    .where('battle_id', 'in', (eb) =>
      eb.selectFrom('battles').select('id').where('ended_at', 'is not', null).where('ended_at', '<', beforeIso),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// --- what one battle's standings are valued from ----------------------------------------------------

export interface CashRow {
  agent_id: string;
  available: string;
  locked: string;
}

export interface HeldRow {
  agent_id: string;
  symbol: string;
  quantity: string;
  cost: string;
}

export interface BattleFillRow {
  agent_id: string;
  side: 'buy' | 'sell';
  realized_pnl: string;
  fee: string;
  net_pnl: string;
  executed_ms: number;
}

const battleCashQuery = statement(['battleId'], (db, p) =>
  db
    .selectFrom('balances as b')
    .innerJoin('battle_participants as bp', 'bp.agent_id', 'b.agent_id')
    .select(['b.agent_id', 'b.available', 'b.locked'])
    .where('bp.battle_id', '=', p.battleId)
    .where('b.asset', '=', QUOTE_ASSET),
);

/** The USDT balance of every participant of a battle. */
export async function findBattleCashSync(tx: Tx, battleId: string): Promise<CashRow[]> {
  return battleCashQuery.all(tx, { battleId });
}

const battlePositionsQuery = statement(['battleId'], (db, p) =>
  db
    .selectFrom('positions as p')
    .innerJoin('battle_participants as bp', 'bp.agent_id', 'p.agent_id')
    .select(['p.agent_id', 'p.symbol', 'p.quantity', 'p.cost'])
    .where('bp.battle_id', '=', p.battleId),
);

/** The position rows of every participant of a battle (closed ones, quantity 0, included). */
export async function findBattlePositionsSync(tx: Tx, battleId: string): Promise<HeldRow[]> {
  return battlePositionsQuery.all(tx, { battleId });
}

const battleFillsQuery = statement(['battleId', 'fromMs', 'toMs'], (db, p) =>
  db
    .selectFrom('fills as f')
    .innerJoin('battle_participants as bp', 'bp.agent_id', 'f.agent_id')
    .select(['f.agent_id', 'f.side', 'f.realized_pnl', 'f.fee', 'f.net_pnl', 'f.executed_ms'])
    .where('bp.battle_id', '=', p.battleId)
    .where('f.executed_ms', '>=', p.fromMs)
    .where('f.executed_ms', '<=', p.toMs)
    .orderBy('f.executed_ms', 'asc')
    .orderBy(sql`f.rowid`, 'asc'),
);

/** The participants' fills executed in [fromMs, toMs], in the order they happened. */
export async function findBattleFillsSync(tx: Tx, battleId: string, fromMs: number, toMs: number): Promise<BattleFillRow[]> {
  return battleFillsQuery.all(tx, { battleId, fromMs, toMs });
}

// --- every running live battle at once (the scheduler's tick) ---------------------------------------

const runningBattlesQuery = statement([], (db) =>
  db.selectFrom('battles').selectAll().where('battle_mode', '=', 'live').where('status', 'in', RUNNING).orderBy('id'),
);

/** Live battles that are active or paused, oldest first. */
export async function findRunningLiveBattlesSync(tx: Tx): Promise<BattleRow[]> {
  return runningBattlesQuery.all(tx, {});
}

/** A participant of a running live battle with what a tick needs of its agent: name, colour, USDT. */
export interface RunningParticipantRow extends Pick<
  BattleParticipantRow,
  'id' | 'battle_id' | 'agent_id' | 'status' | 'joined_at' | 'snapshot_balance' | 'final_equity' | 'blown_up_at'
> {
  display_name: string;
  color: string | null;
  /** The agent's USDT balance; null without a row. */
  available: string | null;
  locked: string | null;
}

const runningParticipantsQuery = statement([], (db) =>
  db
    .selectFrom('battle_participants as bp')
    .innerJoin('battles as b', 'b.id', 'bp.battle_id')
    .innerJoin('agents as a', 'a.id', 'bp.agent_id')
    .leftJoin('balances as bal', (join) => join.onRef('bal.agent_id', '=', 'bp.agent_id').on('bal.asset', '=', QUOTE_ASSET))
    .select([
      'bp.id',
      'bp.battle_id',
      'bp.agent_id',
      'bp.status',
      'bp.joined_at',
      'bp.snapshot_balance',
      'bp.final_equity',
      'bp.blown_up_at',
      'a.display_name',
      'a.color',
      'bal.available',
      'bal.locked',
    ])
    .where('b.battle_mode', '=', 'live')
    .where('b.status', 'in', RUNNING)
    .orderBy('bp.battle_id')
    .orderBy('bp.joined_at')
    .orderBy('bp.id'),
);

/** The participants of every running live battle, each with its agent's name, colour and USDT balance, each battle's in join order. */
export async function findRunningParticipantsSync(tx: Tx): Promise<RunningParticipantRow[]> {
  return runningParticipantsQuery.all(tx, {});
}

const runningPositionsQuery = statement([], (db) =>
  db
    .selectFrom('positions as p')
    .innerJoin('battle_participants as bp', 'bp.agent_id', 'p.agent_id')
    .innerJoin('battles as b', 'b.id', 'bp.battle_id')
    .select(['p.agent_id', 'p.symbol', 'p.quantity', 'p.cost'])
    .where('b.battle_mode', '=', 'live')
    .where('b.status', 'in', RUNNING),
);

/** The position rows of every participant of a running live battle. */
export async function findRunningPositionsSync(tx: Tx): Promise<HeldRow[]> {
  return runningPositionsQuery.all(tx, {});
}

const maxFillRowidQuery = statement([], (db) => db.selectFrom('fills').select(sql<number | null>`max(rowid)`.as('top')));

/** The newest fill's rowid (0 with none): fills inserted later get a larger one (on SQLite also committed later; see scheduler.ts). */
export async function maxFillRowidSync(tx: Tx): Promise<number> {
  return Number((await maxFillRowidQuery.get(tx, {}))?.top ?? 0);
}

/** A fill as the scheduler's tick reads it: with its id, which the PostgreSQL window counts by. */
export interface TickFillRow extends BattleFillRow {
  id: string;
}

const newFillsQuery = statement(['after', 'upto'], (db, p) =>
  db
    .selectFrom('fills')
    .select(['id', 'agent_id', 'side', 'realized_pnl', 'fee', 'net_pnl', 'executed_ms'])
    .where(sql<number>`rowid`, '>', p.after)
    .where(sql<number>`rowid`, '<=', p.upto)
    .orderBy('executed_ms', 'asc')
    .orderBy(sql`rowid`, 'asc'),
);

/**
 * Every fill with rowid in (after, upto], in the order they happened: a range of the table's own
 * b-tree, so a tick reads the fills committed since the previous one whatever the agents' history
 * (the caller keeps those of battle participants).
 */
export async function findNewFillsSync(tx: Tx, after: number, upto: number): Promise<TickFillRow[]> {
  return newFillsQuery.all(tx, { after, upto });
}

const recentParticipantFillsQuery = statement(['sinceMs'], (db, p) =>
  db
    .selectFrom('fills as f')
    .innerJoin('battle_participants as bp', 'bp.agent_id', 'f.agent_id')
    .innerJoin('battles as b', 'b.id', 'bp.battle_id')
    .select(['f.id', 'f.agent_id', 'f.side', 'f.realized_pnl', 'f.fee', 'f.net_pnl', 'f.executed_ms'])
    .where('b.battle_mode', '=', 'live')
    .where('b.status', 'in', RUNNING)
    .where('f.executed_ms', '>=', p.sinceMs)
    .orderBy('f.executed_ms', 'asc')
    .orderBy(sql`f.rowid`, 'asc'),
);

/**
 * The fills of running live battles' participants executed at or after `sinceMs`, in the order
 * they happened: one range of fills_agent_time_idx per participant. The scheduler's re-read of
 * fills that committed behind a larger rowid on PostgreSQL (scheduler.ts).
 */
export async function findRecentParticipantFillsSync(tx: Tx, sinceMs: number): Promise<TickFillRow[]> {
  return recentParticipantFillsQuery.all(tx, { sinceMs });
}

const agentFillsQuery = statement(['agentId', 'fromMs', 'upto'], (db, p) =>
  db
    .selectFrom('fills as f')
    .select(['f.id', 'f.agent_id', 'f.side', 'f.realized_pnl', 'f.fee', 'f.net_pnl', 'f.executed_ms'])
    .where('f.agent_id', '=', p.agentId)
    .where('f.executed_ms', '>=', p.fromMs)
    .where(sql<number>`f.rowid`, '<=', p.upto)
    .orderBy('f.executed_ms', 'asc')
    .orderBy(sql`f.rowid`, 'asc'),
);

/** One agent's fills executed at or after `fromMs` with rowid ≤ upto, in the order they happened. */
export async function findAgentFillsSync(tx: Tx, agentId: string, fromMs: number, upto: number): Promise<TickFillRow[]> {
  return agentFillsQuery.all(tx, { agentId, fromMs, upto });
}

// The one column of battles the scheduler writes (the rest belongs to the battle service): a
// battle that has meanwhile ended keeps the leader it ended with.
const setLeaderQuery = statement(['battleId', 'agentId'], (db, p) =>
  db.updateTable('battles').set({ leader_agent_id: p.agentId }).where('id', '=', p.battleId).where('status', 'in', RUNNING),
);

/** Records the participant ranked first at the latest ranking of a running battle. */
export async function setLeaderSync(tx: Tx, battleId: string, agentId: string): Promise<number> {
  return setLeaderQuery.run(tx, { battleId, agentId });
}

/** The agents of running live battles with their battle, its start, and the agent's name and colour. */
export async function findRunningLiveAgents(
  db: Q,
): Promise<Array<{ agent_id: string; battle_id: string; started_at: string | null; display_name: string; color: string | null }>> {
  return db
    .selectFrom('battle_participants as bp')
    .innerJoin('battles as b', 'b.id', 'bp.battle_id')
    .innerJoin('agents as a', 'a.id', 'bp.agent_id')
    .select(['bp.agent_id', 'bp.battle_id', 'b.started_at', 'a.display_name', 'a.color'])
    .where('b.battle_mode', '=', 'live')
    .where('b.status', 'in', RUNNING)
    .execute();
}
