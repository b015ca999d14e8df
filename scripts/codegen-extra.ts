// Second codegen step, run after @hey-api/openapi-ts (whose `clean` wipes generated/):
//   generated/openapi.json       the spec as JSON, served at /openapi.json and used for routing
//   generated/operations.gen.ts  operation ids, their method/path/auth/tier and their hey-api types
//   generated/validators.gen.js  request validators compiled from the spec with ajv (standalone)
//   generated/mcp-tools.gen.ts   the MCP tool table: one tool per operation (scripts/lib/mcp-tools.ts)
//   generated/docs.html          the spec rendered by Redoc into one offline page
//   generated/asyncapi.json      asyncapi.yaml bundled (openapi.yaml's schemas copied in), served at /asyncapi.json
//   generated/asyncapi.html      asyncapi.yaml rendered by @asyncapi/react-component into one offline page
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { _, Ajv2020, str, type KeywordCxt } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { DiagnosticSeverity, stringify } from '@asyncapi/parser';
import { bundleAsyncApi, parseAsyncApiDocument, type AsyncApiDocument } from './lib/asyncapi.js';
import { buildMcpTable, renderMcpTools } from './lib/mcp-tools.js';
import { componentsSchema, deref, listOperations, loadSpec, rewriteRefs, type JsonSchema, type SpecParameter } from './lib/spec.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standaloneCode = standaloneModule.default;
const BANNER = '// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.\n';
const OUT = new URL('../generated/', import.meta.url);
const spec = loadSpec(new URL('../openapi.yaml', import.meta.url).pathname);
const ops = listOperations(spec);

const TIERS = new Set(['exempt', 'auth_register', 'auth_login', 'general', 'orders', 'market_data', 'backtest']);

function authOf(security: Array<Record<string, string[]>>): 'none' | 'optional' | 'jwt' | 'any' {
  if (security.length === 0) return 'none';
  // An empty requirement beside real ones: public, but a credential that is sent must be valid.
  if (security.some((req) => Object.keys(req).length === 0)) return 'optional';
  const schemes = new Set(security.flatMap((req) => Object.keys(req)));
  if (schemes.size === 1 && schemes.has('BearerAuth')) return 'jwt';
  return 'any';
}

const pascal = (id: string) => id[0]!.toUpperCase() + id.slice(1);

// --- request validators ------------------------------------------------------------------------
/**
 * Integer parameters arrive as strings (the path, qs's query parse, headers). ajv's own coercion
 * reads them with `+value`, which takes " 5", "1e2", "0x10" and "Infinity" (and then skips the
 * range checks for a non-finite number), so integer parameters are coerced by this keyword
 * instead: only the canonical decimal spelling (no sign on zero, no "+", no leading zeros, no
 * blanks, exponent or fraction) of a safe integer becomes a number; anything else fails here, with
 * one message, and the range and enum checks then run on the number. The keyword's value says
 * which integers are allowed, for the message.
 */
const DECIMAL_INTEGER = 'x-decimal-integer';

function decimalIntegerKeyword(cxt: KeywordCxt): void {
  const { gen, data, it } = cxt;
  gen.if(_`typeof ${data} == "string" && /^(0|-?[1-9][0-9]*)$/.test(${data}) && Number.isSafeInteger(+${data})`, () => {
    gen.assign(data, _`+${data}`);
    gen.assign(_`${it.parentData}[${it.parentDataProperty}]`, data);
  });
  cxt.fail(_`!(typeof ${data} == "number" && Number.isSafeInteger(${data}))`);
}

/** The schema of an integer parameter for the params validators; a range (or enum) is required. */
function integerParameterSchema(where: string, schema: JsonSchema): JsonSchema {
  const { type: _type, ...rest } = schema;
  const { minimum, maximum } = schema as { minimum?: unknown; maximum?: unknown };
  const allowed = (schema as { enum?: unknown[] }).enum;
  let description: string;
  if (Array.isArray(allowed)) description = `, one of ${allowed.join(', ')},`;
  else if (Number.isSafeInteger(minimum) && Number.isSafeInteger(maximum)) description = ` from ${String(minimum)} to ${String(maximum)}`;
  else throw new Error(`${where}: an integer parameter needs a documented minimum and maximum (or an enum)`);
  return { [DECIMAL_INTEGER]: description, ...rest };
}

