// The WebSocket handshake as asyncapi.yaml documents it: credentials in the query (or the REST
// headers), the agent the connection streams for, and every refusal as a plain HTTP reply in the
// REST error envelope. Also the documents themselves: /asyncapi.yaml, /asyncapi.json, /docs/ws.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TestServer, type Credentials } from '../../support/harness.js';
import { wsChecker } from '../../support/ws-checker.js';
import { HandshakeRefused, WsClient, type WsConnectOptions } from '../../support/ws-client.js';

describe('WebSocket handshake', () => {
  let server: TestServer;
  let creds: Credentials;
  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
  });
  afterAll(() => server.stop());

  it('accepts an agent key, an account key, a JWT (with and without agent_id) and the REST headers', async () => {
    const token = await server.login(creds);
    const ways: WsConnectOptions[] = [
      { apiKey: creds.agentApiKey },
      { apiKey: creds.apiKey },
      { apiKey: creds.apiKey, agentId: creds.agentId },
      { token },
      { token, agentId: creds.agentId },
      { headers: { 'X-API-Key': creds.apiKey } },
      { headers: { Authorization: `Bearer ${token}` } },
      // The query wins over a header.
      { apiKey: creds.agentApiKey, headers: { 'X-API-Key': 'ak_live_not-a-key' } },
    ];
    for (const way of ways) {
      const ws = await WsClient.connect(server, way);
      // Every one of them streams for the default agent: its private channels are open to it.
      expect(await ws.subscribe({ channel: 'orders' })).toMatchObject({ type: 'subscribed', channel: 'orders' });
      await ws.close();
    }
  });

  it('refuses a missing or unknown key with 401 INVALID_API_KEY and a bad JWT with 401 INVALID_TOKEN', async () => {
    const none = await WsClient.refused(server);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('INVALID_API_KEY');
    expect(none.headers.connection).toBe('close');

    const unknown = await WsClient.refused(server, { apiKey: `ak_live_${'0'.repeat(64)}` });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('INVALID_API_KEY');

    const badToken = await WsClient.refused(server, { token: 'not.a.jwt' });
    expect(badToken.status).toBe(401);
    expect(badToken.body.error.code).toBe('INVALID_TOKEN');
  });

  it('refuses a suspended account with 403 ACCOUNT_SUSPENDED', async () => {
    const other = await server.registerAccount();
    await server.setAccountStatus(other.accountId, 'suspended');
    const res = await WsClient.refused(server, { apiKey: other.apiKey });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ACCOUNT_SUSPENDED');
  });

  it("refuses another account's agent or an unknown one with 404 AGENT_NOT_FOUND, a malformed agent_id with 422", async () => {
    const other = await server.registerAccount();
    for (const agentId of [other.agentId, randomUUID()]) {
      const res = await WsClient.refused(server, { apiKey: creds.apiKey, agentId });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('AGENT_NOT_FOUND');
    }
    const malformed = await WsClient.refused(server, { apiKey: creds.apiKey, agentId: 'agent-1' });
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('answers an upgrade on another path with 404 NOT_FOUND', async () => {
    const res = await WsClient.refused(server, { apiKey: creds.apiKey, path: '/ws/v2' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers a plain GET /ws/v1 with 426 UPGRADE_REQUIRED and an Upgrade header', async () => {
    const res = await server.raw('GET', '/ws/v1');
    expect(res.status).toBe(426);
    expect(res.body.error.code).toBe('UPGRADE_REQUIRED');
    expect(res.headers.get('upgrade')?.toLowerCase()).toBe('websocket');
    // The WS contract documents it as a handshake refusal too.
    wsChecker.recordRefusal(res.status, res.body.error.code);
  });

  it('lets a connection without any agent read public channels; private ones need an agent', async () => {
    const lone = await server.registerAccount();
    // What an operator's manual clean-up can leave: an account with no default agent.
    await server.db.updateTable('accounts').set({ default_agent_id: null }).where('id', '=', lone.accountId).execute();
    const ws = await WsClient.connect(server, { apiKey: lone.apiKey });
    expect(await ws.subscribe({ channel: 'ticker:BTCUSDT' })).toMatchObject({ type: 'subscribed', channel: 'ticker:BTCUSDT' });
    for (const channel of ['orders', 'portfolio']) {
      const refused = await ws.subscribe({ channel });
      expect(refused).toMatchObject({ type: 'error', code: 'INVALID_CHANNEL', channel });
      expect(refused.message).toMatch(/agent/i);
    }
    await ws.close();
  });
});

describe('WebSocket handshake limits and origins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({
      WS_MAX_CONNECTIONS_PER_IP: '3',
      WS_MAX_CONNECTIONS_PER_KEY: '2',
      CORS_ORIGINS: 'https://app.example.com',
    });
  });
  afterAll(() => server.stop());

  it('refuses the connection past the per-key limit, then past the per-IP limit, with 429 and Retry-After', async () => {
    const a = await server.registerAccount();
    const b = await server.registerAccount();
    const open = [await WsClient.connect(server, { apiKey: a.apiKey }), await WsClient.connect(server, { apiKey: a.apiKey })];

    const perKey = await WsClient.refused(server, { apiKey: a.apiKey });
    expect(perKey.status).toBe(429);
    expect(perKey.headers['retry-after']).toBe('5');
    expect(perKey.body.error).toMatchObject({
      code: 'RATE_LIMIT_EXCEEDED',
      details: { reason: 'connection_limit', scope: 'api_key', limit: 2 },
    });

    open.push(await WsClient.connect(server, { apiKey: b.apiKey }));
    // Checked before the credential: even a bad key gets the 429.
    const perIp = await WsClient.refused(server, { apiKey: 'ak_live_whatever' });
    expect(perIp.status).toBe(429);
    expect(perIp.headers['retry-after']).toBe('5');
    expect(perIp.body.error).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', details: { reason: 'connection_limit', scope: 'ip', limit: 3 } });

    // A closed connection frees its slot.
    await open.pop()!.close();
    const again = await WsClient.connect(server, { apiKey: b.apiKey });
    for (const ws of [...open, again]) await ws.close();
  });

  it('refuses a browser origin outside CORS_ORIGINS with 403 PERMISSION_DENIED and accepts a listed one', async () => {
    const creds = await server.registerAccount();
    const denied = await WsClient.refused(server, { apiKey: creds.apiKey, headers: { Origin: 'https://evil.example.com' } });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('PERMISSION_DENIED');
    const allowed = await WsClient.connect(server, { apiKey: creds.apiKey, headers: { Origin: 'https://app.example.com' } });
    await allowed.close();
  });

  it('reports the refusal as HandshakeRefused to a client that expected to connect', async () => {
    await expect(WsClient.connect(server)).rejects.toBeInstanceOf(HandshakeRefused);
  });
});

