// The contract tier's price source: the simulated market (its pairs and history) driven by hand.
// `advance` lets the model trade for a while; `push` makes one trade at an exact price, so a test
// can cross a limit or a stop deliberately.
import type { Clock } from '../../src/clock.js';
import { SimulatedSource } from '../../src/market/simulated-source.js';
import type { HistoryBatch, HistoryRequest, PairInfo, PriceSource, SourceStatus, Tick } from '../../src/market/types.js';
import { parseAmount } from '../../src/money.js';

export class ScriptedSource implements PriceSource {
  readonly name = 'simulated' as const;
  private readonly model: SimulatedSource;
  private emit: ((tick: Tick) => void) | undefined;
  private tradeId = 1_000_000_000;

  constructor(
    private readonly clock: Clock,
    symbols: string[],
    seed = 'contract',
  ) {
    this.model = new SimulatedSource({ clock, mode: 'manual', seed, symbols });
  }

  loadPairs(): Promise<PairInfo[]> {
    return this.model.loadPairs();
  }

  history(request: HistoryRequest): AsyncIterable<HistoryBatch> {
    return this.model.history(request);
  }

  async start(emit: (tick: Tick) => void): Promise<void> {
    this.emit = emit;
    await this.model.start(emit);
  }

  async stop(): Promise<void> {
    this.emit = undefined;
    await this.model.stop();
  }

  status(): SourceStatus {
    return { connected: this.emit !== undefined };
  }

  /** Lets the simulated market trade up to the clock's current time. */
  catchUp(): void {
    this.model.advanceTo(this.clock.now());
  }

  /** One trade at exactly this price, now. */
  push(symbol: string, price: string, quantity = '0.01'): void {
    if (!this.emit) throw new Error('source not started');
    this.emit({
      symbol,
      price: parseAmount(price),
      quantity: parseAmount(quantity),
      time: this.clock.now(),
      tradeId: ++this.tradeId,
      isBuyerMaker: false,
    });
  }
}
