// Fee, slippage, execution prices and locks. Every product goes through the money module, so the
// one rounding rule (half-even to 8 decimals) applies everywhere; slippage is exact integer maths.
import { mulAmount, parseAmount, scaleAmount, type Amount } from '../money.js';
import { isTriggered } from './trigger-index.js';
import { trailActivates, trailTrigger } from './trailing.js';
import type { OrderIntent, Side, TrailSpec } from './types.js';

/** 1 as an Amount. */
export const ONE: Amount = parseAmount('1');
/** 0.1 % of gross, charged in USDT on every fill. */
export const FEE_RATE: Amount = parseAmount('0.001');
/** Slippage floor: orders up to 0.01 % of the 24 h quote volume. */
export const MIN_SLIPPAGE: Amount = parseAmount('0.0001');
/** Slippage cap; also the headroom a buy stop/take-profit locks for. */
export const MAX_SLIPPAGE: Amount = parseAmount('0.005');
/** Slippage when the 24 h volume is unknown or zero. */
export const UNKNOWN_VOLUME_SLIPPAGE: Amount = parseAmount('0.001');

/**
 * The fee of a fill: 0.1 % of its gross, in USDT.
 *
 * @example fee(parseAmount('600.06')) === parseAmount('0.60006')
 */
export function fee(gross: Amount): Amount {
  return mulAmount(gross, FEE_RATE);
}

/**
 * Slippage as a fraction (an Amount: 0.0001 is `10_000n`) for an order of `notional` quote units
 * against the pair's rolling-24h quote volume. With participation p = notional / volume:
 * p ≤ 0.01 % → 0.01 %; then linear to (p = 0.1 %, s = 0.1 %); then linear to (p = 1 %, s = 0.5 %);
 * capped at 0.5 %. Unknown or zero volume → 0.1 %. Band edges are compared exactly by
 * cross-multiplying; inside a band the line is evaluated as one exact ratio, rounded once.
 *
 * @example slippage(parseAmount('600'), parseAmount('1000000000')) === parseAmount('0.0001')
 * @example slippage(parseAmount('500'), parseAmount('1000000')) === parseAmount('0.0005')
 */
export function slippage(notional: Amount, quoteVolume24h: Amount | undefined): Amount {
  if (quoteVolume24h === undefined || quoteVolume24h <= 0n) return UNKNOWN_VOLUME_SLIPPAGE;
  const n = notional;
  const v = quoteVolume24h;
  if (n * 10_000n <= v) return MIN_SLIPPAGE; // p ≤ 0.0001
  if (n * 1_000n <= v) return scaleAmount(ONE, n, v); // s = p
  // s = 0.001 + (p − 0.001) × 0.004/0.009 = (0.005 + 4p) / 9 = (5v + 4000n) / 9000v
  if (n * 100n < v) return scaleAmount(ONE, 5n * v + 4_000n * n, 9_000n * v);
  return MAX_SLIPPAGE;
}

/**
 * The price paid (buy) or received (sell) at `slippageFraction` from the reference price: buys pay
 * ref × (1 + s), sells receive ref × (1 − s).
 *
 * @example executionPrice(parseAmount('60000'), 'buy', parseAmount('0.0001')) === parseAmount('60006')
 */
export function executionPrice(referencePrice: Amount, side: Side, slippageFraction: Amount): Amount {
  return mulAmount(referencePrice, side === 'buy' ? ONE + slippageFraction : ONE - slippageFraction);
}

/** The price side of one execution, before it touches any balance. */
export interface Execution {
  referencePrice: Amount;
  price: Amount;
  /** Fraction, e.g. 0.0001. */
  slippage: Amount;
  /** Percent, e.g. 0.01 — exactly 100 × `slippage`. */
  slippagePct: Amount;
  /** quantity × price. */
  gross: Amount;
  fee: Amount;
}

/**
 * Prices an execution of `quantity` at `referencePrice` moved by `slippageFraction` (0 for limit
 * fills).
 *
 * @example executeAt('buy', parseAmount('0.01'), parseAmount('60000'), parseAmount('0.0001')).fee === parseAmount('0.60006')
 */
export function executeAt(side: Side, quantity: Amount, referencePrice: Amount, slippageFraction: Amount): Execution {
  const price = executionPrice(referencePrice, side, slippageFraction);
  const gross = mulAmount(quantity, price);
  return {
    referencePrice,
    price,
    slippage: slippageFraction,
    slippagePct: slippageFraction * 100n,
    gross,
    fee: fee(gross),
  };
}

/**
 * A market execution: slippage from the order's notional at the reference price against the 24 h
 * quote volume. Used for market orders and for triggered stop-loss / take-profit orders.
 */
export function marketExecution(side: Side, quantity: Amount, referencePrice: Amount, quoteVolume24h: Amount | undefined): Execution {
  return executeAt(side, quantity, referencePrice, slippage(mulAmount(quantity, referencePrice), quoteVolume24h));
}

/**
 * What an execution moves in the quote asset: a buy pays gross + fee, a sell receives gross − fee.
 */
