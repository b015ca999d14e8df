// The advanced-orders migration rebuilds `orders` (SQLite cannot change its type CHECK in place).
// Orders stored before it, and the fills that reference them with ON DELETE CASCADE, must come
// through the rebuild untouched, with the new columns at their defaults and foreign keys on again.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, rawHandleOf } from '../../src/db/connection.js';
import { databaseAt } from '../support/migration-db.js';

const T0 = Date.UTC(2026, 11, 20, 10);
const at = new Date(T0).toISOString();
const BEFORE = '20261230040000_strategy_tests';

function order(id: string, status: 'pending' | 'filled', type: string) {
  return {
    id,
    agent_id: 'ag',
    session_id: 's1',
    client_order_id: status === 'pending' ? `c-${id}` : null,
    symbol: 'BTCUSDT',
    base_asset: 'BTC',
    quote_asset: 'USDT',
    side: 'buy',
    type,
    status,
    quantity: '0.01000000',
    price: type === 'market' ? null : '59000.00000000',
    locked_asset: status === 'pending' ? 'USDT' : null,
    locked_amount: status === 'pending' ? '590.59000000' : '0.00000000',
    cancel_reason: null,
    created_ms: T0,
    closed_ms: status === 'filled' ? T0 + 1 : null,
  };
}

describe('migration 20270101010000_advanced-orders', () => {
  it('keeps orders and their fills through the rebuild and allows trailing stops afterwards', async () => {
    const { db, raw, migrator } = await databaseAt(BEFORE, at);
    const h = rawHandleOf(db);
    const pending = order('o-pending', 'pending', 'limit');
    const filled = order('o-filled', 'filled', 'market');
    const stop = order('o-stop', 'pending', 'stop_loss');
    await raw.insertInto('orders').values([pending, filled, stop]).execute();
    await raw
      .insertInto('fills')
      .values({
        id: 'f1',
        order_id: 'o-filled',
        agent_id: 'ag',
        session_id: 's1',
        symbol: 'BTCUSDT',
        side: 'buy',
        quantity: '0.01000000',
        price: '60006.00000000',
        reference_price: '60000.00000000',
        slippage_pct: '0.01000000',
        gross: '600.06000000',
        fee: '0.60006000',
        realized_pnl: '0.00000000',
        executed_ms: T0 + 1,
      })
      .execute();
    // The old CHECK refuses a trailing stop: the migration is what allows it.
    await expect(
      raw
        .insertInto('orders')
        .values(order('o-early-trail', 'pending', 'trailing_stop'))
        .execute(),
    ).rejects.toThrow(/CHECK/);
    expect(h.pragma('foreign_keys', { simple: true })).toBe(1);

    await migrateToLatest(db);

    expect(h.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(h.pragma('foreign_key_check')).toEqual([]);
    const rows = await raw.selectFrom('orders').selectAll().orderBy('id').execute();
    expect(rows).toEqual(
      [filled, pending, stop].map((o) => ({
        ...o,
        time_in_force: 'GTC',
        expire_ms: null,
        post_only: 0,
        group_id: null,
        parent_order_id: null,
        trail_percent: null,
        trail_amount: null,
        activation_price: null,
        trail_best: null,
        bracket: null,
      })),
    );
    // The rebuild dropped the old table with foreign keys off: the fill is still there.
    expect(await raw.selectFrom('fills').select(['id', 'order_id', 'gross']).execute()).toEqual([
      { id: 'f1', order_id: 'o-filled', gross: '600.06000000' },
    ]);
    // backtest_orders gained the same columns, with the same defaults.
    const backtestColumns = (
      h.pragma('table_info(backtest_orders)') as Array<{ name: string; dflt_value: string | null; notnull: number }>
    ).filter((c) => ['time_in_force', 'post_only', 'trail_best', 'bracket', 'group_id'].includes(c.name));
    expect(backtestColumns.map((c) => [c.name, c.dflt_value, c.notnull]).sort()).toEqual(
      [
        ['bracket', null, 0],
        ['group_id', null, 0],
        ['post_only', '0', 1],
        ['time_in_force', "'GTC'", 1],
        ['trail_best', null, 0],
      ].sort(),
    );

    const { rows: indexes } = await sql<{
      name: string;
    }>`select name from sqlite_schema where type = 'index' and tbl_name = 'orders' and sql is not null order by name`.execute(raw);
    expect(indexes.map((i) => i.name)).toEqual([
      'orders_agent_created_idx',
      'orders_client_id_idx',
      'orders_expire_idx',
      'orders_group_idx',
      'orders_pending_idx',
    ]);
    // The client-order-id index survived the rebuild with its uniqueness.
    await expect(
      raw
        .insertInto('orders')
        .values({ ...order('o-dup', 'pending', 'limit'), client_order_id: 'c-o-pending' })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);

    // Foreign keys are enforced again: an order of an unknown agent is refused.
    await expect(
      raw
        .insertInto('orders')
        .values({ ...order('o-orphan', 'pending', 'limit'), agent_id: 'nobody' })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    // A trailing stop can now be stored; an unknown type is still refused.
    await raw
      .insertInto('orders')
      .values({
        ...order('o-trail', 'pending', 'trailing_stop'),
        price: null,
        trail_amount: '1000.00000000',
        side: 'sell',
        locked_asset: 'BTC',
      })
      .execute();
    expect((await raw.selectFrom('orders').select('type').where('id', '=', 'o-trail').executeTakeFirstOrThrow()).type).toBe(
      'trailing_stop',
    );
    await expect(
      raw
        .insertInto('orders')
        .values(order('o-odd', 'pending', 'iceberg'))
        .execute(),
    ).rejects.toThrow(/CHECK/);

    // Back down, once no trailing stop is left (foreign keys off around it, as migrateToLatest does).
    await raw.deleteFrom('orders').where('id', '=', 'o-trail').execute();
    h.pragma('foreign_keys = OFF');
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    h.pragma('foreign_keys = ON');
    expect(h.pragma('foreign_key_check')).toEqual([]);
    expect(await raw.selectFrom('fills').select('id').execute()).toEqual([{ id: 'f1' }]);
    expect(await raw.selectFrom('orders').select('id').orderBy('id').execute()).toEqual([
      { id: 'o-filled' },
      { id: 'o-pending' },
      { id: 'o-stop' },
    ]);
    await db.destroy();
  });

  it('refuses to go back down while a trailing stop is stored, leaving the schema as it was', async () => {
    const { db, raw, migrator } = await databaseAt(BEFORE, at);
    await migrateToLatest(db);
    await raw
      .insertInto('orders')
      .values({
        ...order('o-trail', 'pending', 'trailing_stop'),
        price: null,
        trail_amount: '1000.00000000',
        side: 'sell',
        locked_asset: 'BTC',
      })
      .execute();
    const schema = async () =>
      (
        await sql<{
          name: string;
          sql: string | null;
        }>`select name, sql from sqlite_schema where tbl_name like 'orders%' order by name`.execute(raw)
      ).rows;
    const before = await schema();

    expect((await migrator.migrateTo(BEFORE)).error).toBeDefined();
    // SQLite migrations do not run in a transaction (Kysely: no transactional DDL), so a down that
    // fails half-way must not have changed anything before it fails.
    expect(await schema()).toEqual(before);
    expect(await raw.selectFrom('orders').select(['id', 'type', 'trail_amount']).execute()).toEqual([
      { id: 'o-trail', type: 'trailing_stop', trail_amount: '1000.00000000' },
    ]);
    await db.destroy();
  });
});
