// /strategies/{strategy_id}/test, …/tests, …/test-results and …/compare-versions: thin handlers
// over StrategyTestService, which checks that the strategy and the run belong to the calling
// account (a foreign or unknown id is 404) and returns the wire shapes. Any credential reads; the
// router refuses an agent's key on start and cancel (`x-account-write`) before any of these runs.
import { callerOf, type Handler, type HandlerContext } from '../types.js';

const accountOf = (ctx: HandlerContext) => callerOf(ctx).principal.account;
/** Ids are stored in lower case; a client may send them in either. */
const sid = (req: { path: { strategy_id: string } }) => req.path.strategy_id.toLowerCase();
const tid = (req: { path: { test_id: string } }) => req.path.test_id.toLowerCase();

export const runStrategyTest: Handler<'runStrategyTest'> = async (req, ctx) => ({
  status: 201,
  body: await ctx.services.strategyTests.start(accountOf(ctx), sid(req), req.body),
});

export const listStrategyTests: Handler<'listStrategyTests'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategyTests.list(accountOf(ctx), sid(req), { limit: req.query.limit, offset: req.query.offset }),
});

export const getStrategyTest: Handler<'getStrategyTest'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategyTests.get(accountOf(ctx), sid(req), tid(req)),
});

export const cancelStrategyTest: Handler<'cancelStrategyTest'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategyTests.cancel(accountOf(ctx), sid(req), tid(req)),
});

export const getStrategyTestResults: Handler<'getStrategyTestResults'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategyTests.latestResults(accountOf(ctx), sid(req)),
});

export const compareStrategyVersions: Handler<'compareStrategyVersions'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategyTests.compareVersions(accountOf(ctx), sid(req), req.query.v1, req.query.v2),
});
