// Resident memory of the production server: the compiled JavaScript (`node dist/src/main.js`, what
// `npm start` runs) in a child process with the simulated market streaming all its 65 pairs. It is
// started once on an empty database (backfilling history) and then restarted on it; on the
// restarted server 1,000 agents (20 accounts × 50) place orders over HTTP: a resting limit order
// apiece, then market orders for a while. RSS is read from /proc at each stage, the JS heap from the
// server's own /metrics. BENCH_RSS_TSX=1 also runs the same against the server under tsx.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { formatAmount, parseAmount } from '../src/money.js';

const ROOT = new URL('..', import.meta.url).pathname;
const ACCOUNTS = 20;
const AGENTS_PER_ACCOUNT = 50;
const CONCURRENCY = 50;
/** Pairs the agents trade (every pair of the simulated market streams regardless). */
const TRADED = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'BNBUSDT', 'XRPUSDT', 'DOGEUSDT', 'ADAUSDT', 'AVAXUSDT'];
const UNLIMITED = '10000000';

interface RssStage {
  stage: string;
  rssMb: number;
  /** V8 heap in use and reserved, from the server's own /metrics. */
  heapUsedMb?: number;
  heapTotalMb?: number;
}

interface RssReport {
  runtime: 'node (compiled)' | 'tsx';
  pairs: number;
  agents: number;
  ordersPlaced: number;
  tradingSeconds: number;
  stages: RssStage[];
  peakMb: number;
}

/** The resident set size of a process, in MB. */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) / 1024;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function call<T>(
  base: string,
  method: string,
  route: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function must<T>(reply: Promise<{ status: number; body: T }>, status: number, what: string): Promise<T> {
  const res = await reply;
  if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Runs `jobs` with at most `limit` in flight. */
async function pool(jobs: Array<() => Promise<unknown>>, limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, jobs.length) }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
}

/** The smallest quantity on the pair's step grid worth at least `usdt` at `price`. */
function quantityFor(usdt: string, price: string, step: string): string {
  const stepUnits = parseAmount(step);
  const notional = parseAmount(usdt) * 100_000_000n;
  const per = parseAmount(price);
  const raw = (notional + per - 1n) / per; // ceil(usdt / price), in 1e-8 units
  const steps = (raw + stepUnits - 1n) / stepUnits;
  return formatAmount(steps * stepUnits);
}

