// An in-memory index of trailing stops that finds the ones a tick fires without visiting every
// order: a trailing stop's trigger moves with the best price, so a plain sorted index (TriggerIndex)
// would have to re-sort all of them on every new high.
import type { Amount } from '../money.js';
import type { RestingOrder, Side, TrailState } from './types.js';
import { trailActivates, trailBest, trailFires, trailTrigger } from './trailing.js';
import { partitionPoint } from './trigger-index.js';

/** A fired trailing stop, with the best price and trigger it fired on. */
export interface TrailFire<T> {
  order: T;
  best: Amount;
  trigger: Amount;
}

/** A trailing stop's state: best and trigger are null while it waits for its activation price. */
export interface TrailStateNow {
  best: Amount | null;
  trigger: Amount | null;
}

type Kind = 'amount' | 'percent';

interface Entry<T> {
  order: T;
  trail: TrailState;
  /** The trail value the lane is sorted by: the amount or the percent. */
  value: Amount;
  /** Set while active; null while waiting. */
  group: Group<T> | null;
}

/**
 * Active orders of one (symbol, side) that share the same best price. For a fixed best the trigger
 * is monotone in the trail, so a lane sorted by trail value ascending fires a prefix.
 */
interface Group<T> {
  best: Amount;
  amount: Lane<T>;
  percent: Lane<T>;
}

interface Lane<T> {
  group: Group<T>;
  kind: Kind;
  /** Ascending by (value, createdAt, id). */
  entries: Entry<T>[];
  /** The trigger of `entries[0]` as indexed in `Book.lanes` (meaningful only while indexed). */
  threshold: Amount;
  /** Unique tie-break in `Book.lanes`. */
  seq: number;
  indexed: boolean;
}

interface Book<T> {
  side: Side;
  /** Waiting orders ascending by (activationPrice, createdAt, id): a sell tick activates a prefix, a buy tick a suffix. */
  waiting: Entry<T>[];
  /**
   * Groups from the most advanced best to the least (sell: highest first; buy: lowest first). A tick
   * moves the best of exactly the groups at the end that it reaches, which then merge into one.
   */
  groups: Group<T>[];
  /**
   * Non-empty lanes ascending by (threshold, seq), threshold = the trigger of the lane's first
   * (nearest) order, so a tick finds the lanes holding a fired order by binary search: a suffix for
   * sells (P ≤ threshold), a prefix for buys (P ≥ threshold).
   */
  lanes: Lane<T>[];
}

/** Creation time, then id: the order fired stops are returned in. */
const byAge = (a: RestingOrder, b: RestingOrder): number =>
  a.createdAt !== b.createdAt ? a.createdAt - b.createdAt : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const cmp = (a: Amount, b: Amount): number => (a < b ? -1 : a > b ? 1 : 0);

const byValue = <T extends RestingOrder>(a: Entry<T>, b: Entry<T>): number => cmp(a.value, b.value) || byAge(a.order, b.order);

const byActivation = <T extends RestingOrder>(a: Entry<T>, b: Entry<T>): number =>
  cmp(a.trail.activationPrice!, b.trail.activationPrice!) || byAge(a.order, b.order);

const byThreshold = <T>(a: Lane<T>, b: Lane<T>): number => cmp(a.threshold, b.threshold) || a.seq - b.seq;

function insertSorted<T>(items: T[], item: T, compare: (a: T, b: T) => number): void {
  items.splice(
    partitionPoint(items, (x) => compare(x, item) < 0),
    0,
    item,
  );
}

function removeSorted<T>(items: T[], item: T, compare: (a: T, b: T) => number): void {
  const at = partitionPoint(items, (x) => compare(x, item) < 0);
  if (items[at] !== item) throw new Error('trailing index out of order');
  items.splice(at, 1);
}

/**
 * Up to this size the smaller of two lanes is merged into the larger by binary insertion (a splice
 * each); above it by one linear merge, so merging two large lanes costs O(a + b), never O(a · b).
 */
const SPLICE_MERGE_MAX = 16;

