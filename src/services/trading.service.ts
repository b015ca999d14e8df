// Placing, reading and cancelling orders. Each use case that writes runs around the pure engine —
// lock the agent's ledger, load its state, let the engine decide, write what it returned — as one
// piece of the store (src/db/store.ts: a group commit on SQLite, a short transaction on
// PostgreSQL), and its promise settles after the commit.
import type { Kysely } from 'kysely';
import { isoTime, utcDay } from '../clock.js';
import type { Account, Agent, Database, FillRow, OrderRow, PositionRow } from '../db/schema.js';

import { effectiveRiskProfile } from '../domain/risk-profile.js';
import { QUOTE_ASSET } from '../domain/valuation.js';
import {
  applyBalanceChanges,
  cancelOrder as engineCancel,
  placeOco as enginePlaceOco,
  placeOrder as enginePlace,
  initialTrailTrigger,
  shownPrice,
  type AgentSnapshot,
  type BalanceChange,
  type CancelledResult,
  type CancelReason,
  type ClosedOrder,
  type Fill,
  type FilledResult,
  type OcoResult,
  type PlaceOcoResult,
  type PlaceOrderResult,
  type Position,
  type Rejection,
  type RestingOrder,
  type RestingResult,
  type TrailNow,
  type WalletBalance,
} from '../engine/index.js';
import { DomainError } from '../errors.js';
import { formatAmount, formatOptionalAmount, parseAmount, type Amount } from '../money.js';
import {
  advancedColumns,
  advancedOf,
  checkExpiry,
  intentFingerprint,
  intentOfStored,
  ocoIntentOf,
  orderIntentOf,
  type OcoRequest,
  type OrderRequest,
} from './order-request.js';
import { kyselyTx, lockAgents, readNow, type Tx } from '../db/store.js';
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
import { battleOrderRejection, type BattleRejection } from '../battles/guard.js';
import { assertAgentWritable } from './agent-guard.js';
import type { ServiceContext } from './context.js';
import { bookFillStats } from './trade-stats.service.js';

export { orderIntentOf, type OcoRequest, type OrderRequest };

/** Pending orders older than this expire and release their locks; a GTD order may not ask for longer. */
export const ORDER_TTL_MS = 7 * 86_400_000;

/** An order with its fill, if it has one. */
export interface OrderView {
  order: OrderRow;
  fill: FillRow | undefined;
  /** A pending trailing stop's live best price and trigger (the matcher's; the row's may lag). */
  trail?: TrailNow;
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
  if (row.status !== 'pending' || row.type === 'market' || row.locked_asset === null) {
    throw new Error(`order ${row.id} is not a resting order`);
  }
  const advanced = advancedOf(row);
  let price: Amount;
  if (row.price !== null) price = amount(row.price);
  else if (advanced.trail && advanced.trail.activationPrice !== null) {
    // A trailing stop waiting for its activation price: the trigger it will start from.
    price = initialTrailTrigger(row.side, advanced.trail, advanced.trail.activationPrice);
  } else throw new Error(`order ${row.id} has no price`);
  return {
    id: row.id,
    agentId: row.agent_id,
    symbol: row.symbol,
    baseAsset: row.base_asset,
    quoteAsset: row.quote_asset,
    side: row.side,
    type: row.type,
    quantity: amount(row.quantity),
    price,
    lockedAsset: row.locked_asset,
    lockedAmount: amount(row.locked_amount),
    createdAt: Number(row.created_ms),
    ...advanced,
  };
}

// --- writing what the engine decided -----------------------------------------------------------
// On the caller's transaction (a store piece, or a Kysely transaction through kyselyTx).

/** Applies per-asset deltas to the stored wallet; the engine guarantees nothing goes negative. */
export async function writeBalanceChanges(
  tx: Tx,
  agentId: string,
  wallet: WalletBalance[],
  changes: BalanceChange[],
  now: number,
): Promise<WalletBalance[]> {
  const next = applyBalanceChanges(wallet, changes);
  const touched = new Set(changes.map((c) => c.asset));
  const at = isoTime(now);
  for (const b of next) {
    if (touched.has(b.asset)) await ledger.upsertBalance(tx, agentId, b.asset, formatAmount(b.available), formatAmount(b.locked), at);
  }
  return next;
}

