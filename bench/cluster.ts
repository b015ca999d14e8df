// Scale-out (`BENCH_CASES=cluster`): market orders/s and latency through real server processes —
// SQLite (one process), PostgreSQL (one process), PostgreSQL + Redis with two and three processes —
// each behind the same local round-robin proxy (scripts/lib/cluster.ts), so the figures differ only
// in the storage and the process count; then, on the three-process cluster, tick-to-trigger-fill:
// from a tick published on the cluster's tick channel to the fill's `orders` event arriving on a
// WebSocket held by another instance than the one the order was placed through.
// PostgreSQL and Redis come from BENCH_DATABASE_URL / BENCH_REDIS_URL (default: the local services).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import pg from 'pg';
import WebSocket from 'ws';
import { startCluster, type Cluster } from '../scripts/lib/cluster.js';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const UNLIMITED = '10000000';
const CONNECTIONS = 50;
const AGENTS = 50;

export interface TopologyResult {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
}

export interface ClusterBenchResult {
  topologies: TopologyResult[];
  trigger: { samples: number; p50: number; p99: number; max: number } | undefined;
  skipped?: string;
}

/** A reply's status and its top-level fields as text (ids, keys, tokens). */
async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, string> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

/** One account, AGENTS agents with wide risk limits and a large wallet; their keys. */
async function traders(base: string): Promise<string[]> {
  const email = `bench-${randomBytes(4).toString('hex')}@example.com`;
  const reg = await post(`${base}/api/v1/auth/register`, { display_name: 'bench', email, password: 'bench-password-1' });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
  const login = await post(`${base}/api/v1/auth/login`, { api_key: reg.body.api_key, api_secret: reg.body.api_secret });
  const jwt = { authorization: `Bearer ${login.body.token!}` };
  const keys: string[] = [];
  for (let i = 0; i < AGENTS; i++) {
    const agent = await post(`${base}/api/v1/agents`, { display_name: `trader ${i}`, starting_balance: '10000000' }, jwt);
    if (agent.status !== 201) throw new Error(`agent: ${agent.status} ${JSON.stringify(agent.body)}`);
    const risk = await fetch(`${base}/api/v1/agents/${agent.body.agent_id!}/risk-profile`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...jwt },
      body: JSON.stringify({ max_order_size_pct: 100, max_position_size_pct: 100, order_rate_limit: 10_000 }),
    });
    if (risk.status !== 200) throw new Error(`risk profile: ${risk.status}`);
    keys.push(agent.body.api_key!);
  }
  return keys;
}

async function orderLoad(base: string, keys: string[], seconds: number): Promise<autocannon.Result> {
  let next = 0;
  const bodies = [
    { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.0002' },
    { symbol: 'BTCUSDT', side: 'sell', type: 'market', quantity: '0.0002' },
  ];
  return autocannon({
    url: `${base}/api/v1/trade/order`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: bodies.map((b) => ({
      method: 'POST' as const,
      path: '/api/v1/trade/order',
      body: JSON.stringify(b),
      setupRequest: (req: autocannon.Request, context: object) => {
        const conn = context as { key?: string };
        conn.key ??= keys[next++ % keys.length];
        return { ...req, headers: { 'content-type': 'application/json', 'x-api-key': conn.key! } };
      },
    })),
  });
}

const baseEnv = {
  LOG_LEVEL: 'warn',
  MARKET_SYMBOLS: 'BTCUSDT,ETHUSDT',
  MARKET_HISTORY_DAYS: '1',
  RATE_LIMIT_GENERAL: UNLIMITED,
  RATE_LIMIT_AUTH_LOGIN: UNLIMITED,
  RATE_LIMIT_AUTH_REGISTER: UNLIMITED,
  RATE_LIMIT_ORDERS: UNLIMITED,
  RATE_LIMIT_MARKET_DATA: UNLIMITED,
  MAX_AGENTS_PER_ACCOUNT: '100',
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Tick published → fill event on a socket of another instance, `samples` times, one at a time. */
async function triggerLatency(cluster: Cluster, prefix: string, samples: number): Promise<ClusterBenchResult['trigger']> {
  const redis = new Redis(REDIS_URL);
  const base = cluster.instances[0]!.url;
  const reg = await post(`${base}/api/v1/auth/register`, { display_name: 'trigger-bench', starting_balance: '10000000' });
  const key = reg.body.agent_api_key!;
  const ws = new WebSocket(`${cluster.instances[1]!.url.replace('http', 'ws')}/ws/v1?api_key=${key}`);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const filled = new Map<string, (at: number) => void>();
  ws.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString()) as { channel?: string; data?: { order_id: string; status: string } };
    if (m.channel === 'orders' && m.data?.status === 'filled') filled.get(m.data.order_id)?.(performance.now());
  });
  ws.send(JSON.stringify({ action: 'subscribe', channel: 'orders' }));
  await new Promise((r) => setTimeout(r, 300));
  const times: number[] = [];
  let tradeId = 3_000_000_000;
  for (let i = 0; i < samples; i++) {
    // Placed through the third instance; far below the market, so only the published tick crosses
    // it. Each sample one step lower than the last one's tick, which is the last price until the
    // simulated market trades again: a limit at or above it would fill at once.
    const level = 2000 - 5 * i;
    const placed = await post(
      `${cluster.instances[2]!.url}/api/v1/trade/order`,
      { symbol: 'ETHUSDT', side: 'buy', type: 'limit', quantity: '0.1', price: String(level) },
      { 'x-api-key': key },
    );
    if (placed.status !== 201) throw new Error(`limit: ${placed.status} ${JSON.stringify(placed.body)}`);
    // The partition's owner must have it before the tick: it hears placements over the bus.
    await new Promise((r) => setTimeout(r, 50));
    const done = new Promise<number>((resolve, reject) => {
      filled.set(placed.body.order_id!, resolve);
      setTimeout(() => reject(new Error(`no fill event for the limit at ${level} within 10 s`)), 10_000).unref();
    });
    const payload = {
      s: 'ETHUSDT',
      p: (BigInt(level - 1) * 100_000_000n).toString(),
      q: '100000000',
      t: Date.now(),
      i: ++tradeId,
      m: false,
    };
    const sent = performance.now();
    await redis.publish(`${prefix}bus:ticks`, JSON.stringify({ from: 'bench', payload }));
    times.push((await done) - sent);
  }
  ws.close();
  redis.disconnect();
  times.sort((a, b) => a - b);
  return { samples, p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times[times.length - 1]! };
}

