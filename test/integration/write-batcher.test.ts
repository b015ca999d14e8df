import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, rawHandleOf, type Db } from '../../src/db/connection.js';
import { readNow, syncQuery } from '../../src/db/sync-query.js';
import { WriteBatcher } from '../../src/db/write-batcher.js';

const insertSecret = syncQuery(['name', 'value'], (db, p) =>
  db.insertInto('server_secrets').values({ name: p.name, value: p.value, created_at: '2026-11-27T00:00:00.000Z' }),
);
const findSecret = syncQuery(['name'], (db, p) => db.selectFrom('server_secrets').select(['name', 'value']).where('name', '=', p.name));
const secretsLike = syncQuery(['prefix'], (db, p) =>
  db.selectFrom('server_secrets').select('name').where('name', 'like', p.prefix).where('value', '!=', 'hidden').orderBy('name'),
);
// A balance of an agent that does not exist: with deferred foreign keys it fails only at COMMIT.
const insertOrphanBalance = syncQuery(['agentId'], (db, p) =>
  db.insertInto('balances').values({ agent_id: p.agentId, asset: 'USDT', available: '1.00000000', locked: '0.00000000', updated_at: 'x' }),
);

let db: Db;
let batcher: WriteBatcher;

beforeEach(async () => {
  db = openDatabase(':memory:');
  await migrateToLatest(db);
  batcher = new WriteBatcher(db);
});
afterEach(async () => {
  await batcher.idle();
  await db.destroy();
});

async function secretNames(): Promise<string[]> {
  return (await db.selectFrom('server_secrets').select('name').where('name', 'like', 't-%').orderBy('name').execute()).map((r) => r.name);
}

describe('syncQuery', () => {
  it('binds named arguments wherever they appear and keeps literal parameters', () => {
    const h = rawHandleOf(db);
    expect(insertSecret.run(h, { name: 't-a', value: 'shown' })).toBe(1);
    expect(insertSecret.run(h, { name: 't-b', value: 'hidden' })).toBe(1);
    expect(findSecret.get(h, { name: 't-a' })).toEqual({ name: 't-a', value: 'shown' });
    expect(findSecret.get(h, { name: 'nope' })).toBeUndefined();
    // 'hidden' is a literal of the query, not an argument: it stays bound as written.
    expect(secretsLike.all(h, { prefix: 't-%' })).toEqual([{ name: 't-a' }]);
    expect(secretsLike.sql(h)).toContain('like ?');
  });

  it('refuses a placeholder folded into a larger value, which could not be bound', () => {
    const broken = syncQuery(['name'], (db, p) =>
      db
        .selectFrom('server_secrets')
        .selectAll()
        .where('name', '=', `${String(p.name)}-suffix`),
    );
    expect(() => broken.get(rawHandleOf(db), { name: 'x' })).toThrow(/embeds a placeholder/);
  });
});

describe('readNow', () => {
  it('waits for an open Kysely transaction, so it never sees rows that are rolled back', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const kyselyTx = db.transaction().execute(async (trx) => {
      await trx.insertInto('server_secrets').values({ name: 't-uncommitted', value: 'v', created_at: 'x' }).execute();
      await gate;
      throw new Error('tx rolls back');
    });
    await new Promise((r) => setImmediate(r));
    const read = readNow(db, (h) => findSecret.get(h, { name: 't-uncommitted' }) ?? 'absent');
    release();
    await expect(kyselyTx).rejects.toThrow('tx rolls back');
    expect(await read).toBe('absent');
  });
});

