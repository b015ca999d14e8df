// The specs (openapi.yaml, asyncapi.yaml) and their rendered docs pages: public, exempt from rate
// limiting, no CDN. Each file is read and compressed (gzip and brotli) once per process, served in
// the encoding the client prefers, with a strong ETag per encoding so a revalidation costs a 304.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type Koa from 'koa';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

type Encoding = 'br' | 'gzip' | 'identity';

interface Representation {
  body: Buffer;
  etag: string;
}

interface Asset {
  type: string;
  identity: Representation;
  /** Compressed on the thread pool in the background; a request that wants them waits for them. */
  encoded: Promise<Record<'br' | 'gzip', Representation>>;
}

function load(url: URL, type: string): Asset {
  const body = readFileSync(url);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const encoded = Promise.all([
    gzipAsync(body, { level: 9 }),
    // Quality 5: a tenth of the time of 9 for a few percent more bytes; it runs at every start.
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]).then(([gz, br]) => ({ gzip: { body: gz, etag: `"${hash}-gz"` }, br: { body: br, etag: `"${hash}-br"` } }));
  // Failure surfaces on the request that awaits it; never as an unhandled rejection.
  encoded.catch(() => undefined);
  return { type, identity: { body, etag: `"${hash}"` }, encoded };
}

let assets: Record<string, Asset> | undefined;

function loadAssets(): Record<string, Asset> {
  assets ??= {
    // Each URL is written out in full: test/unit/build-assets.test.ts finds them so, and checks
    // that `npm run build` copies each file beside the compiled code.
    '/openapi.yaml': load(new URL('../../openapi.yaml', import.meta.url), 'application/yaml; charset=utf-8'),
    '/openapi.json': load(new URL('../../generated/openapi.json', import.meta.url), 'application/json; charset=utf-8'),
    '/docs': load(new URL('../../generated/docs.html', import.meta.url), 'text/html; charset=utf-8'),
    // The WebSocket contract: as written, bundled (openapi.yaml's schemas copied in), and rendered.
    '/asyncapi.yaml': load(new URL('../../asyncapi.yaml', import.meta.url), 'application/yaml; charset=utf-8'),
    '/asyncapi.json': load(new URL('../../generated/asyncapi.json', import.meta.url), 'application/json; charset=utf-8'),
    '/docs/ws': load(new URL('../../generated/asyncapi.html', import.meta.url), 'text/html; charset=utf-8'),
  };
  return assets;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The encoding to send: the client's highest q-value among br and gzip (`*` counts for both),
 * brotli on a tie (it is smaller); identity when neither is acceptable.
 */
function preferredEncoding(acceptEncoding: string): Encoding {
  const q: Record<string, number> = {};
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (!name) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q[name] = Number.isFinite(value) ? value : 0;
  }
  const of = (name: 'br' | 'gzip') => q[name] ?? q['*'] ?? 0;
  const br = of('br');
  const gz = of('gzip');
  if (br <= 0 && gz <= 0) return 'identity';
  return br >= gz ? 'br' : 'gzip';
}

export function metaRoutes(): Koa.Middleware {
  const routes = loadAssets();
  return async (ctx, next) => {
    const route = routes[ctx.path];
    if (!route || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) {
      await next();
      return;
    }
    const encoding = preferredEncoding(ctx.get('Accept-Encoding'));
    const chosen = encoding === 'identity' ? route.identity : (await route.encoded)[encoding];
    ctx.vary('Accept-Encoding');
    ctx.set('ETag', chosen.etag);
    ctx.set('Cache-Control', 'no-cache');
    if (matches(ctx.get('If-None-Match'), chosen.etag)) {
      ctx.status = 304;
      return;
    }
    ctx.type = route.type;
    if (encoding !== 'identity') ctx.set('Content-Encoding', encoding);
    ctx.body = chosen.body;
  };
}