/** Addresses of resources a page would load from another host (scripts, styles, images, fonts). */
function externalResources(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(https?:)?\/\/[^"'\s>]+/gi)) found.add(m[0]);
  for (const m of html.matchAll(/url\(\s*["']?(?:https?:)?\/\/[^)"']+/gi)) found.add(m[0]);
  for (const m of html.matchAll(/@import\s+["']?(?:https?:)?\/\/[^"';]+/gi)) found.add(m[0]);
  return [...found];
}

describe('the WebSocket contract documents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('serves asyncapi.yaml as YAML and the bundled document as JSON, the same messages in both', async () => {
    const yaml = await server.raw<string>('GET', '/asyncapi.yaml');
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-type')).toContain('application/yaml');
    const json = await server.raw('GET', '/asyncapi.json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain('application/json');
    const source = parse(yaml.body) as { asyncapi: string; components: { messages: Record<string, unknown> } };
    expect(source.asyncapi).toBe('3.0.0');
    expect(json.body.asyncapi).toBe('3.0.0');
    expect(Object.keys(json.body.components.messages)).toEqual(Object.keys(source.components.messages));
    // The bundle stands alone: no reference into another file is left.
    expect(JSON.stringify(json.body)).not.toMatch(/"\$ref":"[^#]/);
  });

  it('serves the rendered page at /docs/ws without loading anything from another host', async () => {
    const res = await server.raw<string>('GET', '/docs/ws');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.body).toContain('AsyncApiStandalone.render');
    expect(res.body).toContain('TradeReady WebSocket API');
    expect(externalResources(res.body)).toEqual([]);
  });

  it('links the WebSocket documents from the REST spec', async () => {
    const res = await server.raw('GET', '/openapi.json');
    expect(res.body.info.description).toContain('/docs/ws');
    expect(res.body.info.description).toContain('/asyncapi.yaml');
  });
});
