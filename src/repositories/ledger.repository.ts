// The statements of the order path — placing, filling, cancelling — as synchronous queries
// (see db/sync-query.ts): written with Kysely, compiled once, run on prepared statements.
// Callers must hold the connection: inside WriteBatcher work or a Kysely transaction.
import type SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { ADVANCED_COLUMNS, type Balance, type FillRow, type OrderRow, type PositionRow, type TradingSession } from '../db/schema.js';
import { syncQuery, columnsOf } from '../db/sync-query.js';

type H = SQLite.Database;

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

const insertOrderQuery = syncQuery(ORDER_COLUMNS, (db, p) => db.insertInto('orders').values(columnsOf(ORDER_COLUMNS, p) as OrderRow));

export function insertOrder(h: H, row: OrderRow): void {
  insertOrderQuery.run(h, row);
}

const closeOrderQuery = syncQuery(['id', 'status', 'closedMs', 'cancelReason'], (db, p) =>
  db
    .updateTable('orders')
    .set({ status: p.status, closed_ms: p.closedMs, cancel_reason: p.cancelReason, locked_amount: '0.00000000' })
    .where('id', '=', p.id),
);

export function closeOrder(h: H, id: string, status: OrderRow['status'], closedMs: number, cancelReason: OrderRow['cancel_reason']): void {
  closeOrderQuery.run(h, { id, status, closedMs, cancelReason });
}

const updateTrailQuery = syncQuery(['id', 'price', 'trailBest'], (db, p) =>
  db.updateTable('orders').set({ price: p.price, trail_best: p.trailBest }).where('id', '=', p.id).where('status', '=', sql.lit('pending')),
);

/**
 * Stores a pending trailing stop's best price and trigger (the matcher writes them behind the
 * ticks; a closed order keeps what it closed with).
 */
export function updateTrail(h: H, id: string, price: string | null, trailBest: string | null): void {
  updateTrailQuery.run(h, { id, price, trailBest });
}

const updateTrailClosedQuery = syncQuery(['id', 'price', 'trailBest'], (db, p) =>
  db.updateTable('orders').set({ price: p.price, trail_best: p.trailBest }).where('id', '=', p.id),
);

/** Stores the trigger and best price a trailing stop closed with (in the transaction that closes it). */
export function updateTrailClosed(h: H, id: string, price: string | null, trailBest: string | null): void {
  updateTrailClosedQuery.run(h, { id, price, trailBest });
}

const findGroupQuery = syncQuery(['groupId'], (db, p) =>
  db.selectFrom('orders').selectAll().where('group_id', '=', p.groupId).orderBy('created_ms').orderBy('id'),
);

/** Every order of an OCO group (any status), oldest first. */
export function findGroupOrders(h: H, groupId: string): OrderRow[] {
  return findGroupQuery.all(h, { groupId });
}

const findOrderQuery = syncQuery(['id'], (db, p) => db.selectFrom('orders').selectAll().where('id', '=', p.id));

export function findOrderById(h: H, id: string): OrderRow | undefined {
  return findOrderQuery.get(h, { id });
}

const findAgentOrderQuery = syncQuery(['id', 'agentId'], (db, p) =>
  db.selectFrom('orders').selectAll().where('id', '=', p.id).where('agent_id', '=', p.agentId),
);

export function findAgentOrder(h: H, agentId: string, id: string): OrderRow | undefined {
  return findAgentOrderQuery.get(h, { id, agentId });
}

const findOrderByClientIdQuery = syncQuery(['agentId', 'clientOrderId'], (db, p) =>
  db.selectFrom('orders').selectAll().where('agent_id', '=', p.agentId).where('client_order_id', '=', p.clientOrderId),
);

export function findOrderByClientId(h: H, agentId: string, clientOrderId: string): OrderRow | undefined {
  return findOrderByClientIdQuery.get(h, { agentId, clientOrderId });
}

// The status is a literal so SQLite can use the partial index of pending orders.
const pendingOrdersQuery = syncQuery(['agentId'], (db, p) =>
  db
    .selectFrom('orders')
    .selectAll()
    .where('agent_id', '=', p.agentId)
    .where('status', '=', sql.lit('pending'))
    .orderBy('created_ms', 'desc')
    .orderBy('id', 'desc'),
);

/** The agent's pending orders, newest first. */
export function findPendingOrders(h: H, agentId: string): OrderRow[] {
  return pendingOrdersQuery.all(h, { agentId });
}

const countPendingQuery = syncQuery(['agentId'], (db, p) =>
  db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agent_id', '=', p.agentId)
    .where('status', '=', sql.lit('pending')),
);

export function countPendingOrders(h: H, agentId: string): number {
  return Number(countPendingQuery.get(h, { agentId })?.n ?? 0);
}

const orderTimesQuery = syncQuery(['agentId', 'afterMs'], (db, p) =>
  db.selectFrom('orders').select('created_ms').where('agent_id', '=', p.agentId).where('created_ms', '>', p.afterMs).orderBy('created_ms'),
);

