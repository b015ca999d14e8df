// The agent's onboarding file (GET /agents/{agent_id}/skill.md, fact sheet §6, ruling 13): Markdown
// with YAML front matter first (the reference backend put three header lines before it, which
// broke every front-matter parser), the agent's own settings (its key's prefix only, never the
// key), and an API reference read from the served OpenAPI document, so the file can never list a
// route the server does not have. Pure: the caller supplies the spec, the agent and the base URL.

/** What the file says about the agent. */
export interface SkillAgent {
  id: string;
  displayName: string;
  status: string;
  keyPreview: string;
  /** 8-decimal string. */
  startingBalance: string;
  /** The limits in force (wire form: integers, money as a decimal string). */
  riskProfile: Record<string, number | string>;
}

interface SpecOperation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Array<Record<string, unknown>>;
  'x-account-write'?: boolean;
}

export interface SkillSpec {
  info?: { title?: string; version?: string };
  tags?: Array<{ name: string; description?: string }>;
  security?: Array<Record<string, unknown>>;
  paths?: Record<string, Record<string, unknown>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const RISK_LABELS: Record<string, string> = {
  max_position_size_pct: 'Largest position, % of equity',
  daily_loss_limit_pct: 'Daily loss limit, % of starting balance',
  max_open_orders: 'Open orders at most',
  max_order_size_pct: 'Largest order, % of available balance',
  min_order_size_usd: 'Smallest order, USDT',
  order_rate_limit: 'Orders per minute at most',
};

/** One line of text: user-chosen names must not open a new Markdown block or YAML key. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/** A YAML scalar that always parses back to the same string (JSON strings are YAML flow scalars). */
const yamlString = (text: string) => JSON.stringify(text);

function accessOf(op: SpecOperation, spec: SkillSpec): string {
  const security = op.security ?? spec.security ?? [];
  if (security.length === 0 || security.some((req) => Object.keys(req).length === 0)) return 'public';
  const schemes = new Set(security.flatMap((req) => Object.keys(req)));
  if (schemes.size === 1 && schemes.has('BearerAuth')) return 'JWT only';
  if (op['x-account-write']) return 'JWT or account key';
  return 'any key or JWT';
}

/** Every operation of the spec grouped by its first tag, in the spec's tag order. */
function operationsByTag(spec: SkillSpec): Map<string, string[]> {
  const groups = new Map<string, string[]>((spec.tags ?? []).map((t) => [t.name, []]));
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as SpecOperation | undefined;
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      const line = `- \`${method.toUpperCase()} ${path}\` — ${oneLine(op.summary ?? op.operationId ?? '')} (${accessOf(op, spec)})`;
      (groups.get(tag) ?? groups.set(tag, []).get(tag)!).push(line);
    }
  }
  return groups;
}

export function renderSkillMd(input: { spec: SkillSpec; agent: SkillAgent; baseUrl: string; generatedAt: string }): string {
  const { spec, agent, baseUrl, generatedAt } = input;
  const api = `${baseUrl}/api/v1`;
  const name = oneLine(agent.displayName);
  const out: string[] = [
    '---',
    'name: tradeready-trading',
    `description: ${yamlString(`Trade on the TradeReady paper exchange as agent "${name}" over its REST API.`)}`,
    `agent_id: ${yamlString(agent.id)}`,
    `agent_name: ${yamlString(name)}`,
    `base_url: ${yamlString(api)}`,
    `api_version: ${yamlString(spec.info?.version ?? '')}`,
    `generated_at: ${yamlString(generatedAt)}`,
    '---',
    '',
    `# TradeReady agent: ${name}`,
    '',
    'TradeReady is a simulated crypto exchange: you trade virtual USDT against real-time prices with',
    'the same rules as a real exchange. This file describes your agent and every endpoint of the API.',
    '',
    '## Your agent',
    '',
    `- Name: ${name}`,
    `- Agent ID: \`${agent.id}\``,
    `- Status: ${agent.status}`,
    `- API key: \`${agent.keyPreview}\` (its first characters only: use the full key you were given)`,
    `- Starting balance: ${agent.startingBalance} USDT`,
    '',
    '### Risk limits in force',
    '',
    ...Object.entries(agent.riskProfile).map(([key, value]) => `- ${RISK_LABELS[key] ?? key} (\`${key}\`): ${String(value)}`),
    '',
    '## Authentication',
    '',
    `Base URL: \`${api}\`. Send your key on every request: \`X-API-Key: <your agent key>\`. An agent key acts`,
    'for this agent only. Agent and battle management need a JWT (`POST /api/v1/auth/login`).',
    '',
    '```bash',
    `curl -H "X-API-Key: $TRADEREADY_API_KEY" ${api}/account/balance`,
    '```',
    '',
    '## Rules that matter',
    '',
    '- Money, prices and quantities are decimal strings with 8 decimals (`"0.01000000"`); send strings.',
    '- Every error is `{"error": {"code", "message", "details?"}}`: branch on `code`.',
    '- Rate limits per key over a sliding minute; every reply has `X-RateLimit-Remaining`; a `429` says',
    '  when to retry in `Retry-After`.',
    `- The full specification: \`${baseUrl}/openapi.json\`; readable docs: \`${baseUrl}/docs\`.`,
    '',
    '## API reference',
  ];
  const descriptions = new Map((spec.tags ?? []).map((t) => [t.name, t.description ?? '']));
  for (const [tag, lines] of operationsByTag(spec)) {
    if (lines.length === 0) continue;
    out.push('', `### ${tag}`, '');
    const about = oneLine(descriptions.get(tag) ?? '');
    if (about) out.push(about, '');
    out.push(...lines);
  }
  out.push('');
  return out.join('\n');
}

/** host[:port] as a client may send it; anything else is not echoed into the file. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const firstOf = (value: string | undefined) => value?.split(',')[0]?.trim() ?? '';

/**
 * The base URL the client reached: the Host header; behind a trusted proxy (TRUST_PROXY, as the
 * client-address rules) the proxy's X-Forwarded-Proto and X-Forwarded-Host, first entry, which
 * is the one the client's request carried to the outermost proxy. The server itself speaks HTTP.
 */
export function requestBaseUrl(headers: Record<string, string | undefined>, trustProxy: boolean, fallbackHost: string): string {
  let proto = 'http';
  let host = headers.host ?? '';
  if (trustProxy) {
    const forwardedProto = firstOf(headers['x-forwarded-proto']).toLowerCase();
    if (forwardedProto === 'http' || forwardedProto === 'https') proto = forwardedProto;
    const forwardedHost = firstOf(headers['x-forwarded-host']);
    if (forwardedHost && HOST.test(forwardedHost)) host = forwardedHost;
  }
  if (!HOST.test(host)) host = fallbackHost;
  return `${proto}://${host}`;
}
