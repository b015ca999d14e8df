// The storage boundary of the ledger: one interface (`Store`), two adapters.
//
// - SQLite (`SqliteStore`): group commit. Work submitted in the same turn of the event loop runs, one
//   piece after another, in a single transaction; each piece under its own savepoint, so one that
//   throws (an order the risk chain rejects) undoes only its own writes. Every submitter's promise
//   settles after the COMMIT, so a reply is never sent for data that is not yet stored. Should the
//   COMMIT itself fail (a piece broke a deferred constraint, the disk filled), nothing of the batch
//   is stored and each piece runs again in a transaction of its own, so every submitter learns its
//   own true outcome. The statements run synchronously on better-sqlite3; the work awaits them, but
//   those awaits settle as microtasks, so a whole batch still runs in one turn of the event loop and
//   never interleaves with anything else.
//   Why: a commit writes every page the transaction dirtied to the WAL. Fifty orders of fifty agents
//   dirty many of the same pages (table tails, index leaves), so committing them together writes
//   far less than fifty separate commits.
// - PostgreSQL (`PgStore`): each piece is one short transaction on a pooled connection. Work that
//   changes an agent's ledger first locks the agent's balance rows (`lockAgents`, SELECT … FOR
//   UPDATE), so two pieces — on this instance or another — never spend the same balance. A
//   transaction that PostgreSQL aborts to break a deadlock or a serialization conflict runs again.
//
// Work may run more than once (a failed group commit, a retried PostgreSQL transaction): what it does
// outside the database it undoes through `tx.onRollback`.
import type SQLite from 'better-sqlite3';
import { CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.js';
import { statement, type CompiledSql, type Dialect, type Tx } from './statement.js';

export type { Tx } from './statement.js';

export interface Store {
  readonly dialect: Dialect;
  /**
   * Runs `work` in a transaction and resolves with what it returned once that transaction has
   * committed. If `work` throws, its writes are rolled back and the promise rejects with its error.
   */
  submit<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs reads that see only committed data (SQLite: under the one connection; PostgreSQL: on a pooled one). */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Resolves when everything submitted so far has been committed or rejected. */
  idle(): Promise<void>;
  /** Largest group committed so far (for the benchmark's report; 1 on PostgreSQL). Tests may reset it. */
  largestBatch: number;
  /** Groups whose commit failed, so that each piece ran again on its own. */
  readonly failedCommits: number;
  /** Called with the number of pieces after each commit (the metrics' group-commit sizes). */
  onCommit: ((size: number) => void) | undefined;
}

const lockBalancesQuery = statement(['agentId'], (db, p) =>
  db.selectFrom('balances').select('asset').where('agent_id', '=', p.agentId).orderBy('asset').forUpdate(),
);

/**
 * Locks the ledgers of `agentIds` for the rest of the transaction: on PostgreSQL their balance rows
 * (SELECT … FOR UPDATE, in id order so two pieces never wait on each other crosswise); on SQLite
 * nothing, because one writer runs at a time. Call it first in any work that reads and then changes
 * an agent's orders, balances or positions, before reading them.
 */
export async function lockAgents(tx: Tx, agentIds: readonly string[]): Promise<void> {
  if (tx.dialect !== 'postgres' || agentIds.length === 0) return;
  for (const agentId of [...new Set(agentIds)].sort()) await lockBalancesQuery.all(tx, { agentId });
}

// --- SQLite -------------------------------------------------------------------------------------

/** What a piece registered besides its writes: undos if they roll back, hooks once they commit. */
interface Hooks {
  undo: Array<() => void>;
  done: Array<() => void>;
}

interface Job extends Hooks {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Runs a piece's undos, last registered first, and forgets its commit hooks. */
function undoAll(hooks: Hooks): void {
  hooks.done.length = 0;
  const fns = hooks.undo.splice(0).reverse();
  for (const fn of fns) fn();
}

/** Runs a committed piece's hooks; one that throws must not keep the others from running. */
function committed(hooks: Hooks): void {
  hooks.undo.length = 0;
  for (const fn of hooks.done.splice(0)) {
    try {
      fn();
    } catch {
      // A hook is a nudge (wake a worker); the data is committed whatever it does.
    }
  }
}

/** The hooks of read-only work: registering one is a mistake. */
const READ_ONLY: Hooks = Object.freeze({ undo: [], done: [] });

function register(hooks: Hooks, kind: keyof Hooks, fn: () => void): void {
  if (hooks === READ_ONLY) throw new Error(`${kind === 'undo' ? 'onRollback' : 'onCommit'} called in read-only work`);
  hooks[kind].push(fn);
}

class SqliteTx implements Tx {
  readonly dialect = 'sqlite' as const;
  constructor(
    private readonly prepare: (compiled: CompiledSql) => SQLite.Statement,
    private readonly hooks: Hooks,
  ) {}

  execute(compiled: CompiledSql, values: readonly unknown[], mode: 'get' | 'all' | 'run'): Promise<unknown> {
    try {
      const stmt = this.prepare(compiled);
      if (mode === 'get') return Promise.resolve(stmt.get(...values));
      if (mode === 'all') return Promise.resolve(stmt.all(...values));
      return Promise.resolve(stmt.run(...values).changes);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  onRollback(undo: () => void): void {
    register(this.hooks, 'undo', undo);
  }

  onCommit(done: () => void): void {
    register(this.hooks, 'done', done);
  }
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  private queue: Job[] = [];
  private scheduled = false;
  private draining: Promise<void> = Promise.resolve();
  private readonly statements = new Map<string, SQLite.Statement>();
  private readonly prepare = (compiled: CompiledSql): SQLite.Statement => {
    let stmt = this.statements.get(compiled.id);
    if (!stmt) {
      stmt = this.handle.prepare(compiled.sql);
      this.statements.set(compiled.id, stmt);
    }
    return stmt;
  };
  private readonly begin: SQLite.Statement;
  private readonly commit: SQLite.Statement;
  private readonly rollback: SQLite.Statement;
  private readonly savepoint: SQLite.Statement;
  private readonly release: SQLite.Statement;
  private readonly rollbackTo: SQLite.Statement;

  largestBatch = 0;
  failedCommits = 0;
  onCommit: ((size: number) => void) | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly handle: SQLite.Database,
  ) {
    this.begin = handle.prepare('BEGIN');
    this.commit = handle.prepare('COMMIT');
    this.rollback = handle.prepare('ROLLBACK');
    this.savepoint = handle.prepare('SAVEPOINT piece');
    this.release = handle.prepare('RELEASE piece');
    this.rollbackTo = handle.prepare('ROLLBACK TO piece');
  }

  submit<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject, undo: [], done: [] });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.draining = this.draining.then(() => this.drain());
        });
      }
    });
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.connection().execute(() => work(new SqliteTx(this.prepare, READ_ONLY)));
  }

  async idle(): Promise<void> {
    while (this.scheduled || this.queue.length > 0) await new Promise((r) => setImmediate(r));
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      await this.db.connection().execute(() => this.commitBatch());
    } catch (error) {
      // The connection could not be had (the database is closing): fail what waits rather than hang.
      const jobs = this.queue;
      this.queue = [];
      this.scheduled = false;
      for (const job of jobs) job.reject(error);
    }
  }

  /** One piece under a savepoint of the batch's transaction. A failure of the savepoint itself is the batch's. */
  private async runPiece(job: Job): Promise<Outcome> {
    this.savepoint.run();
    try {
      const value = await job.work(new SqliteTx(this.prepare, job));
      this.release.run();
      return { ok: true, value };
    } catch (error) {
      if (!this.handle.inTransaction) throw error;
      this.rollbackTo.run();
      this.release.run();
      undoAll(job);
      return { ok: false, error };
    }
  }

  /** One piece in a transaction of its own. */
  private async runAlone(job: Job): Promise<Outcome> {
    try {
      this.begin.run();
      const value = await job.work(new SqliteTx(this.prepare, job));
      this.commit.run();
      committed(job);
      return { ok: true, value };
    } catch (error) {
      try {
        if (this.handle.inTransaction) this.rollback.run();
      } finally {
        undoAll(job);
      }
      return { ok: false, error };
    }
  }

  private async commitBatch(): Promise<void> {
    // Taken only now, under the connection: work submitted while waiting for it joins this batch.
    const jobs = this.queue;
    this.queue = [];
    this.scheduled = false;
    if (jobs.length === 0) return;
    if (this.handle.inTransaction) {
      const error = new Error('write batch found the connection inside a transaction it does not own');
      for (const job of jobs) job.reject(error);
      return;
    }
    let results: Outcome[] = [];
    try {
      this.begin.run();
      for (const job of jobs) results.push(await this.runPiece(job));
      this.commit.run();
      for (const job of jobs) committed(job);
      this.largestBatch = Math.max(this.largestBatch, jobs.length);
      try {
        this.onCommit?.(jobs.length);
      } catch {
        // An observer must never leave the batch's promises unsettled.
      }
    } catch {
      // Nothing of the batch is stored. Undo what its pieces did besides, then give each piece
      // the outcome it has on its own, in the order submitted.
      this.failedCommits++;
      for (const job of jobs) undoAll(job);
      results = [];
      try {
        if (this.handle.inTransaction) this.rollback.run();
        for (const job of jobs) results.push(await this.runAlone(job));
      } catch (error) {
        // The connection itself is broken (it cannot even roll back): what did not run fails.
        while (results.length < jobs.length) results.push({ ok: false, error });
      }
    }
    results.forEach((result, i) => {
      const job = jobs[i]!;
      if (result.ok) job.resolve(result.value);
      else job.reject(result.error);
    });
  }
}

