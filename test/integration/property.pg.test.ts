/// <reference types="vite/client" />
// The money property tests (*.property.test.ts) on PostgreSQL: each service context on a fresh schema
// of the database TEST_DATABASE_URL names (CI sets it). Without the variable they are skipped, and
// say so.
import { afterAll, it } from 'vitest';
import { dropSchemas, PG_SKIP_REASON, testDatabaseUrl, usePostgres } from '../support/pg.js';

// Loaded only when they run: a test file registers its tests as it is imported.
const files = import.meta.glob('./*.property.test.ts');

if (testDatabaseUrl() === undefined) {
  it.skip(PG_SKIP_REASON);
} else {
  usePostgres();
  afterAll(dropSchemas);
  for (const load of Object.values(files)) await load();
}
