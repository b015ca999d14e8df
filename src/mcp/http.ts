// MCP over Streamable HTTP at /mcp, stateless: every POST gets a fresh server and transport, so
// nothing is kept between requests and any instance can answer any request. The caller is
// authenticated here exactly as REST does it (a bad credential is REST's 401 envelope, never an MCP
// session); each tool call then goes to this same server's REST API over loopback with the caller's
// own credential headers, so agent scope and rate limits are REST's, counted per call.
import { isUuid } from '../ids.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type Koa from 'koa';
import { MCP_TOOLS } from '../../generated/mcp-tools.gen.js';
import type { Config } from '../config.js';
import { DomainError, validationError } from '../errors.js';
import { authenticateRequest } from '../http/authenticate.js';
import { clientAddress, rateBucketOf } from '../http/client-address.js';
import { enforceRateLimit, type RateLimiter } from '../http/rate-limit.js';
import { resolveAgentScope } from '../services/auth.service.js';
import type { ServiceContext } from '../services/context.js';
import { createMcpServer } from './server.js';

const MCP_PATH = '/mcp';

/** The request headers a tool call carries on to the REST API. */
const FORWARDED = ['x-api-key', 'authorization', 'x-agent-id'] as const;

export interface McpEndpointDeps {
  services: ServiceContext;
  config: Config;
  /** REST's limiter: failed credentials here count in the same per-IP bucket as REST's. */
  limiter: RateLimiter;
  /** The URL this server's REST API answers on from inside the process; undefined until it listens. */
  loopbackUrl: () => string | undefined;
}

export function mcpEndpoint({ services, config, limiter, loopbackUrl }: McpEndpointDeps): Koa.Middleware {
  const proxy = { trustProxy: config.trustProxy, hops: config.trustProxyHops };

  /** As REST answers a failed credential: counted per client IP, which slows down key guessing. */
  function countFailedCredential(ctx: Koa.Context): void | Promise<void> {
    const address = clientAddress(ctx.req.socket.remoteAddress, ctx.req.headers['x-forwarded-for'], proxy);
    return enforceRateLimit(ctx.res, limiter, `general|ip:${rateBucketOf(address)}`, config.rateLimits.general);
  }

  return async (ctx, next) => {
    if (ctx.path !== MCP_PATH) {
      await next();
      return;
    }
    // Stateless: no server-initiated stream to GET and no session to DELETE.
    if (ctx.method !== 'POST') {
      ctx.set('Allow', 'POST');
      throw new DomainError('METHOD_NOT_ALLOWED', `${ctx.method} is not allowed on ${MCP_PATH}; use POST.`, { allowed_methods: ['POST'] });
    }

    const raw = ctx.req.headers;
    try {
      const principal = await authenticateRequest(
        services,
        { apiKey: raw['x-api-key'] as string | undefined, authorization: raw.authorization },
        'any',
      );
      const agentId = raw['x-agent-id'] as string | undefined;
      if (agentId !== undefined) {
        if (!isUuid(agentId)) throw validationError([{ field: 'X-Agent-Id', message: 'must be a UUID' }]);
        await resolveAgentScope(services, principal, agentId);
      }
    } catch (err) {
      if (err instanceof DomainError && err.status === 401) await countFailedCredential(ctx);
      throw err;
    }

    const baseUrl = loopbackUrl();
    if (!baseUrl) throw new DomainError('SERVICE_UNAVAILABLE', 'The server is not listening yet.');
    const headers: Record<string, string> = { 'x-request-id': ctx.state.requestId as string };
    for (const name of FORWARDED) {
      const value = raw[name];
      if (typeof value === 'string') headers[name] = value;
    }

    const server = createMcpServer({ tools: MCP_TOOLS, target: () => ({ baseUrl, headers }) });
    // JSON replies rather than an SSE stream: each request has exactly one answer and nothing follows it.
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      maxRequestBodySize: config.bodyLimitBytes,
    });
    ctx.res.once('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    // The transport writes the response itself (and reads the body, up to the REST body limit).
    ctx.respond = false;
    await transport.handleRequest(ctx.req, ctx.res);
    ctx.status = ctx.res.statusCode; // for the request log and metrics only; the reply is already sent
  };
}
