// One backtest's account: wallet, positions and resting orders, traded through the live engine's
// pure functions (placeOrder, placeOco, fillResting, cancelOrder, RestingBook) with the agent's
// effective risk profile. The rules that depend on time — the daily-loss breaker, the order rate
// and GTD expiry — run on the VIRTUAL clock. Nothing here touches storage: the session runtime
// persists what changed.
import { utcDay } from '../clock.js';
import type { RiskProfile } from '../domain/risk-profile.js';
import { QUOTE_ASSET, valueHoldings, type PriceLookup, type Valuation } from '../domain/valuation.js';
import {
  applyBalanceChanges,
  cancelOrder as engineCancel,
  fillResting,
  placeOco as engineOco,
  placeOrder as enginePlace,
  PLAIN_ORDER,
  RestingBook,
  type CancelledResult,
  type CancelReason,
  type ClosedOrder,
  type FilledResult,
  type Fill,
  type LinkedResult,
  type OcoIntent,
  type OrderAttributes,
  type OrderCore,
  type OrderIntent,
  type OrderType,
  type PairRules,
  type PlaceOcoResult,
  type PlaceOrderResult,
  type Position,
  type RestingOrder,
  type WalletBalance,
} from '../engine/index.js';
import { formatAmount, type Amount } from '../money.js';
import { advancedColumns, advancedOf, type AdvancedColumns } from '../services/order-request.js';
import { storedAmount } from './bar-stream.js';
import { backtestId } from './ids.js';

const ORDER_RATE_WINDOW_MS = 60_000;

/** Why a backtest order closed unfilled: the engine's reasons a sandbox can produce. */
type SandboxCancelReason = 'user' | 'insufficient_balance' | 'expired' | 'oco';

/** A fill with the order facts the trade history shows. */
export interface SandboxFill {
  fill: Fill;
  type: OrderType;
  orderPrice: Amount | null;
}

/** What the sandbox changed since the runtime last collected it (to persist). */
export interface SandboxChanges {
  /** Orders created or changed: the latest state of each. */
  orders: Map<string, SandboxOrder>;
  fills: SandboxFill[];
}

/** An order as the sandbox keeps it for storage. */
export interface SandboxOrder {
  id: string;
  symbol: string;
  side: 'buy' | 'sell';
  type: OrderType;
  status: 'pending' | 'filled' | 'cancelled' | 'expired';
  quantity: Amount;
  /** Limit or trigger price; a trailing stop's current trigger (its starting one before activation). */
  price: Amount | null;
  lockedAsset: string | null;
  lockedAmount: Amount;
  cancelReason: SandboxCancelReason | null;
  createdAt: number;
  closedAt: number | null;
  options: OrderAttributes;
}

/** The sandbox as stored in the session's checkpoint (amounts as decimal strings). */
export interface SandboxCheckpoint {
  balances: Array<[asset: string, available: string, locked: string]>;
  positions: Array<[symbol: string, quantity: string, cost: string, realizedPnl: string, openFees: string]>;
  resting: Array<{
    id: string;
    symbol: string;
    base: string;
    quote: string;
    side: 'buy' | 'sell';
    type: RestingOrder['type'];
    quantity: string;
    price: string;
    lockedAsset: string;
    lockedAmount: string;
    createdAt: number;
    /**
     * The advanced options as stored on the order row, the trail's best price included, so a
     * resumed session trails from where it stopped. Absent in checkpoints written before them.
     */
    options?: AdvancedColumns;
  }>;
  day: string;
  dayRealized: string;
  dayFees: string;
  recentOrders: number[];
  seq: number;
  realizedTotal: string;
  feesTotal: string;
  fillCount: number;
}

/** The engine's reason as the backtest table keeps it: a sandbox is never reset and has no battle wallet. */
function sandboxReason(reason: CancelReason | null): SandboxCancelReason | null {
  if (reason === null) return null;
  return reason === 'insufficient_balance' || reason === 'expired' || reason === 'oco' ? reason : 'user';
}

function optionsOf(order: OrderCore): OrderAttributes {
  const { timeInForce, expireAt, postOnly, groupId, parentOrderId, trail, bracket } = order;
  return { timeInForce, expireAt, postOnly, groupId, parentOrderId, trail, bracket };
}

export interface MarketView {
  price(symbol: string): Amount | undefined;
  volume24h(symbol: string): Amount | undefined;
}

