// A schema-driven fuzz of every operation in openapi.yaml: requests generated from each operation's
// parameter and body schemas (valid values, boundaries and hostile ones: huge and non-finite
// numbers, exponent strings, long strings, unicode, wrong types, missing and extra fields,
// malformed ids), with a valid credential and without. No reply may be a 5xx, and every reply must
// match the spec. Seeded, so a failure is reproducible: the report names the seed and the request.
//
// It checks replies with its own SpecChecker: the contract suites' coverage check counts what they
// observe on purpose, not what random requests happen to hit.
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref, type JsonSchema, type SpecParameter } from '../../scripts/lib/spec.js';
import { TestServer, type Credentials } from '../support/harness.js';
import { SpecChecker } from '../support/spec-checker.js';

// FUZZ_SEED and FUZZ_RUNS explore further; a failure report names the seed to reproduce it with.
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 50);

const checker = new SpecChecker();
const spec = checker.spec;

/** A JSON number written as raw text (1e400, -0, 30 digits), which JSON.stringify cannot produce. */
class RawNumber {
  constructor(readonly text: string) {}
}

interface FuzzRequest {
  credential: 'none' | 'account_key' | 'agent_key' | 'jwt' | 'bad_key' | 'bad_jwt';
  path: Record<string, string>;
  /** [name, value] pairs, so keys can repeat. */
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'text'; text: string; contentType: string };
}

// --- values ------------------------------------------------------------------------------------

const HOSTILE_STRINGS = [
  '',
  ' ',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e400',
  '-1e400',
  '1e19',
  '1e2',
  '1.0',
  '-0',
  ' 5',
  '0x10',
  '+5',
  '99999999999999999999999999999',
  '0.000000000000000000001',
  'null',
  'true',
  '[]',
  '{}',
  '../../etc/passwd',
  '%',
  '%00',
  '\u0000',
  "' OR 1=1 --",
  '😀'.repeat(50),
  'é',
  '\u202e',
  'x'.repeat(5000),
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  'urn:uuid:00000000-0000-0000-0000-000000000000',
  '__proto__',
  'constructor',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(
    new RawNumber('1e400'),
    new RawNumber('-1e400'),
    new RawNumber('-0'),
    new RawNumber('1e-400'),
    new RawNumber('123456789012345678901234567890'),
    new RawNumber('0.1e1'),
  ),
  fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21, [], {}, [1, 2], { a: 1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

interface SchemaContext {
  depth: number;
}

/** Real values for properties of these names (credentials, ids, pairs), so requests get past the door. */
const known = new Map<string, unknown[]>();

function resolve(schema: JsonSchema | undefined): JsonSchema {
  return deref(spec, schema ?? {}) ?? {};
}

/** Values a schema describes (best effort: patterns use the schema's example when it has one). */
function validValue(raw: JsonSchema | undefined, ctx: SchemaContext): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  const example = schema.example !== undefined ? [fc.constant(schema.example)] : [];
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key] as JsonSchema[] | undefined;
    if (Array.isArray(options)) return fc.oneof(...options.map((o) => validValue(o, ctx)));
  }
  if (Array.isArray(schema.allOf)) {
    const merged: JsonSchema = { ...schema, allOf: undefined };
    for (const part of schema.allOf as JsonSchema[]) {
      const r = resolve(part);
      merged.type ??= r.type;
      merged.properties = { ...(merged.properties as object), ...(r.properties as object) };
      merged.required = [...((merged.required as string[]) ?? []), ...((r.required as string[]) ?? [])];
    }
    return validValue(merged, ctx);
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  if (types.length > 1) return fc.oneof(...types.map((t) => validValue({ ...schema, type: t }, ctx)));
  switch (types[0]) {
    case 'string': {
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'date-time')
        return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.pattern) {
        const matching = fc.stringMatching(new RegExp(schema.pattern as string));
        return example.length > 0 ? fc.oneof({ weight: 2, arbitrary: example[0]! }, { weight: 1, arbitrary: matching }) : matching;
      }
      return fc.string({ minLength: (schema.minLength as number) ?? 0, maxLength: Math.min((schema.maxLength as number) ?? 30, 200) });
    }
    case 'integer': {
      const min = (schema.minimum as number) ?? -1_000_000;
      const max = (schema.maximum as number) ?? 1_000_000;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case 'number':
      return fc.double({ min: (schema.minimum as number) ?? -1e6, max: (schema.maximum as number) ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      if (ctx.depth > 3) return fc.constant([]);
      return fc.array(valueOf(schema.items as JsonSchema, { depth: ctx.depth + 1 }), {
        maxLength: Math.min((schema.maxItems as number) ?? 3, 5),
      });
    case 'object':
    default: {
      if (!schema.properties || ctx.depth > 3) return example[0] ?? fc.constant({});
      return objectOf(schema, { depth: ctx.depth + 1 });
    }
  }
}

/** fc.tuple of any number of arbitraries, the empty tuple included. */
function tupleOf<T>(arbitraries: Array<fc.Arbitrary<T>>): fc.Arbitrary<T[]> {
  return arbitraries.length === 0 ? fc.constant([]) : fc.tuple<T[]>(...arbitraries);
}

/** Mostly valid, sometimes hostile. */
function valueOf(schema: JsonSchema | undefined, ctx: SchemaContext): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: validValue(schema, ctx) }, { weight: 1, arbitrary: hostileJson });
}

