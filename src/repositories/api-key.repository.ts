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

/** The key row with its owning account and, for agent keys, its agent: one round trip each. */
export async function findKeyOwner(db: Q, keyHash: string): Promise<KeyOwner | undefined> {
  const key = await db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
  if (!key) return undefined;
  const account = await db.selectFrom('accounts').selectAll().where('id', '=', key.account_id).executeTakeFirst();
  const agent = key.agent_id
    ? await db.selectFrom('agents').selectAll().where('id', '=', key.agent_id).executeTakeFirst()
    : undefined;
  return { key, account, agent };
}
