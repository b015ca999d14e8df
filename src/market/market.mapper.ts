// Conversions between market domain objects and their rows.
import type { Candle1mRow, NewCandle1mRow, NewCandleRollupRow, NewTradingPair, RollupInterval, TradingPair } from '../db/schema.js';
import { formatAmount, parseAmount, type Amount } from '../money.js';
import type { Candle, PairInfo } from './types.js';

const STORED = /^-?\d+\.\d{8}$/;
const WIDE = { maxIntegerDigits: 30 };

/** Reads a stored decimal. Stored values always carry 8 places, so the fast path is one BigInt. */
function readStoredAmount(text: string): Amount {
  return STORED.test(text) ? BigInt(text.replace('.', '')) : parseAmount(text, WIDE);
}

export function toCandleRow(symbol: string, c: Candle): NewCandle1mRow {
  return {
    symbol,
    open_time: c.openTime,
    open: formatAmount(c.open),
    high: formatAmount(c.high),
    low: formatAmount(c.low),
    close: formatAmount(c.close),
    volume: formatAmount(c.volume),
    quote_volume: formatAmount(c.quoteVolume),
    trade_count: c.tradeCount,
  };
}

export function toCandleRollupRow(symbol: string, interval: RollupInterval, c: Candle): NewCandleRollupRow {
  return { ...toCandleRow(symbol, c), interval };
}

/** A stored bar or rollup (same columns) as a candle. */
export function fromCandleRow(row: Candle1mRow): Candle {
  return {
    openTime: Number(row.open_time),
    open: readStoredAmount(row.open),
    high: readStoredAmount(row.high),
    low: readStoredAmount(row.low),
    close: readStoredAmount(row.close),
    volume: readStoredAmount(row.volume),
    quoteVolume: readStoredAmount(row.quote_volume),
    tradeCount: row.trade_count,
  };
}

export function toPairRow(p: PairInfo, updatedAt: string): NewTradingPair {
  return {
    symbol: p.symbol,
    base_asset: p.baseAsset,
    quote_asset: p.quoteAsset,
    status: p.status,
    tick_size: formatAmount(p.tickSize),
    step_size: formatAmount(p.stepSize),
    min_qty: formatAmount(p.minQty),
    max_qty: formatAmount(p.maxQty),
    min_notional: formatAmount(p.minNotional),
    updated_at: updatedAt,
  };
}

export function fromPairRow(row: TradingPair): PairInfo {
  return {
    symbol: row.symbol,
    baseAsset: row.base_asset,
    quoteAsset: row.quote_asset,
    status: row.status,
    tickSize: readStoredAmount(row.tick_size),
    stepSize: readStoredAmount(row.step_size),
    minQty: readStoredAmount(row.min_qty),
    maxQty: readStoredAmount(row.max_qty),
    minNotional: readStoredAmount(row.min_notional),
  };
}
