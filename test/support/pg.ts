// PostgreSQL for the tests: TEST_DATABASE_URL names a database of a PostgreSQL server (CI sets
// postgres://127.0.0.1:5432/test). Every test database is a schema of its own in it, created fresh
// and dropped when done, so runs and files never see each other's rows. The PostgreSQL entry files
// (contract.pg.test.ts, property.pg.test.ts) switch the harness to it; without the variable they skip.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';

export const PG_SKIP_REASON = 'PostgreSQL tier skipped: TEST_DATABASE_URL is not set';

/**
 * TEST_DATABASE_URL, or undefined. A URL without a user name connects as the operating-system user,
 * as psql does; node-postgres would otherwise send none where the environment has no USER.
 */
export function testDatabaseUrl(): string | undefined {
  const raw = process.env.TEST_DATABASE_URL?.trim();
  if (!raw) return undefined;
  const url = new URL(raw);
  if (!url.username && !process.env.PGUSER && !process.env.USER) url.username = userInfo().username;
  return url.toString();
}

function requiredUrl(): string {
  const url = testDatabaseUrl();
  if (!url) throw new Error(PG_SKIP_REASON);
  return url;
}

let active = false;

/** From now on (in this test file) the harness's servers and service contexts run on PostgreSQL. */
export function usePostgres(): void {
  requiredUrl();
  active = true;
}

export function postgresActive(): boolean {
  return active;
}

let admin: pg.Pool | undefined;
const live = new Set<PgSchema>();

export interface PgSchema {
  /** The server's URL, for DATABASE_URL. */
  readonly url: string;
  /** The schema's name, for DATABASE_SCHEMA. */
  readonly schema: string;
  /** Drops the schema and everything in it; again is a no-op. */
  drop(): Promise<void>;
}

/** A new, empty schema `t_<random>` on the TEST_DATABASE_URL server. */
export async function createSchema(): Promise<PgSchema> {
  const url = requiredUrl();
  admin ??= new pg.Pool({ connectionString: url, max: 2 });
  const schema = `t_${randomBytes(8).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  const pool = admin;
  const handle: PgSchema = {
    url,
    schema,
    drop: async () => {
      if (!live.delete(handle)) return;
      await pool.query(`drop schema if exists ${schema} cascade`);
    },
  };
  live.add(handle);
  return handle;
}

/** Drops every schema still there and closes the connections that managed them: a PostgreSQL entry file's afterAll. */
export async function dropSchemas(): Promise<void> {
  for (const handle of [...live]) await handle.drop();
  await admin?.end();
  admin = undefined;
}