export class Sandbox {
  balances: WalletBalance[];
  readonly positions = new Map<string, Position>();
  /** Resting orders: triggers, trailing stops (their best price lives here), GTD expiries, OCO groups. */
  readonly book = new RestingBook<RestingOrder>();
  /** Realized PnL and fees of the virtual UTC day `day` (the daily-loss breaker's counter). */
  private day = '';
  private dayRealized = 0n;
  private dayFees = 0n;
  /** Creation times of the orders accepted in the last virtual minute. */
  private recentOrders: number[] = [];
  /** Ids made so far: the per-session counter of backtestId. */
  private seq = 0;
  realizedTotal = 0n;
  feesTotal = 0n;
  fillCount = 0;
  changes: SandboxChanges = { orders: new Map(), fills: [] };

  constructor(
    private readonly agentId: string,
    private readonly startingBalance: Amount,
    private readonly pairs: ReadonlyMap<string, PairRules>,
    private readonly risk: RiskProfile,
  ) {
    this.balances = [{ asset: QUOTE_ASSET, available: startingBalance, locked: 0n }];
  }

  private nextId(now: number): string {
    return backtestId(now, ++this.seq);
  }

  /**
   * Takes what changed since the last call. Trailing stops whose best price moved are written
   * behind here (their row's trigger and best), as the live matcher flushes them.
   */
  collect(): SandboxChanges {
    for (const { id } of this.book.drainTrailChanges()) {
      const order = this.book.get(id);
      if (order) this.changes.orders.set(id, pendingRecord(order));
    }
    const out = this.changes;
    this.changes = { orders: new Map(), fills: [] };
    return out;
  }

  private rollDay(now: number): void {
    const day = utcDay(now);
    if (day !== this.day) {
      this.day = day;
      this.dayRealized = 0n;
      this.dayFees = 0n;
    }
  }

  private ordersLastMinute(now: number): number {
    const cutoff = now - ORDER_RATE_WINDOW_MS;
    let drop = 0;
    while (drop < this.recentOrders.length && this.recentOrders[drop]! <= cutoff) drop++;
    if (drop > 0) this.recentOrders.splice(0, drop);
    return this.recentOrders.length;
  }

  private prices(market: MarketView): PriceLookup {
    return { lastPrice: (symbol) => market.price(symbol) };
  }

  private agent(symbol: string, now: number) {
    return {
      agentId: this.agentId,
      startingBalance: this.startingBalance,
      balances: this.balances,
      position: this.positions.get(symbol),
      netRealizedPnlToday: this.dayRealized - this.dayFees,
      openOrderCount: this.book.size,
      ordersLastMinute: this.ordersLastMinute(now),
    };
  }

  /**
   * Places an order at virtual time `now` through the engine. A rejection is returned untouched
   * (the caller answers it as live does) and changes nothing. `riskOverride` is for the closing
   * sells at completion, which are a liquidation, not an agent decision. An IOC/FOK limit that
   * cannot fill now is stored `expired`; a bracket entry that fills places its legs.
   */
  place(intent: OrderIntent, now: number, market: MarketView, riskOverride?: RiskProfile): PlaceOrderResult {
    this.rollDay(now);
    // The order and fill ids come first, then whatever the bracket needs, from the one counter: a
    // rerun of the same script makes the same ids.
    let next = this.seq + 2;
    const result = enginePlace({
      agent: this.agent(intent.symbol, now),
      pair: this.pairs.get(intent.symbol),
      market: { price: market.price(intent.symbol), quoteVolume24h: market.volume24h(intent.symbol), prices: this.prices(market) },
      risk: riskOverride ?? this.risk,
      order: intent,
      now,
      orderId: backtestId(now, this.seq + 1),
      fillId: backtestId(now, this.seq + 2),
      nextId: () => backtestId(now, ++next),
    });
    if (result.kind === 'rejected') return result;
    // Both ids are spent whether or not the order filled, as live spends both.
    this.seq = next;
    this.recentOrders.push(now);
    this.balances = applyBalanceChanges(this.balances, result.balanceChanges);
    if (result.kind === 'resting') {
      this.rest(result.order);
    } else if (result.kind === 'filled') {
      this.booked(result.order, result.fill, 0n);
      this.positions.set(result.order.symbol, result.position);
      this.linked(result.linked);
    } else {
      // An IOC/FOK limit that could not fill: stored expired, nothing locked.
      this.record(result.order, 0n);
    }
    return result;
  }

