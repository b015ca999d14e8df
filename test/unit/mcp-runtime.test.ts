// The MCP runtime's pure parts: a tool call turned into its REST request, argument validation that
// sends nothing, reply mapping, and the stdio entry's JWT renewal (on an injected clock).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { McpToolSpec } from '../../generated/mcp-tools.gen.js';
import { settingsFrom, stdioTarget } from '../../src/mcp/stdio-target.js';
import { buildRequest, callTool } from '../../src/mcp/tools.js';

const annotations = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false } as const;

const placeThing: McpToolSpec = {
  name: 'place_thing',
  operationId: 'placeThing',
  title: 'Place a thing',
  description: 'Place a thing',
  method: 'POST',
  path: '/api/v1/things/{thing_id}/orders',
  pathParams: ['thing_id'],
  queryParams: ['dry_run', 'tags'],
  headerParams: ['Idempotency-Key', 'X-Agent-Id'],
  bodyProps: ['side', 'quantity'],
  inputSchema: {
    type: 'object',
    properties: {
      thing_id: { type: 'string' },
      dry_run: { type: 'boolean' },
      tags: { type: 'array', items: { type: 'string' } },
      'Idempotency-Key': { type: 'string' },
      'X-Agent-Id': { type: 'string', format: 'uuid' },
      side: { type: 'string', enum: ['buy', 'sell'] },
      quantity: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?$' },
    },
    required: ['thing_id', 'side', 'quantity'],
    additionalProperties: false,
  },
  outputSchema: { type: 'object' },
  annotations,
};

const target = { baseUrl: 'http://api.test:8000/', headers: { 'x-api-key': 'ak_live_k', 'X-Agent-Id': 'from-session' } };

afterEach(() => vi.unstubAllGlobals());

describe('buildRequest', () => {
  it('puts each argument where the operation takes it', () => {
    const { url, init } = buildRequest(
      placeThing,
      { thing_id: 'a/b c', dry_run: true, tags: ['x', 'y'], 'Idempotency-Key': 'k-1', side: 'buy', quantity: '0.5' },
      target,
    );
    expect(url.href).toBe('http://api.test:8000/api/v1/things/a%2Fb%20c/orders?dry_run=true&tags=x&tags=y');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ side: 'buy', quantity: '0.5' });
    expect(init.headers).toMatchObject({ 'x-api-key': 'ak_live_k', 'Idempotency-Key': 'k-1', 'X-Agent-Id': 'from-session' });
  });

  it('lets a header argument replace the session header of the same name, whatever its case', () => {
    const agent = '0190a0b0-0000-7000-8000-000000000001';
    const { init } = buildRequest(placeThing, { thing_id: 't', side: 'sell', quantity: '1', 'X-Agent-Id': agent }, target);
    const headers = init.headers as Record<string, string>;
    expect(Object.keys(headers).filter((h) => h.toLowerCase() === 'x-agent-id')).toEqual(['X-Agent-Id']);
    expect(headers['X-Agent-Id']).toBe(agent);
  });

  it('sends no body for an operation without one', () => {
    const { init } = buildRequest({ ...placeThing, method: 'GET', bodyProps: null }, { thing_id: 't' }, target);
    expect(init.body).toBeUndefined();
  });
});

