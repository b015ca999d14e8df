// Opens the SQLite database (WAL) behind Kysely and brings its schema up to date.
// SQLite specifics live here; the rest of the code stays in Kysely's portable subset.
import { chmodSync, closeSync, constants, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type KyselyPlugin, type MigrationProvider, type SqliteDatabase } from 'kysely';
import { migrations } from '../../db/migrations.js';
import type { Database } from './schema.js';

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
  return db;
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * Runs every pending migration. Foreign keys are off while they run (SQLite ignores the pragma
 * inside a transaction, so it is set around the migrator): a migration that rebuilds a table must
 * not cascade its drop into the rows that reference it. Every reference is checked before they are
 * back on.
 */
export async function migrateToLatest(db: Db): Promise<void> {
  const handle = rawHandles.get(db);
  handle?.pragma('foreign_keys = OFF');
  try {
    const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
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
