import { getAccountView, type AccountView } from '../../services/account.service.js';
import { callerOf, type Handler } from '../types.js';

function toAccountInfoDto(view: AccountView) {
  return {
    account_id: view.account.id,
    display_name: view.account.display_name,
    status: view.account.status,
    starting_balance: view.agent.starting_balance,
    current_session: { session_id: view.session.id, started_at: view.session.started_at },
    risk_profile: view.riskProfile,
    created_at: view.account.created_at,
    agent_id: view.agent.id,
    agent_display_name: view.agent.display_name,
  };
}

export const getAccountInfo: Handler<'getAccountInfo'> = async (_req, ctx) => {
  const caller = callerOf(ctx);
  return { status: 200, body: toAccountInfoDto(await getAccountView(ctx.services, caller.principal.account, caller.agent)) };
};
