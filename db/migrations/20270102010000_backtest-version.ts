// backtest_sessions.version: bumped by every write of a session. Instances of a cluster share the
// row, so a runtime one of them keeps in memory is current only while the stored version is the one
// it was loaded or last written at, and a write commits only over the version its call started from
// (src/backtest/service.ts). Existing sessions start at 0.
import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('backtest_sessions')
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('backtest_sessions').dropColumn('version').execute();
}
