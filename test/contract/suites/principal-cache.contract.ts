// Credentials are resolved from an in-memory cache; a client must never notice. Each test first
// uses the credential (so its principal is cached), changes it through the API, then uses it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';

type Headers = Record<string, string>;

describe('cached credentials follow every change at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  const info = (headers: Headers) => server.call('getAccountInfo', { headers });
  const key = (apiKey: string): Headers => ({ 'X-API-Key': apiKey });

  async function owner(): Promise<{ creds: Credentials; jwt: Headers }> {
    const creds = await server.registerAccount();
    return { creds, jwt: { Authorization: `Bearer ${await server.login(creds)}` } };
  }

  async function newAgent(jwt: Headers): Promise<{ id: string; key: string }> {
    const res = await server.call('createAgent', { headers: jwt, body: { display_name: 'Second' } });
    expect(res.status).toBe(201);
    return { id: res.body.agent_id, key: res.body.api_key };
  }

  it('refuses a regenerated agent key on the very next request', async () => {
    const { creds, jwt } = await owner();
    expect((await info(key(creds.agentApiKey))).status).toBe(200);
    const regen = await server.call('regenerateAgentKey', { headers: jwt, path: { agent_id: creds.agentId } });
    expect(regen.status).toBe(200);
    const old = await info(key(creds.agentApiKey));
    expect(old.status).toBe(401);
    expect(old.body.error.code).toBe('INVALID_API_KEY');
    expect((await info(key(regen.body.api_key))).body.agent_id).toBe(creds.agentId);
  });

  it('refuses the key of an agent archived or deleted through the API', async () => {
    const { jwt } = await owner();
    const [archived, deleted] = [await newAgent(jwt), await newAgent(jwt)];
    for (const a of [archived, deleted]) expect((await info(key(a.key))).status).toBe(200);
    expect((await server.call('archiveAgent', { headers: jwt, path: { agent_id: archived.id } })).status).toBe(200);
    expect((await server.call('deleteAgent', { headers: jwt, path: { agent_id: deleted.id } })).status).toBe(204);
    for (const a of [archived, deleted]) {
      const res = await info(key(a.key));
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('INVALID_API_KEY');
    }
  });

  it('refuses every credential of an account suspended after they were used, and takes them back once reactivated', async () => {
    const { creds, jwt } = await owner();
    const all = [key(creds.apiKey), key(creds.agentApiKey), jwt];
    for (const headers of all) expect((await info(headers)).status).toBe(200);
    await server.setAccountStatus(creds.accountId, 'suspended');
    for (const headers of all) {
      const res = await info(headers);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('ACCOUNT_SUSPENDED');
    }
    await server.setAccountStatus(creds.accountId, 'active');
    for (const headers of all) expect((await info(headers)).status).toBe(200);
  });

  it('follows the default agent and refuses X-Agent-Id of an agent deleted after it was used', async () => {
    const { creds, jwt } = await owner();
    const second = await newAgent(jwt);
    expect((await info(key(creds.apiKey))).body.agent_id).toBe(creds.agentId);
    expect((await info({ ...jwt, 'X-Agent-Id': second.id })).body.agent_id).toBe(second.id);

    // The default agent goes: the account key now acts for the oldest remaining one.
    await server.call('archiveAgent', { headers: jwt, path: { agent_id: creds.agentId } });
    expect((await info(key(creds.apiKey))).body.agent_id).toBe(second.id);

    await server.call('deleteAgent', { headers: jwt, path: { agent_id: second.id } });
    for (const headers of [
      { ...jwt, 'X-Agent-Id': second.id },
      { ...key(creds.apiKey), 'X-Agent-Id': second.id },
    ]) {
      const res = await info(headers);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('AGENT_NOT_FOUND');
    }
  });

  it('applies changed risk limits to the very next order of a key that was just used', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { creds, jwt } = await owner();
    const bot = key(creds.agentApiKey);
    const restingBuy = (price: string) =>
      server.call('placeOrder', { headers: bot, body: { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price } });
    expect((await restingBuy('50000')).status).toBe(201);

    // The account's own limit (no X-Agent-Id with a JWT): the agent has no override, so it applies.
    const account = await server.call('updateAccountRiskProfile', { headers: jwt, body: { max_open_orders: 1 } });
    expect(account.body.scope).toBe('account');
    const refused = await restingBuy('49000');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'ORDER_REJECTED',
      details: { reason: 'max_open_orders_exceeded', max_open_orders: 1 },
    });

    // Then the agent's override loosens it.
    const agent = await server.call('updateAgentRiskProfile', {
      headers: jwt,
      path: { agent_id: creds.agentId },
      body: { max_open_orders: 2 },
    });
    expect(agent.status).toBe(200);
    expect((await restingBuy('49000')).status).toBe(201);
    const again = await restingBuy('48000');
    expect(again.status).toBe(400);
    expect(again.body.error.details).toMatchObject({ reason: 'max_open_orders_exceeded', max_open_orders: 2 });
  });
});
