// The ledger's storage boundary (src/db/statement.ts, src/db/store.ts): statements compiled once and
// bound by name; the SQLite store's group commit; and, when TEST_DATABASE_URL names a PostgreSQL
// server, the PostgreSQL store's transactions, retries and agent locks. The tables are created here
// with plain SQL (only the columns these statements use), so the tests depend on the store alone,
// not on the migrations.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/connection.js';
import { statement } from '../../src/db/statement.js';
import { lockAgents, readNow, storeOf, type Store } from '../../src/db/store.js';

const insertSecret = statement(['name', 'value'], (db, p) =>
  db.insertInto('server_secrets').values({ name: p.name, value: p.value, created_at: '2026-11-27T00:00:00.000Z' }),
);
const findSecret = statement(['name'], (db, p) => db.selectFrom('server_secrets').select(['name', 'value']).where('name', '=', p.name));
const secretsLike = statement(['prefix'], (db, p) =>
  db.selectFrom('server_secrets').select('name').where('name', 'like', p.prefix).where('value', '!=', 'hidden').orderBy('name'),
);
// One argument in two places.
const secretNamedOrValued = statement(['text'], (db, p) =>
  db
    .selectFrom('server_secrets')
    .select('name')
    .where((eb) => eb.or([eb('name', '=', p.text), eb('value', '=', p.text)]))
    .orderBy('name'),
);
const countSecrets = statement([], (db) => db.selectFrom('server_secrets').select((eb) => eb.fn.countAll<number>().as('n')));
// A balance of an agent that does not exist: the foreign key is deferred, so it fails only at COMMIT.
const insertOrphanBalance = statement(['agentId'], (db, p) =>
  db.insertInto('balances').values({ agent_id: p.agentId, asset: 'USDT', available: '1.00000000', locked: '0.00000000', updated_at: 'x' }),
);

async function secretNames(db: Db): Promise<string[]> {
  return (await db.selectFrom('server_secrets').select('name').where('name', 'like', 't-%').orderBy('name').execute()).map((r) => r.name);
}

describe('statement', () => {
  let db: Db;
  let store: Store;
  beforeEach(async () => {
    db = openDatabase(':memory:');
    store = storeOf(db);
    await sql`create table server_secrets (name text primary key, value text not null, created_at text not null)`.execute(db);
  });
  afterEach(async () => {
    await store.idle();
    await db.destroy();
  });

  it('binds named arguments wherever they appear and keeps literal parameters', async () => {
    expect(await store.submit((tx) => insertSecret.run(tx, { name: 't-a', value: 'shown' }))).toBe(1);
    expect(await store.submit((tx) => insertSecret.run(tx, { name: 't-b', value: 'hidden' }))).toBe(1);
    expect(await store.submit((tx) => insertSecret.run(tx, { name: 't-c', value: 't-a' }))).toBe(1);
    await readNow(db, async (tx) => {
      expect(await findSecret.get(tx, { name: 't-a' })).toEqual({ name: 't-a', value: 'shown' });
      expect(await findSecret.get(tx, { name: 'nope' })).toBeUndefined();
      // 'hidden' is a literal of the query, not an argument: it stays bound as written.
      expect(await secretsLike.all(tx, { prefix: 't-%' })).toEqual([{ name: 't-a' }, { name: 't-c' }]);
      expect(await secretNamedOrValued.all(tx, { text: 't-a' })).toEqual([{ name: 't-a' }, { name: 't-c' }]);
    });
    expect(secretsLike.sql()).toContain('like ? and "value" != ?');
    expect(secretsLike.sql('postgres')).toContain('like $1 and "value" != $2');
    expect(secretNamedOrValued.sql('postgres')).toContain('"name" = $1 or "value" = $2');
  });

  it('refuses a placeholder folded into a larger value, which could not be bound', async () => {
    const broken = statement(['name'], (db, p) =>
      db
        .selectFrom('server_secrets')
        .selectAll()
        .where('name', '=', `${String(p.name)}-suffix`),
    );
    expect(() => broken.sql('sqlite')).toThrow(/embeds a placeholder/);
    expect(() => broken.sql('postgres')).toThrow(/embeds a placeholder/);
    await expect(store.submit(async (tx) => broken.get(tx, { name: 'x' }))).rejects.toThrow(/embeds a placeholder/);
  });
});