function makeAjv(coerce: boolean) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // The params validators' integer schemas have no `type` (see DECIMAL_INTEGER).
    strictTypes: !coerce,
    coerceTypes: coerce,
    useDefaults: coerce,
    verbose: true,
    code: { source: true, esm: true, lines: true },
  });
  addFormats(ajv);
  ajv.addKeyword('example');
  ajv.addKeyword({
    keyword: DECIMAL_INTEGER,
    schemaType: 'string',
    modifying: true,
    // In the group of keywords for any type, ahead of `enum`; the number keywords come after it.
    before: 'enum',
    error: { message: ({ schema }) => str`must be an integer${schema as string} in decimal digits` },
    code: decimalIntegerKeyword,
  });
  ajv.addSchema(componentsSchema(spec));
  return ajv;
}

const bodyAjv = makeAjv(false);
const paramsAjv = makeAjv(true);
const bodyExports: Record<string, string> = {};
const paramExports: Record<string, string> = {};
const meta: Record<string, unknown> = {};

for (const { operationId, method, path, op } of ops) {
  const security = op.security ?? spec.security ?? [];
  const tier = op['x-rate-limit-tier'] ?? 'general';
  if (!TIERS.has(tier)) throw new Error(`${operationId}: unknown x-rate-limit-tier ${tier}`);

  // Path-level parameters apply to every operation under the path, unless the operation redefines them.
  const own = (op.parameters ?? []).map((p) => deref<SpecParameter>(spec, p));
  const shared = ((spec.paths[path] as { parameters?: SpecParameter[] }).parameters ?? []).map((p) => deref<SpecParameter>(spec, p));
  const params = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
  const groups: Record<string, { properties: Record<string, JsonSchema>; required: string[] }> = {};
  for (const p of params) {
    if (p.in === 'cookie') throw new Error(`${operationId}: cookie parameters are not supported`);
    const name = p.in === 'header' ? p.name.toLowerCase() : p.name;
    const group = (groups[p.in] ??= { properties: {}, required: [] });
    const schema = rewriteRefs(deref(spec, p.schema ?? {}));
    if (schema.type === 'number')
      throw new Error(`${operationId}: parameter ${p.name} is a number; use an integer or a string with a pattern`);
    group.properties[name] = schema.type === 'integer' ? integerParameterSchema(`${operationId}: parameter ${p.name}`, schema) : schema;
    if (p.required || p.in === 'path') group.required.push(name);
  }
  if (Object.keys(groups).length > 0) {
    const id = `tradeready:${operationId}/params`;
    const properties: Record<string, JsonSchema> = {};
    for (const [where, g] of Object.entries(groups)) {
      properties[where] = {
        type: 'object',
        properties: g.properties,
        required: g.required,
        additionalProperties: where !== 'path',
      };
    }
    paramsAjv.addSchema({ $id: id, type: 'object', properties, required: Object.keys(groups) }, id);
    paramExports[`${operationId}_params`] = id;
  }

  const body = deref(spec, op.requestBody);
  let bodyRequired = false;
  if (body) {
    const json = body.content['application/json'];
    if (!json) throw new Error(`${operationId}: only application/json request bodies are supported`);
    const id = `tradeready:${operationId}/body`;
    bodyAjv.addSchema({ $id: id, ...rewriteRefs(json.schema) }, id);
    bodyExports[`${operationId}_body`] = id;
    bodyRequired = body.required === true;
  }

  // Replies documented with `Cache-Control: no-store` (they carry a credential): the router sends it.
  const noStore = Object.entries(op.responses)
    .filter(([, raw]) => {
      const headers = deref<{ headers?: Record<string, unknown> }>(spec, raw as { headers?: Record<string, unknown> }).headers ?? {};
      const header = Object.entries(headers).find(([name]) => name.toLowerCase() === 'cache-control')?.[1];
      const schema = header ? deref<{ schema?: JsonSchema }>(spec, header).schema : undefined;
      return Array.isArray(schema?.enum) && schema.enum.includes('no-store');
    })
    .map(([status]) => Number(status));

  meta[operationId] = {
    method: method.toUpperCase(),
    path,
    auth: authOf(security),
    tier,
    hasBody: Boolean(body),
    bodyRequired,
    // Operations that take X-Agent-Id act for one agent; the pipeline resolves it before the handler.
    agentScoped: params.some((p) => p.in === 'header' && p.name.toLowerCase() === 'x-agent-id'),
    noStore,
    // `x-account-write: true`: a change to account-level data (strategies, training runs, webhooks):
    // a JWT or the account's key may make it, an agent's key only reads (decisions.md, ruling 12).
    accountWrite: (op as { 'x-account-write'?: boolean })['x-account-write'] === true,
  };
}

