// The column types the migrations declare, per database. On SQLite they are exactly the types the
// migrations always declared, so a database created now has the schema of one created before
// PostgreSQL was supported. On PostgreSQL they are the exact types those stood for. Frozen like the
// migrations that use it: a change here changes what every one of them creates.
import { PostgresAdapter, type QueryExecutorProvider } from 'kysely';

export interface ColumnTypes {
  /**
   * An amount, price or quantity. SQLite: TEXT holding exactly 8 decimal places (src/money.ts
   * formats every stored amount so). PostgreSQL: NUMERIC(44, 8) — the 36 integer digits of
   * STORED_LIMITS plus 8 places — which hands a value back as the same text, 8 places included.
   * Never floating point.
   */
  money: 'text' | 'numeric(44, 8)';
  /** A whole number (a count, a step, a 0/1 flag): SQLite's integer is 64-bit, PostgreSQL's is 32-bit. */
  int: 'integer' | 'bigint';
  /** A ratio kept only to sort by: SQLite's real is an 8-byte float, as is PostgreSQL's double precision. */
  float: 'real' | 'double precision';
}

const SQLITE: ColumnTypes = { money: 'text', int: 'integer', float: 'real' };
const POSTGRES: ColumnTypes = { money: 'numeric(44, 8)', int: 'bigint', float: 'double precision' };

/** Whether `db` (or the migration transaction it is) runs on PostgreSQL. */
export function isPostgres(db: QueryExecutorProvider): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The types of `db`'s database. Unix-millisecond columns are declared `bigint` on both, text `text`. */
export function columnTypes(db: QueryExecutorProvider): ColumnTypes {
  return isPostgres(db) ? POSTGRES : SQLITE;
}
