// The live runner: what makes a deployed strategy trade (decisions.md ruling 2). For every deployed
// strategy it follows the candles of the strategy's timeframe for each of its pairs, and when one
// closes it asks the executor (executor.ts, the same one the tests run) what to do and places the
// answer as market orders of the bound agent through the normal order path (trading.service.ts
// placeOrder): the agent's risk chain, its order-rate limit and its battle rules all apply, and an
// order they refuse is dropped (counted and logged), never retried.
//
// When exactly (the spec's deploy description says the same): at the close of each candle of the
// timeframe of one of the strategy's pairs — the first trade of a later bucket, or the bucket's end
// — the executor sees that pair's candles up to the one just closed, the agent's positions in the
// strategy's pairs, its equity and free USDT; it sells the whole position of that pair when an exit
// condition fires, else buys it when every entry condition passes and the agent holds fewer than
// `max_positions` of the strategy's pairs. Long only, market orders only.
//
// State: the position's peak close and the candles held are kept in memory, and rebuilt from the
// agent's position (its opening time and average entry) and the stored candles whenever memory
// does not know the position — after a restart, or a position the agent opened by hand. Calls per
// strategy run one at a time; an undeploy suspends the strategy before its write commits, and every
// order checks that its strategy is still live just before it goes out.
import type { Account, Agent } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { KeyedQueue } from '../keyed-queue.js';
import { bucketStart, intervalMs } from '../market/candle-aggregator.js';
import { LiveCandles, type CandleUpdate, type Timers } from '../market/live-candles.js';
import type { Candle, Interval, Tick } from '../market/types.js';
import { formatAmount, parseAmount, type Amount } from '../money.js';
import { findAccountById } from '../repositories/account.repository.js';
import { findAccountAgent } from '../repositories/agent.repository.js';
import type { ServiceContext } from '../services/context.js';
import { getPortfolio } from '../services/portfolio.service.js';
import { placeOrder } from '../services/trading.service.js';
import { evaluateBar, historyBars, type HeldPosition, type NormalisedDefinition } from './executor.js';
import * as repo from './repository.js';

export interface LiveRunnerOptions {
  /** Timers of the candle closes (tests drive them with the manual clock). */
  timers?: Timers;
}

/** What memory keeps of a position the strategy holds. */
interface HeldState {
  /** The position's opening time (positions.opened_ms): a different one is a different position. */
  openedMs: number;
  peak: Amount;
  barsHeld: number;
  /** Open time of the newest candle counted. */
  lastBar: number;
}

interface Live {
  strategyId: string;
  accountId: string;
  agentId: string;
  version: number;
  def: NormalisedDefinition;
  suspended: boolean;
  held: Map<string, HeldState>;
}

export interface LiveRunnerStats {
  /** Candle closes evaluated. */
  evaluations: number;
  ordersPlaced: number;
  /** Orders the risk chain or the engine refused. */
  ordersRejected: number;
  /** Evaluations that failed for another reason (logged). */
  errors: number;
}

const MAX_CANDLES = 1000;
const ERROR_LOG_EVERY_MS = 10_000;

export class LiveRunner {
  private readonly live = new Map<string, Live>();
  private readonly queue = new KeyedQueue();
  private readonly candles: LiveCandles;
  private unsubscribe: (() => void) | undefined;
  private lastErrorLog = -Infinity;
  readonly stats: LiveRunnerStats = { evaluations: 0, ordersPlaced: 0, ordersRejected: 0, errors: 0 };

  constructor(
    private readonly ctx: ServiceContext,
    options: LiveRunnerOptions = {},
  ) {
    this.candles = new LiveCandles({
      clock: ctx.clock,
      source: ctx.market,
      // Open-bar updates are of no use here: only the closing one is acted on.
      throttleMs: 60_000,
      wanted: (symbol, interval) => this.wants(symbol, interval),
      emit: (update) => this.onCandle(update),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(ctx.logger ? { logger: ctx.logger } : {}),
    });
  }

  /** Takes up every deployed strategy and starts following the market. */
  async start(): Promise<number> {
    this.unsubscribe = this.ctx.market.subscribe((tick: Tick) => this.candles.onTick(tick));
    const deployed = await repo.findDeployed(this.ctx.db);
    for (const { strategy } of deployed) await this.load(strategy.id);
    return this.live.size;
  }

