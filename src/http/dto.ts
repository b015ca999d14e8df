// The wire shapes REST and WebSocket share: one serializer per resource, so an order, a portfolio,
// a candle or a public trade pushed on a stream is byte for byte what the REST API returns for it.
// Return types are the spec's (generated/), so a drift from openapi.yaml fails to compile.
import type {
  Candle as CandleDto,
  Order as OrderDto,
  Portfolio as PortfolioDto,
  Position as PositionDto,
  PublicTrade as PublicTradeDto,
} from '../../generated/types.gen.js';
import { isoTime } from '../clock.js';
import type { Candle, Tick } from '../market/types.js';
import { formatAmount, formatAmountTo, parseAmount, percentOf } from '../money.js';
import type { Portfolio, PositionView } from '../services/portfolio.service.js';
import type { OrderView } from '../services/trading.service.js';
import { advancedDto } from '../services/order-request.js';

export function toOrderDto({ order, fill, trail }: OrderView): OrderDto {
  const executedQty = fill ? fill.quantity : null;
  const isTrigger = order.type === 'stop_loss' || order.type === 'take_profit' || order.type === 'trailing_stop';
  // A pending trailing stop's trigger moves with the market: the matcher's live value when given.
  const price = trail ? formatAmount(trail.trigger) : order.price;
  const trailBest = trail ? formatAmount(trail.best) : order.trail_best;
  let totalCost: string | null = null;
  if (fill) {
    const gross = parseAmount(fill.gross);
    const fee = parseAmount(fill.fee);
    totalCost = formatAmount(fill.side === 'buy' ? gross + fee : gross - fee);
  }
  const closedAt = order.closed_ms === null ? null : isoTime(Number(order.closed_ms));
  return {
    order_id: order.id,
    client_order_id: order.client_order_id,
    status: order.status,
    symbol: order.symbol,
    side: order.side,
    type: order.type,
    quantity: order.quantity,
    requested_quantity: order.quantity,
    price,
    trigger_price: isTrigger ? price : null,
    executed_quantity: executedQty,
    executed_qty: executedQty,
    executed_price: fill?.price ?? null,
    slippage_pct: fill?.slippage_pct ?? null,
    fee: fill?.fee ?? null,
    total_cost: totalCost,
    locked_asset: order.status === 'pending' ? order.locked_asset : null,
    locked_amount: order.locked_amount,
    cancel_reason: order.cancel_reason,
    created_at: isoTime(Number(order.created_ms)),
    filled_at: order.status === 'filled' ? closedAt : null,
    cancelled_at: order.status === 'cancelled' || order.status === 'expired' ? closedAt : null,
    ...advancedDto(order, trailBest),
  };
}

export function toPositionDto(p: PositionView): PositionDto {
  return {
    symbol: p.symbol,
    asset: p.asset,
    quantity: formatAmount(p.quantity),
    avg_entry_price: formatAmount(p.avgEntryPrice),
    current_price: formatAmount(p.currentPrice),
    price_available: p.priceAvailable,
    market_value: formatAmount(p.marketValue),
    cost_basis: formatAmount(p.costBasis),
    unrealized_pnl: formatAmount(p.unrealizedPnl),
    unrealized_pnl_pct: formatAmountTo(p.costBasis === 0n ? 0n : percentOf(p.unrealizedPnl, p.costBasis), 2),
    realized_pnl: formatAmount(p.realizedPnl),
    opened_at: isoTime(p.openedAt),
  };
}

/** GET /account/portfolio's body, and the `portfolio` stream's data. */
export function toPortfolioDto(p: Portfolio): PortfolioDto {
  const totalPnl = p.equity - p.startingBalance;
  return {
    total_equity: formatAmount(p.equity),
    available_cash: formatAmount(p.availableCash),
    locked_cash: formatAmount(p.lockedCash),
    total_position_value: formatAmount(p.positionValue),
    unrealized_pnl: formatAmount(p.unrealizedPnl),
    realized_pnl: formatAmount(p.realizedPnl),
    fees_paid: formatAmount(p.feesPaid),
    total_pnl: formatAmount(totalPnl),
    roi_pct: formatAmountTo(p.startingBalance === 0n ? 0n : percentOf(totalPnl, p.startingBalance), 2),
    starting_balance: formatAmount(p.startingBalance),
    positions: p.positions.map(toPositionDto),
    timestamp: isoTime(p.at),
  };
}

export function toCandleDto(c: Candle): CandleDto {
  return {
    time: isoTime(c.openTime),
    open: formatAmount(c.open),
    high: formatAmount(c.high),
    low: formatAmount(c.low),
    close: formatAmount(c.close),
    volume: formatAmount(c.volume),
    trade_count: c.tradeCount,
  };
}

/** An item of GET /market/trades/{symbol}, and the `trades` stream's data. */
export function toPublicTradeDto(t: Tick): PublicTradeDto {
  return {
    trade_id: t.tradeId,
    price: formatAmount(t.price),
    quantity: formatAmount(t.quantity),
    time: isoTime(t.time),
    is_buyer_maker: t.isBuyerMaker,
  };
}
