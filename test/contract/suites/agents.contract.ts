import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';

describe('agents: a client following the docs', () => {
  let server: TestServer;
  let owner: Credentials;
  let jwt: Record<string, string>;
  beforeAll(async () => {
    server = await TestServer.start();
    owner = await server.registerAccount({ display_name: 'Fleet' });
    jwt = { Authorization: `Bearer ${await server.login(owner)}` };
  });
  afterAll(() => server.stop());

  const create = (body: Record<string, unknown>) => server.call('createAgent', { headers: jwt, body });
  const agentInfo = (key: string) => server.call('getAccountInfo', { headers: { 'X-API-Key': key } });
  const balanceOf = async (key: string) => (await server.call('getBalance', { headers: { 'X-API-Key': key } })).body;

  it('creates three agents with separate keys and wallets, and sees each change in list and overview', async () => {
    const made = [];
    for (const [name, balance] of [
      ['Alpha', '1000'],
      ['Beta', '2500.5'],
      ['Gamma', undefined],
    ] as const) {
      const res = await create({ display_name: name, ...(balance ? { starting_balance: balance } : {}), strategy_tags: ['demo'] });
      expect(res.status).toBe(201);
      expect(res.body.api_key).toMatch(/^ak_live_[A-Za-z0-9_-]{64}$/);
      expect(res.body.agent).toMatchObject({ display_name: name, status: 'active', is_default: false, strategy_tags: ['demo'] });
      made.push(res.body);
    }
    const [alpha, beta, gamma] = made;
    expect(new Set(made.map((m) => m.api_key)).size).toBe(3);
    expect((await balanceOf(alpha.api_key)).balances).toEqual([
      { asset: 'USDT', available: '1000.00000000', locked: '0.00000000', total: '1000.00000000' },
    ]);
    expect((await balanceOf(beta.api_key)).total_equity_usdt).toBe('2500.50000000');
    expect((await balanceOf(gamma.api_key)).total_equity_usdt).toBe('10000.00000000');
    expect((await agentInfo(beta.api_key)).body.agent_id).toBe(beta.agent_id);

    // Clone Alpha: same configuration, fresh wallet, new key.
    await server.call('updateAgent', {
      headers: jwt,
      path: { agent_id: alpha.agent_id },
      body: { llm_model: 'gpt-4o', risk_profile: { max_open_orders: 7 } },
    });
    const clone = await server.call('cloneAgent', { headers: jwt, path: { agent_id: alpha.agent_id } });
    expect(clone.status).toBe(201);
    expect(clone.body.display_name).toBe('Copy of Alpha');
    expect(clone.body.agent).toMatchObject({ llm_model: 'gpt-4o', starting_balance: '1000.00000000', strategy_tags: ['demo'] });
    expect(clone.body.agent.risk_profile.max_open_orders).toBe(7);
    expect(clone.body.api_key).not.toBe(alpha.api_key);
    expect((await balanceOf(clone.body.api_key)).total_equity_usdt).toBe('1000.00000000');

    // Reset Beta: wallet back to the starting balance, a new session.
    const before = (await agentInfo(beta.api_key)).body.current_session.session_id;
    await server.db.updateTable('balances').set({ available: '1.00000000' }).where('agent_id', '=', beta.agent_id).execute();
    await server.db
      .insertInto('balances')
      .values({ agent_id: beta.agent_id, asset: 'BTC', available: '0.5', locked: '0', updated_at: '' })
      .execute();
    const reset = await server.call('resetAgent', { headers: jwt, path: { agent_id: beta.agent_id } });
    expect(reset.status).toBe(200);
    expect(reset.body.previous_session).toMatchObject({ session_id: before });
    expect(reset.body.previous_session.ended_at).not.toBeNull();
    expect(reset.body.new_session).toMatchObject({ ended_at: null, starting_balance: '2500.50000000' });
    expect((await balanceOf(beta.api_key)).balances).toEqual([
      { asset: 'USDT', available: '2500.50000000', locked: '0.00000000', total: '2500.50000000' },
    ]);
    expect((await agentInfo(beta.api_key)).body.current_session.session_id).toBe(reset.body.new_session.session_id);

    // Archive Gamma: its key dies at once, it leaves the list and the overview.
    const archived = await server.call('archiveAgent', { headers: jwt, path: { agent_id: gamma.agent_id } });
    expect(archived.body.status).toBe('archived');
    expect((await agentInfo(gamma.api_key)).status).toBe(401);
    expect((await server.call('archiveAgent', { headers: jwt, path: { agent_id: gamma.agent_id } })).body.status).toBe('archived');

    // Delete the clone: 204, its data gone, nobody else touched.
    const del = await server.call('deleteAgent', { headers: jwt, path: { agent_id: clone.body.agent_id } });
    expect(del.status).toBe(204);
    expect((await agentInfo(clone.body.api_key)).status).toBe(401);
    const leftovers = await server.db.selectFrom('balances').select('agent_id').where('agent_id', '=', clone.body.agent_id).execute();
    expect(leftovers).toEqual([]);
    expect((await balanceOf(alpha.api_key)).total_equity_usdt).toBe('1000.00000000');

    const list = await server.call('listAgents', { headers: jwt });
    expect(list.body.agents.map((a: any) => a.display_name)).toEqual(["Fleet's Agent", 'Alpha', 'Beta']);
    expect(list.body.total).toBe(3);
    const withArchived = await server.call('listAgents', { headers: jwt, query: { include_archived: 'true' } });
    expect(withArchived.body.agents.map((a: any) => a.display_name)).toEqual(["Fleet's Agent", 'Alpha', 'Beta', 'Gamma']);
    const onlyArchived = await server.call('listAgents', { headers: jwt, query: { status: 'archived' } });
    expect(onlyArchived.body.agents.map((a: any) => a.id)).toEqual([gamma.agent_id]);

    const overview = await server.call('getAgentsOverview', { headers: jwt });
    expect(overview.status).toBe(200);
    const byName = Object.fromEntries(overview.body.agents.map((a: any) => [a.display_name, a]));
    expect(Object.keys(byName)).toEqual(["Fleet's Agent", 'Alpha', 'Beta']);
    expect(byName.Beta).toMatchObject({ equity: '2500.50000000', total_pnl: '0.00000000', total_pnl_pct: '0.00', open_orders: 0 });
  });

  it('pages the list with limit and offset while total counts every match', async () => {
    const page = await server.call('listAgents', { headers: jwt, query: { limit: '1', offset: '1', include_archived: 'true' } });
    expect(page.body).toMatchObject({ limit: 1, offset: 1 });
    expect(page.body.agents).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(4);
  });

  it('shows the equity and PnL of an agent whose wallet changed', async () => {
    const made = await create({ display_name: 'Loser', starting_balance: '400' });
    await server.db
      .updateTable('balances')
      .set({ available: '300.00000000', locked: '50.00000000' })
      .where('agent_id', '=', made.body.agent_id)
      .execute();
    const overview = await server.call('getAgentsOverview', { headers: jwt });
    const loser = overview.body.agents.find((a: any) => a.id === made.body.agent_id);
    expect(loser).toMatchObject({ equity: '350.00000000', total_pnl: '-50.00000000', total_pnl_pct: '-12.50' });
  });

  it('updates only the fields sent, and null clears', async () => {
    const made = await create({ display_name: 'Tweak', llm_model: 'claude', framework: 'custom', color: '#aabbcc' });
    const res = await server.call('updateAgent', {
      headers: jwt,
      path: { agent_id: made.body.agent_id },
      body: { display_name: '  Tweaked ', framework: null, strategy_tags: ['a', 'b'] },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      display_name: 'Tweaked',
      llm_model: 'claude',
      framework: null,
      strategy_tags: ['a', 'b'],
      color: '#AABBCC',
    });
    const empty = await server.call('updateAgent', { headers: jwt, path: { agent_id: made.body.agent_id }, body: {} });
    expect(empty.body.display_name).toBe('Tweaked');
  });

  it('reads the current key, and a regenerated key replaces the old one at once', async () => {
    const made = await create({ display_name: 'Keys' });
    const read = await server.call('getAgentApiKey', { headers: jwt, path: { agent_id: made.body.agent_id } });
    expect(read.body.api_key).toBe(made.body.api_key);
    const regen = await server.call('regenerateAgentKey', { headers: jwt, path: { agent_id: made.body.agent_id } });
    expect(regen.status).toBe(200);
    expect(regen.body.api_key).not.toBe(made.body.api_key);
    expect((await agentInfo(made.body.api_key)).status).toBe(401);
    expect((await agentInfo(regen.body.api_key)).status).toBe(200);
    expect((await server.call('getAgentApiKey', { headers: jwt, path: { agent_id: made.body.agent_id } })).body.api_key).toBe(
      regen.body.api_key,
    );
  });

  it('layers risk limits: agent overrides, then account limits, then defaults', async () => {
    const made = await create({ display_name: 'Risky' });
    const id = made.body.agent_id;
    const account = await server.call('updateAccountRiskProfile', {
      headers: jwt,
      body: { max_position_size_pct: 30, min_order_size_usd: '2.5' },
    });
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({ scope: 'account', agent_id: null });
    expect(account.body.risk_profile).toMatchObject({ max_position_size_pct: 30, min_order_size_usd: '2.50000000', max_open_orders: 50 });

    const agent = await server.call('updateAgentRiskProfile', { headers: jwt, path: { agent_id: id }, body: { max_open_orders: 5 } });
    expect(agent.body).toEqual({
      max_position_size_pct: 30,
      daily_loss_limit_pct: 20,
      max_open_orders: 5,
      max_order_size_pct: 50,
      min_order_size_usd: '2.50000000',
      order_rate_limit: 100,
    });
    const viaKey = await server.call('updateAccountRiskProfile', {
      headers: { 'X-API-Key': made.body.api_key },
      body: { daily_loss_limit_pct: 3 },
    });
    expect(viaKey.body).toMatchObject({ scope: 'agent', agent_id: id, risk_profile: { daily_loss_limit_pct: 3, max_open_orders: 5 } });
    const read = await server.call('getAgentRiskProfile', { headers: jwt, path: { agent_id: id } });
    expect(read.body).toMatchObject({ max_position_size_pct: 30, daily_loss_limit_pct: 3, max_open_orders: 5 });
    expect((await agentInfo(made.body.api_key)).body.risk_profile.daily_loss_limit_pct).toBe(3);
    // Another agent only sees the account's limits.
    const other = await server.call('getAccountInfo', { headers: { 'X-API-Key': owner.agentApiKey } });
    expect(other.body.risk_profile).toMatchObject({ max_position_size_pct: 30, daily_loss_limit_pct: 20, max_open_orders: 50 });
    // X-Agent-Id with a JWT targets that agent.
    const scoped = await server.call('updateAccountRiskProfile', { headers: { ...jwt, 'X-Agent-Id': id }, body: { order_rate_limit: 10 } });
    expect(scoped.body).toMatchObject({ scope: 'agent', agent_id: id, risk_profile: { order_rate_limit: 10 } });
  });

  it.each([
    ['a percentage over 100', { max_position_size_pct: 101 }, 'body.max_position_size_pct'],
    ['zero open orders', { max_open_orders: 0 }, 'body.max_open_orders'],
    ['a fractional percentage', { daily_loss_limit_pct: 2.5 }, 'body.daily_loss_limit_pct'],
    ['an unknown limit', { leverage: 10 }, 'body.leverage'],
    ['a negative minimum order', { min_order_size_usd: '-1' }, 'body.min_order_size_usd'],
    ['an empty update', {}, 'body'],
  ])('rejects %s with 422', async (_name, body, field) => {
    const made = await create({ display_name: 'Bounds' });
    const res = await server.call('updateAgentRiskProfile', { headers: jwt, path: { agent_id: made.body.agent_id }, body });
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors.map((e: any) => e.field)).toContain(field);
    const account = await server.call('updateAccountRiskProfile', { headers: jwt, body });
    expect(account.status).toBe(422);
  });

  it.each([
    ['no display_name', {}, 'body.display_name'],
    ['a 101-character name', { display_name: 'x'.repeat(101) }, 'body.display_name'],
    ['a bad colour', { display_name: 'A', color: 'blue' }, 'body.color'],
    ['a zero balance', { display_name: 'A', starting_balance: '0' }, 'body.starting_balance'],
    ['too many tags', { display_name: 'A', strategy_tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'body.strategy_tags'],
    ['a bad risk limit', { display_name: 'A', risk_profile: { max_open_orders: -1 } }, 'body.risk_profile.max_open_orders'],
    ['an unknown field', { display_name: 'A', status: 'paused' }, 'body.status'],
  ])('refuses to create an agent with %s (422) and creates nothing', async (_name, body, field) => {
    const before = (await server.call('listAgents', { headers: jwt, query: { include_archived: 'true' } })).body.total;
    const res = await create(body);
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors.map((e: any) => e.field)).toContain(field);
    expect((await server.call('listAgents', { headers: jwt, query: { include_archived: 'true' } })).body.total).toBe(before);
  });

  it('rejects bad update and clone input with 422', async () => {
    const made = await create({ display_name: 'Valid' });
    const path = { agent_id: made.body.agent_id };
    expect((await server.call('updateAgent', { headers: jwt, path, body: { display_name: '' } })).status).toBe(422);
    expect((await server.call('updateAgent', { headers: jwt, path, body: { status: 'active' } })).status).toBe(422);
    expect((await server.call('cloneAgent', { headers: jwt, path, query: { new_name: ' ' } })).status).toBe(422);
    expect((await server.call('listAgents', { headers: jwt, query: { limit: '0' } })).status).toBe(422);
    expect((await server.call('listAgents', { headers: jwt, query: { status: 'sleeping' } })).status).toBe(422);
    expect((await server.call('getBalance', { headers: jwt, query: { scope: 'everyone' } })).status).toBe(422);
  });

  it('names a clone as asked', async () => {
    const made = await create({ display_name: 'Origin' });
    const clone = await server.call('cloneAgent', {
      headers: jwt,
      path: { agent_id: made.body.agent_id },
      query: { new_name: 'Origin B' },
    });
    expect(clone.body.agent.display_name).toBe('Origin B');
  });

  it('sums balances over the active agents for scope=account', async () => {
    const acct = await server.registerAccount({ starting_balance: '100' });
    const token = { Authorization: `Bearer ${await server.login(acct)}` };
    await server.call('createAgent', { headers: token, body: { display_name: 'Second', starting_balance: '50.25' } });
    const third = await server.call('createAgent', { headers: token, body: { display_name: 'Third', starting_balance: '1000' } });
    await server.call('archiveAgent', { headers: token, path: { agent_id: third.body.agent_id } });
    const sheet = await server.call('getBalance', { headers: { 'X-API-Key': acct.apiKey }, query: { scope: 'account' } });
    expect(sheet.body).toEqual({
      scope: 'account',
      agent_id: null,
      balances: [{ asset: 'USDT', available: '150.25000000', locked: '0.00000000', total: '150.25000000' }],
      total_equity_usdt: '150.25000000',
    });
    const mine = await server.call('getBalance', { headers: { 'X-API-Key': acct.apiKey } });
    expect(mine.body).toMatchObject({ scope: 'agent', agent_id: acct.agentId, total_equity_usdt: '100.00000000' });
  });

  it('hands the default role to the oldest active agent when the default is archived or deleted', async () => {
    const acct = await server.registerAccount();
    const token = { Authorization: `Bearer ${await server.login(acct)}` };
    const second = await server.call('createAgent', { headers: token, body: { display_name: 'Heir' } });
    await server.call('archiveAgent', { headers: token, path: { agent_id: acct.agentId } });
    const info = await server.call('getAccountInfo', { headers: { 'X-API-Key': acct.apiKey } });
    expect(info.body.agent_id).toBe(second.body.agent_id);
    const got = await server.call('getAgent', { headers: token, path: { agent_id: second.body.agent_id } });
    expect(got.body.is_default).toBe(true);

    await server.call('deleteAgent', { headers: token, path: { agent_id: second.body.agent_id } });
    const none = await server.call('getAccountInfo', { headers: { 'X-API-Key': acct.apiKey } });
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('AGENT_NOT_FOUND');
    // Agent management still works without any agent.
    expect((await server.call('createAgent', { headers: token, body: { display_name: 'Fresh start' } })).status).toBe(201);
  });
});