describe('WriteBatcher', () => {
  it('commits work submitted in one turn of the event loop as one transaction', async () => {
    const h = rawHandleOf(db);
    const results = await Promise.all(['t-1', 't-2', 't-3'].map((name) => batcher.submit(() => insertSecret.run(h, { name, value: 'v' }))));
    expect(results).toEqual([1, 1, 1]);
    expect(batcher.largestBatch).toBe(3);
    expect(await secretNames()).toEqual(['t-1', 't-2', 't-3']);
  });

  it('undoes only the writes of the piece that throws', async () => {
    const h = rawHandleOf(db);
    const outcomes = await Promise.allSettled([
      batcher.submit(() => insertSecret.run(h, { name: 't-ok-1', value: 'v' })),
      batcher.submit(() => {
        insertSecret.run(h, { name: 't-rolled-back', value: 'v' });
        throw new Error('rejected by the risk chain');
      }),
      batcher.submit(() => insertSecret.run(h, { name: 't-ok-2', value: 'v' })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(Error);
    expect(await secretNames()).toEqual(['t-ok-1', 't-ok-2']);
  });

  it('sees the earlier pieces of its own batch, so two pieces cannot both spend the same thing', async () => {
    const h = rawHandleOf(db);
    const claim = () =>
      batcher.submit(() => {
        if (findSecret.get(h, { name: 't-claimed' })) return 'refused';
        insertSecret.run(h, { name: 't-claimed', value: 'v' });
        return 'granted';
      });
    expect(await Promise.all([claim(), claim(), claim()])).toEqual(['granted', 'refused', 'refused']);
  });

  it('when the commit fails, runs each piece on its own and reports its true outcome', async () => {
    const h = rawHandleOf(db);
    const outcomes = await Promise.allSettled([
      batcher.submit(() => insertSecret.run(h, { name: 't-kept-1', value: 'v' })),
      // A balance of an agent that does not exist: with deferred foreign keys it fails only at COMMIT.
      batcher.submit(() => {
        h.pragma('defer_foreign_keys = ON');
        return insertOrphanBalance.run(h, { agentId: 'no-such-agent' });
      }),
      batcher.submit(() => insertSecret.run(h, { name: 't-kept-2', value: 'v' })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[0] as PromiseFulfilledResult<number>).value).toBe(1);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(await secretNames()).toEqual(['t-kept-1', 't-kept-2']);
    expect(h.inTransaction).toBe(false);
  });

  it('a piece re-run alone after a failed commit sees only committed state', async () => {
    const h = rawHandleOf(db);
    const claim = () =>
      batcher.submit(() => {
        if (findSecret.get(h, { name: 't-claimed' })) return 'refused';
        insertSecret.run(h, { name: 't-claimed', value: 'v' });
        return 'granted';
      });
    const outcomes = await Promise.allSettled([
      claim(),
      batcher.submit(() => {
        h.pragma('defer_foreign_keys = ON');
        return insertOrphanBalance.run(h, { agentId: 'no-such-agent' });
      }),
      claim(),
    ]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'rejected'))).toEqual(['granted', 'rejected', 'refused']);
  });

  it('undoes what a piece did outside the database exactly when its writes are undone', async () => {
    const h = rawHandleOf(db);
    const undone: string[] = [];
    const piece = (name: string, fail = false) =>
      batcher.submit((_h, p) => {
        insertSecret.run(h, { name, value: 'v' });
        p.onRollback(() => undone.push(name));
        if (fail) throw new Error('rejected');
        return name;
      });
    // One batch commits: only the piece that threw is undone.
    await Promise.allSettled([piece('t-a'), piece('t-b', true), piece('t-c')]);
    expect(undone).toEqual(['t-b']);
    undone.length = 0;
    // One batch fails at COMMIT: every piece's first run is undone, then each runs again alone.
    await Promise.allSettled([
      piece('t-d'),
      batcher.submit((_h, p) => {
        p.onRollback(() => undone.push('poison'));
        h.pragma('defer_foreign_keys = ON');
        return insertOrphanBalance.run(h, { agentId: 'no-such-agent' });
      }),
    ]);
    expect(undone.sort()).toEqual(['poison', 'poison', 't-d']);
    expect(await secretNames()).toEqual(['t-a', 't-c', 't-d']);
  });

  it('waits for a Kysely transaction in progress instead of writing into it', async () => {
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const h = rawHandleOf(db);
    const kyselyTx = db.transaction().execute(async (trx) => {
      await trx.insertInto('server_secrets').values({ name: 't-tx', value: 'v', created_at: 'x' }).execute();
      events.push('tx wrote');
      await gate; // the transaction stays open across turns of the event loop
      throw new Error('tx rolls back');
    });
    await new Promise((r) => setImmediate(r));
    const batched = batcher.submit(() => {
      events.push('batch ran');
      return insertSecret.run(h, { name: 't-batch', value: 'v' });
    });
    await new Promise((r) => setImmediate(r));
    events.push('gate opened');
    release();
    await expect(kyselyTx).rejects.toThrow('tx rolls back');
    await batched;
    expect(events).toEqual(['tx wrote', 'gate opened', 'batch ran']);
    expect(await secretNames()).toEqual(['t-batch']);
  });

  it('idle() resolves once everything submitted is settled', async () => {
    const h = rawHandleOf(db);
    let done = 0;
    for (let i = 0; i < 5; i++) void batcher.submit(() => insertSecret.run(h, { name: `t-idle-${i}`, value: 'v' })).then(() => done++);
    await batcher.idle();
    await Promise.resolve();
    expect(done).toBe(5);
  });
});
