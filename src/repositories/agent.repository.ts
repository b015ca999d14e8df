import type { Kysely } from 'kysely';
import type { Agent, AgentStatus, AgentUpdate, Database, NewAgent } from '../db/schema.js';

type Q = Kysely<Database>;

export async function insertAgent(db: Q, agent: NewAgent): Promise<void> {
  await db.insertInto('agents').values(agent).execute();
}

/** The agent with this id, only if it belongs to the account. */
export async function findAccountAgent(db: Q, accountId: string, agentId: string): Promise<Agent | undefined> {
  return db.selectFrom('agents').selectAll().where('id', '=', agentId).where('account_id', '=', accountId).executeTakeFirst();
}

export interface AgentFilter {
  status?: AgentStatus;
  includeArchived: boolean;
}

function filtered(db: Q, accountId: string, filter: AgentFilter) {
  let q = db.selectFrom('agents').where('account_id', '=', accountId);
  if (filter.status) q = q.where('status', '=', filter.status);
  else if (!filter.includeArchived) q = q.where('status', '!=', 'archived');
  return q;
}

export async function findAccountAgents(
  db: Q,
  accountId: string,
  filter: AgentFilter,
  page: { limit: number; offset: number },
): Promise<Agent[]> {
  return filtered(db, accountId, filter)
    .selectAll()
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAccountAgents(db: Q, accountId: string, filter: AgentFilter): Promise<number> {
  const row = await filtered(db, accountId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The oldest agent of the account that is not archived, other than `exceptId`. */
export async function findOldestActiveAgent(db: Q, accountId: string, exceptId: string): Promise<Agent | undefined> {
  return db
    .selectFrom('agents')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('status', '!=', 'archived')
    .where('id', '!=', exceptId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .executeTakeFirst();
}

export async function updateAgent(db: Q, agentId: string, patch: AgentUpdate): Promise<void> {
  await db.updateTable('agents').set(patch).where('id', '=', agentId).execute();
}

export async function deleteAgent(db: Q, agentId: string): Promise<void> {
  await db.deleteFrom('agents').where('id', '=', agentId).execute();
}
