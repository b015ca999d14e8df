import { toRiskProfileDto } from '../../domain/risk-profile.js';
import { formatAmount } from '../../money.js';
import { getAccountView, getBalanceSheet, updateScopedRiskProfile, type AccountView } from '../../services/account.service.js';
import { agentOf, callerOf, type Handler } from '../types.js';

function toAccountInfoDto(view: AccountView) {
  return {
    account_id: view.account.id,
    display_name: view.account.display_name,
    status: view.account.status,
    starting_balance: view.agent.starting_balance,
    current_session: { session_id: view.session.id, started_at: view.session.started_at },
    risk_profile: toRiskProfileDto(view.riskProfile),
    created_at: view.account.created_at,
    agent_id: view.agent.id,
    agent_display_name: view.agent.display_name,
  };
}

export const getAccountInfo: Handler<'getAccountInfo'> = async (_req, ctx) => ({
  status: 200,
  body: toAccountInfoDto(await getAccountView(ctx.services, callerOf(ctx).principal.account, agentOf(ctx))),
});

export const getBalance: Handler<'getBalance'> = async (req, ctx) => {
  const sheet = await getBalanceSheet(ctx.services, callerOf(ctx).principal.account, agentOf(ctx), req.query.scope ?? 'agent');
  return {
    status: 200,
    body: {
      scope: sheet.scope,
      agent_id: sheet.agentId,
      balances: sheet.holdings.map((h) => ({
        asset: h.asset,
        available: formatAmount(h.available),
        locked: formatAmount(h.locked),
        total: formatAmount(h.available + h.locked),
      })),
      total_equity_usdt: formatAmount(sheet.equity),
    },
  };
};

export const updateAccountRiskProfile: Handler<'updateAccountRiskProfile'> = async (req, ctx) => {
  const caller = callerOf(ctx);
  const result = await updateScopedRiskProfile(
    ctx.services,
    caller.principal.account,
    caller.explicitAgent ? agentOf(ctx) : undefined,
    req.body,
  );
  return { status: 200, body: { scope: result.scope, agent_id: result.agentId, risk_profile: toRiskProfileDto(result.riskProfile) } };
};
