// Reads of orders, fills and positions for listings and reports. The order path's own statements
// (placing, filling, cancelling, one order by id) are in ledger.repository.ts.
import { sql, type Kysely } from 'kysely';
import type { Database, FillRow, OrderRow, PositionRow } from '../db/schema.js';

type Q = Kysely<Database>;

export interface OrderFilter {
  status?: OrderRow['status'];
  symbol?: string;
}

function agentOrders(db: Q, agentId: string, filter: OrderFilter) {
  let q = db.selectFrom('orders').where('agent_id', '=', agentId);
  // Pending as a literal, so SQLite can use the partial index of pending orders.
  if (filter.status) q = q.where('status', '=', filter.status === 'pending' ? sql.lit('pending') : filter.status);
  if (filter.symbol) q = q.where('symbol', '=', filter.symbol);
  return q;
}

export async function findAgentOrders(
  db: Q,
  agentId: string,
  filter: OrderFilter,
  page: { limit: number; offset: number },
): Promise<OrderRow[]> {
  return agentOrders(db, agentId, filter)
    .selectAll()
    .orderBy('created_ms', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAgentOrders(db: Q, agentId: string, filter: OrderFilter): Promise<number> {
  const row = await agentOrders(db, agentId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every pending order of every agent, oldest first: the matcher's working set at start-up. */
export async function findAllPendingOrders(db: Q): Promise<OrderRow[]> {
  return db.selectFrom('orders').selectAll().where('status', '=', sql.lit('pending')).orderBy('created_ms').orderBy('id').execute();
}

/** Ids of the agent's pending orders (the matcher's entries for it). */
export async function findPendingOrderIds(db: Q, agentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('orders')
    .select('id')
    .where('agent_id', '=', agentId)
    .where('status', '=', sql.lit('pending'))
    .execute();
  return rows.map((r) => r.id);
}

export async function findPendingOrdersCreatedBefore(db: Q, beforeMs: number): Promise<OrderRow[]> {
  return db.selectFrom('orders').selectAll().where('status', '=', sql.lit('pending')).where('created_ms', '<', beforeMs).execute();
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

export async function findAgentFills(
  db: Q,
  agentId: string,
  filter: FillFilter,
  page?: { limit: number; offset: number },
): Promise<FillRow[]> {
  let q = agentFills(db, agentId, filter).selectAll().orderBy('executed_ms', 'desc').orderBy('id', 'desc');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return q.execute();
}

export async function countAgentFills(db: Q, agentId: string, filter: FillFilter): Promise<number> {
  const row = await agentFills(db, agentId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPositions(db: Q, agentId: string): Promise<PositionRow[]> {
  return db.selectFrom('positions').selectAll().where('agent_id', '=', agentId).orderBy('symbol').execute();
}

export async function deletePositions(db: Q, agentId: string): Promise<void> {
  await db.deleteFrom('positions').where('agent_id', '=', agentId).execute();
}

export async function countPendingOrdersByAgent(db: Q, agentIds: string[]): Promise<Map<string, number>> {
  if (agentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('orders')
    .select(['agent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agent_id', 'in', agentIds)
    .where('status', '=', sql.lit('pending'))
    .groupBy('agent_id')
    .execute();
  return new Map(rows.map((r) => [r.agent_id, Number(r.n)]));
}
