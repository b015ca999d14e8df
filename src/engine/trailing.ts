// Trailing stops: the trigger follows the best price since activation — the high for a sell, the
// low for a buy — at a fixed distance (an amount or a percentage of the best price).
import { parseAmount, scaleAmount, type Amount } from '../money.js';
import type { Side, TrailSpec, TrailState } from './types.js';

const HUNDRED = parseAmount('100');

/**
 * The trigger of a trailing stop whose best price since activation is `best`: a sell fires when
 * the price falls to best − amount (or best × (1 − pct/100)), a buy when it rises to best + amount
 * (or best × (1 + pct/100)). Percent triggers are rounded half-even to 8 decimals. A larger trail
 * always gives a trigger further from `best`, so ordering orders by trail orders their triggers.
 *
 * @example trailTrigger('sell', parseAmount('100'), { percent: parseAmount('5'), amount: null, activationPrice: null }) === parseAmount('95')
 */
export function trailTrigger(side: Side, best: Amount, trail: Pick<TrailSpec, 'percent' | 'amount'>): Amount {
  if (trail.amount !== null) return side === 'sell' ? best - trail.amount : best + trail.amount;
  if (trail.percent === null) throw new Error('a trail needs a percent or an amount');
  return scaleAmount(best, side === 'sell' ? HUNDRED - trail.percent : HUNDRED + trail.percent, HUNDRED);
}

/** Whether a trailing stop with best `best` fires at `price`: a sell at P ≤ trigger, a buy at P ≥ trigger. */
export function trailFires(side: Side, best: Amount, trail: Pick<TrailSpec, 'percent' | 'amount'>, price: Amount): boolean {
  const trigger = trailTrigger(side, best, trail);
  return side === 'sell' ? price <= trigger : price >= trigger;
}

/** Whether `price` activates a trailing stop waiting for `activationPrice`: a sell when P ≥ it, a buy when P ≤ it. */
export function trailActivates(side: Side, activationPrice: Amount, price: Amount): boolean {
  return side === 'sell' ? price >= activationPrice : price <= activationPrice;
}

/** The best price after a tick at `price`: the higher for a sell, the lower for a buy. */
export function trailBest(side: Side, best: Amount, price: Amount): Amount {
  return side === 'sell' ? (price > best ? price : best) : price < best ? price : best;
}

/**
 * An order's limit or trigger price as it is shown and stored: a trailing stop not yet active has
 * no trigger yet (its `price` is only where it would start), so none.
 */
export function shownPrice(order: { price: Amount | null; trail: TrailState | null }): Amount | null {
  return order.trail !== null && order.trail.best === null ? null : order.price;
}