  /**
   * Places two legs on one quantity as an OCO group (engine placeOco) at virtual time `now`: both
   * rest, the take-profit leg holding the group's lock. A rejection changes nothing.
   */
  placeOco(intent: OcoIntent, now: number, market: MarketView): PlaceOcoResult {
    this.rollDay(now);
    let next = this.seq;
    const result = engineOco({
      agent: this.agent(intent.symbol, now),
      pair: this.pairs.get(intent.symbol),
      market: { price: market.price(intent.symbol), quoteVolume24h: market.volume24h(intent.symbol), prices: this.prices(market) },
      risk: this.risk,
      oco: intent,
      now,
      nextId: () => backtestId(now, ++next),
    });
    if (result.kind === 'rejected') return result;
    this.seq = next;
    this.recentOrders.push(now, now);
    this.balances = applyBalanceChanges(this.balances, result.balanceChanges);
    for (const order of result.orders) this.rest(order);
    return result;
  }

  /** The pending OCO siblings of `order` (empty for a lone order). */
  private siblingsOf(order: RestingOrder): RestingOrder[] {
    return order.groupId === null ? [] : this.book.group(order.groupId).filter((o) => o.id !== order.id);
  }

  /**
   * Cancels a resting order, with its OCO siblings (a group is cancelled whole); undefined when it
   * is not resting.
   */
  cancel(orderId: string, now: number, reason: 'user' | 'expired' = 'user'): CancelledResult | undefined {
    const order = this.book.get(orderId);
    if (!order) return undefined;
    const siblings = this.siblingsOf(order);
    const result = engineCancel(order, now, reason, siblings);
    this.book.remove(orderId);
    this.balances = applyBalanceChanges(this.balances, result.balanceChanges);
    this.record(result.order, order.lockedAmount);
    this.linked(result.linked);
    return result;
  }

  /** Cancels every resting order (before the closing sells at completion). */
  cancelAll(now: number): void {
    for (const order of this.book.all()) if (this.book.has(order.id)) this.cancel(order.id, now);
  }

  /**
   * Expires every order whose `expireAt` is at or before `now` (with its OCO siblings), earliest
   * first. The runtime calls it at each step before the step's prices: an order expiring at a
   * step's time never fills at that step's price.
   */
  expire(now: number): CancelledResult[] {
    const out: CancelledResult[] = [];
    for (const order of this.book.dueForExpiry(now)) {
      // A sibling of an order expired just before has gone with it.
      if (!this.book.has(order.id)) continue;
      out.push(this.cancel(order.id, now, 'expired')!);
    }
    return out;
  }

  /**
   * A new step price for `symbol`: moves the trailing stops' best prices, then fills (or cancels,
   * for a gapped buy that cannot pay) every resting order it crosses, oldest first, each as the live
   * matcher would on a tick; a fill closes its OCO siblings and a bracket entry places its legs.
   */
  onPrice(symbol: string, price: Amount, volume24h: Amount | undefined, now: number): Array<FilledResult | CancelledResult> {
    if (this.book.size === 0) return [];
    const crossed = this.book.onTick(symbol, price);
    if (crossed.length === 0) return [];
    this.rollDay(now);
    const out: Array<FilledResult | CancelledResult> = [];
    for (const order of crossed) {
      // An OCO sibling filled earlier on this tick has already closed this one.
      if (!this.book.has(order.id)) continue;
      const siblings = this.siblingsOf(order);
      this.book.remove(order.id);
      const result = fillResting({
        order,
        price,
        quoteVolume24h: volume24h,
        balances: this.balances,
        position: this.positions.get(order.symbol),
        now,
        fillId: this.nextId(now),
        siblings,
        nextId: () => this.nextId(now),
      });
      this.balances = applyBalanceChanges(this.balances, result.balanceChanges);
      if (result.kind === 'filled') {
        this.booked(result.order, result.fill, order.lockedAmount);
        this.positions.set(result.order.symbol, result.position);
      } else {
        this.record(result.order, order.lockedAmount);
      }
      this.linked(result.linked);
      out.push(result);
    }
    return out;
  }

  /** A new resting order: into the book and to storage. */
  private rest(order: RestingOrder): void {
    this.book.add(order);
    this.changes.orders.set(order.id, pendingRecord(order));
  }

  /**
   * The other orders a transaction changed: bracket legs placed (resting) or filled at once, OCO
   * siblings closed. Their balance changes are already in the main result's. Positions are set by
   * the caller from the main result, which holds the position after every linked fill.
   */
  private linked(results: readonly LinkedResult[]): void {
    for (const linked of results) {
      if (linked.kind === 'resting') {
        this.rest(linked.order);
        continue;
      }
      const was = this.book.remove(linked.order.id);
      const lock = was?.lockedAmount ?? 0n;
      if (linked.kind === 'filled') this.booked(linked.order, linked.fill, lock);
      else this.record(linked.order, lock);
    }
  }

