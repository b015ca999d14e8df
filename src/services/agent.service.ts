// Agents: many isolated trading identities per account, each with its own key, wallet, risk
// limits and sessions. Every function takes the owning account, so one account can never reach
// another's agents: a foreign id is indistinguishable from an unknown one.
import type { Kysely } from 'kysely';
import { isoTime } from '../clock.js';
import type { Account, Agent, Database, TradingSession } from '../db/schema.js';
import { defaultColor } from '../domain/agent-appearance.js';
import { effectiveRiskProfile, parseOverrides, serializeOverrides, type RiskOverrides, type RiskProfile } from '../domain/risk-profile.js';
import { equityOf, QUOTE_ASSET } from '../domain/valuation.js';
import { DomainError } from '../errors.js';
import { formatAmount, parseAmount, type Amount } from '../money.js';
import { setDefaultAgent } from '../repositories/account.repository.js';
import {
  countAccountAgents,
  deleteAgent as deleteAgentRow,
  findAccountAgent,
  findAccountAgents,
  findOldestActiveAgent,
  insertAgent,
  updateAgent as updateAgentRow,
  type AgentFilter,
} from '../repositories/agent.repository.js';
import { deleteAgentKeys, findAgentKeys, insertApiKey } from '../repositories/api-key.repository.js';
import { findBalances, insertBalance } from '../repositories/balance.repository.js';
import { countPendingOrdersByAgent, findPendingOrderIds } from '../repositories/trading.repository.js';
import { insertSession } from '../repositories/session.repository.js';
import { API_KEY_PREFIX, generateCredential, keyPreview } from '../security/credentials.js';
import { assertAgentWritable } from './agent-guard.js';
import type { ServiceContext } from './context.js';
import { parsePositiveAmount, parseRiskInput, type RiskInput } from './input.js';
import { kyselyTx } from '../db/store.js';
import { announceCommittedOrders, cancelAgentOrdersInTransaction, resetAgentState } from './trading.service.js';

export const DEFAULT_STARTING_BALANCE = '10000.00';

/** An agent with what its representation needs besides its row. */
export interface AgentView {
  agent: Agent;
  keyPreview: string;
  isDefault: boolean;
  riskProfile: RiskProfile;
}

export interface AgentSettings {
  displayName: string;
  startingBalance?: string | number;
  llmModel?: string;
  framework?: string;
  strategyTags?: string[];
  riskProfile?: RiskInput;
  color?: string;
}

export interface NewAgentResult {
  view: AgentView;
  apiKey: string;
}

interface OpenAgentInput {
  accountId: string;
  displayName: string;
  startingBalance: Amount;
  llmModel?: string | null;
  framework?: string | null;
  strategyTags?: string[];
  riskOverrides?: RiskOverrides;
  color?: string | null;
}

/**
 * Writes an agent, its key (hashed, plus the sealed copy its owner may read again), a USDT wallet
 * holding the starting balance and its first trading session. Runs inside the caller's transaction.
 */
export async function openAgent(
  trx: Kysely<Database>,
  ctx: ServiceContext,
  input: OpenAgentInput,
): Promise<{ agentId: string; apiKey: string }> {
  const now = isoTime(ctx.clock.now());
  const agentId = ctx.ids.next();
  const apiKey = generateCredential(API_KEY_PREFIX);
  const balance = formatAmount(input.startingBalance);
  await insertAgent(trx, {
    id: agentId,
    account_id: input.accountId,
    display_name: input.displayName,
    starting_balance: balance,
    llm_model: input.llmModel ?? null,
    framework: input.framework ?? null,
    strategy_tags: JSON.stringify(input.strategyTags ?? []),
    risk_profile: serializeOverrides(input.riskOverrides ?? {}),
    color: input.color ?? defaultColor(agentId),
    created_at: now,
    updated_at: now,
  });
  await insertApiKey(trx, {
    key_hash: ctx.hasher.hash(apiKey),
    account_id: input.accountId,
    agent_id: agentId,
    kind: 'agent',
    key_preview: keyPreview(apiKey),
    key_encrypted: ctx.keyBox.seal(apiKey),
    created_at: now,
  });
  await insertBalance(trx, { agent_id: agentId, asset: QUOTE_ASSET, available: balance, locked: formatAmount(0n), updated_at: now });
  await insertSession(trx, {
    id: ctx.ids.next(),
    agent_id: agentId,
    starting_balance: balance,
    status: 'active',
    started_at: now,
    ended_at: null,
  });
  return { agentId, apiKey };
}

