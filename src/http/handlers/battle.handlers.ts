// /battles/*: thin handlers over BattleService, which checks that every battle belongs to the
// calling account (a foreign or unknown id is 404 BATTLE_NOT_FOUND) and returns the wire shapes
// (src/battles/types.ts). JWT only: the router refuses API keys before any of these runs.
import { callerOf, type Handler, type HandlerContext } from '../types.js';

const accountOf = (ctx: HandlerContext) => callerOf(ctx).principal.account;
/** Ids are stored in lower case; a client may send them in either. */
const bid = (req: { path: { battle_id: string } }) => req.path.battle_id.toLowerCase();
const aid = (req: { path: { agent_id: string } }) => req.path.agent_id.toLowerCase();

export const createBattle: Handler<'createBattle'> = async (req, ctx) => ({
  status: 201,
  body: await ctx.services.battles.create(accountOf(ctx), req.body),
});

export const listBattles: Handler<'listBattles'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.list(accountOf(ctx), {
    status: req.query.status,
    limit: req.query.limit,
    offset: req.query.offset,
  }),
});

export const listBattlePresets: Handler<'listBattlePresets'> = async (_req, ctx) => ({
  status: 200,
  body: ctx.services.battles.presets(),
});

export const getBattle: Handler<'getBattle'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.get(accountOf(ctx), bid(req)),
});

export const updateBattle: Handler<'updateBattle'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.update(accountOf(ctx), bid(req), req.body),
});

export const deleteBattle: Handler<'deleteBattle'> = async (req, ctx) => {
  await ctx.services.battles.remove(accountOf(ctx), bid(req));
  return { status: 204, body: undefined as never };
};

export const addBattleParticipant: Handler<'addBattleParticipant'> = async (req, ctx) => ({
  status: 201,
  body: await ctx.services.battles.addParticipant(accountOf(ctx), bid(req), req.body.agent_id.toLowerCase()),
});

export const removeBattleParticipant: Handler<'removeBattleParticipant'> = async (req, ctx) => {
  await ctx.services.battles.removeParticipant(accountOf(ctx), bid(req), aid(req));
  return { status: 204, body: undefined as never };
};

export const startBattle: Handler<'startBattle'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.start(accountOf(ctx), bid(req)),
});

export const pauseBattleParticipant: Handler<'pauseBattleParticipant'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.pause(accountOf(ctx), bid(req), aid(req)),
});

export const resumeBattleParticipant: Handler<'resumeBattleParticipant'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.resume(accountOf(ctx), bid(req), aid(req)),
});

export const stopBattle: Handler<'stopBattle'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.stop(accountOf(ctx), bid(req)),
});

export const getBattleLive: Handler<'getBattleLive'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.live(accountOf(ctx), bid(req)),
});

export const getBattleResults: Handler<'getBattleResults'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.results(accountOf(ctx), bid(req)),
});

export const getBattleReplay: Handler<'getBattleReplay'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.replay(accountOf(ctx), bid(req), { limit: req.query.limit, offset: req.query.offset }),
});

export const rematchBattle: Handler<'rematchBattle'> = async (req, ctx) => {
  // The body is optional: no body is a rematch of the same agents with the same config.
  const body = (req.body as typeof req.body | undefined) ?? {};
  return {
    status: 201,
    body: await ctx.services.battles.rematch(accountOf(ctx), bid(req), {
      override_config: body.override_config,
      agent_ids: body.agent_ids?.map((id) => id.toLowerCase()),
    }),
  };
};

export const stepBattle: Handler<'stepBattle'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.step(accountOf(ctx), bid(req), 1),
});

export const stepBattleBatch: Handler<'stepBattleBatch'> = async (req, ctx) => {
  // The body is optional and `steps` defaults to 1, as the fact sheet gives it.
  const steps = (req.body as typeof req.body | undefined)?.steps ?? 1;
  return { status: 200, body: await ctx.services.battles.step(accountOf(ctx), bid(req), steps) };
};

export const placeBattleOrder: Handler<'placeBattleOrder'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.placeOrder(accountOf(ctx), bid(req), { ...req.body, agent_id: req.body.agent_id.toLowerCase() }),
});

export const getBattlePrices: Handler<'getBattlePrices'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.battles.prices(accountOf(ctx), bid(req)),
});
