// Prometheus metrics of one app instance. Each instance has its own Registry (never prom-client's
// global one), so several apps in one process (the test suite) keep separate counts.
// Names follow the Prometheus conventions: snake_case, base units (seconds), `_total` on counters.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Request durations: sub-millisecond reads up to slow scrypt logins. */
const REQUEST_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Tick-to-fill: a fill commits within milliseconds of the tick that crosses it. */
const FILL_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500];
const SNAPSHOT_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The label of a request that matched no documented operation (unknown route, /docs, preflight). */
export const NO_OPERATION = 'none';

export class Metrics {
  readonly registry = new Registry();

  private readonly requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to handing its reply to Node, by operationId and status.',
    labelNames: ['operation_id', 'method', 'status'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  private readonly ordersPlaced = new Counter({
    name: 'tradeready_orders_placed_total',
    help: 'Orders accepted (filled at once or resting), by order type.',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  private readonly ordersFilled = new Counter({
    name: 'tradeready_orders_filled_total',
    help: 'Orders filled: market orders at placement, resting orders when a tick crosses them.',
    labelNames: ['trigger'] as const,
    registers: [this.registry],
  });

  private readonly ordersRejected = new Counter({
    name: 'tradeready_orders_rejected_total',
    help: 'Orders the risk chain rejected, by details.reason of the rejection.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  private readonly tickToFill = new Histogram({
    name: 'tradeready_tick_to_fill_seconds',
    help: 'From receiving the price tick that crosses a resting order to the commit of its fill.',
    buckets: FILL_BUCKETS,
    registers: [this.registry],
  });

  private readonly groupCommitSize = new Histogram({
    name: 'tradeready_group_commit_size',
    help: 'Pieces of work (orders, fills, cancels) committed together in one SQLite transaction.',
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  });

  private readonly snapshotDuration = new Histogram({
    name: 'tradeready_snapshot_duration_seconds',
    help: 'Time one portfolio snapshot round took (every active agent, every tier due).',
    buckets: SNAPSHOT_BUCKETS,
    registers: [this.registry],
  });

  private readonly wsConnections = new Gauge({
    name: 'tradeready_ws_connections',
    help: 'Open WebSocket connections on /ws/v1.',
    registers: [this.registry],
  });

  private readonly wsMessagesSent = new Counter({
    name: 'tradeready_ws_messages_sent_total',
    help: 'WebSocket messages handed to sockets, by message type (ticker, order, subscribed, ping, ...).',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  private readonly wsMessagesDropped = new Counter({
    name: 'tradeready_ws_messages_dropped_total',
    help: 'Droppable data messages (ticker, trade, live candle) not sent because the socket was behind.',
    registers: [this.registry],
  });

  private readonly wsConnectionsClosed = new Counter({
    name: 'tradeready_ws_connections_closed_total',
    help: 'WebSocket connections closed, by close code (1000 normal, 1001 shutdown, 4408 heartbeat, 4429 slow).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly wsHandshakesRefused = new Counter({
    name: 'tradeready_ws_handshakes_refused_total',
    help: 'WebSocket upgrades answered with an HTTP error instead, by status.',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  private processMetrics = false;

  constructor(options: { restingOrders?: () => number } = {}) {
    const restingOrders = options.restingOrders;
    if (restingOrders) {
      new Gauge({
        name: 'tradeready_resting_orders',
        help: 'Pending orders (limit, stop-loss, take-profit) the matcher watches.',
        registers: [this.registry],
        collect() {
          this.set(restingOrders());
        },
      });
    }
  }

  /**
   * Adds the process's CPU, memory, handles, GC and event-loop lag (`nodejs_eventloop_lag_seconds`).
   * Only an app turns this on: it installs process-wide observers that are never removed, which the
   * many service contexts of the integration tests do not need.
   */
  collectProcessMetrics(): void {
    if (this.processMetrics) return;
    this.processMetrics = true;
    collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text of every metric. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  observeRequest(operationId: string, method: string, status: number, seconds: number): void {
    this.requestDuration.observe({ operation_id: operationId, method, status: String(status) }, seconds);
  }

  orderPlaced(type: string, filledAtOnce: boolean): void {
    this.ordersPlaced.inc({ type });
    if (filledAtOnce) this.ordersFilled.inc({ trigger: 'placement' });
  }

  orderRejected(reason: string): void {
    this.ordersRejected.inc({ reason });
  }

  /** A resting order the matcher closed on a tick (a fill, or a cancel when it could not fill). */
  orderMatched(outcome: 'filled' | 'cancelled', seconds: number): void {
    if (outcome !== 'filled') return;
    this.ordersFilled.inc({ trigger: 'tick' });
    this.tickToFill.observe(seconds);
  }

  groupCommitted(size: number): void {
    this.groupCommitSize.observe(size);
  }

  snapshotTaken(seconds: number): void {
    this.snapshotDuration.observe(seconds);
  }

  wsConnectionOpened(): void {
    this.wsConnections.inc();
  }

  wsConnectionClosed(code: number): void {
    this.wsConnections.dec();
    this.wsConnectionsClosed.inc({ code: String(code) });
  }

  /** `count` messages of one type (a publish to n subscribers is one call). */
  wsMessageSent(type: string, count = 1): void {
    if (count > 0) this.wsMessagesSent.inc({ type }, count);
  }

  wsMessageDropped(): void {
    this.wsMessagesDropped.inc();
  }

  wsHandshakeRefused(status: number): void {
    this.wsHandshakesRefused.inc({ status: String(status) });
  }
}
