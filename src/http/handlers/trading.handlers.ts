import { isoTime } from '../../clock.js';
import type { FillRow } from '../../db/schema.js';
import { formatAmount, formatAmountTo, percentOf } from '../../money.js';
import { parsePositiveAmount } from '../../services/input.js';
import {
  getPnl as pnl,
  getPortfolio as portfolio,
  getPositions as positions,
  resetAccount as reset,
} from '../../services/portfolio.service.js';
import {
  cancelAllOrders,
  cancelOrder as cancel,
  getOrder as get,
  listFills,
  listOrders as list,
  placeOco,
  placeOrder as place,
  cancelOcoGroup,
} from '../../services/trading.service.js';
import { ocoRequestOf, orderRequestOf } from '../../services/order-request.js';
import type { Order as OrderDto } from '../../../generated/types.gen.js';
import { validationError } from '../../errors.js';
import { toOrderDto, toPortfolioDto, toPositionDto } from '../dto.js';
import { agentOf, callerOf, type Handler } from '../types.js';

function toFillDto(f: FillRow) {
  return {
    trade_id: f.id,
    order_id: f.order_id,
    symbol: f.symbol,
    side: f.side,
    quantity: f.quantity,
    price: f.price,
    fee: f.fee,
    total: f.gross,
    realized_pnl: f.realized_pnl,
    slippage_pct: f.slippage_pct,
    executed_at: isoTime(Number(f.executed_ms)),
  };
}

export const placeOrder: Handler<'placeOrder'> = async (req, ctx) => {
  const b = req.body;
  const caller = callerOf(ctx);
  const { view, replayed } = await place(
    ctx.services,
    caller.principal.account,
    agentOf(ctx),
    orderRequestOf(b, b.type),
    req.headers['idempotency-key'],
  );
  return replayed
    ? { status: 200, body: toOrderDto(view), headers: { 'Idempotent-Replayed': 'true' } }
    : { status: 201, body: toOrderDto(view) };
};

export const placeOcoOrder: Handler<'placeOcoOrder'> = async (req, ctx) => {
  const placed = await placeOco(
    ctx.services,
    callerOf(ctx).principal.account,
    agentOf(ctx),
    ocoRequestOf(req.body),
    req.headers['idempotency-key'],
  );
  const body = { group_id: placed.groupId, orders: [toOrderDto(placed.views[0]), toOrderDto(placed.views[1])] as [OrderDto, OrderDto] };
  return placed.replayed ? { status: 200, body, headers: { 'Idempotent-Replayed': 'true' } } : { status: 201, body };
};

export const cancelOcoOrder: Handler<'cancelOcoOrder'> = async (req, ctx) => {
  const done = await cancelOcoGroup(ctx.services, agentOf(ctx), req.path.group_id);
  return {
    status: 200,
    body: {
      group_id: done.groupId,
      unlocked_asset: done.asset,
      unlocked_amount: formatAmount(done.released),
      orders: [toOrderDto(done.views[0]), toOrderDto(done.views[1])],
    },
  };
};

export const getOrder: Handler<'getOrder'> = async (req, ctx) => ({
  status: 200,
  body: toOrderDto(await get(ctx.services, agentOf(ctx), req.path.order_id)),
});

export const cancelOrder: Handler<'cancelOrder'> = async (req, ctx) => {
  const { view, released, asset } = await cancel(ctx.services, agentOf(ctx), req.path.order_id);
  const dto = toOrderDto(view);
  return {
    status: 200,
    body: {
      order_id: dto.order_id,
      status: 'cancelled',
      unlocked_asset: asset,
      unlocked_amount: formatAmount(released),
      cancelled_at: dto.cancelled_at!,
      order: dto,
    },
  };
};

export const listOrders: Handler<'listOrders'> = async (req, ctx) => {
  const limit = req.query.limit ?? 100;
  const offset = req.query.offset ?? 0;
  const filter = { status: req.query.status, symbol: req.query.symbol?.toUpperCase() };
  const { views, total } = await list(ctx.services, agentOf(ctx), filter, { limit, offset });
  return { status: 200, body: { orders: views.map(toOrderDto), total, limit, offset } };
};

export const listOpenOrders: Handler<'listOpenOrders'> = async (req, ctx) => {
  const limit = req.query.limit ?? 100;
  const offset = req.query.offset ?? 0;
  const { views, total } = await list(ctx.services, agentOf(ctx), { status: 'pending' }, { limit, offset });
  return { status: 200, body: { orders: views.map(toOrderDto), total, limit, offset } };
};

