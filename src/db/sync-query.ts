// Kysely queries compiled once and run synchronously on better-sqlite3's prepared statements.
//
// Why: placing an order runs about fifteen small statements. Through Kysely's builder each one is
// rebuilt, compiled and awaited per call, and in profiles that cost more than SQLite's own work.
// The SQL is still written with Kysely's builder (so it stays typed and in the portable subset);
// it is compiled once with named placeholders, prepared once per connection, and then run with
// plain arguments. Synchronous execution also lets a whole use case run without yielding, which is
// what makes group commit (write-batcher.ts) possible.
//
// Rule: run these only while holding the connection — inside WriteBatcher work or inside a Kysely
// transaction — never from free-standing async code, where they could interleave with another
// request's transaction on the one SQLite connection.
import type SQLite from 'better-sqlite3';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable } from 'kysely';
import { rawHandleOf, type Db } from './connection.js';
import type { Database } from './schema.js';

let compiler: Kysely<Database> | undefined;

/** A Kysely instance that can only compile (its driver runs nothing). */
function compileOnly(): Kysely<Database> {
  compiler ??= new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
  return compiler;
}

type Args<N extends string> = Record<N, unknown>;
/**
 * What `build` sees: each name stands for a value of whatever type the column takes. `never` is
 * assignable to every column type, and unlike `any` it cannot leak into other expressions.
 */
type Placeholders<N extends string> = Record<N, never>;

/** A query with named parameters, compiled on first use. */
export class SyncQuery<N extends string, Row> {
  private compiled: { sql: string; slots: Array<{ name: N } | { value: unknown }> } | undefined;
  private readonly statements = new WeakMap<SQLite.Database, SQLite.Statement>();

  constructor(
    private readonly names: readonly N[],
    private readonly build: (db: Kysely<Database>, p: Placeholders<N>) => Compilable<Row>,
  ) {}

  private statement(handle: SQLite.Database): { stmt: SQLite.Statement; slots: Array<{ name: N } | { value: unknown }> } {
    if (!this.compiled) {
      // Each name is bound to a unique sentinel value; after compiling, the position of each
      // sentinel among the parameters says which argument goes where.
      const sentinels = new Map<unknown, N>();
      const placeholders = {} as Placeholders<N>;
      for (const name of this.names) {
        const sentinel = `\u0000arg:${name}\u0000`;
        sentinels.set(sentinel, name);
        placeholders[name] = sentinel as never;
      }
      const query = this.build(compileOnly(), placeholders).compile();
      const slots = query.parameters.map((value) => {
        const name = sentinels.get(value);
        if (name !== undefined) return { name };
        if (typeof value === 'string' && value.includes('\u0000arg:')) {
          throw new Error(`a parameter of "${query.sql}" embeds a placeholder in a larger value`);
        }
        return { value };
      });
      this.compiled = { sql: query.sql, slots };
    }
    let stmt = this.statements.get(handle);
    if (!stmt) {
      stmt = handle.prepare(this.compiled.sql);
      this.statements.set(handle, stmt);
    }
    return { stmt, slots: this.compiled.slots };
  }

  private bind(handle: SQLite.Database, args: Args<N>): { stmt: SQLite.Statement; values: unknown[] } {
    const { stmt, slots } = this.statement(handle);
    const values = slots.map((slot) => ('name' in slot ? args[slot.name] : slot.value));
    return { stmt, values };
  }

  /** The first row, or undefined. */
  get(handle: SQLite.Database, args: Args<N>): Row | undefined {
    const { stmt, values } = this.bind(handle, args);
    return stmt.get(...values) as Row | undefined;
  }

  all(handle: SQLite.Database, args: Args<N>): Row[] {
    const { stmt, values } = this.bind(handle, args);
    return stmt.all(...values) as Row[];
  }

  /** Runs a statement that returns no rows; the number of rows it changed. */
  run(handle: SQLite.Database, args: Args<N>): number {
    const { stmt, values } = this.bind(handle, args);
    return stmt.run(...values).changes;
  }

  /** The compiled SQL (for tests and query plans). */
  sql(handle: SQLite.Database): string {
    return this.statement(handle).stmt.source;
  }
}

/**
 * Defines a query once: `names` are its parameters, `build` writes it with Kysely using `p.<name>`
 * wherever a value goes.
 *
 * @example
 * const findBalance = syncQuery(['agentId', 'asset'], (db, p) =>
 *   db.selectFrom('balances').selectAll().where('agent_id', '=', p.agentId).where('asset', '=', p.asset));
 * findBalance.get(handle, { agentId, asset: 'USDT' });
 */
export function syncQuery<N extends string, Row>(
  names: readonly N[],
  build: (db: Kysely<Database>, p: Placeholders<N>) => Compilable<Row>,
): SyncQuery<N, Row> {
  return new SyncQuery(names, build);
}

/**
 * Runs synchronous reads while holding Kysely's connection, so they see only committed data and
 * never interleave with a transaction that is waiting between two of its statements. Writes go
 * through WriteBatcher instead.
 */
export function readNow<T>(db: Db, read: (handle: SQLite.Database) => T): Promise<T> {
  return db.connection().execute(async () => read(rawHandleOf(db)));
}

/**
 * The named parameters of a statement, in `columns` order, as one record: a repository passes a
 * row's columns (or all but some, with `skip`) to a statement built over placeholders of the
 * same names (see syncQuery).
 */
export function columnsOf<C extends string, V>(columns: readonly C[], p: Record<C, V>, skip: readonly C[] = []): Record<C, V> {
  const out = {} as Record<C, V>;
  for (const c of columns) if (!skip.includes(c)) out[c] = p[c];
  return out;
}
