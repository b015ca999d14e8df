// Storage of battles and their participants. Writes are synchronous queries (db/sync-query.ts) run
// inside WriteBatcher work, so a battle's change commits in the same transaction as the wallet and
// order changes it makes; the reads behind the routes are plain Kysely.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Agent, BattleParticipantRow, BattleRow, BattleStatus, Database, PositionRow } from '../db/schema.js';
import { syncQuery, columnsOf } from '../db/sync-query.js';

type H = SQLite.Database;
type Q = Kysely<Database>;

const BATTLE_COLUMNS = [
  'id',
  'account_id',
  'name',
  'status',
  'battle_mode',
  'preset',
  'config',
  'ranking_metric',
  'backtest_config',
  'created_at',
  'updated_at',
  'started_at',
  'ended_at',
  'ends_ms',
  'winner_agent_id',
  'leader_agent_id',
] as const satisfies ReadonlyArray<keyof BattleRow>;

const PARTICIPANT_COLUMNS = [
  'id',
  'battle_id',
  'agent_id',
  'status',
  'joined_at',
  'snapshot_balance',
  'final_equity',
  'final_rank',
  'final_metrics',
  'saved_wallet',
  'backtest_session_id',
  'blown_up_at',
] as const satisfies ReadonlyArray<keyof BattleParticipantRow>;

// --- battles: writes ---------------------------------------------------------------------------

const insertBattleQuery = syncQuery(BATTLE_COLUMNS, (db, p) => db.insertInto('battles').values(columnsOf(BATTLE_COLUMNS, p) as BattleRow));
// Written whole but for the owner, the creation time and the leader: the scheduler keeps the
// leader up to date on its own (snapshots.repository.ts), and a row this service read before a tick
// must not put an older leader back. The leader is written here only at completion (setLeader).
const updateBattleQuery = syncQuery(BATTLE_COLUMNS, (db, p) =>
  db
    .updateTable('battles')
    .set(columnsOf(BATTLE_COLUMNS, p, ['id', 'account_id', 'created_at', 'leader_agent_id']) as Partial<BattleRow>)
    .where('id', '=', p.id),
);
const setLeaderQuery = syncQuery(['id', 'leader'], (db, p) =>
  db.updateTable('battles').set({ leader_agent_id: p.leader }).where('id', '=', p.id),
);
const deleteBattleQuery = syncQuery(['id'], (db, p) => db.deleteFrom('battles').where('id', '=', p.id));

export function insertBattle(h: H, row: BattleRow): void {
  insertBattleQuery.run(h, row);
}

export function updateBattle(h: H, row: BattleRow): void {
  updateBattleQuery.run(h, row);
}

export function setLeader(h: H, id: string, leader: string | null): void {
  setLeaderQuery.run(h, { id, leader });
}

/** Participants and snapshots go with it by foreign-key cascade. */
export function deleteBattle(h: H, id: string): void {
  deleteBattleQuery.run(h, { id });
}

/** A participant as it joins: active, nothing measured yet; `fields` set the rest (tests and benches preset some). */
export function newParticipantRow(
  fields: Pick<BattleParticipantRow, 'id' | 'battle_id' | 'agent_id' | 'joined_at'> & Partial<BattleParticipantRow>,
): BattleParticipantRow {
  return {
    status: 'active',
    snapshot_balance: null,
    final_equity: null,
    final_rank: null,
    final_metrics: null,
    saved_wallet: null,
    backtest_session_id: null,
    blown_up_at: null,
    ...fields,
  };
}

// --- participants: writes ----------------------------------------------------------------------

const insertParticipantQuery = syncQuery(PARTICIPANT_COLUMNS, (db, p) =>
  db.insertInto('battle_participants').values(columnsOf(PARTICIPANT_COLUMNS, p) as BattleParticipantRow),
);
const updateParticipantQuery = syncQuery(PARTICIPANT_COLUMNS, (db, p) =>
  db
    .updateTable('battle_participants')
    .set(columnsOf(PARTICIPANT_COLUMNS, p, ['id', 'battle_id', 'agent_id', 'joined_at']) as Partial<BattleParticipantRow>)
    .where('id', '=', p.id),
);
const deleteParticipantQuery = syncQuery(['id'], (db, p) => db.deleteFrom('battle_participants').where('id', '=', p.id));

export function insertParticipant(h: H, row: BattleParticipantRow): void {
  insertParticipantQuery.run(h, row);
}

