// Runs one generated tool (generated/mcp-tools.gen.ts) as the REST request it stands for. Both MCP
// transports end here: the request goes to a REST API over HTTP with the caller's own credential
// headers, so authentication, agent scope, validation and rate limits are exactly REST's, and the
// reply, success or error envelope, is handed back to the agent as the REST client would see it.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { McpToolSpec } from '../../generated/mcp-tools.gen.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;

/** Where a tool call goes: a REST API's base URL and the headers (credentials, agent) every call carries. */
export interface ToolTarget {
  baseUrl: string;
  headers: Record<string, string>;
}

/** The REST error envelope (the spec's `Error` schema). */
interface ErrorEnvelope {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

// One instance for every tool; each input schema is compiled the first time its tool is called, so
// a server that lists sixty tools and runs three compiles three.
let ajv: Ajv2020 | undefined;
const validators = new WeakMap<McpToolSpec, ValidateFunction>();

function validatorOf(spec: McpToolSpec): ValidateFunction {
  let validate = validators.get(spec);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
    }
    validate = ajv.compile(spec.inputSchema);
    validators.set(spec, validate);
  }
  return validate;
}

/** ajv's errors in the REST validator's `{ field, message }` shape, so both surfaces report alike. */
function fieldIssues(errors: ErrorObject[] | null | undefined): Array<{ field: string; message: string }> {
  return (errors ?? []).map((e) => {
    const missing = e.keyword === 'required' ? `/${String((e.params as { missingProperty: string }).missingProperty)}` : '';
    const extra = e.keyword === 'additionalProperties' ? `/${String((e.params as { additionalProperty: string }).additionalProperty)}` : '';
    const path = `${e.instancePath}${missing || extra}`.replace(/^\//, '').replaceAll('/', '.');
    return { field: path || 'arguments', message: e.message ?? 'is invalid' };
  });
}

function errorResult(envelope: ErrorEnvelope): CallToolResult {
  // No structuredContent: a client checks it against the tool's outputSchema (the success reply's),
  // error or not (the SDK's Client does), so the envelope travels as text, its code first.
  return {
    isError: true,
    content: [{ type: 'text', text: `${envelope.error.code}: ${envelope.error.message}\n${JSON.stringify(envelope)}` }],
  };
}

function isEnvelope(body: unknown): body is ErrorEnvelope {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A parameter value as text: strings, numbers and booleans as written, anything else as JSON. */
function asText(value: unknown): string {
  // JSON spells numbers and booleans as String() does.
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The REST request a tool call stands for: URL (path and query), headers and JSON body. */
export function buildRequest(spec: McpToolSpec, args: Record<string, unknown>, target: ToolTarget): { url: URL; init: RequestInit } {
  const path = spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(asText(args[name])));
  const url = new URL(target.baseUrl.replace(/\/+$/, '') + path);
  for (const name of spec.queryParams) {
    const value = args[name];
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, asText(item));
  }
  const headers: Record<string, string> = { ...target.headers, accept: 'application/json' };
  for (const name of spec.headerParams) {
    const value = args[name];
    // An argument names a header the caller chose for this call (Idempotency-Key, X-Agent-Id): it
    // replaces the session's value, whatever its spelling there.
    if (value === undefined) continue;
    for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
    headers[name] = asText(value);
  }
  let body: string | undefined;
  if (spec.bodyProps !== null) {
    const picked: Record<string, unknown> = {};
    for (const name of spec.bodyProps) if (args[name] !== undefined) picked[name] = args[name];
    body = JSON.stringify(picked);
    headers['content-type'] = 'application/json';
  }
  return { url, init: { method: spec.method, headers, body, redirect: 'error' } };
}

/**
 * Calls the tool: the arguments are checked against its input schema (an invalid call is a
 * VALIDATION_ERROR tool error and sends nothing), then the REST reply becomes the result.
 */
export async function callTool(
  spec: McpToolSpec,
  rawArgs: Record<string, unknown> | undefined,
  target: ToolTarget,
): Promise<CallToolResult> {
  const args = rawArgs ?? {};
  const validate = validatorOf(spec);
  if (!validate(args)) {
    return errorResult({
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Tool arguments do not match the input schema.',
        details: { errors: fieldIssues(validate.errors) },
      },
    });
  }
  const { url, init } = buildRequest(spec, args, target);
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (err) {
    return errorResult({
      error: { code: 'SERVICE_UNAVAILABLE', message: `The API at ${target.baseUrl} could not be reached: ${(err as Error).message}` },
    });
  }
  const text = await res.text();
  let reply: unknown = text === '' ? null : text;
  if (text !== '' && (res.headers.get('content-type') ?? '').includes('json')) {
    try {
      reply = JSON.parse(text);
    } catch {
      // Left as text: the agent still sees what came back.
    }
  }
  if (!res.ok) {
    if (isEnvelope(reply)) return errorResult(reply);
    // Not the API's own answer (a proxy in between, say): the status stands in for the code.
    return errorResult({ error: { code: `HTTP_${res.status}`, message: text.slice(0, 500) || res.statusText } });
  }
  if (reply === null) return { content: [{ type: 'text', text: `HTTP ${res.status} (no content)` }] };
  const result: CallToolResult = { content: [{ type: 'text', text: typeof reply === 'string' ? reply : JSON.stringify(reply) }] };
  if (spec.outputSchema && isPlainObject(reply)) result.structuredContent = reply;
  return result;
}
