// /webhooks/*: thin handlers over WebhookService, which checks that every subscription belongs to
// the calling account (a foreign or unknown id is 404 WEBHOOK_NOT_FOUND). Account-level: the router
// refuses an agent key on the writes (x-account-write) before any of these runs.
import { callerOf, type Handler, type HandlerContext } from '../types.js';

const accountOf = (ctx: HandlerContext) => callerOf(ctx).principal.account;
/** Ids are stored in lower case; a client may send them in either. */
const wid = (req: { path: { webhook_id: string } }) => req.path.webhook_id.toLowerCase();

export const createWebhook: Handler<'createWebhook'> = async (req, ctx) => ({
  status: 201,
  body: await ctx.services.webhooks.create(accountOf(ctx), req.body),
});

export const listWebhooks: Handler<'listWebhooks'> = async (_req, ctx) => ({
  status: 200,
  body: await ctx.services.webhooks.list(accountOf(ctx)),
});

export const getWebhook: Handler<'getWebhook'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.webhooks.get(accountOf(ctx), wid(req)),
});

export const updateWebhook: Handler<'updateWebhook'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.webhooks.update(accountOf(ctx), wid(req), req.body),
});

export const deleteWebhook: Handler<'deleteWebhook'> = async (req, ctx) => {
  await ctx.services.webhooks.remove(accountOf(ctx), wid(req));
  return { status: 204, body: undefined as never };
};

export const testWebhook: Handler<'testWebhook'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.webhooks.test(accountOf(ctx), wid(req)),
});

export const listWebhookDeliveries: Handler<'listWebhookDeliveries'> = async (req, ctx) => ({
  status: 200,
  body: await ctx.services.webhooks.deliveries(accountOf(ctx), wid(req), { limit: req.query.limit, offset: req.query.offset }),
});
