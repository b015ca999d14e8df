// The market-data ingester of a cluster: the leader runs the configured price source and publishes
// every tick; every instance (the leader too) takes its ticks from the bus, so all of them see the
// same prices in the same order. When the leader dies, the next one starts its own source within a
// lease's time (leases.ts); the simulated source is a function of time, so prices carry on.
import type { Logger } from '../logger.js';
import type { HistoryBatch, HistoryRequest, PairInfo, PriceSource, SourceStatus, Tick } from '../market/types.js';
import type { ClusterBus } from './bus.js';
import type { ClusterLeases } from './leases.js';

const CHANNEL = 'ticks';
/** A follower that hears no tick for this long reports its feed as not connected. */
const SILENT_MS = 10_000;

interface WireTick {
  s: string;
  p: string;
  q: string;
  t: number;
  i: number;
  m: boolean;
}

const encode = (tick: Tick): WireTick => ({
  s: tick.symbol,
  p: tick.price.toString(),
  q: tick.quantity.toString(),
  t: tick.time,
  i: tick.tradeId,
  m: tick.isBuyerMaker,
});

const decode = (w: WireTick): Tick => ({
  symbol: w.s,
  price: BigInt(w.p),
  quantity: BigInt(w.q),
  time: w.t,
  tradeId: w.i,
  isBuyerMaker: w.m,
});

export class ClusterPriceSource implements PriceSource {
  private innerRunning = false;
  private switching: Promise<void> = Promise.resolve();
  private unsubscribe: (() => Promise<void>) | undefined;
  private symbols: readonly string[] | undefined;
  private lastTickAt = -Infinity;
  private stopped = true;

  constructor(
    private readonly inner: PriceSource,
    private readonly bus: ClusterBus,
    private readonly leases: ClusterLeases,
    private readonly logger?: Logger,
  ) {
    this.history = inner.history ? (request: HistoryRequest) => inner.history!(request) : undefined;
    leases.onChange((change) => {
      if (change.leaderChanged && !this.stopped) this.follow();
    });
  }

  get name(): PriceSource['name'] {
    return this.inner.name;
  }

  readonly history: ((request: HistoryRequest) => AsyncIterable<HistoryBatch>) | undefined;

  loadPairs(): Promise<PairInfo[]> {
    return this.inner.loadPairs();
  }

  async start(emit: (tick: Tick) => void, symbols?: readonly string[]): Promise<void> {
    this.symbols = symbols;
    this.stopped = false;
    this.unsubscribe = await this.bus.subscribe(CHANNEL, (payload) => {
      if (this.stopped) return;
      this.lastTickAt = performance.now();
      emit(decode(payload as WireTick));
    });
    this.follow();
    await this.switching;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.follow();
    await this.switching;
  }

  status(): SourceStatus {
    if (this.innerRunning) return this.inner.status?.() ?? { connected: true };
    const connected = performance.now() - this.lastTickAt < SILENT_MS;
    return { connected, detail: connected ? 'ticks from the cluster leader' : 'no tick from the cluster leader lately' };
  }

  /** Runs the inner source exactly while this instance leads (and is not stopped). */
  private follow(): void {
    this.switching = this.switching.then(async () => {
      const lead = this.leases.leader && !this.stopped;
      if (lead === this.innerRunning) return;
      try {
        if (lead) {
          await this.inner.start((tick) => this.bus.publish(CHANNEL, encode(tick)), this.symbols);
          this.innerRunning = true;
          this.logger?.info('this instance now ingests market data for the cluster', { source: this.inner.name });
        } else {
          this.innerRunning = false;
          await this.inner.stop();
        }
      } catch (err) {
        this.logger?.error('switching the market-data ingester failed', { error: String(err) });
      }
    });
  }
}
