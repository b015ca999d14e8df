// The generated MCP tool table (generated/mcp-tools.gen.ts) against openapi.yaml: every operation
// is a tool or excluded, names are valid and unique, schemas stand alone, and the committed file is
// what the generator makes of the current spec.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { MCP_EXCLUDED_OPERATIONS, MCP_TOOLS } from '../../generated/mcp-tools.gen.js';
import { buildMcpTable, inlineSchema, renderMcpTools, snakeCase, TOOL_NAME } from '../../scripts/lib/mcp-tools.js';
import { listOperations, loadSpec, type Spec } from '../../scripts/lib/spec.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const SPEC_FILE = new URL('../../openapi.yaml', import.meta.url).pathname;
const spec = loadSpec(SPEC_FILE);
const ops = listOperations(spec);
const byName = new Map(MCP_TOOLS.map((t) => [t.name, t]));
const tool = (name: string) => {
  const found = byName.get(name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
};

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === '$ref' ? [String(v)] : refsIn(v)));
  }
  return [];
}

/** A copy of the spec with `edit` applied to one operation. */
function specWith(operationId: string, edit: (op: Record<string, unknown>) => void): Spec {
  const copy = structuredClone(spec);
  const entry = listOperations(copy).find((o) => o.operationId === operationId);
  if (!entry) throw new Error(`no operation ${operationId}`);
  edit(entry.op);
  return copy;
}