const shim = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
const bodyCode = standaloneCode(bodyAjv, bodyExports).replace(/^"use strict";/, '');
const paramsCode = standaloneCode(paramsAjv, paramExports).replace(/^"use strict";/, '');
const index = ops
  .map(({ operationId }) => {
    const parts = [];
    if (bodyExports[`${operationId}_body`]) parts.push(`body: body.${operationId}_body`);
    if (paramExports[`${operationId}_params`]) parts.push(`params: params.${operationId}_params`);
    return `  ${operationId}: { ${parts.join(', ')} },`;
  })
  .join('\n');

writeFileSync(new URL('validators-body.gen.js', OUT), `${BANNER}/* eslint-disable */\n${shim}${bodyCode}\n`);
writeFileSync(new URL('validators-params.gen.js', OUT), `${BANNER}/* eslint-disable */\n${shim}${paramsCode}\n`);
writeFileSync(
  new URL('validators.gen.js', OUT),
  `${BANNER}import * as body from './validators-body.gen.js';\nimport * as params from './validators-params.gen.js';\n\n` +
    `export const requestValidators = {\n${index}\n};\n`,
);
writeFileSync(
  new URL('validators.gen.d.ts', OUT),
  `${BANNER}import type { OperationId } from './operations.gen.js';\n\n` +
    `export interface ValidationIssue {\n  instancePath: string;\n  keyword: string;\n  message?: string;\n  params: Record<string, unknown>;\n  parentSchema?: unknown;\n}\n` +
    `export interface RequestValidator {\n  (data: unknown): boolean;\n  errors?: ValidationIssue[] | null;\n}\n` +
    `export declare const requestValidators: Record<OperationId, { body?: RequestValidator; params?: RequestValidator }>;\n`,
);
for (const f of ['validators-body.gen', 'validators-params.gen']) {
  writeFileSync(new URL(`${f}.d.ts`, OUT), `${BANNER}export {};\n`);
}

// --- operation table ---------------------------------------------------------------------------
const typeImports = ops.flatMap(({ operationId }) => [
  `${pascal(operationId)}Data`,
  `${pascal(operationId)}Responses`,
  `${pascal(operationId)}Errors`,
]);
const operationsTs =
  `${BANNER}import type {\n${typeImports.map((t) => `  ${t},`).join('\n')}\n} from './types.gen.js';\n\n` +
  `/** Routing facts of every operation in openapi.yaml. */\n` +
  `export const operations = ${JSON.stringify(meta, null, 2)} as const;\n\n` +
  `export type OperationId = keyof typeof operations;\n\n` +
  `/** The hey-api request and response types of every operation. */\n` +
  `export interface OperationTypes {\n${ops
    .map(
      ({ operationId }) =>
        `  ${operationId}: { data: ${pascal(operationId)}Data; responses: ${pascal(operationId)}Responses; errors: ${pascal(operationId)}Errors };`,
    )
    .join('\n')}\n}\n`;
writeFileSync(new URL('operations.gen.ts', OUT), operationsTs);

// --- MCP tool table ------------------------------------------------------------------------------
const mcpTable = buildMcpTable(spec);
writeFileSync(new URL('mcp-tools.gen.ts', OUT), renderMcpTools(mcpTable));

// --- spec as JSON and the offline docs page ------------------------------------------------------
writeFileSync(new URL('openapi.json', OUT), `${JSON.stringify(spec, null, 2)}\n`);
execFileSync('npx', ['redocly', 'build-docs', 'openapi.yaml', '--inlineBundle', '--title', 'TradeReady API', '-o', 'generated/docs.html'], {
  cwd: new URL('..', import.meta.url).pathname,
  stdio: 'ignore',
});
writeFileSync(new URL('docs.html', OUT), offlineDocs(readFileSync(new URL('docs.html', OUT), 'utf8')));

