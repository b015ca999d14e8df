// /ws/v1 reached without a WebSocket upgrade (a plain GET, a browser tab): 426 with the upgrade to
// use. Upgrades never get here; the gateway takes them from the HTTP server's 'upgrade' event.
import type Koa from 'koa';
import { upgradeRequired, WS_PATH } from '../ws/gateway.js';

export function wsUpgradeRequired(): Koa.Middleware {
  const refusal = upgradeRequired();
  return async (ctx, next) => {
    if (ctx.path !== WS_PATH) {
      await next();
      return;
    }
    ctx.status = refusal.status;
    for (const [name, value] of Object.entries(refusal.headers ?? {})) ctx.set(name, value);
    ctx.body = { error: { code: refusal.code, message: refusal.message } };
  };
}
