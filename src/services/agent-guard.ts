// What may be done to an agent in its current state, checked by every use case that changes it.
import type { Agent } from '../db/schema.js';
import { DomainError } from '../errors.js';

/**
 * Archived agents are read-only: their data may be read (with a JWT or the account key and
 * `X-Agent-Id`), but nothing may trade for them or change how they trade — orders, cancels,
 * resets and risk limits answer 403 `PERMISSION_DENIED` with `details.reason: "agent_archived"`.
 */
export function assertAgentWritable(agent: Agent): void {
  if (agent.status === 'archived') {
    throw new DomainError('PERMISSION_DENIED', 'This agent is archived and read-only.', { reason: 'agent_archived', agent_id: agent.id });
  }
}
