import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Q = Kysely<Database>;

export async function findServerSecret(db: Q, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

/** Inserts the secret unless one exists; returns whichever is stored (first writer wins). */
export async function insertServerSecretOnce(db: Q, name: string, value: string, now: string): Promise<string> {
  await db
    .insertInto('server_secrets')
    .values({ name, value, created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return (await findServerSecret(db, name)) ?? value;
}