describe('generated MCP tool table', () => {
  it('is what the generator makes of the current openapi.yaml', () => {
    const committed = readFileSync(new URL('../../generated/mcp-tools.gen.ts', import.meta.url), 'utf8');
    expect(renderMcpTools(buildMcpTable(loadSpec(SPEC_FILE)))).toBe(committed);
  });

  it('covers every operation exactly once: a tool, or excluded with x-mcp: false', () => {
    const toolIds = MCP_TOOLS.map((t) => t.operationId);
    expect([...toolIds, ...MCP_EXCLUDED_OPERATIONS].sort()).toEqual(ops.map((o) => o.operationId).sort());
    expect(new Set(toolIds).size).toBe(toolIds.length);
    for (const id of MCP_EXCLUDED_OPERATIONS) expect(ops.find((o) => o.operationId === id)?.op['x-mcp']).toBe(false);
    expect(MCP_EXCLUDED_OPERATIONS).toEqual(expect.arrayContaining(['getHealth', 'getMetrics']));
  });

  it('has unique, valid names: x-mcp-tool where given, else snake_case(operationId)', () => {
    expect(byName.size).toBe(MCP_TOOLS.length);
    for (const t of MCP_TOOLS) {
      expect(t.name).toMatch(TOOL_NAME);
      const op = ops.find((o) => o.operationId === t.operationId)!.op;
      expect(t.name).toBe(op['x-mcp-tool'] ?? snakeCase(t.operationId));
    }
    expect(snakeCase('getOrderBook')).toBe('get_order_book');
    expect(snakeCase('getPnl')).toBe('get_pnl');
    expect(snakeCase('getAPIKey')).toBe('get_api_key');
  });

  it("keeps the original product's names for the operations it had", () => {
    const expected: Record<string, string> = {
      get_price: 'getPrice',
      get_all_prices: 'getPrices',
      get_pairs: 'listPairs',
      get_orderbook: 'getOrderBook',
      get_order_status: 'getOrder',
      get_open_orders: 'listOpenOrders',
      cancel_all_orders: 'cancelOpenOrders',
      place_order: 'placeOrder',
      cancel_order: 'cancelOrder',
      reset_account: 'resetAccount',
      get_performance: 'getPerformance',
      get_pnl: 'getPnl',
      backtest_trade: 'placeBacktestOrder',
      update_agent_risk: 'updateAgentRiskProfile',
      reset_agent: 'resetAgent',
    };
    for (const [name, operationId] of Object.entries(expected)) expect(tool(name).operationId).toBe(operationId);
  });

  it('has self-contained input schemas that compile, with path parameters required', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    for (const t of MCP_TOOLS) {
      expect(refsIn(t.inputSchema), t.name).toEqual([]);
      expect(t.inputSchema.type).toBe('object');
      expect(() => ajv.compile(t.inputSchema), t.name).not.toThrow();
      const properties = Object.keys(t.inputSchema.properties as object);
      expect(properties.sort()).toEqual([...t.pathParams, ...t.queryParams, ...t.headerParams, ...(t.bodyProps ?? [])].sort());
      const required = t.inputSchema.required as string[];
      for (const p of t.pathParams) expect(required, `${t.name} ${p}`).toContain(p);
      for (const p of t.pathParams) expect(t.path).toContain(`{${p}}`);
      if (t.outputSchema) {
        expect(refsIn(t.outputSchema), t.name).toEqual([]);
        expect(t.outputSchema.type).toBe('object');
        expect(() => ajv.compile(t.outputSchema!), t.name).not.toThrow();
      }
    }
  });

  it("compiles with the MCP SDK's own validator, which clients use on arguments and structuredContent", () => {
    // The SDK's default is a draft-07 Ajv: a `$schema` or a keyword it cannot compile would break tools/call.
    const sdk = new AjvJsonSchemaValidator();
    for (const t of MCP_TOOLS) {
      expect(() => sdk.getValidator(t.inputSchema), t.name).not.toThrow();
      if (t.outputSchema) expect(() => sdk.getValidator(t.outputSchema!), t.name).not.toThrow();
    }
    const check = sdk.getValidator(tool('get_price').inputSchema);
    expect(check({ symbol: 'BTCUSDT' }).valid).toBe(true);
    expect(check({}).valid).toBe(false);
  });

  it('validates arguments as the REST operation would: body fields and parameters in one object', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const place = tool('place_order');
    expect(place).toMatchObject({ method: 'POST', path: '/api/v1/trade/order', headerParams: ['X-Agent-Id', 'Idempotency-Key'] });
    expect(place.bodyProps).toEqual(expect.arrayContaining(['symbol', 'side', 'type', 'quantity', 'price']));
    const validate = ajv.compile(place.inputSchema);
    expect(validate({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01', 'Idempotency-Key': 'k1' })).toBe(true);
    expect(validate({ symbol: 'BTCUSDT', side: 'buy', type: 'market' })).toBe(false); // quantity is required
    expect(validate({ symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01', bogus: 1 })).toBe(false);

    // A body composed with allOf (the risk-profile update) contributes its members' fields.
    const risk = tool('update_agent_risk');
    expect(risk.pathParams).toEqual(['agent_id']);
    expect(risk.bodyProps).toEqual(expect.arrayContaining(['max_position_size_pct', 'daily_loss_limit_pct']));
    expect(ajv.compile(risk.inputSchema)({ agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f', max_position_size_pct: 20 })).toBe(true);
    expect(tool('get_price')).toMatchObject({ bodyProps: null, pathParams: ['symbol'], queryParams: [], headerParams: [] });
  });

  it('describes the reply: an object schema, null for 204 and non-object replies', () => {
    expect(tool('get_order_status').outputSchema).toMatchObject({ type: 'object' });
    // Agent is AgentFields via allOf; the table states it is an object.
    expect(tool('get_agent').outputSchema).toMatchObject({ type: 'object', allOf: [expect.objectContaining({ type: 'object' })] });
    expect(tool('delete_agent').outputSchema).toBeNull();
  });

  it('documents the error statuses and their codes in the description', () => {
    const place = tool('place_order');
    expect(place.title).toBe('Place an order');
    expect(place.description.startsWith('Place an order\n\n')).toBe(true);
    expect(place.description).toMatch(/^- 400 [A-Z_, ]*INSUFFICIENT_BALANCE[A-Z_, ]*: /m);
    expect(place.description).toMatch(/^- 409 IDEMPOTENCY_CONFLICT: /m);
    expect(place.description).toMatch(/^- 503 PRICE_NOT_AVAILABLE: /m);
    expect(tool('get_order_status').description).toMatch(/^- 404 ORDER_NOT_FOUND, AGENT_NOT_FOUND: /m);
  });

  it('annotates reads, destructive writes and idempotency', () => {
    for (const t of MCP_TOOLS) {
      expect(t.annotations.readOnlyHint).toBe(t.method === 'GET');
      expect(t.annotations.idempotentHint).toBe(['GET', 'PUT', 'DELETE'].includes(t.method));
      expect(t.annotations.openWorldHint).toBe(false);
      if (t.method === 'DELETE') expect(t.annotations.destructiveHint).toBe(true);
    }
    for (const name of [
      'reset_account',
      'reset_agent',
      'archive_agent',
      'regenerate_agent_key',
      'cancel_backtest',
      'cancel_all_orders',
      'cancel_order',
    ]) {
      expect(tool(name).annotations.destructiveHint, name).toBe(true);
    }
    for (const name of ['place_order', 'create_agent', 'get_price', 'update_agent_risk']) {
      expect(tool(name).annotations.destructiveHint, name).toBe(false);
    }
  });
});

describe('MCP table generator', () => {
  it('fails on a name clash, an invalid name and a misused extension', () => {
    expect(() => buildMcpTable(specWith('getTicker', (op) => (op['x-mcp-tool'] = 'get_price')))).toThrow(/already used by getPrice/);
    expect(() => buildMcpTable(specWith('getTicker', (op) => (op['x-mcp-tool'] = 'Get-Ticker')))).toThrow(/does not match/);
    expect(() => buildMcpTable(specWith('getTicker', (op) => (op['x-mcp-tool'] = 'get_tickers')))).toThrow(/already used|get_tickers/);
    expect(() => buildMcpTable(specWith('getTicker', (op) => (op['x-mcp'] = true)))).toThrow(/x-mcp may only be false/);
    expect(() => buildMcpTable(specWith('getTicker', (op) => (op['x-mcp-destructive'] = true)))).toThrow(/GET cannot be destructive/);
  });

  it('fails when a parameter and a body field share a name', () => {
    const clash = specWith('placeOrder', (op) => {
      op.parameters = [...(op.parameters as unknown[]), { name: 'symbol', in: 'query', schema: { type: 'string' } }];
    });
    expect(() => buildMcpTable(clash)).toThrow(/argument symbol is declared twice/);
  });

  it('inlines references, merging a sibling description and refusing a recursive one', () => {
    const s = structuredClone(spec);
    s.components.schemas!.Node = { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } };
    expect(() => inlineSchema(s, { $ref: '#/components/schemas/Node' }, 'test')).toThrow(/recursive \$ref/);
    const merged = inlineSchema(spec, { $ref: '#/components/schemas/ErrorCode', description: 'Here.' }, 'test') as Record<string, unknown>;
    expect(merged).toMatchObject({ type: 'string', description: 'Here.' });
    expect(merged.enum).toContain('INVALID_API_KEY');
    expect(merged).not.toHaveProperty('example');
    expect(merged.examples).toEqual(['INVALID_API_KEY']);
  });
});