export async function runClusterBench(seconds: number, triggerSamples: number): Promise<ClusterBenchResult> {
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
  const redisProbe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await admin.query('select 1');
    await redisProbe.connect();
  } catch (err) {
    await admin.end().catch(() => undefined);
    redisProbe.disconnect();
    return { topologies: [], trigger: undefined, skipped: `PostgreSQL or Redis unreachable (${String(err)})` };
  }
  redisProbe.disconnect();
  const root = path.join(import.meta.dirname, '..');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  const command = [process.execPath, path.join(root, 'dist/src/main.js')];
  const topologies: TopologyResult[] = [];
  let trigger: ClusterBenchResult['trigger'];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tradeready-cluster-bench-'));
  const runs = [
    { name: 'SQLite, 1 process', instances: 1, pg: false, redis: false },
    { name: 'PostgreSQL, 1 process', instances: 1, pg: true, redis: false },
    { name: 'PostgreSQL + Redis, 2 processes', instances: 2, pg: true, redis: true },
    { name: 'PostgreSQL + Redis, 3 processes', instances: 3, pg: true, redis: true },
  ];
  try {
    for (const run of runs) {
      process.stderr.write(`running ${run.name}...\n`);
      const schema = `b_${randomBytes(6).toString('hex')}`;
      const prefix = `bench:${schema}:`;
      if (run.pg) await admin.query(`create schema ${schema}`);
      const cluster = await startCluster({
        instances: run.instances,
        cwd: root,
        command,
        env: {
          ...baseEnv,
          DATABASE_URL: run.pg ? DATABASE_URL : path.join(dir, `${schema}.db`),
          ...(run.pg ? { DATABASE_SCHEMA: schema } : {}),
          ...(run.redis ? { REDIS_URL, REDIS_KEY_PREFIX: prefix } : {}),
        },
      });
      try {
        const keys = await traders(cluster.url);
        await orderLoad(cluster.url, keys, 2); // warm-up
        const r = await orderLoad(cluster.url, keys, seconds);
        topologies.push({
          name: run.name,
          perSecond: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          requests: r.requests.total,
          non2xx: r.non2xx,
        });
        if (run.instances === 3) {
          process.stderr.write('running tick-to-trigger-fill in the cluster...\n');
          // One agent places every sample's limit, and the order-rate rule allows it 100 a minute.
          trigger = await triggerLatency(cluster, prefix, Math.min(triggerSamples, 90));
        }
      } finally {
        await cluster.stop();
        if (run.pg) await admin.query(`drop schema ${schema} cascade`);
      }
    }
  } finally {
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  }
  return { topologies, trigger };
}

export function printClusterReport(r: ClusterBenchResult): void {
  if (r.skipped) {
    console.log(`\nscale-out: skipped, ${r.skipped}`);
    return;
  }
  console.log(`\nmarket orders through a round-robin proxy, ${CONNECTIONS} connections over ${AGENTS} agents (compiled server, dist/):`);
  for (const t of r.topologies)
    console.log(
      `  ${t.name.padEnd(34)} ${t.perSecond.toFixed(0).padStart(6)} orders/s  p50 ${t.p50} ms  p99 ${t.p99} ms  (${t.requests} requests, ${t.non2xx} non-2xx)`,
    );
  if (r.trigger)
    console.log(
      `  tick-to-trigger-fill, 3 processes (tick published → fill event on a socket of another instance, ${r.trigger.samples} samples): ` +
        `p50 ${r.trigger.p50.toFixed(2)} ms, p99 ${r.trigger.p99.toFixed(2)} ms, max ${r.trigger.max.toFixed(2)} ms`,
    );
}
