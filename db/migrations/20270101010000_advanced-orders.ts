// Advanced orders (time in force, post-only, trailing stops, OCO groups, brackets) on live and
// backtest orders. SQLite cannot change a CHECK constraint in place, so `orders` is rebuilt with
// `trailing_stop` allowed — the documented 12-step rebuild: new table, copy, drop, rename, indexes
// re-created from their stored SQL. migrateToLatest runs migrations with foreign keys off and
// checks them (foreign_key_check) before turning them back on, so dropping the old table neither
// cascades into fills nor leaves a dangling reference. PostgreSQL replaces the constraint in place.
import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres, type ColumnTypes } from '../column-types.js';

const TYPES_BEFORE = "type in ('market', 'limit', 'stop_loss', 'take_profit')";
const TYPES_AFTER = "type in ('market', 'limit', 'stop_loss', 'take_profit', 'trailing_stop')";

async function addOrderColumns(db: Kysely<any>, table: string): Promise<void> {
  const t = columnTypes(db);
  const columns: Array<[string, 'text' | 'bigint' | ColumnTypes['int'] | ColumnTypes['money'], boolean, string | number | undefined]> = [
    ['time_in_force', 'text', true, 'GTC'],
    ['expire_ms', 'bigint', false, undefined],
    ['post_only', t.int, true, 0],
    ['group_id', 'text', false, undefined],
    ['parent_order_id', 'text', false, undefined],
    ['trail_percent', t.money, false, undefined],
    ['trail_amount', t.money, false, undefined],
    ['activation_price', t.money, false, undefined],
    ['trail_best', t.money, false, undefined],
    ['bracket', 'text', false, undefined],
  ];
  for (const [name, type, notNull, fallback] of columns) {
    await db.schema
      .alterTable(table)
      .addColumn(name, type, (c) => {
        const withDefault = fallback === undefined ? c : c.defaultTo(fallback);
        return notNull ? withDefault.notNull() : withDefault;
      })
      .execute();
  }
}

const NEW_COLUMNS = [
  'time_in_force',
  'expire_ms',
  'post_only',
  'group_id',
  'parent_order_id',
  'trail_percent',
  'trail_amount',
  'activation_price',
  'trail_best',
  'bracket',
];

/** Rebuilds `orders` with its type check changed from `from` to `to`, keeping rows and indexes. */
async function rebuildOrders(db: Kysely<any>, from: string, to: string): Promise<void> {
  // With foreign keys on, dropping the old table would delete every fill with its order.
  const { rows: fk } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  const { rows: fills } = await sql<{ one: number }>`select 1 as one from fills limit 1`.execute(db);
  if (Number(fk[0]?.foreign_keys) === 1 && fills.length > 0) {
    throw new Error('rebuilding orders needs foreign keys off (migrateToLatest turns them off)');
  }
  const { rows: tables } = await sql<{ sql: string }>`select sql from sqlite_schema where type = 'table' and name = 'orders'`.execute(db);
  const tableSql = tables[0]?.sql;
  if (!tableSql?.includes(from)) throw new Error('orders table has an unexpected type check');
  const { rows: indexes } = await sql<{
    sql: string;
  }>`select sql from sqlite_schema where type = 'index' and tbl_name = 'orders' and sql is not null`.execute(db);
  const rebuilt = tableSql.replace(from, to).replace(/^CREATE TABLE "?orders"?/i, 'CREATE TABLE "orders_next"');
  await sql.raw(rebuilt).execute(db);
  await sql`insert into orders_next select * from orders`.execute(db);
  await sql`drop table orders`.execute(db);
  await sql`alter table orders_next rename to orders`.execute(db);
  for (const index of indexes) await sql.raw(index.sql).execute(db);
}

/** Changes the type check of `orders` from `from` to `to`. */
async function changeTypeCheck(db: Kysely<any>, from: string, to: string): Promise<void> {
  if (!isPostgres(db)) return rebuildOrders(db, from, to);
  await sql`alter table orders drop constraint orders_type_check, add constraint orders_type_check check (${sql.raw(to)})`.execute(db);
}

/**
 * Runs `steps` in a transaction of their own. PostgreSQL's DDL is transactional, so the migrator
 * already runs every migration in its transaction there (and a transaction cannot be nested).
 */
async function atomically(db: Kysely<any>, steps: (trx: Kysely<any>) => Promise<void>): Promise<void> {
  if (isPostgres(db)) return steps(db);
  await db.transaction().execute(steps);
}

// SQLite migrations do not run in a transaction of Kysely's (no transactional DDL is assumed), so
// each direction runs in its own: a failure half-way leaves the schema as it was.
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (trx) => {
    await addOrderColumns(trx, 'orders');
    await addOrderColumns(trx, 'backtest_orders');
    await changeTypeCheck(trx, TYPES_BEFORE, TYPES_AFTER);
    await trx.schema.createIndex('orders_group_idx').on('orders').column('group_id').where(sql.ref('group_id'), 'is not', null).execute();
    await trx.schema
      .createIndex('orders_expire_idx')
      .on('orders')
      .column('expire_ms')
      .where(sql.ref('status'), '=', sql.lit('pending'))
      .execute();
  });
}

/** Refused while any trailing stop is stored: it has no earlier form. */
export async function down(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from orders where type = 'trailing_stop'`.execute(db);
  if (Number(rows[0]?.n ?? 0) > 0) throw new Error('trailing stops are stored: the advanced-orders migration cannot be undone');
  await atomically(db, async (trx) => {
    await trx.schema.dropIndex('orders_expire_idx').execute();
    await trx.schema.dropIndex('orders_group_idx').execute();
    await changeTypeCheck(trx, TYPES_AFTER, TYPES_BEFORE);
    for (const table of ['orders', 'backtest_orders']) {
      for (const column of NEW_COLUMNS) await trx.schema.alterTable(table).dropColumn(column).execute();
    }
  });
}
