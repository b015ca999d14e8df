// Keeps every pending order in an in-memory RestingBook and, on every price tick from the feed,
// fills the ones the tick crosses — each as its own piece of a group-committed transaction
// (WriteBatcher), so a trigger fills within milliseconds of the tick rather than on a polling timer.
// It also expires GTD orders at their time, and writes trailing stops' moving triggers behind the
// ticks: the book is the live truth (order views read it, see trading.service withLiveTrail), and
// storage gets the moved triggers in small pieces between fills, every TRAIL_FLUSH_MS and at stop.
// A crash can lose up to that much of a trailing stop's movement; a fill never waits for it.
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

  constructor(
    private readonly ctx: ServiceContext,
    private readonly logger?: Logger,
  ) {}

  /** Loads every pending order and starts listening to the feed. */
  async start(): Promise<number> {
    for (const row of await findAllPendingOrders(this.ctx.db)) {
      try {
        this.book.add(toRestingOrder(row));
      } catch (err) {
        this.skip(row.id, row.agent_id, 'load', err);
      }
    }
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

  track(order: RestingOrder): void {
    this.book.add(order);
    if (order.expireAt !== null) this.scheduleExpiry();
  }

  untrack(orderId: string): void {
    this.book.remove(orderId);
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
      written = await this.ctx.writes.submit((h) => {
        const row = ledger.findOrderById(h, order.id);
        if (!row || row.status !== 'pending') return undefined; // cancelled, reset or a sibling filled meanwhile
        const stored = toRestingOrder(row);
        // The book's trail state is newer than the row's (written behind the ticks).
        const current = order.trail ? { ...stored, trail: order.trail, price: order.price } : stored;
        const positionRow = ledger.findPosition(h, current.agentId, current.symbol);
        const session = ledger.findActiveSession(h, current.agentId);
        if (!session) throw new Error(`agent ${current.agentId} has no active session`);
        const now = clock.now();
        const wallet = toWallet(ledger.findBalances(h, current.agentId));
        const result = fillResting({
          order: current,
          price: tick.price,
          quoteVolume24h: market.quoteVolume24h(current.symbol),
          balances: wallet,
          position: toPosition(positionRow),
          now,
          fillId: ids.next(),
          siblings: pendingSiblings(h, row, this.trailOf),
          nextId: () => ids.next(),
        });
        outcome = result.kind;
        return writeOutcome(h, { agentId: current.agentId, sessionId: session.id, wallet, positionRow, now }, result, false);
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
      written = await this.ctx.writes.submit((h) => {
        const row = ledger.findOrderById(h, orderId);
        if (!row || row.status !== 'pending') return undefined;
        const order = withLiveTrailState(toRestingOrder(row), this.trailOf);
        const result = engineCancel(order, now, 'expired', pendingSiblings(h, row, this.trailOf));
        const target = {
          agentId: row.agent_id,
          sessionId: row.session_id,
          wallet: toWallet(ledger.findBalances(h, row.agent_id)),
          positionRow: undefined,
          now,
        };
        return writeOutcome(h, target, result, false);
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
        await this.ctx.writes.submit((h) => {
          for (const c of chunk) ledger.updateTrail(h, c.id, formatAmount(c.trigger), formatAmount(c.best));
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
