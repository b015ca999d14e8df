// The risk chain for a new order. Steps run in a fixed order and the first failure wins, each with
// its own code and `details.reason`, so a client can tell exactly which rule it hit.
import { formatAmount, mulAmount, parseAmount, scaleAmount, type Amount } from '../money.js';
import { equityOf, QUOTE_ASSET } from '../domain/valuation.js';
import { initialTrailTrigger, planOrder, type OrderPlan } from './pricing.js';
import type { OrderIntent, PairRules, PlaceOrderInput, Rejection, RejectionCode, TrailSpec, WalletBalance } from './types.js';

const DAY_MS = 86_400_000;
const HUNDRED = parseAmount('100');

export type Assessment = { ok: true; pair: PairRules; marketPrice: Amount; plan: OrderPlan } | { ok: false; rejection: Rejection };

function reject(
  code: RejectionCode,
  reason: string,
  message: string,
  details: Record<string, string | number> = {},
): { ok: false; rejection: Rejection } {
  return { ok: false, rejection: { kind: 'rejected', code, message, details: { reason, ...details } } };
}

/** An agent's balance of one asset; an asset it has never held is all zero. */
export function balanceOf(balances: readonly WalletBalance[], asset: string): WalletBalance {
  return balances.find((b) => b.asset === asset) ?? { asset, available: 0n, locked: 0n };
}

/** The next 00:00 UTC strictly after `now` (Unix ms), when the daily loss counter resets. */
export function nextUtcMidnight(now: number): number {
  return (Math.floor(now / DAY_MS) + 1) * DAY_MS;
}

const fmt = formatAmount;

/**
 * Runs the risk chain for a new order and, if it passes, says what the order will do (the plan).
 *
 * 1. pair exists, is active and USDT-quoted → `INVALID_SYMBOL`; a price is known →
 *    `PRICE_NOT_AVAILABLE`.
 * 2. quantity > 0, within [minQty, maxQty], a multiple of stepSize → `INVALID_QUANTITY`;
 *    limit/trigger price > 0 and a multiple of tickSize → `INVALID_PRICE`; notional ≥ the pair's
 *    minNotional → `INVALID_QUANTITY` `below_min_notional`; notional ≥ the profile's
 *    min_order_size_usd → `ORDER_REJECTED` `order_too_small`; a stop/take-profit not already
 *    crossed → `ORDER_REJECTED` `would_trigger_immediately` (last in this step: the order is
 *    well-formed, only the market makes it pointless).
 * 3. what it spends (fills now) or locks (rests) is available → `INSUFFICIENT_BALANCE`.
 * 4. buys: notional ≤ max_order_size_pct % of available USDT → `ORDER_REJECTED` `order_too_large`.
 *    Sells are exempt so a position can always be closed in one order.
 * 5. buys: value of the base already held at P + notional ≤ max_position_size_pct % of equity →
 *    `POSITION_LIMIT_EXCEEDED`.
 * 6. orders that will rest: open orders < max_open_orders → `ORDER_REJECTED`
 *    `max_open_orders_exceeded`.
 * 7. orders accepted in the last 60 s < order_rate_limit → `ORDER_REJECTED` `rate_limit_exceeded`.
 * 8. the net realized PnL since the later of 00:00 UTC and the start of the agent's session (the
 *    caller sums it; a reset starts clear) is not a loss of ≥ daily_loss_limit_pct % of the
 *    starting balance → `DAILY_LOSS_LIMIT`.
 */
