// Opens the database behind Kysely — SQLite (WAL) by default, PostgreSQL for a postgres:// URL — with
// its ledger store (store.ts), and brings its schema up to date. The specifics of each database live
// here; the rest of the code stays in Kysely's portable subset.
import { chmodSync, closeSync, constants, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type KyselyPlugin, type MigrationProvider, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { migrations } from '../../db/migrations.js';
import type { Database } from './schema.js';
import { migratorView, pgSchemaOf } from './pg-migrations.js';
import { PgStore, registerStore, SqliteStore, storeOf } from './store.js';

export type Db = Kysely<Database>;

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing cost more than running in profiles of the hot read
 * paths. The SQL text of a Kysely query is stable for a given shape, so prepared statements are
 * kept (least recently used first out) and reused. Safe because Kysely runs each statement to
 * completion synchronously; only its streaming API (unused here) could hold one open.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

const rawHandles = new WeakMap<Db, SQLite.Database>();

/**
 * The better-sqlite3 handle under a database opened here, for the few paths that run prepared
 * statements synchronously (see sync-query.ts). Only use it while holding Kysely's connection.
 */
export function rawHandleOf(db: Db): SQLite.Database {
  const handle = rawHandles.get(db);
  if (!handle) throw new Error('database was not opened by openDatabase');
  return handle;
}

export interface OpenOptions {
  /** Kysely plugins, e.g. one that watches writes to invalidate a cache. */
  plugins?: KyselyPlugin[];
  /** PostgreSQL only: the schema to work in (search_path); it must exist. Tests give each database its own. */
  schema?: string;
  /** PostgreSQL only: connections in the pool (default 10). */
  poolSize?: number;
}

/** Whether a database location names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/**
 * PostgreSQL hands 64-bit integers (counts, millisecond times) back as strings, because a JS number
 * cannot hold every one; the ledger's are far below 2^53, so they come back as numbers, as SQLite
 * gives them. NUMERIC (money) stays a string, exact, with its declared scale.
 */
const INT8_OID = 20;
const parseInt8 = (value: string): number => Number(value);
const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? parseInt8
      : (pg.types.getTypeParser(oid, format) as (value: string) => unknown)) as pg.CustomTypesConfig['getTypeParser'],
};

function openPostgres(url: string, options: OpenOptions): Db {
  const pool = new pg.Pool({
    connectionString: url,
    // Like psql: a URL without a user name connects as the operating-system user.
    ...(new URL(url).username ? {} : { user: process.env.PGUSER ?? userInfo().username }),
    max: options.poolSize ?? 10,
    types: pgTypes,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection the server drops (a restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: options.plugins ?? [] });
  registerStore(db, new PgStore(pool));
  return db;
}

/** The dialect of a database opened here. */
export function dialectOf(db: Db): 'sqlite' | 'postgres' {
  return storeOf(db).dialect;
}

/**
 * The database holds password hashes, key hashes and the server's generated secrets: a folder this
 * creates is 0700, and a database file it creates is 0600 before SQLite opens it. SQLite gives the
 * -wal and -shm files the database file's permissions. Existing files are left as the operator set them.
 */
function createOwnerOnly(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return;
  }
  // open's mode passes through the umask (one that strips owner bits would leave a file SQLite
  // cannot write), so the mode is set outright.
  chmodSync(path, 0o600);
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (isPostgresUrl(path)) return openPostgres(path, options);
  if (path !== ':memory:') createOwnerOnly(path);
  const sqlite = new SQLite(path);
  if (path !== ':memory:') {
    sqlite.pragma('journal_mode = WAL');
    // Checkpoint every ~40 MB of WAL instead of the default ~4 MB: a page that hot rows dirty again
    // and again (balances, index leaves) is then copied back once per checkpoint instead of ten
    // times. Measured on the order path's statements: about 15 % less time per order.
    sqlite.pragma('wal_autocheckpoint = 10000');
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins: options.plugins ?? [] });
  rawHandles.set(db, sqlite);
  registerStore(db, new SqliteStore(db, sqlite));
  return db;
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * Runs every pending migration.
 *
 * SQLite: foreign keys are off while they run (SQLite ignores the pragma inside a transaction, so it
 * is set around the migrator): a migration that rebuilds a table must not cascade its drop into the
 * rows that reference it. Every reference is checked before they are back on.
 *
 * PostgreSQL: Kysely's migrator runs all pending migrations in one transaction, under a session
 * advisory lock (pg_advisory_lock) of the database: servers starting at once on one database wait
 * for the first; each then finds the migrations done and runs none.
 */
export async function migrateToLatest(db: Db): Promise<void> {
  const handle = rawHandles.get(db);
  const migrationTableSchema = dialectOf(db) === 'postgres' ? await pgSchemaOf(db) : undefined;
  const migratorDb = migrationTableSchema ? migratorView(db, migrationTableSchema) : db;
  handle?.pragma('foreign_keys = OFF');
  try {
    const { error, results } = await new Migrator({ db: migratorDb, provider, migrationTableSchema }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
    }
    const broken = handle?.pragma('foreign_key_check') as unknown[] | undefined;
    if (broken && broken.length > 0) throw new Error(`database migration left ${broken.length} broken references`);
  } finally {
    handle?.pragma('foreign_keys = ON');
  }
}
