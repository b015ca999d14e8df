// The one in-memory structure for resting orders, so the live matcher and the backtest sandbox find
// fired, expiring and grouped orders the same way: a TriggerIndex for limit / stop_loss /
// take_profit, a TrailingIndex for trailing stops, GTD expiries in time order, and OCO groups.
import type { Amount } from '../money.js';
import type { RestingOrder } from './types.js';
import { partitionPoint, TriggerIndex } from './trigger-index.js';
import { TrailingIndex } from './trailing-index.js';

/** A trailing stop's state at one moment. */
export interface TrailNow {
  best: Amount;
  trigger: Amount;
}

/** Creation time, then id: the order every list of the book is returned in. */
const byAge = (a: RestingOrder, b: RestingOrder): number =>
  a.createdAt !== b.createdAt ? a.createdAt - b.createdAt : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const byExpiry = (a: RestingOrder, b: RestingOrder): number => a.expireAt! - b.expireAt! || byAge(a, b);

/** Merges two lists that are each oldest first. */
function mergeByAge<T extends RestingOrder>(x: T[], y: T[]): T[] {
  if (x.length === 0) return y;
  if (y.length === 0) return x;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) out.push(byAge(x[i]!, y[j]!) <= 0 ? x[i++]! : y[j++]!);
  return out.concat(x.slice(i), y.slice(j));
}

/**
 * Resting orders of every symbol. Pure and synchronous: the caller adds an order when it starts
 * resting and removes it when it fills, cancels or expires; `onTick` and `dueForExpiry` only find.
 * A trailing stop's best and trigger live here (they move on every tick without a write), so the
 * book hands trailing stops out as copies carrying the current `trail.best` and `price` = trigger,
 * and `drainTrailChanges` tells the caller which ones to write behind.
 *
 * @example
 * const book = new RestingBook();
 * book.add(order);
 * for (const o of book.onTick('BTCUSDT', tickPrice)) { ... fillResting({ order: o, ... }); book.remove(o.id); }
 * for (const o of book.dueForExpiry(now)) { ... cancelOrder(o, now, 'expired'); book.remove(o.id); }
 */
export class RestingBook<T extends RestingOrder = RestingOrder> {
  private readonly orders = new Map<string, T>();
  private readonly triggers = new TriggerIndex<T>();
  private readonly trailing = new TrailingIndex<T>();
  /** GTD orders ascending by (expireAt, createdAt, id). */
  private readonly expiries: T[] = [];
  private readonly groups = new Map<string, Set<string>>();

  get size(): number {
    return this.orders.size;
  }

  has(orderId: string): boolean {
    return this.orders.has(orderId);
  }

  /** The order as it stands now (a trailing stop with its current `trail.best` and `price` = current trigger). */
  get(orderId: string): T | undefined {
    const order = this.orders.get(orderId);
    return order && this.current(order);
  }

  /** Adds a resting order. Throws if its id is already in the book (a caller bug, not a market event). */
  add(order: T): void {
    if (this.orders.has(order.id)) throw new Error(`order ${order.id} is already in the book`);
    if (order.type === 'trailing_stop') this.trailing.add(order);
    else this.triggers.add(order);
    this.orders.set(order.id, order);
    if (order.expireAt !== null) {
      this.expiries.splice(
        partitionPoint(this.expiries, (o) => byExpiry(o, order) < 0),
        0,
        order,
      );
    }
    if (order.groupId !== null) {
      let members = this.groups.get(order.groupId);
      if (!members) {
        members = new Set();
        this.groups.set(order.groupId, members);
      }
      members.add(order.id);
    }
  }

  /** Removes an order from every structure; returns it as it stands now, or undefined if it was not in the book. */
  remove(orderId: string): T | undefined {
    const order = this.orders.get(orderId);
    if (!order) return undefined;
    const now = this.current(order);
    if (order.type === 'trailing_stop') this.trailing.remove(orderId);
    else this.triggers.remove(orderId);
    this.orders.delete(orderId);
    if (order.expireAt !== null) {
      const at = partitionPoint(this.expiries, (o) => byExpiry(o, order) < 0);
      if (this.expiries[at] !== order) throw new Error(`expiry order broken at ${orderId}`);
      this.expiries.splice(at, 1);
    }
    if (order.groupId !== null) {
      const members = this.groups.get(order.groupId)!;
      members.delete(orderId);
      if (members.size === 0) this.groups.delete(order.groupId);
    }
    return now;
  }

  /**
   * Every order of `symbol` that a tick at `price` fires, oldest first (creation time, then id).
   * Trailing stops are copies carrying the best and trigger they fired on. Does not remove them.
   */
  onTick(symbol: string, price: Amount): T[] {
    const trailing = this.trailing
      .onTick(symbol, price)
      .map(({ order, best, trigger }) => ({ ...order, price: trigger, trail: { ...order.trail!, best } }));
    return mergeByAge(this.triggers.crossed(symbol, price), trailing);
  }

  /** Every order of `symbol`, oldest first, trailing stops as current copies. */
  ordersOf(symbol: string): T[] {
    return mergeByAge(
      this.triggers.ordersOf(symbol),
      this.trailing.ordersOf(symbol).map((o) => this.current(o)),
    );
  }

  /** Every order in the book, oldest first, trailing stops as current copies. */
  all(): T[] {
    return [...this.orders.values()].map((o) => this.current(o)).sort(byAge);
  }

  /** The pending members of an OCO group, oldest first (empty when none is left). */
  group(groupId: string): T[] {
    const members = this.groups.get(groupId);
    if (!members) return [];
    return [...members].map((id) => this.current(this.orders.get(id)!)).sort(byAge);
  }

  /** Orders whose `expireAt` ≤ `now`, earliest expiry first (then oldest). Does not remove them. */
  dueForExpiry(now: number): T[] {
    return this.expiries
      .slice(
        0,
        partitionPoint(this.expiries, (o) => o.expireAt! <= now),
      )
      .map((o) => this.current(o));
  }

  /** The earliest `expireAt` in the book, or undefined when no order has one. */
  nextExpiry(): number | undefined {
    return this.expiries[0]?.expireAt ?? undefined;
  }

  /** A trailing stop's best and trigger; undefined for other orders and for one not yet activated. */
  trailOf(orderId: string): TrailNow | undefined {
    const state = this.trailing.stateOf(orderId);
    return state && state.best !== null && state.trigger !== null ? { best: state.best, trigger: state.trigger } : undefined;
  }

  /** The trailing stops whose best moved (or that activated) since the last call, to write behind. */
  drainTrailChanges(): Array<{ id: string; best: Amount; trigger: Amount }> {
    return this.trailing.drainChanged();
  }

  private current(order: T): T {
    if (order.type !== 'trailing_stop') return order;
    const now = this.trailOf(order.id);
    return now ? { ...order, price: now.trigger, trail: { ...order.trail!, best: now.best } } : order;
  }
}
