// A price source the test drives tick by tick, for the hub's integration tests.
import type { Candle, HistoryBatch, HistoryRequest, PairInfo, PriceSource, SourceStatus, Tick } from '../../../src/market/types.js';
import { parseAmount } from '../../../src/money.js';

export function pairInfo(symbol: string, tick = '0.01', step = '0.00001'): PairInfo {
  return {
    symbol,
    baseAsset: symbol.replace(/USDT$/, ''),
    quoteAsset: 'USDT',
    status: 'active',
    tickSize: parseAmount(tick),
    stepSize: parseAmount(step),
    minQty: parseAmount(step),
    maxQty: parseAmount('9000'),
    minNotional: parseAmount('5'),
  };
}

let tradeIds = 0;

export function trade(symbol: string, iso: string, price: string, qty = '1', isBuyerMaker = false): Tick {
  return { symbol, price: parseAmount(price), quantity: parseAmount(qty), time: Date.parse(iso), tradeId: ++tradeIds, isBuyerMaker };
}

export class ManualSource implements PriceSource {
  readonly name = 'replay' as const;
  connected = false;
  historyRequests: HistoryRequest[] = [];
  private emit: ((tick: Tick) => void) | undefined;

  constructor(
    public pairList: PairInfo[],
    private readonly bars: Map<string, Candle[]> = new Map(),
  ) {}

  async loadPairs(): Promise<PairInfo[]> {
    return this.pairList;
  }

  async *history(request: HistoryRequest): AsyncIterable<HistoryBatch> {
    this.historyRequests.push(request);
    for (const w of request.windows) {
      const bars = (this.bars.get(w.symbol) ?? []).filter((b) => b.openTime >= w.startTime && b.openTime < request.endTime);
      if (bars.length > 0) yield { symbol: w.symbol, bars };
    }
  }

  async start(emit: (tick: Tick) => void): Promise<void> {
    this.emit = emit;
    this.connected = true;
  }

  async stop(): Promise<void> {
    this.emit = undefined;
    this.connected = false;
  }

  status(): SourceStatus {
    return { connected: this.connected };
  }

  push(...ticks: Tick[]): void {
    if (!this.emit) throw new Error('not started');
    for (const t of ticks) this.emit(t);
  }
}
