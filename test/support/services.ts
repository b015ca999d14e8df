// A ServiceContext on a fresh, migrated in-memory database (or, under usePostgres(), a fresh
// PostgreSQL schema, dropped by the entry file's dropSchemas) with a manual clock, for the integration tier.
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { DomainError } from '../../src/errors.js';
import { createServiceContext as create, type ServiceContext } from '../../src/services/context.js';
import { TEST_ENV } from './harness.js';
import { createSchema, postgresActive } from './pg.js';

export async function createServiceContext(env: Record<string, string> = {}): Promise<ServiceContext & { clock: ManualClock }> {
  const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
  const pgSchema = postgresActive() ? await createSchema() : undefined;
  const database = pgSchema ? { DATABASE_URL: pgSchema.url, DATABASE_SCHEMA: pgSchema.schema } : {};
  return { ...(await create(loadConfig({ ...TEST_ENV, ...database, ...env }), clock)), clock };
}

/** The code of the DomainError the promise rejects with, or 'no error'; any other error fails. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  return 'no error';
}
