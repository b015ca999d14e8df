// The trading core: place, fill, cancel. Pure and synchronous — the caller supplies time, ids,
// prices and the agent's state, and persists the result (one transaction per call).
import type { Amount } from '../money.js';
import { applyFill } from './position.js';
import { executeAt, marketExecution, quoteSettlement, type Execution } from './pricing.js';
import { assessOrder, balanceOf } from './risk.js';
import { isTriggered } from './trigger-index.js';
import type {
  BalanceChange,
  CancelledResult,
  CancelReason,
  ClosedOrder,
  FilledResult,
  FillRestingInput,
  FillRestingResult,
  OrderType,
  PlaceOrderInput,
  PlaceOrderResult,
  Position,
  OrderCore,
  RestingOrder,
  WalletBalance,
} from './types.js';

/** An order as it is about to fill: its identity plus what it holds locked (0 if it never rested). */
interface FillingOrder extends OrderCore {
  type: OrderType;
  price: Amount | null;
  lockedAmount: Amount;
}

/**
 * Places a new order: runs the risk chain, then fills it at once (market orders, marketable
 * limits) or leaves it resting with its lock. Never throws for a business outcome; a failed rule
 * comes back as `{ kind: 'rejected', code, message, details }`.
 *
 * @example
 * const result = placeOrder({ agent, pair, market, risk, order: { symbol: 'BTCUSDT', side: 'buy',
 *   type: 'market', quantity: parseAmount('0.01') }, now: clock.now(), orderId, fillId });
 * if (result.kind === 'filled') persist(result.order, result.fill, result.balanceChanges, result.position);
 */
export function placeOrder(input: PlaceOrderInput): PlaceOrderResult {
  const assessed = assessOrder(input);
  if (!assessed.ok) return assessed.rejection;
  const { pair, plan } = assessed;
  const { order: intent, agent, now } = input;
  const core = {
    id: input.orderId,
    agentId: agent.agentId,
    symbol: pair.symbol,
    baseAsset: pair.baseAsset,
    quoteAsset: pair.quoteAsset,
    side: intent.side,
    quantity: intent.quantity,
    createdAt: now,
  };
  if (plan.kind === 'rest' && intent.type !== 'market') {
    const order: RestingOrder = {
      ...core,
      type: intent.type,
      price: intent.price,
      lockedAsset: plan.lock.asset,
      lockedAmount: plan.lock.amount,
    };
    return {
      kind: 'resting',
      order,
      balanceChanges: [{ asset: plan.lock.asset, available: -plan.lock.amount, locked: plan.lock.amount }],
    };
  }
  if (plan.kind !== 'fill') throw new Error(`unexpected plan ${plan.kind}`); // assessOrder rejects the rest
  const price = intent.type === 'market' ? null : intent.price;
  return settle({ ...core, type: intent.type, price, lockedAmount: 0n }, plan.execution, agent.position, now, input.fillId);
}

/**
 * Fills a resting order that a tick at `price` has crossed (see `TriggerIndex.crossed`).
 * A limit fills at exactly its limit price, no slippage. A stop-loss/take-profit fills as a market
 * order at the tick price with slippage. The cost is taken from the order's lock and the unused
 * rest released; a triggered buy that gapped past its lock takes the difference from available
 * USDT, and if that is short the order is cancelled (`insufficient_balance`) with its whole lock
 * released — never a partial fill.
 *
 * Throws if the tick does not cross the order: that is a caller bug, not a market outcome.
 */
export function fillResting(input: FillRestingInput): FillRestingResult {
  const { order, price, now } = input;
  if (!isTriggered(order, price)) throw new Error(`order ${order.id} is not crossed by ${price}`);
  const execution =
    order.type === 'limit'
      ? executeAt(order.side, order.quantity, order.price, 0n)
      : marketExecution(order.side, order.quantity, price, input.quoteVolume24h);
  if (order.side === 'buy') {
    const shortfall = quoteSettlement('buy', execution) - order.lockedAmount;
    if (shortfall > 0n && balanceOf(input.balances, order.quoteAsset).available < shortfall) {
      return cancelOrder(order, now, 'insufficient_balance');
    }
  }
  return settle(order, execution, input.position, now, input.fillId);
}

