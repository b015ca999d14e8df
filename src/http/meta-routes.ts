// The spec itself and its rendered docs page: public, exempt from rate limiting, no CDN.
import { readFileSync } from 'node:fs';
import type Koa from 'koa';

const file = (path: string) => new URL(path, import.meta.url);

export function metaRoutes(): Koa.Middleware {
  const yamlText = readFileSync(file('../../openapi.yaml'), 'utf8');
  const jsonText = readFileSync(file('../../generated/openapi.json'), 'utf8');
  const docsHtml = readFileSync(file('../../generated/docs.html'), 'utf8');
  const routes: Record<string, { type: string; body: string }> = {
    '/openapi.yaml': { type: 'application/yaml; charset=utf-8', body: yamlText },
    '/openapi.json': { type: 'application/json; charset=utf-8', body: jsonText },
    '/docs': { type: 'text/html; charset=utf-8', body: docsHtml },
  };
  return async (ctx, next) => {
    const route = routes[ctx.path];
    if (!route || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    ctx.type = route.type;
    ctx.body = route.body;
  };
}
