// The skill file: front matter first and parseable, the agent's settings with the key's prefix
// only, every operation of the spec listed under its tag, and the base URL a client reached.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderSkillMd, requestBaseUrl, type SkillSpec } from '../../src/skill/skill-md.js';

const spec = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8')) as SkillSpec;

const agent = {
  id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
  displayName: 'Momentum "v3"\n# injected heading',
  status: 'active',
  keyPreview: 'ak_live_Ab3d...',
  startingBalance: '10000.00000000',
  riskProfile: { max_position_size_pct: 25, daily_loss_limit_pct: 20, min_order_size_usd: '1.00000000' },
};

describe('renderSkillMd', () => {
  const md = renderSkillMd({ spec, agent, baseUrl: 'https://trade.example.com', generatedAt: '2026-03-19T10:00:00.000Z' });

  it('starts with YAML front matter that parses to the agent and the base URL', () => {
    expect(md.startsWith('---\n')).toBe(true);
    const end = md.indexOf('\n---\n', 4);
    expect(end).toBeGreaterThan(0);
    const front = parse(md.slice(4, end)) as Record<string, string>;
    expect(front).toMatchObject({
      name: 'tradeready-trading',
      agent_id: agent.id,
      agent_name: 'Momentum "v3" # injected heading',
      base_url: 'https://trade.example.com/api/v1',
      generated_at: '2026-03-19T10:00:00.000Z',
    });
    expect(front.description).toContain('Momentum "v3"');
  });

  it("shows the agent's settings, never more of the key than its prefix, and no line a name could inject", () => {
    expect(md).toContain('- Agent ID: `7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f`');
    expect(md).toContain('- API key: `ak_live_Ab3d...`');
    expect(md).toContain('- Starting balance: 10000.00000000 USDT');
    expect(md).toContain('(`max_position_size_pct`): 25');
    expect(md).toContain('(`min_order_size_usd`): 1.00000000');
    expect(md.split('\n')).not.toContain('# injected heading');
  });

  it('lists every operation of the spec under its first tag, with method, path and summary', () => {
    let count = 0;
    for (const [path, item] of Object.entries(spec.paths ?? {})) {
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const { summary } = op as { summary: string };
        expect(md).toContain(`- \`${method.toUpperCase()} ${path}\` — ${summary.replace(/\s*\n\s*/g, ' ').trim()}`);
        count++;
      }
    }
    expect(count).toBeGreaterThan(90);
    const training = md.indexOf('### Training');
    expect(training).toBeGreaterThan(0);
    expect(md.indexOf('`POST /api/v1/training/runs`')).toBeGreaterThan(training);
    expect(md).toContain('`POST /api/v1/training/runs` — Register a training run (JWT or account key)');
    expect(md).toContain('`GET /api/v1/agents` — ');
    expect(md).toMatch(/`GET \/api\/v1\/agents\/\{agent_id\}` — One agent \(JWT only\)/);
  });
});

describe('requestBaseUrl', () => {
  const headers = { host: 'api.internal:8000', 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'trade.example.com, proxy' };

  it('uses the Host header and plain HTTP unless a proxy is trusted', () => {
    expect(requestBaseUrl(headers, false, 'localhost:8000')).toBe('http://api.internal:8000');
  });

  it("uses the trusted proxy's forwarded protocol and host (first entry)", () => {
    expect(requestBaseUrl(headers, true, 'localhost:8000')).toBe('https://trade.example.com');
    expect(requestBaseUrl({ host: 'h:1', 'x-forwarded-proto': 'gopher' }, true, 'x')).toBe('http://h:1');
  });

  it('falls back when the host is not a host name', () => {
    expect(requestBaseUrl({ host: 'evil.com/path?x' }, false, 'localhost:8000')).toBe('http://localhost:8000');
    expect(requestBaseUrl({}, false, 'localhost:8000')).toBe('http://localhost:8000');
    expect(requestBaseUrl({ host: '[::1]:8000' }, false, 'x')).toBe('http://[::1]:8000');
  });
});
