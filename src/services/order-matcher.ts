// Keeps every pending order in an in-memory trigger index and, on every price tick from the feed,
// fills the ones the tick crosses — each as its own piece of a group-committed transaction
// (WriteBatcher), so a trigger fills within milliseconds of the tick rather than on a polling timer.
import type { Logger } from '../logger.js';
import { cancelOrder as engineCancel, fillResting, TriggerIndex, type RestingOrder } from '../engine/index.js';
import type { Tick } from '../market/types.js';
import * as ledger from '../repositories/ledger.repository.js';
import { findAllPendingOrders, findPendingOrdersCreatedBefore } from '../repositories/trading.repository.js';
import type { ServiceContext } from './context.js';
import {
  announceOrders,
  recordFill,
  toPosition,
  toRestingOrder,
  toWallet,
  viewOf,
  writeBalanceChanges,
  writeClosedOrder,
  writePosition,
  type OrderView,
} from './trading.service.js';

/** Pending orders older than this expire and release their locks. */
const ORDER_TTL_MS = 7 * 86_400_000;

export interface MatchEvent {
  orderId: string;
  outcome: 'filled' | 'cancelled';
  /** Time of the tick that triggered it and when its batch committed (performance.now()). */
  tickReceivedAt: number;
  committedAt: number;
}

export class OrderMatcher {
  private readonly index = new TriggerIndex<RestingOrder>();
  private queue: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | undefined;
  private readonly listeners = new Set<(event: MatchEvent) => void>();
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
        this.index.add(toRestingOrder(row));
      } catch (err) {
        this.skip(row.id, row.agent_id, 'load', err);
      }
    }
    this.unsubscribe = this.ctx.market.subscribe((tick) => this.onTick(tick));
    return this.index.size;
  }

  private skip(orderId: string, agentId: string, stage: 'load' | 'fill' | 'expire', err: unknown): void {
    this.index.remove(orderId);
    if (this.skipped.has(orderId)) return;
    this.skipped.add(orderId);
    this.logger?.error('order matcher skipped an order', {
      order_id: orderId,
      agent_id: agentId,
      stage,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }

  /** Stops listening and waits for fills already under way. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    await this.idle();
  }

  /** Resolves when every queued fill has been written. */
  idle(): Promise<void> {
    return this.queue;
  }

  get pendingCount(): number {
    return this.index.size;
  }

  track(order: RestingOrder): void {
    this.index.add(order);
  }

  untrack(orderId: string): void {
    this.index.remove(orderId);
  }

  /** Observes each fill or cancel the matcher commits (tests and the benchmark use it). */
  onMatch(listener: (event: MatchEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onTick(tick: Tick): void {
    const crossed = this.index.crossed(tick.symbol, tick.price);
    if (crossed.length === 0) return;
    const receivedAt = performance.now();
    for (const order of crossed) {
      // Out of the index at once, so the next tick does not queue it twice; put back on failure.
      this.index.remove(order.id);
      this.enqueue(() => this.fill(order, tick, receivedAt));
    }
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((err: unknown) => {
      this.logger?.error('order matching failed', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    });
  }

  private async fill(order: RestingOrder, tick: Tick, receivedAt: number): Promise<void> {
    const { clock, ids, market } = this.ctx;
    let done: { outcome: MatchEvent['outcome']; view: OrderView } | undefined;
    try {
      done = await this.ctx.writes.submit((h) => {
        const row = ledger.findOrderById(h, order.id);
        if (!row || row.status !== 'pending') return undefined; // cancelled or reset meanwhile
        const current = toRestingOrder(row);
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
        });
        writeClosedOrder(h, result.order);
        writeBalanceChanges(h, current.agentId, wallet, result.balanceChanges, now);
        if (result.kind === 'filled') {
          recordFill(h, result.fill, session.id);
          writePosition(h, current.agentId, result.position, positionRow, now, result.fill.price);
        }
        // Read back as stored, for the announcement after the commit.
        return { outcome: result.kind, view: viewOf(h, ledger.findOrderById(h, order.id)!) };
      });
    } catch (err) {
      // Not put back: a row that fails once (unreadable, or breaking an invariant) would fail on
      // every crossing tick, costing a write attempt and a log line each time.
      this.skip(order.id, order.agentId, 'fill', err);
      return;
    }
    if (done) {
      const event = { orderId: order.id, outcome: done.outcome, tickReceivedAt: receivedAt, committedAt: performance.now() };
      announceOrders(this.ctx, [done.view]);
      for (const listener of this.listeners) listener(event);
    }
  }

  /** Expires pending orders older than seven days, releasing their locks. */
  async expireStale(): Promise<number> {
    const { db, clock } = this.ctx;
    const now = clock.now();
    const stale = await findPendingOrdersCreatedBefore(db, now - ORDER_TTL_MS);
    let expired = 0;
    for (const row of stale) {
      // A row skipped before is tried again (expiry may succeed where a fill failed); it is logged once.
      let view: OrderView | undefined;
      try {
        view = await this.ctx.writes.submit((h) => {
          const current = ledger.findOrderById(h, row.id);
          if (!current || current.status !== 'pending') return undefined;
          const result = engineCancel(toRestingOrder(current), now, 'expired');
          writeClosedOrder(h, result.order);
          writeBalanceChanges(h, current.agent_id, toWallet(ledger.findBalances(h, current.agent_id)), result.balanceChanges, now);
          return viewOf(h, ledger.findOrderById(h, row.id)!);
        });
      } catch (err) {
        this.skip(row.id, row.agent_id, 'expire', err);
        continue;
      }
      if (view) {
        this.index.remove(row.id);
        this.skipped.delete(row.id);
        expired++;
        announceOrders(this.ctx, [view]);
      }
    }
    return expired;
  }
}