function knownOr(name: string, arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const values = known.get(name);
  return values ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary }) : arbitrary;
}

/** An object from its properties: required ones usually present, optional ones sometimes, an extra field now and then. */
function objectOf(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[]) ?? []);
  const entries = Object.entries(properties).map(([name, sub]) =>
    fc.tuple(fc.constant(name), fc.integer({ min: 0, max: 9 }), knownOr(name, valueOf(sub, ctx))).map(([n, roll, value]) => {
      const present = required.has(n) ? roll > 0 : roll > 4;
      return present ? ([n, value] as const) : undefined;
    }),
  );
  const extra = fc.option(
    fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'extra', 'constructor'), fc.string({ maxLength: 10 })), hostileJson),
    { freq: 5 },
  );
  return fc.tuple(tupleOf(entries), extra).map(([pairs, more]) => {
    const out: Record<string, unknown> = {};
    for (const pair of pairs)
      if (pair) Object.defineProperty(out, pair[0], { value: pair[1], enumerable: true, configurable: true, writable: true });
    if (more) Object.defineProperty(out, more[0], { value: more[1], enumerable: true, configurable: true, writable: true });
    return out;
  });
}

/** The spellings of a number that a parser may read differently from the validator. */
const NUMERIC_EDGES = [
  'Infinity',
  '-Infinity',
  'NaN',
  '1e400',
  '1e19',
  '1e2',
  '1.0',
  '-0',
  '007',
  ' 5',
  '0x10',
  '+5',
  '99999999999999999999',
  '9007199254740993',
];

/** A query or path value as text: usually from the schema, sometimes hostile. */
function textOf(raw: JsonSchema | undefined, extra: string[] = []): fc.Arbitrary<string> {
  const schema = resolve(raw);
  const valid = validValue(schema, { depth: 0 }).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  const known = extra.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...extra) }] : [];
  const numeric =
    schema.type === 'integer' || schema.type === 'number'
      ? [
          {
            weight: 3,
            arbitrary: fc.constantFrom(...NUMERIC_EDGES, String(Number(schema.minimum ?? 0) - 1), String(Number(schema.maximum ?? 0) + 1)),
          },
        ]
      : [];
  return fc.oneof({ weight: 3, arbitrary: valid }, ...known, ...numeric, { weight: 2, arbitrary: hostileString });
}

function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawNumber) {
      raws.push(v.text);
      return `\u0000RAW${raws.length - 1}\u0000`;
    }
    return v;
  });
  return text.replace(/"\\u0000RAW(\d+)\\u0000"/g, (_, i: string) => raws[Number(i)]!);
}

