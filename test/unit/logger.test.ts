import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED_KEYS } from '../../src/logger.js';

function capture(level: Parameters<typeof createLogger>[0]) {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('logger', () => {
  it('writes one JSON object per line with level, ISO time, message and fields', () => {
    const { logger, lines, records } = capture('info');
    logger.info('listening', { url: 'http://127.0.0.1:8000' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(records()[0]).toMatchObject({ level: 'info', msg: 'listening', url: 'http://127.0.0.1:8000' });
    expect(new Date(records()[0]!.time as string).toISOString()).toBe(records()[0]!.time);
  });

  it.each([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    ['silent', []],
  ] as const)('at LOG_LEVEL=%s writes %j', (level, written) => {
    const { logger, records } = capture(level);
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(records().map((r) => r.level)).toEqual(written);
  });

  it('never writes a credential, wherever a call site puts it in its fields', () => {
    const { logger, lines, records } = capture('debug');
    const secrets: string[] = [];
    const secret = (name: string) => {
      const value = `secret-${name}-${secrets.length}-value`;
      secrets.push(value);
      return value;
    };
    const headers = {
      'x-api-key': secret('header-key'),
      authorization: `Bearer ${secret('jwt')}`,
      cookie: `session=${secret('cookie')}`,
      'x-request-id': 'req-1',
    };
    const body = {
      api_key: secret('api_key'),
      api_secret: secret('api_secret'),
      password: secret('password'),
      agent_api_key: secret('agent_api_key'),
      token: secret('token'),
      display_name: 'Visible Bot',
    };
    logger.info('incoming', { headers, body });
    logger.warn('flat', { ...body, ...headers });
    logger.error('nested', { request: { headers, body }, secrets: { jwt_secret: secret('jwt_secret') } });
    const text = lines.join('');
    for (const value of secrets) expect(text).not.toContain(value);
    // What is not a credential is kept, and a redacted field says so.
    expect(text).toContain('Visible Bot');
    expect(text).toContain('req-1');
    expect(records()[0]).toMatchObject({
      headers: { 'x-api-key': '[REDACTED]', authorization: '[REDACTED]' },
      body: { password: '[REDACTED]' },
    });
  });

  it('covers every credential the API sends or receives', () => {
    for (const key of ['x-api-key', 'authorization', 'cookie', 'api_key', 'api_secret', 'password', 'token', 'agent_api_key', 'secrets']) {
      expect(REDACTED_KEYS).toContain(key);
    }
  });
});
