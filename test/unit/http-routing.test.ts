// The router matches and parses requests from precompiled tables instead of asking openapi-backend
// on every request; these tests hold it to the library's own answers, on the spec and on templates
// the spec does not use yet.
import fc from 'fast-check';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePathParams, compileRouting, loadSpecDocument, normalizedRequestPath, type RouteTable } from '../../src/http/router.js';

async function backend(definition: Document): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({ definition, validate: false, ignoreTrailingSlashes: false });
  api.validateDefinition = () => api.document;
  await api.init();
  return api;
}

/** The library's own answer: the operation it routes to, or the 404/405 it reports. */
function libraryMatch(reference: OpenAPIBackend, method: string, path: string): string {
  try {
    return reference.router.matchOperation({ method, path, headers: {} }, true).operationId ?? '?';
  } catch (err) {
    return (err as Error).message.startsWith('405') ? 'methodNotAllowed' : 'notFound';
  }
}

function ourMatch(api: OpenAPIBackend, table: RouteTable<Operation>, method: string, path: string): string {
  const found = table.match(method.trim().toLowerCase(), normalizedRequestPath(api.router, path));
  return typeof found === 'string' ? found : (found.operation.operationId ?? '?');
}

type Outcome = { params: unknown; query: unknown } | { error: string };

function libraryParse(reference: OpenAPIBackend, method: string, path: string, querystring: string): Outcome {
  const match = libraryMatch(reference, method, path);
  if (match === 'notFound' || match === 'methodNotAllowed') return { error: match };
  try {
    const operation = reference.router.matchOperation({ method, path, headers: {} }, true);
    const parsed = reference.router.parseRequest({ method, path, headers: {}, query: querystring }, operation);
    return { params: { ...parsed.params }, query: { ...parsed.query } };
  } catch (err) {
    return { error: String(err) };
  }
}

function ourParse(api: OpenAPIBackend, table: RouteTable<Operation>, method: string, path: string, querystring: string): Outcome {
  try {
    const normalized = normalizedRequestPath(api.router, path);
    const found = table.match(method.trim().toLowerCase(), normalized);
    if (typeof found === 'string') return { error: found };
    const parsed = found.parse(path, normalized, querystring);
    return { params: parsed.path, query: parsed.query };
  } catch (err) {
    return { error: String(err) };
  }
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'get', ' Post '];

/** Path segments that exercise the rules: the spec's own words, templates, escapes, odd characters. */
const SEGMENTS = [
  'api',
  'v1',
  'agents',
  'overview',
  'market',
  'price',
  'candles',
  'trade',
  'order',
  'orders',
  'open',
  'account',
  'info',
  'risk-profile',
  'health',
  'BTCUSDT',
  'btc%20usdt',
  '%E2%82%AC',
  '%E0%A4%A',
  '%',
  'a%2Fb',
  '{agent_id}',
  '{symbol}',
  '',
  ' ',
  '.',
  '..',
  'é',
  '?x=1',
  '550e8400-e29b-41d4-a716-446655440000',
];