export function updateParticipant(h: H, row: BattleParticipantRow): void {
  updateParticipantQuery.run(h, row);
}

export function deleteParticipant(h: H, id: string): void {
  deleteParticipantQuery.run(h, { id });
}

// --- running live battles of an agent ----------------------------------------------------------
// The order guard's read, on every live order: one indexed lookup by agent (battle_participants_agent).
// The statuses and mode are literals so the statement stays one shape.

export interface AgentBattleRow {
  battle_id: string;
  participant_status: BattleParticipantRow['status'];
  config: string;
}

const agentLiveBattleQuery = syncQuery(['agentId'], (db, p) =>
  db
    .selectFrom('battle_participants as p')
    .innerJoin('battles as b', 'b.id', 'p.battle_id')
    .select(['b.id as battle_id', 'p.status as participant_status', 'b.config'])
    .where('p.agent_id', '=', p.agentId)
    .where('b.battle_mode', '=', sql.lit('live'))
    .where('b.status', 'in', [sql.lit<BattleStatus>('active'), sql.lit<BattleStatus>('paused')])
    .orderBy('b.started_at', 'desc')
    .limit(1),
);

/** The active or paused live battle the agent takes part in, if any (at most one by the start rule). */
export function findAgentLiveBattle(h: H, agentId: string): AgentBattleRow | undefined {
  return agentLiveBattleQuery.get(h, { agentId });
}

// --- wallet rows (fresh wallet mode) -----------------------------------------------------------

const positionsQuery = syncQuery(['agentId'], (db, p) =>
  db.selectFrom('positions').selectAll().where('agent_id', '=', p.agentId).orderBy('symbol'),
);
const deleteBalancesQuery = syncQuery(['agentId'], (db, p) => db.deleteFrom('balances').where('agent_id', '=', p.agentId));
const deletePositionsQuery = syncQuery(['agentId'], (db, p) => db.deleteFrom('positions').where('agent_id', '=', p.agentId));

export function findPositionsSync(h: H, agentId: string): PositionRow[] {
  return positionsQuery.all(h, { agentId });
}

export function deleteBalancesSync(h: H, agentId: string): void {
  deleteBalancesQuery.run(h, { agentId });
}

export function deletePositionsSync(h: H, agentId: string): void {
  deletePositionsQuery.run(h, { agentId });
}

const agentSyncQuery = syncQuery(['id'], (db, p) => db.selectFrom('agents').selectAll().where('id', '=', p.id));

export function findAgentSync(h: H, id: string): Agent | undefined {
  return agentSyncQuery.get(h, { id });
}

// --- reads -------------------------------------------------------------------------------------

export async function findBattle(db: Q, id: string): Promise<BattleRow | undefined> {
  return db.selectFrom('battles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAccountBattles(
  db: Q,
  accountId: string,
  filter: { status?: BattleStatus; limit: number; offset: number },
): Promise<{ rows: BattleRow[]; total: number }> {
  let query = db.selectFrom('battles').where('account_id', '=', accountId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Participants of the battles, each battle's in join order. */
export async function findParticipants(db: Q, battleIds: string[]): Promise<BattleParticipantRow[]> {
  if (battleIds.length === 0) return [];
  return db
    .selectFrom('battle_participants')
    .selectAll()
    .where('battle_id', 'in', battleIds)
    .orderBy('battle_id')
    .orderBy('joined_at')
    .orderBy('id')
    .execute();
}

/** What the battle payloads show of each agent. */
export interface AgentCard {
  id: string;
  display_name: string;
  color: string | null;
}

export async function findAgentCards(db: Q, agentIds: string[]): Promise<Map<string, AgentCard>> {
  if (agentIds.length === 0) return new Map();
  const rows = await db.selectFrom('agents').select(['id', 'display_name', 'color']).where('id', 'in', agentIds).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Other active/paused live battles any of the agents takes part in: `{agent_id, battle_id}`. */
export function findOtherLiveBattlesSync(h: H, agentIds: string[], exceptBattleId: string): Array<{ agent_id: string; battle_id: string }> {
  const out: Array<{ agent_id: string; battle_id: string }> = [];
  for (const agentId of agentIds) {
    const row = agentLiveBattleQuery.get(h, { agentId });
    if (row && row.battle_id !== exceptBattleId) out.push({ agent_id: agentId, battle_id: row.battle_id });
  }
  return out;
}
