// Group commit. Work submitted in the same turn of the event loop runs, one piece after another,
// in a single SQLite transaction; each piece under its own savepoint, so one that throws (an order
// the risk chain rejects) undoes only its own writes. Every submitter's promise settles after the
// COMMIT, so a reply is never sent for data that is not yet stored. Should the COMMIT itself fail
// (a piece broke a deferred constraint, the disk filled), nothing of the batch is stored and each
// piece runs again in a transaction of its own, so every submitter learns its own true outcome:
// one bad piece never turns the others' stored orders into errors.
//
// Why: a commit writes every page the transaction dirtied to the WAL. Fifty orders of fifty agents
// dirty many of the same pages (table tails, index leaves), so committing them together writes far
// less than fifty separate commits, and the per-statement work runs synchronously without awaits.
//
// The work runs while holding Kysely's single connection (db.connection()), so it never
// interleaves with a Kysely transaction that is waiting between two of its statements.
import type SQLite from 'better-sqlite3';
import { rawHandleOf, type Db } from './connection.js';

/** What a piece of work may ask of the batch it runs in. */
export interface Piece {
  /**
   * Registers an undo for something the piece did outside the database (an in-memory counter),
   * run if and when the piece's writes are undone: the piece throws, or the batch's commit fails
   * (the piece then runs again, alone, and registers afresh).
   */
  onRollback(undo: () => void): void;
}

type Work = (handle: SQLite.Database, piece: Piece) => unknown;

interface Job {
  work: Work;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  undo: Array<() => void>;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function undoAll(job: Job): void {
  const undo = job.undo.reverse();
  job.undo = [];
  for (const fn of undo) fn();
}

export class WriteBatcher {
  private readonly handle: SQLite.Database;
  private queue: Job[] = [];
  private scheduled = false;
  private draining: Promise<void> = Promise.resolve();
  /** One piece under a savepoint when called inside the batch; its own transaction when called alone. */
  private readonly runOne: (job: Job) => Outcome;
  private readonly runBatch: (jobs: Job[]) => Outcome[];

  /** Largest batch committed so far (for the benchmark's report). */
  largestBatch = 0;
  /** Batches whose commit failed, so that each piece ran again on its own. */
  failedCommits = 0;
  /** Called with the number of pieces after each batch commits (the metrics' group-commit sizes). */
  onCommit: ((size: number) => void) | undefined;

  constructor(private readonly db: Db) {
    const handle = rawHandleOf(db);
    this.handle = handle;
    // better-sqlite3 turns a transaction function called inside another into a savepoint.
    const transact = handle.transaction((job: Job) => job.work(handle, { onRollback: (undo) => job.undo.push(undo) }));
    this.runOne = (job) => {
      try {
        return { ok: true, value: transact(job) };
      } catch (error) {
        undoAll(job);
        return { ok: false, error };
      }
    };
    this.runBatch = handle.transaction((jobs: Job[]) => jobs.map((job) => this.runOne(job)));
  }

  /**
   * Runs `work` synchronously inside the next batch's transaction and resolves with what it
   * returned once that transaction has committed. If `work` throws, its writes are rolled back
   * and the promise rejects with its error. If the batch's commit fails (one piece broke a
   * deferred constraint, say), every piece's writes are undone and each piece runs again in a
   * transaction of its own: its promise settles with that run's true outcome, so a piece that
   * commits alone is never reported as failed. `work` must therefore be safe to run twice; what it
   * does outside the database it undoes through `piece.onRollback`.
   */
  submit<T>(work: (handle: SQLite.Database, piece: Piece) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject, undo: [] });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.draining = this.draining.then(() => this.drain());
        });
      }
    });
  }

  /** Resolves when everything submitted so far has been committed or rejected. */
  async idle(): Promise<void> {
    while (this.scheduled || this.queue.length > 0) await new Promise((r) => setImmediate(r));
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      await this.commitBatch();
    } catch (error) {
      // The connection could not be had (the database is closing): fail what waits rather than hang.
      const jobs = this.queue;
      this.queue = [];
      this.scheduled = false;
      for (const job of jobs) job.reject(error);
    }
  }

  private async commitBatch(): Promise<void> {
    await this.db.connection().execute(async () => {
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
      let results: Outcome[];
      try {
        results = this.runBatch(jobs);
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
        results = jobs.map((job) => this.runOne(job));
      }
      results.forEach((result, i) => {
        const job = jobs[i]!;
        if (result.ok) job.resolve(result.value);
        else job.reject(result.error);
      });
    });
  }
}
