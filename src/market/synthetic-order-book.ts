// There is no real order book: one is synthesised around the last trade price, one level per tick,
// with sizes from a PRNG seeded by (symbol, price) so the same price always shows the same book.
import { formatAmount, type Amount } from '../money.js';
import { maxAmount, minAmount, snapToGrid, toModelNumber } from './amount-grid.js';
import { Prng } from './prng.js';
import type { PairInfo } from './types.js';

export const MAX_BOOK_DEPTH = 100;

interface OrderBookLevel {
  price: Amount;
  quantity: Amount;
}

export interface SyntheticOrderBook {
  symbol: string;
  /** Always true: the levels are made up, not resting orders. */
  synthetic: true;
  /** The last trade price the book is built around, and its time (Unix ms). */
  lastPrice: Amount;
  time: number;
  /** Highest first. Fewer than `depth` only when prices would reach zero. */
  bids: OrderBookLevel[];
  /** Lowest first. */
  asks: OrderBookLevel[];
}

/** Median value of a level in the quote asset, before it grows with distance from the price. */
const LEVEL_NOTIONAL = 2_000;

/**
 * Builds `depth` levels a side, one tick apart: the best bid is the highest tick below the last
 * price and the best ask the lowest tick above it.
 */
export function synthesizeOrderBook(pair: PairInfo, last: { price: Amount; time: number }, depth: number): SyntheticOrderBook {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_BOOK_DEPTH) {
    throw new RangeError(`depth must be an integer from 1 to ${MAX_BOOK_DEPTH}`);
  }
  const tick = pair.tickSize > 0n ? pair.tickSize : 1n;
  const price = last.price;
  const onGrid = price % tick === 0n;
  const bestBid = onGrid ? price - tick : price - (price % tick);
  const bestAsk = onGrid ? price + tick : bestBid + tick;
  const rng = new Prng('orderbook', pair.symbol, formatAmount(price));
  const unitPrice = Math.max(toModelNumber(price), 1e-8);
  const size = (level: number): Amount => {
    const notional = LEVEL_NOTIONAL * (1 + 0.35 * level) * Math.exp(0.6 * rng.normal());
    const step = pair.stepSize > 0n ? pair.stepSize : 1n;
    const qty = maxAmount(snapToGrid(notional / unitPrice, step, 'floor'), maxAmount(pair.minQty, step));
    return pair.maxQty > 0n ? minAmount(qty, pair.maxQty) : qty;
  };
  const bids: OrderBookLevel[] = [];
  const asks: OrderBookLevel[] = [];
  for (let i = 0; i < depth; i++) {
    // Drawn bid then ask per level, so a deeper book extends a shallower one unchanged.
    const bidPrice = bestBid - BigInt(i) * tick;
    const bidQty = size(i);
    if (bidPrice > 0n) bids.push({ price: bidPrice, quantity: bidQty });
    asks.push({ price: bestAsk + BigInt(i) * tick, quantity: size(i) });
  }
  return { symbol: pair.symbol, synthetic: true, lastPrice: price, time: last.time, bids, asks };
}
