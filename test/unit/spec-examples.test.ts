// The spec is read by people and by client generators: every example it shows must be valid.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { componentsSchema, deref, listOperations, loadSpec, rewriteRefs } from '../../scripts/lib/spec.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const spec = loadSpec(new URL('../../openapi.yaml', import.meta.url).pathname);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(componentsSchema(spec));

const schemas = spec.components.schemas as Record<string, { example?: unknown }>;

describe('examples in openapi.yaml', () => {
  it.each(Object.entries(schemas).filter(([, s]) => s.example !== undefined))('schema %s has a valid example', (name, schema) => {
    const validate = ajv.getSchema(`tradeready:components#/$defs/${name}`)!;
    expect(validate(schema.example), JSON.stringify(validate.errors)).toBe(true);
  });

  const mediaExamples: Array<[string, unknown, object]> = [];
  for (const { operationId, op } of listOperations(spec)) {
    const body = deref(spec, op.requestBody) as { content: Record<string, { schema: object; example?: unknown }> } | undefined;
    const request = body?.content['application/json'];
    if (request?.example !== undefined) mediaExamples.push([`${operationId} request`, request.example, request.schema]);
    for (const [status, raw] of Object.entries(op.responses)) {
      const media = (
        deref(spec, raw) as {
          content?: Record<string, { schema: object; example?: unknown; examples?: Record<string, { value: unknown }> }>;
        }
      ).content?.['application/json'];
      if (!media) continue;
      if (media.example !== undefined) mediaExamples.push([`${operationId} ${status}`, media.example, media.schema]);
      for (const [key, ex] of Object.entries(media.examples ?? {}))
        mediaExamples.push([`${operationId} ${status} ${key}`, ex.value, media.schema]);
    }
  }

  it.each(mediaExamples)('%s example matches its schema', (_name, example, schema) => {
    const validate = ajv.compile(rewriteRefs(schema));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('shows an example for every request body and every JSON response', () => {
    const missing: string[] = [];
    for (const { operationId, op } of listOperations(spec)) {
      const body = deref(spec, op.requestBody) as { content: Record<string, { schema: object; example?: unknown }> } | undefined;
      const request = body?.content['application/json'];
      if (request && request.example === undefined && (deref(spec, request.schema) as { example?: unknown }).example === undefined) {
        missing.push(`${operationId} request`);
      }
      for (const [status, raw] of Object.entries(op.responses)) {
        const media = (deref(spec, raw) as { content?: Record<string, { schema: object; example?: unknown; examples?: unknown }> })
          .content?.['application/json'];
        if (!media || media.example !== undefined || media.examples !== undefined) continue;
        if ((deref(spec, media.schema) as { example?: unknown }).example === undefined) missing.push(`${operationId} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
