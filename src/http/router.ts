// Routes requests by operationId with openapi-backend, then runs one fixed pipeline per operation:
// authenticate -> rate limit -> read body -> validate (precompiled validators) -> agent scope ->
// handler -> response. openapi-backend's own validation is off: it would parse every request a
// second time, and the generated validators are the spec's draft 2020-12 schemas with formats.
import { readFileSync } from 'node:fs';
import { bodyParser } from '@koa/bodyparser';
import type Koa from 'koa';
import { OpenAPIBackend, type Context as RouteContext, type Document } from 'openapi-backend';
import { operations, type OperationId } from '../../generated/operations.gen.js';
import { requestValidators } from '../../generated/validators.gen.js';
import type { Config, RateLimits } from '../config.js';
import { DomainError, validationError } from '../errors.js';
import { resolveAgentScope, type Principal } from '../services/auth.service.js';
import type { ServiceContext } from '../services/context.js';
import { authenticateRequest } from './authenticate.js';
import { handlers } from './handlers/index.js';
import type { SlidingWindowLimiter } from './rate-limit.js';
import type { Caller, HandlerContext, OperationRequest } from './types.js';
import { runValidator } from './validate.js';

const SPEC_PATH = new URL('../../generated/openapi.json', import.meta.url);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const OPERATION_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RouterDeps {
  services: ServiceContext;
  limiter: SlidingWindowLimiter;
  config: Config;
  startedAt: number;
}

type Tier = keyof RateLimits;

export function loadSpecDocument(): Document {
  return JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Document;
}

/**
 * openapi-backend is used for routing only: security is enforced by this pipeline from the
 * generated operation table, so the copy it routes with carries no security requirements.
 */
function routingDocument(doc: Document): Document {
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    paths[path] = Object.fromEntries(
      Object.entries(item as Record<string, unknown>).map(([key, value]) => [
        key,
        OPERATION_KEYS.has(key) ? { ...(value as object), security: [] } : value,
      ]),
    );
  }
  return { ...doc, security: [], paths } as Document;
}

/**
 * openapi-backend rebuilds its operation list (twice, with lodash) and compiles a regex per path
 * template on every request: in profiles that was over a third of the CPU of a simple GET. The
 * document never changes after init, so the list is built once and the templates compiled once;
 * matching keeps the library's rules (exact path first, then the most specific template; a path
 * that matches with another method is a 405).
 */
function precompileRouting(api: OpenAPIBackend): void {
  const router = api.router;
  const operations = router.getOperations();
  router.getOperations = () => operations;
  const routes = operations
    .map((op) => ({
      op,
      pattern: new RegExp(`^${op.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`),
      specificity: op.path.replace(/\{[^}]*\}/g, '').length,
    }))
    .sort((a, b) => b.specificity - a.specificity);
  const exact = new Map(operations.filter((op) => !op.path.includes('{')).map((op) => [`${op.method} ${op.path}`, op]));
  router.matchOperation = ((req: Parameters<typeof router.matchOperation>[0], strict?: boolean) => {
    const { method, path: rawPath } = router.normalizeRequest(req);
    const path = router.normalizePath(rawPath);
    const hit = exact.get(`${method} ${path}`);
    if (hit) return hit;
    const candidates = routes.filter((r) => r.pattern.test(path));
    const match = candidates.find((r) => r.op.method === method)?.op;
    if (match || !strict) return match;
    throw new Error(candidates.length ? '405-methodNotAllowed: this method is not registered for the route' : '404-notFound: no route matches request');
  }) as typeof router.matchOperation;
}

