// Replies every operation shares: body limits, media types, rate limits and the generic 500.
// Driven by openapi.yaml, so each new operation is covered the moment it is documented.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref, type SpecParameter } from '../../../scripts/lib/spec.js';
import { checker, TestServer, type CallOptions, type Credentials } from '../../support/harness.js';

interface Prepared {
  operationId: string;
  auth: 'none' | 'optional' | 'any' | 'jwt';
  documented: string[];
  example: CallOptions;
}

/** Each operation with a request built from the spec's own examples. */
function operationsWithExamples(): Prepared[] {
  return [...checker.operations.values()].map(({ operationId, op }) => {
    const security = op.security ?? checker.spec.security ?? [];
    const schemes = new Set(security.flatMap((s) => Object.keys(s)));
    const optional = security.some((s) => Object.keys(s).length === 0);
    const auth = schemes.size === 0 ? 'none' : schemes.size === 1 && schemes.has('BearerAuth') ? 'jwt' : optional ? 'optional' : 'any';
    const path: Record<string, string> = {};
    const params = [...((checker.spec.paths[checker.operations.get(operationId)!.path] as any).parameters ?? []), ...(op.parameters ?? [])];
    for (const raw of params) {
      const p = deref<SpecParameter & { example?: unknown }>(checker.spec, raw);
      if (p.in === 'path') path[p.name] = String(p.example);
    }
    const body = deref(checker.spec, op.requestBody)?.content['application/json'] as { example?: unknown } | undefined;
    return {
      operationId,
      auth,
      documented: checker.documentedStatuses(operationId),
      example: { path, ...(body ? { body: body.example ?? {} } : {}) },
    } satisfies Prepared;
  });
}

function credentialHeaders(auth: Prepared['auth'], creds: Credentials, token: string): Record<string, string> {
  if (auth === 'jwt') return { Authorization: `Bearer ${token}` };
  // Public operations check a credential when one is sent: send one, so every path is exercised.
  if (auth === 'any' || auth === 'optional') return { 'X-API-Key': creds.apiKey };
  return {};
}

const prepared = operationsWithExamples();

describe('every operation: body limit and media type', () => {
  let server: TestServer;
  let creds: Credentials;
  let token: string;
  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
    token = await server.login(creds);
  });
  afterAll(() => server.stop());

  for (const op of prepared.filter((p) => p.documented.includes('415'))) {
    it(`${op.operationId}: a non-JSON body gets 415 UNSUPPORTED_MEDIA_TYPE`, async () => {
      const res = await server.call(op.operationId, {
        path: op.example.path,
        headers: credentialHeaders(op.auth, creds, token),
        rawBody: 'a=1',
        contentType: 'text/plain',
      });
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });
  }

  for (const op of prepared.filter((p) => p.documented.includes('413'))) {
    it(`${op.operationId}: a body over the limit gets 413 PAYLOAD_TOO_LARGE and changes nothing`, async () => {
      const res = await server.call(op.operationId, {
        path: op.example.path,
        headers: credentialHeaders(op.auth, creds, token),
        rawBody: JSON.stringify({ padding: 'x'.repeat(70_000) }),
      });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });
  }
});