export function assessOrder(input: Pick<PlaceOrderInput, 'order' | 'pair' | 'market' | 'agent' | 'risk' | 'now'>): Assessment {
  const { order, pair, market, agent, risk } = input;

  // 1. Symbol and price.
  if (pair === undefined) {
    return reject('INVALID_SYMBOL', 'unknown_symbol', `Symbol '${order.symbol}' is not a traded pair.`, {
      symbol: order.symbol,
    });
  }
  if (pair.symbol !== order.symbol) throw new Error(`pair ${pair.symbol} passed for an order on ${order.symbol}`);
  if (pair.status !== 'active') {
    return reject('INVALID_SYMBOL', 'symbol_inactive', `Symbol '${pair.symbol}' is not active.`, { symbol: pair.symbol });
  }
  if (pair.quoteAsset !== QUOTE_ASSET) {
    return reject('INVALID_SYMBOL', 'unsupported_quote_asset', `Only ${QUOTE_ASSET} pairs can be traded.`, {
      symbol: pair.symbol,
    });
  }
  const price = market.price;
  if (price === undefined || price <= 0n) {
    return reject('PRICE_NOT_AVAILABLE', 'price_unavailable', `No price is available for ${pair.symbol} yet.`, {
      symbol: pair.symbol,
    });
  }

  // 2. The order's own shape against the pair's filters and the profile's minimum.
  const qty = order.quantity;
  const qtyDetails = {
    quantity: fmt(qty),
    min_qty: fmt(pair.minQty),
    max_qty: fmt(pair.maxQty),
    step_size: fmt(pair.stepSize),
  };
  if (qty <= 0n) return reject('INVALID_QUANTITY', 'quantity_not_positive', 'Quantity must be greater than zero.', qtyDetails);
  if (qty < pair.minQty) {
    return reject('INVALID_QUANTITY', 'below_min_qty', `Quantity is below the minimum ${fmt(pair.minQty)} for ${pair.symbol}.`, qtyDetails);
  }
  if (pair.maxQty > 0n && qty > pair.maxQty) {
    return reject('INVALID_QUANTITY', 'above_max_qty', `Quantity is above the maximum ${fmt(pair.maxQty)} for ${pair.symbol}.`, qtyDetails);
  }
  if (pair.stepSize > 0n && qty % pair.stepSize !== 0n) {
    return reject(
      'INVALID_QUANTITY',
      'invalid_step_size',
      `Quantity must be a multiple of ${fmt(pair.stepSize)} for ${pair.symbol}.`,
      qtyDetails,
    );
  }
  const priceRejection = checkPrices(order, pair);
  if (priceRejection) return priceRejection;
  if (order.type === 'trailing_stop' && initialTrailTrigger(order.side, order.trail, price) <= 0n) {
    return reject(
      'INVALID_PRICE',
      'trail_exceeds_price',
      'The trail is wider than the price it trails: the trigger would be at or below zero.',
      {
        trail_amount: fmt(order.trail.amount ?? 0n),
        market_price: fmt(price),
      },
    );
  }
  const plan = planOrder(order, pair, price, market.quoteVolume24h);
  const notional = plan.notional;
  if (notional < pair.minNotional) {
    return reject(
      'INVALID_QUANTITY',
      'below_min_notional',
      `Order value ${fmt(notional)} is below the minimum ${fmt(pair.minNotional)} for ${pair.symbol}.`,
      {
        ...qtyDetails,
        notional: fmt(notional),
        min_notional: fmt(pair.minNotional),
      },
    );
  }
  if (notional < risk.min_order_size_usd) {
    return reject(
      'ORDER_REJECTED',
      'order_too_small',
      `Order value ${fmt(notional)} USDT is below the minimum order size ${fmt(risk.min_order_size_usd)} USDT.`,
      {
        notional: fmt(notional),
        min_order_size_usd: fmt(risk.min_order_size_usd),
      },
    );
  }
  if (plan.kind === 'would_trigger_immediately') {
    return reject(
      'ORDER_REJECTED',
      'would_trigger_immediately',
      `The ${order.type} trigger price is already crossed by the market price ${fmt(price)}.`,
      {
        trigger_price: fmt('price' in order ? order.price : 0n),
        market_price: fmt(price),
      },
    );
  }
  if (plan.kind === 'fill' && order.type === 'limit' && order.options?.postOnly === true) {
    return reject('ORDER_REJECTED', 'would_take', `The post-only limit at ${fmt(order.price)} would fill at once against ${fmt(price)}.`, {
      price: fmt(order.price),
      market_price: fmt(price),
    });
  }

  // 3. Funds.
  const funds = balanceOf(agent.balances, plan.required.asset);
  if (funds.available < plan.required.amount) {
    return reject(
      'INSUFFICIENT_BALANCE',
      'insufficient_balance',
      `Insufficient ${plan.required.asset}: ${fmt(plan.required.amount)} required, ${fmt(funds.available)} available.`,
      {
        asset: plan.required.asset,
        required: fmt(plan.required.amount),
        available: fmt(funds.available),
      },
    );
  }

  if (order.side === 'buy') {
    // 4. Size of one order against available USDT (compared exactly: n × 100 ≤ pct × available).
    const quoteAvailable = balanceOf(agent.balances, pair.quoteAsset).available;
    const maxOrderPct = BigInt(risk.max_order_size_pct);
    if (notional * 100n > maxOrderPct * quoteAvailable) {
      return reject(
        'ORDER_REJECTED',
        'order_too_large',
        `Order value ${fmt(notional)} USDT exceeds ${risk.max_order_size_pct}% of available balance.`,
        {
          notional: fmt(notional),
          available: fmt(quoteAvailable),
          max_order_size_pct: risk.max_order_size_pct,
          max_notional: fmt(scaleAmount(quoteAvailable, maxOrderPct, 100n)),
        },
      );
    }

    // 5. Resulting position against equity (all balances incl. locked, at last prices; this
    // symbol at P so both sides of the comparison use the same price).
    const base = balanceOf(agent.balances, pair.baseAsset);
    const current = mulAmount(base.available + base.locked, price);
    const equity = equityOf([...agent.balances], {
      lastPrice: (symbol) => (symbol === pair.symbol ? price : market.prices.lastPrice(symbol)),
    });
    const maxPositionPct = BigInt(risk.max_position_size_pct);
    if ((current + notional) * 100n > maxPositionPct * equity) {
      const wouldBe = equity > 0n ? fmt(scaleAmount(HUNDRED, current + notional, equity)) : 'infinite';
      return reject(
        'POSITION_LIMIT_EXCEEDED',
        'position_limit_exceeded',
        `${pair.symbol} position would be ${wouldBe}% of equity (limit ${risk.max_position_size_pct}%).`,
        {
          symbol: pair.symbol,
          would_be_pct: wouldBe,
          limit_pct: risk.max_position_size_pct,
          current_value: fmt(current),
          requested_value: fmt(notional),
          equity: fmt(equity),
        },
      );
    }
  }

  // 6. Open orders: only an order that will rest adds one (an IOC/FOK never rests).
  const tif = order.options?.timeInForce ?? 'GTC';
  if (plan.kind === 'rest' && tif !== 'IOC' && tif !== 'FOK' && agent.openOrderCount >= risk.max_open_orders) {
    return reject('ORDER_REJECTED', 'max_open_orders_exceeded', `At most ${risk.max_open_orders} orders may be open at once.`, {
      open_orders: agent.openOrderCount,
      max_open_orders: risk.max_open_orders,
    });
  }

  // 7. Order rate (the caller counts accepted orders in the last 60 s).
  if (agent.ordersLastMinute >= risk.order_rate_limit) {
    return reject('ORDER_REJECTED', 'rate_limit_exceeded', `At most ${risk.order_rate_limit} orders may be placed per minute.`, {
      orders_last_minute: agent.ordersLastMinute,
      order_rate_limit: risk.order_rate_limit,
      window_seconds: 60,
    });
  }

  // 8. Daily loss circuit breaker: trips when today's net loss ≥ pct % of the starting balance.
  const today = agent.netRealizedPnlToday;
  const limitPct = BigInt(risk.daily_loss_limit_pct);
  if (today < 0n && -today * 100n >= agent.startingBalance * limitPct) {
    return reject(
      'DAILY_LOSS_LIMIT',
      'daily_loss_limit',
      `Daily loss limit of ${risk.daily_loss_limit_pct}% reached; trading resumes at 00:00 UTC.`,
      {
        daily_loss: fmt(-today),
        limit: fmt(scaleAmount(agent.startingBalance, limitPct, 100n)),
        daily_loss_limit_pct: risk.daily_loss_limit_pct,
        resets_at: new Date(nextUtcMidnight(input.now)).toISOString(),
      },
    );
  }

  return { ok: true, pair, marketPrice: price, plan };
}