/** `lastPrice` is the price of the fill that produced `position`. */
export async function writePosition(
  tx: Tx,
  agentId: string,
  position: Position,
  previous: PositionRow | undefined,
  now: number,
  lastPrice: Amount,
): Promise<void> {
  const reopened = !previous || amount(previous.quantity) === 0n;
  await ledger.upsertPosition(tx, {
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

export async function recordFill(tx: Tx, fill: Fill, sessionId: string, known?: { realized_pnl: string; fees: string }): Promise<FillRow> {
  const sessionCurrent = known ?? (await ledger.findSessionDailyPnl(tx, sessionId, utcDay(fill.executedAt)));
  const row: FillRow = {
    id: fill.id,
    order_id: fill.orderId,
    agent_id: fill.agentId,
    session_id: sessionId,
    ...fillColumns(fill),
  };
  await ledger.insertFill(tx, row);
  await bookFillStats(tx, fill, sessionId);
  // The daily-loss breaker's counter: per session, so it is clear after a reset.
  await ledger.upsertSessionDailyPnl(
    tx,
    sessionId,
    utcDay(fill.executedAt),
    formatAmount((sessionCurrent ? amount(sessionCurrent.realized_pnl) : 0n) + fill.realizedPnl),
    formatAmount((sessionCurrent ? amount(sessionCurrent.fees) : 0n) + fill.fee),
  );
  return row;
}

export async function writeClosedOrder(tx: Tx, order: ClosedOrder): Promise<void> {
  await ledger.closeOrder(tx, order.id, order.status, order.closedAt, order.cancelReason);
  // A trailing stop keeps the trigger and best price it closed with.
  if (order.trail)
    await ledger.updateTrailClosed(tx, order.id, formatOptionalAmount(shownPrice(order)), formatOptionalAmount(order.trail.best));
}

/** The stored row of an order the engine made (placed at once, or a bracket's leg). */
export function orderRowOf(order: RestingOrder | ClosedOrder, sessionId: string, clientOrderId: string | null): OrderRow {
  const resting = 'lockedAsset' in order && !('status' in order);
  const closed = resting ? undefined : order;
  return {
    id: order.id,
    agent_id: order.agentId,
    session_id: sessionId,
    client_order_id: clientOrderId,
    symbol: order.symbol,
    base_asset: order.baseAsset,
    quote_asset: order.quoteAsset,
    side: order.side,
    type: order.type,
    status: closed ? closed.status : 'pending',
    quantity: formatAmount(order.quantity),
    price: formatOptionalAmount(shownPrice(order)),
    locked_asset: resting ? order.lockedAsset : null,
    locked_amount: formatAmount(resting ? order.lockedAmount : 0n),
    cancel_reason: closed ? closed.cancelReason : null,
    created_ms: order.createdAt,
    closed_ms: closed ? closed.closedAt : null,
    ...advancedColumns(order),
  };
}

/** Where an outcome is written: the agent's session, its wallet and position as read in this transaction. */
export interface OutcomeTarget {
  agentId: string;
  sessionId: string;
  wallet: WalletBalance[];
  positionRow: PositionRow | undefined;
  now: number;
  /** The session's daily totals already read in this transaction (placement reads them for the risk check). */
  sessionToday?: { realized_pnl: string; fees: string } | undefined;
}

/** What an outcome wrote: every order it touched (main first) as stored now, and its resting orders. */
export interface WrittenOutcome {
  views: OrderView[];
  /** Orders now resting (for the matcher to track). */
  resting: RestingOrder[];
  /** Orders no longer resting (for the matcher to drop). */
  closed: string[];
}

/**
 * The one writer of engine outcomes: a placed order (resting, filled at once, or expired unfilled),
 * a fill of a resting order, a cancel or expiry, an OCO group — with every linked order (a bracket's
 * legs, an OCO sibling), each fill, the position and the wallet, in the caller's transaction.
 * `isNew`: the main order is not stored yet (placement) rather than an existing resting order.
 */
export async function writeOutcome(
  tx: Tx,
  target: OutcomeTarget,
  outcome: FilledResult | RestingResult | CancelledResult | OcoResult,
  isNew: { clientOrderId: string | null } | false,
): Promise<WrittenOutcome> {
  const { agentId, sessionId, now } = target;
  const resting: RestingOrder[] = [];
  const closed: string[] = [];
  const ids: string[] = [];
  let fillPrice: Amount | undefined;
  const store = async (order: RestingOrder | ClosedOrder, fresh: boolean, clientOrderId: string | null = null) => {
    ids.push(order.id);
    if ('status' in order) {
      closed.push(order.id);
      if (fresh) await ledger.insertOrder(tx, orderRowOf(order, sessionId, clientOrderId));
      else await writeClosedOrder(tx, order);
    } else {
      resting.push(order);
      await ledger.insertOrder(tx, orderRowOf(order, sessionId, clientOrderId));
    }
  };
  let sessionToday = target.sessionToday;
  const book = async (fill: Fill) => {
    await recordFill(tx, fill, sessionId, sessionToday);
    sessionToday = undefined; // read afresh for a second fill in the same transaction
    fillPrice = fill.price;
  };
  if (outcome.kind === 'oco') {
    for (const order of outcome.orders) await store(order, true);
  } else {
    await store(outcome.order, isNew !== false, isNew ? isNew.clientOrderId : null);
    if (outcome.kind === 'filled') await book(outcome.fill);
    if (outcome.kind !== 'resting') {
      for (const linked of outcome.linked) {
        // The main order's own bracket legs are new rows; an OCO sibling closed with it is stored already.
        await store(linked.order, linked.order.parentOrderId === outcome.order.id);
        if (linked.kind === 'filled') await book(linked.fill);
      }
    }
  }
  if (outcome.kind === 'filled') await writePosition(tx, agentId, outcome.position, target.positionRow, now, fillPrice!);
  await writeBalanceChanges(tx, agentId, target.wallet, outcome.balanceChanges, now);
  return { views: await viewsOf(tx, ids), resting, closed };
}

/** Where a pending trailing stop's live best price and trigger are kept (the matcher's book). */
export type TrailLookup = (orderId: string) => TrailNow | undefined;

/**
 * A resting order read from storage, with its trail as the book has it now: the stored best price
 * lags (it is written behind), so an order closed outside a fill closes with the live one.
 */
export function withLiveTrailState(order: RestingOrder, trailOf: TrailLookup): RestingOrder {
  if (!order.trail) return order;
  const now = trailOf(order.id);
  return now ? { ...order, price: now.trigger, trail: { ...order.trail, best: now.best } } : order;
}

/** The pending OCO siblings of `row` (none for a lone order), as resting orders with their live trails. */
export async function pendingSiblings(tx: Tx, row: OrderRow, trailOf: TrailLookup): Promise<RestingOrder[]> {
  if (row.group_id === null) return [];
  return (await ledger.findGroupOrders(tx, row.group_id))
    .filter((o) => o.id !== row.id && o.status === 'pending')
    .map((o) => withLiveTrailState(toRestingOrder(o), trailOf));
}

// --- use cases ----------------------------------------------------------------------------------

export async function viewOf(tx: Tx, order: OrderRow): Promise<OrderView> {
  return { order, fill: order.status === 'filled' ? await ledger.findFillByOrder(tx, order.id) : undefined };
}

/** The views of stored orders, in the order of `ids`; an id with no row is skipped. */
export async function viewsOf(tx: Tx, ids: readonly string[]): Promise<OrderView[]> {
  const views: OrderView[] = [];
  for (const id of ids) {
    const order = await ledger.findOrderById(tx, id);
    if (order) views.push(await viewOf(tx, order));
  }
  return views;
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
      views = await readNow(ctx.db, (tx) => viewsOf(tx, orderIds));
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
async function findReplay(
  tx: Tx,
  agentId: string,
  hash: string,
  idempotencyKey: string | undefined,
  clientOrderId: string | undefined,
): Promise<OrderRow | undefined> {
  if (idempotencyKey) {
    const record = await ledger.findIdempotencyKey(tx, agentId, idempotencyKey);
    if (record) {
      if (record.request_hash !== hash)
        throw conflict('This Idempotency-Key was used for a different order.', { idempotency_key: idempotencyKey });
      return await ledger.findAgentOrder(tx, agentId, record.order_id);
    }
  }
  if (clientOrderId) {
    const existing = await ledger.findOrderByClientId(tx, agentId, clientOrderId);
    if (existing) {
      if (intentFingerprint(intentOfStored(existing), clientOrderId) !== hash)
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

/** What the risk chain needs of the agent, read in the placing transaction. */
interface AgentState {
  snapshot: AgentSnapshot;
  sessionId: string;
  wallet: WalletBalance[];
  positionRow: PositionRow | undefined;
  sessionToday: { realized_pnl: string; fees: string } | undefined;
}

async function agentSnapshot(ctx: ServiceContext, tx: Tx, agent: Agent, symbol: string, now: number): Promise<AgentState> {
  const session = await ledger.findActiveSession(tx, agent.id);
  if (!session) throw new Error(`agent ${agent.id} has no active session`);
  const wallet = toWallet(await ledger.findBalances(tx, agent.id));
  const positionRow = await ledger.findPosition(tx, agent.id, symbol);
  // Losses since the later of 00:00 UTC and the session's start: a reset clears the breaker.
  const sessionToday = await ledger.findSessionDailyPnl(tx, session.id, utcDay(now));
  const netRealizedPnlToday = sessionToday ? amount(sessionToday.realized_pnl) - amount(sessionToday.fees) : 0n;
  return {
    snapshot: {
      agentId: agent.id,
      startingBalance: amount(session.starting_balance),
      balances: wallet,
      position: toPosition(positionRow),
      netRealizedPnlToday,
      openOrderCount: await ledger.countPendingOrders(tx, agent.id),
      ordersLastMinute: await ctx.orderRate.count(tx, agent.id, now),
    },
    sessionId: session.id,
    wallet,
    positionRow,
    sessionToday,
  };
}

function marketOf(ctx: ServiceContext, symbol: string | undefined) {
  return {
    price: symbol ? ctx.market.lastPrice(symbol)?.price : undefined,
    quoteVolume24h: symbol ? ctx.market.quoteVolume24h(symbol) : undefined,
    prices: ctx.prices,
  };
}

/**
 * The write piece of a new order or OCO group, after the replay check: the battle guard, the
 * agent's state, the engine's decision (`decide`), then the one writer, the idempotency record and
 * the order rate. Nothing is written before the decision, so a rejection is returned rather than
 * thrown: the caller counts it once, even if a failed group commit runs this piece a second time.
 */
async function placeInPiece(
  ctx: ServiceContext,
  tx: Tx,
  agent: Agent,
  symbol: string,
  retry: { idempotencyKey: string | undefined; hash: string; clientOrderId: string | undefined },
  decide: (state: AgentState, now: number) => PlaceOrderResult | PlaceOcoResult,
): Promise<Rejection | BattleRejection | { kind: 'placed'; written: WrittenOutcome }> {
  const now = ctx.clock.now();
  // A live battle may forbid this order (paused or eliminated participant, pair not allowed).
  const forbidden = await battleOrderRejection(tx, agent.id, symbol);
  if (forbidden) return forbidden;
  const state = await agentSnapshot(ctx, tx, agent, symbol, now);
  const outcome = decide(state, now);
  if (outcome.kind === 'rejected') return outcome;
  // The engine fills at `now`, so the session's totals read for the risk check are the fill's day's.
  const written = await writeOutcome(tx, { ...state, agentId: agent.id, now }, outcome, { clientOrderId: retry.clientOrderId ?? null });
  const made = outcome.kind === 'oco' ? outcome.orders : [outcome.order];
  if (retry.idempotencyKey) await ledger.insertIdempotencyKey(tx, agent.id, retry.idempotencyKey, retry.hash, made[0]!.id, now);
  // Last, after every write that could throw: a rolled-back order must not count.
  for (const order of made) ctx.orderRate.record(agent.id, order.createdAt);
  // If the batch's commit fails after all, the count reseeds from what is really stored.
  tx.onRollback(() => ctx.orderRate.forget(agent.id));
  return { kind: 'placed', written };
}

/** After a commit: the matcher tracks what rests and drops what closed; every changed order is announced. */
function afterCommit(ctx: ServiceContext, written: WrittenOutcome): void {
  for (const id of written.closed) ctx.matcher.untrack(id);
  for (const order of written.resting) ctx.matcher.track(order);
  announceOrders(ctx, written.views);
}

/**
 * Places an order for the agent atomically (one savepoint of a group commit): risk chain, locks,
 * fill or rest — with a bracket's legs when it fills; it resolves once stored. A retry with the
 * same Idempotency-Key or client_order_id returns the original order instead of a second one.
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
  checkExpiry(intent.options, ctx.clock.now(), ORDER_TTL_MS);
  const clientOrderId = req.clientOrderId;
  // Only a request that can be retried needs its fingerprint.
  const hash = idempotencyKey || clientOrderId ? intentFingerprint(intent, clientOrderId) : '';
  const risk = effectiveRiskProfile(account.risk_profile, agent.risk_profile);
  const pair = ctx.market.pair(intent.symbol);

  const result = await ctx.writes.submit(async (tx) => {
    await lockAgents(tx, [agent.id]);
    const replay = await findReplay(tx, agent.id, hash, idempotencyKey, clientOrderId);
    if (replay) return { kind: 'replay' as const, view: await viewOf(tx, replay) };
    const symbol = pair?.symbol ?? intent.symbol;
    return await placeInPiece(ctx, tx, agent, symbol, { idempotencyKey, hash, clientOrderId }, (state, now) =>
      enginePlace({
        agent: state.snapshot,
        pair,
        market: marketOf(ctx, pair?.symbol),
        risk,
        order: { ...intent, symbol },
        now,
        orderId: ctx.ids.next(),
        fillId: ctx.ids.next(),
        nextId: () => ctx.ids.next(),
      }),
    );
  });

  if (result.kind === 'replay') return { view: result.view, replayed: true };
  if (result.kind === 'rejected') {
    ctx.metrics.orderRejected(result.details.reason);
    throw new DomainError(result.code, result.message, result.details);
  }
  const main = result.written.views[0]!;
  ctx.metrics.orderPlaced(main.order.type, main.order.status === 'filled');
  // A market order that filled at once is one event, already `filled`; its bracket legs follow.
  afterCommit(ctx, result.written);
  return { view: main, replayed: false };
}

export interface PlacedOco {
  groupId: string;
  /** The take-profit leg, then the stop leg. */
  views: [OrderView, OrderView];
  replayed: boolean;
}

/** The legs of `groupId` as stored, oldest (the take-profit leg) first. */
async function groupViews(tx: Tx, groupId: string): Promise<[OrderView, OrderView]> {
  const rows = await ledger.findGroupOrders(tx, groupId);
  if (rows.length !== 2) throw new Error(`OCO group ${groupId} has ${rows.length} orders`);
  return [await viewOf(tx, rows[0]!), await viewOf(tx, rows[1]!)];
}

/**
 * Places an OCO group atomically: two legs on the same quantity, the risk chain run on each, one
 * lock (the larger leg's). A retry with the same Idempotency-Key returns the original group.
 */
export async function placeOco(
  ctx: ServiceContext,
  account: Account,
  agent: Agent,
  req: OcoRequest,
  idempotencyKey?: string,
): Promise<PlacedOco> {
  assertAgentWritable(agent);
  const intent = ocoIntentOf(req);
  checkExpiry(intent.options, ctx.clock.now(), ORDER_TTL_MS);
  const hash = idempotencyKey ? intentFingerprint(intent, undefined) : '';
  const risk = effectiveRiskProfile(account.risk_profile, agent.risk_profile);
  const pair = ctx.market.pair(intent.symbol);

  const result = await ctx.writes.submit(async (tx) => {
    await lockAgents(tx, [agent.id]);
    const replay = await findReplay(tx, agent.id, hash, idempotencyKey, undefined);
    if (replay) {
      if (replay.group_id === null)
        throw conflict('This Idempotency-Key was used for a different order.', { idempotency_key: idempotencyKey });
      return { kind: 'replay' as const, groupId: replay.group_id, views: await groupViews(tx, replay.group_id) };
    }
    const symbol = pair?.symbol ?? intent.symbol;
    return await placeInPiece(ctx, tx, agent, symbol, { idempotencyKey, hash, clientOrderId: undefined }, (state, now) =>
      enginePlaceOco({
        agent: state.snapshot,
        pair,
        market: marketOf(ctx, pair?.symbol),
        risk,
        oco: { ...intent, symbol },
        now,
        nextId: () => ctx.ids.next(),
      }),
    );
  });

  if (result.kind === 'replay') return { groupId: result.groupId, views: result.views, replayed: true };
  if (result.kind === 'rejected') {
    ctx.metrics.orderRejected(result.details.reason);
    throw new DomainError(result.code, result.message, result.details);
  }
  for (const view of result.written.views) ctx.metrics.orderPlaced(view.order.type, false);
  afterCommit(ctx, result.written);
  const [first, second] = result.written.views;
  return { groupId: first!.order.group_id!, views: [first!, second!], replayed: false };
}

/** A pending trailing stop's view with the matcher's live best price and trigger. */
function withLiveTrail(ctx: ServiceContext, view: OrderView): OrderView {
  if (view.order.status !== 'pending' || view.order.type !== 'trailing_stop') return view;
  const trail = ctx.matcher.trailOf(view.order.id);
  return trail ? { ...view, trail } : view;
}

export async function getOrder(ctx: ServiceContext, agent: Agent, orderId: string): Promise<OrderView> {
  return readNow(ctx.db, async (tx) => {
    const order = await ledger.findAgentOrder(tx, agent.id, orderId.toLowerCase());
    if (!order) throw new DomainError('ORDER_NOT_FOUND', `Order '${orderId}' not found.`, { order_id: orderId });
    return withLiveTrail(ctx, await viewOf(tx, order));
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
  return { views: orders.map((order) => withLiveTrail(ctx, { order, fill: fills.get(order.id) })), total };
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

/**
 * Cancels pending orders, releasing each one's whole lock (the caller holds the connection). An
 * OCO leg takes its pending siblings with it (they share one lock), whether or not they are among
 * `rows`; the released amount is reported on the leg that held it.
 */
async function cancelRows(
  ctx: ServiceContext,
  tx: Tx,
  agentId: string,
  rows: OrderRow[],
  now: number,
  reason: CancelReason,
): Promise<Array<{ order: ClosedOrder; released: Amount; asset: string }>> {
  let wallet = toWallet(await ledger.findBalances(tx, agentId));
  const done = new Set<string>();
  const out: Array<{ order: ClosedOrder; released: Amount; asset: string }> = [];
  for (const row of rows) {
    if (done.has(row.id)) continue;
    const trailOf: TrailLookup = (id) => ctx.matcher.trailOf(id);
    const order = withLiveTrailState(toRestingOrder(row), trailOf);
    const siblings = await pendingSiblings(tx, row, trailOf);
    const result = engineCancel(order, now, reason, siblings);
    await writeClosedOrder(tx, result.order);
    const siblingsClosed = result.linked.flatMap((l) => (l.kind === 'cancelled' ? [l.order] : []));
    for (const closed of siblingsClosed) await writeClosedOrder(tx, closed);
    wallet = await writeBalanceChanges(tx, agentId, wallet, result.balanceChanges, now);
    // Each order reports the lock it held itself; the group's is on the leg that holds it.
    for (const closed of [order, ...siblings]) {
      done.add(closed.id);
      const final = closed === order ? result.order : siblingsClosed.find((l) => l.id === closed.id)!;
      out.push({ order: final, released: closed.lockedAmount, asset: closed.lockedAsset });
    }
  }
  return out;
}

export interface Cancellation {
  view: OrderView;
  /** Everything the cancel released: the order's lock and, for an OCO leg, its group's. */
  released: Amount;
  asset: string;
  /** The other orders the cancel closed (an OCO leg's siblings). */
  others: OrderView[];
}

/** Cancels a pending order; an OCO leg cancels its whole group. */
export async function cancelOrder(ctx: ServiceContext, agent: Agent, orderId: string): Promise<Cancellation> {
  assertAgentWritable(agent);
  const id = orderId.toLowerCase();
  const cancellation = await ctx.writes.submit(async (tx) => {
    await lockAgents(tx, [agent.id]);
    const row = await ledger.findAgentOrder(tx, agent.id, id);
    if (!row) throw new DomainError('ORDER_NOT_FOUND', `Order '${orderId}' not found.`, { order_id: orderId });
    if (row.status !== 'pending') {
      throw new DomainError('ORDER_NOT_CANCELLABLE', `Order '${orderId}' is ${row.status} and cannot be cancelled.`, {
        order_id: row.id,
        current_status: row.status,
      });
    }
    const closed = await cancelRows(ctx, tx, agent.id, [row], ctx.clock.now(), 'user');
    const views = await viewsOf(
      tx,
      closed.map((c) => c.order.id),
    );
    return {
      view: views[0]!,
      others: views.slice(1),
      released: closed.reduce((sum, c) => sum + c.released, 0n),
      asset: closed[0]!.asset,
    };
  });
  for (const view of [cancellation.view, ...cancellation.others]) ctx.matcher.untrack(view.order.id);
  announceOrders(ctx, [cancellation.view, ...cancellation.others]);
  return cancellation;
}

export interface GroupCancellation {
  groupId: string;
  views: [OrderView, OrderView];
  released: Amount;
  asset: string;
}

/** Cancels both legs of an OCO group. Unknown group (or another agent's): ORDER_NOT_FOUND; no pending leg: ORDER_NOT_CANCELLABLE. */
export async function cancelOcoGroup(ctx: ServiceContext, agent: Agent, groupId: string): Promise<GroupCancellation> {
  assertAgentWritable(agent);
  const id = groupId.toLowerCase();
  const result = await ctx.writes.submit(async (tx) => {
    await lockAgents(tx, [agent.id]);
    const rows = (await ledger.findGroupOrders(tx, id)).filter((r) => r.agent_id === agent.id);
    if (rows.length === 0) throw new DomainError('ORDER_NOT_FOUND', `OCO group '${groupId}' not found.`, { group_id: groupId });
    const pending = rows.filter((r) => r.status === 'pending');
    if (pending.length === 0) {
      throw new DomainError('ORDER_NOT_CANCELLABLE', `OCO group '${groupId}' has no pending order to cancel.`, {
        group_id: id,
        current_status: rows.map((r) => r.status).join(','),
      });
    }
    const closed = await cancelRows(ctx, tx, agent.id, [pending[0]!], ctx.clock.now(), 'user');
    return {
      views: await groupViews(tx, id),
      released: closed.reduce((sum, c) => sum + c.released, 0n),
      asset: closed[0]!.asset,
      closedIds: closed.map((c) => c.order.id),
    };
  });
  for (const closedId of result.closedIds) ctx.matcher.untrack(closedId);
  announceOrders(
    ctx,
    result.views.filter((v) => result.closedIds.includes(v.order.id)),
  );
  return { groupId: id, views: result.views, released: result.released, asset: result.asset };
}

export async function cancelAllOrders(
  ctx: ServiceContext,
  agent: Agent,
): Promise<Array<{ orderId: string; asset: string; released: Amount }>> {
  assertAgentWritable(agent);
  const cancelled = await ctx.writes.submit(async (tx) => {
    await lockAgents(tx, [agent.id]);
    const closed = await cancelRows(ctx, tx, agent.id, await ledger.findPendingOrders(tx, agent.id), ctx.clock.now(), 'user');
    const views = await viewsOf(
      tx,
      closed.map((c) => c.order.id),
    );
    return closed.map((c, i) => ({ ...c, view: views[i]! }));
  });
  for (const c of cancelled) ctx.matcher.untrack(c.order.id);
  announceOrders(
    ctx,
    cancelled.map((c) => c.view),
  );
  return cancelled.map((c) => ({ orderId: c.order.id, asset: c.asset, released: c.released }));
}

/**
 * Cancels every pending order of the agent inside the caller's transaction (a store piece, or a
 * Kysely transaction through `kyselyTx`), releasing the locks; the agent's ledger is locked first.
 * Returns the cancelled ids, for the caller to drop from the matcher and announce
 * (announceCommittedOrders) after commit.
 */
export async function cancelAgentOrdersInTransaction(ctx: ServiceContext, tx: Tx, agent: Agent, reason: CancelReason): Promise<string[]> {
  await lockAgents(tx, [agent.id]);
  const closed = await cancelRows(ctx, tx, agent.id, await ledger.findPendingOrders(tx, agent.id), ctx.clock.now(), reason);
  return closed.map((c) => c.order.id);
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
  // The ledger's statements run on the caller's transaction, after the agent's ledger is locked.
  const tx = kyselyTx(trx, ctx.writes.dialect);
  await lockAgents(tx, [agent.id]);
  const cancelled = await cancelRows(ctx, tx, agent.id, await ledger.findPendingOrders(tx, agent.id), now, 'reset');
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