function trimmedName(name: string, field: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 100) {
    throw new DomainError('VALIDATION_ERROR', 'Request validation failed.', {
      errors: [{ field, message: 'must be 1–100 characters after trimming' }],
    });
  }
  return trimmed;
}

async function requireAgent(ctx: ServiceContext, accountId: string, agentId: string): Promise<Agent> {
  const agent = await findAccountAgent(ctx.db, accountId, agentId.toLowerCase());
  if (!agent) throw new DomainError('AGENT_NOT_FOUND', 'Agent not found.', { agent_id: agentId });
  return agent;
}

async function viewAgents(ctx: ServiceContext, account: Account, agents: Agent[]): Promise<AgentView[]> {
  const keys = await findAgentKeys(
    ctx.db,
    agents.map((a) => a.id),
  );
  const previews = new Map(keys.map((k) => [k.agent_id, k.key_preview]));
  return agents.map((agent) => ({
    agent,
    keyPreview: previews.get(agent.id) ?? '',
    isDefault: account.default_agent_id === agent.id,
    riskProfile: effectiveRiskProfile(account.risk_profile, agent.risk_profile),
  }));
}

async function viewAgent(ctx: ServiceContext, account: Account, agentId: string): Promise<AgentView> {
  const [view] = await viewAgents(ctx, account, [await requireAgent(ctx, account.id, agentId)]);
  return view!;
}

/** Keeps account-level credentials pointing at a live agent when the default one goes away. */
async function handOverDefault(trx: Kysely<Database>, account: Account, leavingId: string, now: string): Promise<void> {
  if (account.default_agent_id !== leavingId) return;
  const next = await findOldestActiveAgent(trx, account.id, leavingId);
  await setDefaultAgent(trx, account.id, next?.id ?? null, now);
  account.default_agent_id = next?.id ?? null;
}

/**
 * Refuses a new agent once the account holds `maxAgentsPerAccount` (archived ones count: they keep
 * their data; deleting one frees its slot). Runs in the transaction that inserts the agent, so two
 * concurrent creations cannot both take the last slot.
 */
async function assertAgentSlot(trx: Kysely<Database>, ctx: ServiceContext, accountId: string): Promise<void> {
  const limit = ctx.config.maxAgentsPerAccount;
  const current = await countAccountAgents(trx, accountId, { includeArchived: true });
  if (current >= limit) {
    throw new DomainError('LIMIT_REACHED', `An account may hold at most ${limit} agents; delete one to make room.`, {
      reason: 'limit_reached',
      resource: 'agents',
      limit,
      current,
    });
  }
}

export async function createAgent(ctx: ServiceContext, account: Account, settings: AgentSettings): Promise<NewAgentResult> {
  const input: OpenAgentInput = {
    accountId: account.id,
    displayName: trimmedName(settings.displayName, 'body.display_name'),
    startingBalance: parsePositiveAmount(settings.startingBalance ?? DEFAULT_STARTING_BALANCE, 'body.starting_balance'),
    llmModel: settings.llmModel,
    framework: settings.framework,
    strategyTags: settings.strategyTags,
    riskOverrides: settings.riskProfile ? parseRiskInput(settings.riskProfile, 'body.risk_profile') : {},
    color: settings.color?.toUpperCase(),
  };
  const { agentId, apiKey } = await ctx.db.transaction().execute(async (trx) => {
    await assertAgentSlot(trx, ctx, account.id);
    return openAgent(trx, ctx, input);
  });
  return { view: await viewAgent(ctx, account, agentId), apiKey };
}

export async function listAgents(
  ctx: ServiceContext,
  account: Account,
  filter: AgentFilter,
  page: { limit: number; offset: number },
): Promise<{ views: AgentView[]; total: number }> {
  const [agents, total] = await Promise.all([
    findAccountAgents(ctx.db, account.id, filter, page),
    countAccountAgents(ctx.db, account.id, filter),
  ]);
  return { views: await viewAgents(ctx, account, agents), total };
}

export const getAgent = viewAgent;

export interface AgentPatch {
  displayName?: string;
  llmModel?: string | null;
  framework?: string | null;
  strategyTags?: string[];
  riskProfile?: RiskInput;
  color?: string | null;
}