/** The union of two sorted arrays, sorted; may reuse (and mutate) either. */
function mergeSorted<T>(into: T[], from: T[], compare: (a: T, b: T) => number): T[] {
  const [large, small] = into.length >= from.length ? [into, from] : [from, into];
  if (small.length <= SPLICE_MERGE_MAX) {
    for (const item of small) insertSorted(large, item, compare);
    return large;
  }
  const out: T[] = new Array<T>(into.length + from.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < into.length && j < from.length) out[k++] = compare(into[i]!, from[j]!) <= 0 ? into[i++]! : from[j++]!;
  while (i < into.length) out[k++] = into[i++]!;
  while (j < from.length) out[k++] = from[j++]!;
  return out;
}

/**
 * The trailing stops of every symbol. Active orders of one (symbol, side) that share a best price
 * form a group; a tick at P gives every sell group with best ≤ P the best P (buys: ≥ P), so those
 * groups merge into one (smaller lanes into the larger) and each order's best is never touched on
 * its own. With 10,000 stops riding a rising market that is one group whose best moves per tick in
 * O(1); a tick costs O(log n + k) plus the merges, which are paid for by the groups' creation.
 * Like TriggerIndex, `onTick` returns the fired orders without removing them: the caller removes
 * what it filled or cancelled.
 *
 * @example
 * const index = new TrailingIndex();
 * index.add(order); // order.type === 'trailing_stop', order.trail set
 * for (const { order, trigger } of index.onTick('BTCUSDT', tickPrice)) { ... index.remove(order.id); }
 */
export class TrailingIndex<T extends RestingOrder = RestingOrder> {
  private readonly books = new Map<string, Book<T>>();
  private readonly entries = new Map<string, Entry<T>>();
  /** Groups whose best moved since the last drain. */
  private dirtyGroups = new Set<Group<T>>();
  /** Orders whose best moved, merged out of a dirty group into a clean one. */
  private dirtyIds = new Set<string>();
  private laneSeq = 0;

  get size(): number {
    return this.entries.size;
  }

  has(orderId: string): boolean {
    return this.entries.has(orderId);
  }

  /** The order as it was added (its `trail.best` is the one it had then: see `stateOf`). */
  get(orderId: string): T | undefined {
    return this.entries.get(orderId)?.order;
  }

  /** The current best and trigger; both null while the order waits for its activation price. */
  stateOf(orderId: string): TrailStateNow | undefined {
    const entry = this.entries.get(orderId);
    if (!entry) return undefined;
    if (!entry.group) return { best: null, trigger: null };
    return { best: entry.group.best, trigger: trailTrigger(entry.order.side, entry.group.best, entry.trail) };
  }

  /** Number of active groups of one symbol and side (what a tick walks; exposed for tests and metrics). */
  groupCount(symbol: string, side: Side): number {
    return this.books.get(`${symbol}:${side}`)?.groups.length ?? 0;
  }

  /**
   * Adds a trailing stop. One with `trail.best` set is active at once (restored from storage);
   * one without waits for `trail.activationPrice`. Throws on a duplicate id or a malformed trail.
   */
  add(order: T): void {
    if (this.entries.has(order.id)) throw new Error(`order ${order.id} is already indexed`);
    const trail = order.trail;
    if (order.type !== 'trailing_stop' || !trail) throw new Error(`order ${order.id} is not a trailing stop`);
    const value = trail.amount ?? trail.percent;
    if (value === null) throw new Error(`order ${order.id} has neither a trail amount nor a percent`);
    if (trail.best === null && trail.activationPrice === null) throw new Error(`order ${order.id} is neither active nor waiting`);
    const entry: Entry<T> = { order, trail, value, group: null };
    const book = this.bookOf(order.symbol, order.side);
    if (trail.best === null) insertSorted(book.waiting, entry, byActivation);
    else this.activate(book, [entry], trail.best);
    this.entries.set(order.id, entry);
  }

