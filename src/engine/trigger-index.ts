// When a resting order fires, and an in-memory index that finds the orders a tick fires.
import type { Amount } from '../money.js';
import type { RestingOrder, RestingType, Side } from './types.js';

/**
 * `falls_to`: fires when the market price P ≤ the order's price; `rises_to`: when P ≥ it.
 * Equality fires in both (a tick exactly at the trigger triggers).
 *
 * | order               | fires when | why                                         |
 * |---------------------|------------|---------------------------------------------|
 * | limit buy           | P ≤ X      | buy at X or cheaper                         |
 * | limit sell          | P ≥ X      | sell at X or dearer                         |
 * | stop_loss sell      | P ≤ X      | cut a long when the price falls             |
 * | stop_loss buy       | P ≥ X      | buy a breakout when the price rises         |
 * | take_profit sell    | P ≥ X      | take gains when the price rises             |
 * | take_profit buy     | P ≤ X      | buy the dip                                 |
 */
export type TriggerDirection = 'falls_to' | 'rises_to';

export function triggerDirection(side: Side, type: RestingType): TriggerDirection {
  const fallsForBuy = type === 'limit' || type === 'take_profit';
  return (side === 'buy') === fallsForBuy ? 'falls_to' : 'rises_to';
}

/**
 * Whether the market price has reached the order. At placement this means: a limit is marketable
 * (fills at once), a stop/take-profit would trigger immediately (rejected).
 *
 * @example isTriggered({ side: 'sell', type: 'stop_loss', price: parseAmount('100') }, parseAmount('100')) === true
 */
export function isTriggered(order: { side: Side; type: RestingType; price: Amount }, marketPrice: Amount): boolean {
  return triggerDirection(order.side, order.type) === 'falls_to' ? marketPrice <= order.price : marketPrice >= order.price;
}

/** What the index needs of an order; `RestingOrder` has it, so does any lighter row type. */
export type Triggerable = Pick<RestingOrder, 'id' | 'symbol' | 'side' | 'type' | 'price' | 'createdAt'>;

interface Book<T> {
  /** Orders that fire when P ≤ price, ascending by (price, createdAt, id): a tick fires a suffix. */
  fallsTo: T[];
  /** Orders that fire when P ≥ price, ascending by (price, createdAt, id): a tick fires a prefix. */
  risesTo: T[];
}

const byPriceThenAge = (a: Triggerable, b: Triggerable): number => (a.price !== b.price ? (a.price < b.price ? -1 : 1) : byAge(a, b));

/** Creation time, then id: the deterministic order in which triggered orders are returned. */
const byAge = (a: Triggerable, b: Triggerable): number =>
  a.createdAt !== b.createdAt ? a.createdAt - b.createdAt : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** First index whose element is not `before(element)` (the array is partitioned by `before`). */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The resting orders of every symbol, kept in two sorted arrays per symbol (one per trigger
 * direction), so a tick finds its k crossed orders in O(log n + k) — plus O(k log k) to return
 * them oldest first — instead of scanning all n. Adding or removing is a binary search plus one
 * array splice (a memmove; microseconds at 10,000 orders). Pure and synchronous: the caller adds
 * orders when they start resting and removes them when they fill, cancel or expire.
 *
 * @example
 * const index = new TriggerIndex();
 * index.add(order);
 * for (const o of index.crossed('BTCUSDT', tickPrice)) { ... fillResting(...); index.remove(o.id); }
 */
export class TriggerIndex<T extends Triggerable = RestingOrder> {
  private readonly books = new Map<string, Book<T>>();
  private readonly byId = new Map<string, T>();

  get size(): number {
    return this.byId.size;
  }

  has(orderId: string): boolean {
    return this.byId.has(orderId);
  }

  get(orderId: string): T | undefined {
    return this.byId.get(orderId);
  }

  /** Adds a resting order. Throws if its id is already indexed (a caller bug, not a market event). */
  add(order: T): void {
    if (this.byId.has(order.id)) throw new Error(`order ${order.id} is already indexed`);
    let book = this.books.get(order.symbol);
    if (!book) {
      book = { fallsTo: [], risesTo: [] };
      this.books.set(order.symbol, book);
    }
    const list = this.listOf(book, order);
    list.splice(
      partitionPoint(list, (o) => byPriceThenAge(o, order) < 0),
      0,
      order,
    );
    this.byId.set(order.id, order);
  }

  /** Removes an order by id; returns it, or undefined if it was not indexed. */
  remove(orderId: string): T | undefined {
    const order = this.byId.get(orderId);
    if (!order) return undefined;
    const book = this.books.get(order.symbol)!;
    const list = this.listOf(book, order);
    const at = partitionPoint(list, (o) => byPriceThenAge(o, order) < 0);
    if (list[at]?.id !== orderId) throw new Error(`trigger index out of order at ${orderId}`);
    list.splice(at, 1);
    this.byId.delete(orderId);
    if (book.fallsTo.length === 0 && book.risesTo.length === 0) this.books.delete(order.symbol);
    return order;
  }

  /**
   * The orders of `symbol` that a tick at `price` fires, oldest first (creation time, then id).
   * Does not remove them: the caller removes each one it has filled or cancelled, so an order
   * whose fill failed for an outside reason is simply found again on the next tick.
   */
  crossed(symbol: string, price: Amount): T[] {
    const book = this.books.get(symbol);
    if (!book) return [];
    const falling = book.fallsTo.slice(partitionPoint(book.fallsTo, (o) => o.price < price));
    const rising = book.risesTo.slice(
      0,
      partitionPoint(book.risesTo, (o) => o.price <= price),
    );
    return falling.concat(rising).sort(byAge);
  }

  /** Every indexed order of `symbol`, oldest first. */
  ordersOf(symbol: string): T[] {
    const book = this.books.get(symbol);
    return book ? book.fallsTo.concat(book.risesTo).sort(byAge) : [];
  }

  private listOf(book: Book<T>, order: T): T[] {
    return triggerDirection(order.side, order.type) === 'falls_to' ? book.fallsTo : book.risesTo;
  }
}