async function startServer(runtime: RssReport['runtime'], dir: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: path.join(dir, 'rss.db'),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_GENERAL: UNLIMITED,
    RATE_LIMIT_AUTH_LOGIN: UNLIMITED,
    RATE_LIMIT_AUTH_REGISTER: UNLIMITED,
    RATE_LIMIT_ORDERS: UNLIMITED,
    RATE_LIMIT_MARKET_DATA: UNLIMITED,
  };
  const args = runtime === 'tsx' ? ['--import', 'tsx', path.join(ROOT, 'src/main.ts')] : [path.join(ROOT, 'dist/src/main.js')];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start within 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, base };
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function measureRss(runtime: RssReport['runtime'], tradingSeconds: number): Promise<RssReport> {
  // Built afresh, so what is measured is the code as it is now (as `npm start` would).
  if (runtime === 'node (compiled)') execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tradeready-rss-'));
  const stages: RssStage[] = [];
  // The first start on an empty database backfills days of history; a restart (the usual case)
  // only fills the gap. Both are measured; the load runs on the restarted server.
  const first = await startServer(runtime, dir);
  stages.push({ stage: 'first start: history backfilled, all pairs streaming', rssMb: rssOf(first.child.pid!) });
  await stopServer(first.child);
  const { child, base } = await startServer(runtime, dir);
  const pid = child.pid!;
  const sample = async (stage: string) => {
    const rssMb = rssOf(pid);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const mb = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics)?.[1]) / 2 ** 20;
    stages.push({ stage, rssMb, heapUsedMb: mb('nodejs_heap_size_used_bytes'), heapTotalMb: mb('nodejs_heap_size_total_bytes') });
  };
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 250);
  try {
    await sample('restarted on that database, all pairs streaming');
    const pairs = await must(
      call<{ pairs: Array<{ symbol: string; step_size: string; tick_size: string }> }>(base, 'GET', '/api/v1/market/pairs'),
      200,
      'pairs',
    );
    const prices = await must(call<{ prices: Record<string, string> }>(base, 'GET', '/api/v1/market/prices'), 200, 'prices');
    const traded = pairs.pairs.filter((p) => TRADED.includes(p.symbol) && prices.prices[p.symbol]);
    if (traded.length === 0) throw new Error('none of the traded pairs has a price');
    const qty = new Map(traded.map((p) => [p.symbol, quantityFor('25', prices.prices[p.symbol]!, p.step_size)]));

    // 20 accounts × 50 agents: the default agent plus 49 more.
    const agentKeys: string[] = [];
    await pool(
      Array.from({ length: ACCOUNTS }, (_, i) => async () => {
        const reg = await must(
          call<{ api_key: string; api_secret: string; agent_api_key: string }>(base, 'POST', '/api/v1/auth/register', {
            display_name: `rss ${i}`,
            starting_balance: '1000000',
          }),
          201,
          'register',
        );
        agentKeys.push(reg.agent_api_key);
        const { token } = await must(
          call<{ token: string }>(base, 'POST', '/api/v1/auth/login', { api_key: reg.api_key, api_secret: reg.api_secret }),
          200,
          'login',
        );
        for (let a = 1; a < AGENTS_PER_ACCOUNT; a++) {
          const agent = await must(
            call<{ api_key: string }>(
              base,
              'POST',
              '/api/v1/agents',
              { display_name: `rss ${i}.${a}`, starting_balance: '100000' },
              { authorization: `Bearer ${token}` },
            ),
            201,
            'create agent',
          );
          agentKeys.push(agent.api_key);
        }
      }),
      4,
    );
    await sample(`${agentKeys.length} agents registered`);

    // Every agent rests a limit buy far below the market: 1,000 orders in the matcher's index.
    let ordersPlaced = 0;
    await pool(
      agentKeys.map((key, i) => async () => {
        const pair = traded[i % traded.length]!;
        // Half the last price, on the pair's tick grid.
        const tickUnits = parseAmount(pair.tick_size);
        const limit = formatAmount((parseAmount(prices.prices[pair.symbol]!) / 2n / tickUnits) * tickUnits);
        const quantity = quantityFor('25', limit, pair.step_size);
        await must(
          call(
            base,
            'POST',
            '/api/v1/trade/order',
            { symbol: pair.symbol, side: 'buy', type: 'limit', quantity, price: limit },
            { 'x-api-key': key },
          ),
          201,
          'limit order',
        );
        ordersPlaced++;
      }),
      CONCURRENCY,
    );
    await sample(`${ordersPlaced} limit orders resting`);

    // Market orders from every agent in turn, buying then selling, for the trading period.
    const until = Date.now() + tradingSeconds * 1000;
    let turn = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < until) {
          const n = turn++;
          const key = agentKeys[n % agentKeys.length]!;
          const pair = traded[Math.floor(n / agentKeys.length) % traded.length]!;
          const side = Math.floor(n / (agentKeys.length * traded.length)) % 2 === 0 ? 'buy' : 'sell';
          const res = await call(
            base,
            'POST',
            '/api/v1/trade/order',
            { symbol: pair.symbol, side, type: 'market', quantity: qty.get(pair.symbol) },
            { 'x-api-key': key },
          );
          if (res.status === 201) ordersPlaced++;
          else if (res.status !== 400) throw new Error(`market order: HTTP ${res.status} ${JSON.stringify(res.body)}`);
        }
      }),
    );
    await sample(`after ${tradingSeconds} s of market orders`);
    await new Promise((r) => setTimeout(r, 2000));
    await sample('2 s later, idle');
    return {
      runtime,
      pairs: pairs.pairs.length,
      agents: agentKeys.length,
      ordersPlaced,
      tradingSeconds,
      stages,
      peakMb: Math.max(peak, ...stages.slice(1).map((s) => s.rssMb)),
    };
  } finally {
    clearInterval(sampler);
    await stopServer(child);
    await rm(dir, { recursive: true, force: true });
  }
}

export function printRssReport(r: RssReport): void {
  console.log(
    `\nresident memory, server under ${r.runtime}: ${r.pairs} pairs streaming, ${r.agents} agents, ${r.ordersPlaced} orders in ${r.tradingSeconds} s of trading`,
  );
  for (const s of r.stages) {
    const heap = s.heapUsedMb === undefined ? '' : ` (JS heap ${s.heapUsedMb.toFixed(0)} MB used of ${s.heapTotalMb!.toFixed(0)} MB)`;
    console.log(`  ${s.rssMb.toFixed(0).padStart(5)} MB  ${s.stage}${heap}`);
  }
  console.log(`  ${r.peakMb.toFixed(0).padStart(5)} MB  peak after the restart`);
}
