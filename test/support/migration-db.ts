// A database migrated up to one migration, holding account `acc` and its agent `ag`: the start of
// every test of what a later migration does to rows stored before it.
import { Migrator, type Kysely } from 'kysely';
import { migrations } from '../../db/migrations.js';
import { openDatabase, type Db } from '../../src/db/connection.js';

export interface MigrationDb {
  db: Db;
  /** The same database, untyped: its tables are those of `target`, not of the current schema. */
  raw: Kysely<any>;
  migrator: Migrator;
}

export async function databaseAt(target: string, at: string): Promise<MigrationDb> {
  const db = openDatabase(':memory:');
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateTo(target);
  if (error) throw error instanceof Error ? error : new Error(`migrating to ${target} failed`, { cause: error });
  const raw = db as unknown as Kysely<any>;
  await raw
    .insertInto('accounts')
    .values({ id: 'acc', display_name: 'A', api_secret_hash: 'x', starting_balance: '10000.00000000', created_at: at, updated_at: at })
    .execute();
  await raw
    .insertInto('agents')
    .values({ id: 'ag', account_id: 'acc', display_name: 'A', starting_balance: '10000.00000000', created_at: at, updated_at: at })
    .execute();
  return { db, raw, migrator };
}
