// Portfolio snapshots of every active agent in three UTC-aligned tiers (minute, hour, day), taken by
// an in-process scheduler. A tick reads the state of all agents in a handful of queries, values it at
// the last prices and writes one batched insert per tier that is due; the primary key (agent, tier,
// bucket) keeps a bucket from ever being doubled. Buckets no tick took (the server was down, or its
// process stalled) are filled in from the holdings as they stand, since nothing can trade meanwhile,
// valued at the stored 1-minute closes of those times. Time comes only from the injected clock.
import { performance } from 'node:perf_hooks';
import type { NewPortfolioSnapshotRow, SnapshotTier } from '../db/schema.js';
import { QUOTE_ASSET, valueHoldings, type Holdings, type Valuation } from '../domain/valuation.js';
import type { Logger } from '../logger.js';
import type { Candle } from '../market/types.js';
import { formatAmount, parseAmount, type Amount } from '../money.js';
import {
  deleteSnapshotsBefore,
  findAllBalancesOf,
  findAllPnlTotals,
  findAllPositions,
  findNewestBuckets,
  findSnapshotAgents,
  insertSnapshotsKeepingExisting,
} from '../repositories/snapshot.repository.js';
import type { ServiceContext } from './context.js';

export { findLatestSnapshots, findSnapshots } from '../repositories/snapshot.repository.js';
export type { SnapshotTier } from '../db/schema.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export const SNAPSHOT_TIERS: readonly SnapshotTier[] = ['minute', 'hourly', 'daily'];
/** Bucket length of each tier; buckets start at multiples of it since the epoch (UTC-aligned). */
export const TIER_MS: Readonly<Record<SnapshotTier, number>> = { minute: MINUTE_MS, hourly: HOUR_MS, daily: DAY_MS };
/** Minute snapshots older than this are deleted; hourly and daily ones are kept. */
export const MINUTE_RETENTION_MS = 7 * DAY_MS;
/** How far back hourly and daily buckets are filled in after a long outage, to bound the work. */
export const MAX_FILL_MS = 90 * DAY_MS;
/** Retention runs inside a tick at most this often. */
const RETENTION_EVERY_MS = HOUR_MS;
/** Rows handed to one insert call while filling in (the repository splits them into statements). */
const FILL_BATCH = 10_000;
/** The most 1-minute bars market.candles returns at once. */
const CANDLE_PAGE = 1000;

export const bucketOf = (time: number, tier: SnapshotTier): number => Math.floor(time / TIER_MS[tier]) * TIER_MS[tier];

/** What one agent holds and has booked, read for all agents together. */
interface AgentBook {
  agentId: string;
  createdMs: number;
  holdings: Holdings;
  realizedPnl: Amount;
  feesPaid: Amount;
}

function toRow(book: AgentBook, v: Valuation, tier: SnapshotTier, bucketMs: number, takenMs: number): NewPortfolioSnapshotRow {
  return {
    agent_id: book.agentId,
    tier,
    bucket_ms: bucketMs,
    total_equity: formatAmount(v.totalEquity),
    available_cash: formatAmount(v.availableCash),
    locked_cash: formatAmount(v.lockedCash),
    position_value: formatAmount(v.positionValue),
    unrealized_pnl: formatAmount(v.unrealizedPnl),
    realized_pnl: formatAmount(book.realizedPnl),
    fees_paid: formatAmount(book.feesPaid),
    taken_ms: takenMs,
  };
}

/** The buckets of a tier after `newest` and before the current one, within the fill horizon. */
function missedBuckets(tier: SnapshotTier, newest: number, now: number): number[] {
  const size = TIER_MS[tier];
  const horizon = now - (tier === 'minute' ? MINUTE_RETENTION_MS : MAX_FILL_MS);
  const current = bucketOf(now, tier);
  const out: number[] = [];
  for (let t = Math.max(newest + size, Math.ceil(horizon / size) * size); t < current; t += size) out.push(t);
  return out;
}

