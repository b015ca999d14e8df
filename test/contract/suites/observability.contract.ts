// What an operator and a browser client see: GET /metrics (Prometheus), CORS, and the docs and spec
// files served compressed with ETags.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../../support/harness.js';

// --- the Prometheus text exposition format, as a scraper reads it ---------------------------------

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

interface Exposition {
  /** Metric family name -> TYPE. */
  types: Map<string, string>;
  help: Map<string, string>;
  samples: Sample[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function parseExposition(text: string): Exposition {
  const out: Exposition = { types: new Map(), help: new Map(), samples: [] };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const meta = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (meta) {
      (meta[1] === 'TYPE' ? out.types : out.help).set(meta[2]!, meta[3]!);
      continue;
    }
    if (line.startsWith('#')) continue;
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(LABEL)) labels[l[1]!] = l[2]!;
    const raw = m[3]!;
    // As Prometheus reads values (Go's ParseFloat): Inf and NaN in any case.
    const special = /^([+-]?)inf(inity)?$/i.exec(raw);
    const value = special ? (special[1] === '-' ? -Infinity : Infinity) : /^nan$/i.test(raw) ? NaN : Number(raw);
    if (Number.isNaN(value) && !/^nan$/i.test(raw)) throw new Error(`bad value in: ${line}`);
    out.samples.push({ name: m[1]!, labels, value });
  }
  return out;
}

