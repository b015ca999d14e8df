// HTTP throughput and latency of the real app (on a fresh on-disk WAL SQLite database, rate limits
// lifted) next to a bare Koa server as the ceiling of what the stack can do. Both run in a child
// process (bench/servers.ts); autocannon drives them from this one. Each case gets a short discarded
// warm-up run, then a measured run of BENCH_DURATION seconds.
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import type { BacktestBenchResult } from './backtest.js';
import type { BattleBenchResult } from './battle.js';
import { printClusterReport, runClusterBench } from './cluster.js';
import type { OrderServiceResult } from './order-service.js';
import { measureRss, printRssReport } from './rss.js';
import { printWsReport, runWsBench } from './ws-fanout.js';
import type { ServersReady } from './servers.js';
import type { TriggerLatency } from './trigger-latency.js';

const CONNECTIONS = 50;
const BENCH_EMAIL = 'bench@example.com';
/** Requests per second of the login flood (BENCH_FLOOD_RATE). */
const FLOOD_RATE = positiveInt('BENCH_FLOOD_RATE', 200);
const BENCH_PASSWORD = 'bench-password-1';
const WARMUP_SECONDS = 2;
const DURATION_SECONDS = positiveInt('BENCH_DURATION', 10);

type Targets = ServersReady;

/** What the setup phase prepares for the cases. */
interface Fixture {
  apiKey: string;
  apiSecret: string;
  /** A JWT of the same account. */
  token: string;
  /** The account's email and password, for the user-login flood. */
  email: string;
  password: string;
  /** Agent keys for the order case, one per connection (each agent has its own order-rate limit). */
  traderKeys: string[];
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface BenchCase {
  name: string;
  target: keyof Targets;
  method: Method;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Bodies sent in turn on each connection instead of `body` (e.g. buy, then sell). */
  bodies?: unknown[];
  /** Each connection sends one of these as X-API-Key. */
  connectionKeys?: string[];
  /** Connections for this case instead of the default. */
  connections?: number;
  expectStatus: number;
}

function defineCases(f: Fixture): BenchCase[] {
  return [
    { name: 'bare-koa', target: 'baselineUrl', method: 'GET', path: '/', expectStatus: 200 },
    {
      name: 'GET /account/info',
      target: 'appUrl',
      method: 'GET',
      path: '/api/v1/account/info',
      headers: { 'x-api-key': f.apiKey },
      expectStatus: 200,
    },
    {
      name: 'GET /market/price/{symbol}',
      target: 'appUrl',
      method: 'GET',
      path: '/api/v1/market/price/BTCUSDT',
      expectStatus: 200,
    },
    {
      name: 'POST /trade/order (market)',
      target: 'appUrl',
      method: 'POST',
      path: '/api/v1/trade/order',
      bodies: [
        { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.0002' },
        { symbol: 'BTCUSDT', side: 'sell', type: 'market', quantity: '0.0002' },
      ],
      connectionKeys: f.traderKeys,
      expectStatus: 201,
    },
    {
      name: 'POST /auth/login',
      target: 'appUrl',
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { api_key: f.apiKey, api_secret: f.apiSecret },
      // Fewer connections than the hashing queue holds (AUTH_HASH_QUEUE, 16), so every sign-in is
      // admitted and the case measures hashing throughput; the login-flood case shows the refusals.
      connections: 8,
      expectStatus: 200,
    },
  ];
}

async function setup(appUrl: string): Promise<Fixture> {
  const res = await fetch(`${appUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ display_name: 'bench', email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  const payload = (await res.json()) as { api_key?: unknown; api_secret?: unknown };
  if (res.status !== 201 || typeof payload.api_key !== 'string' || typeof payload.api_secret !== 'string') {
    throw new Error(`register failed: HTTP ${res.status} ${JSON.stringify(payload)}`);
  }
  const apiKey = payload.api_key;
  const apiSecret = payload.api_secret;
  const login = (await (await post(`${appUrl}/api/v1/auth/login`, { api_key: apiKey, api_secret: apiSecret })).json()) as { token: string };
  const jwt = { authorization: `Bearer ${login.token}` };
  const traderKeys: string[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const res = await post(`${appUrl}/api/v1/agents`, { display_name: `trader ${i}`, starting_balance: '10000000' }, jwt);
    const agent = (await res.json()) as { agent_id: string; api_key: string };
    if (res.status !== 201) throw new Error(`agent creation failed: HTTP ${res.status} ${JSON.stringify(agent)}`);
    const limits = { max_order_size_pct: 100, max_position_size_pct: 100, order_rate_limit: 10_000 };
    const risk = await fetch(`${appUrl}/api/v1/agents/${agent.agent_id}/risk-profile`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...jwt },
      body: JSON.stringify(limits),
    });
    if (risk.status !== 200) throw new Error(`risk profile update failed: HTTP ${risk.status}`);
    traderKeys.push(agent.api_key);
  }
  return { apiKey, apiSecret, token: login.token, email: BENCH_EMAIL, password: BENCH_PASSWORD, traderKeys };
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

interface Outcome {
  name: string;
  result: autocannon.Result;
  problems: string[];
}

async function runCase(c: BenchCase, targets: Targets): Promise<Outcome> {
  const headers: Record<string, string> = { ...c.headers };
  let body: string | undefined;
  if (c.body !== undefined) {
    body = JSON.stringify(c.body);
    headers['content-type'] = 'application/json';
  }
  const options: autocannon.Options = {
    url: new URL(c.path, targets[c.target]).toString(),
    method: c.method,
    headers,
    body,
    connections: c.connections ?? CONNECTIONS,
  };
  if (c.bodies) {
    const keys = c.connectionKeys ?? [];
    let nextKey = 0;
    options.requests = c.bodies.map((b) => ({
      method: c.method,
      path: c.path,
      body: JSON.stringify(b),
      // Each connection keeps one key for the whole run.
      setupRequest: (req: autocannon.Request, context: object) => {
        const conn = context as { key?: string };
        conn.key ??= keys[nextKey++ % Math.max(1, keys.length)];
        return { ...req, headers: { ...headers, 'content-type': 'application/json', ...(conn.key ? { 'x-api-key': conn.key } : {}) } };
      },
    }));
  }
  const warmup = await autocannon({ ...options, duration: WARMUP_SECONDS });
  const result = await autocannon({ ...options, duration: DURATION_SECONDS });
  return { name: c.name, result, problems: [...check(c, warmup, 'warm-up'), ...check(c, result, 'run')] };
}

function check(c: BenchCase, r: autocannon.Result, phase: string): string[] {
  const problems: string[] = [];
  const statuses = Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => `${code}×${s.count ?? 0}`);
  const expected = r.statusCodeStats?.[`${c.expectStatus}`]?.count ?? 0;
  if (r.requests.total === 0) problems.push(`${phase}: no responses`);
  if (expected !== r.requests.total || r.non2xx > 0) {
    problems.push(`${phase}: expected every response to be ${c.expectStatus}, got ${statuses.join(', ') || 'none'}`);
  }
  if (r.errors > 0) problems.push(`${phase}: ${r.errors} errors (${r.timeouts} timeouts)`);
  if (r.mismatches > 0) problems.push(`${phase}: ${r.mismatches} body mismatches`);
  return problems;
}

interface FloodOutcome {
  rows: Array<{ name: string; result: autocannon.Result }>;
  flood: autocannon.Result;
  problems: string[];
}

/**
 * GET /account/info (API key, then JWT) alone, then again while 50 connections flood
 * POST /auth/user-login (scrypt at the production cost): the flood may be answered 200 or
 * 503 SERVICE_UNAVAILABLE, but the reads beside it must keep their latency.
 */
async function runLoginFlood(f: Fixture, targets: Targets): Promise<FloodOutcome> {
  const info = (auth: Record<string, string>): autocannon.Options => ({
    url: new URL('/api/v1/account/info', targets.appUrl).toString(),
    headers: auth,
    connections: 10,
  });
  const readers = [
    { name: 'GET /account/info (API key)', options: info({ 'x-api-key': f.apiKey }) },
    { name: 'GET /account/info (JWT)', options: info({ authorization: `Bearer ${f.token}` }) },
  ];
  const rows: FloodOutcome['rows'] = [];
  const problems: string[] = [];
  const expect200 = (name: string, r: autocannon.Result) =>
    problems.push(...check({ name, target: 'appUrl', method: 'GET', path: '', expectStatus: 200 }, r, name));
  for (const reader of readers) {
    await autocannon({ ...reader.options, duration: WARMUP_SECONDS });
    const result = await autocannon({ ...reader.options, duration: DURATION_SECONDS });
    expect200(reader.name, result);
    rows.push({ name: `${reader.name}, alone`, result });
  }
  const flooding = autocannon({
    url: new URL('/api/v1/auth/user-login', targets.appUrl).toString(),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: f.email, password: f.password }),
    connections: CONNECTIONS,
    // A steady flood rather than as fast as the event loop can refuse: what is measured is the
    // scrypt work's effect on the other requests, not that of a million cheap 503s.
    overallRate: FLOOD_RATE,
    duration: readers.length * DURATION_SECONDS + 2,
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const reader of readers) {
    const result = await autocannon({ ...reader.options, duration: DURATION_SECONDS });
    expect200(`${reader.name} during the flood`, result);
    rows.push({ name: `${reader.name}, during login flood`, result });
  }
  const flood = await flooding;
  const other = Object.keys(flood.statusCodeStats ?? {}).filter((code) => code !== '200' && code !== '503');
  if (other.length > 0) problems.push(`login flood: statuses ${other.join(', ')} besides 200 and 503`);
  return { rows, flood, problems };
}

function printFloodReport({ rows, flood }: FloodOutcome): void {
  const header = ['case', 'req/s', 'p50 ms', 'p99 ms', 'requests'];
  const cells = rows.map(({ name, result: r }) => [
    name,
    r.requests.average.toFixed(0),
    String(r.latency.p50),
    String(r.latency.p99),
    String(r.requests.total),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${line(header)}`);
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
  const count = (code: string) => flood.statusCodeStats?.[code as keyof typeof flood.statusCodeStats]?.count ?? 0;
  console.log(
    `login flood (POST /auth/user-login, ${FLOOD_RATE}/s over ${CONNECTIONS} connections): ${flood.requests.total} requests, ` +
      `${count('200')} signed in, ${count('503')} refused with 503 (hashing queue full), p99 ${flood.latency.p99} ms, ${flood.errors} errors`,
  );
}

function printReport(outcomes: Outcome[]): void {
  const header = ['case', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx'];
  const rows = outcomes.map(({ name, result: r }) => [
    name,
    r.requests.average.toFixed(0),
    String(r.latency.p50),
    String(r.latency.p99),
    String(r.requests.total),
    String(r.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));

  const baseline = outcomes.find((o) => o.name === 'bare-koa')?.result.requests.average;
  if (baseline) {
    const ratios = outcomes.map((o) => `${o.name} ${(o.result.requests.average / baseline).toFixed(3)}`);
    console.log(`\nreq/s relative to bare-koa: ${ratios.join(' | ')}`);
  }
}

function startServers(): Promise<{ child: ChildProcess; targets: Targets }> {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the servers' process there.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(new URL('./servers.ts', import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx', ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (targets) => resolve({ child, targets: targets as Targets }));
    child.once('exit', (code) => reject(new Error(`bench servers exited early with code ${code}`)));
  });
}

/** Runs one of the in-process benches (bench/<file>) in its own process and returns what it reported. */
function measureInChild<T>(file: string, execArgv: string[] = []): Promise<T> {
  const child = fork(new URL(file, import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('exit', (code) => reject(new Error(`${file} exited with code ${code}`)));
  });
}

function stopServers(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.send('stop');
  });
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive whole number of seconds, got "${raw}"`);
  }
  return value;
}

async function main(): Promise<number> {
  const { child, targets } = await startServers();
  try {
    console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown model'})`);
    console.log("The servers run in a child process; the load generator (autocannon) runs in this one, on the same machine's cores.");
    console.log("Latency percentiles are whole milliseconds (autocannon's histogram resolution).");
    console.log(`${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, ${DURATION_SECONDS} s measured per case\n`);

    // BENCH_CASES=order,bare runs only the HTTP cases whose names contain one of the words; the words
    // 'service', 'trigger', 'backtest' and 'battle' select the in-process benches, 'rss' the memory of the compiled server,
    // 'ws' the WebSocket fan-out, 'cluster' the scale-out figures (real processes on SQLite, PostgreSQL and Redis).
    const only = (process.env.BENCH_CASES ?? '')
      .split(',')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean);
    const fixture = await setup(targets.appUrl);
    const cases = defineCases(fixture).filter((c) => only.length === 0 || only.some((w) => c.name.toLowerCase().includes(w)));
    const outcomes: Outcome[] = [];
    for (const c of cases) {
      process.stderr.write(`running ${c.name}...\n`);
      outcomes.push(await runCase(c, targets));
    }
    console.log('');
    if (outcomes.length > 0) printReport(outcomes);
    // 'flood' selects the login-flood case (also part of a full run).
    const flood =
      only.length === 0 || only.includes('flood')
        ? (process.stderr.write('running the login flood...\n'), await runLoginFlood(fixture, targets))
        : undefined;
    if (flood) printFloodReport(flood);

    await stopServers(child);
    const wanted = (word: string) => only.length === 0 || only.includes(word);
    if (wanted('service')) {
      process.stderr.write('running market orders through the service layer...\n');
      const service = await measureInChild<OrderServiceResult>('./order-service.ts');
      const http = outcomes.find((o) => o.name.startsWith('POST /trade/order'))?.result.requests.average;
      console.log(
        `\nmarket orders through the service layer alone (no HTTP, 50 agents, one order in flight each): ` +
          `${service.perSecond.toFixed(0)}/s, largest group commit ${service.largestBatch} orders` +
          (http ? ` (over HTTP: ${http.toFixed(0)}/s)` : ''),
      );
    }
    const trigger = wanted('trigger')
      ? (process.stderr.write('running tick-to-trigger-fill latency...\n'), await measureInChild<TriggerLatency>('./trigger-latency.ts'))
      : undefined;
    if (trigger)
      console.log(
        `\ntick-to-trigger-fill with ${trigger.resting} resting limit orders and ${trigger.trailing} trailing stops moved by every tick ` +
          `(matcher book: ${trigger.pendingCount} orders; ${trigger.samples} samples): ` +
          `p50 ${trigger.p50.toFixed(2)} ms, p99 ${trigger.p99.toFixed(2)} ms, max ${trigger.max.toFixed(2)} ms ` +
          `(placed through the service layer: limits at ${trigger.placeRate.toFixed(0)}/s, trailing stops at ${trigger.trailingPlaceRate.toFixed(0)}/s)\n` +
          `  trail flush after a tick that moved them all: ${trigger.flushRows} rows in ${trigger.flushBatches} write batches, ${trigger.flushMs.toFixed(1)} ms`,
      );

    // 'backtest': stepping a year of 1-minute bars through the backtest service (bench/backtest.ts).
    if (wanted('backtest')) {
      process.stderr.write('running backtest stepping...\n');
      const bt = await measureInChild<BacktestBenchResult>('./backtest.ts');
      console.log('\nbacktest, one pair, a year of 1-minute bars (525,600 steps), through the service layer:');
      for (const m of bt.modes)
        console.log(`  ${m.name}: ${m.stepsPerSecond.toFixed(0)} steps/s (${m.seconds.toFixed(2)} s, ${m.orders} orders)`);
      console.log(
        `  10 pairs, a month (${bt.tenPairs.steps} steps, order every 100 steps): ${bt.tenPairs.stepsPerSecond.toFixed(0)} steps/s, ` +
          `${bt.tenPairs.seconds.toFixed(2)} s — extrapolated to a year: ${bt.tenPairs.yearSecondsExtrapolated.toFixed(1)} s; peak RSS ${bt.peakRssMb.toFixed(0)} MB`,
      );
    }

    // 'battle': the live battles' 5 s snapshot tick, 100 battles of 10 agents (bench/battle.ts).
    if (wanted('battle')) {
      process.stderr.write('running the battle snapshot tick...\n');
      const b = await measureInChild<BattleBenchResult>('./battle.ts', ['--expose-gc']);
      console.log(
        `\nbattle snapshot tick, ${b.battles} live battles of ${b.agents / b.battles} agents (${b.positions} holding a position), ` +
          `through BattleScheduler.tick():`,
      );
      console.log(`  first tick (every participant read in full): ${b.firstTickMs.toFixed(1)} ms, ${b.firstTickRows} rows`);
      for (const m of b.modes)
        console.log(
          `  ${m.name}: p50 ${m.p50.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms, max ${m.max.toFixed(2)} ms over ${m.ticks} ticks; ` +
            `${m.rowsPerTick.toFixed(0)} rows per tick (one group commit); mean read ${m.readMs.toFixed(2)} ms, write ${m.writeMs.toFixed(2)} ms; ` +
            `heap ${m.heapDeltaMb >= 0 ? '+' : ''}${m.heapDeltaMb.toFixed(1)} MB`,
        );
      console.log(`  ${b.snapshotRows} snapshot rows stored; peak RSS ${b.peakRssMb.toFixed(0)} MB`);
    }

    // 'cluster': market orders on SQLite, PostgreSQL, and PostgreSQL + Redis with 2 and 3 processes,
    // then tick-to-trigger-fill across the 3-process cluster (bench/cluster.ts).
    if (wanted('cluster')) {
      process.stderr.write('running scale-out...\n');
      printClusterReport(await runClusterBench(DURATION_SECONDS, positiveInt('BENCH_TRIGGER_SAMPLES', 200)));
    }

    // 'rss': memory of the compiled server with 1,000 agents trading (bench/rss.ts).
    if (wanted('rss')) {
      process.stderr.write('running resident memory with 1,000 agents...\n');
      printRssReport(await measureRss('node (compiled)', positiveInt('BENCH_RSS_SECONDS', 20)));
      if (process.env.BENCH_RSS_TSX === '1') printRssReport(await measureRss('tsx', positiveInt('BENCH_RSS_SECONDS', 20)));
    }

    // 'ws': WebSocket fan-out, memory per connection and order-event latency (bench/ws-fanout.ts).
    if (wanted('ws')) {
      process.stderr.write('running WebSocket fan-out...\n');
      printWsReport(await runWsBench());
    }

    const failures = [...outcomes.flatMap((o) => o.problems.map((p) => `${o.name}: ${p}`)), ...(flood?.problems ?? [])];
    if (failures.length > 0) {
      console.error('\nFAILED');
      for (const f of failures) console.error(`  ${f}`);
      return 1;
    }
    return 0;
  } finally {
    await stopServers(child);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('bench failed:', err);
    process.exit(1);
  },
);
