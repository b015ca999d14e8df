// The MCP server as an agent meets it: the official SDK client over Streamable HTTP (/mcp on the
// server itself) and over stdio (the tradeready-mcp entry as a child process), against a real
// listening server. Tools are the generated table; every call is a REST request with the caller's
// credential, so what is asserted here is what the REST API answers.
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MCP_EXCLUDED_OPERATIONS, MCP_TOOLS } from '../../generated/mcp-tools.gen.js';
import { operations } from '../../generated/operations.gen.js';
import { TestServer, type Credentials } from '../support/harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UNKNOWN_ORDER = '0190a0b0-0000-7000-8000-000000000000';

function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** A successful call's reply (the tool's structured content); fails the test with the error text otherwise. */
async function ok(client: Client, name: string, args: Record<string, unknown> = {}): Promise<any> {
  const result = await call(client, name, args);
  if (result.isError) throw new Error(`${name} failed: ${textOf(result)}`);
  return result.structuredContent;
}

function httpClient(server: TestServer, headers: Record<string, string>): Promise<Client> {
  const client = new Client({ name: 'mcp-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', server.url), { requestInit: { headers } });
  return client.connect(transport).then(() => client);
}

async function stdioClient(server: TestServer, env: Record<string, string>): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', 'src/mcp/stdio.ts'],
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TRADEREADY_URL: server.url, ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'mcp-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

