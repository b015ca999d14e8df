import { identicon } from '../../domain/agent-appearance.js';
import { toRiskProfileDto } from '../../domain/risk-profile.js';
import { formatAmount, formatAmountTo, parseAmount, percentOf } from '../../money.js';
import {
  archiveAgent as archive,
  cloneAgent as clone,
  createAgent as create,
  deleteAgent as remove,
  getAgent as get,
  getAgentRiskProfile as getRisk,
  listAgents as list,
  overview,
  readAgentKey,
  regenerateAgentKey as regenerate,
  resetAgent as reset,
  updateAgent as update,
  updateAgentRiskProfile as updateRisk,
  type AgentSummary,
  type AgentView,
  type NewAgentResult,
} from '../../services/agent.service.js';
import type { TradingSession } from '../../db/schema.js';
import { callerOf, type Handler, type HandlerContext } from '../types.js';

const KEY_NOTICE = 'Save your API key now. You can read it again with GET /api/v1/agents/{agent_id}/api-key.';

export function toAgentDto(view: AgentView) {
  const { agent } = view;
  const color = agent.color ?? '#000000';
  return {
    id: agent.id,
    account_id: agent.account_id,
    display_name: agent.display_name,
    api_key_preview: view.keyPreview,
    starting_balance: agent.starting_balance,
    llm_model: agent.llm_model,
    framework: agent.framework,
    strategy_tags: JSON.parse(agent.strategy_tags) as string[],
    risk_profile: toRiskProfileDto(view.riskProfile),
    avatar_url: identicon(agent.id, color),
    color,
    status: agent.status,
    is_default: view.isDefault,
    created_at: agent.created_at,
    updated_at: agent.updated_at,
  };
}

function toCreatedDto(result: NewAgentResult) {
  return {
    agent_id: result.view.agent.id,
    api_key: result.apiKey,
    display_name: result.view.agent.display_name,
    starting_balance: result.view.agent.starting_balance,
    message: KEY_NOTICE,
    agent: toAgentDto(result.view),
  };
}

function toSummaryDto(summary: AgentSummary) {
  const starting = parseAmount(summary.agent.starting_balance);
  const pnl = summary.equity - starting;
  const pct = starting === 0n ? 0n : percentOf(pnl, starting);
  return {
    ...toAgentDto(summary),
    equity: formatAmount(summary.equity),
    total_pnl: formatAmount(pnl),
    total_pnl_pct: formatAmountTo(pct, 2),
    open_orders: summary.openOrders,
  };
}

function toSessionDto(session: TradingSession) {
  return {
    session_id: session.id,
    started_at: session.started_at,
    ended_at: session.ended_at,
    starting_balance: session.starting_balance,
  };
}

const accountOf = (ctx: HandlerContext) => callerOf(ctx).principal.account;

export const createAgent: Handler<'createAgent'> = async (req, ctx) => {
  const b = req.body;
  const result = await create(ctx.services, accountOf(ctx), {
    displayName: b.display_name,
    startingBalance: b.starting_balance,
    llmModel: b.llm_model,
    framework: b.framework,
    strategyTags: b.strategy_tags,
    riskProfile: b.risk_profile,
    color: b.color,
  });
  return { status: 201, body: toCreatedDto(result) };
};

export const listAgents: Handler<'listAgents'> = async (req, ctx) => {
  const limit = req.query.limit ?? 100;
  const offset = req.query.offset ?? 0;
  const { views, total } = await list(
    ctx.services,
    accountOf(ctx),
    { status: req.query.status, includeArchived: req.query.include_archived ?? false },
    { limit, offset },
  );
  return { status: 200, body: { agents: views.map(toAgentDto), total, limit, offset } };
};

export const getAgentsOverview: Handler<'getAgentsOverview'> = async (_req, ctx) => ({
  status: 200,
  body: { agents: (await overview(ctx.services, accountOf(ctx))).map(toSummaryDto) },
});

export const getAgent: Handler<'getAgent'> = async (req, ctx) => ({
  status: 200,
  body: toAgentDto(await get(ctx.services, accountOf(ctx), req.path.agent_id)),
});

export const updateAgent: Handler<'updateAgent'> = async (req, ctx) => {
  const b = req.body;
  const view = await update(ctx.services, accountOf(ctx), req.path.agent_id, {
    displayName: b.display_name,
    llmModel: b.llm_model,
    framework: b.framework,
    strategyTags: b.strategy_tags,
    riskProfile: b.risk_profile,
    color: b.color,
  });
  return { status: 200, body: toAgentDto(view) };
};

export const deleteAgent: Handler<'deleteAgent'> = async (req, ctx) => {
  await remove(ctx.services, accountOf(ctx), req.path.agent_id);
  return { status: 204, body: undefined as never };
};

export const cloneAgent: Handler<'cloneAgent'> = async (req, ctx) => ({
  status: 201,
  body: toCreatedDto(await clone(ctx.services, accountOf(ctx), req.path.agent_id, req.query.new_name)),
});

export const resetAgent: Handler<'resetAgent'> = async (req, ctx) => {
  const result = await reset(ctx.services, accountOf(ctx), req.path.agent_id);
  return {
    status: 200,
    body: { agent: toAgentDto(result.view), previous_session: toSessionDto(result.previous), new_session: toSessionDto(result.next) },
  };
};

export const archiveAgent: Handler<'archiveAgent'> = async (req, ctx) => ({
  status: 200,
  body: toAgentDto(await archive(ctx.services, accountOf(ctx), req.path.agent_id)),
});

export const getAgentApiKey: Handler<'getAgentApiKey'> = async (req, ctx) => ({
  status: 200,
  body: {
    agent_id: req.path.agent_id.toLowerCase(),
    api_key: await readAgentKey(ctx.services, accountOf(ctx), req.path.agent_id),
    message: 'Current API key for this agent.',
  },
});

export const regenerateAgentKey: Handler<'regenerateAgentKey'> = async (req, ctx) => ({
  status: 200,
  body: {
    agent_id: req.path.agent_id.toLowerCase(),
    api_key: await regenerate(ctx.services, accountOf(ctx), req.path.agent_id),
    message: 'API key regenerated; the previous key no longer works. Save this one now.',
  },
});

export const getAgentRiskProfile: Handler<'getAgentRiskProfile'> = async (req, ctx) => ({
  status: 200,
  body: toRiskProfileDto(await getRisk(ctx.services, accountOf(ctx), req.path.agent_id)),
});

export const updateAgentRiskProfile: Handler<'updateAgentRiskProfile'> = async (req, ctx) => ({
  status: 200,
  body: toRiskProfileDto(await updateRisk(ctx.services, accountOf(ctx), req.path.agent_id, req.body)),
});
