// The statements of the order path — placing, filling, cancelling — (see db/statement.ts): written
// with Kysely, compiled once per dialect, run on prepared statements.
// Callers run them through a Tx of the store (src/db/store.ts).
import type { Tx } from '../db/store.js';
import { sql } from 'kysely';
import { ADVANCED_COLUMNS, type Balance, type FillRow, type OrderRow, type PositionRow, type TradingSession } from '../db/schema.js';
import { statement, columnsOf } from '../db/statement.js';

const ORDER_COLUMNS = [
  'id',
  'agent_id',
  'session_id',
  'client_order_id',
  'symbol',
  'base_asset',
  'quote_asset',
  'side',
  'type',
  'status',
  'quantity',
  'price',
  'locked_asset',
  'locked_amount',
  'cancel_reason',
  'created_ms',
  'closed_ms',
  ...ADVANCED_COLUMNS,
] as const satisfies ReadonlyArray<keyof OrderRow>;

const FILL_COLUMNS = [
  'id',
  'order_id',
  'agent_id',
  'session_id',
  'symbol',
  'side',
  'quantity',
  'price',
  'reference_price',
  'slippage_pct',
  'gross',
  'fee',
  'realized_pnl',
  'net_pnl',
  'executed_ms',
] as const satisfies ReadonlyArray<keyof FillRow>;

const POSITION_COLUMNS = [
  'agent_id',
  'symbol',
  'quantity',
  'cost',
  'realized_pnl',
  'open_fees',
  'last_price',
  'opened_ms',
  'updated_ms',
] as const satisfies ReadonlyArray<keyof PositionRow>;

/** `{ column: placeholder }` for every column, for an insert of a whole row. */

// --- orders ------------------------------------------------------------------------------------

const insertOrderQuery = statement(ORDER_COLUMNS, (db, p) => db.insertInto('orders').values(columnsOf(ORDER_COLUMNS, p) as OrderRow));

export async function insertOrder(tx: Tx, row: OrderRow): Promise<void> {
  await insertOrderQuery.run(tx, row);
}

const closeOrderQuery = statement(['id', 'status', 'closedMs', 'cancelReason'], (db, p) =>
  db
    .updateTable('orders')
    .set({ status: p.status, closed_ms: p.closedMs, cancel_reason: p.cancelReason, locked_amount: '0.00000000' })
    .where('id', '=', p.id),
);

export async function closeOrder(
  tx: Tx,
  id: string,
  status: OrderRow['status'],
  closedMs: number,
  cancelReason: OrderRow['cancel_reason'],
): Promise<void> {
  await closeOrderQuery.run(tx, { id, status, closedMs, cancelReason });
}

const updateTrailQuery = statement(['id', 'price', 'trailBest'], (db, p) =>
  db.updateTable('orders').set({ price: p.price, trail_best: p.trailBest }).where('id', '=', p.id).where('status', '=', sql.lit('pending')),
);

/**
 * Stores a pending trailing stop's best price and trigger (the matcher writes them behind the
 * ticks; a closed order keeps what it closed with).
 */
export async function updateTrail(tx: Tx, id: string, price: string | null, trailBest: string | null): Promise<void> {
  await updateTrailQuery.run(tx, { id, price, trailBest });
}

const updateTrailClosedQuery = statement(['id', 'price', 'trailBest'], (db, p) =>
  db.updateTable('orders').set({ price: p.price, trail_best: p.trailBest }).where('id', '=', p.id),
);

/** Stores the trigger and best price a trailing stop closed with (in the transaction that closes it). */
export async function updateTrailClosed(tx: Tx, id: string, price: string | null, trailBest: string | null): Promise<void> {
  await updateTrailClosedQuery.run(tx, { id, price, trailBest });
}

const findGroupQuery = statement(['groupId'], (db, p) =>
  db.selectFrom('orders').selectAll().where('group_id', '=', p.groupId).orderBy('created_ms').orderBy('id'),
);

/** Every order of an OCO group (any status), oldest first. */
export async function findGroupOrders(tx: Tx, groupId: string): Promise<OrderRow[]> {
  return findGroupQuery.all(tx, { groupId });
}

const findOrderQuery = statement(['id'], (db, p) => db.selectFrom('orders').selectAll().where('id', '=', p.id));

