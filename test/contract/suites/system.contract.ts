import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TestServer } from '../../support/harness.js';

describe('service endpoints and the error envelope outside operations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('reports health without rate-limit headers: degraded while the feed is quiet, ok once it trades', async () => {
    const quiet = await server.call('getHealth');
    expect(quiet.status).toBe(200);
    expect(quiet.body).toMatchObject({ status: 'degraded', db_connected: true, market: { source: 'simulated', ingestion_active: false } });
    expect(quiet.headers.has('x-ratelimit-limit')).toBe(false);

    server.advanceMarket(5_000);
    const live = await server.call('getHealth');
    expect(live.body).toMatchObject({
      status: 'ok',
      market: { ingestion_active: true, stale_pairs: [], total_pairs: 4, pairs_with_price: 4 },
    });

    server.clock.advance(61_000);
    const stale = await server.call('getHealth');
    expect(stale.body.status).toBe('degraded');
    expect(stale.body.market.stale_pairs).toEqual(['BTCUSDT', 'DOGEUSDT', 'ETHUSDT', 'SOLUSDT']);
  });

  it('serves the spec as YAML and JSON, and the same document in both', async () => {
    const yaml = await server.raw('GET', '/openapi.yaml');
    const json = await server.raw('GET', '/openapi.json');
    expect(yaml.status).toBe(200);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(parse(yaml.body as string)).toEqual(json.body);
    expect((json.body as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('serves a docs page that loads nothing from another host: no script, stylesheet, image or icon', async () => {
    const res = await server.raw<string>('GET', '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.body).toContain('TradeReady API');
    expect(externalResources(res.body)).toEqual([]);
  });

  it('answers an unknown route with 404 NOT_FOUND in the envelope, with request id and rate-limit headers', async () => {
    const res = await server.raw('GET', '/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-ratelimit-limit')).toBeTruthy();
  });

  it('answers a wrong method with 405 METHOD_NOT_ALLOWED and an Allow header', async () => {
    const res = await server.raw('GET', '/api/v1/auth/register');
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const sane = await server.call('getHealth', { headers: { 'X-Request-Id': 'client-req.42' } });
    expect(sane.headers.get('x-request-id')).toBe('client-req.42');
    const unsafe = await server.call('getHealth', { headers: { 'X-Request-Id': 'bad id <script>' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports 503 unhealthy when the database is gone', async () => {
    const broken = await TestServer.start();
    await broken.breakDatabase();
    const res = await broken.call('getHealth');
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      details: { status: 'unhealthy', db_connected: false, checks: { db_latency_ms: -1 } },
    });
    await broken.stop();
  });
});

/**
 * Absolute URLs the page would fetch: in src/srcset/poster (HTML attributes or the bundle's
 * `src: …` props), `<link href>`, CSS `url(…)` and `@import`, and any CDN address. Plain links
 * (`<a href>`, documentation strings) and XML namespaces are not fetched and do not count.
 */
function externalResources(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/https?:\/\/[^\s"'`()<>]+/g)) {
    const before = html.slice(Math.max(0, m.index - 40), m.index);
    const resource =
      /\b(?:src|srcset|poster)\s*[=:]\s*[^,;]{0,20}$/i.test(before) ||
      /<link\b[^>]*\bhref\s*=\s*["']?$/i.test(before) ||
      /<script\b[^>]*$/i.test(before) ||
      /url\(\s*["'`]?$/i.test(before) ||
      /@import\s*(?:url\()?\s*["'`]?$/i.test(before) ||
      /^https?:\/\/[\w.-]*cdn[\w.-]*\./i.test(m[0]);
    if (resource) found.push(m[0]);
  }
  return found;
}
