// Placing, reading and cancelling orders. Each use case that writes runs synchronously around the
// pure engine — load the agent's state, let the engine decide, write what it returned — as one
// piece of a group-committed transaction (WriteBatcher), and its promise settles after the commit.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isoTime, utcDay } from '../clock.js';
import type { Account, Agent, Database, FillRow, OrderRow, PositionRow } from '../db/schema.js';

type SqliteHandle = SQLite.Database;
import { effectiveRiskProfile } from '../domain/risk-profile.js';
import { QUOTE_ASSET } from '../domain/valuation.js';
import {
  applyBalanceChanges,
  cancelOrder as engineCancel,
  placeOrder as enginePlace,
  type BalanceChange,
  type CancelReason,
  type ClosedOrder,
  type Fill,
  type OrderIntent,
  type Position,
  type RestingOrder,
  type WalletBalance,
} from '../engine/index.js';
import { DomainError, validationError } from '../errors.js';
import { formatAmount, parseAmount, type Amount } from '../money.js';
import { parseDecimalInput } from './input.js';
import type SQLite from 'better-sqlite3';
import { rawHandleOf } from '../db/connection.js';
import { readNow } from '../db/sync-query.js';
import { deleteBalances, insertBalance } from '../repositories/balance.repository.js';
import * as ledger from '../repositories/ledger.repository.js';
import { closeActiveSessions, findActiveSession, insertSession } from '../repositories/session.repository.js';
import {
  countAgentFills,
  countAgentOrders,
  deletePositions,
  findAgentFills,
  findAgentOrders,
  findFillsByOrders,
  type FillFilter,
  type OrderFilter,
} from '../repositories/trading.repository.js';
import { battleOrderRejection } from '../battles/guard.js';
import { assertAgentWritable } from './agent-guard.js';
import type { ServiceContext } from './context.js';
import { bookFillStats } from './trade-stats.service.js';

export interface OrderRequest {
  symbol: string;
  side: 'buy' | 'sell';
  type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
  quantity: string | number;
  price?: string | number;
  triggerPrice?: string | number;
  clientOrderId?: string;
}

/** An order with its fill, if it has one. */
export interface OrderView {
  order: OrderRow;
  fill: FillRow | undefined;
}

// --- conversions between rows and the engine's values ------------------------------------------

const amount = (text: string) => parseAmount(text);

export function toWallet(rows: Array<{ asset: string; available: string; locked: string }>): WalletBalance[] {
  return rows.map((r) => ({ asset: r.asset, available: amount(r.available), locked: amount(r.locked) }));
}

export function toPosition(row: PositionRow | undefined): Position | undefined {
  return (
    row && {
      symbol: row.symbol,
      quantity: amount(row.quantity),
      cost: amount(row.cost),
      realizedPnl: amount(row.realized_pnl),
      openFees: amount(row.open_fees),
    }
  );
}

export function toRestingOrder(row: OrderRow): RestingOrder {
  if (row.status !== 'pending' || row.type === 'market' || row.price === null || row.locked_asset === null) {
    throw new Error(`order ${row.id} is not a resting order`);
  }
  return {
    id: row.id,
    agentId: row.agent_id,
    symbol: row.symbol,
    baseAsset: row.base_asset,
    quoteAsset: row.quote_asset,
    side: row.side,
    type: row.type,
    quantity: amount(row.quantity),
    price: amount(row.price),
    lockedAsset: row.locked_asset,
    lockedAmount: amount(row.locked_amount),
    createdAt: Number(row.created_ms),
  };
}

// --- writing what the engine decided -----------------------------------------------------------
// Synchronous, on the raw connection: callers hold it (WriteBatcher work or a Kysely transaction).

/** Applies per-asset deltas to the stored wallet; the engine guarantees nothing goes negative. */
export function writeBalanceChanges(
  h: SqliteHandle,
  agentId: string,
  wallet: WalletBalance[],
  changes: BalanceChange[],
  now: number,
): WalletBalance[] {
  const next = applyBalanceChanges(wallet, changes);
  const touched = new Set(changes.map((c) => c.asset));
  const at = isoTime(now);
  for (const b of next) {
    if (touched.has(b.asset)) ledger.upsertBalance(h, agentId, b.asset, formatAmount(b.available), formatAmount(b.locked), at);
  }
  return next;
}

