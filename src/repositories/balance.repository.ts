import type { Kysely } from 'kysely';
import type { Database, NewBalance } from '../db/schema.js';

export async function insertBalance(db: Kysely<Database>, balance: NewBalance): Promise<void> {
  await db.insertInto('balances').values(balance).execute();
}
