// Two server instances in one process, on one PostgreSQL schema and one Redis (TEST_DATABASE_URL,
// TEST_REDIS_URL): the leader ingests prices for both, an order placed through one is matched by
// the owner of its agent's partition and announced on the other, the leader's stop hands the feed
// and the partitions over, concurrent orders through both never overspend, and a credential
// removed through one stops working on the other.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src/services/events.js';
import { TestServer, type Credentials } from '../support/harness.js';
import { createSchema, dropSchemas, PG_SKIP_REASON, testDatabaseUrl, type PgSchema } from '../support/pg.js';

const databaseUrl = testDatabaseUrl();
const redisUrl = process.env.TEST_REDIS_URL;
const reason = !databaseUrl ? PG_SKIP_REASON : 'multi-instance tier skipped: TEST_REDIS_URL is not set';
const suite = databaseUrl && redisUrl ? describe : describe.skip;

/** Polls `check` until it holds (or fails the test after `ms`). */
async function eventually(check: () => Promise<boolean> | boolean, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

suite(databaseUrl && redisUrl ? 'two instances on PostgreSQL and Redis' : reason, () => {
  let schema: PgSchema;
  let servers: TestServer[] = [];

  async function cluster(): Promise<[TestServer, TestServer]> {
    schema = await createSchema();
    const prefix = `test:${randomUUID()}:`;
    const env = (id: string) => ({
      DATABASE_URL: schema.url,
      DATABASE_SCHEMA: schema.schema,
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: prefix,
      INSTANCE_ID: id,
      CLUSTER_LEASE_MS: '600',
    });
    // One after the other: the first migrates the schema and becomes the leader.
    const a = await TestServer.start(env('a'));
    servers.push(a);
    const b = await TestServer.start(env('b'));
    servers.push(b);
    // Heartbeats every 200 ms: after a few the partitions are shared.
    await eventually(() => b.app.services.cluster!.leases.partitions.size > 0);
    return [a, b];
  }

  const leaderOf = (all: TestServer[]) => all.find((s) => s.app.services.cluster!.leases.leader)!;
  const key = (c: Credentials) => ({ 'X-API-Key': c.agentApiKey });

  afterEach(async () => {
    for (const s of servers.splice(0).reverse()) await s.stop();
    await dropSchemas();
  });

  it('fills an order placed through one instance once, and announces it on the other', async () => {
    const [a, b] = await cluster();
    const leader = leaderOf([a, b]);
    expect([a, b].filter((s) => s.app.services.cluster!.leases.leader)).toHaveLength(1);
    leader.pushPrice('BTCUSDT', '60000');
    // Both instances hear the leader's tick.
    await eventually(() => [a, b].every((s) => s.app.services.market.lastPrice('BTCUSDT')?.price === 6_000_000_000_000n));

    const heardOnA: OrderEvent[] = [];
    a.app.services.events.onOrder((e) => heardOnA.push(e));
    const trader = await a.registerAccount();
    const placed = await b.call('placeOrder', {
      headers: key(trader),
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.01', price: '59000' },
    });
    expect(placed.status).toBe(201);
    const orderId = placed.body.order_id as string;
    // Exactly one instance tracks it: the owner of the agent's partition.
    await eventually(() => [a, b].filter((s) => s.app.services.matcher.pendingCount === 1).length === 1);

    leader.pushPrice('BTCUSDT', '58999');
    await eventually(
      async () => (await a.call('getOrder', { headers: key(trader), path: { order_id: orderId } })).body.status === 'filled',
    );
    const fills = await a.db.selectFrom('fills').select('id').where('order_id', '=', orderId).execute();
    expect(fills).toHaveLength(1);
    // Placed through b, announced on a: placed (pending), then filled.
    await eventually(() => heardOnA.filter((e) => e.view.order.id === orderId).length >= 2);
    expect(heardOnA.filter((e) => e.view.order.id === orderId).map((e) => e.view.order.status)).toEqual(['pending', 'filled']);
  });

  it('hands the feed and the partitions over when the leader stops; a resting stop fires on the next tick', async () => {
    const [a, b] = await cluster();
    const leader = leaderOf([a, b]);
    const other = leader === a ? b : a;
    leader.pushPrice('BTCUSDT', '60000');
    await eventually(() => other.app.services.market.lastPrice('BTCUSDT')?.price === 6_000_000_000_000n);
    const trader = await other.registerAccount();
    // Buy something to stop out.
    const bought = await other.call('placeOrder', {
      headers: key(trader),
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' },
    });
    expect(bought.status).toBe(201);
    const stop = await other.call('placeOrder', {
      headers: key(trader),
      body: { symbol: 'BTCUSDT', side: 'sell', type: 'stop_loss', quantity: '0.01', trigger_price: '55000' },
    });
    expect(stop.status).toBe(201);
    const stopId = stop.body.order_id as string;

    await leader.stop();
    servers = servers.filter((s) => s !== leader);
    // The survivor leads (its own source now feeds the cluster) and owns every partition.
    await eventually(() => other.app.services.cluster!.leases.leader && other.app.services.cluster!.leases.partitions.size === 16);
    await eventually(() => other.app.services.matcher.pendingCount === 1);
    other.pushPrice('BTCUSDT', '54000');
    await eventually(
      async () => (await other.call('getOrder', { headers: key(trader), path: { order_id: stopId } })).body.status === 'filled',
    );
    const fills = await other.db.selectFrom('fills').select('id').where('order_id', '=', stopId).execute();
    expect(fills).toHaveLength(1);
  });

  it('never overspends when the same agent orders through both instances at once', async () => {
    const [a, b] = await cluster();
    leaderOf([a, b]).pushPrice('BTCUSDT', '60000');
    await eventually(() => [a, b].every((s) => s.app.services.market.lastPrice('BTCUSDT') !== undefined));
    const trader = await a.registerAccount({ starting_balance: '1000' });
    // Only the balance may limit how many fill: the position and order-size rules are opened wide.
    await a.db
      .updateTable('agents')
      .set({ risk_profile: JSON.stringify({ max_position_size_pct: 100, max_order_size_pct: 100 }) })
      .where('id', '=', trader.agentId)
      .execute();
    // Each buy costs about 300 USDT with slippage and fee: exactly three are affordable.
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 === 0 ? a : b).call('placeOrder', {
          headers: key(trader),
          body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.005' },
        }),
      ),
    );
    const filled = replies.filter((r) => r.status === 201);
    expect(filled).toHaveLength(3);
    for (const r of replies.filter((r) => r.status !== 201)) expect(r.body.error.code).toBe('INSUFFICIENT_BALANCE');
    const balance = await b.call('getBalance', { headers: key(trader) });
    const usdt = balance.body.balances.find((x: { asset: string }) => x.asset === 'USDT');
    expect(usdt.available.startsWith('-')).toBe(false);
    const fills = await a.db.selectFrom('fills').select('id').where('agent_id', '=', trader.agentId).execute();
    expect(fills).toHaveLength(3);
  });

  it('stops accepting a key removed through the other instance', async () => {
    const [a, b] = await cluster();
    const trader = await a.registerAccount();
    // b resolves (and caches) the key.
    expect((await b.call('getBalance', { headers: key(trader) })).status).toBe(200);
    expect((await b.call('getBalance', { headers: key(trader) })).status).toBe(200);
    await a.setAccountStatus(trader.accountId, 'suspended');
    await eventually(async () => (await b.call('getBalance', { headers: key(trader) })).status !== 200, 3000);
    expect((await b.call('getBalance', { headers: key(trader) })).status).toBe(403);
  });
});
