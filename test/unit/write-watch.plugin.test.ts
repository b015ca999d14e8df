import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.js';
import { WriteWatchPlugin } from '../../src/db/write-watch.plugin.js';

/**
 * A database that runs nothing but records, for every statement, the generation the plugin showed
 * while it "ran" — or throws, to stand for a failing statement.
 */
function watched(options: { fail?: boolean } = {}) {
  const plugin = new WriteWatchPlugin(['accounts', 'agents', 'api_keys']);
  const seenWhileRunning: number[] = [];
  const connection: DatabaseConnection = {
    async executeQuery<R>(_query: CompiledQuery): Promise<QueryResult<R>> {
      seenWhileRunning.push(plugin.generation());
      if (options.fail) throw new Error('constraint failed');
      return { rows: [] };
    },
    // eslint-disable-next-line require-yield
    async *streamQuery() {
      throw new Error('not used');
    },
  };
  const driver: Driver = {
    init: async () => undefined,
    acquireConnection: async () => connection,
    beginTransaction: async () => undefined,
    commitTransaction: async () => undefined,
    rollbackTransaction: async () => undefined,
    releaseConnection: async () => undefined,
    destroy: async () => undefined,
  };
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => driver,
      createIntrospector: (k) => new SqliteIntrospector(k),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
    plugins: [plugin],
  });

  return { plugin, db, loose: db as unknown as Kysely<any>, seenWhileRunning };
}

const NOW = '2026-11-27T12:00:00.000Z';

