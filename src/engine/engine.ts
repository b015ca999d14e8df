// The trading core: place, fill, cancel. Pure and synchronous — the caller supplies time, ids,
// prices and the agent's state, and persists the result (one transaction per call).
import { formatAmount, mulAmount, type Amount } from '../money.js';
import { applyFill } from './position.js';
import { executeAt, marketExecution, quoteSettlement, initialTrailTrigger, type Execution } from './pricing.js';
import { assessOrder, balanceOf, checkPrices, rejection as rejection_ } from './risk.js';
import { trailActivates, trailBest, trailFires, trailTrigger } from './trailing.js';
import { isTriggered } from './trigger-index.js';
import type {
  BalanceChange,
  BracketSpec,
  LegSpec,
  LinkedResult,
  OrderAttributes,
  OrderIntent,
  OrderOptions,
  PairRules,
  PlaceOcoInput,
  PlaceOcoResult,
  Rejection,
  RestingType,
  Side,
  TrailSpec,
  TrailState,
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

/** What a plain order carries when the request sets no option. */
export const DEFAULT_OPTIONS: OrderOptions = { timeInForce: 'GTC', expireAt: null, postOnly: false };

/** The fields of a lone order with default options: no group, no parent, no trail, no bracket. */
export const PLAIN_ORDER: OrderAttributes = {
  ...DEFAULT_OPTIONS,
  groupId: null,
  parentOrderId: null,
  trail: null,
  bracket: null,
};

const needIds = (nextId: (() => string) | undefined): (() => string) => {
  if (!nextId) throw new Error('this order needs more ids: pass nextId');
  return nextId;
};

/**
 * Places a new order: runs the risk chain, then fills it at once (market orders, marketable
 * limits) or leaves it resting with its lock. Never throws for a business outcome; a failed rule
 * comes back as `{ kind: 'rejected', code, message, details }`.
 *
 * An IOC/FOK limit that cannot fill now comes back `cancelled` with status `expired`, nothing
 * locked. A bracket entry that fills places its legs in the same result (`linked`).
 *
 * @example
 * const result = placeOrder({ agent, pair, market, risk, order: { symbol: 'BTCUSDT', side: 'buy',
 *   type: 'market', quantity: parseAmount('0.01') }, now: clock.now(), orderId, fillId });
 * if (result.kind === 'filled') persist(result.order, result.fill, result.balanceChanges, result.position);
 */
export function placeOrder(input: PlaceOrderInput): PlaceOrderResult {
  const assessed = assessOrder(input);
  if (!assessed.ok) return assessed.rejection;
  const { pair, plan, marketPrice } = assessed;
  const { order: intent, agent, now } = input;
  const bracket = intent.bracket ?? null;
  if (bracket) {
    const legRejection = assessBracket(input, pair, marketPrice, bracket);
    if (legRejection) return legRejection;
  }
  const options = intent.options ?? DEFAULT_OPTIONS;
  const core: OrderCore = {
    id: input.orderId,
    agentId: agent.agentId,
    symbol: pair.symbol,
    baseAsset: pair.baseAsset,
    quoteAsset: pair.quoteAsset,
    side: intent.side,
    quantity: intent.quantity,
    createdAt: now,
    ...options,
    groupId: null,
    parentOrderId: null,
    trail: intent.type === 'trailing_stop' ? startTrail(intent.side, intent.trail, marketPrice) : null,
    bracket,
  };
  if (plan.kind === 'rest' && intent.type !== 'market') {
    if (options.timeInForce === 'IOC' || options.timeInForce === 'FOK') {
      // Nothing crosses now and it may not wait: it ends unfilled, having locked nothing.
      return {
        kind: 'cancelled',
        order: { ...core, type: intent.type, price: priceOf(intent), status: 'expired', closedAt: now, cancelReason: 'expired' },
        released: { asset: plan.lock.asset, amount: 0n },
        balanceChanges: [],
        linked: [],
      };
    }
    const order: RestingOrder = {
      ...core,
      type: intent.type,
      price: core.trail ? trailPrice(core.side, core.trail, marketPrice) : priceOf(intent)!,
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
  const filled = settle(
    { ...core, type: intent.type, price: priceOf(intent), lockedAmount: 0n },
    plan.execution,
    agent.position,
    now,
    input.fillId,
  );
  return bracket ? placeLegs(filled, marketPrice, input.market.quoteVolume24h, now, needIds(input.nextId)) : filled;
}

const priceOf = (intent: OrderIntent): Amount | null => ('price' in intent ? intent.price : null);

/** A trailing stop's state at placement: active at once (best = P) unless it waits for its activation price. */
function startTrail(side: Side, trail: TrailSpec, marketPrice: Amount): TrailState {
  const active = trail.activationPrice === null || trailActivates(side, trail.activationPrice, marketPrice);
  return { ...trail, best: active ? marketPrice : null };
}

/** A trailing stop's `price`: its trigger now, or before activation the trigger it starts from. */
function trailPrice(side: Side, trail: TrailState, marketPrice: Amount): Amount {
  return trail.best !== null ? trailTrigger(side, trail.best, trail) : initialTrailTrigger(side, trail, marketPrice);
}

/**
 * Places two legs on the same quantity as one OCO group. The risk chain runs on each leg (the
 * second counting the first among open orders and in the order rate); neither may fill or fire at
 * placement (`would_take`, `would_trigger_immediately`). The group locks what its larger leg needs
 * (a sell: the base quantity once), held by the profit leg; the stop leg holds 0.
 */
export function placeOco(input: PlaceOcoInput): PlaceOcoResult {
  const { oco, agent, now } = input;
  const options = oco.options ?? DEFAULT_OPTIONS;
  const legs = [
    { name: 'take_profit', intent: legIntent(oco.symbol, oco.side, oco.quantity, oco.takeProfit, options) },
    { name: 'stop_loss', intent: legIntent(oco.symbol, oco.side, oco.quantity, oco.stopLoss, options) },
  ] as const;
  const planned: Array<{ intent: OrderIntent & { type: RestingType }; lock: { asset: string; amount: Amount }; price: Amount }> = [];
  for (const [i, leg] of legs.entries()) {
    const assessed = assessOrder({
      ...input,
      agent: { ...agent, openOrderCount: agent.openOrderCount + i, ordersLastMinute: agent.ordersLastMinute + i },
      order: leg.intent,
    });
    if (!assessed.ok) return withLeg(assessed.rejection, leg.name);
    if (assessed.plan.kind === 'fill') {
      const { rejection } = rejection_(
        'ORDER_REJECTED',
        'would_take',
        `The ${leg.name} leg would fill at once against ${formatAmount(assessed.marketPrice)}.`,
        {
          price: formatAmount(priceOf(leg.intent) ?? 0n),
          market_price: formatAmount(assessed.marketPrice),
        },
      );
      return withLeg(rejection, leg.name);
    }
    if (assessed.plan.kind !== 'rest') throw new Error(`unexpected plan ${assessed.plan.kind}`);
    planned.push({ intent: leg.intent, lock: assessed.plan.lock, price: assessed.marketPrice });
  }
  const [first, second] = planned as [(typeof planned)[0], (typeof planned)[0]];
  const lock = first.lock.amount >= second.lock.amount ? first.lock.amount : second.lock.amount;
  const groupId = input.nextId();
  const pair = input.pair!;
  const orders = planned.map((p, i): RestingOrder => {
    const trail = p.intent.type === 'trailing_stop' ? startTrail(oco.side, p.intent.trail, p.price) : null;
    return {
      id: input.nextId(),
      agentId: agent.agentId,
      symbol: pair.symbol,
      baseAsset: pair.baseAsset,
      quoteAsset: pair.quoteAsset,
      side: oco.side,
      quantity: oco.quantity,
      createdAt: now,
      ...options,
      groupId,
      parentOrderId: null,
      trail,
      bracket: null,
      type: p.intent.type,
      price: trail ? trailPrice(oco.side, trail, p.price) : priceOf(p.intent)!,
      lockedAsset: first.lock.asset,
      lockedAmount: i === 0 ? lock : 0n,
    };
  }) as [RestingOrder, RestingOrder];
  return { kind: 'oco', groupId, orders, balanceChanges: [{ asset: first.lock.asset, available: -lock, locked: lock }] };
}

function legIntent(symbol: string, side: Side, quantity: Amount, leg: LegSpec, options: OrderOptions): OrderIntent & { type: RestingType } {
  return leg.type === 'trailing_stop'
    ? { symbol, side, quantity, type: 'trailing_stop', trail: leg.trail, options }
    : { symbol, side, quantity, type: leg.type, price: leg.price, options };
}

function withLeg(rejection: Rejection, leg: string): Rejection {
  return { ...rejection, details: { ...rejection.details, leg } };
}

/**
 * The checks a bracket's legs get when the entry is placed: the profit leg above the entry's
 * reference price (its limit, or the market price for a market entry) and the stop below it
 * (`invalid_bracket`); each leg's prices, minimum notional and minimum order size; and room among
 * the open orders for the legs. Funds, size and position rules are the entry's: the legs sell what
 * it buys.
 */
function assessBracket(input: PlaceOrderInput, pair: PairRules, marketPrice: Amount, bracket: BracketSpec): Rejection | undefined {
  const { order: entry, risk, agent } = input;
  if (entry.side !== 'buy' || (entry.type !== 'market' && entry.type !== 'limit')) {
    throw new Error('a bracket needs a buy market or limit entry'); // the request reader refuses it
  }
  const reference = entry.type === 'limit' ? entry.price : marketPrice;
  const legs = [
    ['take_profit', bracket.takeProfit],
    ['stop_loss', bracket.stopLoss],
  ] as const;
  let count = 0;
  for (const [name, leg] of legs) {
    if (!leg) continue;
    count++;
    const intent = legIntent(entry.symbol, 'sell', entry.quantity, leg, DEFAULT_OPTIONS);
    const bad = checkPrices(intent, pair);
    if (bad) return withLeg(bad.rejection, name);
    const trigger = intent.type === 'trailing_stop' ? initialTrailTrigger('sell', intent.trail, reference) : intent.price;
    if (trigger <= 0n) {
      return withLeg(
        rejection_('INVALID_PRICE', 'trail_exceeds_price', 'The trail is wider than the price it trails.', {
          entry_price: formatAmount(reference),
        }).rejection,
        name,
      );
    }
    const wrongSide = intent.type !== 'trailing_stop' && (name === 'take_profit' ? intent.price <= reference : intent.price >= reference);
    if (wrongSide) {
      return rejection_(
        'ORDER_REJECTED',
        'invalid_bracket',
        name === 'take_profit'
          ? `The take-profit leg (${formatAmount(trigger)}) must be above the entry price ${formatAmount(reference)}.`
          : `The stop-loss leg (${formatAmount(trigger)}) must be below the entry price ${formatAmount(reference)}.`,
        { leg: name, price: formatAmount(trigger), entry_price: formatAmount(reference) },
      ).rejection;
    }
    const notional = mulAmount(entry.quantity, trigger);
    if (notional < pair.minNotional) {
      return rejection_(
        'INVALID_QUANTITY',
        'below_min_notional',
        `The ${name} leg's value ${formatAmount(notional)} is below the minimum ${formatAmount(pair.minNotional)}.`,
        {
          leg: name,
          notional: formatAmount(notional),
          min_notional: formatAmount(pair.minNotional),
        },
      ).rejection;
    }
    if (notional < risk.min_order_size_usd) {
      return rejection_(
        'ORDER_REJECTED',
        'order_too_small',
        `The ${name} leg's value ${formatAmount(notional)} USDT is below the minimum order size.`,
        {
          leg: name,
          notional: formatAmount(notional),
          min_order_size_usd: formatAmount(risk.min_order_size_usd),
        },
      ).rejection;
    }
  }
  if (count === 0) throw new Error('a bracket needs at least one leg');
  if (agent.openOrderCount + count > risk.max_open_orders) {
    return rejection_(
      'ORDER_REJECTED',
      'max_open_orders_exceeded',
      `At most ${risk.max_open_orders} orders may be open at once; the bracket adds ${count}.`,
      {
        open_orders: agent.openOrderCount,
        max_open_orders: risk.max_open_orders,
        legs: count,
      },
    ).rejection;
  }
  return undefined;
}

/**
 * Places a filled bracket entry's legs, in the entry's transaction: sells of its quantity, as an
 * OCO group when there are two. The legs skip the rate, daily-loss and open-order rules: protection
 * is never refused. A leg the filling price `price` has already crossed fires at once (a gapped
 * stop fills as a market order at that price) and its sibling is closed (`oco`).
 */
function placeLegs(
  entry: FilledResult,
  price: Amount,
  quoteVolume24h: Amount | undefined,
  now: number,
  nextId: () => string,
): FilledResult {
  const bracket = entry.order.bracket!;
  const legs = [bracket.takeProfit, bracket.stopLoss].filter((l): l is LegSpec => l !== null);
  const groupId = legs.length > 1 ? nextId() : null;
  const o = entry.order;
  const orders = legs.map((leg): RestingOrder => {
    const trail = leg.type === 'trailing_stop' ? startTrail('sell', leg.trail, price) : null;
    return {
      id: nextId(),
      agentId: o.agentId,
      symbol: o.symbol,
      baseAsset: o.baseAsset,
      quoteAsset: o.quoteAsset,
      side: 'sell',
      quantity: o.quantity,
      createdAt: now,
      ...DEFAULT_OPTIONS,
      groupId,
      parentOrderId: o.id,
      trail,
      bracket: null,
      type: leg.type,
      price: trail ? trailPrice('sell', trail, price) : (leg as { price: Amount }).price,
      lockedAsset: o.baseAsset,
      lockedAmount: 0n,
    };
  });
  const crossed = orders.find((leg) => leg.type !== 'trailing_stop' && isTriggered(leg, price));
  if (crossed) {
    const execution =
      crossed.type === 'limit'
        ? executeAt('sell', crossed.quantity, price, 0n)
        : marketExecution('sell', crossed.quantity, price, quoteVolume24h);
    const legFill = settle(crossed, execution, entry.position, now, nextId());
    const linked: LinkedResult[] = [{ kind: 'filled', order: legFill.order, fill: legFill.fill }];
    for (const other of orders) if (other !== crossed) linked.push({ kind: 'cancelled', order: closeOrder(other, now, 'oco') });
    return {
      ...entry,
      balanceChanges: mergeChanges([...entry.balanceChanges, ...legFill.balanceChanges]),
      position: legFill.position,
      linked,
    };
  }
  // The group locks the bought quantity once, held by the first leg.
  orders[0]!.lockedAmount = o.quantity;
  return {
    ...entry,
    balanceChanges: mergeChanges([...entry.balanceChanges, { asset: o.baseAsset, available: -o.quantity, locked: o.quantity }]),
    linked: orders.map((order) => ({ kind: 'resting', order })),
  };
}

/** Sums the deltas per asset (first-seen order), dropping the ones that cancel out. */
function mergeChanges(changes: readonly BalanceChange[]): BalanceChange[] {
  const out = new Map<string, BalanceChange>();
  for (const c of changes) {
    const prev = out.get(c.asset);
    out.set(c.asset, prev ? { asset: c.asset, available: prev.available + c.available, locked: prev.locked + c.locked } : { ...c });
  }
  return [...out.values()].filter((c) => c.available !== 0n || c.locked !== 0n);
}

/**
 * Fills a resting order that a tick at `price` has crossed (see `RestingBook.onTick`).
 * A limit fills at exactly its limit price, no slippage. A stop-loss/take-profit/trailing stop
 * fills as a market order at the tick price with slippage. The cost is taken from the order's lock
 * (with its OCO siblings' locks: the group shares one) and the unused rest released; a triggered
 * buy that gapped past its lock takes the difference from available USDT, and if that is short the
 * order is cancelled (`insufficient_balance`) with its whole lock released — never a partial fill.
 * Pending OCO siblings are closed (`oco`) in the same result; a bracket entry places its legs.
 *
 * Throws if the tick does not cross the order: that is a caller bug, not a market outcome.
 */
export function fillResting(input: FillRestingInput): FillRestingResult {
  const { order, price, now } = input;
  const siblings = input.siblings ?? [];
  if (order.groupId === null && siblings.length > 0) throw new Error(`order ${order.id} has no group but was given siblings`);
  // A leg may hold none of its group's lock: filling it without its siblings would spend what it never locked.
  if (order.groupId !== null && input.siblings === undefined) throw new Error(`order ${order.id} is an OCO leg: pass its pending siblings`);
  if (!crosses(order, price)) throw new Error(`order ${order.id} is not crossed by ${price}`);
  const groupLock = siblings.reduce((sum, s) => sum + s.lockedAmount, order.lockedAmount);
  const execution =
    order.type === 'limit'
      ? executeAt(order.side, order.quantity, order.price, 0n)
      : marketExecution(order.side, order.quantity, price, input.quoteVolume24h);
  if (order.side === 'buy') {
    const shortfall = quoteSettlement('buy', execution) - groupLock;
    if (shortfall > 0n && balanceOf(input.balances, order.quoteAsset).available < shortfall) {
      return cancelOrder(order, now, 'insufficient_balance', siblings);
    }
  }
  const filled = settle({ ...order, lockedAmount: groupLock }, execution, input.position, now, input.fillId);
  const linked: LinkedResult[] = siblings.map((s) => ({ kind: 'cancelled', order: closeOrder(s, now, 'oco') }));
  const withSiblings = { ...filled, linked };
  return order.bracket ? placeLegsAfter(withSiblings, price, input.quoteVolume24h, now, needIds(input.nextId)) : withSiblings;
}

function placeLegsAfter(filled: FilledResult, price: Amount, volume: Amount | undefined, now: number, nextId: () => string): FilledResult {
  const withLegs = placeLegs(filled, price, volume, now, nextId);
  return { ...withLegs, linked: [...filled.linked, ...withLegs.linked] };
}

/** Whether `price` reaches a resting order: a trailing stop by its trigger from its best price (it must be active). */
function crosses(order: RestingOrder, price: Amount): boolean {
  if (order.type !== 'trailing_stop') return isTriggered(order, price);
  const trail = order.trail;
  if (!trail || trail.best === null) return false;
  return trailFires(order.side, trailBest(order.side, trail.best, price), trail, price);
}

/**
 * Ends a resting order without a fill and releases its whole lock, with its pending OCO siblings
 * (same reason, their locks released too). `expired` gives status `expired`; every other reason
 * gives `cancelled`. When the order itself could not pay (`insufficient_balance`), its siblings
 * close with reason `oco`.
 *
 * @example cancelOrder(order, now).balanceChanges // [{ asset: 'USDT', available: lock, locked: -lock }]
 */
export function cancelOrder(
  order: RestingOrder,
  now: number,
  reason: CancelReason = 'user',
  siblings: readonly RestingOrder[] = [],
): CancelledResult {
  const released = siblings.reduce((sum, s) => sum + s.lockedAmount, order.lockedAmount);
  const siblingReason: CancelReason = reason === 'insufficient_balance' ? 'oco' : reason;
  return {
    kind: 'cancelled',
    order: closeOrder(order, now, reason),
    released: { asset: order.lockedAsset, amount: released },
    balanceChanges: released === 0n ? [] : [{ asset: order.lockedAsset, available: released, locked: -released }],
    linked: siblings.map((s) => ({ kind: 'cancelled', order: closeOrder(s, now, siblingReason) })),
  };
}

/** A resting order closed without a fill (no balance effect of its own). */
function closeOrder(order: RestingOrder, now: number, reason: CancelReason): ClosedOrder {
  const { lockedAsset: _asset, lockedAmount: _amount, ...core } = order;
  return { ...core, status: reason === 'expired' ? 'expired' : 'cancelled', closedAt: now, cancelReason: reason };
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
  const { lockedAmount: _lock, ...rest } = order;
  const { lockedAsset: _asset, ...core } = rest as typeof rest & { lockedAsset?: string };
  const closed: ClosedOrder = { ...core, status: 'filled', closedAt: now, cancelReason: null };
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
    linked: [],
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
