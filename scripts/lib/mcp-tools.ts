// The MCP tool table: one tool per operation of openapi.yaml (unless it says `x-mcp: false`),
// written by codegen to generated/mcp-tools.gen.ts and read by the MCP server (src/mcp/).
// A module of its own so that the unit test can rebuild the table from the spec and compare it
// with the committed file.
//
// Operation extensions read here:
//   x-mcp: false             not a tool (health, metrics, credential exchanges)
//   x-mcp-tool: <name>       the tool's name (the original product's name where there is one);
//                            default snake_case(operationId)
//   x-mcp-destructive: true  a POST that destroys state (reset, archive, cancel, key rotation);
//                            a DELETE is destructive without it
import { deref, listOperations, type JsonSchema, type Spec, type SpecOperation, type SpecParameter } from './spec.js';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Kept in step with the interface the generated file declares (MCP_TOOLS_PREAMBLE). */
export interface McpToolSpec {
  name: string;
  operationId: string;
  title: string;
  description: string;
  method: HttpMethod;
  path: string;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  bodyProps: string[] | null;
  inputSchema: JsonSchema;
  outputSchema: JsonSchema | null;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: false };
}

export interface McpTable {
  tools: McpToolSpec[];
  /** operationIds marked `x-mcp: false`. */
  excluded: string[];
}

/** MCP tool names: what every client accepts (the spec allows more; some clients do not). */
export const TOOL_NAME = /^[a-z][a-z0-9_]{0,63}$/;

export function snakeCase(operationId: string): string {
  return operationId
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

// --- $ref inlining -------------------------------------------------------------------------------
// MCP clients get each schema on its own (tools/list), so nothing may point into the spec.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_SINGLE = new Set([
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
]);
// Keywords that only annotate: beside a $ref they are merged into the referenced schema.
const ANNOTATIONS = new Set(['description', 'title', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment']);
// OpenAPI's own keywords, which are not JSON Schema (strict validators reject them).
const OPENAPI_ONLY = new Set(['discriminator', 'xml', 'externalDocs']);

/**
 * A copy of `schema` with every `#/components/...` reference replaced by the referenced schema,
 * also inlined. OpenAPI's `example` becomes JSON Schema's `examples`, and OpenAPI-only keywords
 * and `x-` extensions are dropped. A recursive reference cannot be inlined and fails codegen
 * (the schema would need `$defs`, which this table does not carry).
 */
export function inlineSchema(spec: Spec, schema: unknown, where: string, stack: readonly string[] = []): JsonSchema | boolean {
  if (typeof schema === 'boolean') return schema;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) throw new Error(`${where}: not a schema: ${JSON.stringify(schema)}`);
  const { $ref, example, ...rest } = schema as JsonSchema;
  let out: JsonSchema = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key.startsWith('x-') || OPENAPI_ONLY.has(key)) continue;
    if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([name, sub]) => [name, inlineSchema(spec, sub, where, stack)]),
      );
    } else if (SCHEMA_LISTS.has(key)) {
      out[key] = (value as unknown[]).map((sub) => inlineSchema(spec, sub, where, stack));
    } else if (SCHEMA_SINGLE.has(key)) {
      out[key] = inlineSchema(spec, value, where, stack);
    } else {
      out[key] = value;
    }
  }
  if (example !== undefined && out.examples === undefined) out.examples = [example];
  // A schema made of allOf with an object member is an object; saying so at its own level lets
  // strict validators accept its object keywords (unevaluatedProperties) and tells MCP clients
  // that it is one (outputSchema must be an object schema).
  if (out.type === undefined && Array.isArray(out.allOf) && (out.allOf as unknown[]).some(isObjectSchema)) out = { type: 'object', ...out };
  if ($ref !== undefined) {
    if (typeof $ref !== 'string' || !$ref.startsWith('#/components/'))
      throw new Error(`${where}: unsupported $ref ${JSON.stringify($ref)}`);
    if (stack.includes($ref)) throw new Error(`${where}: recursive $ref ${[...stack, $ref].join(' -> ')} cannot be inlined`);
    const target = inlineSchema(spec, deref(spec, { $ref }), where, [...stack, $ref]);
    if (typeof target === 'boolean') throw new Error(`${where}: $ref ${$ref} is a boolean schema`);
    // Annotations beside the $ref describe this use of the schema; anything else must hold as well.
    out = Object.keys(out).every((k) => ANNOTATIONS.has(k)) ? { ...target, ...out } : { allOf: [target], ...out };
  }
  return out;
}

function isObjectSchema(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && (schema as JsonSchema).type === 'object';
}

function inlineObject(spec: Spec, schema: unknown, where: string): JsonSchema {
  const out = inlineSchema(spec, schema, where);
  if (typeof out === 'boolean') throw new Error(`${where}: a boolean schema is not supported here`);
  return out;
}