/** The flows the issue names, run the same way over either transport with an agent key. */
function agentFlows(getClient: () => Client, getServer: () => TestServer) {
  it('lists one tool per operation that is not excluded, with the generated schemas and annotations', async () => {
    const { tools } = await getClient().listTools();
    const expected = Object.keys(operations).filter((id) => !MCP_EXCLUDED_OPERATIONS.includes(id));
    expect(tools).toHaveLength(expected.length);
    expect(tools.map((t) => t.name).sort()).toEqual(MCP_TOOLS.map((t) => t.name).sort());
    const placeOrder = tools.find((t) => t.name === 'place_order')!;
    expect(placeOrder.inputSchema.required).toEqual(expect.arrayContaining(['symbol', 'side', 'type', 'quantity']));
    expect(placeOrder.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
    expect(tools.find((t) => t.name === 'cancel_all_orders')!.annotations).toMatchObject({ destructiveHint: true, readOnlyHint: false });
    expect(tools.find((t) => t.name === 'get_price')!.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
  });

  it('reads a price, places and cancels a resting order, and reads the portfolio and performance', async () => {
    const client = getClient();
    getServer().pushPrice('BTCUSDT', '65000.00');
    const price = await ok(client, 'get_price', { symbol: 'BTCUSDT' });
    expect(price).toMatchObject({ symbol: 'BTCUSDT', price: '65000.00000000' });

    const bought = await ok(client, 'place_order', { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    expect(bought.status).toBe('filled');

    const resting = await ok(client, 'place_order', { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.01', price: '50000' });
    expect(resting.status).toBe('pending');
    const open = await ok(client, 'get_open_orders');
    expect(open.orders.map((o: { order_id: string }) => o.order_id)).toContain(resting.order_id);
    const cancelled = await ok(client, 'cancel_order', { order_id: resting.order_id });
    expect(cancelled).toMatchObject({ order_id: resting.order_id, status: 'cancelled' });
    expect((await ok(client, 'get_open_orders')).total).toBe(0);

    const portfolio = await ok(client, 'get_portfolio');
    expect(portfolio.positions.map((p: { symbol: string }) => p.symbol)).toEqual(['BTCUSDT']);
    const performance = await ok(client, 'get_performance', { period: 'all' });
    expect(performance.period).toBe('all');
  });

  it('turns an error reply into a tool error carrying its code', async () => {
    const result = await call(getClient(), 'cancel_order', { order_id: UNKNOWN_ORDER });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^ORDER_NOT_FOUND: /);
    expect(JSON.parse(textOf(result).split('\n').slice(1).join('\n'))).toMatchObject({ error: { code: 'ORDER_NOT_FOUND' } });
  });

  it('rejects arguments that break the input schema without calling the API', async () => {
    const result = await call(getClient(), 'place_order', { symbol: 'BTCUSDT', side: 'sideways', type: 'market' });
    expect(result.isError).toBe(true);
    const envelope = JSON.parse(textOf(result).split('\n').slice(1).join('\n'));
    expect(envelope.error.code).toBe('VALIDATION_ERROR');
    expect(envelope.error.details.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['side', 'quantity']));
  });
}

describe('MCP over Streamable HTTP at /mcp', () => {
  let server: TestServer;
  let creds: Credentials;
  let client: Client;

  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
    client = await httpClient(server, { 'X-API-Key': creds.agentApiKey });
  });
  afterAll(async () => {
    await client?.close();
    await server?.stop();
  });

  agentFlows(
    () => client,
    () => server,
  );

  it('answers a bad credential with the REST 401 envelope, before any MCP exchange', async () => {
    const res = await fetch(new URL('/mcp', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'x-api-key': 'ak_live_nope' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } },
      }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'INVALID_API_KEY', message: expect.any(String) } });
    expect(res.headers.get('x-ratelimit-limit')).not.toBeNull();
    // The SDK client fails to connect and shows the envelope.
    await expect(httpClient(server, {})).rejects.toThrow(/INVALID_API_KEY/);
  });

  it('refuses an X-Agent-Id the caller has no agent for, as REST does', async () => {
    const other = await server.registerAccount();
    const res = await fetch(new URL('/mcp', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': creds.apiKey, 'x-agent-id': other.agentId },
      body: '{}',
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('AGENT_NOT_FOUND');
  });

  it('answers GET with 405: the endpoint is stateless, so there is no stream to open', async () => {
    const res = await fetch(new URL('/mcp', server.url), { headers: { 'x-api-key': creds.agentApiKey, accept: 'text/event-stream' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect((await res.json()).error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('acts for the agent X-Agent-Id names when called with the account key', async () => {
    const account = await httpClient(server, { 'X-API-Key': creds.apiKey, 'X-Agent-Id': creds.agentId });
    try {
      const info = await ok(account, 'get_account_info');
      expect(info.account_id).toBe(creds.accountId);
    } finally {
      await account.close();
    }
  });

  it('serves the contracts as resources and the trade-safely prompt', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.name).sort()).toEqual(['asyncapi.yaml', 'openapi.yaml']);
    const spec = await client.readResource({ uri: 'tradeready://openapi.yaml' });
    expect((spec.contents[0] as { text: string }).text).toMatch(/^openapi: 3\.1/m);
    const streams = await client.readResource({ uri: 'tradeready://asyncapi.yaml' });
    expect((streams.contents[0] as { text: string }).text).toMatch(/^asyncapi: 3/m);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['trade-safely']);
    const prompt = await client.getPrompt({ name: 'trade-safely', arguments: { goal: 'grow 5% this week' } });
    const text = (prompt.messages[0]!.content as { text: string }).text;
    expect(text).toContain('Idempotency-Key');
    expect(text).toContain('Your goal: grow 5% this week');
    // Every tool the guidance names exists.
    const named = [...text.matchAll(/\b(get_[a-z_]+|place_order|cancel_[a-z_]+)\b/g)].map((m) => m[1]);
    for (const name of named) expect(MCP_TOOLS.map((t) => t.name)).toContain(name);
  });

  it('applies REST rate limits to each tool call', async () => {
    const limited = await TestServer.start({ RATE_LIMIT_MARKET_DATA: '2' });
    try {
      const c = await limited.registerAccount();
      const agent = await httpClient(limited, { 'X-API-Key': c.agentApiKey });
      try {
        limited.pushPrice('BTCUSDT', '65000.00');
        await ok(agent, 'get_price', { symbol: 'BTCUSDT' });
        await ok(agent, 'get_price', { symbol: 'BTCUSDT' });
        const third = await call(agent, 'get_price', { symbol: 'BTCUSDT' });
        expect(third.isError).toBe(true);
        expect(textOf(third)).toMatch(/^RATE_LIMIT_EXCEEDED: /);
      } finally {
        await agent.close();
      }
    } finally {
      await limited.stop();
    }
  });
});

describe('MCP over stdio (tradeready-mcp)', () => {
  let server: TestServer;
  let creds: Credentials;
  let client: Client;
  let stderr: () => string;

  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
    ({ client, stderr } = await stdioClient(server, { TRADEREADY_API_KEY: creds.agentApiKey }));
  });
  afterAll(async () => {
    await client?.close();
    await server?.stop();
  });

  agentFlows(
    () => client,
    () => server,
  );

  it('never writes the key to stderr', () => {
    expect(stderr()).toContain('serving');
    expect(stderr()).not.toContain(creds.agentApiKey);
  });

  it('logs in with TRADEREADY_API_SECRET and uses the JWT for JWT-only tools', async () => {
    const { client: withJwt, stderr: log } = await stdioClient(server, {
      TRADEREADY_API_KEY: creds.apiKey,
      TRADEREADY_API_SECRET: creds.apiSecret,
    });
    try {
      const agents = await ok(withJwt, 'list_agents');
      expect(agents.agents.map((a: { id: string }) => a.id)).toContain(creds.agentId);
      expect(log()).toContain('logged in');
      expect(log()).not.toContain(creds.apiKey);
      expect(log()).not.toContain(creds.apiSecret);
    } finally {
      await withJwt.close();
    }
    // Without the secret the same tool is REST's refusal of an API key.
    const keyOnly = await call(client, 'list_agents');
    expect(keyOnly.isError).toBe(true);
    expect(textOf(keyOnly)).toMatch(/^PERMISSION_DENIED: /);
  });
});
