// In-process domain events: what the services announce after a change is committed, for live
// consumers (the WebSocket feeds) that must not be woven into the services themselves. Emitters
// call only after the transaction that made the change has committed, so a listener that reads
// the database sees the change.
//
// A listener is an observer: one that throws is caught, counted and logged (at most every 10 s,
// so a listener failing on every event cannot flood the log), and never breaks the use case that
// emitted — the order is stored whatever a subscriber does with the news.
import type { Clock } from '../clock.js';
import type { ClusterBus } from '../cluster/bus.js';
import type { Logger } from '../logger.js';
import type { BattleCompletedEvent, BattleStreamEvent } from '../battles/types.js';
import type { OrderView } from './trading.service.js';

/** An order whose status changed (placed, filled, cancelled, expired); emitted only after the commit. */
export interface OrderEvent {
  agentId: string;
  view: OrderView;
}

/** A backtest reached its end (auto-completed on its last step); for the webhooks work to deliver. */
export interface BacktestCompletedEvent {
  backtest_id: string;
  status: 'completed';
  roi_pct: string;
  total_trades: number;
  final_equity: string;
}

/** A strategy test run finished (webhook `strategy.test.completed`). */
export interface StrategyTestCompletedEvent {
  account_id: string;
  test_run_id: string;
  strategy_id: string;
  version: number;
  status: 'completed' | 'failed';
}

/** A strategy version went live on an agent (webhook `strategy.deployed`). */
export interface StrategyDeployedEvent {
  account_id: string;
  strategy_id: string;
  version: number;
  agent_id: string;
}

const ERROR_LOG_EVERY_MS = 10_000;
const EVENTS_CHANNEL = 'events';

type RelayedEvent =
  { kind: 'order'; event: OrderEvent } | { kind: 'agent_changed'; event: string } | { kind: 'battle'; event: BattleStreamEvent };

/** JSON has no bigint (amounts are): they travel as `{ $bigint: "…" }`. */
function encodeBigInts(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? { $bigint: v.toString() } : v)));
}

function decodeBigInts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBigInts);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$bigint === 'string' && Object.keys(record).length === 1) return BigInt(record.$bigint);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decodeBigInts(v)]));
  }
  return value;
}

export class DomainEvents {
  private orderListeners: ReadonlyArray<(e: OrderEvent) => void> = [];
  private agentListeners: ReadonlyArray<(agentId: string) => void> = [];
  private backtestListeners: ReadonlyArray<(e: BacktestCompletedEvent) => void> = [];
  private battleListeners: ReadonlyArray<(e: BattleStreamEvent) => void> = [];
  private battleCompletedListeners: ReadonlyArray<(e: BattleCompletedEvent) => void> = [];
  private strategyTestListeners: ReadonlyArray<(e: StrategyTestCompletedEvent) => void> = [];
  private strategyDeployedListeners: ReadonlyArray<(e: StrategyDeployedEvent) => void> = [];
  private lastErrorLog = -Infinity;
  private relay: ((message: RelayedEvent) => void) | undefined;
  /** Listener calls that threw, since start. */
  listenerErrors = 0;

  constructor(
    private readonly clock: Clock,
    private readonly logger?: Logger,
  ) {}

  onOrder(listener: (e: OrderEvent) => void): () => void {
    // Copy-on-write: a listener that unsubscribes during an emit does not disturb the loop.
    this.orderListeners = [...this.orderListeners, listener];
    return () => {
      this.orderListeners = this.orderListeners.filter((l) => l !== listener);
    };
  }

  emitOrder(e: OrderEvent): void {
    this.deliverOrder(e);
    this.relay?.({ kind: 'order', event: e });
  }

  private deliverOrder(e: OrderEvent): void {
    for (const listener of this.orderListeners) this.call(listener, e, 'order');
  }

  /** Something an agent's portfolio is made of changed: cash, locks or positions (a fill, a cancel, a reset). */
  onAgentChanged(listener: (agentId: string) => void): () => void {
    this.agentListeners = [...this.agentListeners, listener];
    return () => {
      this.agentListeners = this.agentListeners.filter((l) => l !== listener);
    };
  }

  emitAgentChanged(agentId: string): void {
    this.deliverAgentChanged(agentId);
    this.relay?.({ kind: 'agent_changed', event: agentId });
  }