export async function findOrderById(tx: Tx, id: string): Promise<OrderRow | undefined> {
  return findOrderQuery.get(tx, { id });
}

const findAgentOrderQuery = statement(['id', 'agentId'], (db, p) =>
  db.selectFrom('orders').selectAll().where('id', '=', p.id).where('agent_id', '=', p.agentId),
);

export async function findAgentOrder(tx: Tx, agentId: string, id: string): Promise<OrderRow | undefined> {
  return findAgentOrderQuery.get(tx, { id, agentId });
}

const findOrderByClientIdQuery = statement(['agentId', 'clientOrderId'], (db, p) =>
  db.selectFrom('orders').selectAll().where('agent_id', '=', p.agentId).where('client_order_id', '=', p.clientOrderId),
);

export async function findOrderByClientId(tx: Tx, agentId: string, clientOrderId: string): Promise<OrderRow | undefined> {
  return findOrderByClientIdQuery.get(tx, { agentId, clientOrderId });
}

// The status is a literal so SQLite can use the partial index of pending orders.
const pendingOrdersQuery = statement(['agentId'], (db, p) =>
  db
    .selectFrom('orders')
    .selectAll()
    .where('agent_id', '=', p.agentId)
    .where('status', '=', sql.lit('pending'))
    .orderBy('created_ms', 'desc')
    .orderBy('id', 'desc'),
);

/** The agent's pending orders, newest first. */
export async function findPendingOrders(tx: Tx, agentId: string): Promise<OrderRow[]> {
  return pendingOrdersQuery.all(tx, { agentId });
}

const countPendingQuery = statement(['agentId'], (db, p) =>
  db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agent_id', '=', p.agentId)
    .where('status', '=', sql.lit('pending')),
);

export async function countPendingOrders(tx: Tx, agentId: string): Promise<number> {
  return Number((await countPendingQuery.get(tx, { agentId }))?.n ?? 0);
}

const orderTimesQuery = statement(['agentId', 'afterMs'], (db, p) =>
  db.selectFrom('orders').select('created_ms').where('agent_id', '=', p.agentId).where('created_ms', '>', p.afterMs).orderBy('created_ms'),
);

/** Creation times of the agent's orders after `afterMs`, oldest first. */
export async function findOrderTimesSince(tx: Tx, agentId: string, afterMs: number): Promise<number[]> {
  return (await orderTimesQuery.all(tx, { agentId, afterMs })).map((r) => Number(r.created_ms));
}

// --- fills -------------------------------------------------------------------------------------

const insertFillQuery = statement(FILL_COLUMNS, (db, p) => db.insertInto('fills').values(columnsOf(FILL_COLUMNS, p) as FillRow));

export async function insertFill(tx: Tx, row: FillRow): Promise<void> {
  await insertFillQuery.run(tx, row);
}

const findFillByOrderQuery = statement(['orderId'], (db, p) => db.selectFrom('fills').selectAll().where('order_id', '=', p.orderId));

export async function findFillByOrder(tx: Tx, orderId: string): Promise<FillRow | undefined> {
  return findFillByOrderQuery.get(tx, { orderId });
}

// --- wallet, position, session, daily totals ---------------------------------------------------

const findBalancesQuery = statement(['agentId'], (db, p) =>
  db.selectFrom('balances').selectAll().where('agent_id', '=', p.agentId).orderBy('asset'),
);

export async function findBalances(tx: Tx, agentId: string): Promise<Balance[]> {
  return findBalancesQuery.all(tx, { agentId });
}

