// Reading asyncapi.yaml: parsing and validating it with @asyncapi/parser (for the lint and the
// rendered page), and bundling it into one self-contained document (for /asyncapi.json and the
// contract tests' WebSocket checker).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import type { JsonSchema } from './spec.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;

export const ASYNCAPI_PATH = new URL('../../asyncapi.yaml', import.meta.url).pathname;

// The parser (Spectral and its rulesets) is loaded only by the functions that parse: the contract
// tests import this file for the bundle's validators and need none of it.

/** Parses and validates asyncapi.yaml from its path, so the relative `$ref`s to openapi.yaml resolve. */
export async function parseAsyncApi(file = ASYNCAPI_PATH) {
  const { Parser, fromFile } = await import('@asyncapi/parser');
  return fromFile(new Parser(), file).parse();
}

/** Parses an in-memory document (the bundle) with @asyncapi/parser. */
export async function parseAsyncApiDocument(document: AsyncApiDocument) {
  const { Parser } = await import('@asyncapi/parser');
  return new Parser().parse(document);
}

type Json = unknown;
type JsonObject = Record<string, Json>;

interface Reference {
  $ref: string;
}

/** The parts of an AsyncAPI 3.0 document this code reads. */
export interface AsyncApiDocument {
  asyncapi: string;
  channels?: Record<string, { messages?: Record<string, Reference> }>;
  operations?: Record<string, { action: 'send' | 'receive'; messages?: Reference[] }>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    messages?: Record<string, { name: string; payload: JsonSchema; examples?: Array<{ name?: string; payload: unknown }> }>;
  };
  [key: string]: unknown;
}

interface ExternalDocument {
  components?: { schemas?: Record<string, Json> };
}

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A deep copy of `value` with every `$ref` string passed through `onRef`. */
function mapRefs(value: Json, onRef: (ref: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => mapRefs(v, onRef));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === '$ref' && typeof v === 'string' ? onRef(v) : mapRefs(v, onRef);
  return out;
}

/**
 * asyncapi.yaml with every reference into another file (`./openapi.yaml#/components/schemas/X`)
 * replaced by a local one (`#/components/schemas/X`), the referenced schemas (and what they
 * reference in turn) copied into `components.schemas`. The result stands alone: served as
 * /asyncapi.json and compiled by the contract tests, with no second file to fetch. A name taken
 * on both sides stops the build rather than shadowing one of the two schemas.
 */
export function bundleAsyncApi(file = ASYNCAPI_PATH): AsyncApiDocument {
  const doc = parseYaml(readFileSync(file, 'utf8')) as AsyncApiDocument;
  const base = path.dirname(file);
  const own = new Set(Object.keys(doc.components?.schemas ?? {}));
  const adopted: Record<string, JsonSchema> = {};
  const external = new Map<string, ExternalDocument>();

  const load = (relative: string): ExternalDocument => {
    const full = path.resolve(base, relative);
    let loaded = external.get(full);
    if (!loaded) external.set(full, (loaded = parseYaml(readFileSync(full, 'utf8')) as ExternalDocument));
    return loaded;
  };

  /** Copies schema `name` of an external file into the bundle, then the schemas it references. */
  const adopt = (source: ExternalDocument, name: string, from: string): void => {
    const schema = source.components?.schemas?.[name];
    if (schema === undefined) throw new Error(`asyncapi.yaml: ${from}#/components/schemas/${name} does not exist`);
    if (own.has(name)) throw new Error(`asyncapi.yaml: schema ${name} is defined here and in ${from}; rename one`);
    if (name in adopted) return;
    // Claimed before its body is copied, so a schema that references itself terminates.
    adopted[name] = {};
    adopted[name] = mapRefs(schema, (ref) => {
      const local = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
      if (!local) throw new Error(`${from}: schema ${name} has a reference the bundle cannot follow: ${ref}`);
      adopt(source, local[1]!, from);
      return ref;
    }) as JsonSchema;
  };

  const bundled = mapRefs(doc, (ref) => {
    if (ref.startsWith('#')) return ref;
    const m = /^([^#]+)#\/components\/schemas\/([^/]+)$/.exec(ref);
    if (!m) throw new Error(`asyncapi.yaml: only references to another file's components.schemas are bundled, not ${ref}`);
    adopt(load(m[1]!), m[2]!, m[1]!);
    return `#/components/schemas/${m[2]!}`;
  }) as AsyncApiDocument;
  bundled.components = { ...bundled.components, schemas: { ...bundled.components?.schemas, ...adopted } };
  return bundled;
}

/** `$id` under which the bundle's `components.schemas` are registered with ajv, as `$defs`. */
const ASYNCAPI_SCHEMAS_ID = 'tradeready:asyncapi';

export interface DocumentedMessage {
  /** The key under `components.messages` (e.g. `TickerUpdate`). */
  key: string;
  /** The message's `name` (its `type` or `action` on the wire, e.g. `ticker`). */
  name: string;
  /** `send`: the server sends it; `receive`: the client sends it (AsyncAPI's view is the server's). */
  action: 'send' | 'receive';
  payload: JsonSchema;
  examples: Array<{ name?: string; payload: unknown }>;
  validate: ValidateFunction;
}

/**
 * Every message of the bundle with an ajv validator of its payload (draft 2020-12, as openapi.yaml's
 * schemas are written; the AsyncAPI schemas here use only keywords that mean the same in both).
 * Its direction comes from the operations that carry it; a message no operation carries, or both
 * directions carry, is a mistake in the document and throws.
 */
export function documentedMessages(bundle: AsyncApiDocument): DocumentedMessage[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword('example');
  const toDefs = (value: Json): JsonSchema =>
    mapRefs(value, (ref) => ref.replace(/^#\/components\/schemas\//, `${ASYNCAPI_SCHEMAS_ID}#/$defs/`)) as JsonSchema;
  ajv.addSchema({ $id: ASYNCAPI_SCHEMAS_ID, $defs: toDefs(bundle.components?.schemas ?? {}) });

  // Operations name channel messages (`#/channels/stream/messages/x`), which name component ones.
  const componentOf = (ref: string): string => {
    const [, channel, message] = /^#\/channels\/([^/]+)\/messages\/([^/]+)$/.exec(ref) ?? [];
    const target = bundle.channels?.[channel ?? '']?.messages?.[message ?? '']?.$ref;
    if (!target?.startsWith('#/components/messages/'))
      throw new Error(`asyncapi.yaml: operation message ${ref} is not a channel's component message`);
    return target.slice('#/components/messages/'.length);
  };
  const actions = new Map<string, Set<'send' | 'receive'>>();
  for (const op of Object.values(bundle.operations ?? {})) {
    for (const ref of op.messages ?? []) {
      const key = componentOf(ref.$ref);
      let set = actions.get(key);
      if (!set) actions.set(key, (set = new Set()));
      set.add(op.action);
    }
  }
  return Object.entries(bundle.components?.messages ?? {}).map(([key, message]) => {
    const directions = [...(actions.get(key) ?? [])];
    if (directions.length !== 1) {
      throw new Error(`asyncapi.yaml: message ${key} is carried by ${directions.join(' and ') || 'no'} operation(s)`);
    }
    return {
      key,
      name: message.name,
      action: directions[0]!,
      payload: message.payload,
      examples: message.examples ?? [],
      validate: ajv.compile(toDefs(message.payload)),
    };
  });
}