// --- documented errors ---------------------------------------------------------------------------
interface SpecResponse {
  description?: string;
  content?: Record<string, { schema?: unknown; example?: unknown; examples?: Record<string, { value?: unknown; $ref?: string }> }>;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function errorCodeOf(example: unknown): string | undefined {
  const code = (example as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * "- 404 ORDER_NOT_FOUND, AGENT_NOT_FOUND: <the response's description>" for each documented
 * non-2xx reply: the codes are those its description names (in backticks), its examples carry,
 * and its schema restricts `error.code` to (when narrower than the whole ErrorCode list).
 */
function errorLines(spec: Spec, op: SpecOperation, where: string): string[] {
  const allCodes = (deref<JsonSchema>(spec, { $ref: '#/components/schemas/ErrorCode' }).enum ?? []) as string[];
  const known = new Set(allCodes);
  const lines: string[] = [];
  const statuses = Object.keys(op.responses)
    .filter((s) => !/^2/.test(s))
    .sort();
  for (const status of statuses) {
    const response = deref<SpecResponse>(spec, op.responses[status] as SpecResponse);
    const codes = new Set<string>();
    const description = oneLine(response.description ?? '');
    for (const m of description.matchAll(/`([A-Z][A-Z_]+)`/g)) if (known.has(m[1]!)) codes.add(m[1]!);
    const json = response.content?.['application/json'];
    if (json) {
      const fromExample = errorCodeOf(json.example);
      if (fromExample) codes.add(fromExample);
      for (const ex of Object.values(json.examples ?? {})) {
        const code = errorCodeOf(deref(spec, ex).value);
        if (code) codes.add(code);
      }
      const schema = json.schema ? inlineObject(spec, json.schema, `${where} ${status}`) : undefined;
      const codeSchema = (schema?.properties as Record<string, JsonSchema> | undefined)?.error?.properties as
        Record<string, JsonSchema> | undefined;
      const listed = codeSchema?.code?.enum ?? (codeSchema?.code?.const !== undefined ? [codeSchema.code.const] : undefined);
      if (Array.isArray(listed) && listed.length < allCodes.length) for (const c of listed) codes.add(String(c));
    }
    const label = codes.size > 0 ? `${status} ${[...codes].join(', ')}` : status;
    lines.push(`- ${label}: ${description}`);
  }
  return lines;
}

// --- the table -----------------------------------------------------------------------------------
const METHODS: Record<string, HttpMethod> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' };

/** The body's top-level properties, with those of `allOf` members (a schema composed of field sets). */
function bodyFields(schema: JsonSchema, where: string): { properties: Record<string, JsonSchema>; required: string[] } {
  for (const key of ['oneOf', 'anyOf', 'if', 'not', 'patternProperties']) {
    if (key in schema) throw new Error(`${where}: a request body with top-level ${key} cannot be merged into a tool's arguments`);
  }
  const properties: Record<string, JsonSchema> = { ...((schema.properties as Record<string, JsonSchema> | undefined) ?? {}) };
  const required = [...((schema.required as string[] | undefined) ?? [])];
  for (const member of (schema.allOf as JsonSchema[] | undefined) ?? []) {
    const sub = bodyFields(member, where);
    for (const [name, s] of Object.entries(sub.properties)) {
      if (name in properties) throw new Error(`${where}: body property ${name} is declared twice`);
      properties[name] = s;
    }
    required.push(...sub.required.filter((r) => !required.includes(r)));
  }
  return { properties, required };
}

function outputSchemaOf(spec: Spec, op: SpecOperation, where: string): JsonSchema | null {
  const schemas = Object.keys(op.responses)
    .filter((s) => /^2/.test(s))
    .sort()
    .map((status) => deref<SpecResponse>(spec, op.responses[status] as SpecResponse).content?.['application/json']?.schema)
    .filter((s) => s !== undefined)
    .map((s) => inlineObject(spec, s, `${where} reply`));
  const first = schemas[0];
  if (!first) return null;
  if (schemas.some((s) => JSON.stringify(s) !== JSON.stringify(first))) {
    throw new Error(`${where}: the 2xx replies have different schemas; one output schema cannot describe them`);
  }
  // MCP's outputSchema (and structuredContent) must be an object.
  return first.type === 'object' ? first : null;
}

export function buildMcpTable(spec: Spec): McpTable {
  const tools: McpToolSpec[] = [];
  const excluded: string[] = [];
  const names = new Map<string, string>();
  for (const { operationId, method, path, op } of listOperations(spec)) {
    const where = `${operationId} (${method.toUpperCase()} ${path})`;
    const flag = op['x-mcp'];
    if (flag !== undefined && flag !== false) throw new Error(`${where}: x-mcp may only be false`);
    const explicit = op['x-mcp-tool'];
    const destructiveFlag = op['x-mcp-destructive'];
    if (destructiveFlag !== undefined && typeof destructiveFlag !== 'boolean')
      throw new Error(`${where}: x-mcp-destructive must be a boolean`);
    if (flag === false) {
      if (explicit !== undefined || destructiveFlag !== undefined) throw new Error(`${where}: x-mcp: false with other x-mcp extensions`);
      excluded.push(operationId);
      continue;
    }
    const httpMethod = METHODS[method];
    if (!httpMethod) throw new Error(`${where}: ${method} operations cannot be tools; mark them x-mcp: false`);
    if (explicit !== undefined && typeof explicit !== 'string') throw new Error(`${where}: x-mcp-tool must be a string`);
    const name = explicit ?? snakeCase(operationId);
    if (!TOOL_NAME.test(name)) throw new Error(`${where}: tool name ${JSON.stringify(name)} does not match ${String(TOOL_NAME)}`);
    const clash = names.get(name);
    if (clash) throw new Error(`${where}: tool name ${name} is already used by ${clash}`);
    names.set(name, operationId);
    if (destructiveFlag === true && httpMethod === 'GET') throw new Error(`${where}: a GET cannot be destructive`);

    // Arguments: the parameters (path-level ones unless the operation redefines them), then the body's fields.
    const own = (op.parameters ?? []).map((p) => deref<SpecParameter & { description?: string; example?: unknown }>(spec, p));
    const shared = ((spec.paths[path] as { parameters?: SpecParameter[] }).parameters ?? []).map((p) =>
      deref<SpecParameter & { description?: string; example?: unknown }>(spec, p),
    );
    const params = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const pathParams: string[] = [];
    const queryParams: string[] = [];
    const headerParams: string[] = [];
    const add = (arg: string, schema: JsonSchema, isRequired: boolean) => {
      if (arg in properties)
        throw new Error(`${where}: argument ${arg} is declared twice (parameters and body share one namespace in a tool)`);
      properties[arg] = schema;
      if (isRequired) required.push(arg);
    };
    for (const p of params) {
      const schema = inlineObject(spec, p.schema ?? {}, `${where} parameter ${p.name}`);
      if (p.description) schema.description = p.description.trim();
      if (p.example !== undefined) schema.examples = [p.example];
      if (p.in === 'path') pathParams.push(p.name);
      else if (p.in === 'query') queryParams.push(p.name);
      else if (p.in === 'header') headerParams.push(p.name);
      else throw new Error(`${where}: ${p.in} parameters are not supported`);
      add(p.name, schema, p.in === 'path' || p.required === true);
    }
    let bodyProps: string[] | null = null;
    const body = deref(spec, op.requestBody);
    if (body) {
      const json = body.content['application/json'];
      if (!json) throw new Error(`${where}: only application/json request bodies are supported`);
      const schema = inlineObject(spec, json.schema, `${where} body`);
      if (schema.type !== 'object') throw new Error(`${where}: the request body must be an object to merge into a tool's arguments`);
      const fields = bodyFields(schema, `${where} body`);
      bodyProps = Object.keys(fields.properties);
      for (const [prop, s] of Object.entries(fields.properties)) add(prop, s, body.required === true && fields.required.includes(prop));
    }

    const summary = typeof op.summary === 'string' ? op.summary.trim() : '';
    if (!summary) throw new Error(`${where}: a summary is needed for the tool's title`);
    const errors = errorLines(spec, op, where);
    const description = [
      summary,
      typeof op.description === 'string' ? op.description.trim() : '',
      errors.length > 0 ? `Errors:\n${errors.join('\n')}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');

    tools.push({
      name,
      operationId,
      title: summary,
      description,
      method: httpMethod,
      path,
      pathParams,
      queryParams,
      headerParams,
      bodyProps,
      inputSchema: { type: 'object', properties, required, additionalProperties: false },
      outputSchema: outputSchemaOf(spec, op, where),
      annotations: {
        readOnlyHint: httpMethod === 'GET',
        destructiveHint: httpMethod === 'DELETE' || destructiveFlag === true,
        idempotentHint: httpMethod === 'GET' || httpMethod === 'PUT' || httpMethod === 'DELETE',
        openWorldHint: false,
      },
    });
  }
  return { tools, excluded };
}

const BANNER = '// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.\n';

const PREAMBLE = `/* eslint-disable */
/** One MCP tool: a thin call of one REST operation. Schemas are JSON Schema 2020-12 with no $ref. */
export interface McpToolSpec {
  /** x-mcp-tool on the operation, else snake_case(operationId). */
  name: string;
  operationId: string;
  /** The operation's summary. */
  title: string;
  /** Summary, description and the documented error statuses with their codes. */
  description: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Header parameters, named as in the spec (also their argument names). */
  headerParams: string[];
  /** null: no request body; else the body's top-level properties (merged into the arguments). */
  bodyProps: string[] | null;
  /** Path, query and header parameters and the body's properties, in one object schema. */
  inputSchema: Record<string, unknown>;
  /** The 2xx JSON reply's schema when it is an object, else null. */
  outputSchema: Record<string, unknown> | null;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: false };
}
`;

/** The text of generated/mcp-tools.gen.ts. */
export function renderMcpTools(table: McpTable): string {
  return (
    `${BANNER}${PREAMBLE}\n` +
    `/** Operations that are not tools (\`x-mcp: false\`). */\n` +
    `export const MCP_EXCLUDED_OPERATIONS: readonly string[] = ${JSON.stringify(table.excluded, null, 2)};\n\n` +
    `/** Every tool, in the spec's order. */\n` +
    `export const MCP_TOOLS: readonly McpToolSpec[] = ${JSON.stringify(table.tools, null, 2)};\n`
  );
}