/**
 * Limit, trigger, trail amount and activation prices: > 0 and a multiple of the pair's tick size
 * (`INVALID_PRICE`). A trail percent is checked where the request is read (0 < pct < 100).
 */
export function checkPrices(
  order: { type: OrderIntent['type'] } & ({ price: Amount } | { trail: TrailSpec } | object),
  pair: PairRules,
): { ok: false; rejection: Rejection } | undefined {
  const prices: Array<[field: string, value: Amount]> = [];
  if ('price' in order) prices.push(['price', order.price]);
  if ('trail' in order) {
    if (order.trail.amount !== null) prices.push(['trail_amount', order.trail.amount]);
    if (order.trail.activationPrice !== null) prices.push(['activation_price', order.trail.activationPrice]);
  }
  for (const [field, value] of prices) {
    // A plain price keeps its original details; the trail's prices name their field.
    const details = { ...(field === 'price' ? {} : { field }), price: fmt(value), tick_size: fmt(pair.tickSize) };
    const name = field === 'price' ? 'Price' : field;
    if (value <= 0n) return reject('INVALID_PRICE', 'price_not_positive', `${name} must be greater than zero.`, details);
    if (pair.tickSize > 0n && value % pair.tickSize !== 0n) {
      return reject(
        'INVALID_PRICE',
        'invalid_tick_size',
        `${name} must be a multiple of ${fmt(pair.tickSize)} for ${pair.symbol}.`,
        details,
      );
    }
  }
  return undefined;
}

export { reject as rejection };
