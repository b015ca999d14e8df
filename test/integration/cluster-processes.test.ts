// The multi-instance tier: three real server processes on one PostgreSQL schema and one Redis, as
// `npm run cluster` starts them (TEST_DATABASE_URL, TEST_REDIS_URL). The market runs on the
// simulated source, near its start prices; the test crosses orders placed far from them by
// publishing ticks on the cluster's tick channel itself, as a second ingester would.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../scripts/lib/cluster.js';
import { partitionOf } from '../../src/cluster/leases.js';
import { createSchema, dropSchemas, PG_SKIP_REASON, testDatabaseUrl } from '../support/pg.js';
import { WsClient } from '../support/ws-client.js';

const databaseUrl = testDatabaseUrl();
const redisUrl = process.env.TEST_REDIS_URL;
const ready = databaseUrl !== undefined && redisUrl !== undefined;
const suite = ready ? describe : describe.skip;
const title = ready
  ? 'three server processes on PostgreSQL and Redis'
  : databaseUrl === undefined
    ? `multi-instance tier: ${PG_SKIP_REASON}`
    : 'multi-instance tier skipped: TEST_REDIS_URL is not set';

const ROOT = join(import.meta.dirname, '../..');

async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Reply {
  status: number;
  body: any;
}

async function call(base: string, method: string, path: string, opts: { key?: string; body?: unknown } = {}): Promise<Reply> {
  const res = await fetch(new URL(path, base), {
    method,
    headers: { ...(opts.key ? { 'X-API-Key': opts.key } : {}), ...(opts.body ? { 'content-type': 'application/json' } : {}) },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

suite(title, () => {
  let cluster: Cluster;
  let redis: Redis;
  let db: pg.Pool;
  let prefix: string;
  let tradeId = 2_000_000_000;

  beforeAll(async () => {
    const schema = await createSchema();
    prefix = `test:${randomUUID()}:`;
    redis = new Redis(redisUrl!);
    db = new pg.Pool({ connectionString: schema.url, options: `-c search_path=${schema.schema}`, max: 2 });
    cluster = await startCluster({
      instances: 3,
      cwd: ROOT,
      command: [process.execPath, '--import', 'tsx', 'src/main.ts'],
      env: {
        DATABASE_URL: schema.url,
        DATABASE_SCHEMA: schema.schema,
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: prefix,
        CLUSTER_LEASE_MS: '1000',
        LOG_LEVEL: 'warn',
        MARKET_SYMBOLS: 'BTCUSDT,ETHUSDT',
        MARKET_HISTORY_DAYS: '1',
        PASSWORD_HASH_LOG_N: '10',
        SECRET_HASH_LOG_N: '10',
        RATE_LIMIT_AUTH_REGISTER: '100000',
        RATE_LIMIT_ORDERS: '100000',
        RATE_LIMIT_GENERAL: '100',
      },
    });
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    redis?.disconnect();
    await db?.end();
    await dropSchemas();
  });

  /** One trade at `price` for every instance, as the ingester publishes it. */
  async function tick(symbol: string, price: string): Promise<void> {
    const [whole, frac = ''] = price.split('.');
    const scaled = BigInt(whole!) * 100_000_000n + BigInt((frac + '00000000').slice(0, 8));
    const payload = { s: symbol, p: scaled.toString(), q: '1000000', t: Date.now(), i: ++tradeId, m: false };
    await redis.publish(`${prefix}bus:ticks`, JSON.stringify({ from: 'test-ingester', payload }));
  }

  async function register(base = cluster.url, startingBalance = '10000'): Promise<{ key: string; agentId: string }> {
    const res = await call(base, 'POST', '/api/v1/auth/register', {
      body: { display_name: `bot-${randomUUID().slice(0, 8)}`, starting_balance: startingBalance },
    });
    expect(res.status).toBe(201);
    return { key: res.body.agent_api_key as string, agentId: res.body.agent_id as string };
  }

  async function orderStatus(key: string, id: string): Promise<string> {
    return (await call(cluster.url, 'GET', `/api/v1/trade/order/${id}`, { key })).body.status as string;
  }

  it('starts three instances, one of them the leader, and answers through the proxy', async () => {
    expect(cluster.instances).toHaveLength(3);
    const health = await call(cluster.url, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(await redis.get(`${prefix}lease:leader`)).toMatch(/^instance-/);
  });

  it('never overspends: the same agent ordering through all three at once fills exactly what it can afford', async () => {
    const trader = await register(cluster.url, '1000');
    // Only the balance may limit how many fill: the position and order-size rules are opened wide,
    // before the agent's first request (no instance has cached it yet).
    await db.query('update agents set risk_profile = $1 where id = $2', [
      JSON.stringify({ max_position_size_pct: 100, max_order_size_pct: 100 }),
      trader.agentId,
    ]);
    const price = Number((await call(cluster.url, 'GET', '/api/v1/market/price/BTCUSDT')).body.price);
    const quantity = 0.004;
    const replies = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        call(cluster.instances[i % 3]!.url, 'POST', '/api/v1/trade/order', {
          key: trader.key,
          body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: quantity.toFixed(3) },
        }),
      ),
    );
    const ok = replies.filter((r) => r.status === 201);
    expect(ok.length).toBeGreaterThan(0);
    for (const r of replies.filter((r) => r.status !== 201)) expect(r.body.error.code).toBe('INSUFFICIENT_BALANCE');
    const balance = await call(cluster.url, 'GET', '/api/v1/account/balance', { key: trader.key });
    const usdt = Number(balance.body.balances.find((b: { asset: string }) => b.asset === 'USDT').available);
    const btc = balance.body.balances.find((b: { asset: string }) => b.asset === 'BTC');
    // Nothing spent twice, and nothing refused that the money left could have paid for.
    expect(usdt).toBeGreaterThanOrEqual(0);
    if (ok.length < 15) expect(usdt).toBeLessThan(quantity * price * 1.01);
    // Every accepted order is in the position: none lost, none doubled.
    expect(btc.available).toBe((ok.length * quantity).toFixed(8));
  });

  it('delivers the orders event to a socket on one instance for an order placed through another', async () => {
    const trader = await register();
    const ws = await WsClient.connect(cluster.instances[0]!.url, { apiKey: trader.key });
    try {
      expect(await ws.subscribe({ channel: 'orders' })).toMatchObject({ type: 'subscribed' });
      ws.clear();
      const placed = await call(cluster.instances[1]!.url, 'POST', '/api/v1/trade/order', {
        key: trader.key,
        body: { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '20000' },
      });
      expect(placed.status).toBe(201);
      const event = await ws.next((m) => m.channel === 'orders' && m.data?.order_id === placed.body.order_id, 10_000);
      expect(event.data.status).toBe('pending');
    } finally {
      await ws.close();
    }
  });

  it('fires a resting stop exactly once, and again after its partition owner is killed', async () => {
    const trader = await register();
    const bought = await call(cluster.url, 'POST', '/api/v1/trade/order', {
      key: trader.key,
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.002' },
    });
    expect(bought.status).toBe(201);
    const stops: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await call(cluster.url, 'POST', '/api/v1/trade/order', {
        key: trader.key,
        body: { symbol: 'BTCUSDT', side: 'sell', type: 'stop_loss', quantity: '0.001', trigger_price: i === 0 ? '20000' : '10000' },
      });
      expect(res.status).toBe(201);
      stops.push(res.body.order_id as string);
    }
    // The first stop: one crossing tick, heard by all three; it fills once.
    await tick('BTCUSDT', '19999');
    await eventually(async () => (await orderStatus(trader.key, stops[0]!)) === 'filled');

    // Kill the owner of the agent's partition outright: no goodbye, its leases lapse.
    const partition = partitionOf(trader.agentId, 16);
    const ownerId = await redis.get(`${prefix}lease:part:${partition}`);
    const owner = cluster.instances.find((i) => `instance-${i.index}-${i.port}` === ownerId)!;
    expect(owner).toBeDefined();
    owner.process.kill('SIGKILL');
    // Another instance takes the partition and loads its resting orders.
    await eventually(async () => {
      const now = await redis.get(`${prefix}lease:part:${partition}`);
      return now !== null && now !== ownerId;
    });
    await new Promise((r) => setTimeout(r, 500));
    await tick('BTCUSDT', '9999');
    await eventually(async () => (await orderStatus(trader.key, stops[1]!)) === 'filled');
    await cluster.restart(owner.index);
  }, 60_000);

  it('holds a rate limit of 100 a minute across the instances', async () => {
    const trader = await register();
    const statuses: number[] = [];
    for (let i = 0; i < 110; i++) {
      statuses.push((await call(cluster.instances[i % 3]!.url, 'GET', '/api/v1/account/balance', { key: trader.key })).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('loses no acknowledged order when an instance is killed mid-flood', async () => {
    const traders = await Promise.all([register(), register(), register()]);
    const victim = cluster.instances[2]!;
    const acknowledged: Array<{ key: string; id: string }> = [];
    let sent = 0;
    const flood = async (t: { key: string }, base: string) => {
      for (let i = 0; i < 40; i++) {
        sent++;
        try {
          const res = await call(base, 'POST', '/api/v1/trade/order', {
            key: t.key,
            body: { symbol: 'ETHUSDT', side: 'buy', type: 'limit', quantity: '0.1', price: '200' },
          });
          if (res.status === 201) acknowledged.push({ key: t.key, id: res.body.order_id as string });
        } catch {
          // the killed instance's connection: not acknowledged
        }
      }
    };
    const running = traders.map((t, i) => flood(t, cluster.instances[i]!.url));
    await eventually(() => sent > 30);
    victim.process.kill('SIGKILL');
    await Promise.all(running);
    expect(acknowledged.length).toBeGreaterThan(30);
    for (const a of acknowledged) expect(await orderStatus(a.key, a.id)).toBe('pending');
    await cluster.restart(victim.index);
  }, 90_000);
});