  /** A fill: the day's and the session's counters, the trade and the order's final state. */
  private booked(order: ClosedOrder, fill: Fill, lockedAmount: Amount): void {
    this.dayRealized += fill.realizedPnl;
    this.dayFees += fill.fee;
    this.realizedTotal += fill.realizedPnl;
    this.feesTotal += fill.fee;
    this.fillCount++;
    this.changes.fills.push({ fill, type: order.type, orderPrice: order.price });
    this.record(order, lockedAmount);
  }

  /** An order's final state; `lockedAmount` is what it held while resting. */
  private record(order: ClosedOrder, lockedAmount: Amount): void {
    this.changes.orders.set(order.id, {
      id: order.id,
      symbol: order.symbol,
      side: order.side,
      type: order.type,
      status: order.status,
      quantity: order.quantity,
      price: order.price,
      lockedAsset: null,
      lockedAmount,
      cancelReason: sandboxReason(order.cancelReason),
      createdAt: order.createdAt,
      closedAt: order.closedAt,
      options: optionsOf(order),
    });
  }

  /** Cash, locks and positions valued at the step prices (a position without a price at cost). */
  valuation(market: MarketView): Valuation {
    const usdt = this.balances.find((b) => b.asset === QUOTE_ASSET);
    const positions = [...this.positions.values()].filter((p) => p.quantity > 0n);
    return valueHoldings({ availableCash: usdt?.available ?? 0n, lockedCash: usdt?.locked ?? 0n, positions }, (symbol) =>
      market.price(symbol),
    );
  }

  checkpoint(): SandboxCheckpoint {
    return {
      balances: this.balances.map((b) => [b.asset, formatAmount(b.available), formatAmount(b.locked)]),
      positions: [...this.positions.values()].map((p) => [
        p.symbol,
        formatAmount(p.quantity),
        formatAmount(p.cost),
        formatAmount(p.realizedPnl),
        formatAmount(p.openFees),
      ]),
      resting: this.book.all().map((o) => ({
        id: o.id,
        symbol: o.symbol,
        base: o.baseAsset,
        quote: o.quoteAsset,
        side: o.side,
        type: o.type,
        quantity: formatAmount(o.quantity),
        price: formatAmount(o.price),
        lockedAsset: o.lockedAsset,
        lockedAmount: formatAmount(o.lockedAmount),
        createdAt: o.createdAt,
        options: advancedColumns(o),
      })),
      day: this.day,
      dayRealized: formatAmount(this.dayRealized),
      dayFees: formatAmount(this.dayFees),
      recentOrders: [...this.recentOrders],
      seq: this.seq,
      realizedTotal: formatAmount(this.realizedTotal),
      feesTotal: formatAmount(this.feesTotal),
      fillCount: this.fillCount,
    };
  }

  restore(c: SandboxCheckpoint): void {
    this.balances = c.balances.map(([asset, available, locked]) => ({
      asset,
      available: storedAmount(available),
      locked: storedAmount(locked),
    }));
    this.positions.clear();
    for (const [symbol, quantity, cost, realizedPnl, openFees] of c.positions) {
      this.positions.set(symbol, {
        symbol,
        quantity: storedAmount(quantity),
        cost: storedAmount(cost),
        realizedPnl: storedAmount(realizedPnl),
        openFees: storedAmount(openFees),
      });
    }
    for (const o of c.resting) {
      this.book.add({
        id: o.id,
        agentId: this.agentId,
        symbol: o.symbol,
        baseAsset: o.base,
        quoteAsset: o.quote,
        side: o.side,
        type: o.type,
        quantity: storedAmount(o.quantity),
        price: storedAmount(o.price),
        lockedAsset: o.lockedAsset,
        lockedAmount: storedAmount(o.lockedAmount),
        createdAt: o.createdAt,
        ...(o.options ? advancedOf(o.options) : PLAIN_ORDER),
      });
    }
    this.day = c.day;
    this.dayRealized = storedAmount(c.dayRealized);
    this.dayFees = storedAmount(c.dayFees);
    this.recentOrders = [...c.recentOrders];
    this.seq = c.seq;
    this.realizedTotal = storedAmount(c.realizedTotal);
    this.feesTotal = storedAmount(c.feesTotal);
    this.fillCount = c.fillCount;
  }
}

/** A resting order's pending row (a trailing stop as it stands: its current trigger and best). */
function pendingRecord(order: RestingOrder): SandboxOrder {
  return {
    id: order.id,
    symbol: order.symbol,
    side: order.side,
    type: order.type,
    status: 'pending',
    quantity: order.quantity,
    price: order.price,
    lockedAsset: order.lockedAsset,
    lockedAmount: order.lockedAmount,
    cancelReason: null,
    createdAt: order.createdAt,
    closedAt: null,
    options: optionsOf(order),
  };
}
