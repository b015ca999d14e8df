import type { Kysely } from 'kysely';
import type { Database, FillRow, OrderRow, OrdersTable, PositionRow } from '../db/schema.js';
import type { Insertable } from 'kysely';

type Q = Kysely<Database>;

export async function insertOrder(db: Q, order: Insertable<OrdersTable>): Promise<void> {
  await db.insertInto('orders').values(order).execute();
}

export async function closeOrder(
  db: Q,
  orderId: string,
  status: OrderRow['status'],
  closedMs: number,
  cancelReason: OrderRow['cancel_reason'],
): Promise<void> {
  await db
    .updateTable('orders')
    .set({ status, closed_ms: closedMs, cancel_reason: cancelReason, locked_amount: '0.00000000' })
    .where('id', '=', orderId)
    .execute();
}

export async function findAgentOrder(db: Q, agentId: string, orderId: string): Promise<OrderRow | undefined> {
  return db.selectFrom('orders').selectAll().where('id', '=', orderId).where('agent_id', '=', agentId).executeTakeFirst();
}

export async function findOrderById(db: Q, orderId: string): Promise<OrderRow | undefined> {
  return db.selectFrom('orders').selectAll().where('id', '=', orderId).executeTakeFirst();
}

export async function findOrderByClientId(db: Q, agentId: string, clientOrderId: string): Promise<OrderRow | undefined> {
  return db
    .selectFrom('orders')
    .selectAll()
    .where('agent_id', '=', agentId)
    .where('client_order_id', '=', clientOrderId)
    .executeTakeFirst();
}

export interface OrderFilter {
  status?: OrderRow['status'];
  symbol?: string;
}

function agentOrders(db: Q, agentId: string, filter: OrderFilter) {
  let q = db.selectFrom('orders').where('agent_id', '=', agentId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.symbol) q = q.where('symbol', '=', filter.symbol);
  return q;
}

export async function findAgentOrders(db: Q, agentId: string, filter: OrderFilter, page: { limit: number; offset: number }): Promise<OrderRow[]> {
  return agentOrders(db, agentId, filter)
    .selectAll()
    .orderBy('created_ms', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAgentOrders(db: Q, agentId: string, filter: OrderFilter): Promise<number> {
  const row = await agentOrders(db, agentId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every pending order of every agent, oldest first: the matcher's working set at start-up. */
export async function findAllPendingOrders(db: Q): Promise<OrderRow[]> {
  return db.selectFrom('orders').selectAll().where('status', '=', 'pending').orderBy('created_ms').orderBy('id').execute();
}

export async function findPendingOrdersCreatedBefore(db: Q, beforeMs: number): Promise<OrderRow[]> {
  return db.selectFrom('orders').selectAll().where('status', '=', 'pending').where('created_ms', '<', beforeMs).execute();
}

export async function insertFill(db: Q, fill: FillRow): Promise<void> {
  await db.insertInto('fills').values(fill).execute();
}

export async function findFillByOrder(db: Q, orderId: string): Promise<FillRow | undefined> {
  return db.selectFrom('fills').selectAll().where('order_id', '=', orderId).executeTakeFirst();
}

export async function findFillsByOrders(db: Q, orderIds: string[]): Promise<FillRow[]> {
  if (orderIds.length === 0) return [];
  return db.selectFrom('fills').selectAll().where('order_id', 'in', orderIds).execute();
}

export interface FillFilter {
  symbol?: string;
  side?: 'buy' | 'sell';
  sinceMs?: number;
  /** Only fills booked in this trading session. */
  sessionId?: string;
}

function agentFills(db: Q, agentId: string, filter: FillFilter) {
  let q = db.selectFrom('fills').where('agent_id', '=', agentId);
  if (filter.symbol) q = q.where('symbol', '=', filter.symbol);
  if (filter.side) q = q.where('side', '=', filter.side);
  if (filter.sinceMs !== undefined) q = q.where('executed_ms', '>=', filter.sinceMs);
  if (filter.sessionId !== undefined) q = q.where('session_id', '=', filter.sessionId);
  return q;
}

export async function findAgentFills(db: Q, agentId: string, filter: FillFilter, page?: { limit: number; offset: number }): Promise<FillRow[]> {
  let q = agentFills(db, agentId, filter).selectAll().orderBy('executed_ms', 'desc').orderBy('id', 'desc');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return q.execute();
}

export async function countAgentFills(db: Q, agentId: string, filter: FillFilter): Promise<number> {
  const row = await agentFills(db, agentId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPositions(db: Q, agentId: string): Promise<PositionRow[]> {
  return db.selectFrom('positions').selectAll().where('agent_id', '=', agentId).orderBy('symbol').execute();
}

export async function findPosition(db: Q, agentId: string, symbol: string): Promise<PositionRow | undefined> {
  return db.selectFrom('positions').selectAll().where('agent_id', '=', agentId).where('symbol', '=', symbol).executeTakeFirst();
}

export async function upsertPosition(db: Q, row: PositionRow): Promise<void> {
  await db
    .insertInto('positions')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['agent_id', 'symbol']).doUpdateSet({
        quantity: row.quantity,
        cost: row.cost,
        realized_pnl: row.realized_pnl,
        opened_ms: row.opened_ms,
        updated_ms: row.updated_ms,
      }),
    )
    .execute();
}

export async function deletePositions(db: Q, agentId: string): Promise<void> {
  await db.deleteFrom('positions').where('agent_id', '=', agentId).execute();
}

export async function upsertBalance(db: Q, agentId: string, asset: string, available: string, locked: string, updatedAt: string): Promise<void> {
  await db
    .insertInto('balances')
    .values({ agent_id: agentId, asset, available, locked, updated_at: updatedAt })
    .onConflict((oc) => oc.columns(['agent_id', 'asset']).doUpdateSet({ available, locked, updated_at: updatedAt }))
    .execute();
}

export async function findIdempotencyKey(db: Q, agentId: string, key: string) {
  return db.selectFrom('idempotency_keys').selectAll().where('agent_id', '=', agentId).where('key', '=', key).executeTakeFirst();
}

export async function insertIdempotencyKey(db: Q, agentId: string, key: string, requestHash: string, orderId: string, createdMs: number): Promise<void> {
  await db.insertInto('idempotency_keys').values({ agent_id: agentId, key, request_hash: requestHash, order_id: orderId, created_ms: createdMs }).execute();
}

export async function countPendingOrdersByAgent(db: Q, agentIds: string[]): Promise<Map<string, number>> {
  if (agentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('orders')
    .select(['agent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agent_id', 'in', agentIds)
    .where('status', '=', 'pending')
    .groupBy('agent_id')
    .execute();
  return new Map(rows.map((r) => [r.agent_id, Number(r.n)]));
}

export async function findDailyPnl(db: Q, agentId: string, day: string) {
  return db.selectFrom('agent_daily_pnl').selectAll().where('agent_id', '=', agentId).where('day', '=', day).executeTakeFirst();
}

export async function upsertDailyPnl(db: Q, agentId: string, day: string, realizedPnl: string, fees: string): Promise<void> {
  await db
    .insertInto('agent_daily_pnl')
    .values({ agent_id: agentId, day, realized_pnl: realizedPnl, fees })
    .onConflict((oc) => oc.columns(['agent_id', 'day']).doUpdateSet({ realized_pnl: realizedPnl, fees }))
    .execute();
}
