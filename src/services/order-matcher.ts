// Keeps every pending order in an in-memory RestingBook and, on every price tick from the feed,
// fills the ones the tick crosses — each as its own piece of the store (a group commit on SQLite, a
// short transaction on PostgreSQL), so a trigger fills within milliseconds of the tick rather than
// on a polling timer. Each piece locks the agent's ledger and fills only a row still pending, so an
// order fills at most once even if two matchers cross it.
// It also expires GTD orders at their time, and writes trailing stops' moving triggers behind the
// ticks: the book is the live truth (order views read it, see trading.service withLiveTrail), and
// storage gets the moved triggers in small pieces between fills, every TRAIL_FLUSH_MS and at stop.
// A crash can lose up to that much of a trailing stop's movement; a fill never waits for it.
import { partitionOf } from '../cluster/leases.js';
import { lockAgents, readNow } from '../db/store.js';
import type { Logger } from '../logger.js';
import { cancelOrder as engineCancel, fillResting, RestingBook, type RestingOrder, type TrailNow } from '../engine/index.js';
import type { Tick } from '../market/types.js';
import { formatAmount } from '../money.js';
import * as ledger from '../repositories/ledger.repository.js';
import { findAllPendingOrders, findPendingOrdersCreatedBefore } from '../repositories/trading.repository.js';
import type { ServiceContext } from './context.js';
import {
  announceOrders,
  ORDER_TTL_MS,
  pendingSiblings,
  toPosition,
  toRestingOrder,
  toWallet,
  withLiveTrailState,
  writeOutcome,
  type WrittenOutcome,
} from './trading.service.js';

/**
 * How often trailing stops' moved triggers are written to storage. 10,000 moved triggers cost
 * about 0.3 s of writes (measured by the bench), so writing them every second would keep the one
 * writer busy a third of the time and fills would queue behind it.
 */
const TRAIL_FLUSH_MS = 30_000;
/** In a cluster: orders placed (track) or closed (untrack) by one instance, for the partition's owner. */
const ORDERS_CHANNEL = 'orders';
interface OrdersMessage {
  track?: string[];
  untrack?: string[];
}

/** Rows per write piece when flushing triggers: a fill that arrives mid-flush waits for one piece at most (well under 1 ms). */
const TRAIL_FLUSH_CHUNK = 25;
/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2_147_483_647;

export interface MatchEvent {
  orderId: string;
  outcome: 'filled' | 'cancelled';
  /** Time of the tick that triggered it and when its batch committed (performance.now()). */
  tickReceivedAt: number;
  committedAt: number;
}