export const cancelOpenOrders: Handler<'cancelOpenOrders'> = async (_req, ctx) => {
  const cancelled = await cancelAllOrders(ctx.services, agentOf(ctx));
  const unlocked = new Map<string, bigint>();
  for (const c of cancelled) unlocked.set(c.asset, (unlocked.get(c.asset) ?? 0n) + c.released);
  return {
    status: 200,
    body: {
      cancelled_count: cancelled.length,
      order_ids: cancelled.map((c) => c.orderId),
      unlocked: Object.fromEntries([...unlocked].map(([asset, amount]) => [asset, formatAmount(amount)])),
      total_unlocked: formatAmount(unlocked.get('USDT') ?? 0n),
    },
  };
};

export const getTradeHistory: Handler<'getTradeHistory'> = async (req, ctx) => {
  const limit = req.query.limit ?? 50;
  const offset = req.query.offset ?? 0;
  const filter = { symbol: req.query.symbol?.toUpperCase(), side: req.query.side };
  const { fills, total } = await listFills(ctx.services, agentOf(ctx), filter, { limit, offset });
  return { status: 200, body: { trades: fills.map(toFillDto), total, limit, offset } };
};

export const getPositions: Handler<'getPositions'> = async (_req, ctx) => {
  const list = await positions(ctx.services, agentOf(ctx));
  return {
    status: 200,
    body: { positions: list.map(toPositionDto), total_unrealized_pnl: formatAmount(list.reduce((s, p) => s + p.unrealizedPnl, 0n)) },
  };
};

export const getPortfolio: Handler<'getPortfolio'> = async (_req, ctx) => ({
  status: 200,
  body: toPortfolioDto(await portfolio(ctx.services, agentOf(ctx))),
});

export const getPnl: Handler<'getPnl'> = async (req, ctx) => {
  const r = await pnl(ctx.services, agentOf(ctx), req.query.period ?? 'all');
  const total = r.realizedPnl + r.unrealizedPnl;
  const decided = r.winningTrades + r.losingTrades;
  return {
    status: 200,
    body: {
      period: r.period,
      since: r.since === null ? null : isoTime(r.since),
      realized_pnl: formatAmount(r.realizedPnl),
      unrealized_pnl: formatAmount(r.unrealizedPnl),
      total_pnl: formatAmount(total),
      fees_paid: formatAmount(r.feesPaid),
      net_pnl: formatAmount(total - r.feesPaid),
      winning_trades: r.winningTrades,
      losing_trades: r.losingTrades,
      // Documented as "0 if none": never null; the flag beside it says it was not computable.
      win_rate: formatAmountTo(decided === 0 ? 0n : percentOf(BigInt(r.winningTrades), BigInt(decided)), 2),
      not_computable: decided === 0 ? ['win_rate' as const] : [],
    },
  };
};

/** `new_starting_balance`, or its alias `starting_balance`; both at once must agree. */
function resetBalanceOf(b: { new_starting_balance?: string | number; starting_balance?: string | number }) {
  const named = b.new_starting_balance === undefined ? undefined : parsePositiveAmount(b.new_starting_balance, 'body.new_starting_balance');
  const alias = b.starting_balance === undefined ? undefined : parsePositiveAmount(b.starting_balance, 'body.starting_balance');
  if (named !== undefined && alias !== undefined && named !== alias) {
    throw validationError([{ field: 'body.starting_balance', message: 'differs from new_starting_balance; send one of them' }]);
  }
  return named ?? alias;
}

export const resetAccount: Handler<'resetAccount'> = async (req, ctx) => {
  const b = req.body;
  const newBalance = resetBalanceOf(b);
  const r = await reset(ctx.services, callerOf(ctx).principal.account, agentOf(ctx), newBalance);
  return {
    status: 200,
    body: {
      message: 'Account reset successful.',
      previous_session: {
        session_id: r.previous.sessionId,
        started_at: r.previous.startedAt,
        ending_equity: formatAmount(r.previous.endingEquity),
        total_pnl: formatAmount(r.previous.totalPnl),
        duration_days: r.previous.durationDays,
      },
      new_session: { session_id: r.next.sessionId, starting_balance: formatAmount(r.next.startingBalance), started_at: r.next.startedAt },
    },
  };
};
