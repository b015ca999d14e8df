// A database migrated up to one migration, holding account `acc` and its agent `ag`: the start of
// every test of what a later migration does to rows stored before it.
import { Migrator, type Kysely } from 'kysely';
import { migrations } from '../../db/migrations.js';
import { openDatabase, rawHandleOf, type Db } from '../../src/db/connection.js';

export interface MigrationDb {
  db: Db;
  /** The same database, untyped: its tables are those of `target`, not of the current schema. */
  raw: Kysely<any>;
  /** Migrates as the server does (src/db/connection.ts migrateToLatest): with foreign keys off while it runs. */
  migrator: Pick<Migrator, 'migrateTo' | 'migrateToLatest'>;
}

/** `inner`'s moves, each with foreign keys off around it (a migration that rebuilds a table needs it). */
function asTheServerMigrates(db: Db, inner: Migrator): MigrationDb['migrator'] {
  const h = rawHandleOf(db);
  const offAround = async <T>(run: () => Promise<T>): Promise<T> => {
    h.pragma('foreign_keys = OFF');
    try {
      return await run();
    } finally {
      h.pragma('foreign_keys = ON');
    }
  };
  return {
    migrateTo: (target) => offAround(() => inner.migrateTo(target)),
    migrateToLatest: () => offAround(() => inner.migrateToLatest()),
  };
}

export async function databaseAt(target: string, at: string): Promise<MigrationDb> {
  const db = openDatabase(':memory:');
  const migrator = asTheServerMigrates(db, new Migrator({ db, provider: { getMigrations: async () => migrations } }));
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