/** What a statement run through a driver that returns rows and a change count answers in `mode`. */
function replyOf(mode: 'get' | 'all' | 'run', rows: unknown[], changed: number): unknown {
  if (mode === 'get') return rows[0];
  if (mode === 'all') return rows;
  return changed;
}

// --- PostgreSQL ---------------------------------------------------------------------------------

class PgTx implements Tx {
  readonly dialect = 'postgres' as const;
  constructor(
    private readonly client: pg.PoolClient,
    private readonly hooks: Hooks,
  ) {}

  async execute(compiled: CompiledSql, values: readonly unknown[], mode: 'get' | 'all' | 'run'): Promise<unknown> {
    const result = await this.client.query({ name: compiled.id, text: compiled.sql, values: values as unknown[] });
    return replyOf(mode, result.rows, result.rowCount ?? 0);
  }

  onRollback(undo: () => void): void {
    register(this.hooks, 'undo', undo);
  }

  onCommit(done: () => void): void {
    register(this.hooks, 'done', done);
  }
}

/** SQLSTATEs after which PostgreSQL has rolled the transaction back and running it again may succeed. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

export class PgStore implements Store {
  readonly dialect = 'postgres' as const;
  largestBatch = 0;
  failedCommits = 0;
  onCommit: ((size: number) => void) | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly pool: pg.Pool) {}

  submit<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const run = this.transact(work);
    this.inFlight.add(run);
    const forget = (): void => void this.inFlight.delete(run);
    run.then(forget, forget);
    return run;
  }

  private async transact<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      const hooks: Hooks = { undo: [], done: [] };
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await work(new PgTx(client, hooks));
        await client.query('COMMIT');
        committed(hooks);
        this.largestBatch = 1;
        try {
          this.onCommit?.(1);
        } catch {
          // An observer must never turn a committed piece into an error.
        }
        return value;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError as Error;
        }
        undoAll(hooks);
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
          this.failedCommits++;
          continue;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    }
  }

  /** Reads in one read-only snapshot, so a page of rows and its total (say) agree, as they do on SQLite. */
  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const value = await work(new PgTx(client, READ_ONLY));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError as Error;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}

