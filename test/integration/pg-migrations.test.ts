// The migrations on PostgreSQL (TEST_DATABASE_URL; skipped without it): every one runs up, down and
// up again on a fresh schema; money is exact NUMERIC with 8 places, times and counts are 64-bit;
// servers starting at once on one database migrate it once; fills stored before the migrations that
// replay them are replayed, and orders come through the advanced-orders type-check change.
import { Migrator, NO_MIGRATIONS, sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations.js';
import { migrateToLatest, openDatabase, type Db } from '../../src/db/connection.js';
import { migratorView } from '../../src/db/pg-migrations.js';
import { databaseAt } from '../support/migration-db.js';
import { createSchema, dropSchemas, PG_SKIP_REASON, testDatabaseUrl, type PgSchema } from '../support/pg.js';

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
  numeric_precision: number | null;
  numeric_scale: number | null;
  is_identity: string;
}

async function columnsOf(db: Db, schema: string): Promise<Column[]> {
  const { rows } = await sql<Column>`
    select table_name, column_name, data_type, numeric_precision, numeric_scale, is_identity
    from information_schema.columns
    where table_schema = ${schema} and table_name not like 'kysely%'
    order by table_name, column_name`.execute(db);
  return rows;
}

/** "table.column" → "type" as PostgreSQL names it, with precision and scale for numeric. */
function typesOf(columns: readonly Column[]): Map<string, string> {
  return new Map(
    columns.map((c) => [
      `${c.table_name}.${c.column_name}`,
      c.data_type === 'numeric' ? `numeric(${c.numeric_precision},${c.numeric_scale})` : c.data_type,
    ]),
  );
}

const opened: Db[] = [];

async function freshDatabase(): Promise<{ db: Db; pg: PgSchema }> {
  const pg = await createSchema();
  const db = openDatabase(pg.url, { schema: pg.schema, poolSize: 2 });
  opened.push(db);
  return { db, pg };
}

const url = testDatabaseUrl();

