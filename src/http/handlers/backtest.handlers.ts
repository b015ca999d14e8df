// /backtest/* and /account/mode: thin handlers over BacktestService, which checks that every
// session belongs to the calling account and returns the wire shapes (src/backtest/types.ts).
import { DomainError } from '../../errors.js';
import { resolveAgentScope } from '../../services/auth.service.js';
import { agentOf, callerOf, type Handler, type HandlerContext } from '../types.js';

const accountOf = (ctx: HandlerContext) => callerOf(ctx).principal.account;
/** Ids are stored in lower case; a client may send them in either. */
const sid = (req: { path: { session_id: string } }) => req.path.session_id.toLowerCase();

/**
 * The agent a new session is for: `agent_id` from the body, resolved within the account like
 * `X-Agent-Id` (unknown or another account's: 404 AGENT_NOT_FOUND), else the agent in scope. An
 * agent key acts only for its own agent, so naming a sibling answers as an unknown agent would.
 */
async function sessionAgent(ctx: HandlerContext, agentId: string | undefined) {
  if (agentId === undefined) return agentOf(ctx);
  const { principal } = callerOf(ctx);
  if (principal.agent) {
    if (principal.agent.id !== agentId.toLowerCase()) throw new DomainError('AGENT_NOT_FOUND', 'Agent not found.', { agent_id: agentId });
    return principal.agent;
  }
  return resolveAgentScope(ctx.services, principal, agentId);
}

export const createBacktest: Handler<'createBacktest'> = async (req, ctx) => {
  const agent = await sessionAgent(ctx, req.body.agent_id);
  return { status: 201, body: await ctx.services.backtests.create(accountOf(ctx), agent, req.body) };
};

export const startBacktest: Handler<'startBacktest'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.start(accountOf(ctx), sid(req)),
});

export const stepBacktest: Handler<'stepBacktest'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.step(accountOf(ctx), sid(req), { steps: 1, fast: false }),
});

export const stepBacktestBatch: Handler<'stepBacktestBatch'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.step(accountOf(ctx), sid(req), { steps: req.body.steps, fast: false }),
});

export const stepBacktestBatchFast: Handler<'stepBacktestBatchFast'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.step(accountOf(ctx), sid(req), {
    steps: req.body.steps,
    fast: true,
    includeIntermediateTrades: req.body.include_intermediate_trades ?? false,
  }),
});

export const cancelBacktest: Handler<'cancelBacktest'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.cancel(accountOf(ctx), sid(req)),
});

export const getBacktestStatus: Handler<'getBacktestStatus'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.status(accountOf(ctx), sid(req)),
});

export const placeBacktestOrder: Handler<'placeBacktestOrder'> = async (req, ctx) => ({
  status: 201,
  body: await ctx.services.backtests.placeOrder(accountOf(ctx), sid(req), req.body),
});

export const placeBacktestOcoOrder: Handler<'placeBacktestOcoOrder'> = async (req, ctx) => ({
  status: 201,
  body: await ctx.services.backtests.placeOco(accountOf(ctx), sid(req), req.body),
});

export const listBacktestOrders: Handler<'listBacktestOrders'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.orders(accountOf(ctx), sid(req), {}),
});

export const listBacktestOpenOrders: Handler<'listBacktestOpenOrders'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.orders(accountOf(ctx), sid(req), { openOnly: true }),
});

export const cancelBacktestOrder: Handler<'cancelBacktestOrder'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.cancelOrder(accountOf(ctx), sid(req), req.path.order_id.toLowerCase()),
});

export const getBacktestTradeHistory: Handler<'getBacktestTradeHistory'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.tradeHistory(accountOf(ctx), sid(req)),
});

export const getBacktestPrice: Handler<'getBacktestPrice'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.price(accountOf(ctx), sid(req), req.path.symbol.toUpperCase()),
});

export const getBacktestPrices: Handler<'getBacktestPrices'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.prices(accountOf(ctx), sid(req)),
});

export const getBacktestTicker: Handler<'getBacktestTicker'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.ticker(accountOf(ctx), sid(req), req.path.symbol.toUpperCase()),
});

export const getBacktestCandles: Handler<'getBacktestCandles'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.candles(accountOf(ctx), sid(req), req.path.symbol.toUpperCase(), {
    interval: req.query.interval,
    limit: req.query.limit,
  }),
});

export const getBacktestIndicators: Handler<'getBacktestIndicators'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.indicators(accountOf(ctx), sid(req), req.path.symbol.toUpperCase(), req.query),
});

export const getBacktestBalance: Handler<'getBacktestBalance'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.balance(accountOf(ctx), sid(req)),
});

export const getBacktestPositions: Handler<'getBacktestPositions'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.positions(accountOf(ctx), sid(req)),
});

export const getBacktestPortfolio: Handler<'getBacktestPortfolio'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.portfolio(accountOf(ctx), sid(req)),
});

export const getBacktestResults: Handler<'getBacktestResults'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.results(accountOf(ctx), sid(req)),
});

export const getBacktestEquityCurve: Handler<'getBacktestEquityCurve'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.equityCurve(accountOf(ctx), sid(req), { interval: req.query.interval }),
});

export const getBacktestTrades: Handler<'getBacktestTrades'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.trades(accountOf(ctx), sid(req), { limit: req.query.limit, offset: req.query.offset }),
});

export const listBacktests: Handler<'listBacktests'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.list(accountOf(ctx), {
    strategyLabel: req.query.strategy_label,
    status: req.query.status,
    agentId: req.query.agent_id?.toLowerCase(),
    sortBy: req.query.sort_by,
    limit: req.query.limit,
    offset: req.query.offset,
  }),
});

export const compareBacktests: Handler<'compareBacktests'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.compare(
    accountOf(ctx),
    req.query.sessions.split(',').map((id) => id.trim().toLowerCase()),
  ),
});

export const getBestBacktest: Handler<'getBestBacktest'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.best(accountOf(ctx), { metric: req.query.metric, strategyLabel: req.query.strategy_label }),
});

export const getAccountMode: Handler<'getAccountMode'> = async (_req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.getMode(accountOf(ctx)),
});

export const setAccountMode: Handler<'setAccountMode'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.backtests.setMode(accountOf(ctx), req.body),
});
