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
