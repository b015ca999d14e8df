import type { Kysely } from 'kysely';
import type { Account, Agent, ApiKey, Database, NewApiKey } from '../db/schema.js';

type Q = Kysely<Database>;

export async function insertApiKey(db: Q, key: NewApiKey): Promise<void> {
  await db.insertInto('api_keys').values(key).execute();
}

export interface KeyOwner {
  key: ApiKey;
  account: Account | undefined;
  agent: Agent | undefined;
}

/** The key row with its owning account and, for agent keys, its agent. */
export async function findKeyOwner(db: Q, keyHash: string): Promise<KeyOwner | undefined> {
  const key = await db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
  if (!key) return undefined;
  const account = await db.selectFrom('accounts').selectAll().where('id', '=', key.account_id).executeTakeFirst();
  const agent = key.agent_id ? await db.selectFrom('agents').selectAll().where('id', '=', key.agent_id).executeTakeFirst() : undefined;
  return { key, account, agent };
}

export async function findAgentKeys(db: Q, agentIds: string[]): Promise<ApiKey[]> {
  if (agentIds.length === 0) return [];
  return db.selectFrom('api_keys').selectAll().where('agent_id', 'in', agentIds).execute();
}

export async function deleteAgentKeys(db: Q, agentId: string): Promise<void> {
  await db.deleteFrom('api_keys').where('agent_id', '=', agentId).execute();
}
