// The replies every backtest operation shares, driven by openapi.yaml so a new backtest route is
// covered the moment it is documented: no credential, a suspended account, a malformed session id,
// the `backtest` rate-limit tier and the generic 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref, type SpecParameter } from '../../../scripts/lib/spec.js';
import { checker, TestServer, type CallOptions, type Credentials } from '../../support/harness.js';

interface Prepared {
  operationId: string;
  documented: string[];
  hasSessionId: boolean;
  /** A request the spec's examples make valid (path, required query, body). */
  example: CallOptions;
}

const prepared: Prepared[] = [...checker.operations.values()]
  .filter(({ path }) => path.startsWith('/api/v1/backtest/') || path === '/api/v1/account/mode')
  .map(({ operationId, path: template, op }) => {
    const path: Record<string, string> = {};
    const query: Record<string, string> = {};
    const params = [...((checker.spec.paths[template] as { parameters?: unknown[] }).parameters ?? []), ...(op.parameters ?? [])];
    for (const raw of params) {
      const p = deref<SpecParameter & { example?: unknown }>(checker.spec, raw as SpecParameter);
      if (p.in === 'path') path[p.name] = String(p.example);
      if (p.in === 'query' && p.required) query[p.name] = String(p.example);
    }
    const media = deref(checker.spec, op.requestBody)?.content['application/json'] as { schema: unknown; example?: unknown } | undefined;
    const body = media
      ? (media.example ?? deref<{ example?: unknown }>(checker.spec, media.schema as { example?: unknown }).example)
      : undefined;
    return {
      operationId,
      documented: checker.documentedStatuses(operationId),
      hasSessionId: 'session_id' in path,
      example: { path, query, ...(media ? { body } : {}) },
    };
  });

describe('every backtest operation', () => {
  let server: TestServer;
  let creds: Credentials;
  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
  });
  afterAll(() => server.stop());

  it('is documented: the table of the fact sheet and the mode', () => {
    expect(prepared.length).toBe(29);
  });

  it('answers no credential with 401 INVALID_API_KEY', async () => {
    for (const op of prepared) {
      const res = await server.call(op.operationId, op.example);
      expect(res.status, op.operationId).toBe(401);
      expect(res.body.error.code).toBe('INVALID_API_KEY');
    }
  });

  it('answers a malformed session id with 422 naming the path', async () => {
    for (const op of prepared.filter((p) => p.hasSessionId)) {
      const res = await server.call(op.operationId, {
        ...op.example,
        path: { ...op.example.path, session_id: 'bt_550e8400' },
        headers: { 'X-API-Key': creds.apiKey },
      });
      expect(res.status, op.operationId).toBe(422);
      expect(res.body.error.details.errors.map((e: { field: string }) => e.field)).toContain('path.session_id');
    }
  });

  it('answers an unknown session id with 404 BACKTEST_NOT_FOUND', async () => {
    for (const op of prepared.filter((p) => p.hasSessionId && p.operationId !== 'cancelBacktestOrder')) {
      const res = await server.call(op.operationId, { ...op.example, headers: { 'X-API-Key': creds.apiKey } });
      expect(res.status, op.operationId).toBe(404);
      expect(res.body.error.code, op.operationId).toBe('BACKTEST_NOT_FOUND');
    }
    const res = await server.call('cancelBacktestOrder', {
      path: { session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b', order_id: '0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a' },
      headers: { 'X-API-Key': creds.apiKey },
    });
    expect(res.body.error.code).toBe('BACKTEST_NOT_FOUND');
  });

  it('refuses every credential of a suspended account with 403 ACCOUNT_SUSPENDED', async () => {
    const carol = await server.registerAccount();
    await server.setAccountStatus(carol.accountId, 'suspended');
    for (const op of prepared) {
      const res = await server.call(op.operationId, { ...op.example, headers: { 'X-API-Key': carol.agentApiKey } });
      expect(res.status, op.operationId).toBe(403);
      expect(res.body.error.code).toBe('ACCOUNT_SUSPENDED');
    }
  });
});

describe('the backtest rate-limit tier', () => {
  it('counts /backtest/* on its own budget (RATE_LIMIT_BACKTEST), apart from the general one', async () => {
    const server = await TestServer.start({ RATE_LIMIT_BACKTEST: '1', RATE_LIMIT_GENERAL: '1' });
    try {
      const creds = await server.registerAccount();
      const headers = { 'X-API-Key': creds.agentApiKey };
      // One backtest call and one general call are both allowed: separate windows.
      const first = await server.call('listBacktests', { headers });
      expect(first.status).toBe(200);
      expect(first.headers.get('x-ratelimit-limit')).toBe('1');
      expect((await server.call('getAccountMode', { headers })).status).toBe(200);
      for (const op of prepared.filter((p) => p.documented.includes('429'))) {
        const res = await server.call(op.operationId, { ...op.example, headers });
        expect(res.status, op.operationId).toBe(429);
        expect(res.body.error.details).toMatchObject({ limit: 1, window_seconds: 60 });
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await server.stop();
    }
  });
});

describe('every backtest operation: database failure', () => {
  it('answers a generic 500 INTERNAL_ERROR that leaks nothing', async () => {
    const server = await TestServer.start();
    try {
      const creds = await server.registerAccount();
      await server.breakDatabase();
      for (const op of prepared.filter((p) => p.documented.includes('500'))) {
        const res = await server.call(op.operationId, { ...op.example, headers: { 'X-API-Key': creds.agentApiKey } });
        expect(res.status, op.operationId).toBe(500);
        expect(res.body, op.operationId).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' } });
      }
    } finally {
      await server.stop();
    }
  });
});
