// A training client written from openapi.yaml: the gym tracker's loop (register, report episodes,
// complete) and the reads a dashboard makes, then every refusal the training routes document, and
// the agent's skill.md.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';

describe('training runs: the tracker loop and the dashboard reads', () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  let jwt: Record<string, string>;
  const account = (c: Credentials) => ({ 'X-API-Key': c.apiKey });
  const agent = (c: Credentials) => ({ 'X-API-Key': c.agentApiKey });
  const runId = randomUUID();
  let bobsRun: string;

  beforeAll(async () => {
    server = await TestServer.start();
    alice = await server.registerAccount({ display_name: 'Trainer Alice' });
    bob = await server.registerAccount({ display_name: 'Trainer Bob' });
    jwt = { Authorization: `Bearer ${await server.login(alice)}` };
    bobsRun = randomUUID();
    expect((await server.call('registerTrainingRun', { headers: account(bob), body: { run_id: bobsRun } })).status).toBe(201);
  });
  afterAll(() => server.stop());

  it('registers a run (201), answers the same registration again with 200 and a different one with 409', async () => {
    const body = { run_id: runId, config: { strategy_label: 'ppo_btc', gamma: 0.99 }, strategy_id: null };
    const created = await server.call('registerTrainingRun', { headers: account(alice), body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ run_id: runId, status: 'running', strategy_label: 'ppo_btc', episodes_completed: 0 });

    const again = await server.call('registerTrainingRun', {
      headers: jwt,
      body: { ...body, config: { gamma: 0.99, strategy_label: 'ppo_btc' } },
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(created.body);

    const conflict = await server.call('registerTrainingRun', {
      headers: account(alice),
      body: { run_id: runId, config: { strategy_label: 'other' } },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', details: { run_id: runId, reason: 'run_id_reused' } });
  });

  it('refuses an agent key on every write with 403 agent_key_read_only, and lets it read', async () => {
    const writes = [
      server.call('registerTrainingRun', { headers: agent(alice), body: { run_id: randomUUID() } }),
      server.call('reportTrainingEpisode', { headers: agent(alice), path: { run_id: runId }, body: { episode_number: 1, roi_pct: 1 } }),
      server.call('completeTrainingRun', { headers: agent(alice), path: { run_id: runId } }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'PERMISSION_DENIED', details: { reason: 'agent_key_read_only' } });
    }
    const read = await server.call('getTrainingRun', { headers: agent(alice), path: { run_id: runId } });
    expect(read.status).toBe(200);
    expect(read.body.episodes).toEqual([]);
  });

  it('refuses a strategy that is not the account’s with 404 STRATEGY_NOT_FOUND', async () => {
    const strategyId = randomUUID();
    const res = await server.call('registerTrainingRun', {
      headers: account(alice),
      body: { run_id: randomUUID(), strategy_id: strategyId },
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'STRATEGY_NOT_FOUND', details: { strategy_id: strategyId } });
  });

  it('validates registrations with 422 naming the field', async () => {
    for (const body of [
      {},
      { run_id: 'run-1' },
      { run_id: randomUUID(), config: [1] },
      { run_id: randomUUID(), extra: 1 },
      { run_id: randomUUID(), strategy_id: 'x' },
    ]) {
      const res = await server.call('registerTrainingRun', { headers: account(alice), body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
    }
  });

  it('answers a config nested thousands of levels deep with 422, not a stack overflow', async () => {
    const depth = 5000;
    const rawBody = `{"run_id": "${randomUUID()}", "config": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const res = await server.call('registerTrainingRun', { headers: account(alice), rawBody });
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors[0].field).toBe('body.config');
  });

  it('reports episodes and reads the statistics back', async () => {
    const episodes = [
      { episode_number: 1, session_id: null, roi_pct: 1, sharpe_ratio: 0.5, max_drawdown_pct: 4, total_trades: 10, reward_sum: 10 },
      { episode_number: 2, roi_pct: 3, sharpe_ratio: 1.5, max_drawdown_pct: 2, total_trades: 8, reward_sum: 30 },
      { episode_number: 3, roi_pct: 2 },
    ];
    for (const body of episodes) {
      const res = await server.call('reportTrainingEpisode', { headers: account(alice), path: { run_id: runId }, body });
      expect(res.status).toBe(200);
    }
    const retry = await server.call('reportTrainingEpisode', { headers: jwt, path: { run_id: runId.toUpperCase() }, body: episodes[2] });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({
      episodes_completed: 3,
      total_episodes: 3,
      avg_roi_pct: 2,
      best_roi_pct: 3,
      worst_roi_pct: 1,
      avg_sharpe: 1,
      avg_max_drawdown_pct: 2,
      avg_reward_sum: 20,
      best_reward_sum: 30,
    });

    const detail = await server.call('getTrainingRun', { headers: account(alice), path: { run_id: runId } });
    expect(detail.status).toBe(200);
    expect(detail.body.episodes.map((e: { episode_number: number }) => e.episode_number)).toEqual([1, 2, 3]);
    expect(detail.body.episodes[2].metrics).toEqual({ roi_pct: 2 });
    expect(detail.body.learning_curve).toEqual({ episode_numbers: [1, 2, 3], roi_pct: [1, 3, 2], reward_sum: [10, 30, null] });

    const curve = await server.call('getTrainingLearningCurve', {
      headers: agent(alice),
      path: { run_id: runId },
      query: { metric: 'roi_pct', window: '2' },
    });
    expect(curve.status).toBe(200);
    expect(curve.body).toMatchObject({ metric: 'roi_pct', window: 2, raw_values: [1, 3, 2], smoothed_values: [1, 2, 2.5] });
  });

  it('refuses bad episodes with 422 (never 500), an unknown run and a foreign session with 404', async () => {
    const bad = [
      '{"episode_number": 0}',
      '{"episode_number": 1.5}',
      '{"episode_number": 1, "roi_pct": 1e400}',
      '{"episode_number": 1, "total_trades": -1}',
      '{"episode_number": 1, "reward_sum": "lots"}',
      '{"episode_number": 1, "session_id": "s-1"}',
    ];
    for (const rawBody of bad) {
      const res = await server.call('reportTrainingEpisode', { headers: account(alice), path: { run_id: runId }, rawBody });
      expect(res.status, rawBody).toBe(422);
    }
    const unknown = await server.call('reportTrainingEpisode', {
      headers: account(alice),
      path: { run_id: randomUUID() },
      body: { episode_number: 1 },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('TRAINING_RUN_NOT_FOUND');
    const session = await server.call('reportTrainingEpisode', {
      headers: account(alice),
      path: { run_id: runId },
      body: { episode_number: 9, session_id: randomUUID() },
    });
    expect(session.status).toBe(404);
    expect(session.body.error.code).toBe('BACKTEST_NOT_FOUND');
  });

  it('refuses a new episode past 10,000 with 409 LIMIT_REACHED', async () => {
    const full = randomUUID();
    expect((await server.call('registerTrainingRun', { headers: account(alice), body: { run_id: full } })).status).toBe(201);
    const now = new Date(server.clock.now()).toISOString();
    for (let start = 1; start <= 10_000; start += 1000) {
      await server.db
        .insertInto('training_episodes')
        .values(
          Array.from({ length: 1000 }, (_, i) => ({
            account_id: alice.accountId,
            run_id: full,
            episode_number: start + i,
            session_id: null,
            roi_pct: 1,
            sharpe_ratio: null,
            max_drawdown_pct: null,
            total_trades: null,
            reward_sum: null,
            created_at: now,
          })),
        )
        .execute();
    }
    const res = await server.call('reportTrainingEpisode', {
      headers: account(alice),
      path: { run_id: full },
      body: { episode_number: 10_001 },
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'LIMIT_REACHED', details: { reason: 'limit_reached', limit: 10_000 } });
  });

  it('completes the run; lists, filters and compares runs', async () => {
    const done = await server.call('completeTrainingRun', { headers: account(alice), path: { run_id: runId } });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('completed');
    expect(typeof done.body.completed_at).toBe('string');

    const list = await server.call('listTrainingRuns', { headers: agent(alice), query: { status: 'completed', limit: '20' } });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect(list.body.runs[0]).toMatchObject({ run_id: runId, strategy_label: 'ppo_btc', total_episodes: 3, avg_roi_pct: 2 });
    const all = await server.call('listTrainingRuns', { headers: account(alice) });
    expect(all.body.total).toBe(2);
    expect(all.body.runs.some((r: { run_id: string }) => r.run_id === bobsRun)).toBe(false);

    const other = all.body.runs.find((r: { run_id: string }) => r.run_id !== runId).run_id;
    const cmp = await server.call('compareTrainingRuns', { headers: account(alice), query: { run_ids: `${runId},${other}` } });
    expect(cmp.status).toBe(200);
    expect(cmp.body.runs.map((r: { run_id: string }) => r.run_id)).toEqual([runId, other]);
  });

  it("answers another account's run with 404 TRAINING_RUN_NOT_FOUND on every run route, and changes nothing", async () => {
    const calls = [
      server.call('getTrainingRun', { headers: account(alice), path: { run_id: bobsRun } }),
      server.call('reportTrainingEpisode', { headers: account(alice), path: { run_id: bobsRun }, body: { episode_number: 1, roi_pct: 5 } }),
      server.call('completeTrainingRun', { headers: jwt, path: { run_id: bobsRun } }),
      server.call('getTrainingLearningCurve', { headers: account(alice), path: { run_id: bobsRun } }),
      server.call('compareTrainingRuns', { headers: account(alice), query: { run_ids: `${runId},${bobsRun}` } }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'TRAINING_RUN_NOT_FOUND', details: { run_id: bobsRun } });
    }
    const bobs = await server.call('getTrainingRun', { headers: account(bob), path: { run_id: bobsRun } });
    expect(bobs.body).toMatchObject({ status: 'running', episodes_completed: 0 });
  });

  it('answers malformed ids and queries with 422 and no credential with 401', async () => {
    const malformed = [
      server.call('getTrainingRun', { headers: account(alice), path: { run_id: 'run-1' } }),
      server.call('completeTrainingRun', { headers: account(alice), path: { run_id: 'run-1' } }),
      server.call('getTrainingLearningCurve', { headers: account(alice), path: { run_id: runId }, query: { metric: 'loss' } }),
      server.call('getTrainingLearningCurve', { headers: account(alice), path: { run_id: runId }, query: { window: '101' } }),
      server.call('listTrainingRuns', { headers: account(alice), query: { status: 'failed' } }),
      server.call('listTrainingRuns', { headers: account(alice), query: { limit: '0' } }),
      server.call('compareTrainingRuns', { headers: account(alice), query: { run_ids: 'a,b' } }),
      server.call('compareTrainingRuns', {
        headers: account(alice),
        query: { run_ids: Array.from({ length: 21 }, () => randomUUID()).join(',') },
      }),
    ];
    for (const res of await Promise.all(malformed)) {
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
    }
    const anonymous = [
      server.call('registerTrainingRun', { body: { run_id: randomUUID() } }),
      server.call('listTrainingRuns'),
      server.call('getTrainingRun', { path: { run_id: runId } }),
      server.call('reportTrainingEpisode', { path: { run_id: runId }, body: { episode_number: 1 } }),
      server.call('completeTrainingRun', { path: { run_id: runId } }),
      server.call('getTrainingLearningCurve', { path: { run_id: runId } }),
      server.call('compareTrainingRuns', { query: { run_ids: runId } }),
      server.call('getAgentSkill', { path: { agent_id: alice.agentId } }),
    ];
    for (const res of await Promise.all(anonymous)) expect(res.status).toBe(401);
  });

  it('answers a suspended account with 403 ACCOUNT_SUSPENDED on every training route and skill.md', async () => {
    const carol = await server.registerAccount({ display_name: 'Suspended trainer' });
    const run = randomUUID();
    expect((await server.call('registerTrainingRun', { headers: account(carol), body: { run_id: run } })).status).toBe(201);
    await server.setAccountStatus(carol.accountId, 'suspended');
    const calls = [
      server.call('registerTrainingRun', { headers: account(carol), body: { run_id: run } }),
      server.call('listTrainingRuns', { headers: account(carol) }),
      server.call('getTrainingRun', { headers: account(carol), path: { run_id: run } }),
      server.call('reportTrainingEpisode', { headers: account(carol), path: { run_id: run }, body: { episode_number: 1 } }),
      server.call('completeTrainingRun', { headers: account(carol), path: { run_id: run } }),
      server.call('getTrainingLearningCurve', { headers: account(carol), path: { run_id: run } }),
      server.call('compareTrainingRuns', { headers: account(carol), query: { run_ids: run } }),
      server.call('getAgentSkill', { headers: account(carol), path: { agent_id: carol.agentId } }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('ACCOUNT_SUSPENDED');
    }
  });
});

describe("skill.md: the agent's onboarding file", () => {
  let server: TestServer;
  let alice: Credentials;
  let bob: Credentials;
  let jwt: Record<string, string>;

  beforeAll(async () => {
    server = await TestServer.start();
    alice = await server.registerAccount({ display_name: 'Skill Alice' });
    bob = await server.registerAccount({ display_name: 'Skill Bob' });
    jwt = { Authorization: `Bearer ${await server.login(alice)}` };
  });
  afterAll(() => server.stop());

  it('serves Markdown with front matter first, the key prefix only, and the base URL of the request', async () => {
    const res = await server.call('getAgentSkill', { headers: jwt, path: { agent_id: alice.agentId } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const md = res.body as string;
    expect(md.startsWith('---\nname: tradeready-trading\n')).toBe(true);
    expect(md).toContain(`agent_id: "${alice.agentId}"`);
    expect(md).toContain(`base_url: "${server.url.replace(/\/$/, '')}/api/v1"`);
    expect(md).toContain(`\`${alice.agentApiKey.slice(0, 12)}...\``);
    expect(md).not.toContain(alice.agentApiKey);
    expect(md).not.toContain(alice.apiKey);
    expect(md).toContain('- Starting balance: 10000.00000000 USDT');
    expect(md).toContain('`GET /api/v1/agents/{agent_id}/skill.md` — ');
    expect(md).toContain('### Training');
  });

  it("lets the account key read any of the account's agents and an agent key only its own", async () => {
    const second = await server.call('createAgent', { headers: jwt, body: { display_name: 'Second' } });
    expect(second.status).toBe(201);
    const byAccountKey = await server.call('getAgentSkill', {
      headers: { 'X-API-Key': alice.apiKey },
      path: { agent_id: second.body.agent_id },
    });
    expect(byAccountKey.status).toBe(200);
    expect(byAccountKey.body).toContain('# TradeReady agent: Second');
    const own = await server.call('getAgentSkill', {
      headers: { 'X-API-Key': second.body.api_key },
      path: { agent_id: second.body.agent_id },
    });
    expect(own.status).toBe(200);
    const sibling = await server.call('getAgentSkill', {
      headers: { 'X-API-Key': second.body.api_key },
      path: { agent_id: alice.agentId },
    });
    expect(sibling.status).toBe(404);
    expect(sibling.body.error.code).toBe('AGENT_NOT_FOUND');
  });

  it("answers another account's agent with 404 AGENT_NOT_FOUND and a malformed id with 422", async () => {
    const foreign = await server.call('getAgentSkill', { headers: jwt, path: { agent_id: bob.agentId } });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('AGENT_NOT_FOUND');
    const malformed = await server.call('getAgentSkill', { headers: jwt, path: { agent_id: 'agent-1' } });
    expect(malformed.status).toBe(422);
  });

  it('uses the forwarded protocol and host behind a trusted proxy', async () => {
    const proxied = await TestServer.start({ TRUST_PROXY: 'true' });
    try {
      const carol = await proxied.registerAccount({ display_name: 'Proxied' });
      const res = await proxied.call('getAgentSkill', {
        headers: { 'X-API-Key': carol.apiKey, 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'trade.example.com' },
        path: { agent_id: carol.agentId },
      });
      expect(res.status).toBe(200);
      expect(res.body).toContain('base_url: "https://trade.example.com/api/v1"');
      // Untrusted, the same headers change nothing.
      const direct = await server.call('getAgentSkill', {
        headers: { ...jwt, 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'trade.example.com' },
        path: { agent_id: alice.agentId },
      });
      expect(direct.body).not.toContain('trade.example.com');
    } finally {
      await proxied.stop();
    }
  });
});
