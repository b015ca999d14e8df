// Statements of the ledger: Kysely queries compiled once per dialect and run through a transaction
// handle (`Tx`) of the storage boundary (store.ts), on SQLite or on PostgreSQL.
//
// Why: placing an order runs about fifteen small statements. Through Kysely's builder each one is
// rebuilt and compiled per call, and in profiles that cost more than the database's own work. The
// SQL is still written with Kysely's builder (so it stays typed and in the portable subset); it is
// compiled once per dialect with named placeholders, prepared once per connection, and then run with
// plain arguments.
//
// Rule: run these only through a `Tx` handed out by the store (`submit` for writes, `read` /
// `readNow` for reads), never on a free-standing connection.
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/** SQL as one dialect compiled it, with a stable id (PostgreSQL names its prepared statement after it). */
export interface CompiledSql {
  readonly id: string;
  readonly sql: string;
}

/**
 * A transaction (or, for `read`, a held connection) of the store. Every statement of the ledger runs
 * through one; the adapters (store.ts) implement `execute`.
 */
export interface Tx {
  readonly dialect: Dialect;
  /** Runs one compiled statement: its first row, all rows, or the number of rows it changed. */
  execute(compiled: CompiledSql, values: readonly unknown[], mode: 'get' | 'all' | 'run'): Promise<unknown>;
  /**
   * Registers an undo for something the work did outside the database (an in-memory counter), run
   * if and when the work's writes are undone: it throws, or its transaction cannot commit (the work
   * then runs again and registers afresh).
   */
  onRollback(undo: () => void): void;
  /**
   * Registers something to do once the work's writes have committed (wake a worker that reads
   * them); dropped if they are undone. Not available in read-only work.
   */
  onCommit(done: () => void): void;
}

const compilers = new Map<Dialect, Kysely<Database>>();

/** A Kysely instance that can only compile (its driver runs nothing). */
function compileOnly(dialect: Dialect): Kysely<Database> {
  let compiler = compilers.get(dialect);
  if (!compiler) {
    compiler = new Kysely<Database>({
      dialect:
        dialect === 'sqlite'
          ? {
              createAdapter: () => new SqliteAdapter(),
              createDriver: () => new DummyDriver(),
              createIntrospector: (db) => new SqliteIntrospector(db),
              createQueryCompiler: () => new SqliteQueryCompiler(),
            }
          : {
              createAdapter: () => new PostgresAdapter(),
              createDriver: () => new DummyDriver(),
              createIntrospector: (db) => new PostgresIntrospector(db),
              createQueryCompiler: () => new PostgresQueryCompiler(),
            },
    });
    compilers.set(dialect, compiler);
  }
  return compiler;
}

type Args<N extends string> = Record<N, unknown>;
/**
 * What `build` sees: each name stands for a value of whatever type the column takes. `never` is
 * assignable to every column type, and unlike `any` it cannot leak into other expressions.
 */
type Placeholders<N extends string> = Record<N, never>;

type Slot<N> = { name: N } | { value: unknown };

let nextId = 0;

/** A query with named parameters, compiled on first use in each dialect. */
export class Statement<N extends string, Row> {
  private readonly compiled = new Map<Dialect, { sql: CompiledSql; slots: Array<Slot<N>> }>();

  constructor(
    private readonly names: readonly N[],
    private readonly build: (db: Kysely<Database>, p: Placeholders<N>, dialect: Dialect) => Compilable<Row>,
  ) {}

  private compile(dialect: Dialect): { sql: CompiledSql; slots: Array<Slot<N>> } {
    let done = this.compiled.get(dialect);
    if (!done) {
      // Each name is bound to a unique sentinel value; after compiling, the position of each
      // sentinel among the parameters says which argument goes where.
      const sentinels = new Map<unknown, N>();
      const placeholders = {} as Placeholders<N>;
      for (const name of this.names) {
        const sentinel = `\u0000arg:${name}\u0000`;
        sentinels.set(sentinel, name);
        placeholders[name] = sentinel as never;
      }
      const query = this.build(compileOnly(dialect), placeholders, dialect).compile();
      const slots = query.parameters.map((value): Slot<N> => {
        const name = sentinels.get(value);
        if (name !== undefined) return { name };
        if (typeof value === 'string' && value.includes('\u0000arg:')) {
          throw new Error(`a parameter of "${query.sql}" embeds a placeholder in a larger value`);
        }
        return { value };
      });
      done = { sql: { id: `q${++nextId}`, sql: query.sql }, slots };
      this.compiled.set(dialect, done);
    }
    return done;
  }

  private values(slots: Array<Slot<N>>, args: Args<N>): unknown[] {
    return slots.map((slot) => ('name' in slot ? args[slot.name] : slot.value));
  }

  private execute(tx: Tx, args: Args<N>, mode: 'get' | 'all' | 'run'): Promise<unknown> {
    let compiled: { sql: CompiledSql; slots: Array<Slot<N>> };
    try {
      compiled = this.compile(tx.dialect);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return tx.execute(compiled.sql, this.values(compiled.slots, args), mode);
  }

  /** The first row, or undefined. */
  get(tx: Tx, args: Args<N>): Promise<Row | undefined> {
    return this.execute(tx, args, 'get') as Promise<Row | undefined>;
  }

  all(tx: Tx, args: Args<N>): Promise<Row[]> {
    return this.execute(tx, args, 'all') as Promise<Row[]>;
  }

  /** Runs a statement that returns no rows; the number of rows it changed. */
  run(tx: Tx, args: Args<N>): Promise<number> {
    return this.execute(tx, args, 'run') as Promise<number>;
  }

  /** The compiled SQL in a dialect (for tests and query plans). */
  sql(dialect: Dialect = 'sqlite'): string {
    return this.compile(dialect).sql.sql;
  }
}

/**
 * Defines a statement once: `names` are its parameters, `build` writes it with Kysely using `p.<name>`
 * wherever a value goes (and may look at `dialect` where the two databases need different SQL, such
 * as PostgreSQL's row locks).
 *
 * @example
 * const findBalance = statement(['agentId', 'asset'], (db, p) =>
 *   db.selectFrom('balances').selectAll().where('agent_id', '=', p.agentId).where('asset', '=', p.asset));
 * await findBalance.get(tx, { agentId, asset: 'USDT' });
 */
export function statement<N extends string, Row>(
  names: readonly N[],
  build: (db: Kysely<Database>, p: Placeholders<N>, dialect: Dialect) => Compilable<Row>,
): Statement<N, Row> {
  return new Statement(names, build);
}

/**
 * The named parameters of a statement, in `columns` order, as one record: a repository passes a
 * row's columns (or all but some, with `skip`) to a statement built over placeholders of the
 * same names (see statement).
 */
export function columnsOf<C extends string, V>(columns: readonly C[], p: Record<C, V>, skip: readonly C[] = []): Record<C, V> {
  const out = {} as Record<C, V>;
  for (const c of columns) if (!skip.includes(c)) out[c] = p[c];
  return out;
}