/** Creation times of the agent's orders after `afterMs`, oldest first. */
export function findOrderTimesSince(h: H, agentId: string, afterMs: number): number[] {
  return orderTimesQuery.all(h, { agentId, afterMs }).map((r) => Number(r.created_ms));
}

// --- fills -------------------------------------------------------------------------------------

const insertFillQuery = syncQuery(FILL_COLUMNS, (db, p) => db.insertInto('fills').values(columnsOf(FILL_COLUMNS, p) as FillRow));

export function insertFill(h: H, row: FillRow): void {
  insertFillQuery.run(h, row);
}

const findFillByOrderQuery = syncQuery(['orderId'], (db, p) => db.selectFrom('fills').selectAll().where('order_id', '=', p.orderId));

export function findFillByOrder(h: H, orderId: string): FillRow | undefined {
  return findFillByOrderQuery.get(h, { orderId });
}

// --- wallet, position, session, daily totals ---------------------------------------------------

const findBalancesQuery = syncQuery(['agentId'], (db, p) =>
  db.selectFrom('balances').selectAll().where('agent_id', '=', p.agentId).orderBy('asset'),
);

export function findBalances(h: H, agentId: string): Balance[] {
  return findBalancesQuery.all(h, { agentId });
}

const upsertBalanceQuery = syncQuery(['agentId', 'asset', 'available', 'locked', 'updatedAt'], (db, p) =>
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

export function upsertBalance(h: H, agentId: string, asset: string, available: string, locked: string, updatedAt: string): void {
  upsertBalanceQuery.run(h, { agentId, asset, available, locked, updatedAt });
}

const findPositionQuery = syncQuery(['agentId', 'symbol'], (db, p) =>
  db.selectFrom('positions').selectAll().where('agent_id', '=', p.agentId).where('symbol', '=', p.symbol),
);

export function findPosition(h: H, agentId: string, symbol: string): PositionRow | undefined {
  return findPositionQuery.get(h, { agentId, symbol });
}

const upsertPositionQuery = syncQuery(POSITION_COLUMNS, (db, p) =>
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

export function upsertPosition(h: H, row: PositionRow): void {
  upsertPositionQuery.run(h, row);
}

const findActiveSessionQuery = syncQuery(['agentId'], (db, p) =>
  db
    .selectFrom('trading_sessions')
    .selectAll()
    .where('agent_id', '=', p.agentId)
    .where('status', '=', 'active')
    .orderBy('started_at', 'desc'),
);

export function findActiveSession(h: H, agentId: string): TradingSession | undefined {
  return findActiveSessionQuery.get(h, { agentId });
}

const findSessionDailyPnlQuery = syncQuery(['sessionId', 'day'], (db, p) =>
  db.selectFrom('session_daily_pnl').select(['realized_pnl', 'fees']).where('session_id', '=', p.sessionId).where('day', '=', p.day),
);

/** The session's realized PnL and fees of one UTC day (the daily-loss breaker's counter). */
export function findSessionDailyPnl(h: H, sessionId: string, day: string): { realized_pnl: string; fees: string } | undefined {
  return findSessionDailyPnlQuery.get(h, { sessionId, day });
}

const upsertSessionDailyPnlQuery = syncQuery(['sessionId', 'day', 'realizedPnl', 'fees'], (db, p) =>
  db
    .insertInto('session_daily_pnl')
    .values({ session_id: p.sessionId, day: p.day, realized_pnl: p.realizedPnl, fees: p.fees })
    .onConflict((oc) =>
      oc
        .columns(['session_id', 'day'])
        .doUpdateSet((eb) => ({ realized_pnl: eb.ref('excluded.realized_pnl'), fees: eb.ref('excluded.fees') })),
    ),
);

export function upsertSessionDailyPnl(h: H, sessionId: string, day: string, realizedPnl: string, fees: string): void {
  upsertSessionDailyPnlQuery.run(h, { sessionId, day, realizedPnl, fees });
}

// --- idempotency -------------------------------------------------------------------------------

const findIdempotencyKeyQuery = syncQuery(['agentId', 'key'], (db, p) =>
  db.selectFrom('idempotency_keys').selectAll().where('agent_id', '=', p.agentId).where('key', '=', p.key),
);

export function findIdempotencyKey(h: H, agentId: string, key: string): { request_hash: string; order_id: string } | undefined {
  return findIdempotencyKeyQuery.get(h, { agentId, key });
}

const insertIdempotencyKeyQuery = syncQuery(['agentId', 'key', 'requestHash', 'orderId', 'createdMs'], (db, p) =>
  db
    .insertInto('idempotency_keys')
    .values({ agent_id: p.agentId, key: p.key, request_hash: p.requestHash, order_id: p.orderId, created_ms: p.createdMs }),
);

export function insertIdempotencyKey(h: H, agentId: string, key: string, requestHash: string, orderId: string, createdMs: number): void {
  insertIdempotencyKeyQuery.run(h, { agentId, key, requestHash, orderId, createdMs });
}