describe('WriteWatchPlugin', () => {
  type Db = ReturnType<typeof watched>;
  const writes: Array<[string, (w: Db) => Promise<unknown>]> = [
    [
      'insert into accounts',
      ({ db }) =>
        db
          .insertInto('accounts')
          .values({
            id: 'a',
            display_name: 'A',
            email: null,
            email_normalized: null,
            password_hash: null,
            api_secret_hash: 'h',
            starting_balance: '1.00000000',
            default_agent_id: null,
            created_at: NOW,
            updated_at: NOW,
          })
          .execute(),
    ],
    ['update agents', ({ db }) => db.updateTable('agents').set({ status: 'archived' }).where('id', '=', 'x').execute()],
    ['delete from api_keys', ({ db }) => db.deleteFrom('api_keys').where('agent_id', '=', 'x').execute()],
    [
      'upsert (insert … on conflict do update) into agents',
      ({ db }) =>
        db
          .insertInto('agents')
          .values({
            id: 'x',
            account_id: 'a',
            display_name: 'X',
            starting_balance: '1.00000000',
            llm_model: null,
            framework: null,
            color: null,
            created_at: NOW,
            updated_at: NOW,
          })
          .onConflict((oc) => oc.column('id').doUpdateSet({ display_name: 'Y' }))
          .execute(),
    ],
    [
      'insert or ignore into api_keys',
      ({ db }) =>
        db
          .insertInto('api_keys')
          .orIgnore()
          .values({
            key_hash: 'h',
            account_id: 'a',
            agent_id: null,
            kind: 'account',
            key_preview: 'p',
            key_encrypted: null,
            created_at: NOW,
          })
          .execute(),
    ],
    ['replace into accounts', ({ loose }) => loose.replaceInto('accounts').values({ id: 'a' }).execute()],
    ['update with an alias', ({ loose }) => loose.updateTable('agents as g').set({ status: 'paused' }).where('g.id', '=', 'x').execute()],
    ['delete with an alias', ({ loose }) => loose.deleteFrom('api_keys as k').where('k.agent_id', '=', 'x').execute()],
    ['update schema.table', ({ loose }) => loose.updateTable('main.agents').set({ status: 'paused' }).execute()],
    ['withSchema(…).deleteFrom', ({ db }) => db.withSchema('main').deleteFrom('accounts').execute()],
    ['update in upper case', ({ loose }) => loose.updateTable('AGENTS').set({ status: 'paused' }).execute()],
    [
      'a select whose CTE updates agents',
      ({ db }) =>
        db
          .with('changed', (qb) => qb.updateTable('agents').set({ status: 'paused' }).returning('id'))
          .selectFrom('changed')
          .selectAll()
          .execute(),
    ],
    [
      'an insert into another table whose CTE deletes api_keys',
      ({ db }) =>
        db
          .with('gone', (qb) => qb.deleteFrom('api_keys').returning('agent_id'))
          .insertInto('server_secrets')
          .values({ name: 'n', value: 'v', created_at: NOW })
          .execute(),
    ],
    ['raw update of agents', ({ db }) => sql`update agents set status = 'paused' where id = ${'x'}`.execute(db)],
    [
      'raw delete naming the table as a parameter',
      ({ db }) => sql`delete from ${sql.table('api_keys')} where agent_id = ${'x'}`.execute(db),
    ],
    ['raw upsert into "accounts"', ({ db }) => sql`INSERT INTO "accounts" (id) VALUES (${'a'}) ON CONFLICT DO NOTHING`.execute(db)],
    ['drop table agents', ({ db }) => db.schema.dropTable('agents').execute()],
  ];

  it.each(writes)('bumps before and after: %s', async (_, run) => {
    const w = watched();
    const before = w.plugin.generation();
    await run(w);
    // Already moved while the statement ran, and moved again once it had.
    expect(w.seenWhileRunning).toEqual([before + 1]);
    expect(w.plugin.generation()).toBe(before + 2);
  });

  const others: Array<[string, (w: Db) => Promise<unknown>]> = [
    ['select from accounts', ({ db }) => db.selectFrom('accounts').selectAll().where('id', '=', 'a').execute()],
    [
      'select joining all three',
      ({ db }) =>
        db
          .selectFrom('api_keys')
          .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
          .leftJoin('agents', 'agents.id', 'api_keys.agent_id')
          .selectAll()
          .execute(),
    ],
    [
      'a select with a reading CTE',
      ({ db }) =>
        db
          .with('a', (qb) => qb.selectFrom('agents').select('id'))
          .selectFrom('a')
          .selectAll()
          .execute(),
    ],
    [
      'insert into balances',
      ({ db }) =>
        db
          .insertInto('balances')
          .values({ agent_id: 'x', asset: 'USDT', available: '1.00000000', locked: '0.00000000', updated_at: NOW })
          .execute(),
    ],
    [
      'upsert into balances',
      ({ db }) =>
        db
          .insertInto('balances')
          .values({ agent_id: 'x', asset: 'USDT', available: '1.00000000', locked: '0.00000000', updated_at: NOW })
          .onConflict((oc) => oc.columns(['agent_id', 'asset']).doUpdateSet({ available: '2.00000000' }))
          .execute(),
    ],
    [
      'insert into balances … select from agents',
      ({ db }) =>
        db
          .insertInto('balances')
          .columns(['agent_id', 'asset', 'available', 'locked', 'updated_at'])
          .expression((eb) =>
            eb
              .selectFrom('agents')
              .select(['id', sql.lit('USDT').as('asset'), 'starting_balance', sql.lit('0').as('locked'), 'updated_at']),
          )
          .execute(),
    ],
    [
      'update trading_sessions filtered by agents',
      ({ db }) =>
        db
          .updateTable('trading_sessions')
          .set({ status: 'closed' })
          .where('agent_id', 'in', (eb) => eb.selectFrom('agents').select('id'))
          .execute(),
    ],
    ['delete from orders', ({ db }) => db.deleteFrom('orders').where('agent_id', '=', 'x').execute()],
    ['a table whose name merely contains a watched one', ({ loose }) => loose.updateTable('agents_archive').set({ x: 1 }).execute()],
    ['raw select from agents', ({ db }) => sql`select * from agents where id = ${'x'}`.execute(db)],
    ['raw update of balances', ({ db }) => sql`update balances set locked = '0' where agent_id = ${'x'}`.execute(db)],
    ['the health check', ({ db }) => sql`select 1`.execute(db)],
  ];

  it.each(others)('leaves the generation alone: %s', async (_, run) => {
    const w = watched();
    await run(w);
    expect(w.seenWhileRunning.length).toBeGreaterThan(0);
    expect(w.plugin.generation()).toBe(0);
  });

  it('counts a write that failed as a change too (only its "before" bump lands)', async () => {
    const w = watched({ fail: true });
    await expect(w.db.updateTable('agents').set({ status: 'archived' }).execute()).rejects.toThrow('constraint failed');
    expect(w.plugin.generation()).toBe(1);
  });

  it('sees writes made inside a transaction', async () => {
    const w = watched();
    await w.db.transaction().execute(async (trx) => {
      await trx.selectFrom('agents').selectAll().execute();
      await trx.updateTable('accounts').set({ status: 'suspended' }).execute();
    });
    expect(w.plugin.generation()).toBe(2);
  });

  it('is monotonic and also moves on noteWrite, for writes that bypass Kysely', () => {
    const w = watched();
    w.plugin.noteWrite();
    w.plugin.noteWrite();
    expect(w.plugin.generation()).toBe(2);
  });

  it('refuses to watch nothing', () => {
    expect(() => new WriteWatchPlugin([])).toThrow();
  });
});
