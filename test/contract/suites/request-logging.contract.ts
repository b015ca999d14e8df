// The request log as an operator reads it: one line per request with its request id and
// operationId, and no credential anywhere in the log, whatever the client sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { ManualClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { TEST_ENV, TEST_SYMBOLS } from '../../support/harness.js';
import { ScriptedSource } from '../../support/scripted-source.js';

describe('request logs', () => {
  const lines: string[] = [];
  let app: App;
  let url: string;
  beforeAll(async () => {
    const clock = new ManualClock(Date.now());
    const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
    app = await createApp(loadConfig({ ...TEST_ENV, LOG_LEVEL: 'debug' }), {
      clock,
      source: new ScriptedSource(clock, TEST_SYMBOLS),
      logger,
    });
    url = await app.start();
  });
  afterAll(() => app.stop());

  const records = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(path, url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('logs every request with its request id, operationId, status and time, and none of the credentials it carried', async () => {
    const password = 'correct-horse-battery-staple';
    const reg = await post('/api/v1/auth/register', { display_name: 'Logged Bot', email: `log.${Date.now()}@example.com`, password });
    expect(reg.status).toBe(201);
    const creds = (await reg.json()) as { api_key: string; api_secret: string; agent_api_key: string; email: string };
    const login = await post('/api/v1/auth/login', { api_key: creds.api_key, api_secret: creds.api_secret });
    const { token } = (await login.json()) as { token: string };
    const info = await fetch(new URL('/api/v1/account/info', url), {
      headers: {
        'X-API-Key': creds.agent_api_key,
        Authorization: `Bearer ${token}`,
        Cookie: 'session=cookie-secret-value',
        'X-Request-Id': 'trace-42',
      },
    });
    expect(info.status).toBe(200);
    const bad = await fetch(new URL('/api/v1/account/info', url), { headers: { 'X-API-Key': `${creds.api_key}x` } });
    expect(bad.status).toBe(401);

    const text = lines.join('');
    for (const secret of [password, creds.api_key, creds.api_secret, creds.agent_api_key, token, 'cookie-secret-value']) {
      expect(text).not.toContain(secret);
    }
    const requests = records().filter((r) => r.msg === 'request');
    expect(requests.map((r) => [r.operation_id, r.status])).toEqual([
      ['registerAccount', 201],
      ['login', 200],
      ['getAccountInfo', 200],
      ['getAccountInfo', 401],
    ]);
    for (const r of requests) {
      expect(r.level).toBe('info');
      expect(['GET', 'POST']).toContain(r.method);
      expect(r.path).toMatch(/^\/api\/v1\//);
      expect(typeof r.ms).toBe('number');
      expect(r.request_id).toMatch(/^[\w.:-]+$/);
    }
    expect(requests[2]!.request_id).toBe('trace-42');
  });

  it('logs a request that matched no operation with operation_id "none"', async () => {
    lines.length = 0;
    const res = await fetch(new URL('/nowhere', url));
    expect(res.status).toBe(404);
    expect(records().find((r) => r.msg === 'request')).toMatchObject({ operation_id: 'none', status: 404, path: '/nowhere' });
  });
});
