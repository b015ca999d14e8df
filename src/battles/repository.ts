// Storage of battles and their participants. Writes are statements (db/statement.ts) run inside the
// store's work (`ctx.writes.submit`), so a battle's change commits in the same transaction as the
// wallet and order changes it makes; the reads behind the routes are plain Kysely.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Agent, BattleParticipantRow, BattleRow, BattleStatus, Database, PositionRow } from '../db/schema.js';
import { statement, columnsOf } from '../db/statement.js';
import type { Tx } from '../db/store.js';

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

const insertBattleQuery = statement(BATTLE_COLUMNS, (db, p) => db.insertInto('battles').values(columnsOf(BATTLE_COLUMNS, p) as BattleRow));
// Written whole but for the owner, the creation time and the leader: the scheduler keeps the
// leader up to date on its own (snapshots.repository.ts), and a row this service read before a tick
// must not put an older leader back. The leader is written here only at completion (setLeader).
const updateBattleQuery = statement(BATTLE_COLUMNS, (db, p) =>
  db
    .updateTable('battles')
    .set(columnsOf(BATTLE_COLUMNS, p, ['id', 'account_id', 'created_at', 'leader_agent_id']) as Partial<BattleRow>)
    .where('id', '=', p.id),
);
const setLeaderQuery = statement(['id', 'leader'], (db, p) =>
  db.updateTable('battles').set({ leader_agent_id: p.leader }).where('id', '=', p.id),
);
const deleteBattleQuery = statement(['id'], (db, p) => db.deleteFrom('battles').where('id', '=', p.id));

export async function insertBattle(tx: Tx, row: BattleRow): Promise<void> {
  await insertBattleQuery.run(tx, row);
}

export async function updateBattle(tx: Tx, row: BattleRow): Promise<void> {
  await updateBattleQuery.run(tx, row);
}

export async function setLeader(tx: Tx, id: string, leader: string | null): Promise<void> {
  await setLeaderQuery.run(tx, { id, leader });
}

/** Participants and snapshots go with it by foreign-key cascade. */
export async function deleteBattle(tx: Tx, id: string): Promise<void> {
  await deleteBattleQuery.run(tx, { id });
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

// --- a battle's change, decided on what is stored ----------------------------------------------
// Every change of a battle first takes its row in the write piece (on PostgreSQL FOR NO KEY UPDATE:
// inserts of rows that refer to it, its snapshots, still go on) and reads it and its participants
// again there, so two instances changing one battle run one after the other, the second seeing what
// the first committed (service.ts compares and runs the call again if it changed). SQLite has one
// writer: the read in the piece is enough.

const lockBattleQuery = statement(['id'], (db, p, dialect) => {
  const query = db.selectFrom('battles').selectAll().where('id', '=', p.id);
  return dialect === 'postgres' ? query.forNoKeyUpdate() : query;
});
const participantsSyncQuery = statement(['battleId'], (db, p) =>
  db.selectFrom('battle_participants').selectAll().where('battle_id', '=', p.battleId).orderBy('joined_at').orderBy('id'),
);

/** The battle row as stored, locked for the rest of the piece (PostgreSQL); undefined if it is gone. */
export async function lockBattleSync(tx: Tx, id: string): Promise<BattleRow | undefined> {
  return lockBattleQuery.get(tx, { id });
}

/** A battle's participants in join order, read in the piece. */
export async function findParticipantsSync(tx: Tx, battleId: string): Promise<BattleParticipantRow[]> {
  return participantsSyncQuery.all(tx, { battleId });
}

// --- participants: writes ----------------------------------------------------------------------

const insertParticipantQuery = statement(PARTICIPANT_COLUMNS, (db, p) =>
  db.insertInto('battle_participants').values(columnsOf(PARTICIPANT_COLUMNS, p) as BattleParticipantRow),
);
const updateParticipantQuery = statement(PARTICIPANT_COLUMNS, (db, p) =>
  db
    .updateTable('battle_participants')
    .set(columnsOf(PARTICIPANT_COLUMNS, p, ['id', 'battle_id', 'agent_id', 'joined_at']) as Partial<BattleParticipantRow>)
    .where('id', '=', p.id),
);
const deleteParticipantQuery = statement(['id'], (db, p) => db.deleteFrom('battle_participants').where('id', '=', p.id));

export async function insertParticipant(tx: Tx, row: BattleParticipantRow): Promise<void> {
  await insertParticipantQuery.run(tx, row);
}

export async function updateParticipant(tx: Tx, row: BattleParticipantRow): Promise<void> {
  await updateParticipantQuery.run(tx, row);
}

export async function deleteParticipant(tx: Tx, id: string): Promise<void> {
  await deleteParticipantQuery.run(tx, { id });
}

// --- running live battles of an agent ----------------------------------------------------------
// The order guard's read, on every live order: one indexed lookup by agent (battle_participants_agent).
// The statuses and mode are literals so the statement stays one shape.

export interface AgentBattleRow {
  battle_id: string;
  participant_status: BattleParticipantRow['status'];
  config: string;
}

const agentLiveBattleQuery = statement(['agentId'], (db, p) =>
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
export async function findAgentLiveBattle(tx: Tx, agentId: string): Promise<AgentBattleRow | undefined> {
  return agentLiveBattleQuery.get(tx, { agentId });
}

// --- wallet rows (fresh wallet mode) -----------------------------------------------------------

const positionsQuery = statement(['agentId'], (db, p) =>
  db.selectFrom('positions').selectAll().where('agent_id', '=', p.agentId).orderBy('symbol'),
);
const deleteBalancesQuery = statement(['agentId'], (db, p) => db.deleteFrom('balances').where('agent_id', '=', p.agentId));
const deletePositionsQuery = statement(['agentId'], (db, p) => db.deleteFrom('positions').where('agent_id', '=', p.agentId));

export async function findPositionsSync(tx: Tx, agentId: string): Promise<PositionRow[]> {
  return positionsQuery.all(tx, { agentId });
}

export async function deleteBalancesSync(tx: Tx, agentId: string): Promise<void> {
  await deleteBalancesQuery.run(tx, { agentId });
}

export async function deletePositionsSync(tx: Tx, agentId: string): Promise<void> {
  await deletePositionsQuery.run(tx, { agentId });
}

const agentSyncQuery = statement(['id'], (db, p) => db.selectFrom('agents').selectAll().where('id', '=', p.id));

export async function findAgentSync(tx: Tx, id: string): Promise<Agent | undefined> {
  return agentSyncQuery.get(tx, { id });
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
export async function findOtherLiveBattlesSync(
  tx: Tx,
  agentIds: string[],
  exceptBattleId: string,
): Promise<Array<{ agent_id: string; battle_id: string }>> {
  const out: Array<{ agent_id: string; battle_id: string }> = [];
  for (const agentId of agentIds) {
    const row = await agentLiveBattleQuery.get(tx, { agentId });
    if (row && row.battle_id !== exceptBattleId) out.push({ agent_id: agentId, battle_id: row.battle_id });
  }
  return out;
}
