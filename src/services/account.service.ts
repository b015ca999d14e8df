import type { Account, Agent, TradingSession } from '../db/schema.js';
import { effectiveRiskProfile, type RiskProfile } from '../domain/risk-profile.js';
import { findActiveSession } from '../repositories/session.repository.js';
import type { ServiceContext } from './context.js';

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