describe('routing on the spec', () => {
  let reference: OpenAPIBackend;
  let api: OpenAPIBackend;
  let table: RouteTable<Operation>;

  beforeAll(async () => {
    reference = await backend(loadSpecDocument());
    api = await backend(loadSpecDocument());
    table = compileRouting(api, (operation) => operation);
  });

  it('routes every documented operation to itself, and its path params through the library parser', () => {
    for (const operation of reference.router.getOperations()) {
      const path = operation.path.replace(/\{[^}]+\}/g, 'X%20y');
      expect(ourMatch(api, table, operation.method.toUpperCase(), path)).toBe(operation.operationId);
      expect(ourParse(api, table, operation.method, path, '')).toEqual(libraryParse(reference, operation.method, path, ''));
    }
  });

  it('answers 404 and 405 as the library does, trailing slashes included', () => {
    const cases: Array<[string, string, string]> = [
      ['GET', '/api/v1/account/info', 'getAccountInfo'],
      ['GET', '/api/v1/account/info/', 'notFound'],
      ['GET', '/api/v1/market/price/', 'notFound'],
      ['GET', '/api/v1/market/price/BTCUSDT/', 'notFound'],
      ['DELETE', '/api/v1/account/info', 'methodNotAllowed'],
      ['POST', '/api/v1/market/price/BTCUSDT', 'methodNotAllowed'],
      ['GET', '/api/v1/agents/overview', 'getAgentsOverview'],
      ['DELETE', '/api/v1/agents/overview', 'deleteAgent'],
      ['GET', '/api/v1/agents/{agent_id}', 'getAgent'],
      ['GET', '/nope', 'notFound'],
      ['GET', '', 'notFound'],
      ['GET', 'health', 'getHealth'],
      ['get', ' /health ', 'getHealth'],
      ['GET', '/health?x=1', 'getHealth'],
      ['GET', '//health', 'notFound'],
    ];
    for (const [method, path, expected] of cases) {
      expect(libraryMatch(reference, method, path)).toBe(expected);
      expect(ourMatch(api, table, method, path)).toBe(expected);
    }
  });

  it('matches any method and path as the library does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...METHODS),
        fc.array(fc.oneof(fc.constantFrom(...SEGMENTS), fc.string()), { maxLength: 6 }),
        fc.boolean(),
        (method, segments, slash) => {
          const path = `/${segments.join('/')}${slash ? '/' : ''}`;
          expect(ourMatch(api, table, method, path)).toBe(libraryMatch(reference, method, path));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads path params and queries as the library does, malformed escapes included', () => {
    const templated = reference.router
      .getOperations()
      .filter((op) => op.path.includes('{'))
      .map((op) => `${op.method} ${op.path}`);
    const queryKey = fc.oneof(
      fc.constantFrom('limit', 'symbols', 'a', 'a[]', 'a[0]', 'a[b]', 'a.b', 'x%5B%5D', '__proto__', 'toString'),
      fc.string(),
    );
    const queryValue = fc.oneof(fc.constantFrom('', '1', 'a+b', '%20', '%E0%A4%A', 'x,y', '?', 'é'), fc.string());
    const querystring = fc
      .array(fc.tuple(queryKey, queryValue, fc.boolean()), { maxLength: 5 })
      .map((pairs) => pairs.map(([k, v, bare]) => (bare ? k : `${k}=${v}`)).join('&'));
    fc.assert(
      fc.property(fc.constantFrom(...templated), fc.oneof(fc.constantFrom(...SEGMENTS), fc.string()), querystring, (route, value, qs) => {
        const [method, template] = route.split(' ') as [string, string];
        const path = template.replace(/\{[^}]+\}/g, value);
        expect(ourParse(api, table, method, path, qs)).toEqual(libraryParse(reference, method, path, qs));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps repeated query keys as arrays and the library’s quirks', () => {
    const path = '/api/v1/market/candles/BTCUSDT';
    for (const qs of ['limit=1&limit=2', 'a[]=1&a[]=2', 'a[b]=c', 'x=a?b', 'x=1+2', 'x=%E0%A4%A', 'x', '']) {
      const ours = ourParse(api, table, 'get', path, qs);
      expect(ours).toEqual(libraryParse(reference, 'get', path, qs));
    }
    expect(ourParse(api, table, 'get', path, 'limit=1&limit=2')).toEqual({ params: { symbol: 'BTCUSDT' }, query: { limit: ['1', '2'] } });
    expect(ourParse(api, table, 'get', '/api/v1/market/price/%E0%A4%A', '')).toEqual({ error: 'URIError: URI malformed' });
  });

  it('leaves the library’s own matchOperation agreeing with the table', () => {
    expect(api.matchOperation({ method: 'GET', path: '/api/v1/market/price/X', headers: {} })?.operationId).toBe('getPrice');
    expect(api.matchOperation({ method: 'PUT', path: '/api/v1/market/price/X', headers: {} })).toBeUndefined();
    expect(() => api.router.matchOperation({ method: 'PUT', path: '/api/v1/market/price/X', headers: {} }, true)).toThrow(/^405/);
    expect(() => api.router.matchOperation({ method: 'GET', path: '/x', headers: {} }, true)).toThrow(/^404/);
  });
});

describe('routing on templates the spec does not use (yet)', () => {
  const op = (operationId: string, parameters: unknown[] = []) => ({ operationId, parameters, responses: { 200: { description: 'ok' } } });
  const doc = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/a/{x}/{y}': { get: op('two') },
      '/a/{x}/b/{x}': { get: op('twice') },
      // Listed before the more specific template that also matches its paths.
      '/files/{name}': { get: op('file'), put: op('putFile') },
      '/files/{name}.{ext}': { get: op('dotted') },
      '/files/latest': { post: op('latest') },
      // A request for the literal text of a template is an exact match, even where a more specific
      // template would take it.
      '/w/{x}': { get: op('plain') },
      // Specificity counts literal characters only, not parameter names.
      '/g/{longname}': { get: op('long') },
      '/g/{a}.x': { get: op('short') },
      '/w/{a}}': { get: op('braced') },
      '/styled': {
        get: op('styled', [
          { name: 'ids', in: 'query', explode: false, schema: { type: 'array', items: { type: 'string' } } },
          { name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } },
        ]),
      },
    },
  } as unknown as Document;
  let reference: OpenAPIBackend;
  let api: OpenAPIBackend;
  let table: RouteTable<Operation>;

  beforeAll(async () => {
    reference = await backend(structuredClone(doc));
    api = await backend(structuredClone(doc));
    table = compileRouting(api, (operation) => operation);
  });

  it('matches and parses as the library does', () => {
    const requests: Array<[string, string, string]> = [
      ['GET', '/a/1/2', ''],
      ['GET', '/a/%41/%E2%82%AC', ''],
      ['GET', '/a/1/b/1', ''],
      ['GET', '/a/1/b/2', ''],
      ['GET', '/files/report.csv', ''],
      ['GET', '/files/report', ''],
      ['GET', '/w/{x}', ''],
      ['GET', '/w/{y}', ''],
      ['GET', '/g/foo.x', ''],
      ['GET', '/files/latest', ''],
      ['POST', '/files/latest', ''],
      ['DELETE', '/files/latest', ''],
      ['GET', '/styled', 'ids=a,b,c&filter={"x":1}&other=1'],
      ['GET', '/styled', 'ids=a&ids=b&filter=nope'],
      ['GET', '/a/%E0%A4%A/1', ''],
    ];
    for (const [method, path, qs] of requests) {
      expect(ourMatch(api, table, method, path)).toBe(libraryMatch(reference, method, path));
      expect(ourParse(api, table, method, path, qs)).toEqual(libraryParse(reference, method, path, qs));
    }
    expect(requests.map(([method, path]) => ourMatch(api, table, method, path))).toEqual([
      'two',
      'two',
      'twice',
      'twice',
      'dotted',
      'file',
      'plain',
      'braced',
      'short',
      'file',
      'latest',
      'methodNotAllowed',
      'styled',
      'styled',
      'two',
    ]);
  });
});

describe('compilePathParams', () => {
  it('reads a template with no parameters as none', () => {
    expect(compilePathParams('/health')!('/health')).toEqual({});
    expect(compilePathParams('/health')!('/other')).toEqual({});
  });

  it('gives up on a template that is not a valid pattern, leaving it to the library', () => {
    expect(compilePathParams('/a(/{x}')).toBeUndefined();
  });
});

describe('normalizedRequestPath', () => {
  it('normalizes as openapi-backend’s normalizeRequest and normalizePath do', async () => {
    const api = await backend(loadSpecDocument());
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(' /a/ ', '?x', '/a?b?c', '', '\t/x\n', 'health', '/a/../b')), (raw) => {
        const library = api.router.normalizePath(api.router.normalizeRequest({ method: 'GET', path: raw, headers: {} }).path);
        expect(normalizedRequestPath(api.router, raw)).toBe(library);
      }),
      { numRuns: 2000 },
    );
  });
});