// --- requests ----------------------------------------------------------------------------------

interface Fixtures {
  creds: Credentials;
  token: string;
  agentIds: string[];
  /**
   * Ids of the fuzz account's own resources by path parameter name (each in either case): a draft
   * battle, a strategy, a webhook, a training run — their routes need one to get past 404.
   */
  pathIds: Record<string, string[]>;
}

/**
 * A request built as a sensible one (a valid credential for the operation, parameters valid or
 * absent, the body from the spec's example) with up to two of its parts made hostile, so that each
 * hostile value is usually the only thing wrong with its request and reaches the code behind it.
 */
function requestArbitrary(operationId: string, fixtures: Fixtures): fc.Arbitrary<FuzzRequest> {
  const { path: template, op } = checker.operations.get(operationId)!;
  const params = [
    ...(((spec.paths[template] as { parameters?: unknown[] }).parameters ?? []) as SpecParameter[]),
    ...(op.parameters ?? []),
  ].map((p) => deref<SpecParameter>(spec, p));
  const ids = [...fixtures.agentIds];
  const examples = (p: SpecParameter) =>
    (p as { example?: unknown }).example !== undefined ? [String((p as { example?: unknown }).example)] : [];
  const isAgentHeader = (p: SpecParameter) => p.in === 'header' && p.name.toLowerCase() === 'x-agent-id';

  /** Each part of the request, sensible and hostile. */
  interface Part {
    key: string;
    sensible: fc.Arbitrary<unknown>;
    hostile: fc.Arbitrary<unknown>;
  }
  const parts: Part[] = [];

  const security = op.security ?? spec.security ?? [];
  const schemes = new Set(security.flatMap((r) => Object.keys(r)));
  const sensibleCredentials: Array<FuzzRequest['credential']> =
    schemes.size === 0 ? ['none'] : schemes.size === 1 && schemes.has('BearerAuth') ? ['jwt'] : ['account_key', 'agent_key', 'jwt'];
  parts.push({
    key: 'credential',
    sensible: fc.constantFrom(...sensibleCredentials),
    hostile: fc.constantFrom<FuzzRequest['credential']>('none', 'account_key', 'agent_key', 'jwt', 'bad_key', 'bad_jwt'),
  });

  for (const p of params) {
    const own = fixtures.pathIds[p.name] ?? (p.schema?.format === 'uuid' ? ids : examples(p));
    const valid = own.length > 0 ? fc.oneof(fc.constantFrom(...own), textOf(p.schema, own)) : textOf(p.schema, own);
    if (p.in === 'path') {
      // An empty segment, "." or ".." makes another path (another route, or the client normalizes it away).
      const segment = (a: fc.Arbitrary<string>) => a.filter((v) => v !== '' && v !== '.' && v !== '..');
      parts.push({
        key: `path:${p.name}`,
        sensible: segment(own.length > 0 ? fc.constantFrom(...own) : valid),
        hostile: segment(textOf(p.schema)),
      });
    } else if (p.in === 'query') {
      const single = (a: fc.Arbitrary<string>) => a.map((v) => [[p.name, v]] as Array<[string, string]>);
      parts.push({
        key: `query:${p.name}`,
        sensible: fc.oneof(fc.constant([] as Array<[string, string]>), single(validValue(p.schema, { depth: 0 }).map(String))),
        hostile: fc.oneof(
          { weight: 4, arbitrary: single(textOf(p.schema, examples(p))) },
          {
            weight: 1,
            arbitrary: fc.tuple(textOf(p.schema), textOf(p.schema)).map(
              ([a, b]) =>
                [
                  [p.name, a],
                  [p.name, b],
                ] as Array<[string, string]>,
            ),
          },
          { weight: 1, arbitrary: textOf(p.schema).map((v) => [[`${p.name}[x]`, v]] as Array<[string, string]>) },
        ),
      });
    } else if (p.in === 'header') {
      const sensible = isAgentHeader(p) ? fc.option(fc.constantFrom(fixtures.creds.agentId), { freq: 2 }) : fc.option(valid, { freq: 2 });
      parts.push({ key: `header:${p.name}`, sensible, hostile: textOf(p.schema, isAgentHeader(p) ? ids : []) });
    }
  }
  parts.push({
    key: 'query:*',
    sensible: fc.constant([]),
    hostile: fc.tuple(fc.string({ maxLength: 8 }), hostileString).map((pair) => [pair]),
  });

  const requestBody = deref(spec, op.requestBody);
  const schema = requestBody?.content['application/json']?.schema;
  const example = (requestBody?.content['application/json'] as { example?: unknown } | undefined)?.example;
  const withKnown = (value: Record<string, unknown>) => {
    for (const [name, values] of known) if (name in value) value[name] = values[0];
    return value;
  };
  const json = (value: unknown): FuzzRequest['body'] => ({ kind: 'json', value });
  if (schema) {
    const base = example && typeof example === 'object' && !Array.isArray(example) ? (example as Record<string, unknown>) : undefined;
    const sensible = base
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constant(null).map(() => json(withKnown({ ...base }))) },
          {
            // The example with one field dropped or regenerated from its schema.
            weight: 2,
            arbitrary: fc
              .tuple(fc.constantFrom(...Object.keys(base)), fc.boolean(), validValue(schema, { depth: 0 }))
              .map(([field, drop, generated]) => {
                const value = withKnown({ ...base });
                if (drop) delete value[field];
                else if (generated && typeof generated === 'object') value[field] = (generated as Record<string, unknown>)[field];
                return json(value);
              }),
          },
        )
      : validValue(schema, { depth: 0 }).map(json);
    const hostile = fc.oneof(
      ...(base
        ? [
            {
              weight: 4,
              arbitrary: fc
                .tuple(fc.constantFrom(...Object.keys(base)), hostileJson)
                .map(([field, value]) => json({ ...withKnown({ ...base }), [field]: value })),
            },
          ]
        : []),
      { weight: 3, arbitrary: validValue(schema, { depth: 0 }).map(json) },
      { weight: 1, arbitrary: hostileJson.map(json) },
      { weight: 1, arbitrary: fc.constant<FuzzRequest['body']>({ kind: 'none' }) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            '{',
            '{"a":',
            '[',
            '[1e400]',
            '{"x":1e400}',
            `${'['.repeat(5000)}${']'.repeat(5000)}`,
            `{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3001)}`,
            '\u0000',
            'null',
          )
          .map((text): FuzzRequest['body'] => ({ kind: 'text', text, contentType: 'application/json' })),
      },
    );
    parts.push({ key: 'body', sensible, hostile });
  } else {
    parts.push({ key: 'body', sensible: fc.constant<FuzzRequest['body']>({ kind: 'none' }), hostile: fc.constant(json({ stray: 1 })) });
  }

  const keys = parts.map((part) => part.key);
  return fc
    .tuple(fc.subarray(keys, { maxLength: 2 }), tupleOf(parts.map((part) => part.sensible)), tupleOf(parts.map((part) => part.hostile)))
    .map(([mutated, sensible, hostile]) => {
      const req: FuzzRequest = { credential: 'none', path: {}, query: [], headers: {}, body: { kind: 'none' } };
      parts.forEach((part, i) => {
        const value = mutated.includes(part.key) ? hostile[i] : sensible[i];
        const [where, name] = part.key.split(':') as [string, string | undefined];
        if (where === 'credential') req.credential = value as FuzzRequest['credential'];
        else if (where === 'path') req.path[name!] = value as string;
        else if (where === 'query') req.query.push(...(value as Array<[string, string]>));
        // Header values must be visible ASCII; anything else the client refuses to send.
        else if (where === 'header' && typeof value === 'string' && /^[\x20-\x7e]*$/.test(value)) req.headers[name!] = value;
        else if (where === 'body') req.body = value as FuzzRequest['body'];
      });
      return req;
    });
}