describe('callTool', () => {
  it('answers invalid arguments with VALIDATION_ERROR and sends nothing', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const result = await callTool(placeThing, { thing_id: 't', side: 'hold', extra: 1 }, target);
    expect(fetch).not.toHaveBeenCalled();
    expect(result.isError).toBe(true);
    const [head, json] = (result.content[0] as { text: string }).text.split('\n');
    expect(head).toMatch(/^VALIDATION_ERROR: /);
    expect(
      JSON.parse(json!)
        .error.details.errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['extra', 'quantity', 'side']);
  });

  it('returns a 2xx object as text and structured content, and an error envelope as a tool error', async () => {
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(json(201, { order_id: 'o1', status: 'filled' })));
    const okResult = await callTool(placeThing, { thing_id: 't', side: 'buy', quantity: '1' }, target);
    expect(okResult.isError).toBeUndefined();
    expect(okResult.structuredContent).toEqual({ order_id: 'o1', status: 'filled' });

    const envelope = { error: { code: 'INSUFFICIENT_BALANCE', message: 'Not enough USDT.', details: { needed: '10.00000000' } } };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(json(400, envelope)));
    const failed = await callTool(placeThing, { thing_id: 't', side: 'buy', quantity: '1' }, target);
    expect(failed.isError).toBe(true);
    expect(failed.structuredContent).toBeUndefined();
    expect((failed.content[0] as { text: string }).text).toBe(`INSUFFICIENT_BALANCE: Not enough USDT.\n${JSON.stringify(envelope)}`);
  });

  it('reports an unreachable API as SERVICE_UNAVAILABLE', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValueOnce(new TypeError('fetch failed')));
    const result = await callTool(placeThing, { thing_id: 't', side: 'buy', quantity: '1' }, target);
    expect((result.content[0] as { text: string }).text).toMatch(/^SERVICE_UNAVAILABLE: /);
  });
});

describe('stdio settings and JWT renewal', () => {
  it('requires an API key and defaults the URL', () => {
    expect(() => settingsFrom({})).toThrow(/TRADEREADY_API_KEY/);
    expect(settingsFrom({ TRADEREADY_API_KEY: ' ak_live_k ' })).toEqual({
      baseUrl: 'http://127.0.0.1:8000',
      apiKey: 'ak_live_k',
      apiSecret: undefined,
      agentId: undefined,
    });
    expect(() => settingsFrom({ TRADEREADY_API_KEY: 'k', TRADEREADY_URL: 'not a url' })).toThrow(/TRADEREADY_URL/);
  });

  it('sends only the key without a secret, and never logs in', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const next = stdioTarget({ baseUrl: 'http://api.test', apiKey: 'k', apiSecret: undefined, agentId: 'a1' }, () => {});
    expect((await next()).headers).toEqual({ 'x-api-key': 'k', 'x-agent-id': 'a1' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('logs in once, reuses the token, and renews it five minutes before it expires', async () => {
    let now = 1_000_000;
    let issued = 0;
    const fetch = vi.fn(async () => {
      issued++;
      return new Response(JSON.stringify({ token: `jwt-${issued}`, expires_in: 3600, expires_at: 'x', token_type: 'Bearer' }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetch);
    const logs: string[] = [];
    const next = stdioTarget(
      { baseUrl: 'http://api.test', apiKey: 'ak_live_k', apiSecret: 'sk_live_s', agentId: undefined },
      (m) => logs.push(m),
      () => now,
    );
    const [a, b] = await Promise.all([next(), next()]);
    expect(fetch).toHaveBeenCalledTimes(1); // concurrent first calls share one login
    expect(a.headers.authorization).toBe('Bearer jwt-1');
    expect(b.headers.authorization).toBe('Bearer jwt-1');
    now += 55 * 60_000 - 1;
    expect((await next()).headers.authorization).toBe('Bearer jwt-1');
    now += 1;
    expect((await next()).headers.authorization).toBe('Bearer jwt-2');
    expect(logs.join('\n')).not.toMatch(/ak_live_k|sk_live_s|jwt-/);
  });

  it('falls back to the key alone when the login is refused', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ error: { code: 'INVALID_TOKEN', message: 'no' } }), { status: 401 })),
    );
    const logs: string[] = [];
    const next = stdioTarget({ baseUrl: 'http://api.test', apiKey: 'k', apiSecret: 's', agentId: undefined }, (m) => logs.push(m));
    expect((await next()).headers).toEqual({ 'x-api-key': 'k' });
    expect(logs[0]).toMatch(/login failed: HTTP 401 INVALID_TOKEN/);
  });
});
