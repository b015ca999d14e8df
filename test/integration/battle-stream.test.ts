// The `battle:{id}` channel on a real listening app: the owner subscribes (docs form and key form)
// and receives the standings at once, the status events, every participant fill as a `trade` and
// the scheduler's snapshots, all checked against asyncapi.yaml by the test client; another account
// gets the same refusal for the owner's battle as for a battle that does not exist, and nothing
// of it ever reaches that account's socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BattleScheduler } from '../../src/battles/scheduler.js';
import type { Account, Agent } from '../../src/db/schema.js';
import { createAgent } from '../../src/services/agent.service.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { TestServer, type Credentials } from '../support/harness.js';
import { WsClient } from '../support/ws-client.js';

let server: TestServer;
let owner: Credentials;
let stranger: Credentials;
let account: Account;
let agents: Agent[];
let battleId: string;
const clients: WsClient[] = [];

async function connect(apiKey: string): Promise<WsClient> {
  const client = await WsClient.connect(server, { apiKey });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  // The app's own scheduler stays quiet: the test ticks one of its own.
  server = await TestServer.start({ BATTLE_SNAPSHOT_INTERVAL_MS: '3600000' });
  server.pushPrice('BTCUSDT', '60000');
  owner = await server.registerAccount();
  stranger = await server.registerAccount();
  const services = server.app.services;
  account = await services.db.selectFrom('accounts').selectAll().where('id', '=', owner.accountId).executeTakeFirstOrThrow();
  const first = await services.db.selectFrom('agents').selectAll().where('id', '=', owner.agentId).executeTakeFirstOrThrow();
  const second = (await createAgent(services, account, { displayName: 'Second', color: '#00FF00' })).view.agent;
  agents = [first, second];
  const battle = await services.battles.create(account, { name: 'Stream test', preset: 'quick_1h' });
  battleId = battle.id;
  for (const agent of agents) await services.battles.addParticipant(account, battleId, agent.id);
});

afterAll(async () => {
  for (const c of clients) c.socket.terminate();
  await server.stop();
});

describe('battle channel', () => {
  it('lets the owner subscribe in either form and sends the standings at once', async () => {
    const client = await connect(owner.apiKey);
    const ack = await client.subscribe({ channel: 'battle', battle_id: battleId });
    expect(ack).toMatchObject({ type: 'subscribed', channel: `battle:${battleId}` });
    const snapshot = await client.nextOf('battle_snapshot', `battle:${battleId}`);
    // Not started yet: no standings, but the battle's status.
    expect(snapshot.data).toMatchObject({ battle_id: battleId, status: 'pending', virtual_time: null, participants: [] });

    const byKey = await connect(owner.agentApiKey);
    expect(await byKey.subscribe({ channel: `battle:${battleId.toUpperCase()}` })).toMatchObject({
      type: 'subscribed',
      channel: `battle:${battleId}`,
    });
    await byKey.nextOf('battle_snapshot', `battle:${battleId}`);
  });

  it('refuses another account exactly as it refuses an unknown battle', async () => {
    const client = await connect(stranger.apiKey);
    const foreign = await client.subscribe({ channel: 'battle', battle_id: battleId });
    const unknown = await client.subscribe({ channel: 'battle', battle_id: '0190a000-0000-7000-8000-00000000beef' });
    const foreignKey = await client.subscribe({ channel: `battle:${battleId}` });
    // Outside the documented shapes: sent unchecked.
    const unchecked = (msg: Record<string, unknown>) => {
      client.sendRaw(JSON.stringify({ action: 'subscribe', ...msg }));
      return client.next((m) => m.id === msg.id);
    };
    const malformed = await unchecked({ channel: 'battle:not-a-battle', id: 'malformed' });
    for (const reply of [foreign, unknown, foreignKey, malformed]) {
      expect(reply).toMatchObject({ type: 'error', code: 'INVALID_CHANNEL' });
      expect(reply.message).toBe(foreign.message);
    }
    expect(foreign.message).toMatch(/^Unknown battle/);
    const missing = await unchecked({ channel: 'battle', id: 'missing' });
    expect(missing).toMatchObject({ type: 'error', code: 'INVALID_CHANNEL' });
  });

  it('streams status events, every participant fill and the snapshots to the owner only', async () => {
    const services = server.app.services;
    const watcher = await connect(owner.apiKey);
    await watcher.subscribe({ channel: `battle:${battleId}` });
    await watcher.nextOf('battle_snapshot');
    const outsider = await connect(stranger.apiKey);
    await outsider.subscribe({ channel: 'ticker', symbol: 'BTCUSDT' });
    outsider.clear();

    await services.battles.start(account, battleId);
    const started = await watcher.nextOf('status', `battle:${battleId}`);
    expect(started.data).toMatchObject({ battle_id: battleId, event: 'battle_started' });

    const placed = await placeOrder(services, account, agents[1]!, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    const trade = await watcher.nextOf('trade', `battle:${battleId}`);
    expect(trade.data).toMatchObject({
      battle_id: battleId,
      agent_id: agents[1]!.id,
      agent_name: 'Second',
      color: '#00FF00',
      order_id: placed.view.order.id,
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'market',
      quantity: '0.01000000',
      pnl: '0.00000000',
      virtual_time: null,
    });
    expect(trade.data.price).toBe(placed.view.fill!.price);

    const scheduler = new BattleScheduler(services, { completeBattle: async () => {}, eliminate: async () => {} }, { intervalMs: null });
    server.clock.advance(5000);
    await scheduler.tick();
    await scheduler.stop();
    const lead = await watcher.next((m) => m.type === 'status' && m.data.event === 'agent_took_lead');
    expect(lead.data).toMatchObject({ battle_id: battleId, previous_leader_agent_id: null });
    const snapshot = await watcher.nextOf('battle_snapshot', `battle:${battleId}`);
    expect(snapshot.data.status).toBe('active');
    expect(snapshot.data.participants.map((p: { agent_id: string }) => p.agent_id).sort()).toEqual(agents.map((a) => a.id).sort());
    const second = snapshot.data.participants.find((p: { agent_id: string }) => p.agent_id === agents[1]!.id);
    expect(second).toMatchObject({ trade_count: 1, open_positions: 1, starting_balance: '10000.00000000' });

    await services.battles.stop(account, battleId);
    const completed = await watcher.next((m) => m.type === 'status' && m.data.event === 'battle_completed');
    expect(completed.data).toMatchObject({ battle_id: battleId, participant_count: 2 });

    // Nothing of the battle reached the other account (its ticker subscription still works).
    server.pushPrice('BTCUSDT', '60100');
    await outsider.nextOf('ticker');
    expect(outsider.received.filter((m) => m.channel?.startsWith('battle:'))).toEqual([]);
  });
});