export class OrderMatcher {
  private readonly book = new RestingBook<RestingOrder>();
  private queue: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | undefined;
  private readonly listeners = new Set<(event: MatchEvent) => void>();
  private expiryTimer: NodeJS.Timeout | undefined;
  private expiryAt: number | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private running = false;
  private flushing = false;
  /**
   * Orders the matcher could not read, fill or expire. One bad row must not stop the loop for every
   * other tenant, nor be retried (and logged) on every tick: it is logged once and left pending in
   * the database, where a restart (after the row is repaired) picks it up again.
   */
  private readonly skipped = new Set<string>();
  private unsubscribeBus: (() => Promise<void>) | undefined;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly logger?: Logger,
  ) {}

  /**
   * Loads every pending order (in a cluster: of the partitions this instance owns) and starts
   * listening to the feed.
   */
  async start(): Promise<number> {
    const cluster = this.ctx.cluster;
    if (cluster) {
      // Subscribed before loading, so an order placed elsewhere meanwhile is heard or loaded.
      this.unsubscribeBus = await cluster.bus.subscribe(ORDERS_CHANNEL, (payload) => this.onClusterOrders(payload as OrdersMessage));
      cluster.leases.onChange((change) => {
        if (this.running) void this.onPartitionsChanged(change.gained, change.lost);
      });
    }
    await this.load(() => true);
    this.running = true;
    this.unsubscribe = this.ctx.market.subscribe((tick) => this.onTick(tick));
    // Outside the fill queue: its updates only touch rows still pending, so racing a fill is harmless.
    this.flushTimer = setInterval(() => void this.flushTrails(), TRAIL_FLUSH_MS);
    this.flushTimer.unref();
    this.scheduleExpiry();
    return this.book.size;
  }

  private skip(orderId: string, agentId: string, stage: 'load' | 'fill' | 'expire', err: unknown): void {
    this.book.remove(orderId);
    if (this.skipped.has(orderId)) return;
    this.skipped.add(orderId);
    this.logger?.error('order matcher skipped an order', {
      order_id: orderId,
      agent_id: agentId,
      stage,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }

  /** Stops listening, waits for fills already under way and writes the trailing triggers once more. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    await this.unsubscribeBus?.();
    this.unsubscribeBus = undefined;
    clearInterval(this.flushTimer);
    clearTimeout(this.expiryTimer);
    this.expiryTimer = undefined;
    this.expiryAt = undefined;
    await this.idle();
    await this.flushTrails();
  }

  /** Resolves when every queued fill has been written. */
  idle(): Promise<void> {
    return this.queue;
  }

  get pendingCount(): number {
    return this.book.size;
  }

  /** A new resting order, just committed; in a cluster, the owner of its agent's partition tracks it. */
  track(order: RestingOrder): void {
    const cluster = this.ctx.cluster;
    if (cluster && !cluster.leases.ownsAgent(order.agentId)) {
      cluster.bus.publish(ORDERS_CHANNEL, { track: [order.id] } satisfies OrdersMessage);
      return;
    }
    this.hold(order);
  }

  /** Puts a resting order in the book, re-arming the expiry timer for a GTD one. */
  private hold(order: RestingOrder): void {
    this.book.add(order);
    if (order.expireAt !== null) this.scheduleExpiry();
  }

  /** An order closed outside this matcher (a cancel, a reset); in a cluster, wherever it is tracked. */
  untrack(orderId: string): void {
    this.book.remove(orderId);
    this.ctx.cluster?.bus.publish(ORDERS_CHANNEL, { untrack: [orderId] } satisfies OrdersMessage);
  }

  /** Adds the pending orders `wanted` (by agent) that the book lacks; in a cluster, only owned ones. */
  private async load(wanted: (agentId: string) => boolean): Promise<void> {
    const cluster = this.ctx.cluster;
    for (const row of await findAllPendingOrders(this.ctx.db)) {
      if (this.book.has(row.id) || !wanted(row.agent_id)) continue;
      if (cluster && !cluster.leases.ownsAgent(row.agent_id)) continue;
      try {
        this.book.add(toRestingOrder(row));
      } catch (err) {
        this.skip(row.id, row.agent_id, 'load', err);
      }
    }
    this.scheduleExpiry();
  }

  /** Partitions moved: load the pending orders of those gained, drop those of partitions lost. */
  private async onPartitionsChanged(gained: number[], lost: number[]): Promise<void> {
    const cluster = this.ctx.cluster!;
    const count = cluster.leases.partitionCount;
    if (lost.length > 0) {
      const gone = new Set(lost);
      for (const order of this.book.all()) if (gone.has(partitionOf(order.agentId, count))) this.book.remove(order.id);
    }
    if (gained.length > 0) {
      const won = new Set(gained);
      try {
        await this.load((agentId) => won.has(partitionOf(agentId, count)));
      } catch (err) {
        this.logger?.error('loading the orders of gained partitions failed', { partitions: gained, error: String(err) });
      }
    }
  }

  /** Another instance placed (track) or closed (untrack) orders: the owner follows. */
  private onClusterOrders(message: OrdersMessage): void {
    for (const id of message.untrack ?? []) this.book.remove(id);
    const ids = (message.track ?? []).filter((id) => !this.book.has(id));
    if (ids.length === 0 || !this.running) return;
    void readNow(this.ctx.db, async (tx) => {
      for (const id of ids) {
        const row = await ledger.findOrderById(tx, id);
        if (!row || row.status !== 'pending' || this.book.has(id) || !this.ctx.cluster!.leases.ownsAgent(row.agent_id)) continue;
        this.hold(toRestingOrder(row));
      }
    }).catch((err: unknown) => this.logger?.error('tracking orders placed elsewhere failed', { orders: ids.length, error: String(err) }));
  }

  /** A pending trailing stop's best price and trigger now; undefined when not tracked or not yet active. */
  readonly trailOf = (orderId: string): TrailNow | undefined => this.book.trailOf(orderId);

  /** Observes each fill or cancel the matcher commits (tests and the benchmark use it). */
  onMatch(listener: (event: MatchEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onTick(tick: Tick): void {
    const crossed = this.book.onTick(tick.symbol, tick.price);
    if (crossed.length === 0) return;
    const receivedAt = performance.now();
    for (const order of crossed) {
      // Out of the book at once, so the next tick does not queue it twice; its OCO siblings leave
      // when the fill commits (a sibling crossed by the same tick finds its row closed and stops).
      this.book.remove(order.id);
      this.enqueue(() => this.fill(order, tick, receivedAt));
    }
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((err: unknown) => {
      this.logger?.error('order matching failed', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    });
  }

  /** Drops what the outcome closed, tracks what it placed (a bracket's legs), announces every change. */
  private settled(written: WrittenOutcome): void {
    for (const id of written.closed) this.book.remove(id);
    for (const order of written.resting) this.track(order);
    announceOrders(this.ctx, written.views);
  }

  /** `order` as the book crossed it: a trailing stop carries the best price and trigger of that tick. */
  private async fill(order: RestingOrder, tick: Tick, receivedAt: number): Promise<void> {
    const { clock, ids, market } = this.ctx;
    let written: WrittenOutcome | undefined;
    let outcome: MatchEvent['outcome'] = 'filled';
    try {
      written = await this.ctx.writes.submit(async (tx) => {
        await lockAgents(tx, [order.agentId]);
        const row = await ledger.findOrderById(tx, order.id);
        if (!row || row.status !== 'pending') return undefined; // cancelled, reset or a sibling filled meanwhile
        const stored = toRestingOrder(row);
        // The book's trail state is newer than the row's (written behind the ticks).
        const current = order.trail ? { ...stored, trail: order.trail, price: order.price } : stored;
        const positionRow = await ledger.findPosition(tx, current.agentId, current.symbol);
        const session = await ledger.findActiveSession(tx, current.agentId);
        if (!session) throw new Error(`agent ${current.agentId} has no active session`);
        const now = clock.now();
        const wallet = toWallet(await ledger.findBalances(tx, current.agentId));
        const result = fillResting({
          order: current,
          price: tick.price,
          quoteVolume24h: market.quoteVolume24h(current.symbol),
          balances: wallet,
          position: toPosition(positionRow),
          now,
          fillId: ids.next(),
          siblings: await pendingSiblings(tx, row, this.trailOf),
          nextId: () => ids.next(),
        });
        outcome = result.kind;
        return writeOutcome(tx, { agentId: current.agentId, sessionId: session.id, wallet, positionRow, now }, result, false);
      });
    } catch (err) {
      // Not put back: a row that fails once (unreadable, or breaking an invariant) would fail on
      // every crossing tick, costing a write attempt and a log line each time.
      this.skip(order.id, order.agentId, 'fill', err);
      return;
    }
    if (written) {
      const event = { orderId: order.id, outcome, tickReceivedAt: receivedAt, committedAt: performance.now() };
      this.settled(written);
      for (const listener of this.listeners) listener(event);
    }
  }

  /** Expires one pending order (with its OCO siblings), releasing the locks; false if it was no longer pending. */
  private async expire(orderId: string, agentId: string, now: number): Promise<boolean> {
    let written: WrittenOutcome | undefined;
    try {
      written = await this.ctx.writes.submit(async (tx) => {
        await lockAgents(tx, [agentId]);
        const row = await ledger.findOrderById(tx, orderId);
        if (!row || row.status !== 'pending') return undefined;
        const order = withLiveTrailState(toRestingOrder(row), this.trailOf);
        const result = engineCancel(order, now, 'expired', await pendingSiblings(tx, row, this.trailOf));
        const target = {
          agentId: row.agent_id,
          sessionId: row.session_id,
          wallet: toWallet(await ledger.findBalances(tx, row.agent_id)),
          positionRow: undefined,
          now,
        };
        return writeOutcome(tx, target, result, false);
      });
    } catch (err) {
      this.skip(orderId, agentId, 'expire', err);
      return false;
    }
    if (!written) return false;
    for (const id of written.closed) this.skipped.delete(id);
    this.settled(written);
    return true;
  }

  /** Expires every GTD order whose `expire_at` has come, at the matcher's clock. Returns how many. */
  async expireDue(): Promise<number> {
    const now = this.ctx.clock.now();
    let expired = 0;
    for (const order of this.book.dueForExpiry(now)) {
      if (!this.book.has(order.id)) continue; // closed with a sibling just before
      // Left in the book until it is written, so it expires with its live trail; `settled` drops it.
      if (await this.expire(order.id, order.agentId, now)) expired++;
    }
    return expired;
  }

  /** Arms one timer for the earliest GTD expiry (re-armed when an earlier one is tracked). */
  private scheduleExpiry(): void {
    if (!this.running) return;
    const next = this.book.nextExpiry();
    if (next === undefined || (this.expiryAt !== undefined && this.expiryAt <= next)) return;
    clearTimeout(this.expiryTimer);
    this.expiryAt = next;
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, next - this.ctx.clock.now()));
    this.expiryTimer = setTimeout(() => {
      this.expiryTimer = undefined;
      this.expiryAt = undefined;
      this.enqueue(async () => {
        await this.expireDue();
        this.scheduleExpiry();
      });
    }, delay);
    this.expiryTimer.unref();
  }

  /**
   * Writes the trailing stops whose best price moved since the last flush, one short piece at a
   * time (each awaited, so fills submitted meanwhile commit between pieces). A failed piece is
   * logged; its stops are written again when they next move.
   */
  async flushTrails(): Promise<number> {
    if (this.flushing) return 0;
    this.flushing = true;
    let written = 0;
    try {
      const changes = this.book.drainTrailChanges();
      for (let i = 0; i < changes.length; i += TRAIL_FLUSH_CHUNK) {
        const chunk = changes.slice(i, i + TRAIL_FLUSH_CHUNK);
        await this.ctx.writes.submit(async (tx) => {
          for (const c of chunk) await ledger.updateTrail(tx, c.id, formatAmount(c.trigger), formatAmount(c.best));
        });
        written += chunk.length;
      }
    } catch (err) {
      this.logger?.error('writing trailing stops failed', { error: err instanceof Error ? err.message : String(err) });
    } finally {
      this.flushing = false;
    }
    return written;
  }

  /** Expires pending orders older than seven days (with their OCO siblings), releasing their locks. */
  async expireStale(): Promise<number> {
    const { db, clock } = this.ctx;
    const now = clock.now();
    const stale = await findPendingOrdersCreatedBefore(db, now - ORDER_TTL_MS);
    let expired = 0;
    for (const row of stale) {
      // A row skipped before is tried again (expiry may succeed where a fill failed); it is logged once.
      if (await this.expire(row.id, row.agent_id, now)) expired++;
    }
    return expired;
  }
}