function credentialHeaders(credential: FuzzRequest['credential'], fixtures: Fixtures): Record<string, string> {
  switch (credential) {
    case 'none':
      return {};
    case 'account_key':
      return { 'X-API-Key': fixtures.creds.apiKey };
    case 'agent_key':
      return { 'X-API-Key': fixtures.creds.agentApiKey };
    case 'jwt':
      return { Authorization: `Bearer ${fixtures.token}` };
    case 'bad_key':
      return { 'X-API-Key': `ak_live_${'A'.repeat(64)}` };
    case 'bad_jwt':
      return { Authorization: `Bearer ${fixtures.token.slice(0, -4)}AAAA` };
  }
}

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function build(baseUrl: string, operationId: string, req: FuzzRequest, fixtures: Fixtures): Sent {
  const { method, path: template } = checker.operations.get(operationId)!;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(req.path[name] ?? ''));
  const query = req.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const headers: Record<string, string> = { ...req.headers, ...credentialHeaders(req.credential, fixtures) };
  let body: string | undefined;
  // fetch sends no body with a GET.
  if (method === 'get') return { method: 'GET', url: `${baseUrl}${path}${query ? `?${query}` : ''}`, headers };
  if (req.body.kind === 'json') {
    body = serialize(req.body.value) ?? 'null';
    headers['content-type'] = 'application/json';
  } else if (req.body.kind === 'text') {
    body = req.body.text;
    headers['content-type'] = req.body.contentType;
  }
  return {
    method: method.toUpperCase(),
    url: `${baseUrl}${path}${query ? `?${query}` : ''}`,
    headers,
    ...(body !== undefined ? { body } : {}),
  };
}