/**
 * Ends a resting order without a fill and releases its whole lock. `expired` gives status
 * `expired`; every other reason gives `cancelled`.
 *
 * @example cancelOrder(order, now).balanceChanges // [{ asset: 'USDT', available: lock, locked: -lock }]
 */
export function cancelOrder(order: RestingOrder, now: number, reason: CancelReason = 'user'): CancelledResult {
  const { lockedAsset, lockedAmount, ...core } = order;
  return {
    kind: 'cancelled',
    order: { ...core, status: reason === 'expired' ? 'expired' : 'cancelled', closedAt: now, cancelReason: reason },
    released: { asset: lockedAsset, amount: lockedAmount },
    balanceChanges: [{ asset: lockedAsset, available: lockedAmount, locked: -lockedAmount }],
  };
}

/**
 * Books one execution. What the order pays comes out of its lock first (all of the lock is
 * cleared, the unused part going back to available) and the rest from available; what it
 * receives goes to available. With no lock (an order filling at placement) everything moves
 * through available.
 */
function settle(order: FillingOrder, execution: Execution, position: Position | undefined, now: number, fillId: string): FilledResult {
  const lock = order.lockedAmount;
  const quote = quoteSettlement(order.side, execution);
  const balanceChanges: BalanceChange[] =
    order.side === 'buy'
      ? [
          { asset: order.quoteAsset, available: lock - quote, locked: -lock },
          { asset: order.baseAsset, available: order.quantity, locked: 0n },
        ]
      : [
          { asset: order.quoteAsset, available: quote, locked: 0n },
          { asset: order.baseAsset, available: lock - order.quantity, locked: -lock },
        ];
  const after = applyFill(position, order.symbol, order.side, order.quantity, execution.gross, execution.fee);
  const closed: ClosedOrder = {
    id: order.id,
    agentId: order.agentId,
    symbol: order.symbol,
    baseAsset: order.baseAsset,
    quoteAsset: order.quoteAsset,
    side: order.side,
    type: order.type,
    quantity: order.quantity,
    price: order.price,
    createdAt: order.createdAt,
    status: 'filled',
    closedAt: now,
    cancelReason: null,
  };
  return {
    kind: 'filled',
    order: closed,
    fill: {
      id: fillId,
      orderId: order.id,
      agentId: order.agentId,
      symbol: order.symbol,
      side: order.side,
      quantity: order.quantity,
      price: execution.price,
      referencePrice: execution.referencePrice,
      slippagePct: execution.slippagePct,
      gross: execution.gross,
      fee: execution.fee,
      realizedPnl: after.realizedPnl,
      netPnl: after.netPnl,
      executedAt: now,
    },
    balanceChanges: balanceChanges.filter((c) => c.available !== 0n || c.locked !== 0n),
    position: after.position,
  };
}

/**
 * Applies balance deltas to a list of balances (a new list; assets not yet held are added).
 * Throws if any available or locked amount would go negative — the engine never produces that,
 * so it means the balances passed in were stale or inconsistent.
 *
 * @example applyBalanceChanges([{ asset: 'USDT', available: 10n, locked: 0n }], [{ asset: 'USDT', available: -4n, locked: 4n }])
 * // [{ asset: 'USDT', available: 6n, locked: 4n }]
 */
export function applyBalanceChanges(balances: readonly WalletBalance[], changes: readonly BalanceChange[]): WalletBalance[] {
  const out = balances.map((b) => ({ ...b }));
  for (const change of changes) {
    let balance = out.find((b) => b.asset === change.asset);
    if (!balance) {
      balance = { asset: change.asset, available: 0n, locked: 0n };
      out.push(balance);
    }
    balance.available += change.available;
    balance.locked += change.locked;
    if (balance.available < 0n || balance.locked < 0n) {
      throw new RangeError(`balance of ${change.asset} would go negative`);
    }
  }
  return out;
}