describe('every operation: rate limit', () => {
  it('answers 429 with Retry-After and details once the caller has used its window', async () => {
    const server = await TestServer.start({
      RATE_LIMIT_GENERAL: '1',
      RATE_LIMIT_AUTH_REGISTER: '1',
      RATE_LIMIT_AUTH_LOGIN: '1',
      RATE_LIMIT_ORDERS: '1',
      RATE_LIMIT_MARKET_DATA: '1',
      RATE_LIMIT_BACKTEST: '1',
    });
    try {
      const creds = await server.registerAccount();
      const token = await server.login(creds);
      for (const op of prepared.filter((p) => p.documented.includes('429'))) {
        const request = { ...op.example, headers: credentialHeaders(op.auth, creds, token) };
        await server.call(op.operationId, request);
        const res = await server.call(op.operationId, request);
        expect(res.status, op.operationId).toBe(429);
        expect(res.body.error.details.window_seconds).toBe(60);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await server.stop();
    }
  });
});

describe('every operation: database failure', () => {
  it('answers a generic 500 INTERNAL_ERROR that leaks nothing', async () => {
    const server = await TestServer.start();
    try {
      const creds = await server.registerAccount();
      const token = await server.login(creds);
      await server.breakDatabase();
      for (const op of prepared.filter((p) => p.documented.includes('500'))) {
        const res = await server.call(op.operationId, { ...op.example, headers: credentialHeaders(op.auth, creds, token) });
        expect(res.status, op.operationId).toBe(500);
        expect(res.body, op.operationId).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' } });
      }
    } finally {
      await server.stop();
    }
  });
});

describe('paths with a malformed percent-escape', () => {
  it('answer 422 VALIDATION_ERROR, not a server error, on every kind of templated route', async () => {
    const server = await TestServer.start();
    try {
      const creds = await server.registerAccount();
      for (const path of ['/api/v1/market/price/%E0%A4%A', '/api/v1/trade/order/%', '/api/v1/agents/%zz/risk-profile']) {
        const res = await server.raw('GET', path, { headers: { 'X-API-Key': creds.apiKey } });
        expect(res.status, path).toBe(422);
        expect(res.body.error.code, path).toBe('VALIDATION_ERROR');
        expect(res.body.error.details.errors[0].field, path).toBe('path');
      }
    } finally {
      await server.stop();
    }
  });
});

describe('integer query parameters', () => {
  /** Every integer query parameter of every operation, from the spec. */
  const integerParams = [...checker.operations.values()].flatMap(({ operationId, path, op }) =>
    [...((checker.spec.paths[path] as { parameters?: unknown[] }).parameters ?? []), ...(op.parameters ?? [])]
      .map((raw) => deref<SpecParameter>(checker.spec, raw as SpecParameter))
      .filter((p) => p.in === 'query' && p.schema?.type === 'integer')
      .map((p) => ({ operationId, name: p.name, schema: p.schema as { maximum?: unknown; enum?: unknown } })),
  );

  it('are all documented with a finite maximum or an enum', () => {
    expect(integerParams.length).toBeGreaterThan(0);
    for (const { operationId, name, schema } of integerParams) {
      expect(Number.isSafeInteger(schema.maximum) || Array.isArray(schema.enum), `${operationId} ${name}`).toBe(true);
    }
  });

  it('answer Infinity, 1e400, 1e19 and other non-integers with 422 naming the field, never 500', async () => {
    const server = await TestServer.start();
    try {
      const creds = await server.registerAccount();
      const token = await server.login(creds);
      const byId = new Map(prepared.map((p) => [p.operationId, p]));
      for (const { operationId, name } of integerParams) {
        const op = byId.get(operationId)!;
        for (const value of ['Infinity', '1e400', '1e19', '10000000000000000000', '1.0', ' 5', '0x10', '-0']) {
          const res = await server.call(operationId, {
            path: op.example.path,
            query: { [name]: value },
            headers: credentialHeaders(op.auth, creds, token),
          });
          expect(res.status, `${operationId} ${name}=${value}`).toBe(422);
          expect(res.body.error.code).toBe('VALIDATION_ERROR');
          expect(res.body.error.details.errors.map((e: { field: string }) => e.field)).toEqual([`query.${name}`]);
        }
      }
    } finally {
      await server.stop();
    }
  });
});

describe('rate-limit identity of JWT callers', () => {
  it('counts an unresolvable X-Agent-Id against the account, so random ids get no fresh bucket', async () => {
    const server = await TestServer.start({ RATE_LIMIT_GENERAL: '3' });
    try {
      const creds = await server.registerAccount();
      const token = await server.login(creds);
      const headers = () => ({ Authorization: `Bearer ${token}`, 'X-Agent-Id': randomUUID() });
      for (let i = 0; i < 3; i++) {
        const res = await server.call('getAccountInfo', { headers: headers() });
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('AGENT_NOT_FOUND');
      }
      const over = await server.call('getAccountInfo', { headers: headers() });
      expect(over.status).toBe(429);
      expect(over.body.error.code).toBe('RATE_LIMIT_EXCEEDED');
      // The account's own bucket is the one that was used up.
      expect((await server.call('getAccountInfo', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(429);
      // A real agent of the account still has its own bucket.
      const own = await server.call('getAccountInfo', { headers: { Authorization: `Bearer ${token}`, 'X-Agent-Id': creds.agentId } });
      expect(own.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('ignores X-Agent-Id on operations that are not agent-scoped', async () => {
    const server = await TestServer.start({ RATE_LIMIT_GENERAL: '2' });
    try {
      const creds = await server.registerAccount();
      const token = await server.login(creds);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await server.call('listAgents', { headers: { Authorization: `Bearer ${token}`, 'X-Agent-Id': randomUUID() } });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await server.stop();
    }
  });

  it('counts a malformed X-Agent-Id against the account too (then 422)', async () => {
    const server = await TestServer.start({ RATE_LIMIT_GENERAL: '2' });
    try {
      const creds = await server.registerAccount();
      const token = await server.login(creds);
      const statuses: number[] = [];
      for (const id of ['not-a-uuid', 'also-not', 'x']) {
        statuses.push((await server.call('getAccountInfo', { headers: { Authorization: `Bearer ${token}`, 'X-Agent-Id': id } })).status);
      }
      expect(statuses).toEqual([422, 422, 429]);
    } finally {
      await server.stop();
    }
  });
});

describe('replies that carry a credential', () => {
  it('send Cache-Control: no-store, and the spec documents it on each of them', async () => {
    const server = await TestServer.start();
    try {
      const user = await server.registerUser();
      const token = await server.login(user);
      const jwt = { Authorization: `Bearer ${token}` };
      const created = await server.call('createAgent', { headers: jwt, body: { display_name: 'Keyed', starting_balance: '100' } });
      const agentId = created.body.agent_id as string;
      const replies = {
        registerAccount: await server.call('registerAccount', { body: { display_name: 'Cached?' } }),
        login: await server.call('login', { body: { api_key: user.apiKey, api_secret: user.apiSecret } }),
        userLogin: await server.call('userLogin', { body: { email: user.email, password: user.password } }),
        createAgent: created,
        cloneAgent: await server.call('cloneAgent', { headers: jwt, path: { agent_id: agentId } }),
        getAgentApiKey: await server.call('getAgentApiKey', { headers: jwt, path: { agent_id: agentId } }),
        regenerateAgentKey: await server.call('regenerateAgentKey', { headers: jwt, path: { agent_id: agentId } }),
      };
      for (const [operationId, res] of Object.entries(replies)) {
        expect(res.status, operationId).toBeLessThan(300);
        expect(res.headers.get('cache-control'), operationId).toBe('no-store');
      }
      // Nothing else is marked: an ordinary read may be cached by the client as it likes.
      const info = await server.call('getAccountInfo', { headers: jwt });
      expect(info.headers.get('cache-control')).toBeNull();
      const documented = [...checker.operations.values()]
        .filter(({ op }) =>
          Object.values(op.responses).some((r) => JSON.stringify(deref(checker.spec, r)).includes('#/components/headers/Cache-Control')),
        )
        .map(({ operationId }) => operationId)
        .sort();
      expect(documented).toEqual(Object.keys(replies).sort());
    } finally {
      await server.stop();
    }
  });
});
