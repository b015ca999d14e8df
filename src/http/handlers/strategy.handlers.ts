// /strategies/* (but the test routes): thin handlers over StrategyService, which checks that every
// strategy belongs to the calling account (a foreign or unknown id is 404 STRATEGY_NOT_FOUND) and
// returns the wire shapes. Any credential reads; the router refuses an agent's key on the writes
// (`x-account-write`) before any of these runs.
import { callerOf, type Handler, type HandlerContext } from '../types.js';

const accountOf = (ctx: HandlerContext) => callerOf(ctx).principal.account;
/** Ids are stored in lower case; a client may send them in either. */
const sid = (req: { path: { strategy_id: string } }) => req.path.strategy_id.toLowerCase();

export const createStrategy: Handler<'createStrategy'> = async (req, ctx) => ({
  status: 201,
  body: await ctx.services.strategies.create(accountOf(ctx), req.body),
});

export const listStrategies: Handler<'listStrategies'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.list(accountOf(ctx), {
    status: req.query.status,
    limit: req.query.limit,
    offset: req.query.offset,
  }),
});

export const compareStrategies: Handler<'compareStrategies'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.compare(accountOf(ctx), req.body),
});

export const getStrategy: Handler<'getStrategy'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.get(accountOf(ctx), sid(req)),
});

export const updateStrategy: Handler<'updateStrategy'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.update(accountOf(ctx), sid(req), req.body),
});

export const archiveStrategy: Handler<'archiveStrategy'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.archive(accountOf(ctx), sid(req)),
});

export const createStrategyVersion: Handler<'createStrategyVersion'> = async (req, ctx) => ({
  status: 201,
  body: await ctx.services.strategies.createVersion(accountOf(ctx), sid(req), req.body),
});

export const listStrategyVersions: Handler<'listStrategyVersions'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.listVersions(accountOf(ctx), sid(req)),
});

export const getStrategyVersion: Handler<'getStrategyVersion'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.getVersion(accountOf(ctx), sid(req), req.path.version),
});

export const deployStrategy: Handler<'deployStrategy'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.deploy(accountOf(ctx), sid(req), req.body, callerOf(ctx).agent),
});

export const undeployStrategy: Handler<'undeployStrategy'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.strategies.undeploy(accountOf(ctx), sid(req)),
});
