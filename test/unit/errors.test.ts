import { describe, expect, it } from 'vitest';
import { DomainError, ERROR_STATUS, validationError } from '../../src/errors.js';

describe('DomainError', () => {
  it('carries its code, status and details, and no stack frames', () => {
    const err = new DomainError('INSUFFICIENT_BALANCE', 'Not enough USDT.', { asset: 'USDT' });
    expect(err).toBeInstanceOf(Error);
    expect([err.code, err.status, err.message, err.details]).toEqual(['INSUFFICIENT_BALANCE', 400, 'Not enough USDT.', { asset: 'USDT' }]);
    expect(err.stack ?? '').not.toMatch(/\n\s+at /);
  });

  it('leaves stack traces of other errors intact, also after a validation error', () => {
    const before = Error.stackTraceLimit;
    validationError([{ field: 'body', message: 'is required' }]);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('a bug').stack).toMatch(/\n\s+at /);
  });

  it('maps every code to an HTTP error status', () => {
    for (const status of Object.values(ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
  });
});
