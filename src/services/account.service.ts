// The account as seen through the agent in scope, its balances and its risk limits.
import { isoTime } from '../clock.js';
import type { Account, Agent, TradingSession } from '../db/schema.js';
import { effectiveRiskProfile, parseOverrides, serializeOverrides, type RiskProfile } from '../domain/risk-profile.js';
import { equityOf, type Holding } from '../domain/valuation.js';
import { parseAmount, type Amount } from '../money.js';
import { setAccountRiskProfile } from '../repositories/account.repository.js';
import { findAccountAgents } from '../repositories/agent.repository.js';
import { findBalances } from '../repositories/balance.repository.js';
import { findActiveSession } from '../repositories/session.repository.js';
import { updateAgentRiskProfile } from './agent.service.js';
import type { ServiceContext } from './context.js';
import { parseRiskInput, type RiskInput } from './input.js';

export interface AccountView {
  account: Account;
  agent: Agent;
  session: TradingSession;
  riskProfile: RiskProfile;
}

export async function getAccountView(ctx: ServiceContext, account: Account, agent: Agent): Promise<AccountView> {
  const session = await findActiveSession(ctx.db, agent.id);
  if (!session) throw new Error(`agent ${agent.id} has no active trading session`);
  return { account, agent, session, riskProfile: effectiveRiskProfile(account.risk_profile, agent.risk_profile) };
}

export interface BalanceSheet {
  scope: 'agent' | 'account';
  agentId: string | null;
  /** One row per asset, sorted by asset. */
  holdings: Holding[];
  equity: Amount;
}

function sumByAsset(rows: Array<{ asset: string; available: string; locked: string }>): Holding[] {
  const byAsset = new Map<string, Holding>();
  for (const row of rows) {
    const h = byAsset.get(row.asset) ?? { asset: row.asset, available: 0n, locked: 0n };
    h.available += parseAmount(row.available);
    h.locked += parseAmount(row.locked);
    byAsset.set(row.asset, h);
  }
  return [...byAsset.values()].sort((a, b) => (a.asset < b.asset ? -1 : a.asset > b.asset ? 1 : 0));
}

/** One agent's wallet, or (scope `account`) every asset summed over the account's active agents. */
export async function getBalanceSheet(
  ctx: ServiceContext,
  account: Account,
  agent: Agent,
  scope: 'agent' | 'account',
): Promise<BalanceSheet> {
  const agentIds =
    scope === 'agent'
      ? [agent.id]
      : (await findAccountAgents(ctx.db, account.id, { includeArchived: false }, { limit: 100_000, offset: 0 })).map((a) => a.id);
  const holdings = sumByAsset(await findBalances(ctx.db, agentIds));
  return { scope, agentId: scope === 'agent' ? agent.id : null, holdings, equity: equityOf(holdings, ctx.prices) };
}

export interface ScopedRisk {
  scope: 'account' | 'agent';
  agentId: string | null;
  riskProfile: RiskProfile;
}

/** Sets the account's limits, or the agent's overrides when an agent was named explicitly. */
export async function updateScopedRiskProfile(
  ctx: ServiceContext,
  account: Account,
  agent: Agent | undefined,
  input: RiskInput,
): Promise<ScopedRisk> {
  if (agent) {
    return { scope: 'agent', agentId: agent.id, riskProfile: await updateAgentRiskProfile(ctx, account, agent.id, input) };
  }
  const merged = serializeOverrides({ ...parseOverrides(account.risk_profile), ...parseRiskInput(input, 'body') });
  await setAccountRiskProfile(ctx.db, account.id, merged, isoTime(ctx.clock.now()));
  return { scope: 'account', agentId: null, riskProfile: effectiveRiskProfile(merged) };
}
