/// <reference types="vite/client" />
// The contract tier on PostgreSQL: the suites of contract.test.ts again, each server on a fresh
// schema of the database TEST_DATABASE_URL names (CI sets it), with the same coverage checks, so
// the second database is held to every documented operation, status and message. Without the
// variable the tier is skipped, and says so.
import { afterAll, describe, expect, it } from 'vitest';
import { checker } from '../support/harness.js';
import { dropSchemas, PG_SKIP_REASON, testDatabaseUrl, usePostgres } from '../support/pg.js';
import { wsChecker } from '../support/ws-checker.js';

// Loaded only when the tier runs: a suite registers its tests as it is imported.
const suites = import.meta.glob('./suites/*.contract.ts');

if (testDatabaseUrl() === undefined) {
  it.skip(PG_SKIP_REASON);
} else {
  usePostgres();
  afterAll(dropSchemas);
  for (const load of Object.values(suites)) await load();

  describe('contract coverage on PostgreSQL', () => {
    it('observed every operation and every documented status in openapi.yaml', () => {
      expect(checker.unobserved()).toEqual([]);
    });

    it('observed every server message type, error code, close code and handshake refusal in asyncapi.yaml', () => {
      expect(wsChecker.unobserved()).toEqual([]);
    });
  });
}
