// The MCP server both transports share: one tool per generated entry (generated/mcp-tools.gen.ts,
// written from openapi.yaml), the two contracts as resources, and one prompt. It holds no state
// and no credentials of its own; every call is the REST request of the caller that made it.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ErrorCode,
  ReadResourceRequestSchema,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import type { McpToolSpec } from '../../generated/mcp-tools.gen.js';
import { callTool, type ToolTarget } from './tools.js';

const SERVER_INFO = { name: 'tradeready', version: '0.1.0' };

/** The contracts, read from the API the tools call so they always describe that server. */
const RESOURCES = [
  {
    uri: 'tradeready://openapi.yaml',
    path: '/openapi.yaml',
    name: 'openapi.yaml',
    title: 'REST API contract (OpenAPI 3.1)',
    description: 'Every operation, its parameters, replies and error codes; each tool is one of these operations.',
    mimeType: 'application/yaml',
  },
  {
    uri: 'tradeready://asyncapi.yaml',
    path: '/asyncapi.yaml',
    name: 'asyncapi.yaml',
    title: 'WebSocket streams contract (AsyncAPI 3)',
    description: 'The /ws/v1 channels (prices, order and portfolio updates) for agents that stream instead of polling.',
    mimeType: 'application/yaml',
  },
] as const;

const TRADE_SAFELY = 'trade-safely';

function tradeSafelyText(goal: string | undefined): string {
  return [
    'You are trading on a TradeReady paper-trading exchange: simulated money, real market rules. Trade as if it were real.',
    '',
    '1. Look before you act: read your balance and positions (get_balance, get_portfolio) and the current price (get_price) first.',
    '2. Amounts and prices are decimal strings ("0.015", "64250.10"), never floating-point numbers; respect each pair\'s step and tick sizes.',
    '3. Give every place_order call an Idempotency-Key: if a call times out, retry with the same key and the order is placed at most once.',
    '4. Prefer limit orders and attach a stop-loss; size positions so one loss stays small against your equity.',
    '5. Check open orders (get_open_orders) before adding more, and cancel the ones you no longer want.',
    '6. A failed tool call carries the REST error code: on INSUFFICIENT_BALANCE reduce the size; on RATE_LIMIT_EXCEEDED wait',
    '   details.retry_after_seconds; on PRICE_NOT_AVAILABLE wait and read the price again; on VALIDATION_ERROR fix the named fields.',
    '7. Tools annotated destructive (cancel all orders, reset an account or agent, regenerate a key) cannot be undone: confirm first.',
    '8. Judge results with get_performance over time, not by a single trade.',
    ...(goal ? ['', `Your goal: ${goal}`] : []),
  ].join('\n');
}

const toolLists = new WeakMap<readonly McpToolSpec[], Tool[]>();

function toolList(tools: readonly McpToolSpec[]): Tool[] {
  let list = toolLists.get(tools);
  if (!list) {
    list = tools.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      inputSchema: t.inputSchema as Tool['inputSchema'],
      ...(t.outputSchema ? { outputSchema: t.outputSchema as NonNullable<Tool['outputSchema']> } : {}),
      annotations: { title: t.title, ...t.annotations },
    }));
    toolLists.set(tools, list);
  }
  return list;
}

export interface McpServerOptions {
  tools: readonly McpToolSpec[];
  /** Where each call goes and with which headers; asked per call so a renewed token is used at once. */
  target: () => ToolTarget | Promise<ToolTarget>;
}

export function createMcpServer({ tools, target }: McpServerOptions): Server {
  const byName = new Map(tools.map((t) => [t.name, t]));
  const server = new Server(SERVER_INFO, {
    capabilities: { tools: {}, resources: {}, prompts: {} },
    instructions: `Paper-trading crypto exchange. Every tool is one REST operation of openapi.yaml (a resource here); read the "${TRADE_SAFELY}" prompt before placing orders.`,
  });

  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: toolList(tools) }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const spec = byName.get(request.params.name);
    if (!spec) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    return callTool(spec, request.params.arguments, await target());
  });

  server.setRequestHandler(ListResourcesRequestSchema, () => ({
    resources: RESOURCES.map(({ path: _path, ...resource }) => resource),
  }));

  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    const resource = RESOURCES.find((r) => r.uri === request.params.uri);
    if (!resource) throw new McpError(ErrorCode.InvalidParams, `Unknown resource: ${request.params.uri}`);
    const { baseUrl } = await target();
    const res = await fetch(new URL(resource.path, baseUrl), { redirect: 'error' });
    if (!res.ok) throw new McpError(ErrorCode.InternalError, `${resource.path} answered HTTP ${res.status}`);
    return { contents: [{ uri: resource.uri, mimeType: resource.mimeType, text: await res.text() }] };
  });

  server.setRequestHandler(ListPromptsRequestSchema, () => ({
    prompts: [
      {
        name: TRADE_SAFELY,
        title: 'Trade safely on TradeReady',
        description: 'How an agent should use these tools: look first, size small, idempotent orders, act on error codes.',
        arguments: [{ name: 'goal', description: 'What the agent is trying to achieve, appended to the guidance.', required: false }],
      },
    ],
  }));

  server.setRequestHandler(GetPromptRequestSchema, (request) => {
    if (request.params.name !== TRADE_SAFELY) throw new McpError(ErrorCode.InvalidParams, `Unknown prompt: ${request.params.name}`);
    return {
      description: 'How to trade safely on this exchange',
      messages: [{ role: 'user', content: { type: 'text', text: tradeSafelyText(request.params.arguments?.goal) } }],
    };
  });

  return server;
}
