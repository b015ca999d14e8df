import type { Kysely } from 'kysely';
import type { Account, Database, NewAccount } from '../db/schema.js';

type Q = Kysely<Database>;

export async function insertAccount(db: Q, account: NewAccount): Promise<void> {
  await db.insertInto('accounts').values(account).execute();
}

export async function findAccountById(db: Q, id: string): Promise<Account | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAccountByEmail(db: Q, emailNormalized: string): Promise<Account | undefined> {
  return db.selectFrom('accounts').selectAll().where('email_normalized', '=', emailNormalized).executeTakeFirst();
}

export async function setDefaultAgent(db: Q, accountId: string, agentId: string | null, now: string): Promise<void> {
  await db.updateTable('accounts').set({ default_agent_id: agentId, updated_at: now }).where('id', '=', accountId).execute();
}

export async function setAccountRiskProfile(db: Q, accountId: string, riskProfile: string, now: string): Promise<void> {
  await db.updateTable('accounts').set({ risk_profile: riskProfile, updated_at: now }).where('id', '=', accountId).execute();
}
