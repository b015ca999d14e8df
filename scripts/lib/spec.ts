// Reading openapi.yaml and turning its parts into standalone JSON Schemas (draft 2020-12).
// Shared by the codegen step and by the contract tests' response validation.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type JsonSchema = Record<string, unknown>;

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  $ref?: string;
}

export interface SpecOperation {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }>; $ref?: string };
  responses: Record<string, unknown>;
  'x-rate-limit-tier'?: string;
  [key: string]: unknown;
}

export interface Spec {
  openapi: string;
  security?: Array<Record<string, string[]>>;
  paths: Record<string, Record<string, SpecOperation>>;
  components: Record<string, Record<string, unknown>>;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function loadSpec(file: string): Spec {
  return parse(readFileSync(file, 'utf8')) as Spec;
}

/** The `$id` under which all component schemas are registered, as `$defs`. */
export const COMPONENTS_ID = 'tradeready:components';

/** Rewrites `#/components/schemas/X` references to point into the shared components schema. */
export function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rewriteRefs) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        out[k] = `${COMPONENTS_ID}#/$defs/${v.slice('#/components/schemas/'.length)}`;
      } else {
        out[k] = rewriteRefs(v);
      }
    }
    return out as T;
  }
  return value;
}

export function componentsSchema(spec: Spec): JsonSchema {
  return { $id: COMPONENTS_ID, $defs: rewriteRefs(spec.components.schemas ?? {}) };
}

/** Follows a local `#/components/...` reference (one level at a time) until a concrete object. */
export function deref<T>(spec: Spec, value: T): T {
  let current: unknown = value;
  while (current && typeof current === 'object' && '$ref' in current) {
    const ref = (current as { $ref: string }).$ref;
    const parts = ref.replace(/^#\//, '').split('/');
    current = parts.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
  }
  return current as T;
}

export interface OperationEntry {
  operationId: string;
  method: string;
  path: string;
  op: SpecOperation;
}

export function listOperations(spec: Spec): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op) out.push({ operationId: op.operationId, method, path, op });
    }
  }
  return out;
}