// --- a Kysely transaction as a Tx -------------------------------------------------------------

class KyselyTx implements Tx {
  constructor(
    private readonly trx: Kysely<Database>,
    readonly dialect: Dialect,
  ) {}

  async execute(compiled: CompiledSql, values: readonly unknown[], mode: 'get' | 'all' | 'run'): Promise<unknown> {
    const result = await this.trx.executeQuery(CompiledQuery.raw(compiled.sql, [...values]));
    return replyOf(mode, result.rows, Number(result.numAffectedRows ?? 0n));
  }

  onRollback(): void {
    throw new Error('onRollback is not available inside a Kysely transaction: undo after it fails instead');
  }

  onCommit(): void {
    throw new Error('onCommit is not available inside a Kysely transaction: act after it commits instead');
  }
}

/**
 * The ledger's statements inside a Kysely transaction (`db.transaction().execute(trx => …)`), for
 * the few use cases that change the ledger together with other tables written through Kysely (an
 * agent's reset, its archiving): they run on the transaction's own connection.
 */
export function kyselyTx(trx: Kysely<Database>, dialect: Dialect): Tx {
  return new KyselyTx(trx, dialect);
}

// --- the store of a database --------------------------------------------------------------------

const stores = new WeakMap<object, Store>();

/** Records the store of a database opened by connection.ts. */
export function registerStore(db: object, store: Store): void {
  stores.set(db, store);
}

/** The store behind a database opened by connection.ts. */
export function storeOf(db: object): Store {
  const store = stores.get(db);
  if (!store) throw new Error('database was not opened by openDatabase');
  return store;
}

/**
 * Runs reads of the ledger's statements that see only committed data and, on SQLite, never
 * interleave with a transaction that is waiting between two of its statements. Writes go through
 * the store's `submit` instead.
 */
export function readNow<T>(db: object, read: (tx: Tx) => Promise<T>): Promise<T> {
  return storeOf(db).read(read);
}