export async function updateAgent(ctx: ServiceContext, account: Account, agentId: string, patch: AgentPatch): Promise<AgentView> {
  const agent = await requireAgent(ctx, account.id, agentId);
  // A risk-profile change alters how the agent trades; its name and labels stay editable.
  if (patch.riskProfile !== undefined) assertAgentWritable(agent);
  const changes: Parameters<typeof updateAgentRow>[2] = {};
  if (patch.displayName !== undefined) changes.display_name = trimmedName(patch.displayName, 'body.display_name');
  if (patch.llmModel !== undefined) changes.llm_model = patch.llmModel;
  if (patch.framework !== undefined) changes.framework = patch.framework;
  if (patch.strategyTags !== undefined) changes.strategy_tags = JSON.stringify(patch.strategyTags);
  if (patch.riskProfile !== undefined) changes.risk_profile = serializeOverrides(parseRiskInput(patch.riskProfile, 'body.risk_profile'));
  if (patch.color !== undefined) changes.color = patch.color === null ? defaultColor(agent.id) : patch.color.toUpperCase();
  if (Object.keys(changes).length > 0) {
    await updateAgentRow(ctx.db, agent.id, { ...changes, updated_at: isoTime(ctx.clock.now()) });
  }
  return viewAgent(ctx, account, agent.id);
}

export async function cloneAgent(ctx: ServiceContext, account: Account, agentId: string, newName?: string): Promise<NewAgentResult> {
  const source = await requireAgent(ctx, account.id, agentId);
  const displayName = newName === undefined ? `Copy of ${source.display_name}`.slice(0, 100) : trimmedName(newName, 'query.new_name');
  const { agentId: cloneId, apiKey } = await ctx.db.transaction().execute(async (trx) => {
    await assertAgentSlot(trx, ctx, account.id);
    return openAgent(trx, ctx, {
      accountId: account.id,
      displayName,
      startingBalance: parseAmount(source.starting_balance),
      llmModel: source.llm_model,
      framework: source.framework,
      strategyTags: JSON.parse(source.strategy_tags) as string[],
      riskOverrides: parseOverrides(source.risk_profile),
    });
  });
  return { view: await viewAgent(ctx, account, cloneId), apiKey };
}

export interface AgentResetResult {
  view: AgentView;
  previous: TradingSession;
  next: TradingSession;
}

/**
 * Puts the agent back to a clean start: open orders cancelled, positions closed, the wallet holding
 * exactly the starting balance in USDT, the session closed and a new one opened. History stays,
 * tied to the old session.
 */
export async function resetAgent(
  ctx: ServiceContext,
  account: Account,
  agentId: string,
  newStartingBalance?: Amount,
): Promise<AgentResetResult> {
  const agent = await requireAgent(ctx, account.id, agentId);
  assertAgentWritable(agent);
  const startingBalance = newStartingBalance ?? parseAmount(agent.starting_balance);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const state = await resetAgentState(trx, ctx, agent, startingBalance);
    await updateAgentRow(trx, agent.id, { starting_balance: formatAmount(startingBalance), updated_at: isoTime(ctx.clock.now()) });
    return state;
  });
  for (const id of outcome.cancelledOrderIds) ctx.matcher.untrack(id);
  // Committed: the cancels, and the wallet and positions every subscriber must see reset.
  await announceCommittedOrders(ctx, outcome.cancelledOrderIds, [agent.id]);
  const sessions = await ctx.db.selectFrom('trading_sessions').selectAll().where('agent_id', '=', agent.id).execute();
  const next = sessions.find((s) => s.id === outcome.newSessionId);
  const previous = sessions.find((s) => s.id === outcome.previousSessionId);
  if (!next || !previous) throw new Error(`reset of agent ${agent.id} left no session pair`);
  return { view: await viewAgent(ctx, account, agent.id), previous, next };
}

export async function archiveAgent(ctx: ServiceContext, account: Account, agentId: string): Promise<AgentView> {
  const agent = await requireAgent(ctx, account.id, agentId);
  if (agent.status !== 'archived') {
    const now = isoTime(ctx.clock.now());
    const cancelled = await ctx.db.transaction().execute(async (trx) => {
      // An archived agent is read-only, so nobody could cancel its orders afterwards: they end here,
      // their locks released, rather than fill later for an agent that no longer trades.
      const ids = await cancelAgentOrdersInTransaction(ctx, kyselyTx(trx, ctx.writes.dialect), agent, 'user');
      await updateAgentRow(trx, agent.id, { status: 'archived', updated_at: now });
      await handOverDefault(trx, account, agent.id, now);
      return ids;
    });
    for (const id of cancelled) ctx.matcher.untrack(id);
    await announceCommittedOrders(ctx, cancelled);
  }
  return viewAgent(ctx, account, agent.id);
}

