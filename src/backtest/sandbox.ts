// One backtest's account: wallet, positions and resting orders, traded through the live engine's
// pure functions (placeOrder, fillResting, cancelOrder, TriggerIndex) with the agent's effective
// risk profile. The rules that depend on time — the daily-loss breaker and the order rate — run on
// the VIRTUAL clock. Nothing here touches storage: the session runtime persists what changed.
import { utcDay } from '../clock.js';
import type { RiskProfile } from '../domain/risk-profile.js';
import { QUOTE_ASSET, valueHoldings, type PriceLookup, type Valuation } from '../domain/valuation.js';
import {
  applyBalanceChanges,
  cancelOrder as engineCancel,
  fillResting,
  placeOrder as enginePlace,
  TriggerIndex,
  type CancelledResult,
  type FilledResult,
  type Fill,
  type OrderIntent,
  type PairRules,
  type PlaceOrderResult,
  type Position,
  type RestingOrder,
  type WalletBalance,
} from '../engine/index.js';
import { formatAmount, type Amount } from '../money.js';
import { storedAmount } from './bar-stream.js';
import { backtestId } from './ids.js';

const ORDER_RATE_WINDOW_MS = 60_000;

/** A fill with the order facts the trade history shows. */
export interface SandboxFill {
  fill: Fill;
  type: RestingOrder['type'] | 'market';
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
  type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
  status: 'pending' | 'filled' | 'cancelled';
  quantity: Amount;
  price: Amount | null;
  lockedAsset: string | null;
  lockedAmount: Amount;
  cancelReason: 'user' | 'insufficient_balance' | null;
  createdAt: number;
  closedAt: number | null;
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

export interface MarketView {
  price(symbol: string): Amount | undefined;
  volume24h(symbol: string): Amount | undefined;
}

export class Sandbox {
  balances: WalletBalance[];
  readonly positions = new Map<string, Position>();
  readonly index = new TriggerIndex<RestingOrder>();
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

  /** Takes what changed since the last call. */
  collect(): SandboxChanges {
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

  /**
   * Places an order at virtual time `now` through the engine. A rejection is returned untouched
   * (the caller answers it as live does) and changes nothing. `riskOverride` is for the closing
   * sells at completion, which are a liquidation, not an agent decision.
   */
  place(intent: OrderIntent, now: number, market: MarketView, riskOverride?: RiskProfile): PlaceOrderResult {
    this.rollDay(now);
    const pair = this.pairs.get(intent.symbol);
    const orderId = backtestId(now, this.seq + 1);
    const fillId = backtestId(now, this.seq + 2);
    const result = enginePlace({
      agent: {
        agentId: this.agentId,
        startingBalance: this.startingBalance,
        balances: this.balances,
        position: this.positions.get(intent.symbol),
        netRealizedPnlToday: this.dayRealized - this.dayFees,
        openOrderCount: this.index.size,
        ordersLastMinute: this.ordersLastMinute(now),
      },
      pair,
      market: { price: market.price(intent.symbol), quoteVolume24h: market.volume24h(intent.symbol), prices: this.prices(market) },
      risk: riskOverride ?? this.risk,
      order: intent,
      now,
      orderId,
      fillId,
    });
    if (result.kind === 'rejected') return result;
    // Both ids are spent whether or not the order filled, as live spends both.
    this.seq += 2;
    this.recentOrders.push(now);
    this.balances = applyBalanceChanges(this.balances, result.balanceChanges);
    if (result.kind === 'resting') {
      this.index.add(result.order);
      this.changes.orders.set(result.order.id, {
        id: result.order.id,
        symbol: result.order.symbol,
        side: result.order.side,
        type: result.order.type,
        status: 'pending',
        quantity: result.order.quantity,
        price: result.order.price,
        lockedAsset: result.order.lockedAsset,
        lockedAmount: result.order.lockedAmount,
        cancelReason: null,
        createdAt: now,
        closedAt: null,
      });
    } else {
      this.booked(result, null);
    }
    return result;
  }

  /** Cancels a resting order; undefined when it is not resting. */
  cancel(orderId: string, now: number): CancelledResult | undefined {
    const order = this.index.get(orderId);
    if (!order) return undefined;
    const result = engineCancel(order, now, 'user');
    this.index.remove(orderId);
    this.balances = applyBalanceChanges(this.balances, result.balanceChanges);
    this.closed(order, result, now);
    return result;
  }

  /** Cancels every resting order (before the closing sells at completion). */
  cancelAll(now: number): void {
    for (const order of [...this.allResting()]) this.cancel(order.id, now);
  }

  *allResting(): Iterable<RestingOrder> {
    for (const symbol of this.pairs.keys()) yield* this.index.ordersOf(symbol);
  }

  /**
   * A new step price for `symbol`: fills (or cancels, for a gapped buy that cannot pay) every
   * resting order it crosses, oldest first, each as the live matcher would on a tick.
   */
  onPrice(symbol: string, price: Amount, volume24h: Amount | undefined, now: number): Array<FilledResult | CancelledResult> {
    if (this.index.size === 0) return [];
    const crossed = this.index.crossed(symbol, price);
    if (crossed.length === 0) return [];
    this.rollDay(now);
    const out: Array<FilledResult | CancelledResult> = [];
    for (const order of crossed) {
      this.index.remove(order.id);
      const result = fillResting({
        order,
        price,
        quoteVolume24h: volume24h,
        balances: this.balances,
        position: this.positions.get(order.symbol),
        now,
        fillId: this.nextId(now),
      });
      this.balances = applyBalanceChanges(this.balances, result.balanceChanges);
      if (result.kind === 'filled') this.booked(result, order);
      else this.closed(order, result, now);
      out.push(result);
    }
    return out;
  }

  private booked(result: FilledResult, resting: RestingOrder | null): void {
    const { fill, order } = result;
    this.positions.set(order.symbol, result.position);
    this.dayRealized += fill.realizedPnl;
    this.dayFees += fill.fee;
    this.realizedTotal += fill.realizedPnl;
    this.feesTotal += fill.fee;
    this.fillCount++;
    this.changes.fills.push({ fill, type: order.type, orderPrice: order.price });
    this.changes.orders.set(order.id, {
      id: order.id,
      symbol: order.symbol,
      side: order.side,
      type: order.type,
      status: 'filled',
      quantity: order.quantity,
      price: order.price,
      lockedAsset: null,
      lockedAmount: resting ? resting.lockedAmount : 0n,
      cancelReason: null,
      createdAt: order.createdAt,
      closedAt: order.closedAt,
    });
  }

  private closed(order: RestingOrder, result: CancelledResult, now: number): void {
    this.changes.orders.set(order.id, {
      id: order.id,
      symbol: order.symbol,
      side: order.side,
      type: order.type,
      status: 'cancelled',
      quantity: order.quantity,
      price: order.price,
      lockedAsset: null,
      lockedAmount: order.lockedAmount,
      cancelReason: result.order.cancelReason === 'insufficient_balance' ? 'insufficient_balance' : 'user',
      createdAt: order.createdAt,
      closedAt: now,
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
      resting: [...this.allResting()].map((o) => ({
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
      this.index.add({
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
