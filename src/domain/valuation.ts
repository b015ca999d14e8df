// Valuing holdings in USDT. Pure: prices come from whatever feed the caller has.
import { mulAmount, type Amount } from '../money.js';

export const QUOTE_ASSET = 'USDT';

export interface PriceLookup {
  /** Last price of a symbol such as `BTCUSDT`, if the feed has one. */
  lastPrice(symbol: string): Amount | undefined;
}

export interface Holding {
  asset: string;
  available: Amount;
  locked: Amount;
}

/**
 * USDT counts one for one; any other asset at the last price of its USDT pair. An asset without a
 * price is left out of the total rather than guessed.
 *
 * @example equityOf([{ asset: 'USDT', available: 100n, locked: 0n }], prices) === 100n
 */
export function equityOf(holdings: Holding[], prices: PriceLookup): Amount {
  let total = 0n;
  for (const h of holdings) {
    const amount = h.available + h.locked;
    if (h.asset === QUOTE_ASSET) {
      total += amount;
    } else {
      const price = prices.lastPrice(`${h.asset}${QUOTE_ASSET}`);
      if (price !== undefined) total += mulAmount(amount, price);
    }
  }
  return total;
}

export interface HeldPosition {
  symbol: string;
  quantity: Amount;
  cost: Amount;
}

/**
 * A position at quantity × price (one half-even rounding, as everywhere), or at cost with no
 * unrealized PnL when there is no price.
 *
 * @example valuePosition({ symbol: 'BTCUSDT', quantity: parseAmount('0.5'), cost: parseAmount('300') }, parseAmount('700')).unrealizedPnl === parseAmount('50')
 */
export function valuePosition(position: HeldPosition, price: Amount | undefined): { marketValue: Amount; unrealizedPnl: Amount } {
  const marketValue = price === undefined ? position.cost : mulAmount(position.quantity, price);
  return { marketValue, unrealizedPnl: marketValue - position.cost };
}

export interface Holdings {
  availableCash: Amount;
  lockedCash: Amount;
  positions: readonly HeldPosition[];
}

export interface Valuation {
  totalEquity: Amount;
  availableCash: Amount;
  lockedCash: Amount;
  positionValue: Amount;
  unrealizedPnl: Amount;
}

/**
 * Values holdings in USDT: cash one for one, each position by {@link valuePosition}. The portfolio
 * endpoint and the snapshots value alike, so a snapshot equals the portfolio at its moment.
 *
 * @example valueHoldings({ availableCash: parseAmount('100'), lockedCash: 0n, positions: [{ symbol: 'BTCUSDT', quantity: parseAmount('0.5'), cost: parseAmount('300') }] }, () => parseAmount('700')).totalEquity === parseAmount('450')
 */
export function valueHoldings(holdings: Holdings, priceOf: (symbol: string) => Amount | undefined): Valuation {
  let positionValue = 0n;
  let unrealizedPnl = 0n;
  for (const p of holdings.positions) {
    const v = valuePosition(p, priceOf(p.symbol));
    positionValue += v.marketValue;
    unrealizedPnl += v.unrealizedPnl;
  }
  return {
    totalEquity: holdings.availableCash + holdings.lockedCash + positionValue,
    availableCash: holdings.availableCash,
    lockedCash: holdings.lockedCash,
    positionValue,
    unrealizedPnl,
  };
}
