import type { Kysely } from 'kysely';
import type { Agent, Database, NewAgent } from '../db/schema.js';

type Q = Kysely<Database>;

export async function insertAgent(db: Q, agent: NewAgent): Promise<void> {
  await db.insertInto('agents').values(agent).execute();
}

/** The agent with this id, only if it belongs to the account. */
export async function findAccountAgent(db: Q, accountId: string, agentId: string): Promise<Agent | undefined> {
  return db
    .selectFrom('agents')
    .selectAll()
    .where('id', '=', agentId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}
