// Long-only positions at average cost. Fees stay out of cost and PnL; they are recorded per fill.
import { divAmount, mulAmount, scaleAmount, type Amount } from '../money.js';
import type { Position, Side } from './types.js';

/**
 * cost / quantity, or 0 for a closed position.
 *
 * @example avgEntryPrice({ symbol: 'BTCUSDT', quantity: parseAmount('2'), cost: parseAmount('300'), realizedPnl: 0n, openFees: 0n }) === parseAmount('150')
 */
export function avgEntryPrice(position: Position): Amount {
  return position.quantity === 0n ? 0n : divAmount(position.cost, position.quantity);
}

/** quantity × current price − cost. */
export function unrealizedPnl(position: Position, price: Amount): Amount {
  return mulAmount(position.quantity, price) - position.cost;
}

/**
 * The position after a fill of `quantity` at a gross of `gross` (quantity × execution price) paying
 * `fee`.
 *
 * Buy: quantity and cost grow by the fill (a closed position has cost 0, so the average restarts),
 * and the fee joins the position's opening fees.
 * Sell: the cost basis shrinks in proportion to the quantity sold — cost = remaining × avg entry,
 * computed as one exact ratio cost × remaining / held so it never drifts, and all of it on a full
 * close — and realized PnL grows by gross − cost released, i.e. (price − avg entry) × quantity.
 * Defining realized PnL as exactly "proceeds − basis released" keeps money conserved to the unit:
 * quote + locked + Σ cost + fees − realized is unchanged by every fill.
 * The opening fees are released by the same ratio, so a trade's net PnL = realized − its own fee −
 * its share of the opening fees, and over a position's life the net PnL of its closing trades adds
 * up to realized PnL − every fee paid on it: no fee is lost between trades.
 *
 * Throws when selling more than is held: the caller's base balance guarantees that cannot happen.
 *
 * @example
 * // buy 1 @ 100 (fee 0.1), buy 1 @ 110 (fee 0.11), sell 1 @ 120 (fee 0.12):
 * // realized = 120 − 105 = 15; net = 15 − 0.12 − 0.105 = 14.775
 */
export function applyFill(
  position: Position | undefined,
  symbol: string,
  side: Side,
  quantity: Amount,
  gross: Amount,
  fee: Amount,
): { position: Position; realizedPnl: Amount; netPnl: Amount } {
  const held = position ?? { symbol, quantity: 0n, cost: 0n, realizedPnl: 0n, openFees: 0n };
  if (side === 'buy') {
    return {
      position: { ...held, quantity: held.quantity + quantity, cost: held.cost + gross, openFees: held.openFees + fee },
      realizedPnl: 0n,
      netPnl: 0n,
    };
  }
  if (quantity > held.quantity) {
    throw new Error(`cannot sell ${quantity} of ${symbol}: position holds ${held.quantity}`);
  }
  const remaining = held.quantity - quantity;
  const cost = remaining === 0n ? 0n : scaleAmount(held.cost, remaining, held.quantity);
  const openFees = remaining === 0n ? 0n : scaleAmount(held.openFees, remaining, held.quantity);
  const realizedPnl = gross - (held.cost - cost);
  return {
    position: { ...held, quantity: remaining, cost, realizedPnl: held.realizedPnl + realizedPnl, openFees },
    realizedPnl,
    netPnl: realizedPnl - fee - (held.openFees - openFees),
  };
}
