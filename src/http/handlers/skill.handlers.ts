// GET /agents/{agent_id}/skill.md: the agent's onboarding file (src/skill/skill-md.ts). A JWT or
// the account key reads any of the account's agents (ruling 13); an agent key reads only its own
// agent's file — it already holds that agent's key, and the file shows only a prefix — and any
// other id answers 404 AGENT_NOT_FOUND, as another account's agent does.
import { readFileSync } from 'node:fs';
import { isoTime } from '../../clock.js';
import { toRiskProfileDto } from '../../domain/risk-profile.js';
import { DomainError } from '../../errors.js';
import { formatAmount, parseAmount } from '../../money.js';
import { getAgent } from '../../services/agent.service.js';
import { renderSkillMd, requestBaseUrl, type SkillSpec } from '../../skill/skill-md.js';
import { callerOf, type Handler } from '../types.js';

const SPEC_URL = new URL('../../../generated/openapi.json', import.meta.url);
let spec: SkillSpec | undefined;

/** The served spec, read once: the same file the router routes with. */
function servedSpec(): SkillSpec {
  spec ??= JSON.parse(readFileSync(SPEC_URL, 'utf8')) as SkillSpec;
  return spec;
}

export const getAgentSkill: Handler<'getAgentSkill'> = async (req, ctx) => {
  const { principal } = callerOf(ctx);
  const agentId = req.path.agent_id.toLowerCase();
  if (principal.credential === 'agent_key' && principal.agent?.id !== agentId) {
    throw new DomainError('AGENT_NOT_FOUND', 'Agent not found.', { agent_id: req.path.agent_id });
  }
  const view = await getAgent(ctx.services, principal.account, agentId);
  const { config } = ctx.services;
  const markdown = renderSkillMd({
    spec: servedSpec(),
    agent: {
      id: view.agent.id,
      displayName: view.agent.display_name,
      status: view.agent.status,
      keyPreview: view.keyPreview,
      startingBalance: formatAmount(parseAmount(view.agent.starting_balance)),
      riskProfile: toRiskProfileDto(view.riskProfile),
    },
    baseUrl: requestBaseUrl(req.headers, config.trustProxy, `localhost:${config.port}`),
    generatedAt: isoTime(ctx.services.clock.now()),
  });
  return { status: 200, body: markdown, headers: { 'Content-Type': 'text/markdown; charset=utf-8' } };
};