export async function createApiRouter(deps: RouterDeps): Promise<Koa.Middleware> {
  const { services, limiter, config } = deps;
  const parseJson = bodyParser({
    enableTypes: ['json'],
    jsonLimit: config.bodyLimitBytes,
    jsonStrict: true,
    extendTypes: { json: ['application/json', 'application/*+json'] },
  });

  function applyRateLimit(ctx: Koa.Context, tier: Tier, identity: string): void {
    const decision = limiter.check(`${tier}|${identity}`, config.rateLimits[tier]);
    ctx.set('X-RateLimit-Limit', String(decision.limit));
    ctx.set('X-RateLimit-Remaining', String(decision.remaining));
    ctx.set('X-RateLimit-Reset', String(decision.resetAt));
    if (!decision.allowed) {
      ctx.set('Retry-After', String(decision.retryAfter));
      throw new DomainError('RATE_LIMIT_EXCEEDED', 'Too many requests.', {
        limit: decision.limit,
        window_seconds: 60,
        retry_after_seconds: decision.retryAfter,
      });
    }
  }

  function rateIdentity(ctx: Koa.Context, principal: Principal): string {
    if (principal.credential !== 'jwt') return principal.identity;
    const agentId = ctx.get('X-Agent-Id').trim();
    return UUID.test(agentId) ? `${principal.identity}:agent:${agentId.toLowerCase()}` : principal.identity;
  }

  async function readBody(ctx: Koa.Context, required: boolean): Promise<unknown> {
    const hasBody = Boolean(ctx.get('Transfer-Encoding')) || Number(ctx.get('Content-Length') || '0') > 0;
    if (!hasBody) {
      if (required) throw validationError([{ field: 'body', message: 'is required' }]);
      return undefined;
    }
    if (!ctx.is('application/json', 'application/*+json')) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json.');
    }
    try {
      await parseJson(ctx, async () => {});
    } catch (err) {
      const e = err as { status?: number; type?: string };
      if (e.type === 'entity.too.large' || e.status === 413) {
        throw new DomainError('PAYLOAD_TOO_LARGE', `Request body exceeds ${config.bodyLimitBytes} bytes.`, {
          limit_bytes: config.bodyLimitBytes,
        });
      }
      if (e.type === 'encoding.unsupported' || e.status === 415) {
        throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported Content-Encoding or charset.');
      }
      if (e.status === 400) throw validationError([{ field: 'body', message: 'is not valid JSON' }], 'Malformed JSON body.');
      throw err;
    }
    return ctx.request.body;
  }

  async function runOperation(operationId: OperationId, route: RouteContext, ctx: Koa.Context): Promise<void> {
    const meta = operations[operationId];
    let principal: Principal | undefined;
    const credentials = { apiKey: ctx.get('X-API-Key'), authorization: ctx.get('Authorization') };
    const sentCredential = Boolean(credentials.apiKey.trim() || credentials.authorization.trim());
    if (meta.auth === 'any' || meta.auth === 'jwt' || (meta.auth === 'optional' && sentCredential)) {
      try {
        principal = await authenticateRequest(services, credentials, meta.auth === 'jwt' ? 'jwt' : 'any');
      } catch (err) {
        // Failed credentials are counted per client IP, which also slows down key guessing.
        applyRateLimit(ctx, 'general', `ip:${ctx.ip}`);
        throw err;
      }
    }
    if (meta.tier !== 'exempt') applyRateLimit(ctx, meta.tier, principal ? rateIdentity(ctx, principal) : `ip:${ctx.ip}`);

    const body = meta.hasBody ? await readBody(ctx, meta.bodyRequired) : undefined;
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(ctx.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const params = { path: { ...route.request.params }, query: { ...route.request.query }, header: headers };
    const validators = requestValidators[operationId];
    if (validators.params) runValidator(validators.params, params, '');
    if (validators.body && body !== undefined) runValidator(validators.body, body, 'body');

    let caller: Caller | undefined;
    if (principal) {
      const agentId = headers['x-agent-id'];
      caller = {
        principal,
        agent: meta.agentScoped ? await resolveAgentScope(services, principal, agentId) : undefined,
        explicitAgent: principal.credential === 'agent_key' || agentId !== undefined,
      };
    }

    const request = { body, query: params.query, path: params.path, headers } as OperationRequest<OperationId>;
    const hctx: HandlerContext = { services, caller, requestId: ctx.state.requestId as string, startedAt: deps.startedAt };
    const handler = handlers[operationId] as (req: typeof request, c: HandlerContext) => Promise<{ status: unknown; body: unknown; headers?: Record<string, string> }>;
    const reply = await handler(request, hctx);
    if (reply.headers) ctx.set(reply.headers);
    ctx.status = Number(reply.status);
    ctx.body = reply.body ?? null;
  }

  const routeHandlers: Record<string, (route: RouteContext, ctx: Koa.Context) => Promise<void>> = {};
  for (const operationId of Object.keys(operations) as OperationId[]) {
    routeHandlers[operationId] = (route, ctx) => runOperation(operationId, route, ctx);
  }

  const api = new OpenAPIBackend({
    definition: routingDocument(loadSpecDocument()),
    validate: false,
    ignoreTrailingSlashes: false,
    handlers: {
      ...routeHandlers,
      notFound: async (_route: RouteContext, ctx: Koa.Context) => {
        applyRateLimit(ctx, 'general', `ip:${ctx.ip}`);
        throw new DomainError('NOT_FOUND', `No route for ${ctx.method} ${ctx.path}.`);
      },
      methodNotAllowed: async (_route: RouteContext, ctx: Koa.Context) => {
        applyRateLimit(ctx, 'general', `ip:${ctx.ip}`);
        const allowed = METHODS.filter((method) => api.matchOperation({ method, path: ctx.path, headers: {} }));
        ctx.set('Allow', allowed.join(', '));
        throw new DomainError('METHOD_NOT_ALLOWED', `${ctx.method} is not allowed on ${ctx.path}; use ${allowed.join(' or ')}.`, {
          allowed_methods: allowed,
        });
      },
    },
  });
  // openapi-backend checks documents against the OpenAPI 3.0 schema only; the 3.1 spec is linted in CI.
  api.validateDefinition = () => api.document;
  await api.init();
  precompileRouting(api);

  return async (ctx) => {
    await api.handleRequest({ method: ctx.method, path: ctx.path, query: ctx.querystring, headers: ctx.headers as Record<string, string> }, ctx);
  };
}