export interface SnapshotTickReport {
  at: number;
  /** Tiers whose current bucket this tick took. */
  tiers: SnapshotTier[];
  /** Missed buckets filled in per tier (after a restart, or a stall of the process). */
  filled: Record<SnapshotTier, number>;
  agents: number;
  /** Rows written (a bucket already stored is not written again). */
  inserted: number;
  /** Minute rows removed by retention in this tick. */
  deleted: number;
  ms: number;
}

export interface SnapshotSchedulerOptions {
  /** Timer period; null: no timer, only explicit tick() calls (tests). Default 1000 ms. */
  intervalMs?: number | null;
  logger?: Logger;
}

type SnapshotDeps = Pick<ServiceContext, 'db' | 'clock' | 'market' | 'prices'>;

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export class SnapshotScheduler {
  private readonly intervalMs: number | null;
  private readonly logger: Logger;
  /** The newest bucket taken (or found stored) per tier. */
  private readonly taken = new Map<SnapshotTier, number>();
  private lastRetentionAt = -Infinity;
  /** Agents whose state could not be read, already logged: each is logged once, not every tick. */
  private readonly skipped = new Set<string>();
  /** Ticks run one after another on this chain. */
  private chain: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private timer: NodeJS.Timeout | undefined;
  private started = false;
  /** Told every round that took snapshots (the app's metrics listen). */
  onRound: ((report: SnapshotTickReport) => void) | undefined;

  constructor(
    private readonly ctx: SnapshotDeps,
    options: SnapshotSchedulerOptions = {},
  ) {
    this.intervalMs = options.intervalMs === undefined ? 1000 : options.intervalMs;
    this.logger = options.logger ?? silent;
  }

  /**
   * Reads the newest stored bucket per tier, so the first tick fills in the buckets missed while the
   * server was down and takes the current ones; then starts the timer. Returns that first tick.
   */
  async start(): Promise<SnapshotTickReport> {
    if (this.started) throw new Error('snapshot scheduler already started');
    this.started = true;
    let first: SnapshotTickReport;
    try {
      first = await this.enqueue(async () => {
        for (const [tier, newest] of await findNewestBuckets(this.ctx.db)) this.taken.set(tier, newest);
        return this.runTick();
      });
    } catch (err) {
      this.started = false;
      throw err;
    }
    // stop() may have been called while the first tick ran.
    if (this.intervalMs !== null && this.started) {
      this.timer = setInterval(() => {
        // A tick slower than the period must not pile up behind itself.
        if (this.queued > 0) return;
        this.tick().catch((err: unknown) => this.logger.error('portfolio snapshot tick failed', { error: String(err) }));
      }, this.intervalMs);
      this.timer.unref();
    }
    return first;
  }

  /** Stops the timer and waits for the tick in progress, if any. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.chain;
  }

  /**
   * Takes the current bucket of every tier not yet taken, first filling in any bucket skipped since
   * the last one taken, and applies retention at most once an hour. Calls queue behind each other.
   */
  tick(): Promise<SnapshotTickReport> {
    return this.enqueue(() => this.runTick());
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    this.queued++;
    const run = this.chain.then(job).finally(() => this.queued--);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async runTick(): Promise<SnapshotTickReport> {
    const t0 = performance.now();
    const now = this.ctx.clock.now();
    const tiers = SNAPSHOT_TIERS.filter((tier) => this.taken.get(tier) !== bucketOf(now, tier));
    const filled: Record<SnapshotTier, number> = { minute: 0, hourly: 0, daily: 0 };
    const missed: Array<[SnapshotTier, number[]]> = [];
    for (const tier of tiers) {
      const last = this.taken.get(tier);
      const buckets = last === undefined ? [] : missedBuckets(tier, last, now);
      filled[tier] = buckets.length;
      if (buckets.length > 0) missed.push([tier, buckets]);
    }
    let agents = 0;
    let inserted = 0;
    if (tiers.length > 0) {
      const books = await this.loadBooks();
      agents = books.length;
      if (missed.length > 0) {
        const f0 = performance.now();
        const rows = await this.fillIn(missed, books, now);
        inserted += rows;
        this.logger.info('portfolio snapshots filled in', { ...filled, rows, ms: Math.round(performance.now() - f0) });
      }
      const prices = this.ctx.prices;
      const valued = books.map((book) => [book, valueHoldings(book.holdings, (symbol) => prices.lastPrice(symbol))] as const);
      await this.ctx.db.transaction().execute(async (trx) => {
        for (const tier of tiers) {
          const bucket = bucketOf(now, tier);
          inserted += await insertSnapshotsKeepingExisting(
            trx,
            valued.map(([book, v]) => toRow(book, v, tier, bucket, now)),
          );
        }
      });
      for (const tier of tiers) this.taken.set(tier, bucketOf(now, tier));
    }
    let deleted = 0;
    if (now - this.lastRetentionAt >= RETENTION_EVERY_MS) {
      deleted = await deleteSnapshotsBefore(this.ctx.db, 'minute', now - MINUTE_RETENTION_MS);
      this.lastRetentionAt = now;
    }
    const report = { at: now, tiers, filled, agents, inserted, deleted, ms: performance.now() - t0 };
    if (tiers.length > 0 || deleted > 0) this.logger.debug('portfolio snapshots taken', { ...report });
    if (tiers.length > 0) this.onRound?.(report);
    return report;
  }

  /**
   * Writes the buckets no tick took: after a restart, those between the newest stored one and now
   * (minute buckets only within the 7-day retention, hourly and daily within 90 days). Nothing can
   * trade while the server is down (or while its event loop is stalled), so the holdings and the
   * cumulative PnL are those stored now; each held symbol is valued at the close of the 1-minute
   * bar starting at the bucket, else the nearest earlier close, else at cost.
   */
  private async fillIn(plan: ReadonlyArray<[SnapshotTier, number[]]>, books: readonly AgentBook[], now: number): Promise<number> {
    const times = [...new Set(plan.flatMap(([, ts]) => ts))].sort((a, b) => a - b);
    const symbols = [...new Set(books.flatMap((b) => b.holdings.positions.map((p) => p.symbol)))];
    const closes = new Map<string, Map<number, Amount>>();
    for (const symbol of symbols) closes.set(symbol, await this.closesAt(symbol, times, now));

    let inserted = 0;
    let batch: NewPortfolioSnapshotRow[] = [];
    const flush = async () => {
      inserted += await insertSnapshotsKeepingExisting(this.ctx.db, batch);
      batch = [];
    };
    // Cash-only agents are worth the same in every bucket.
    const cashOnly = new Map(
      books.filter((b) => b.holdings.positions.length === 0).map((b) => [b, valueHoldings(b.holdings, () => undefined)]),
    );
    for (const [tier, buckets] of plan) {
      for (const bucket of buckets) {
        const priceOf = (symbol: string) => closes.get(symbol)?.get(bucket);
        for (const book of books) {
          // An agent created after the bucket ended has nothing to show for it.
          if (book.createdMs >= bucket + TIER_MS[tier]) continue;
          batch.push(toRow(book, cashOnly.get(book) ?? valueHoldings(book.holdings, priceOf), tier, bucket, now));
          if (batch.length >= FILL_BATCH) await flush();
        }
      }
    }
    if (batch.length > 0) await flush();
    return inserted;
  }

  /**
   * The close in force at each time (sorted ascending): that of the newest 1-minute bar opening at
   * or before it. Times within the minute retention are served from one run of bars read page by
   * page; older ones (hourly and daily buckets of a long outage) one look-up each.
   */
  private async closesAt(symbol: string, times: readonly number[], now: number): Promise<Map<number, Amount>> {
    const out = new Map<number, Amount>();
    const market = this.ctx.market;
    const denseFrom = now - MINUTE_RETENTION_MS;
    try {
      const dense: number[] = [];
      for (const t of times) {
        if (t >= denseFrom) {
          dense.push(t);
          continue;
        }
        const [bar] = await market.candles(symbol, '1m', { endTime: t, limit: 1 });
        if (bar) out.set(t, bar.close);
      }
      const first = dense[0];
      const last = dense[dense.length - 1];
      if (first === undefined || last === undefined) return out;
      const [before] = await market.candles(symbol, '1m', { endTime: first - 1, limit: 1 });
      const bars = await this.barsBetween(symbol, first, last);
      let close = before?.close;
      let i = 0;
      for (const t of dense) {
        for (let bar = bars[i]; bar !== undefined && bar.openTime <= t; bar = bars[++i]) close = bar.close;
        if (close !== undefined) out.set(t, close);
      }
    } catch (err) {
      // An unknown pair (or a failing read) leaves the remaining buckets valued at cost.
      this.logger.warn('snapshot fill: closes unavailable', { symbol, error: String(err) });
    }
    return out;
  }

  /** Every 1-minute bar opening in [from, to], oldest first, read newest page first. */
  private async barsBetween(symbol: string, from: number, to: number): Promise<Candle[]> {
    const pages: Candle[][] = [];
    let end = to;
    for (;;) {
      const page = await this.ctx.market.candles(symbol, '1m', { startTime: from, endTime: end, limit: CANDLE_PAGE });
      pages.push(page);
      const oldest = page[0];
      if (page.length < CANDLE_PAGE || oldest === undefined || oldest.openTime <= from) break;
      end = oldest.openTime - 1;
    }
    return pages.reverse().flat();
  }

  /**
   * Cash, open positions and cumulative PnL of every snapshotted agent: four queries for all of them.
   * An agent whose rows cannot be read (an amount out of bounds, say) is left out and logged once,
   * so it never costs every other agent its snapshot; it is logged again if it recovers and fails anew.
   */
  private async loadBooks(): Promise<AgentBook[]> {
    const db = this.ctx.db;
    const agents = await findSnapshotAgents(db);
    const cash = await findAllBalancesOf(db, QUOTE_ASSET);
    const positions = await findAllPositions(db);
    const pnl = await findAllPnlTotals(db);

    const cashByAgent = new Map(cash.map((c) => [c.agent_id, c]));
    const pnlByAgent = new Map(pnl.map((p) => [p.agent_id, p]));
    const positionsByAgent = new Map<string, typeof positions>();
    for (const p of positions) {
      const list = positionsByAgent.get(p.agent_id);
      if (list) list.push(p);
      else positionsByAgent.set(p.agent_id, [p]);
    }
    const books: AgentBook[] = [];
    for (const agent of agents) {
      try {
        const usdt = cashByAgent.get(agent.id);
        const held = (positionsByAgent.get(agent.id) ?? [])
          .map((p) => ({ symbol: p.symbol, quantity: parseAmount(p.quantity), cost: parseAmount(p.cost) }))
          .filter((p) => p.quantity > 0n);
        const totals = pnlByAgent.get(agent.id);
        books.push({
          agentId: agent.id,
          createdMs: Date.parse(agent.created_at),
          holdings: {
            availableCash: usdt ? parseAmount(usdt.available) : 0n,
            lockedCash: usdt ? parseAmount(usdt.locked) : 0n,
            positions: held,
          },
          realizedPnl: totals ? parseAmount(totals.realized_pnl) : 0n,
          feesPaid: totals ? parseAmount(totals.fees) : 0n,
        });
        if (this.skipped.delete(agent.id)) this.logger.info('portfolio snapshots resumed for an agent', { agent_id: agent.id });
      } catch (err) {
        if (!this.skipped.has(agent.id)) {
          this.skipped.add(agent.id);
          this.logger.error('portfolio snapshots skip an agent whose state cannot be read', { agent_id: agent.id, error: String(err) });
        }
      }
    }
    return books;
  }
}
