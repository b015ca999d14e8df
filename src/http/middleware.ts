// The outermost middleware: request ids, request logging, and the one error envelope.
import { randomUUID } from 'node:crypto';
import type Koa from 'koa';
import { DomainError } from '../errors.js';
import type { Logger } from '../logger.js';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestContext(logger: Logger): Koa.Middleware {
  return async (ctx, next) => {
    const started = performance.now();
    const incoming = ctx.get('X-Request-Id');
    const requestId = SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
    } catch (err) {
      if (err instanceof DomainError) {
        ctx.status = err.status;
        ctx.body = { error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } };
      } else {
        logger.error('unhandled error', {
          request_id: requestId,
          method: ctx.method,
          path: ctx.path,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        });
        ctx.status = 500;
        ctx.body = { error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' } };
      }
    }
    logger.debug('request', {
      request_id: requestId,
      method: ctx.method,
      path: ctx.path,
      status: ctx.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
    });
  };
}
