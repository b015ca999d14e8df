// A database migrated up to one migration, holding account `acc` and its agent `ag`: the start of
// every test of what a later migration does to rows stored before it. In memory on SQLite, or in a
// schema of PostgreSQL (test/support/pg.ts createSchema).
import { Migrator, type Kysely } from 'kysely';
import { migrations } from '../../db/migrations.js';
import { openDatabase, rawHandleOf, type Db } from '../../src/db/connection.js';
import { migratorView } from '../../src/db/pg-migrations.js';
import type { PgSchema } from './pg.js';

export interface MigrationDb {
  db: Db;
  /** The same database, untyped: its tables are those of `target`, not of the current schema. */
  raw: Kysely<any>;
  /** Migrates as the server does (src/db/connection.ts migrateToLatest). */
  migrator: Pick<Migrator, 'migrateTo' | 'migrateToLatest'>;
}

const provider = { getMigrations: async () => migrations };

/** SQLite: `inner`'s moves, each with foreign keys off around it (a migration that rebuilds a table needs it). */
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

/** `on`: a PostgreSQL schema to migrate instead of a new in-memory SQLite database. */
export async function databaseAt(target: string, at: string, on?: PgSchema): Promise<MigrationDb> {
  const db = on ? openDatabase(on.url, { schema: on.schema }) : openDatabase(':memory:');
  // PostgreSQL: Kysely's migrator keeps its tables in the schema it is told (as migrateToLatest tells it).
  const migrator = on
    ? new Migrator({ db: migratorView(db, on.schema), provider, migrationTableSchema: on.schema })
    : asTheServerMigrates(db, new Migrator({ db, provider }));
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
