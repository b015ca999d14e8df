// The checks an upgrade request passes before it becomes a WebSocket: the credential (query first,
// then the REST headers), the agent it streams for, and the HTTP refusal written on the raw socket
// when it fails. A refusal is the REST error envelope, so clients handle one shape everywhere.
import { isUuid } from '../ids.js';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Agent } from '../db/schema.js';
import { DomainError, validationError } from '../errors.js';
import { authenticateRequest } from '../http/authenticate.js';
import { accountPrincipal, authenticateApiKey, authenticateToken, resolveAgentScope, type Principal } from '../services/auth.service.js';
import type { ServiceContext } from '../services/context.js';
import type { Session } from './connection.js';

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/**
 * The session of an upgrade request, or the DomainError to refuse it with. Credentials: query
 * `api_key`, else query `token`, else the `X-API-Key` / `Authorization: Bearer` headers (browsers
 * cannot set headers on a WebSocket, so the query comes first).
 */
export async function authenticateUpgrade(services: ServiceContext, req: IncomingMessage, query: URLSearchParams): Promise<Session> {
  const token = query.get('token')?.trim() || undefined;
  let apiKey = query.get('api_key')?.trim() || undefined;
  let principal: Principal;
  if (apiKey) principal = await authenticateApiKey(services, apiKey);
  else if (token) principal = await authenticateToken(services, token);
  else {
    const headers = { apiKey: header(req, 'x-api-key'), authorization: header(req, 'authorization') };
    principal = await authenticateRequest(services, headers, 'any');
    if (principal.credential !== 'jwt') apiKey = headers.apiKey;
  }

  const agentId = query.get('agent_id')?.trim() || header(req, 'x-agent-id');
  if (agentId !== undefined && !isUuid(agentId)) {
    throw validationError([{ field: 'query.agent_id', message: 'must be a UUID' }], 'agent_id must be an agent id (a UUID).');
  }
  const agent = await agentOf(services, principal, agentId);
  const accountId = principal.account.id;
  const key = apiKey;
  return {
    accountId,
    agentId: agent?.id,
    identity: principal.identity,
    // While the socket is open: the key must still be valid (not regenerated; an agent key's agent
    // not archived or deleted), the account active, and the socket's agent still the account's. A
    // JWT's expiry is checked at the handshake only, as for a request in flight.
    stillValid: async () => {
      const current = key !== undefined ? await authenticateApiKey(services, key) : await accountPrincipal(services, accountId);
      if (agent && !current.agent) await resolveAgentScope(services, current, agent.id);
    },
  };
}

/**
 * As REST resolves X-Agent-Id: an agent key's own agent, else the named agent (404 when unknown or
 * another account's), else the default agent. Unlike REST, no agent at all is allowed: the public
 * channels need none, and the private ones say so when subscribed.
 */
async function agentOf(services: ServiceContext, principal: Principal, agentId: string | undefined): Promise<Agent | undefined> {
  if (principal.agent || agentId !== undefined) return resolveAgentScope(services, principal, agentId);
  if (!principal.account.default_agent_id) return undefined;
  try {
    return await resolveAgentScope(services, principal, undefined);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'AGENT_NOT_FOUND') return undefined;
    throw err;
  }
}

/** Whether a browser page from `origin` may connect: any origin with `CORS_ORIGINS=*`, else the listed ones. */
export function originAllowed(origin: string | undefined, allowed: '*' | readonly string[]): boolean {
  return origin === undefined || allowed === '*' || allowed.includes(origin);
}

export interface Refusal {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export function refusalOf(err: DomainError): Refusal {
  return { status: err.status, code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
}

/** Answers the upgrade with a plain HTTP error in the REST envelope and closes the socket. */
export function writeRefusal(socket: Duplex, refusal: Refusal): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({
    error: { code: refusal.code, message: refusal.message, ...(refusal.details ? { details: refusal.details } : {}) },
  });
  const headers: Record<string, string | number> = {
    Connection: 'close',
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    ...refusal.headers,
  };
  const head = [`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? 'Error'}`];
  for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
  socket.once('finish', () => socket.destroy());
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}