const upsertBalanceQuery = statement(['agentId', 'asset', 'available', 'locked', 'updatedAt'], (db, p) =>
  db
    .insertInto('balances')
    .values({ agent_id: p.agentId, asset: p.asset, available: p.available, locked: p.locked, updated_at: p.updatedAt })
    .onConflict((oc) =>
      oc.columns(['agent_id', 'asset']).doUpdateSet((eb) => ({
        available: eb.ref('excluded.available'),
        locked: eb.ref('excluded.locked'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    ),
);

export async function upsertBalance(
  tx: Tx,
  agentId: string,
  asset: string,
  available: string,
  locked: string,
  updatedAt: string,
): Promise<void> {
  await upsertBalanceQuery.run(tx, { agentId, asset, available, locked, updatedAt });
}

const findPositionQuery = statement(['agentId', 'symbol'], (db, p) =>
  db.selectFrom('positions').selectAll().where('agent_id', '=', p.agentId).where('symbol', '=', p.symbol),
);

export async function findPosition(tx: Tx, agentId: string, symbol: string): Promise<PositionRow | undefined> {
  return findPositionQuery.get(tx, { agentId, symbol });
}

const upsertPositionQuery = statement(POSITION_COLUMNS, (db, p) =>
  db
    .insertInto('positions')
    .values(columnsOf(POSITION_COLUMNS, p) as PositionRow)
    .onConflict((oc) =>
      oc.columns(['agent_id', 'symbol']).doUpdateSet((eb) => ({
        quantity: eb.ref('excluded.quantity'),
        cost: eb.ref('excluded.cost'),
        realized_pnl: eb.ref('excluded.realized_pnl'),
        open_fees: eb.ref('excluded.open_fees'),
        last_price: eb.ref('excluded.last_price'),
        opened_ms: eb.ref('excluded.opened_ms'),
        updated_ms: eb.ref('excluded.updated_ms'),
      })),
    ),
);

export async function upsertPosition(tx: Tx, row: PositionRow): Promise<void> {
  await upsertPositionQuery.run(tx, row);
}

const findActiveSessionQuery = statement(['agentId'], (db, p) =>
  db
    .selectFrom('trading_sessions')
    .selectAll()
    .where('agent_id', '=', p.agentId)
    .where('status', '=', 'active')
    .orderBy('started_at', 'desc'),
);

export async function findActiveSession(tx: Tx, agentId: string): Promise<TradingSession | undefined> {
  return findActiveSessionQuery.get(tx, { agentId });
}

const findSessionDailyPnlQuery = statement(['sessionId', 'day'], (db, p) =>
  db.selectFrom('session_daily_pnl').select(['realized_pnl', 'fees']).where('session_id', '=', p.sessionId).where('day', '=', p.day),
);

/** The session's realized PnL and fees of one UTC day (the daily-loss breaker's counter). */
export async function findSessionDailyPnl(
  tx: Tx,
  sessionId: string,
  day: string,
): Promise<{ realized_pnl: string; fees: string } | undefined> {
  return findSessionDailyPnlQuery.get(tx, { sessionId, day });
}

const upsertSessionDailyPnlQuery = statement(['sessionId', 'day', 'realizedPnl', 'fees'], (db, p) =>
  db
    .insertInto('session_daily_pnl')
    .values({ session_id: p.sessionId, day: p.day, realized_pnl: p.realizedPnl, fees: p.fees })
    .onConflict((oc) =>
      oc
        .columns(['session_id', 'day'])
        .doUpdateSet((eb) => ({ realized_pnl: eb.ref('excluded.realized_pnl'), fees: eb.ref('excluded.fees') })),
    ),
);

export async function upsertSessionDailyPnl(tx: Tx, sessionId: string, day: string, realizedPnl: string, fees: string): Promise<void> {
  await upsertSessionDailyPnlQuery.run(tx, { sessionId, day, realizedPnl, fees });
}

// --- idempotency -------------------------------------------------------------------------------

const findIdempotencyKeyQuery = statement(['agentId', 'key'], (db, p) =>
  db.selectFrom('idempotency_keys').selectAll().where('agent_id', '=', p.agentId).where('key', '=', p.key),
);

export async function findIdempotencyKey(
  tx: Tx,
  agentId: string,
  key: string,
): Promise<{ request_hash: string; order_id: string } | undefined> {
  return findIdempotencyKeyQuery.get(tx, { agentId, key });
}

const insertIdempotencyKeyQuery = statement(['agentId', 'key', 'requestHash', 'orderId', 'createdMs'], (db, p) =>
  db
    .insertInto('idempotency_keys')
    .values({ agent_id: p.agentId, key: p.key, request_hash: p.requestHash, order_id: p.orderId, created_ms: p.createdMs }),
);

export async function insertIdempotencyKey(
  tx: Tx,
  agentId: string,
  key: string,
  requestHash: string,
  orderId: string,
  createdMs: number,
): Promise<void> {
  await insertIdempotencyKeyQuery.run(tx, { agentId, key, requestHash, orderId, createdMs });
}