/** `lastPrice` is the price of the fill that produced `position`. */
export function writePosition(
  h: SqliteHandle,
  agentId: string,
  position: Position,
  previous: PositionRow | undefined,
  now: number,
  lastPrice: Amount,
): void {
  const reopened = !previous || amount(previous.quantity) === 0n;
  ledger.upsertPosition(h, {
    agent_id: agentId,
    symbol: position.symbol,
    quantity: formatAmount(position.quantity),
    cost: formatAmount(position.cost),
    realized_pnl: formatAmount(position.realizedPnl),
    open_fees: formatAmount(position.openFees),
    last_price: formatAmount(lastPrice),
    opened_ms: reopened ? now : Number(previous.opened_ms),
    updated_ms: now,
  });
}

/**
 * Stores a fill, adds it to the agent's running trade totals (trade-stats.service.ts) and to its
 * session's realized PnL and fees of its UTC day (the daily-loss breaker's counter).
 * `sessionCurrent` is that day's stored total when the caller has already read it in this
 * transaction.
 */
/** A fill's columns as stored, the same for live fills and backtest trades. */
export function fillColumns(fill: Fill) {
  return {
    symbol: fill.symbol,
    side: fill.side,
    quantity: formatAmount(fill.quantity),
    price: formatAmount(fill.price),
    reference_price: formatAmount(fill.referencePrice),
    slippage_pct: formatAmount(fill.slippagePct),
    gross: formatAmount(fill.gross),
    fee: formatAmount(fill.fee),
    realized_pnl: formatAmount(fill.realizedPnl),
    net_pnl: formatAmount(fill.netPnl),
    executed_ms: fill.executedAt,
  };
}

export function recordFill(
  h: SqliteHandle,
  fill: Fill,
  sessionId: string,
  sessionCurrent = ledger.findSessionDailyPnl(h, sessionId, utcDay(fill.executedAt)),
): FillRow {
  const row: FillRow = {
    id: fill.id,
    order_id: fill.orderId,
    agent_id: fill.agentId,
    session_id: sessionId,
    ...fillColumns(fill),
  };
  ledger.insertFill(h, row);
  bookFillStats(h, fill, sessionId);
  // The daily-loss breaker's counter: per session, so it is clear after a reset.
  ledger.upsertSessionDailyPnl(
    h,
    sessionId,
    utcDay(fill.executedAt),
    formatAmount((sessionCurrent ? amount(sessionCurrent.realized_pnl) : 0n) + fill.realizedPnl),
    formatAmount((sessionCurrent ? amount(sessionCurrent.fees) : 0n) + fill.fee),
  );
  return row;
}

export function writeClosedOrder(h: SqliteHandle, order: ClosedOrder): void {
  ledger.closeOrder(h, order.id, order.status, order.closedAt, order.cancelReason);
}

// --- use cases ----------------------------------------------------------------------------------

/** What an order request asks for, with its amounts parsed (live orders and backtest orders alike). */
export function orderIntentOf(req: OrderRequest): OrderIntent {
  const symbol = req.symbol.trim().toUpperCase();
  const quantity = parseDecimalInput(req.quantity, 'body.quantity');
  if (req.type === 'market') {
    if (req.price !== undefined || req.triggerPrice !== undefined) {
      throw validationError([
        { field: req.price !== undefined ? 'body.price' : 'body.trigger_price', message: 'must not be sent with a market order' },
      ]);
    }
    return { symbol, side: req.side, type: 'market', quantity };
  }
  if (req.type === 'limit') {
    if (req.price === undefined) throw validationError([{ field: 'body.price', message: 'is required for a limit order' }]);
    if (req.triggerPrice !== undefined)
      throw validationError([{ field: 'body.trigger_price', message: 'must not be sent with a limit order' }]);
    return { symbol, side: req.side, type: 'limit', quantity, price: parseDecimalInput(req.price, 'body.price') };
  }
  // stop_loss / take_profit: `trigger_price` as documented, `price` accepted as an alias.
  const trigger = req.triggerPrice ?? req.price;
  if (trigger === undefined) throw validationError([{ field: 'body.trigger_price', message: `is required for a ${req.type} order` }]);
  if (
    req.triggerPrice !== undefined &&
    req.price !== undefined &&
    parseDecimalInput(req.price, 'body.price') !== parseDecimalInput(req.triggerPrice, 'body.trigger_price')
  ) {
    throw validationError([{ field: 'body.price', message: 'differs from trigger_price; send only trigger_price' }]);
  }
  return { symbol, side: req.side, type: req.type, quantity, price: parseDecimalInput(trigger, 'body.trigger_price') };
}