describe('agents: credentials and isolation', () => {
  let server: TestServer;
  const accounts: Array<{ creds: Credentials; token: string; agents: Array<{ id: string; key: string }> }> = [];
  beforeAll(async () => {
    server = await TestServer.start();
    for (const name of ['Ann', 'Ben']) {
      const creds = await server.registerAccount({ display_name: name });
      const token = await server.login(creds);
      const extra = await server.call('createAgent', {
        headers: { Authorization: `Bearer ${token}` },
        body: { display_name: `${name} 2` },
      });
      accounts.push({
        creds,
        token,
        agents: [
          { id: creds.agentId, key: creds.agentApiKey },
          { id: extra.body.agent_id, key: extra.body.api_key },
        ],
      });
    }
  });
  afterAll(() => server.stop());

  const idRoutes = [
    ['getAgent', {}],
    ['updateAgent', { body: { display_name: 'Hijacked' } }],
    ['cloneAgent', {}],
    ['resetAgent', {}],
    ['archiveAgent', {}],
    ['getAgentApiKey', {}],
    ['regenerateAgentKey', {}],
    ['getAgentRiskProfile', {}],
    ['updateAgentRiskProfile', { body: { max_open_orders: 1 } }],
    ['deleteAgent', {}],
  ] as const;

  it("answers every id-taking route for another account's agent exactly like an unknown id, and changes nothing", async () => {
    const [ann, ben] = accounts as [(typeof accounts)[0], (typeof accounts)[0]];
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all(
          ['agents', 'api_keys', 'balances', 'trading_sessions'].map((t) =>
            server.db
              .selectFrom(t as 'agents')
              .selectAll()
              .execute(),
          ),
        ),
      );
    const before = await snapshot();
    for (const [caller, victim] of [
      [ann, ben],
      [ben, ann],
    ] as const) {
      for (const agent of victim.agents) {
        for (const [operationId, extra] of idRoutes) {
          const foreign = await server.call(operationId, {
            headers: { Authorization: `Bearer ${caller.token}` },
            path: { agent_id: agent.id },
            ...extra,
          });
          const unknown = await server.call(operationId, {
            headers: { Authorization: `Bearer ${caller.token}` },
            path: { agent_id: randomUUID() },
            ...extra,
          });
          expect(foreign.status, operationId).toBe(404);
          expect(foreign.body.error.code).toBe('AGENT_NOT_FOUND');
          expect(foreign.body.error.message).toBe(unknown.body.error.message);
          // Every API key, the account's and each agent's, is refused on JWT-only routes.
          for (const key of [caller.creds.apiKey, ...caller.agents.map((a) => a.key), ...victim.agents.map((a) => a.key)]) {
            const res = await server.call(operationId, { headers: { 'X-API-Key': key }, path: { agent_id: agent.id }, ...extra });
            expect(res.status, operationId).toBe(403);
            expect(res.body.error.code).toBe('PERMISSION_DENIED');
            expect(res.body.error.message).toContain('JWT');
          }
        }
        // X-Agent-Id of another account's agent on agent-scoped account routes.
        for (const key of [{ Authorization: `Bearer ${caller.token}` }, { 'X-API-Key': caller.creds.apiKey }] as Record<string, string>[]) {
          for (const operationId of ['getAccountInfo', 'getBalance'] as const) {
            const res = await server.call(operationId, { headers: { ...key, 'X-Agent-Id': agent.id } });
            expect(res.status, operationId).toBe(404);
          }
          const risk = await server.call('updateAccountRiskProfile', {
            headers: { ...key, 'X-Agent-Id': agent.id },
            body: { max_open_orders: 1 },
          });
          expect(risk.status).toBe(404);
        }
      }
    }
    expect(await snapshot()).toBe(before);
  });

  it('keeps each agent key to its own agent, whatever X-Agent-Id says', async () => {
    for (const account of accounts) {
      for (const agent of account.agents) {
        for (const other of accounts.flatMap((a) => a.agents)) {
          const res = await server.call('getBalance', { headers: { 'X-API-Key': agent.key, 'X-Agent-Id': other.id } });
          expect(res.body.agent_id).toBe(agent.id);
        }
      }
    }
  });

  it("lists only the caller's own agents", async () => {
    for (const account of accounts) {
      const list = await server.call('listAgents', { headers: { Authorization: `Bearer ${account.token}` } });
      expect(list.body.agents.map((a: any) => a.id).sort()).toEqual(account.agents.map((a) => a.id).sort());
      const overview = await server.call('getAgentsOverview', { headers: { Authorization: `Bearer ${account.token}` } });
      expect(overview.body.agents.every((a: any) => a.account_id === account.creds.accountId)).toBe(true);
    }
  });

  it('refuses a malformed agent id with 422 and missing or bad credentials with 401', async () => {
    const token = { Authorization: `Bearer ${accounts[0]!.token}` };
    for (const [operationId, extra] of idRoutes) {
      const res = await server.call(operationId, { headers: token, path: { agent_id: 'not-a-uuid' }, ...extra });
      expect(res.status, operationId).toBe(422);
      expect(res.body.error.details.errors[0].field).toBe('path.agent_id');
      const anonymous = await server.call(operationId, { path: { agent_id: randomUUID() }, ...extra });
      expect(anonymous.status, operationId).toBe(401);
    }
    for (const operationId of ['listAgents', 'getAgentsOverview'] as const) {
      expect((await server.call(operationId, {})).status).toBe(401);
      expect((await server.call(operationId, { headers: { Authorization: 'Bearer nope' } })).body.error.code).toBe('INVALID_TOKEN');
      expect((await server.call(operationId, { headers: { 'X-API-Key': accounts[0]!.creds.apiKey } })).status).toBe(403);
    }
    expect((await server.call('createAgent', { body: { display_name: 'x' } })).status).toBe(401);
    expect(
      (await server.call('createAgent', { headers: { 'X-API-Key': accounts[0]!.creds.apiKey }, body: { display_name: 'x' } })).status,
    ).toBe(403);
    for (const operationId of ['getBalance', 'updateAccountRiskProfile'] as const) {
      const res = await server.call(operationId, {
        headers: {},
        ...(operationId === 'updateAccountRiskProfile' ? { body: { max_open_orders: 2 } } : {}),
      });
      expect(res.status).toBe(401);
    }
  });

  it('answers a suspended account with 403 ACCOUNT_SUSPENDED on agent and account routes', async () => {
    const acct = await server.registerAccount({ display_name: 'Suspended soon' });
    const token = { Authorization: `Bearer ${await server.login(acct)}` };
    await server.setAccountStatus(acct.accountId, 'suspended');
    for (const [operationId, extra] of idRoutes) {
      const res = await server.call(operationId, { headers: token, path: { agent_id: acct.agentId }, ...extra });
      expect(res.status, operationId).toBe(403);
      expect(res.body.error.code).toBe('ACCOUNT_SUSPENDED');
    }
    for (const operationId of ['listAgents', 'getAgentsOverview', 'getBalance'] as const) {
      expect((await server.call(operationId, { headers: token })).status).toBe(403);
    }
    expect((await server.call('createAgent', { headers: token, body: { display_name: 'x' } })).status).toBe(403);
    expect((await server.call('updateAccountRiskProfile', { headers: token, body: { max_open_orders: 2 } })).status).toBe(403);
  });
});

