// Routes requests by operationId with openapi-backend's document and matching rules, compiled once
// into tables (see compileRouting), then runs one fixed pipeline per operation:
// authenticate -> rate limit -> read body -> validate (precompiled validators) -> agent scope ->
// handler -> response. openapi-backend's own validation is off: it would parse every request a
// second time, and the generated validators are the spec's draft 2020-12 schemas with formats.
import { isUuid } from '../ids.js';
import { readFileSync } from 'node:fs';
import { bodyParser } from '@koa/bodyparser';
import type Koa from 'koa';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import { operations, type OperationId } from '../../generated/operations.gen.js';
import { requestValidators } from '../../generated/validators.gen.js';
import type { Config, RateLimits } from '../config.js';
import type { Agent } from '../db/schema.js';
import { DomainError, validationError } from '../errors.js';
import { resolveAgentScope, type Principal } from '../services/auth.service.js';
import type { ServiceContext } from '../services/context.js';
import { authenticateRequest } from './authenticate.js';
import { clientAddress, rateBucketOf } from './client-address.js';
import { handlers } from './handlers/index.js';
import { enforceRateLimit, type RateLimiter } from './rate-limit.js';
import type { Caller, HandlerContext, OperationRequest } from './types.js';
import { runValidator } from './validate.js';

const SPEC_PATH = new URL('../../generated/openapi.json', import.meta.url);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const OPERATION_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
/** The path parameter names bath-es5 (openapi-backend's path parser) recognises in a template. */
const BATH_PARAM = /\{[A-Za-z0-9_-]+\}/g;

export interface RouterDeps {
  services: ServiceContext;
  limiter: RateLimiter;
  config: Config;
  startedAt: number;
}

type Tier = keyof RateLimits;
type OpenApiRouter = OpenAPIBackend['router'];

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

/** The path and query parameters of a matched request, as openapi-backend's `parseRequest` reads them. */
interface RequestParams {
  path: Record<string, string>;
  query: Record<string, unknown>;
}

interface Route<T> {
  operation: Operation;
  /** openapi-backend's template rule: each `{param}` matches `[^/]+`, literal parts match themselves. */
  pattern: RegExp;
  /** Reads the parameters of a request this route matched: its raw and its normalized path, and its query string. */
  parse: (rawPath: string, path: string, querystring: string) => RequestParams;
  target: T;
}

export interface RouteTable<T> {
  /** The route for a method (lower case) and a normalized path, or why there is none. */
  match(method: string, path: string): Route<T> | 'notFound' | 'methodNotAllowed';
}

/**
 * The request path as openapi-backend matches it (its `normalizeRequest`, then `normalizePath`),
 * without the request copies those make.
 */
export function normalizedRequestPath(router: OpenApiRouter, rawPath: string | null | undefined): string {
  let path = rawPath?.trim() || '';
  if (path.charCodeAt(0) !== 47 /* '/' */) path = `/${path}`;
  const query = path.indexOf('?');
  if (query !== -1) path = path.slice(0, query);
  return router.normalizePath(path);
}

/**
 * Path parameters exactly as bath-es5 (openapi-backend's path parser) extracts them: each `{name}`
 * captures `[^/]*`, every value is URI-decoded (a malformed escape throws URIError, which the
 * library let through as a 500; the router answers 422), a name bound twice to
 * different values yields no parameters, and a path the template does not match yields none.
 * Returns undefined when the template is not one this reproduces (the library is asked instead).
 */
export function compilePathParams(template: string): ((path: string) => Record<string, string>) | undefined {
  const names = (template.match(BATH_PARAM) ?? []).map((n) => n.slice(1, -1));
  let pattern: RegExp;
  try {
    // bath builds this from the raw template (literal parts unescaped) on every request.
    pattern = new RegExp(`^${template.replace(BATH_PARAM, '([^\\/]*)')}$`);
  } catch {
    return undefined;
  }
  if (names.length === 0) return () => ({});
  if (names.length === 1) {
    const name = names[0]!;
    return (path) => {
      const m = pattern.exec(path);
      const params: Record<string, string> = {};
      if (m) params[name] = decodeURIComponent(m[1]!);
      return params;
    };
  }
  return (path) => {
    const m = pattern.exec(path);
    const params: Record<string, string> = {};
    if (!m) return params;
    const values = names.map((_, i) => decodeURIComponent(m[i + 1]!));
    if (names.some((name, i) => names.some((other, j) => other === name && values[j] !== values[i]))) return params;
    names.forEach((name, i) => (params[name] = values[i]!));
    return params;
  };
}

