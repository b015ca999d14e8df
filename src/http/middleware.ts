// The outermost middleware: request ids, request logging and metrics, the one error envelope, and
// CORS for browser clients.
import { randomUUID } from 'node:crypto';
import type Koa from 'koa';
import { DomainError } from '../errors.js';
import type { Logger } from '../logger.js';
import { NO_OPERATION, type Metrics } from '../observability/metrics.js';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Sets the request id, renders errors in the envelope, then logs the request (with its request id
 * and the operationId the router matched) and records its duration.
 */
export function requestContext(logger: Logger, metrics?: Metrics): Koa.Middleware {
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
          operation_id: (ctx.state.operationId as string | undefined) ?? null,
          method: ctx.method,
          path: ctx.path,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        });
        ctx.status = 500;
        ctx.body = { error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' } };
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const operationId = (ctx.state.operationId as string | undefined) ?? NO_OPERATION;
    metrics?.observeRequest(operationId, ctx.method, ctx.status, seconds);
    logger.info('request', {
      request_id: requestId,
      operation_id: operationId,
      method: ctx.method,
      path: ctx.path,
      status: ctx.status,
      ms: Math.round(seconds * 100_000) / 100,
    });
  };
}

interface CorsSettings {
  /** `'*'` for any origin, else the exact origins allowed (`https://app.example.com`). */
  origins: '*' | readonly string[];
}

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'X-API-Key, Authorization, X-Agent-Id, Idempotency-Key, Content-Type, X-Request-Id';
const EXPOSED_HEADERS = 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, X-Request-Id, Retry-After';
/** How long a browser may cache a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * CORS without credentials mode: credentials travel in headers a page must set itself, never in
 * cookies, so allowing every origin exposes nothing a script on another site could not send anyway.
 * A preflight from an allowed origin is answered 204 here, before routing and rate limits; one from
 * another origin gets 204 without the allow headers, which the browser treats as a refusal.
 */
export function cors(settings: CorsSettings): Koa.Middleware {
  const anyOrigin = settings.origins === '*';
  const allowed = new Set(anyOrigin ? [] : settings.origins);
  return async (ctx, next) => {
    const origin = ctx.get('Origin');
    if (!anyOrigin) ctx.vary('Origin');
    const allowOrigin = origin && (anyOrigin ? '*' : allowed.has(origin) ? origin : undefined);
    if (ctx.method === 'OPTIONS' && origin && ctx.get('Access-Control-Request-Method')) {
      if (allowOrigin) {
        ctx.set('Access-Control-Allow-Origin', allowOrigin);
        ctx.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
        ctx.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        ctx.set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
      }
      ctx.status = 204;
      return;
    }
    if (allowOrigin) {
      ctx.set('Access-Control-Allow-Origin', allowOrigin);
      ctx.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    await next();
  };
}