/** A stable fingerprint of what was asked, to tell a retry from a different request. */
function fingerprint(intent: OrderIntent, clientOrderId: string | undefined): string {
  const price = intent.type === 'market' ? null : intent.price.toString();
  const canonical = JSON.stringify([intent.symbol, intent.side, intent.type, intent.quantity.toString(), price, clientOrderId ?? null]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function viewOf(h: SqliteHandle, order: OrderRow): OrderView {
  return { order, fill: order.status === 'filled' ? ledger.findFillByOrder(h, order.id) : undefined };
}

/**
 * Announces committed order changes (ctx.events): each order's new state, then once per agent that
 * its portfolio changed — every status change moves cash (a lock, a fill, a release). Call only
 * after the commit. `touchedAgents`: agents whose portfolio changed besides (a reset).
 */
export function announceOrders(ctx: ServiceContext, views: readonly OrderView[], touchedAgents: readonly string[] = []): void {
  const agents = new Set(touchedAgents);
  for (const view of views) {
    ctx.events.emitOrder({ agentId: view.order.agent_id, view });
    agents.add(view.order.agent_id);
  }
  for (const agentId of agents) ctx.events.emitAgentChanged(agentId);
}

/**
 * Announces orders that a caller's Kysely transaction changed, once it has committed, reading
 * their views as now stored. A failed read is logged, not thrown: the change is committed and the
 * caller's reply must say so.
 */
export async function announceCommittedOrders(
  ctx: ServiceContext,
  orderIds: readonly string[],
  touchedAgents: readonly string[] = [],
): Promise<void> {
  let views: OrderView[] = [];
  try {
    if (orderIds.length > 0) {
      views = await readNow(ctx.db, (h) =>
        orderIds.flatMap((id) => {
          const order = ledger.findOrderById(h, id);
          return order ? [viewOf(h, order)] : [];
        }),
      );
    }
  } catch (err) {
    ctx.logger?.error('reading changed orders to announce failed', { orders: orderIds.length, error: String(err) });
  }
  announceOrders(ctx, views, touchedAgents);
}

function conflict(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('IDEMPOTENCY_CONFLICT', message, details);
}

/** The order an earlier identical request created, if this one is a retry of it. */
function findReplay(
  h: SqliteHandle,
  agentId: string,
  hash: string,
  idempotencyKey: string | undefined,
  clientOrderId: string | undefined,
): OrderRow | undefined {
  if (idempotencyKey) {
    const record = ledger.findIdempotencyKey(h, agentId, idempotencyKey);
    if (record) {
      if (record.request_hash !== hash)
        throw conflict('This Idempotency-Key was used for a different order.', { idempotency_key: idempotencyKey });
      return ledger.findAgentOrder(h, agentId, record.order_id);
    }
  }
  if (clientOrderId) {
    const existing = ledger.findOrderByClientId(h, agentId, clientOrderId);
    if (existing) {
      const same = fingerprint(
        existing.type === 'market'
          ? { symbol: existing.symbol, side: existing.side, type: 'market', quantity: amount(existing.quantity) }
          : {
              symbol: existing.symbol,
              side: existing.side,
              type: existing.type,
              quantity: amount(existing.quantity),
              price: amount(existing.price ?? '0'),
            },
        clientOrderId,
      );
      if (same !== hash)
        throw conflict('This client_order_id belongs to a different order.', { client_order_id: clientOrderId, order_id: existing.id });
      return existing;
    }
  }
  return undefined;
}

export interface PlacedOrder {
  view: OrderView;
  /** True when this request repeated an earlier one and no new order was made. */
  replayed: boolean;
}

/**
 * Places an order for the agent atomically (one savepoint of a group commit): risk chain, locks,
 * fill or rest; it resolves once stored. A retry with the same Idempotency-Key or client_order_id
 * returns the original order instead of a second one.
 */
export async function placeOrder(
  ctx: ServiceContext,
  account: Account,
  agent: Agent,
  req: OrderRequest,
  idempotencyKey?: string,
): Promise<PlacedOrder> {
  assertAgentWritable(agent);
  const intent = orderIntentOf(req);
  const clientOrderId = req.clientOrderId;
  // Only a request that can be retried needs its fingerprint.
  const hash = idempotencyKey || clientOrderId ? fingerprint(intent, clientOrderId) : '';
  const risk = effectiveRiskProfile(account.risk_profile, agent.risk_profile);
  const pair = ctx.market.pair(intent.symbol);

  const result = await ctx.writes.submit((h, piece) => {
    const replay = findReplay(h, agent.id, hash, idempotencyKey, clientOrderId);
    if (replay) return { kind: 'replay' as const, view: viewOf(h, replay) };

    const now = ctx.clock.now();
    const session = ledger.findActiveSession(h, agent.id);
    if (!session) throw new Error(`agent ${agent.id} has no active session`);
    const symbol = pair?.symbol ?? intent.symbol;
    // A live battle may forbid this order (paused or eliminated participant, pair not allowed).
    const forbidden = battleOrderRejection(h, agent.id, symbol);
    if (forbidden) return forbidden;
    const wallet = toWallet(ledger.findBalances(h, agent.id));
    const positionRow = ledger.findPosition(h, agent.id, symbol);
    // Losses since the later of 00:00 UTC and the session's start: a reset clears the breaker.
    const sessionToday = ledger.findSessionDailyPnl(h, session.id, utcDay(now));
    const netRealizedPnlToday = sessionToday ? amount(sessionToday.realized_pnl) - amount(sessionToday.fees) : 0n;
    const outcome = enginePlace({
      agent: {
        agentId: agent.id,
        startingBalance: amount(session.starting_balance),
        balances: wallet,
        position: toPosition(positionRow),
        netRealizedPnlToday,
        openOrderCount: ledger.countPendingOrders(h, agent.id),
        ordersLastMinute: ctx.orderRate.count(h, agent.id, now),
      },
      pair,
      market: {
        price: pair ? ctx.market.lastPrice(pair.symbol)?.price : undefined,
        quoteVolume24h: pair ? ctx.market.quoteVolume24h(pair.symbol) : undefined,
        prices: ctx.prices,
      },
      risk,
      order: { ...intent, symbol },
      now,
      orderId: ctx.ids.next(),
      fillId: ctx.ids.next(),
    });
    // Nothing is written before this point, so a rejection is returned rather than thrown: the
    // caller counts it once, even if a failed group commit runs this piece a second time.
    if (outcome.kind === 'rejected') return outcome;

    const o = outcome.order;
    const resting = outcome.kind === 'resting' ? outcome.order : undefined;
    const row: OrderRow = {
      id: o.id,
      agent_id: agent.id,
      session_id: session.id,
      client_order_id: clientOrderId ?? null,
      symbol: o.symbol,
      base_asset: o.baseAsset,
      quote_asset: o.quoteAsset,
      side: o.side,
      type: o.type,
      status: resting ? 'pending' : (o as ClosedOrder).status,
      quantity: formatAmount(o.quantity),
      price: o.price === null ? null : formatAmount(o.price),
      locked_asset: resting ? resting.lockedAsset : null,
      locked_amount: formatAmount(resting ? resting.lockedAmount : 0n),
      cancel_reason: null,
      created_ms: o.createdAt,
      closed_ms: resting ? null : (o as ClosedOrder).closedAt,
    };
    ledger.insertOrder(h, row);
    let fill: FillRow | undefined;
    if (outcome.kind === 'filled') {
      // The engine fills at `now`, so the session's totals read for the risk check are the fill's day's.
      fill = recordFill(h, outcome.fill, session.id, sessionToday);
      writePosition(h, agent.id, outcome.position, positionRow, now, outcome.fill.price);
    }
    writeBalanceChanges(h, agent.id, wallet, outcome.balanceChanges, now);
    if (idempotencyKey) ledger.insertIdempotencyKey(h, agent.id, idempotencyKey, hash, o.id, now);
    // Last, after every write that could throw: a rolled-back order must not count.
    ctx.orderRate.record(agent.id, o.createdAt);
    // If the batch's commit fails after all, the count reseeds from what is really stored.
    piece.onRollback(() => ctx.orderRate.forget(agent.id));
    return { kind: 'placed' as const, view: { order: row, fill }, resting };
  });

  if (result.kind === 'replay') return { view: result.view, replayed: true };
  if (result.kind === 'rejected') {
    ctx.metrics.orderRejected(result.details.reason);
    throw new DomainError(result.code, result.message, result.details);
  }
  if (result.resting) ctx.matcher.track(result.resting);
  ctx.metrics.orderPlaced(result.view.order.type, result.view.order.status === 'filled');
  // A market order that filled at once is one event, already `filled`.
  announceOrders(ctx, [result.view]);
  return { view: result.view, replayed: false };
}

export async function getOrder(ctx: ServiceContext, agent: Agent, orderId: string): Promise<OrderView> {
  return readNow(ctx.db, (h) => {
    const order = ledger.findAgentOrder(h, agent.id, orderId.toLowerCase());
    if (!order) throw new DomainError('ORDER_NOT_FOUND', `Order '${orderId}' not found.`, { order_id: orderId });
    return viewOf(h, order);
  });
}

export async function listOrders(
  ctx: ServiceContext,
  agent: Agent,
  filter: OrderFilter,
  page: { limit: number; offset: number },
): Promise<{ views: OrderView[]; total: number }> {
  const [orders, total] = await Promise.all([findAgentOrders(ctx.db, agent.id, filter, page), countAgentOrders(ctx.db, agent.id, filter)]);
  const fills = new Map(
    (
      await findFillsByOrders(
        ctx.db,
        orders.filter((o) => o.status === 'filled').map((o) => o.id),
      )
    ).map((f) => [f.order_id, f]),
  );
  return { views: orders.map((order) => ({ order, fill: fills.get(order.id) })), total };
}

export async function listFills(
  ctx: ServiceContext,
  agent: Agent,
  filter: FillFilter,
  page: { limit: number; offset: number },
): Promise<{ fills: FillRow[]; total: number }> {
  const [fills, total] = await Promise.all([findAgentFills(ctx.db, agent.id, filter, page), countAgentFills(ctx.db, agent.id, filter)]);
  return { fills, total };
}

/** Cancels pending orders, releasing each one's whole lock (the caller holds the connection). */
function cancelRows(
  h: SqliteHandle,
  agentId: string,
  rows: OrderRow[],
  now: number,
  reason: CancelReason,
): Array<{ order: ClosedOrder; released: Amount; asset: string }> {
  let wallet = toWallet(ledger.findBalances(h, agentId));
  return rows.map((row) => {
    const result = engineCancel(toRestingOrder(row), now, reason);
    writeClosedOrder(h, result.order);
    wallet = writeBalanceChanges(h, agentId, wallet, result.balanceChanges, now);
    return { order: result.order, released: result.released.amount, asset: result.released.asset };
  });
}

export interface Cancellation {
  view: OrderView;
  released: Amount;
  asset: string;
}

export async function cancelOrder(ctx: ServiceContext, agent: Agent, orderId: string): Promise<Cancellation> {
  assertAgentWritable(agent);
  const id = orderId.toLowerCase();
  const cancellation = await ctx.writes.submit((h) => {
    const row = ledger.findAgentOrder(h, agent.id, id);
    if (!row) throw new DomainError('ORDER_NOT_FOUND', `Order '${orderId}' not found.`, { order_id: orderId });
    if (row.status !== 'pending') {
      throw new DomainError('ORDER_NOT_CANCELLABLE', `Order '${orderId}' is ${row.status} and cannot be cancelled.`, {
        order_id: row.id,
        current_status: row.status,
      });
    }
    const [done] = cancelRows(h, agent.id, [row], ctx.clock.now(), 'user');
    return { view: viewOf(h, ledger.findAgentOrder(h, agent.id, id)!), released: done!.released, asset: done!.asset };
  });
  ctx.matcher.untrack(id);
  announceOrders(ctx, [cancellation.view]);
  return cancellation;
}

export async function cancelAllOrders(
  ctx: ServiceContext,
  agent: Agent,
): Promise<Array<{ orderId: string; asset: string; released: Amount }>> {
  assertAgentWritable(agent);
  const cancelled = await ctx.writes.submit((h) =>
    cancelRows(h, agent.id, ledger.findPendingOrders(h, agent.id), ctx.clock.now(), 'user').map((c) => ({
      ...c,
      view: viewOf(h, ledger.findOrderById(h, c.order.id)!),
    })),
  );
  for (const c of cancelled) ctx.matcher.untrack(c.order.id);
  announceOrders(
    ctx,
    cancelled.map((c) => c.view),
  );
  return cancelled.map((c) => ({ orderId: c.order.id, asset: c.asset, released: c.released }));
}

/**
 * Cancels every pending order of the agent inside the caller's (Kysely) transaction, releasing the
 * locks. Returns the cancelled ids, for the caller to drop from the matcher and announce
 * (announceCommittedOrders) after commit.
 */
export function cancelAgentOrdersInTransaction(ctx: ServiceContext, agent: Agent, reason: CancelReason): string[] {
  const h = rawHandleOf(ctx.db);
  if (!h.inTransaction) throw new Error("cancelAgentOrdersInTransaction must run inside the caller's transaction");
  return cancelRows(h, agent.id, ledger.findPendingOrders(h, agent.id), ctx.clock.now(), reason).map((c) => c.order.id);
}

/**
 * Puts an agent back to a clean start inside the caller's transaction: pending orders cancelled
 * (locks released), positions closed, the wallet set to exactly `startingBalance` USDT, the current
 * session closed and a new one opened. Orders and fills stay, tied to the old session.
 * Returns the cancelled order ids, for the caller to drop from the matcher and announce
 * (announceCommittedOrders, with the agent as touched) after commit.
 */
export async function resetAgentState(
  trx: Kysely<Database>,
  ctx: ServiceContext,
  agent: Agent,
  startingBalance: Amount,
): Promise<{ cancelledOrderIds: string[]; previousSessionId: string | undefined; newSessionId: string }> {
  const now = ctx.clock.now();
  // The caller's transaction holds the connection, so the synchronous statements run inside it.
  const h = rawHandleOf(ctx.db);
  if (!h.inTransaction) throw new Error("resetAgentState must run inside the caller's transaction");
  const cancelled = cancelRows(h, agent.id, ledger.findPendingOrders(h, agent.id), now, 'reset');
  const previous = await findActiveSession(trx, agent.id);
  await closeActiveSessions(trx, agent.id, isoTime(now));
  await deletePositions(trx, agent.id);
  await deleteBalances(trx, agent.id);
  const balance = formatAmount(startingBalance);
  await insertBalance(trx, {
    agent_id: agent.id,
    asset: QUOTE_ASSET,
    available: balance,
    locked: formatAmount(0n),
    updated_at: isoTime(now),
  });
  const newSessionId = ctx.ids.next();
  await insertSession(trx, {
    id: newSessionId,
    agent_id: agent.id,
    starting_balance: balance,
    status: 'active',
    started_at: isoTime(now),
    ended_at: null,
  });
  return { cancelledOrderIds: cancelled.map((c) => c.order.id), previousSessionId: previous?.id, newSessionId };
}