  /** Removes an order by id; returns it, or undefined if it was not indexed. */
  remove(orderId: string): T | undefined {
    const entry = this.entries.get(orderId);
    if (!entry) return undefined;
    const book = this.books.get(`${entry.order.symbol}:${entry.order.side}`)!;
    if (entry.group) {
      const group = entry.group;
      const lane = this.laneOf(group, entry);
      const head = lane.entries[0] === entry;
      if (head) this.unindexLane(book, lane);
      removeSorted(lane.entries, entry, byValue);
      if (head) this.indexLane(book, lane);
      if (group.amount.entries.length === 0 && group.percent.entries.length === 0) {
        removeSorted(book.groups, group, (x, y) => this.advance(book.side, x.best, y.best));
        this.dirtyGroups.delete(group);
      }
      entry.group = null;
    } else {
      removeSorted(book.waiting, entry, byActivation);
    }
    this.dirtyIds.delete(orderId);
    this.entries.delete(orderId);
    return entry.order;
  }

  /**
   * Applies a tick of `symbol` at `price`: activates the waiting orders it reaches (best = price),
   * moves every best it beats, then returns the orders whose trigger it crosses, oldest first
   * (creation time, then id), with the best and trigger they fired on. Does not remove them.
   */
  onTick(symbol: string, price: Amount): TrailFire<T>[] {
    const fired: TrailFire<T>[] = [];
    for (const side of ['sell', 'buy'] as const) {
      const book = this.books.get(`${symbol}:${side}`);
      if (!book) continue;
      const reached =
        side === 'sell'
          ? book.waiting.splice(
              0,
              partitionPoint(book.waiting, (e) => trailActivates(side, e.trail.activationPrice!, price)),
            )
          : book.waiting.splice(partitionPoint(book.waiting, (e) => !trailActivates(side, e.trail.activationPrice!, price)));
      this.activate(book, reached, price, true);
      this.collectFired(book, price, fired);
    }
    return fired.sort((x, y) => byAge(x.order, y.order));
  }

  /** Every indexed order of `symbol`, oldest first. */
  ordersOf(symbol: string): T[] {
    const out: T[] = [];
    for (const side of ['sell', 'buy'] as const) {
      const book = this.books.get(`${symbol}:${side}`);
      if (!book) continue;
      for (const e of book.waiting) out.push(e.order);
      for (const g of book.groups) for (const e of g.amount.entries.concat(g.percent.entries)) out.push(e.order);
    }
    return out.sort(byAge);
  }

  /**
   * The active orders whose best moved (or that activated) since the last drain, with their best
   * and trigger now. An order merged into a group that moved may be reported with a best it
   * already had; writing it again is harmless. Costs O(orders reported).
   */
  drainChanged(): Array<{ id: string; best: Amount; trigger: Amount }> {
    const out: Array<{ id: string; best: Amount; trigger: Amount }> = [];
    const seen = new Set<string>();
    const report = (e: Entry<T>): void => {
      if (!e.group || seen.has(e.order.id)) return;
      seen.add(e.order.id);
      out.push({ id: e.order.id, best: e.group.best, trigger: trailTrigger(e.order.side, e.group.best, e.trail) });
    };
    for (const g of this.dirtyGroups) for (const e of g.amount.entries.concat(g.percent.entries)) report(e);
    for (const id of this.dirtyIds) {
      const e = this.entries.get(id);
      if (e) report(e);
    }
    this.dirtyGroups = new Set();
    this.dirtyIds = new Set();
    return out;
  }

  private bookOf(symbol: string, side: Side): Book<T> {
    const key = `${symbol}:${side}`;
    let book = this.books.get(key);
    if (!book) {
      book = { side, waiting: [], groups: [], lanes: [] };
      this.books.set(key, book);
    }
    return book;
  }

  /** Sorts groups most advanced first: for a sell the higher best, for a buy the lower. */
  private advance(side: Side, x: Amount, y: Amount): number {
    return side === 'sell' ? cmp(y, x) : cmp(x, y);
  }

  private laneOf(group: Group<T>, entry: Entry<T>): Lane<T> {
    return entry.trail.amount !== null ? group.amount : group.percent;
  }

  private newGroup(best: Amount): Group<T> {
    const group = { best } as Group<T>;
    group.amount = { group, kind: 'amount', entries: [], threshold: 0n, seq: this.laneSeq++, indexed: false };
    group.percent = { group, kind: 'percent', entries: [], threshold: 0n, seq: this.laneSeq++, indexed: false };
    return group;
  }