  private deliverAgentChanged(agentId: string): void {
    for (const listener of this.agentListeners) this.call(listener, agentId, 'agent_changed');
  }

  /** Webhook event `backtest.completed`, emitted after the completed session is stored. */
  onBacktestCompleted(listener: (e: BacktestCompletedEvent) => void): () => void {
    this.backtestListeners = [...this.backtestListeners, listener];
    return () => {
      this.backtestListeners = this.backtestListeners.filter((l) => l !== listener);
    };
  }

  emitBacktestCompleted(e: BacktestCompletedEvent): void {
    for (const listener of this.backtestListeners) this.call(listener, e, 'backtest.completed');
  }

  /** A battle's status change, standings or participant fill, for the `battle:{id}` channel. */
  onBattle(listener: (e: BattleStreamEvent) => void): () => void {
    this.battleListeners = [...this.battleListeners, listener];
    return () => {
      this.battleListeners = this.battleListeners.filter((l) => l !== listener);
    };
  }

  emitBattle(e: BattleStreamEvent): void {
    this.deliverBattle(e);
    this.relay?.({ kind: 'battle', event: e });
  }

  private deliverBattle(e: BattleStreamEvent): void {
    for (const listener of this.battleListeners) this.call(listener, e, `battle.${e.type}`);
  }

  /**
   * In a cluster: the events live streams follow (orders, portfolio changes, battles) are also sent
   * to every other instance, whose listeners get them as if emitted there, so a socket receives
   * them whichever instance made the change. The other kinds stay local: their listeners (webhooks)
   * act once per cluster, on the instance where the change happened.
   */
  async bridge(bus: ClusterBus): Promise<() => Promise<void>> {
    this.relay = (message) => bus.publish(EVENTS_CHANNEL, encodeBigInts(message));
    const unsubscribe = await bus.subscribe(EVENTS_CHANNEL, (payload, fromSelf) => {
      if (fromSelf) return;
      const message = decodeBigInts(payload) as RelayedEvent;
      if (message.kind === 'order') this.deliverOrder(message.event);
      else if (message.kind === 'agent_changed') this.deliverAgentChanged(message.event);
      else if (message.kind === 'battle') this.deliverBattle(message.event);
    });
    return async () => {
      this.relay = undefined;
      await unsubscribe();
    };
  }

  /** Webhook event `battle.completed`, emitted after the completed battle is stored. */
  onBattleCompleted(listener: (e: BattleCompletedEvent) => void): () => void {
    this.battleCompletedListeners = [...this.battleCompletedListeners, listener];
    return () => {
      this.battleCompletedListeners = this.battleCompletedListeners.filter((l) => l !== listener);
    };
  }

  emitBattleCompleted(e: BattleCompletedEvent): void {
    for (const listener of this.battleCompletedListeners) this.call(listener, e, 'battle.completed');
  }

  /** A strategy test run ended, emitted after its results are stored. */
  onStrategyTestCompleted(listener: (e: StrategyTestCompletedEvent) => void): () => void {
    this.strategyTestListeners = [...this.strategyTestListeners, listener];
    return () => {
      this.strategyTestListeners = this.strategyTestListeners.filter((l) => l !== listener);
    };
  }

  emitStrategyTestCompleted(e: StrategyTestCompletedEvent): void {
    for (const listener of this.strategyTestListeners) this.call(listener, e, 'strategy.test.completed');
  }

  /** A strategy version was deployed, emitted after the commit. */
  onStrategyDeployed(listener: (e: StrategyDeployedEvent) => void): () => void {
    this.strategyDeployedListeners = [...this.strategyDeployedListeners, listener];
    return () => {
      this.strategyDeployedListeners = this.strategyDeployedListeners.filter((l) => l !== listener);
    };
  }

  emitStrategyDeployed(e: StrategyDeployedEvent): void {
    for (const listener of this.strategyDeployedListeners) this.call(listener, e, 'strategy.deployed');
  }

  private call<T>(listener: (value: T) => void, value: T, event: string): void {
    try {
      listener(value);
    } catch (err) {
      this.listenerErrors++;
      const now = this.clock.now();
      if (now - this.lastErrorLog >= ERROR_LOG_EVERY_MS) {
        this.lastErrorLog = now;
        this.logger?.error('domain event listener failed', {
          event,
          failures: this.listenerErrors,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        });
      }
    }
  }
}
