// The shape every handler has: typed from the generated per-operation request and response types.
import type { OperationId, OperationTypes } from '../../generated/operations.gen.js';
import type { Agent } from '../db/schema.js';
import type { Principal } from '../services/auth.service.js';
import type { ServiceContext } from '../services/context.js';

/** A request part's type; query and path objects are always present (possibly empty). */
type Field<T, K extends string> = K extends keyof T ? NonNullable<T[K]> : never;

export interface OperationRequest<K extends OperationId> {
  body: Field<OperationTypes[K]['data'], 'body'>;
  query: Field<OperationTypes[K]['data'], 'query'>;
  path: Field<OperationTypes[K]['data'], 'path'>;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
}

/** The authenticated caller; present on every secured operation. */
export interface Caller {
  principal: Principal;
  /** The agent acted for, on operations that take `X-Agent-Id`. */
  agent: Agent | undefined;
  /** Whether the agent was chosen by an agent key or `X-Agent-Id` rather than by default. */
  explicitAgent: boolean;
}

export interface HandlerContext {
  services: ServiceContext;
  caller: Caller | undefined;
  requestId: string;
  startedAt: number;
}

type Responses<K extends OperationId> = OperationTypes[K]['responses'] & OperationTypes[K]['errors'];

/** Any documented status with its body type (errors are normally thrown as DomainError instead). */
export type Reply<K extends OperationId> = {
  [S in keyof Responses<K>]: { status: S; body: Responses<K>[S]; headers?: Record<string, string> };
}[keyof Responses<K>];

export type Handler<K extends OperationId> = (req: OperationRequest<K>, ctx: HandlerContext) => Promise<Reply<K>>;

export type HandlerMap = { [K in OperationId]: Handler<K> };

/** The caller of a secured operation; the router guarantees it is there. */
export function callerOf(ctx: HandlerContext): Caller {
  if (!ctx.caller) throw new Error('secured operation reached without a caller');
  return ctx.caller;
}

/** The agent in scope of an agent-scoped operation; the router resolves it. */
export function agentOf(ctx: HandlerContext): Agent {
  const agent = callerOf(ctx).agent;
  if (!agent) throw new Error('agent-scoped operation reached without an agent');
  return agent;
}