export function quoteSettlement(side: Side, execution: Execution): Amount {
  return side === 'buy' ? execution.gross + execution.fee : execution.gross - execution.fee;
}

/**
 * The quote a resting buy locks: exactly what its worst fill the engine allows for would cost
 * (gross + fee). A buy limit fills at its limit, so it locks qty × X × (1 + fee). A buy
 * stop/take-profit fills at the tick price with up to 0.5 % slippage, so it locks the cost at the
 * trigger moved by the maximum slippage: qty × T × 1.005 × 1.001. Sells lock the base quantity
 * itself (see `lockFor`).
 *
 * @example buyLock('limit', parseAmount('0.01'), parseAmount('60000')) === parseAmount('600.6')
 */
export function buyLock(type: 'limit' | 'stop_loss' | 'take_profit', quantity: Amount, price: Amount): Amount {
  const worstPrice = type === 'limit' ? price : executionPrice(price, 'buy', MAX_SLIPPAGE);
  const gross = mulAmount(quantity, worstPrice);
  return gross + fee(gross);
}

/** The asset and amount a resting order locks at placement. */
export function lockFor(
  order: { side: Side; type: 'limit' | 'stop_loss' | 'take_profit'; quantity: Amount; price: Amount },
  pair: { baseAsset: string; quoteAsset: string },
): { asset: string; amount: Amount } {
  return order.side === 'sell'
    ? { asset: pair.baseAsset, amount: order.quantity }
    : { asset: pair.quoteAsset, amount: buyLock(order.type, order.quantity, order.price) };
}

/**
 * What a new order would do at market price P, before any risk rule is applied:
 * - `fill`: a market order (at P with slippage) or a marketable limit (at P, the better price,
 *   no slippage) fills at once; `required` is what it spends from available (buy: gross + fee in
 *   the quote asset; sell: the base quantity).
 * - `rest`: it waits, locking `lock` (also its `required`).
 * - `would_trigger_immediately`: a stop-loss/take-profit already crossed by P (rejected, as real
 *   exchanges do, rather than silently turned into a market order).
 * `notional` is quantity × P for an order that fills now (market, marketable limit: what it
 * actually trades), else quantity × its own limit or trigger price.
 */
export type OrderPlan =
  | { kind: 'fill'; notional: Amount; execution: Execution; required: { asset: string; amount: Amount } }
  | { kind: 'rest'; notional: Amount; lock: { asset: string; amount: Amount }; required: { asset: string; amount: Amount } }
  | { kind: 'would_trigger_immediately'; notional: Amount };

export function planOrder(
  intent: OrderIntent,
  pair: { baseAsset: string; quoteAsset: string },
  marketPrice: Amount,
  quoteVolume24h: Amount | undefined,
): OrderPlan {
  const spend = (execution: Execution) =>
    intent.side === 'buy'
      ? { asset: pair.quoteAsset, amount: quoteSettlement('buy', execution) }
      : { asset: pair.baseAsset, amount: intent.quantity };
  if (intent.type === 'market') {
    const execution = marketExecution(intent.side, intent.quantity, marketPrice, quoteVolume24h);
    return { kind: 'fill', notional: mulAmount(intent.quantity, marketPrice), execution, required: spend(execution) };
  }
  if (intent.type === 'trailing_stop') {
    // Never fires at placement; locks and is sized as a stop at the trigger it starts from (for a
    // buy the highest its trigger can ever be: it only falls after activation).
    const trigger = initialTrailTrigger(intent.side, intent.trail, marketPrice);
    const lock = lockFor({ side: intent.side, type: 'stop_loss', quantity: intent.quantity, price: trigger }, pair);
    return { kind: 'rest', notional: mulAmount(intent.quantity, trigger), lock, required: lock };
  }
  const notional = mulAmount(intent.quantity, intent.price);
  if (isTriggered(intent, marketPrice)) {
    if (intent.type !== 'limit') return { kind: 'would_trigger_immediately', notional };
    const execution = executeAt(intent.side, intent.quantity, marketPrice, 0n);
    // It trades qty × P, so that is what the size rules judge, exactly as for a market order.
    return { kind: 'fill', notional: execution.gross, execution, required: spend(execution) };
  }
  const lock = lockFor(intent, pair);
  return { kind: 'rest', notional, lock, required: lock };
}

/**
 * The best price a trailing stop starts from at market price P: P if it is active at once (no
 * activation price, or one P has already reached), else the activation price.
 */
export function trailStart(side: Side, trail: TrailSpec, marketPrice: Amount): Amount {
  return trail.activationPrice === null || trailActivates(side, trail.activationPrice, marketPrice) ? marketPrice : trail.activationPrice;
}

/**
 * The trigger a trailing stop starts from at market price P: its trigger at `trailStart`. For a
 * buy it is the highest the trigger can ever be (it only falls after activation), so locks and
 * size rules use it.
 */
export function initialTrailTrigger(side: Side, trail: TrailSpec, marketPrice: Amount): Amount {
  return trailTrigger(side, trailStart(side, trail, marketPrice), trail);
}