async function send(sent: Sent): Promise<{ status: number; headers: Headers; body: unknown }> {
  const res = await fetch(sent.url, { method: sent.method, headers: sent.headers, body: sent.body });
  const text = await res.text();
  const body = (res.headers.get('content-type') ?? '').includes('json') && text ? (JSON.parse(text) as unknown) : text;
  return { status: res.status, headers: res.headers, body };
}

// --- the fuzz ----------------------------------------------------------------------------------

describe('schema-driven fuzz of every operation', () => {
  /** operationId -> statuses seen, to show the fuzz reaches past the front door. */
  const seen = new Map<string, Set<number>>();
  let server: TestServer;
  let fixtures: Fixtures;
  beforeAll(async () => {
    // Private webhook URLs allowed: the fixture webhook points at a closed local port, so any delivery
    // the fuzz sets off fails at once, and fuzzed URLs are not looked up in DNS (offline).
    server = await TestServer.start({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    const creds = await server.registerAccount({ email: `fuzz.${Date.now()}@example.com`, password: 'fuzz-password-1' });
    const token = await server.login(creds);
    // Some history, so the reads that summarise trades, positions and snapshots have rows to read.
    for (const [side, quantity] of [
      ['buy', '0.005'],
      ['buy', '0.01'],
      ['sell', '0.008'],
    ] as const) {
      const res = await server.call('placeOrder', {
        headers: { 'X-API-Key': creds.agentApiKey },
        body: { symbol: 'BTCUSDT', side, type: 'market', quantity },
      });
      if (res.status !== 201) throw new Error(`fixture order failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await server.call('placeOrder', {
      headers: { 'X-API-Key': creds.agentApiKey },
      body: { symbol: 'ETHUSDT', side: 'buy', type: 'limit', quantity: '0.1', price: '1' },
    });
    server.advanceMarket(120_000);
    const other = await server.registerAccount();
    const battle = await server.call('createBattle', {
      headers: { Authorization: `Bearer ${token}` },
      body: { name: 'Fuzz battle', preset: 'quick_1h' },
    });
    if (battle.status !== 201) throw new Error(`fixture battle failed: ${battle.status} ${JSON.stringify(battle.body)}`);
    await server.call('addBattleParticipant', {
      headers: { Authorization: `Bearer ${token}` },
      path: { battle_id: battle.body.id },
      body: { agent_id: creds.agentId },
    });
    const jwt = { Authorization: `Bearer ${token}` };
    const created = async (operationId: string, body: unknown, field: string): Promise<string[]> => {
      const res = await server.call(operationId, { headers: jwt, body });
      if (res.status !== 201) throw new Error(`fixture ${operationId} failed: ${res.status} ${JSON.stringify(res.body)}`);
      const id = String((res.body as Record<string, unknown>)[field]);
      return [id, id.toUpperCase()];
    };
    const runId = randomUUID();
    fixtures = {
      creds,
      token,
      agentIds: [creds.agentId, creds.agentId.toUpperCase(), other.agentId],
      pathIds: {
        battle_id: [battle.body.id, battle.body.id.toUpperCase()],
        strategy_id: await created('createStrategy', { name: 'Fuzz strategy', definition: { pairs: ['BTCUSDT'] } }, 'strategy_id'),
        webhook_id: await created('createWebhook', { url: 'http://127.0.0.1:9/fuzz', events: ['backtest.completed'] }, 'id'),
        run_id: await created('registerTrainingRun', { run_id: runId }, 'run_id'),
      },
    };
    known.set('api_key', [creds.apiKey]);
    known.set('api_secret', [creds.apiSecret]);
    known.set('email', [creds.email]);
    known.set('password', [creds.password]);
    known.set('agent_id', [creds.agentId]);
    known.set('symbol', ['BTCUSDT', 'ethusdt']);
  });
  afterAll(() => server.stop());

  // The operations that delete or replace the fixtures' agents and keys run last.
  const destructive = [
    'deleteBattle',
    'archiveStrategy',
    'deleteWebhook',
    'regenerateAgentKey',
    'resetAgent',
    'resetAccount',
    'archiveAgent',
    'deleteAgent',
  ];
  const order = [...checker.operations.keys()].sort((a, b) => destructive.indexOf(a) - destructive.indexOf(b));
  for (const operationId of order) {
    it(`${operationId}: no 5xx, every reply as documented`, async () => {
      const failures: string[] = [];
      const result = await fc.check(
        fc.asyncProperty(requestArbitrary(operationId, fixtures), async (req) => {
          const sent = build(server.url, operationId, req, fixtures);
          const reply = await send(sent);
          (seen.get(operationId) ?? seen.set(operationId, new Set()).get(operationId)!).add(reply.status);
          const problem =
            reply.status >= 500
              ? `answered ${reply.status}`
              : (() => {
                  try {
                    checker.check(operationId, reply.status, reply.headers, reply.body);
                    return undefined;
                  } catch (err) {
                    return (err as Error).message.slice(0, 400);
                  }
                })();
          if (problem) {
            failures.push(
              `${problem}\n  ${sent.method} ${sent.url.slice(0, 300)}\n  headers ${JSON.stringify(sent.headers)}\n  body ${(sent.body ?? '').slice(0, 300)}\n  reply ${JSON.stringify(reply.body).slice(0, 300)}`,
            );
            return false;
          }
          return true;
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
      expect(failures, `seed ${SEED}, ${result.numRuns} runs`).toEqual([]);
      // A request the test itself could not make (or a reply it could not read) is a failure too.
      expect(result.failed ? `${String(result.errorInstance)}\n${fc.stringify(result.counterexample)}` : undefined).toBeUndefined();
    });
  }

  it('got past validation and authentication on most operations (the fuzz is not all 401s and 422s)', () => {
    const succeeded = [...seen].filter(([, statuses]) => [...statuses].some((s) => s < 300)).map(([id]) => id);
    const summary = Object.fromEntries([...seen].map(([id, statuses]) => [id, [...statuses].sort()]));
    if (process.env.FUZZ_SUMMARY) console.log(JSON.stringify(summary));
    expect(succeeded.length, JSON.stringify(summary)).toBeGreaterThanOrEqual(Math.floor(checker.operations.size * 0.6));
  });
});