describe('agents: an archived agent is read-only', () => {
  let server: TestServer;
  let owner: Credentials;
  let jwt: Record<string, string>;
  let archivedId: string;
  let restingOrderId: string;
  beforeAll(async () => {
    server = await TestServer.start();
    owner = await server.registerAccount({ display_name: 'Archivist' });
    jwt = { Authorization: `Bearer ${await server.login(owner)}` };
    const made = await server.call('createAgent', { headers: jwt, body: { display_name: 'Retired', starting_balance: '5000' } });
    archivedId = made.body.agent_id;
    server.pushPrice('BTCUSDT', '60000.00');
    const resting = await server.call('placeOrder', {
      headers: { 'X-API-Key': made.body.api_key },
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.01', price: '50000' },
    });
    expect(resting.status).toBe(201);
    restingOrderId = resting.body.order_id;
    expect(server.app.services.matcher.pendingCount).toBe(1);
    expect((await server.call('archiveAgent', { headers: jwt, path: { agent_id: archivedId } })).body.status).toBe('archived');
    expect(server.app.services.matcher.pendingCount).toBe(0);
  });
  afterAll(() => server.stop());

  const expectArchived = (res: { status: number; body: any }, what: string) => {
    expect(res.status, what).toBe(403);
    expect(res.body.error.code, what).toBe('PERMISSION_DENIED');
    expect(res.body.error.details, what).toMatchObject({ reason: 'agent_archived', agent_id: archivedId });
  };

  it('still lets a JWT or the account key read its data with X-Agent-Id', async () => {
    for (const auth of [jwt, { 'X-API-Key': owner.apiKey }]) {
      const headers = { ...auth, 'X-Agent-Id': archivedId };
      const info = await server.call('getBalance', { headers });
      expect(info.status).toBe(200);
      // Archiving cancelled its resting order (nobody could cancel it afterwards) and freed the lock.
      expect(info.body.balances.find((b: any) => b.asset === 'USDT')).toMatchObject({ available: '5000.00000000', locked: '0.00000000' });
      expect((await server.call('listOpenOrders', { headers })).body.orders).toEqual([]);
      const order = await server.call('getOrder', { headers, path: { order_id: restingOrderId } });
      expect(order.body.status).toBe('cancelled');
      expect((await server.call('getPortfolio', { headers })).status).toBe(200);
    }
    expect((await server.call('getAgentRiskProfile', { headers: jwt, path: { agent_id: archivedId } })).status).toBe(200);
  });

  it('refuses every write with 403 PERMISSION_DENIED agent_archived and changes nothing', async () => {
    for (const auth of [jwt, { 'X-API-Key': owner.apiKey }]) {
      const headers = { ...auth, 'X-Agent-Id': archivedId };
      expectArchived(
        await server.call('placeOrder', { headers, body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.001' } }),
        'placeOrder',
      );
      expectArchived(await server.call('cancelOrder', { headers, path: { order_id: restingOrderId } }), 'cancelOrder');
      expectArchived(await server.call('cancelOpenOrders', { headers }), 'cancelOpenOrders');
      expectArchived(await server.call('resetAccount', { headers, body: { confirm: true } }), 'resetAccount');
      expectArchived(await server.call('updateAccountRiskProfile', { headers, body: { max_open_orders: 3 } }), 'updateAccountRiskProfile');
    }
    const path = { agent_id: archivedId };
    expectArchived(await server.call('resetAgent', { headers: jwt, path }), 'resetAgent');
    expectArchived(
      await server.call('updateAgentRiskProfile', { headers: jwt, path, body: { max_open_orders: 3 } }),
      'updateAgentRiskProfile',
    );
    expectArchived(await server.call('updateAgent', { headers: jwt, path, body: { risk_profile: { max_open_orders: 3 } } }), 'updateAgent');
    // Its name and labels stay editable.
    const renamed = await server.call('updateAgent', { headers: jwt, path, body: { display_name: 'Retired for good' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.risk_profile.max_open_orders).toBe(50);

    const sessions = await server.db.selectFrom('trading_sessions').select('id').where('agent_id', '=', archivedId).execute();
    expect(sessions).toHaveLength(1);
    // The account's own limits are untouched, and the default agent still trades.
    expect((await server.call('updateAccountRiskProfile', { headers: jwt, body: { max_open_orders: 40 } })).body.scope).toBe('account');
    expect(
      (await server.call('placeOrder', { headers: jwt, body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.001' } }))
        .status,
    ).toBe(201);
  });
});

describe('agents: at most MAX_AGENTS_PER_ACCOUNT per account', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({ MAX_AGENTS_PER_ACCOUNT: '4' });
  });
  afterAll(() => server.stop());

  it('counts the default, archived and cloned agents, answers 409 limit_reached past it, and frees a slot on delete', async () => {
    const owner = await server.registerAccount({ display_name: 'Crowded' });
    const jwt = { Authorization: `Bearer ${await server.login(owner)}` };
    const create = (name: string) => server.call('createAgent', { headers: jwt, body: { display_name: name } });
    const second = await create('Two');
    expect(second.status).toBe(201);
    expect((await server.call('cloneAgent', { headers: jwt, path: { agent_id: second.body.agent_id } })).status).toBe(201);
    const fourth = await create('Four');
    expect(fourth.status).toBe(201);
    await server.call('archiveAgent', { headers: jwt, path: { agent_id: fourth.body.agent_id } });

    const refusedCreate = await create('Five');
    expect(refusedCreate.status).toBe(409);
    expect(refusedCreate.body.error).toMatchObject({
      code: 'LIMIT_REACHED',
      details: { reason: 'limit_reached', resource: 'agents', limit: 4, current: 4 },
    });
    const refusedClone = await server.call('cloneAgent', { headers: jwt, path: { agent_id: second.body.agent_id } });
    expect(refusedClone.status).toBe(409);
    expect(refusedClone.body.error.details.reason).toBe('limit_reached');
    const all = await server.call('listAgents', { headers: jwt, query: { include_archived: 'true' } });
    expect(all.body.total).toBe(4);

    // Another account has its own allowance.
    const other = await server.registerAccount();
    const otherJwt = { Authorization: `Bearer ${await server.login(other)}` };
    expect((await server.call('createAgent', { headers: otherJwt, body: { display_name: 'Mine' } })).status).toBe(201);

    expect((await server.call('deleteAgent', { headers: jwt, path: { agent_id: fourth.body.agent_id } })).status).toBe(204);
    expect((await create('Five again')).status).toBe(201);
  });
});