describe('readNow (SQLite)', () => {
  it('waits for an open Kysely transaction, so it never sees rows that are rolled back', async () => {
    const db = openDatabase(':memory:');
    await sql`create table server_secrets (name text primary key, value text not null, created_at text not null)`.execute(db);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const kyselyTx = db.transaction().execute(async (trx) => {
      await trx.insertInto('server_secrets').values({ name: 't-uncommitted', value: 'v', created_at: 'x' }).execute();
      await gate;
      throw new Error('tx rolls back');
    });
    await new Promise((r) => setImmediate(r));
    const read = readNow(db, async (tx) => (await findSecret.get(tx, { name: 't-uncommitted' }))?.value ?? 'absent');
    release();
    await expect(kyselyTx).rejects.toThrow('tx rolls back');
    expect(await read).toBe('absent');
    await db.destroy();
  });
});

describe('SqliteStore (group commit)', () => {
  let db: Db;
  let store: Store;
  let sizes: number[];

  beforeEach(async () => {
    db = openDatabase(':memory:');
    store = storeOf(db);
    sizes = [];
    store.onCommit = (size) => sizes.push(size);
    await sql`create table server_secrets (name text primary key, value text not null, created_at text not null)`.execute(db);
    await sql`create table agents (id text primary key)`.execute(db);
    await sql`create table balances (
      agent_id text not null references agents (id) deferrable initially deferred,
      asset text not null,
      available text not null,
      locked text not null,
      updated_at text not null,
      primary key (agent_id, asset)
    )`.execute(db);
  });
  afterEach(async () => {
    await store.idle();
    await db.destroy();
  });

  it('commits work submitted in one turn of the event loop as one transaction', async () => {
    const results = await Promise.all(
      ['t-1', 't-2', 't-3'].map((name) =>
        store.submit(async (tx) => {
          const changed = await insertSecret.run(tx, { name, value: 'v' });
          // A piece may run several statements; the batch still commits once.
          return { changed, count: (await countSecrets.get(tx, {}))?.n };
        }),
      ),
    );
    expect(results).toEqual([
      { changed: 1, count: 1 },
      { changed: 1, count: 2 },
      { changed: 1, count: 3 },
    ]);
    expect(sizes).toEqual([3]);
    expect(store.largestBatch).toBe(3);
    expect(store.failedCommits).toBe(0);
    expect(await secretNames(db)).toEqual(['t-1', 't-2', 't-3']);
  });

  it('settles every submitter only after the COMMIT', async () => {
    const seen: string[] = [];
    await Promise.all(
      ['t-x', 't-y'].map((name) =>
        store
          .submit((tx) => insertSecret.run(tx, { name, value: 'v' }))
          .then(() => seen.push(`${name} settled after ${sizes.length} commit`)),
      ),
    );
    expect(seen).toEqual(['t-x settled after 1 commit', 't-y settled after 1 commit']);
  });

  it('undoes only the writes of the piece that throws, and runs its onRollback undos', async () => {
    const undone: string[] = [];
    const piece = (name: string, fail = false) =>
      store.submit(async (tx) => {
        await insertSecret.run(tx, { name, value: 'v' });
        tx.onRollback(() => undone.push(`${name} first`));
        tx.onRollback(() => undone.push(`${name} second`));
        if (fail) throw new Error('rejected by the risk chain');
        return name;
      });
    const outcomes = await Promise.allSettled([piece('t-ok-1'), piece('t-rolled-back', true), piece('t-ok-2')]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toContain('rejected by the risk chain');
    // Undos run last registered first, and only for the piece that threw.
    expect(undone).toEqual(['t-rolled-back second', 't-rolled-back first']);
    expect(sizes).toEqual([3]);
    expect(store.failedCommits).toBe(0);
    expect(await secretNames(db)).toEqual(['t-ok-1', 't-ok-2']);
  });

  it('sees the earlier pieces of its own batch, so two pieces cannot both spend the same thing', async () => {
    const claim = () =>
      store.submit(async (tx) => {
        if (await findSecret.get(tx, { name: 't-claimed' })) return 'refused';
        await insertSecret.run(tx, { name: 't-claimed', value: 'v' });
        return 'granted';
      });
    expect(await Promise.all([claim(), claim(), claim()])).toEqual(['granted', 'refused', 'refused']);
  });

  it('when the COMMIT fails (a deferred foreign key), runs each piece on its own and reports its true outcome', async () => {
    const outcomes = await Promise.allSettled([
      store.submit((tx) => insertSecret.run(tx, { name: 't-kept-1', value: 'v' })),
      store.submit((tx) => insertOrphanBalance.run(tx, { agentId: 'no-such-agent' })),
      store.submit((tx) => insertSecret.run(tx, { name: 't-kept-2', value: 'v' })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[0] as PromiseFulfilledResult<number>).value).toBe(1);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(store.failedCommits).toBe(1);
    // The failed batch is not counted as committed; the two pieces that stand alone are.
    expect(sizes).toEqual([]);
    expect(store.largestBatch).toBe(0);
    expect(await secretNames(db)).toEqual(['t-kept-1', 't-kept-2']);
    // The connection is left outside any transaction: the next batch commits as usual.
    expect(await store.submit((tx) => insertSecret.run(tx, { name: 't-after', value: 'v' }))).toBe(1);
    expect(sizes).toEqual([1]);
  });

  it('a piece run again alone after a failed COMMIT sees only committed state', async () => {
    const claim = () =>
      store.submit(async (tx) => {
        if (await findSecret.get(tx, { name: 't-claimed' })) return 'refused';
        await insertSecret.run(tx, { name: 't-claimed', value: 'v' });
        return 'granted';
      });
    const outcomes = await Promise.allSettled([claim(), store.submit((tx) => insertOrphanBalance.run(tx, { agentId: 'nobody' })), claim()]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'rejected'))).toEqual(['granted', 'rejected', 'refused']);
  });

  it('undoes what every piece did outside the database when the COMMIT fails, before running each again', async () => {
    const undone: string[] = [];
    const runs: string[] = [];
    const piece = (name: string) =>
      store.submit(async (tx) => {
        runs.push(name);
        tx.onRollback(() => undone.push(name));
        await insertSecret.run(tx, { name, value: 'v' });
        return name;
      });
    const poison = () =>
      store.submit(async (tx) => {
        runs.push('poison');
        tx.onRollback(() => undone.push('poison'));
        return insertOrphanBalance.run(tx, { agentId: 'nobody' });
      });
    const outcomes = await Promise.allSettled([piece('t-d'), poison(), piece('t-e')]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // In the batch: three runs, all undone; alone: three more, of which only the poison is undone.
    expect(runs).toEqual(['t-d', 'poison', 't-e', 't-d', 'poison', 't-e']);
    expect(undone.sort()).toEqual(['poison', 'poison', 't-d', 't-e']);
    expect(await secretNames(db)).toEqual(['t-d', 't-e']);
  });

  it('waits for a Kysely transaction in progress instead of writing into it', async () => {
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const kyselyTx = db.transaction().execute(async (trx) => {
      await trx.insertInto('server_secrets').values({ name: 't-tx', value: 'v', created_at: 'x' }).execute();
      events.push('tx wrote');
      await gate; // the transaction stays open across turns of the event loop
      throw new Error('tx rolls back');
    });
    await new Promise((r) => setImmediate(r));
    const batched = store.submit(async (tx) => {
      events.push('batch ran');
      return insertSecret.run(tx, { name: 't-batch', value: 'v' });
    });
    await new Promise((r) => setImmediate(r));
    events.push('gate opened');
    release();
    await expect(kyselyTx).rejects.toThrow('tx rolls back');
    expect(await batched).toBe(1);
    expect(events).toEqual(['tx wrote', 'gate opened', 'batch ran']);
    expect(await secretNames(db)).toEqual(['t-batch']);
  });

  it('idle() resolves once everything submitted is settled, including work submitted after it was called', async () => {
    let done = 0;
    for (let i = 0; i < 5; i++) void store.submit((tx) => insertSecret.run(tx, { name: `t-idle-${i}`, value: 'v' })).then(() => done++);
    setImmediate(() => void store.submit((tx) => insertSecret.run(tx, { name: 't-idle-late', value: 'v' })).then(() => done++));
    await store.idle();
    await Promise.resolve();
    expect(done).toBe(6);
    expect((await secretNames(db)).length).toBe(6);
  });

  it('largestBatch keeps the largest group committed so far', async () => {
    await Promise.all([0, 1].map((i) => store.submit((tx) => insertSecret.run(tx, { name: `t-g1-${i}`, value: 'v' }))));
    await Promise.all([0, 1, 2, 3].map((i) => store.submit((tx) => insertSecret.run(tx, { name: `t-g2-${i}`, value: 'v' }))));
    await store.submit((tx) => insertSecret.run(tx, { name: 't-g3', value: 'v' }));
    expect(sizes).toEqual([2, 4, 1]);
    expect(store.largestBatch).toBe(4);
  });

  it('refuses onRollback in read-only work', async () => {
    await expect(readNow(db, async (tx) => tx.onRollback(() => undefined))).rejects.toThrow(/read-only/);
  });
});

// --- PostgreSQL --------------------------------------------------------------------------------

const PG_URL = process.env.TEST_DATABASE_URL;

/**
 * The URL with a user name: libpq (psql) defaults to the operating system's user, node-postgres only
 * to $USER, which a service or container environment may not set.
 */
function withUser(raw: string): string {
  const url = new URL(raw);
  if (!url.username && !process.env.PGUSER && !process.env.USER) url.username = userInfo().username;
  return url.toString();
}

const lockSecret = statement(['name'], (db, p) => db.selectFrom('server_secrets').select('name').where('name', '=', p.name).forUpdate());
// Raises the given SQLSTATE (the function is created in the test's schema).
const raiseSqlstate = statement(['code'], (db, p) => db.selectNoFrom(sql<number>`raise_sqlstate(${p.code})`.as('x')));
const findBalance = statement(['agentId', 'asset'], (db, p) =>
  db.selectFrom('balances').select(['available', 'locked']).where('agent_id', '=', p.agentId).where('asset', '=', p.asset),
);
const setAvailable = statement(['agentId', 'asset', 'available'], (db, p) =>
  db.updateTable('balances').set({ available: p.available }).where('agent_id', '=', p.agentId).where('asset', '=', p.asset),
);

(PG_URL ? describe : describe.skip)(PG_URL ? 'PgStore (PostgreSQL)' : 'PgStore (PostgreSQL): skipped: TEST_DATABASE_URL is not set', () => {
  const url = PG_URL ? withUser(PG_URL) : '';
  const schema = `s_${randomBytes(6).toString('hex')}`;
  let admin: pg.Client;
  let db: Db;
  let store: Store;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.query(`set search_path = ${schema}`);
    await admin.query('create table server_secrets (name text primary key, value text not null, created_at text not null)');
    await admin.query('create table agents (id text primary key)');
    await admin.query(`create table balances (
        agent_id text not null references agents (id) deferrable initially deferred,
        asset text not null,
        available numeric(38, 8) not null,
        locked numeric(38, 8) not null,
        updated_at text not null,
        primary key (agent_id, asset)
      )`);
    await admin.query(`create function raise_sqlstate(code text) returns integer language plpgsql as $$
        begin
          raise exception 'simulated failure %', code using errcode = code;
        end
      $$`);
    db = openDatabase(url, { schema, poolSize: 10 });
    store = storeOf(db);
  });
  afterAll(async () => {
    await store?.idle();
    await db?.destroy();
    if (admin) {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  });
  beforeEach(async () => {
    await admin.query('truncate server_secrets, balances, agents');
  });

  const names = async () =>
    (await admin.query<{ name: string }>("select name from server_secrets where name like 't-%' order by name")).rows.map((r) => r.name);

  it('commits what the work wrote, and resolves with what it returned', async () => {
    expect(store.dialect).toBe('postgres');
    const committed: number[] = [];
    store.onCommit = (size) => committed.push(size);
    try {
      const value = await store.submit(async (tx) => {
        await insertSecret.run(tx, { name: 't-a', value: 'v' });
        await insertSecret.run(tx, { name: 't-b', value: 'v' });
        return (await countSecrets.get(tx, {}))?.n;
      });
      // count(*) is a bigint, which the pool hands back as a number.
      expect(value).toBe(2);
    } finally {
      store.onCommit = undefined;
    }
    expect(committed).toEqual([1]);
    expect(await names()).toEqual(['t-a', 't-b']);
    expect(await readNow(db, (tx) => findSecret.get(tx, { name: 't-a' }))).toEqual({ name: 't-a', value: 'v' });
  });

  it('rolls back everything the work wrote when it throws, and runs its onRollback undos', async () => {
    const undone: string[] = [];
    const failed = store.submit(async (tx) => {
      await insertSecret.run(tx, { name: 't-gone', value: 'v' });
      tx.onRollback(() => undone.push('first'));
      tx.onRollback(() => undone.push('second'));
      throw new Error('rejected');
    });
    await expect(failed).rejects.toThrow('rejected');
    expect(undone).toEqual(['second', 'first']);
    expect(await names()).toEqual([]);
  });

  it('rejects with the error of a failed COMMIT (a deferred foreign key), without retrying, and undoes', async () => {
    const undone: string[] = [];
    let runs = 0;
    const before = store.failedCommits;
    const failed = store.submit(async (tx) => {
      runs++;
      tx.onRollback(() => undone.push('orphan'));
      await insertSecret.run(tx, { name: 't-with-orphan', value: 'v' });
      return insertOrphanBalance.run(tx, { agentId: 'nobody' });
    });
    await expect(failed).rejects.toMatchObject({ code: '23503' });
    expect(runs).toBe(1);
    expect(undone).toEqual(['orphan']);
    expect(store.failedCommits).toBe(before);
    expect(await names()).toEqual([]);
  });

  it('runs the work again after a serialization failure (40001), undoing the first run', async () => {
    const undone: number[] = [];
    let runs = 0;
    const before = store.failedCommits;
    const value = await store.submit(async (tx) => {
      const run = ++runs;
      tx.onRollback(() => undone.push(run));
      await insertSecret.run(tx, { name: `t-run-${run}`, value: 'v' });
      if (run === 1) await raiseSqlstate.get(tx, { code: '40001' });
      return run;
    });
    expect(value).toBe(2);
    expect(undone).toEqual([1]);
    expect(store.failedCommits).toBe(before + 1);
    // The first run's insert was rolled back with it.
    expect(await names()).toEqual(['t-run-2']);
  });

  it('does not run the work again after an error that is not retryable, and gives up on one that never clears', async () => {
    let runs = 0;
    await expect(
      store.submit(async (tx) => {
        runs++;
        return raiseSqlstate.get(tx, { code: 'P0001' });
      }),
    ).rejects.toMatchObject({ code: 'P0001' });
    expect(runs).toBe(1);

    runs = 0;
    await expect(
      store.submit(async (tx) => {
        runs++;
        return raiseSqlstate.get(tx, { code: '40P01' });
      }),
    ).rejects.toMatchObject({ code: '40P01' });
    expect(runs).toBe(8);
  });

  it('runs again the piece PostgreSQL aborts to break a deadlock (40P01), so both pieces commit', async () => {
    await store.submit(async (tx) => {
      await insertSecret.run(tx, { name: 't-left', value: 'v' });
      await insertSecret.run(tx, { name: 't-right', value: 'v' });
    });
    const before = store.failedCommits;
    const runs: string[] = [];
    let locked = 0;
    let bothLocked!: () => void;
    const crosswise = new Promise<void>((resolve) => (bothLocked = resolve));
    // Each locks one row, waits until the other holds the other row, then asks for it.
    const piece = (first: string, second: string) =>
      store.submit(async (tx) => {
        runs.push(first);
        await lockSecret.get(tx, { name: first });
        if (++locked === 2) bothLocked();
        await crosswise;
        await lockSecret.get(tx, { name: second });
        return first;
      });
    expect(await Promise.all([piece('t-left', 't-right'), piece('t-right', 't-left')])).toEqual(['t-left', 't-right']);
    expect(runs).toHaveLength(3);
    expect(store.failedCommits).toBe(before + 1);
  });

  it('lockAgents serializes pieces that read and then change the same balance: no update is lost', async () => {
    await admin.query("insert into agents (id) values ('agent-1'), ('agent-2')");
    await admin.query(`insert into balances (agent_id, asset, available, locked, updated_at) values
        ('agent-1', 'USDT', 10, 0, 'x'), ('agent-1', 'BTC', 0, 0, 'x'), ('agent-2', 'USDT', 10, 0, 'x')`);
    const debit = (agentIds: string[]) =>
      store.submit(async (tx) => {
        await lockAgents(tx, agentIds);
        const balance = await findBalance.get(tx, { agentId: 'agent-1', asset: 'USDT' });
        // Money is compared and computed outside SQL (exact here: whole units).
        const available = Number(balance!.available);
        if (available < 1) return false;
        // Widens the window between the read and the write, so that without the lock the pieces
        // would read the same balance (test only: work in the app awaits nothing but statements).
        await new Promise((r) => setTimeout(r, 2));
        await setAvailable.run(tx, { agentId: 'agent-1', asset: 'USDT', available: (available - 1).toFixed(8) });
        return true;
      });
    // Some pieces name the agent with another one, in either order: the locks are taken in id order.
    const pieces = Array.from({ length: 20 }, (_, i) =>
      debit(i % 3 === 0 ? ['agent-2', 'agent-1'] : i % 3 === 1 ? ['agent-1', 'agent-2'] : ['agent-1']),
    );
    const outcomes = await Promise.all(pieces);
    expect(outcomes.filter(Boolean)).toHaveLength(10);
    const after = await readNow(db, (tx) => findBalance.get(tx, { agentId: 'agent-1', asset: 'USDT' }));
    // NUMERIC comes back as an exact string with its scale.
    expect(after).toEqual({ available: '0.00000000', locked: '0.00000000' });
  });

  it('idle() resolves once every piece in flight has settled', async () => {
    let done = 0;
    for (let i = 0; i < 5; i++) void store.submit((tx) => insertSecret.run(tx, { name: `t-idle-${i}`, value: 'v' })).then(() => done++);
    await store.idle();
    await Promise.resolve();
    expect(done).toBe(5);
    expect(await names()).toHaveLength(5);
  });
});