/** The value of the one sample with this name whose labels include `labels` (0 when absent). */
function valueOf(e: Exposition, name: string, labels: Record<string, string> = {}): number {
  const hits = e.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (hits.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${hits.length} samples`);
  return hits[0]?.value ?? 0;
}

/** The sum over every sample with this name whose labels include `labels`. */
function sumOf(e: Exposition, name: string, labels: Record<string, string> = {}): number {
  return e.samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((total, s) => total + s.value, 0);
}

const SNAKE = /^[a-z_][a-z0-9_]*$/;
/** Names that say they measure time, which Prometheus wants in seconds. */
const TIME_WORDS = /(duration|latency|lag|time|elapsed|delay)/;
/** Units other than the base ones (seconds, bytes) a name must not carry. */
const NON_BASE_UNITS =
  /_(ms|msec|millis|milliseconds|us|microseconds|ns|nanoseconds|minutes|hours|days|kb|kilobytes|mb|megabytes|gb|percent)(_|$)/;
/** Our own families (prom-client's default process metrics name a few gauges `_total`). */
const OWN = /^(tradeready_|http_)/;

function conventionProblems(e: Exposition): string[] {
  const problems: string[] = [];
  for (const [name, type] of e.types) {
    if (!SNAKE.test(name)) problems.push(`${name}: not snake_case`);
    if (!e.help.get(name)) problems.push(`${name}: no HELP text`);
    if (type === 'counter' && !name.endsWith('_total')) problems.push(`${name}: a counter without _total`);
    if (OWN.test(name) && type !== 'counter' && name.endsWith('_total')) problems.push(`${name}: _total on a ${type}`);
    if (NON_BASE_UNITS.test(name)) problems.push(`${name}: not in base units`);
    if (TIME_WORDS.test(name) && !/_seconds(_total)?$/.test(name) && !name.endsWith('_info')) {
      problems.push(`${name}: a time not in _seconds`);
    }
  }
  for (const s of e.samples) {
    for (const label of Object.keys(s.labels))
      if (!SNAKE.test(label) && label !== 'le') problems.push(`${s.name}: label ${label} not snake_case`);
  }
  return problems;
}

const key = (apiKey: string) => ({ 'X-API-Key': apiKey });

describe('GET /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  async function scrape(): Promise<Exposition> {
    const res = await server.call<string>('getMetrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseExposition(res.body);
  }

  it('is public, exempt from rate limits, and follows the Prometheus naming conventions', async () => {
    const res = await server.call<string>('getMetrics');
    expect(res.status).toBe(200);
    expect(res.headers.has('x-ratelimit-limit')).toBe(false);
    const e = parseExposition(res.body);
    expect(conventionProblems(e)).toEqual([]);
    // Every family the operator was promised, with the type a scraper expects.
    expect(Object.fromEntries([...e.types].filter(([name]) => OWN.test(name) || name === 'nodejs_eventloop_lag_seconds'))).toEqual({
      http_request_duration_seconds: 'histogram',
      tradeready_orders_placed_total: 'counter',
      tradeready_orders_filled_total: 'counter',
      tradeready_orders_rejected_total: 'counter',
      tradeready_resting_orders: 'gauge',
      tradeready_tick_to_fill_seconds: 'histogram',
      tradeready_group_commit_size: 'histogram',
      tradeready_snapshot_duration_seconds: 'histogram',
      tradeready_ws_connections: 'gauge',
      tradeready_ws_connections_closed_total: 'counter',
      tradeready_ws_handshakes_refused_total: 'counter',
      tradeready_ws_messages_dropped_total: 'counter',
      tradeready_ws_messages_sent_total: 'counter',
      nodejs_eventloop_lag_seconds: 'gauge',
    });
    expect(e.types.get('process_cpu_seconds_total')).toBe('counter');
    expect(e.types.get('process_resident_memory_bytes')).toBe('gauge');
  });

  it('counts orders placed, filled and rejected by reason, resting orders, fills after a tick and request durations', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { agentApiKey } = await server.registerAccount();
    const before = await scrape();

    const market = await server.call('placeOrder', {
      headers: key(agentApiKey),
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' },
    });
    expect(market.status).toBe(201);
    const limit = await server.call('placeOrder', {
      headers: key(agentApiKey),
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.01', price: '59000' },
    });
    expect(limit.status).toBe(201);
    const tooBig = await server.call('placeOrder', {
      headers: key(agentApiKey),
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '100' },
    });
    expect(tooBig.status).toBe(400);
    const reason = (tooBig.body as { error: { details: { reason: string } } }).error.details.reason;

    const resting = await scrape();
    expect(
      valueOf(resting, 'tradeready_orders_placed_total', { type: 'market' }) -
        valueOf(before, 'tradeready_orders_placed_total', { type: 'market' }),
    ).toBe(1);
    expect(
      valueOf(resting, 'tradeready_orders_placed_total', { type: 'limit' }) -
        valueOf(before, 'tradeready_orders_placed_total', { type: 'limit' }),
    ).toBe(1);
    expect(
      valueOf(resting, 'tradeready_orders_filled_total', { trigger: 'placement' }) -
        valueOf(before, 'tradeready_orders_filled_total', { trigger: 'placement' }),
    ).toBe(1);
    expect(
      valueOf(resting, 'tradeready_orders_rejected_total', { reason }) - valueOf(before, 'tradeready_orders_rejected_total', { reason }),
    ).toBe(1);
    expect(valueOf(resting, 'tradeready_resting_orders')).toBe(1);
    // Each order was a piece of a group commit.
    expect(
      valueOf(resting, 'tradeready_group_commit_size_count') - valueOf(before, 'tradeready_group_commit_size_count'),
    ).toBeGreaterThanOrEqual(1);
    // The request histogram is labelled by operationId and status.
    expect(sumOf(resting, 'http_request_duration_seconds_count', { operation_id: 'placeOrder', status: '201' })).toBe(2);
    expect(sumOf(resting, 'http_request_duration_seconds_count', { operation_id: 'placeOrder', status: '400' })).toBe(1);
    expect(valueOf(resting, 'http_request_duration_seconds_bucket', { operation_id: 'placeOrder', status: '201', le: '+Inf' })).toBe(2);

    server.pushPrice('BTCUSDT', '58900');
    await server.app.services.matcher.idle();
    const filled = await scrape();
    expect(
      valueOf(filled, 'tradeready_orders_filled_total', { trigger: 'tick' }) -
        valueOf(before, 'tradeready_orders_filled_total', { trigger: 'tick' }),
    ).toBe(1);
    expect(valueOf(filled, 'tradeready_tick_to_fill_seconds_count') - valueOf(before, 'tradeready_tick_to_fill_seconds_count')).toBe(1);
    expect(valueOf(filled, 'tradeready_resting_orders')).toBe(0);
    // The scrapes themselves are requests of getMetrics.
    expect(sumOf(filled, 'http_request_duration_seconds_count', { operation_id: 'getMetrics', status: '200' })).toBeGreaterThanOrEqual(3);
  });

  it('times every snapshot round', async () => {
    await server.app.services.snapshots.tick();
    server.clock.advance(60_000);
    await server.app.services.snapshots.tick();
    expect(valueOf(await scrape(), 'tradeready_snapshot_duration_seconds_count')).toBeGreaterThanOrEqual(1);
  });

  it("keeps each app's counts apart", async () => {
    const other = await TestServer.start();
    try {
      const res = await other.call<string>('getMetrics');
      expect(valueOf(parseExposition(res.body), 'tradeready_orders_placed_total', { type: 'market' })).toBe(0);
    } finally {
      await other.stop();
    }
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const TOKEN = 'metrics-token-0123456789abcdef';
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => server.stop());

  it('answers 401 INVALID_TOKEN without the token, with a wrong one or with an API key', async () => {
    const { apiKey } = await server.registerAccount();
    for (const headers of [{}, { Authorization: `Bearer ${TOKEN}x` }, { Authorization: TOKEN }, key(apiKey)] as Array<
      Record<string, string>
    >) {
      const res = await server.call<{ error: { code: string; message: string } }>('getMetrics', { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.body.error.code).toBe('INVALID_TOKEN');
      expect(res.body.error.message).not.toContain(TOKEN);
    }
  });

  it('serves the metrics to a scraper that sends it as a Bearer token', async () => {
    const res = await server.call<string>('getMetrics', { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(parseExposition(res.body).types.get('http_request_duration_seconds')).toBe('histogram');
  });
});

describe('CORS', () => {
  const ALLOWED_HEADERS = ['x-api-key', 'authorization', 'x-agent-id', 'idempotency-key', 'content-type', 'x-request-id'];
  const EXPOSED = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-request-id', 'retry-after'];
  const list = (value: string | null) =>
    (value ?? '')
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);

  describe('with the default CORS_ORIGINS (*)', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await TestServer.start();
    });
    afterAll(() => server.stop());

    it('answers a preflight 204 with the methods and the custom request headers allowed, before auth and rate limits', async () => {
      const res = await server.raw('OPTIONS', '/api/v1/trade/order', {
        headers: {
          Origin: 'https://bot.example.com',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'x-api-key, content-type, idempotency-key',
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(list(res.headers.get('access-control-allow-methods'))).toEqual(
        expect.arrayContaining(['get', 'post', 'put', 'patch', 'delete']),
      );
      expect(list(res.headers.get('access-control-allow-headers'))).toEqual(expect.arrayContaining(ALLOWED_HEADERS));
      expect(res.headers.has('access-control-allow-credentials')).toBe(false);
      expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(res.headers.has('x-ratelimit-limit')).toBe(false);
    });

    it('lets a page read the rate-limit, request-id and Retry-After headers of a reply, errors included', async () => {
      const ok = await server.call('getPrice', { path: { symbol: 'BTCUSDT' }, headers: { Origin: 'https://bot.example.com' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('*');
      expect(list(ok.headers.get('access-control-expose-headers'))).toEqual(expect.arrayContaining(EXPOSED));
      const denied = await server.call('getAccountInfo', { headers: { Origin: 'https://bot.example.com' } });
      expect(denied.status).toBe(401);
      expect(denied.headers.get('access-control-allow-origin')).toBe('*');
      expect(list(denied.headers.get('access-control-expose-headers'))).toEqual(expect.arrayContaining(EXPOSED));
    });
  });

  describe('with CORS_ORIGINS listing origins', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await TestServer.start({ CORS_ORIGINS: 'https://app.example.com, http://localhost:3000' });
    });
    afterAll(() => server.stop());

    it('echoes an allowed origin, with Vary: Origin', async () => {
      const pre = await server.raw('OPTIONS', '/api/v1/account/info', {
        headers: {
          Origin: 'http://localhost:3000',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization, x-agent-id',
        },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
      expect(list(pre.headers.get('vary'))).toContain('origin');
      const res = await server.call('getPrice', { path: { symbol: 'BTCUSDT' }, headers: { Origin: 'https://app.example.com' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(list(res.headers.get('vary'))).toContain('origin');
    });

    it('gives another origin no allow headers, on the preflight and on the request', async () => {
      const pre = await server.raw('OPTIONS', '/api/v1/account/info', {
        headers: { Origin: 'https://evil.example.net', 'Access-Control-Request-Method': 'GET' },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.has('access-control-allow-origin')).toBe(false);
      expect(pre.headers.has('access-control-allow-headers')).toBe(false);
      const res = await server.call('getPrice', { path: { symbol: 'BTCUSDT' }, headers: { Origin: 'https://evil.example.net' } });
      expect(res.headers.has('access-control-allow-origin')).toBe(false);
      expect(res.headers.has('access-control-expose-headers')).toBe(false);
      expect(list(res.headers.get('vary'))).toContain('origin');
    });
  });
});

describe('the docs page and the spec files', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  /** A raw GET that leaves the body as sent (fetch would decompress it). */
  function get(
    path: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, server.url), { method: 'GET', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  for (const path of ['/docs', '/openapi.yaml', '/openapi.json']) {
    it(`serves ${path} as brotli, gzip or plain as the client asks, each with its ETag, and 304 on a match`, async () => {
      const plain = await get(path, {});
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const etag = plain.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(list(plain.headers.vary as string)).toContain('accept-encoding');

      const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      expect(br.body.length).toBeLessThan(plain.body.length / 2);

      const gz = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);

      const etags = new Set([etag, br.headers.etag, gz.headers.etag]);
      expect(etags.size).toBe(3);

      const again = await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': gz.headers.etag as string });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(gz.headers.etag);
      // Another representation's ETag does not match this one.
      const other = await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
      expect(other.status).toBe(200);
    });
  }

  function list(value: string | undefined): string[] {
    return (value ?? '').split(',').map((v) => v.trim().toLowerCase());
  }
});