/**
 * Redoc's bundle loads images from its CDN at run time (the "API docs by Redocly" logo, and an
 * icon set when a page uses one); no build option turns them off. Each CDN address becomes an
 * inline empty image, so the page never makes a request to another host. Plain links
 * (`<a href>`) stay. A CDN address this does not know stops codegen instead of shipping.
 */
function offlineDocs(html: string): string {
  // A transparent 1×1 GIF.
  const EMPTY_IMAGE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
  const out = html.replace(/https?:\/\/cdn\.redoc(?:\.ly|ly\.com)\/[^`"'\s)]*/g, EMPTY_IMAGE);
  const left = /https?:\/\/[\w.-]*cdn[\w.-]*\.[a-z]+\/[^`"'\s)]*/i.exec(out);
  if (left) throw new Error(`docs.html still loads from a CDN: ${left[0]}`);
  return out;
}

// --- the WebSocket contract: bundled document and its offline page -------------------------------
const asyncapi = bundleAsyncApi();
writeFileSync(new URL('asyncapi.json', OUT), `${JSON.stringify(asyncapi, null, 2)}\n`);
writeFileSync(new URL('asyncapi.html', OUT), await asyncApiPage(asyncapi));

/**
 * One self-contained page: the react component's standalone bundle (the variant without the
 * parser: the document is parsed here, at build time, and embedded in the parser's stringified
 * form, which the component reads back as is) and its stylesheet inlined. No request leaves the
 * page; a CDN address in either file stops codegen instead of shipping.
 */
async function asyncApiPage(document: AsyncApiDocument): Promise<string> {
  // Spectral types its diagnostics with its own copy of @stoplight/types' enum, a different type
  // from the parser's re-export of the same values, so the two are compared as numbers.
  const ERROR_SEVERITY = DiagnosticSeverity.Error as number;
  const parsed = await parseAsyncApiDocument(document);
  const errors = parsed.diagnostics.filter((d) => (d.severity as number) === ERROR_SEVERITY);
  if (!parsed.document || errors.length > 0) {
    throw new Error(`asyncapi.yaml does not parse (run npm run lint:asyncapi): ${errors.map((d) => d.message).join('; ')}`);
  }
  const component = new URL('../node_modules/@asyncapi/react-component/', import.meta.url);
  const script = readFileSync(new URL('browser/standalone/without-parser.js', component), 'utf8');
  const styles = readFileSync(new URL('styles/default.min.css', component), 'utf8');
  for (const [name, text] of [
    ['without-parser.js', script],
    ['default.min.css', styles],
  ]) {
    const cdn = /https?:\/\/(?:[\w.-]*cdn[\w.-]*|unpkg\.com|fonts\.googleapis\.com|fonts\.gstatic\.com)\/[^`"'\s)]*/i.exec(text!);
    if (cdn) throw new Error(`${name} loads from a CDN: ${cdn[0]}`);
    // Inlined inside <script>/<style>, the text must not close its element early.
    if (/<\/(?:script|style)/i.test(text!)) throw new Error(`${name} contains a closing </script> or </style> tag`);
  }
  // `<` escaped so that no string inside the document can end the <script> element holding it.
  const embedded = stringify(parsed.document)!.replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TradeReady WebSocket API</title>
<style>${styles}</style>
</head>
<body>
<div id="asyncapi"></div>
<script id="asyncapi-document" type="application/json">${embedded}</script>
<script>${script}</script>
<script>
AsyncApiStandalone.render(
  { schema: document.getElementById('asyncapi-document').textContent, config: { show: { sidebar: true }, sidebar: { showOperations: 'byDefault' } } },
  document.getElementById('asyncapi'),
);
</script>
</body>
</html>
`;
}
console.log(
  `codegen: ${ops.length} operations (${mcpTable.tools.length} MCP tools), validators, mcp-tools.gen.ts, openapi.json, docs.html, asyncapi.json and asyncapi.html written to generated/`,
);