/** Whether openapi-backend rewrites any of this operation's query values after parsing them. */
function hasStyledQueryParams(operation: Operation): boolean {
  return (operation.parameters ?? []).some((p) => {
    if ('$ref' in p || p.in !== 'query') return false;
    return Boolean(p.content?.['application/json']) || p.explode === false;
  });
}

/**
 * The request parser of one operation: the same result as openapi-backend's `parseRequest(req,
 * operation)`, whose per-request cost (a second query parse, header and cookie copies, a regex
 * compiled per request) dominated the routing of a simple GET.
 */
function compileRequestParser(router: OpenApiRouter, operation: Operation): Route<unknown>['parse'] {
  const library = (rawPath: string, _path: string, querystring: string): RequestParams => {
    const parsed: { params: Record<string, string>; query: Record<string, unknown> } = router.parseRequest(
      { method: operation.method, path: rawPath, headers: {}, query: querystring },
      operation,
    );
    return { path: { ...parsed.params }, query: { ...parsed.query } };
  };
  const pathParams = compilePathParams(operation.path);
  if (!pathParams || hasStyledQueryParams(operation)) return library;
  return (rawPath, path, querystring) => ({
    path: pathParams(path),
    // The library reads the query with qs, through the same method; an empty one is `{}`.
    query: querystring === '' ? {} : router.parseRequestQuery({ method: operation.method, path: rawPath, headers: {}, query: querystring }),
  });
}

/**
 * openapi-backend rebuilds its operation list (twice, with lodash) and compiles a regex per path
 * template on every request. The document never changes after init, so the list is built once and
 * the templates compiled once; matching keeps the library's rules (an exact path first, then the
 * most specific template; a path that matches with another method is a 405). The library's own
 * `matchOperation` is replaced by the same table, so both agree.
 */
export function compileRouting<T>(api: OpenAPIBackend, targetOf: (operation: Operation) => T): RouteTable<T> {
  const router = api.router;
  const all = router.getOperations();
  router.getOperations = () => all;
  const routes = all
    .map((operation) => ({
      operation,
      pattern: new RegExp(
        `^${operation.path
          .split(/\{[^}]+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}$`,
      ),
      specificity: operation.path.replace(/\{.*?\}/g, '').length,
      parse: compileRequestParser(router, operation),
      target: targetOf(operation),
    }))
    .sort((a, b) => b.specificity - a.specificity);

  // Per method: routes by exact path (the library's first pass), then the templates in order of
  // specificity. Routes without a parameter can only match their own path, which the first pass
  // already covers, so the second pass tries templates only.
  const exact = new Map<string, Map<string, Route<T>>>();
  const templates = new Map<string, Route<T>[]>();
  for (const route of routes) {
    const { method, path } = route.operation;
    const byPath = exact.get(method) ?? exact.set(method, new Map()).get(method)!;
    if (!byPath.has(path)) byPath.set(path, route);
    if (path.includes('{')) (templates.get(method) ?? templates.set(method, []).get(method)!).push(route);
  }

  const table: RouteTable<T> = {
    match(method, path) {
      const hit = exact.get(method)?.get(path);
      if (hit) return hit;
      const candidates = templates.get(method);
      if (candidates) {
        for (const route of candidates) if (route.pattern.test(path)) return route;
      }
      return routes.some((route) => route.pattern.test(path)) ? 'methodNotAllowed' : 'notFound';
    },
  };

  router.matchOperation = ((req: Parameters<OpenApiRouter['matchOperation']>[0], strict?: boolean) => {
    const { method, path } = router.normalizeRequest(req);
    const found = table.match(method, router.normalizePath(path));
    if (typeof found === 'object') return found.operation;
    if (!strict) return undefined;
    throw new Error(
      found === 'methodNotAllowed'
        ? '405-methodNotAllowed: this method is not registered for the route'
        : '404-notFound: no route matches request',
    );
  }) as OpenApiRouter['matchOperation'];
  return table;
}