  /** Stops following the market and waits for the evaluations under way. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.candles.stop();
    this.live.clear();
    await this.queue.idle();
  }

  /** Resolves once every candle close seen so far has been acted on. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Strategy ids running now. */
  running(): string[] {
    return [...this.live.keys()];
  }

  /** (Re)reads the strategy: runs it if it is deployed, else drops it. Memory of positions is kept across a version change. */
  async load(strategyId: string): Promise<void> {
    const strategy = await repo.findStrategy(this.ctx.db, strategyId);
    if (!strategy || strategy.status !== 'deployed' || strategy.deployed_version === null || strategy.deployed_agent_id === null) {
      this.remove(strategyId);
      return;
    }
    const version = await repo.findVersion(this.ctx.db, strategy.id, strategy.deployed_version);
    if (!version) {
      this.remove(strategyId);
      return;
    }
    const previous = this.live.get(strategyId);
    const def = JSON.parse(version.definition) as NormalisedDefinition;
    this.live.set(strategyId, {
      strategyId,
      accountId: strategy.account_id,
      agentId: strategy.deployed_agent_id,
      version: version.version,
      def,
      suspended: false,
      held: previous && previous.agentId === strategy.deployed_agent_id ? previous.held : new Map<string, HeldState>(),
    });
    for (const symbol of def.pairs) this.candles.track(symbol, def.timeframe);
  }

  /** No order of the strategy starts from now on, until resume() or remove(). */
  suspend(strategyId: string): void {
    const live = this.live.get(strategyId);
    if (live) live.suspended = true;
  }

  resume(strategyId: string): void {
    const live = this.live.get(strategyId);
    if (live) live.suspended = false;
  }

  /** Stops the strategy; its candle keys are dropped once no other strategy wants them. */
  remove(strategyId: string): void {
    const live = this.live.get(strategyId);
    if (!live) return;
    this.live.delete(strategyId);
    for (const symbol of live.def.pairs) if (!this.wants(symbol, live.def.timeframe)) this.candles.untrack(symbol, live.def.timeframe);
  }

  private wants(symbol: string, interval: Interval): boolean {
    for (const live of this.live.values()) if (live.def.timeframe === interval && live.def.pairs.includes(symbol)) return true;
    return false;
  }

  private onCandle(update: CandleUpdate): void {
    if (!update.closed) return;
    // The bar object goes on being reused by the candle follower: keep what is needed now.
    const bar = { ...update.candle };
    for (const live of this.live.values()) {
      if (live.def.timeframe !== update.interval || !live.def.pairs.includes(update.symbol)) continue;
      void this.queue.run(live.strategyId, () => this.evaluate(live, update.symbol, bar));
    }
  }

  private isLive(live: Live): boolean {
    return this.live.get(live.strategyId) === live && !live.suspended;
  }

  private logError(message: string, fields: Record<string, unknown>): void {
    const now = this.ctx.clock.now();
    if (now - this.lastErrorLog < ERROR_LOG_EVERY_MS) return;
    this.lastErrorLog = now;
    this.ctx.logger?.error(message, fields);
  }

  /** The candles of the strategy's timeframe for `symbol`, oldest first, ending with `bar`. */
  private async history(def: NormalisedDefinition, symbol: string, bar: Candle): Promise<Candle[]> {
    const limit = Math.min(MAX_CANDLES, historyBars(def));
    return this.ctx.market.candles(symbol, def.timeframe, { limit, endTime: bar.openTime });
  }