  private indexLane(book: Book<T>, lane: Lane<T>): void {
    if (lane.indexed || lane.entries.length === 0) return;
    lane.threshold = trailTrigger(book.side, lane.group.best, lane.entries[0]!.trail);
    insertSorted(book.lanes, lane, byThreshold);
    lane.indexed = true;
  }

  private unindexLane(book: Book<T>, lane: Lane<T>): void {
    if (!lane.indexed) return;
    removeSorted(book.lanes, lane, byThreshold);
    lane.indexed = false;
  }

  /**
   * Gives `best` to `incoming` entries and to every group the price `best` reaches (the ones at the
   * end of `book.groups`), merging them into one group at the end. `moved` marks the change for
   * `drainChanged` (a tick); restoring an active order does not.
   */
  private activate(book: Book<T>, incoming: Entry<T>[], best: Amount, moved = false): void {
    const reached: Group<T>[] = [];
    if (moved) {
      // A tick: every group whose best the price equals or beats takes it as best.
      while (book.groups.length > 0 && trailBest(book.side, book.groups[book.groups.length - 1]!.best, best) === best) {
        reached.push(book.groups.pop()!);
      }
    } else {
      // A restore: join the group with that best, if any.
      const at = partitionPoint(book.groups, (g) => this.advance(book.side, g.best, best) < 0);
      const same = book.groups[at];
      if (same && same.best === best) reached.push(...book.groups.splice(at, 1));
    }
    if (reached.length === 0 && incoming.length === 0) return;

    let base: Group<T> | undefined;
    for (const g of reached) if (!base || this.sizeOf(g) > this.sizeOf(base)) base = g;
    base ??= this.newGroup(best);
    this.unindexLane(book, base.amount);
    this.unindexLane(book, base.percent);
    const changed = (g: Group<T>): boolean => g.best !== best || this.dirtyGroups.has(g);
    const baseChanged = changed(base);
    for (const g of reached) {
      if (g === base) continue;
      this.unindexLane(book, g.amount);
      this.unindexLane(book, g.percent);
      const gChanged = changed(g);
      for (const lane of [g.amount, g.percent]) {
        for (const e of lane.entries) {
          e.group = base;
          if (gChanged && !baseChanged) this.dirtyIds.add(e.order.id);
        }
        const into = lane.kind === 'amount' ? base.amount : base.percent;
        into.entries = mergeSorted(into.entries, lane.entries, byValue);
      }
      this.dirtyGroups.delete(g);
    }
    for (const e of incoming) {
      e.group = base;
      if (moved && !baseChanged) this.dirtyIds.add(e.order.id);
      const lane = this.laneOf(base, e);
      insertSorted(lane.entries, e, byValue);
    }
    if (baseChanged) this.dirtyGroups.add(base);
    base.best = best;
    if (moved) {
      // After a tick the reached group holds the price itself: the least advanced of all.
      book.groups.push(base);
    } else {
      insertSorted(book.groups, base, (x, y) => this.advance(book.side, x.best, y.best));
    }
    this.indexLane(book, base.amount);
    this.indexLane(book, base.percent);
  }

  private sizeOf(group: Group<T>): number {
    return group.amount.entries.length + group.percent.entries.length;
  }

  private collectFired(book: Book<T>, price: Amount, fired: TrailFire<T>[]): void {
    const side = book.side;
    const lanes =
      side === 'sell'
        ? book.lanes.slice(partitionPoint(book.lanes, (l) => !trailFires(side, l.group.best, l.entries[0]!.trail, price)))
        : book.lanes.slice(
            0,
            partitionPoint(book.lanes, (l) => trailFires(side, l.group.best, l.entries[0]!.trail, price)),
          );
    for (const lane of lanes) {
      const best = lane.group.best;
      const count = partitionPoint(lane.entries, (e) => trailFires(side, best, e.trail, price));
      for (let i = 0; i < count; i++) {
        const e = lane.entries[i]!;
        fired.push({ order: e.order, best, trigger: trailTrigger(side, best, e.trail) });
      }
    }
  }
}
