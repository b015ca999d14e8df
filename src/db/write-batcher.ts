// Group commit. Work submitted in the same turn of the event loop runs, one piece after another,
// in a single SQLite transaction; each piece under its own savepoint, so one that throws (an order
// the risk chain rejects) undoes only its own writes. Every submitter's promise settles after the
// COMMIT, so a reply is never sent for data that is not yet stored.
//
// Why: a commit writes every page the transaction dirtied to the WAL. Fifty orders of fifty agents
// dirty many of the same pages (table tails, index leaves), so committing them together writes far
// less than fifty separate commits, and the per-statement work runs synchronously without awaits.
//
// The work runs while holding Kysely's single connection (db.connection()), so it never
// interleaves with a Kysely transaction that is waiting between two of its statements.
import type SQLite from 'better-sqlite3';
import { rawHandleOf, type Db } from './connection.js';

interface Job {
  work: (handle: SQLite.Database) => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export class WriteBatcher {
  private readonly handle: SQLite.Database;
  private queue: Job[] = [];
  private scheduled = false;
  private draining: Promise<void> = Promise.resolve();
  private readonly runBatch: (jobs: Job[]) => Array<{ ok: true; value: unknown } | { ok: false; error: unknown }>;

  /** Largest batch committed so far (for the benchmark's report). */
  largestBatch = 0;

  constructor(private readonly db: Db) {
    const handle = rawHandleOf(db);
    this.handle = handle;
    // better-sqlite3 turns a transaction function called inside another into a savepoint.
    const runOne = handle.transaction((job: Job) => job.work(handle));
    this.runBatch = handle.transaction((jobs: Job[]) =>
      jobs.map((job) => {
        try {
          return { ok: true as const, value: runOne(job) };
        } catch (error) {
          return { ok: false as const, error };
        }
      }),
    );
  }

  /**
   * Runs `work` synchronously inside the next batch's transaction and resolves with what it
   * returned once that transaction has committed. If `work` throws, its writes are rolled back
   * and the promise rejects with its error; if the commit fails, every job of the batch rejects.
   */
  submit<T>(work: (handle: SQLite.Database) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
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
      let results;
      try {
        results = this.runBatch(jobs);
      } catch (error) {
        for (const job of jobs) job.reject(error);
        return;
      }
      this.largestBatch = Math.max(this.largestBatch, jobs.length);
      results.forEach((result, i) => {
        const job = jobs[i]!;
        if (result.ok) job.resolve(result.value);
        else job.reject(result.error);
      });
    });
  }
}