  /**
   * The held state of a position at the close of `bar`: memory's, moved on by this candle, or
   * rebuilt from the position's opening time and the candles since.
   */
  private async heldAt(
    live: Live,
    symbol: string,
    position: { quantity: Amount; avgEntryPrice: Amount; openedAt: number },
    bar: Candle,
    candles: readonly Candle[],
  ): Promise<HeldState> {
    const known = live.held.get(symbol);
    if (known && known.openedMs === position.openedAt) {
      if (bar.openTime <= known.lastBar) return known;
      const next = { ...known, peak: bar.close > known.peak ? bar.close : known.peak, barsHeld: known.barsHeld + 1, lastBar: bar.openTime };
      live.held.set(symbol, next);
      return next;
    }
    const size = intervalMs(live.def.timeframe);
    const from = bucketStart(position.openedAt, size);
    let since = candles.filter((c) => c.openTime >= from);
    if (candles.length === 0 || candles[0]!.openTime > from) {
      since = await this.ctx.market.candles(symbol, live.def.timeframe, { startTime: from, endTime: bar.openTime, limit: MAX_CANDLES });
    }
    let peak = position.avgEntryPrice;
    for (const c of since) if (c.close > peak) peak = c.close;
    const rebuilt: HeldState = {
      openedMs: position.openedAt,
      peak,
      barsHeld: Math.max(0, Math.floor((bar.openTime - from) / size) + 1),
      lastBar: bar.openTime,
    };
    live.held.set(symbol, rebuilt);
    return rebuilt;
  }

  private async evaluate(live: Live, symbol: string, bar: Candle): Promise<void> {
    if (!this.isLive(live)) return;
    try {
      const [agent, account] = await Promise.all([
        findAccountAgent(this.ctx.db, live.accountId, live.agentId),
        findAccountById(this.ctx.db, live.accountId),
      ]);
      if (!agent || !account) return;
      const [candles, portfolio] = await Promise.all([this.history(live.def, symbol, bar), getPortfolio(this.ctx, agent)]);
      if (candles.length === 0) return;
      this.stats.evaluations++;
      const positions = new Map<string, HeldPosition>();
      for (const p of portfolio.positions) {
        if (!live.def.pairs.includes(p.symbol)) continue;
        let state: HeldState | undefined;
        if (p.symbol === symbol) state = await this.heldAt(live, symbol, p, bar, candles);
        else state = live.held.get(p.symbol);
        positions.set(p.symbol, {
          quantity: p.quantity,
          avgEntryPrice: p.avgEntryPrice,
          peakPrice: state?.peak ?? p.avgEntryPrice,
          barsHeld: state?.barsHeld ?? 0,
        });
      }
      for (const held of live.held.keys()) if (!positions.has(held)) live.held.delete(held);
      const pair = this.ctx.market.pair(symbol);
      const decision = evaluateBar(live.def, {
        bars: new Map([[symbol, candles]]),
        positions,
        equity: portfolio.equity,
        cash: portfolio.availableCash,
        pairsInOrder: [symbol],
        ...(pair ? { stepSizes: new Map([[symbol, pair.stepSize]]), minQuantities: new Map([[symbol, pair.minQty]]) } : {}),
      });
      for (const exit of decision.exits) {
        const quantity = positions.get(exit)!.quantity;
        if (await this.order(live, account, agent, exit, 'sell', quantity)) live.held.delete(exit);
      }
      for (const entry of decision.entries) {
        const fill = await this.order(live, account, agent, entry.symbol, 'buy', entry.quantity);
        if (fill) {
          live.held.set(entry.symbol, { openedMs: fill.at, peak: fill.price, barsHeld: 0, lastBar: bar.openTime });
        }
      }
    } catch (err) {
      this.stats.errors++;
      this.logError('live strategy evaluation failed', { strategy_id: live.strategyId, symbol, error: String(err) });
    }
  }

  /** One market order of the strategy's agent; the fill's time and price, or undefined when refused. */
  private async order(
    live: Live,
    account: Account,
    agent: Agent,
    symbol: string,
    side: 'buy' | 'sell',
    quantity: Amount,
  ): Promise<{ at: number; price: Amount } | undefined> {
    // Undeployed (or replaced) while this candle was being evaluated: nothing more goes out.
    if (!this.isLive(live)) return undefined;
    try {
      const placed = await placeOrder(this.ctx, account, agent, { symbol, side, type: 'market', quantity: formatAmount(quantity) });
      this.stats.ordersPlaced++;
      const fill = placed.view.fill;
      return fill ? { at: Number(fill.executed_ms), price: parseAmount(fill.price) } : undefined;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      this.stats.ordersRejected++;
      this.ctx.logger?.warn('live strategy order refused', {
        strategy_id: live.strategyId,
        agent_id: agent.id,
        symbol,
        side,
        code: err.code,
        reason: err.details?.reason,
      });
      return undefined;
    }
  }
}