export async function deleteAgent(ctx: ServiceContext, account: Account, agentId: string): Promise<void> {
  const agent = await requireAgent(ctx, account.id, agentId);
  const now = isoTime(ctx.clock.now());
  const pendingOrderIds = await ctx.db.transaction().execute(async (trx) => {
    await handOverDefault(trx, account, agent.id, now);
    const pending = await findPendingOrderIds(trx, agent.id);
    // Keys, wallet, sessions, orders, fills and positions go with it by foreign-key cascade.
    await deleteAgentRow(trx, agent.id);
    return pending;
  });
  // Its resting orders are gone from the database; the matcher must not keep them in memory.
  for (const id of pendingOrderIds) ctx.matcher.untrack(id);
  ctx.orderRate.forget(agent.id);
}

export async function readAgentKey(ctx: ServiceContext, account: Account, agentId: string): Promise<string> {
  const agent = await requireAgent(ctx, account.id, agentId);
  const [key] = await findAgentKeys(ctx.db, [agent.id]);
  if (!key?.key_encrypted) throw new Error(`agent ${agent.id} has no readable key`);
  return ctx.keyBox.open(key.key_encrypted);
}

export async function regenerateAgentKey(ctx: ServiceContext, account: Account, agentId: string): Promise<string> {
  const agent = await requireAgent(ctx, account.id, agentId);
  const apiKey = generateCredential(API_KEY_PREFIX);
  const now = isoTime(ctx.clock.now());
  await ctx.db.transaction().execute(async (trx) => {
    await deleteAgentKeys(trx, agent.id);
    await insertApiKey(trx, {
      key_hash: ctx.hasher.hash(apiKey),
      account_id: account.id,
      agent_id: agent.id,
      kind: 'agent',
      key_preview: keyPreview(apiKey),
      key_encrypted: ctx.keyBox.seal(apiKey),
      created_at: now,
    });
  });
  return apiKey;
}

export async function getAgentRiskProfile(ctx: ServiceContext, account: Account, agentId: string): Promise<RiskProfile> {
  const agent = await requireAgent(ctx, account.id, agentId);
  return effectiveRiskProfile(account.risk_profile, agent.risk_profile);
}

/** Merges the fields sent into the agent's overrides. */
export async function updateAgentRiskProfile(
  ctx: ServiceContext,
  account: Account,
  agentId: string,
  input: RiskInput,
): Promise<RiskProfile> {
  const agent = await requireAgent(ctx, account.id, agentId);
  assertAgentWritable(agent);
  const merged = { ...parseOverrides(agent.risk_profile), ...parseRiskInput(input, 'body') };
  const json = serializeOverrides(merged);
  await updateAgentRow(ctx.db, agent.id, { risk_profile: json, updated_at: isoTime(ctx.clock.now()) });
  return effectiveRiskProfile(account.risk_profile, json);
}

export interface AgentSummary extends AgentView {
  equity: Amount;
  openOrders: number;
}

/** Every agent that is not archived, with its equity valued at the feed's last prices. */
export async function overview(ctx: ServiceContext, account: Account): Promise<AgentSummary[]> {
  const agents = await findAccountAgents(ctx.db, account.id, { includeArchived: false }, { limit: 10_000, offset: 0 });
  const [views, balances, openOrders] = await Promise.all([
    viewAgents(ctx, account, agents),
    findBalances(
      ctx.db,
      agents.map((a) => a.id),
    ),
    countPendingOrdersByAgent(
      ctx.db,
      agents.map((a) => a.id),
    ),
  ]);
  return views.map((view) => {
    const holdings = balances
      .filter((b) => b.agent_id === view.agent.id)
      .map((b) => ({ asset: b.asset, available: parseAmount(b.available), locked: parseAmount(b.locked) }));
    return { ...view, equity: equityOf(holdings, ctx.prices), openOrders: openOrders.get(view.agent.id) ?? 0 };
  });
}
