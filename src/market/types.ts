// The vocabulary of the market-data core: pairs, ticks, candles and the price-source interface.
// Prices, quantities and volumes are exact `Amount`s; times are Unix milliseconds.
import type { Amount } from '../money.js';

export interface PairInfo {
  symbol: string;
  baseAsset: string;
  quoteAsset: string;
  status: 'active' | 'inactive';
  /** Price increment (Binance PRICE_FILTER tickSize). */
  tickSize: Amount;
  /** Quantity increment (LOT_SIZE stepSize). */
  stepSize: Amount;
  minQty: Amount;
  maxQty: Amount;
  /** Smallest order value in the quote asset (MIN_NOTIONAL / NOTIONAL). */
  minNotional: Amount;
}

/** One public trade. */
export interface Tick {
  symbol: string;
  price: Amount;
  quantity: Amount;
  /** Trade time, Unix ms. */
  time: number;
  tradeId: number;
  isBuyerMaker: boolean;
}

export const INTERVALS = ['1m', '5m', '15m', '1h', '4h', '1d'] as const;
export type Interval = (typeof INTERVALS)[number];

export interface Candle {
  /** Bucket start, Unix ms, UTC-aligned to the interval. */
  openTime: number;
  open: Amount;
  high: Amount;
  low: Amount;
  close: Amount;
  /** Base-asset volume. */
  volume: Amount;
  /** Quote-asset volume: the sum of price × quantity of the bar's trades. */
  quoteVolume: Amount;
  tradeCount: number;
}

/** The stretch of 1-minute history the hub lacks for one symbol. */
export interface HistoryWindow {
  symbol: string;
  /** First wanted bar open time (inclusive, minute-aligned). May be ≥ `endTime`: nothing wanted. */
  startTime: number;
  /** Close of the newest stored bar, when one exists, so a source can continue from it. */
  lastClose?: Amount;
}

export interface HistoryRequest {
  /** Exclusive end, minute-aligned: the minute in which live ticks begin. */
  endTime: number;
  windows: HistoryWindow[];
}

export interface HistoryBatch {
  symbol: string;
  /** 1-minute bars, oldest first, each inside its window. */
  bars: Candle[];
}

export interface SourceStatus {
  /** Whether the source is delivering data (socket open, timer running, data not exhausted). */
  connected: boolean;
  detail?: string;
}

/** Where prices come from. The hub calls loadPairs, then history (if any), then start. */
export interface PriceSource {
  readonly name: 'simulated' | 'binance' | 'replay';
  loadPairs(): Promise<PairInfo[]>;
  /**
   * Backfill: 1-minute bars for each window, streamed one symbol at a time so a large backfill
   * never sits in memory whole. Called before start(); a source that can continue a price path
   * uses each window's `lastClose` (and its own generated history) to make live prices continue
   * from the last bar, so it is called even when every window is empty.
   */
  history?(request: HistoryRequest): AsyncIterable<HistoryBatch>;
  /**
   * Begins delivering ticks. `emit` is synchronous and must not be called after stop().
   * `symbols` are the active pairs the hub tracks; a source that subscribes per symbol (Binance)
   * streams these, which matters when loadPairs failed and the hub carried on with stored pairs.
   */
  start(emit: (tick: Tick) => void, symbols?: readonly string[]): Promise<void>;
  stop(): Promise<void>;
  status?(): SourceStatus;
}
