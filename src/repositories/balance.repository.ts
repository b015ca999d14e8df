import type { Kysely } from 'kysely';
import type { Balance, Database, NewBalance } from '../db/schema.js';

type Q = Kysely<Database>;

export async function insertBalance(db: Q, balance: NewBalance): Promise<void> {
  await db.insertInto('balances').values(balance).execute();
}

export async function findBalances(db: Q, agentIds: string[]): Promise<Balance[]> {
  if (agentIds.length === 0) return [];
  return db.selectFrom('balances').selectAll().where('agent_id', 'in', agentIds).orderBy('asset').execute();
}

export async function deleteBalances(db: Q, agentId: string): Promise<void> {
  await db.deleteFrom('balances').where('agent_id', '=', agentId).execute();
}