if (url === undefined) {
  it.skip(PG_SKIP_REASON);
} else {
  afterAll(async () => {
    for (const db of opened) await db.destroy();
    await dropSchemas();
  });

  describe('migrations on PostgreSQL', () => {
    it('run up on a fresh schema with exact money, 64-bit integers and a fills rowid, down to nothing and up again', async () => {
      const { db, pg } = await freshDatabase();
      await migrateToLatest(db);
      const first = await columnsOf(db, pg.schema);
      const types = typesOf(first);

      expect(
        Object.fromEntries(
          [
            'balances.available',
            'orders.quantity',
            'orders.trail_best',
            'fills.fee',
            'fills.net_pnl',
            'positions.open_fees',
            'portfolio_snapshots.total_equity',
            'agent_trade_stats.best_trade',
            'candle_rollups.quote_volume',
            'battle_snapshots.equity',
            'backtest_sessions.roi_pct',
            'orders.created_ms',
            'fills.executed_ms',
            'candles_1m.open_time',
            'candles_1m.trade_count',
            'webhook_deliveries.next_attempt_ms',
            'orders.post_only',
            'backtest_sessions.sharpe_ratio',
            'training_episodes.reward_sum',
          ].map((column) => [column, types.get(column)]),
        ),
      ).toEqual({
        'balances.available': 'numeric(44,8)',
        'orders.quantity': 'numeric(44,8)',
        'orders.trail_best': 'numeric(44,8)',
        'fills.fee': 'numeric(44,8)',
        'fills.net_pnl': 'numeric(44,8)',
        'positions.open_fees': 'numeric(44,8)',
        'portfolio_snapshots.total_equity': 'numeric(44,8)',
        'agent_trade_stats.best_trade': 'numeric(44,8)',
        'candle_rollups.quote_volume': 'numeric(44,8)',
        'battle_snapshots.equity': 'numeric(44,8)',
        // A 2-place percentage as shown, not an amount.
        'backtest_sessions.roi_pct': 'text',
        'orders.created_ms': 'bigint',
        'fills.executed_ms': 'bigint',
        'candles_1m.open_time': 'bigint',
        'candles_1m.trade_count': 'bigint',
        'webhook_deliveries.next_attempt_ms': 'bigint',
        'orders.post_only': 'bigint',
        'backtest_sessions.sharpe_ratio': 'double precision',
        'training_episodes.reward_sum': 'double precision',
      });
      // No 32-bit integer, 4-byte float or floating-point money anywhere.
      expect(first.filter((c) => ['integer', 'smallint', 'real'].includes(c.data_type))).toEqual([]);
      expect(first.find((c) => c.table_name === 'fills' && c.column_name === 'rowid')).toMatchObject({
        data_type: 'bigint',
        is_identity: 'YES',
      });

      const migrator = new Migrator({
        db: migratorView(db, pg.schema),
        provider: { getMigrations: async () => migrations },
        migrationTableSchema: pg.schema,
      });
      const down = await migrator.migrateTo(NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => r.status)).toEqual(Object.keys(migrations).map(() => 'Success'));
      expect(await columnsOf(db, pg.schema)).toEqual([]);

      await migrateToLatest(db);
      expect(await columnsOf(db, pg.schema)).toEqual(first);
    });

    it('hands money back as the 8-place text it was written as, and numbers fills in insertion order', async () => {
      const { db: typed } = await freshDatabase();
      await migrateToLatest(typed);
      const db = typed as unknown as Kysely<any>;
      const at = new Date().toISOString();
      const largest = `${'9'.repeat(36)}.99999999`;
      await db
        .insertInto('accounts')
        .values({ id: 'acc', display_name: 'A', api_secret_hash: 'x', starting_balance: '10000.00000000', created_at: at, updated_at: at })
        .execute();
      await db
        .insertInto('agents')
        .values({ id: 'ag', account_id: 'acc', display_name: 'A', starting_balance: '10000.00000000', created_at: at, updated_at: at })
        .execute();
      await db
        .insertInto('balances')
        .values([
          { agent_id: 'ag', asset: 'USDT', available: largest, locked: '0.00000001', updated_at: at },
          { agent_id: 'ag', asset: 'BTC', available: '-12.34500000', locked: '0.00000000', updated_at: at },
        ])
        .execute();
      const balances = await db.selectFrom('balances').select(['asset', 'available', 'locked']).orderBy('asset').execute();
      expect(balances).toEqual([
        { asset: 'BTC', available: '-12.34500000', locked: '0.00000000' },
        { asset: 'USDT', available: largest, locked: '0.00000001' },
      ]);
      // Equality on a money column compares values, as on SQLite's canonical text.
      expect(await db.selectFrom('balances').select('asset').where('available', '=', '-12.34500000').execute()).toEqual([{ asset: 'BTC' }]);

      await db
        .insertInto('orders')
        .values(['o2', 'o1', 'o3'].map((id, i) => order(id, 1000 + i)))
        .execute();
      for (const id of ['o2', 'o1', 'o3']) await db.insertInto('fills').values(fill(id)).execute();
      const { rows } = await sql<{ order_id: string; rowid: number }>`select order_id, rowid from fills order by rowid`.execute(db);
      expect(rows.map((r) => r.order_id)).toEqual(['o2', 'o1', 'o3']);
      expect(rows.every((r) => typeof r.rowid === 'number')).toBe(true);
    });

    it('is migrated once when several servers start at once on one schema', async () => {
      const pg = await createSchema();
      const servers = [0, 1, 2].map(() => openDatabase(pg.url, { schema: pg.schema, poolSize: 2 }));
      opened.push(...servers);
      await Promise.all(servers.map((db) => migrateToLatest(db)));
      const { rows } = await sql<{ name: string }>`select name from ${sql.id(pg.schema, 'kysely_migration')} order by name`.execute(
        servers[0]!,
      );
      expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
      expect((await columnsOf(servers[0]!, pg.schema)).length).toBeGreaterThan(100);
    });

    it('keeps each schema of one database to its own migrations', async () => {
      const a = await freshDatabase();
      const b = await freshDatabase();
      await migrateToLatest(a.db);
      await migrateToLatest(b.db);
      expect(await columnsOf(b.db, b.pg.schema)).toEqual(await columnsOf(a.db, a.pg.schema));
    });

    it('replays fills stored before them into trade totals and daily counters, and rebuilds the per-agent days going down', async () => {
      const pg = await createSchema();
      const t0 = Date.UTC(2026, 10, 20, 23, 30);
      const { db, raw, migrator } = await databaseAt('20261127040000_order-indexes', new Date(t0).toISOString(), pg);
      opened.push(db);
      await raw
        .insertInto('trading_sessions')
        .values({ id: 's1', agent_id: 'ag', starting_balance: '10000.00000000', status: 'active', started_at: 'x', ended_at: null })
        .execute();
      const fills: Array<[string, 'buy' | 'sell', string, string, string, number]> = [
        // order, side, quantity, fee, realized, time: a buy, a winning sell, a losing sell the next UTC day
        ['o-buy', 'buy', '2.00000000', '1.00000000', '0.00000000', t0],
        ['o-win', 'sell', '1.00000000', '0.50000000', '10.00000000', t0 + 60_000],
        ['o-loss', 'sell', '1.00000000', '0.50000000', '-4.00000000', t0 + 43_200_000],
      ];
      for (const [id, side, quantity, fee, realized, time] of fills) {
        await raw
          .insertInto('orders')
          .values({ ...order(id, time, 'market'), side, quantity, price: null, status: 'filled', session_id: 's1', closed_ms: time })
          .execute();
        await raw
          .insertInto('fills')
          .values({ ...fill(id), side, quantity, fee, realized_pnl: realized, session_id: 's1', executed_ms: time })
          .execute();
      }

      await migrateToLatest(db);
      expect(await raw.selectFrom('fills').select(['order_id', 'net_pnl']).orderBy('executed_ms').execute()).toEqual([
        { order_id: 'o-buy', net_pnl: '0.00000000' },
        { order_id: 'o-win', net_pnl: '9.00000000' },
        { order_id: 'o-loss', net_pnl: '-5.00000000' },
      ]);
      expect(await raw.selectFrom('agent_trade_stats').selectAll().where('scope', '=', 'all').executeTakeFirst()).toMatchObject({
        fills: 3,
        realized_pnl: '6.00000000',
        fees: '2.00000000',
        trades: 2,
        wins: 1,
        losses: 1,
        gross_profit: '9.00000000',
        gross_loss: '-5.00000000',
        best_trade: '9.00000000',
        worst_trade: '-5.00000000',
      });
      expect(await raw.selectFrom('session_daily_pnl').selectAll().orderBy('day').execute()).toEqual([
        { session_id: 's1', day: '2026-11-20', realized_pnl: '10.00000000', fees: '1.50000000' },
        { session_id: 's1', day: '2026-11-21', realized_pnl: '-4.00000000', fees: '0.50000000' },
      ]);

      expect((await migrator.migrateTo('20261202030000_candle-rollups')).error).toBeUndefined();
      expect(await raw.selectFrom('agent_daily_pnl').selectAll().orderBy('day').execute()).toEqual([
        { agent_id: 'ag', day: '2026-11-20', realized_pnl: '10.00000000', fees: '1.50000000' },
        { agent_id: 'ag', day: '2026-11-21', realized_pnl: '-4.00000000', fees: '0.50000000' },
      ]);
    });

    it('keeps orders through the advanced-orders type-check change, and is refused going down while a trailing stop is stored', async () => {
      const pg = await createSchema();
      const at = new Date().toISOString();
      const { db, raw, migrator } = await databaseAt('20261230040000_strategy_tests', at, pg);
      opened.push(db);
      await raw
        .insertInto('orders')
        .values([order('o-limit', 1000), order('o-stop', 1001, 'stop_loss')])
        .execute();
      await raw.insertInto('fills').values(fill('o-limit')).execute();
      await expect(
        raw
          .insertInto('orders')
          .values(order('o-trail', 1002, 'trailing_stop'))
          .execute(),
      ).rejects.toThrow(/orders_type_check/);

      await migrateToLatest(db);
      const kept = await raw.selectFrom('orders').select(['id', 'type', 'quantity', 'time_in_force', 'post_only']).orderBy('id').execute();
      expect(kept).toEqual([
        { id: 'o-limit', type: 'limit', quantity: '0.01000000', time_in_force: 'GTC', post_only: 0 },
        { id: 'o-stop', type: 'stop_loss', quantity: '0.01000000', time_in_force: 'GTC', post_only: 0 },
      ]);
      await raw
        .insertInto('orders')
        .values(order('o-trail', 1002, 'trailing_stop'))
        .execute();

      const refused = await migrator.migrateTo('20261230040000_strategy_tests');
      expect(String(refused.error)).toMatch(/trailing stops are stored/);
      await raw.deleteFrom('orders').where('id', '=', 'o-trail').execute();
      const down = await migrator.migrateTo('20261230040000_strategy_tests');
      expect(down.error).toBeUndefined();
      await expect(
        raw
          .insertInto('orders')
          .values(order('o-trail', 1003, 'trailing_stop'))
          .execute(),
      ).rejects.toThrow(/orders_type_check/);
      expect(await raw.selectFrom('fills').select('order_id').execute()).toEqual([{ order_id: 'o-limit' }]);
    });
  });
}

function order(id: string, createdMs: number, type = 'limit'): Record<string, unknown> {
  return {
    id,
    agent_id: 'ag',
    session_id: 's1',
    client_order_id: null,
    symbol: 'BTCUSDT',
    base_asset: 'BTC',
    quote_asset: 'USDT',
    side: 'buy',
    type,
    status: 'pending',
    quantity: '0.01000000',
    price: '59000.00000000',
    locked_asset: 'USDT',
    locked_amount: '590.59000000',
    cancel_reason: null,
    created_ms: createdMs,
    closed_ms: null,
  };
}

function fill(orderId: string): Record<string, unknown> {
  return {
    id: `f-${orderId}`,
    order_id: orderId,
    agent_id: 'ag',
    session_id: 's1',
    symbol: 'BTCUSDT',
    side: 'buy',
    quantity: '0.01000000',
    price: '59000.00000000',
    reference_price: '59000.00000000',
    slippage_pct: '0.00000000',
    gross: '590.00000000',
    fee: '0.59000000',
    realized_pnl: '0.00000000',
    executed_ms: 2000,
  };
}