/** What koa sets for a body it serializes as JSON (`mime-types.contentType('json')`). */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A body koa renders as JSON: a plain object or array (not a string, buffer, stream, blob or null). */
function isJsonBody(body: unknown): boolean {
  if (body === null || typeof body !== 'object') return false;
  const proto = Object.getPrototypeOf(body) as unknown;
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

type OperationRunner = (ctx: Koa.Context, params: RequestParams) => Promise<void>;

export async function createApiRouter(deps: RouterDeps): Promise<Koa.Middleware> {
  const { services, limiter, config } = deps;
  const proxy = { trustProxy: config.trustProxy, hops: config.trustProxyHops };
  const parseJson = bodyParser({
    enableTypes: ['json'],
    jsonLimit: config.bodyLimitBytes,
    jsonStrict: true,
    extendTypes: { json: ['application/json', 'application/*+json'] },
  });

  /** A promise only when the limiter answers with one (Redis): the in-memory path stays synchronous. */
  function applyRateLimit(ctx: Koa.Context, tier: Tier, identity: string): void | Promise<void> {
    return enforceRateLimit(ctx.res, limiter, `${tier}|${identity}`, config.rateLimits[tier]);
  }

  /** The per-IP bucket of a request: its client address (see client-address.ts), IPv6 per /64. */
  function ipIdentity(ctx: Koa.Context): string {
    const address = clientAddress(ctx.req.socket.remoteAddress, ctx.req.headers['x-forwarded-for'], proxy);
    return `ip:${rateBucketOf(address)}`;
  }

  /**
   * A JWT caller acting for one of its agents (named by `X-Agent-Id` and resolved) is counted per
   * agent; everything else per credential. The identity comes from the resolved agent, never from
   * the header: an id that resolves to nothing is counted against the caller's own bucket.
   */
  function rateIdentity(principal: Principal, named: Agent | undefined): string {
    return principal.credential === 'jwt' && named ? `${principal.identity}:agent:${named.id}` : principal.identity;
  }

  /**
   * The agent an agent-scoped request acts for, resolved before rate limiting so the limit keys on
   * it. A malformed `X-Agent-Id` is left to the validator (422); an unknown one yields the 404 to
   * throw once the request has been counted and validated.
   */
  async function scopeOf(principal: Principal, agentId: string | undefined): Promise<{ agent?: Agent; failure?: Error }> {
    if (!principal.agent && agentId !== undefined && !isUuid(agentId)) return {};
    try {
      return { agent: await resolveAgentScope(services, principal, agentId) };
    } catch (err) {
      return { failure: err instanceof Error ? err : new Error(String(err)) };
    }
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

  /** The pipeline of one operation, with everything that does not depend on the request decided once. */
  function operationRunner(operationId: OperationId): OperationRunner {
    const meta = operations[operationId];
    const authMode = meta.auth === 'jwt' ? 'jwt' : 'any';
    const validators = requestValidators[operationId];
    const handler = handlers[operationId] as unknown as (
      req: OperationRequest<OperationId>,
      c: HandlerContext,
    ) => Promise<{ status: unknown; body: unknown; headers?: Record<string, string> }>;

    return async (ctx, params) => {
      ctx.state.operationId = operationId; // for the request log and the request-duration metric
      let principal: Principal | undefined;
      if (meta.auth !== 'none') {
        // What ctx.get returns, without its per-call name folding.
        const raw = ctx.req.headers;
        const credentials = { apiKey: (raw['x-api-key'] || '') as string, authorization: raw.authorization || '' };
        if (meta.auth !== 'optional' || credentials.apiKey.trim() || credentials.authorization.trim()) {
          try {
            principal = await authenticateRequest(services, credentials, authMode);
          } catch (err) {
            // Failed credentials are counted per client IP, which also slows down key guessing.
            await applyRateLimit(ctx, 'general', ipIdentity(ctx));
            throw err;
          }
        }
      }
      const rawHeaders = ctx.req.headers;
      const headers: Record<string, string | undefined> = {};
      for (const name of Object.keys(rawHeaders)) {
        const value = rawHeaders[name];
        headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const agentId = headers['x-agent-id'];
      const scope = principal && meta.agentScoped ? await scopeOf(principal, agentId) : {};
      if (meta.tier !== 'exempt') {
        const named = agentId !== undefined ? scope.agent : undefined;
        await applyRateLimit(ctx, meta.tier, principal ? rateIdentity(principal, named) : ipIdentity(ctx));
      }

      const body = meta.hasBody ? await readBody(ctx, meta.bodyRequired) : undefined;
      if (validators.params) runValidator(validators.params, { path: params.path, query: params.query, header: headers }, '');
      if (validators.body && body !== undefined) runValidator(validators.body, body, 'body');

      let caller: Caller | undefined;
      if (principal) {
        if (scope.failure) throw scope.failure;
        if (meta.accountWrite && principal.credential === 'agent_key') {
          throw new DomainError('PERMISSION_DENIED', 'An agent key can read this but not change it: use a JWT or the account API key.', {
            reason: 'agent_key_read_only',
          });
        }
        caller = {
          principal,
          agent: meta.agentScoped ? (scope.agent ?? (await resolveAgentScope(services, principal, agentId))) : undefined,
          explicitAgent: principal.credential === 'agent_key' || agentId !== undefined,
        };
      }

      const request = { body, query: params.query, path: params.path, headers } as OperationRequest<OperationId>;
      let reply: Awaited<ReturnType<typeof handler>>;
      try {
        reply = await handler(request, { services, caller, requestId: ctx.state.requestId as string, startedAt: deps.startedAt });
      } catch (err) {
        // A refusal that says when to come back (a full hashing queue) carries it as Retry-After too.
        const retryAfter = err instanceof DomainError && err.status === 503 ? err.details?.retry_after_seconds : undefined;
        if (typeof retryAfter === 'number') ctx.res.setHeader('Retry-After', String(retryAfter));
        throw err;
      }
      if (reply.headers) ctx.set(reply.headers);
      ctx.status = Number(reply.status);
      // Replies the spec documents as carrying a credential must not be kept by any cache.
      if ((meta.noStore as readonly number[]).includes(ctx.status)) ctx.res.setHeader('Cache-Control', 'no-store');
      // koa would look the JSON type up (mime-types) for every body; the header it sets is this one.
      if (!reply.headers && isJsonBody(reply.body)) ctx.res.setHeader('Content-Type', JSON_CONTENT_TYPE);
      ctx.body = reply.body ?? null;
    };
  }

  const api = new OpenAPIBackend({
    definition: routingDocument(loadSpecDocument()),
    validate: false,
    ignoreTrailingSlashes: false,
  });
  // openapi-backend checks documents against the OpenAPI 3.0 schema only; the 3.1 spec is linted in CI.
  api.validateDefinition = () => api.document;
  await api.init();
  const routes = compileRouting(api, (operation): OperationRunner => {
    const operationId = operation.operationId as OperationId | undefined;
    if (!operationId || !(operationId in operations)) throw new Error(`no handler for ${operation.method} ${operation.path}`);
    return operationRunner(operationId);
  });

  async function notFound(ctx: Koa.Context): Promise<never> {
    await applyRateLimit(ctx, 'general', ipIdentity(ctx));
    throw new DomainError('NOT_FOUND', `No route for ${ctx.method} ${ctx.path}.`);
  }

  async function methodNotAllowed(ctx: Koa.Context): Promise<never> {
    await applyRateLimit(ctx, 'general', ipIdentity(ctx));
    const allowed = METHODS.filter((method) => api.matchOperation({ method, path: ctx.path, headers: {} }));
    ctx.set('Allow', allowed.join(', '));
    throw new DomainError('METHOD_NOT_ALLOWED', `${ctx.method} is not allowed on ${ctx.path}; use ${allowed.join(' or ')}.`, {
      allowed_methods: allowed,
    });
  }

  return async (ctx) => {
    const path = normalizedRequestPath(api.router, ctx.path);
    const route = routes.match(ctx.method.trim().toLowerCase(), path);
    if (route === 'notFound') return notFound(ctx);
    if (route === 'methodNotAllowed') return methodNotAllowed(ctx);
    let params: RequestParams;
    try {
      params = route.parse(ctx.path, path, ctx.querystring);
    } catch (err) {
      if (!(err instanceof URIError)) throw err;
      // A malformed percent-escape is the client's mistake, not a server error.
      await applyRateLimit(ctx, 'general', ipIdentity(ctx));
      throw validationError([{ field: 'path', message: 'contains a malformed percent-escape' }]);
    }
    await route.target(ctx, params);
  };
}
