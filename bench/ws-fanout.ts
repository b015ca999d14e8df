// WebSocket fan-out and order-event latency (issue 11). The app runs in a child process
// (bench/ws-server.ts) with the simulated market at its normal rate; this process holds the clients.
//   1. Memory per idle connection: RSS and JS heap of the server (after a full GC) before and after
//      opening WS_BENCH_CLIENTS authenticated connections that subscribe to nothing.
//   2. Fan-out: the first fifth of those clients subscribe to `ticker:all`, the rest to one symbol
//      each (round-robin over the 65 pairs). Over a measured window, every ticker message's latency
//      is its receipt time here minus the time the server's hub handed the tick out (stamped in the
//      child before any other listener); the same against the trade's own timestamp is reported too,
//      which adds the simulated source's 100 ms catch-up timer. Server CPU share and RSS over the window.
//   3. Order events: with the fan-out still running, one more client subscribes to `orders`; market
//      orders are placed one at a time over HTTP, and each event's arrival is compared with the
//      arrival of its POST reply.
import { fork, type ChildProcess } from 'node:child_process';
import WebSocket from 'ws';
import type { WsServerReady, WsServerRequest, WsServerSample } from './ws-server.js';

const wallNow = (): number => performance.timeOrigin + performance.now();

export interface WsBenchReport {
  clients: number;
  tickerAll: number;
  pairs: number;
  seconds: number;
  idle: {
    rssPerConnectionKb: number;
    heapPerConnectionKb: number;
    externalPerConnectionKb: number;
    rssBeforeMb: number;
    rssAfterMb: number;
  };
  fanout: {
    messages: number;
    messagesPerSecond: number;
    ticksPerSecond: number;
    hubP50: number;
    hubP99: number;
    hubMax: number;
    tradeTimeP50: number;
    tradeTimeP99: number;
    serverCpuPct: number;
    clientCpuPct: number;
    serverRssMb: number;
    gaps: number;
    lagged: number;
  };
  /** Event arrival minus reply arrival, ms: negative when the event came first. */
  orders: { samples: number; min: number; p50: number; p99: number; max: number; beforeReply: number };
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

class Server {
  private waiting: Array<(msg: Record<string, unknown>) => void> = [];

  private constructor(readonly child: ChildProcess) {
    child.on('message', (m) => this.waiting.shift()?.(m as Record<string, unknown>));
  }

  static async start(): Promise<{ server: Server; url: string }> {
    const child = fork(new URL('./ws-server.ts', import.meta.url).pathname, [], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const server = new Server(child);
    const ready = await new Promise<WsServerReady>((resolve, reject) => {
      server.waiting.push((m) => resolve(m.ready as WsServerReady));
      child.once('exit', (code) => reject(new Error(`ws bench server exited with code ${code}`)));
    });
    return { server, url: ready.url };
  }

  private ask<T>(req: WsServerRequest, field: string): Promise<T> {
    return new Promise((resolve) => {
      this.waiting.push((m) => resolve(m[field] as T));
      this.child.send(req);
    });
  }

  sample(): Promise<WsServerSample> {
    return this.ask({ cmd: 'sample' }, 'sample');
  }

  stamps(from: number, to: number): Promise<Array<{ key: string; at: number }>> {
    return this.ask({ cmd: 'stamps', from, to }, 'stamps');
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send({ cmd: 'stop' } satisfies WsServerRequest);
    });
  }
}

/** The fields of server messages this bench reads. */
interface WsMessage {
  type: string;
  channel?: string;
  seq?: number;
  symbol?: string;
  data: { trade_id: number; timestamp: string; status: string; order_id: string };
}

interface Client {
  ws: WebSocket;
  lastSeq: number;
  gaps: number;
  lagged: number;
  onMessage?: (msg: WsMessage, at: number) => void;
}

function connect(wsUrl: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl);
    const client: Client = { ws, lastSeq: 0, gaps: 0, lagged: 0 };
    ws.on('message', (raw) => {
      const at = wallNow();
      const msg = JSON.parse((raw as Buffer).toString('utf8')) as WsMessage;
      if (msg.type === 'ping') {
        ws.send('{"type":"pong"}');
        return;
      }
      if (msg.type === 'lagged') client.lagged++;
      if (typeof msg.seq === 'number') {
        if (client.lastSeq !== 0 && msg.seq !== client.lastSeq + 1) client.gaps++;
        client.lastSeq = msg.seq;
      }
      client.onMessage?.(msg, at);
    });
    ws.once('open', () => resolve(client));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`handshake refused: HTTP ${res.statusCode}`)));
  });
}

async function subscribe(client: Client, channel: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const previous = client.onMessage;
    client.onMessage = (msg, at) => {
      if (msg.type === 'subscribed' && msg.channel === channel) {
        client.onMessage = previous;
        resolve();
      } else if (msg.type === 'error') reject(new Error(`subscribe ${channel}: ${JSON.stringify(msg)}`));
      else previous?.(msg, at);
    };
    client.ws.send(JSON.stringify({ action: 'subscribe', channel }));
  });
}

async function inBatches<T>(count: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => make(i + j)))));
  }
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runWsBench(): Promise<WsBenchReport> {
  const clientsWanted = positiveInt('WS_BENCH_CLIENTS', 1000);
  const seconds = positiveInt('WS_BENCH_SECONDS', 15);
  const tickerAll = Math.round(clientsWanted / 5);
  const { server, url } = await Server.start();
  const clients: Client[] = [];
  try {
    const register = await fetch(`${url}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'ws bench', email: 'ws-bench@example.com', password: 'ws-bench-password-1' }),
    });
    const account = (await register.json()) as { api_key: string; api_secret: string; agent_id: string };
    if (register.status !== 201) throw new Error(`register failed: HTTP ${register.status}`);
    const apiKey = account.api_key;
    // The order-latency part places more orders a minute than the default risk profile allows.
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api_key: apiKey, api_secret: account.api_secret }),
    });
    const { token } = (await login.json()) as { token: string };
    const risk = await fetch(`${url}/api/v1/agents/${account.agent_id}/risk-profile`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ order_rate_limit: 10_000 }),
    });
    if (risk.status !== 200) throw new Error(`risk profile update failed: HTTP ${risk.status}`);
    const pairs = ((await (await fetch(`${url}/api/v1/market/pairs`)).json()) as { pairs: Array<{ symbol: string }> }).pairs.map(
      (p) => p.symbol,
    );
    const wsUrl = `${url.replace(/^http/, 'ws')}/ws/v1?api_key=${encodeURIComponent(apiKey)}`;

    // 1. Idle connections.
    const before = await server.sample();
    clients.push(...(await inBatches(clientsWanted, 50, () => connect(wsUrl))));
    await sleep(1000);
    const idle = await server.sample();

    // 2. Fan-out.
    await inBatches(clients.length, 50, (i) => subscribe(clients[i]!, i < tickerAll ? 'ticker:all' : `ticker:${pairs[i % pairs.length]}`));
    const receipts = new Map<string, number[]>();
    let tradeTimeLatencies: number[] = [];
    let measuring = false;
    let messages = 0;
    for (const client of clients) {
      client.onMessage = (msg, at) => {
        if (!measuring || msg.type !== 'ticker') return;
        messages++;
        const key = `${msg.symbol ?? ''}:${msg.data.trade_id}`;
        let list = receipts.get(key);
        if (!list) receipts.set(key, (list = []));
        list.push(at);
        tradeTimeLatencies.push(at - Date.parse(msg.data.timestamp));
      };
    }
    await sleep(2000); // warm-up
    const start = await server.sample();
    const clientCpuStart = process.cpuUsage();
    measuring = true;
    await sleep(seconds * 1000);
    measuring = false;
    const end = await server.sample();
    const clientCpu = process.cpuUsage(clientCpuStart);
    const windowMs = end.at - start.at;
    const stamps = await server.stamps(start.at - 1000, end.at);
    const stampOf = new Map(stamps.map((s) => [s.key, s.at]));
    const hubLatencies: number[] = [];
    for (const [key, list] of receipts) {
      const at = stampOf.get(key);
      if (at === undefined) continue;
      for (const r of list) hubLatencies.push(r - at);
    }
    hubLatencies.sort((a, b) => a - b);
    tradeTimeLatencies = tradeTimeLatencies.sort((a, b) => a - b);
    const ticksInWindow = stamps.filter((s) => s.at >= start.at).length;

    // 3. Order events, with the fan-out still streaming.
    const orderClient = await connect(wsUrl);
    clients.push(orderClient);
    await subscribe(orderClient, 'orders');
    const eventAt = new Map<string, number>();
    const waiters = new Map<string, () => void>();
    orderClient.onMessage = (msg, at) => {
      if (msg.type !== 'order' || msg.data.status !== 'filled') return;
      eventAt.set(msg.data.order_id, at);
      waiters.get(msg.data.order_id)?.();
    };
    const orderLatencies: number[] = [];
    let beforeReply = 0;
    const orders = positiveInt('WS_BENCH_ORDERS', 300);
    for (let i = 0; i < orders; i++) {
      const side = i % 2 === 0 ? 'buy' : 'sell';
      const res = await fetch(`${url}/api/v1/trade/order`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        body: JSON.stringify({ symbol: 'BTCUSDT', side, type: 'market', quantity: '0.001' }),
      });
      const repliedAt = wallNow();
      const body = (await res.json()) as { order_id: string };
      if (res.status !== 201) throw new Error(`order failed: HTTP ${res.status} ${JSON.stringify(body)}`);
      if (!eventAt.has(body.order_id)) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no orders event for ${body.order_id} within 5 s`)), 5000);
          waiters.set(body.order_id, () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      const latency = eventAt.get(body.order_id)! - repliedAt;
      if (latency < 0) beforeReply++;
      orderLatencies.push(latency);
    }
    orderLatencies.sort((a, b) => a - b);

    const mb = (bytes: number) => bytes / 1024 / 1024;
    return {
      clients: clientsWanted,
      tickerAll,
      pairs: pairs.length,
      seconds,
      idle: {
        rssPerConnectionKb: (idle.rssBytes - before.rssBytes) / 1024 / clientsWanted,
        heapPerConnectionKb: (idle.heapUsedBytes - before.heapUsedBytes) / 1024 / clientsWanted,
        externalPerConnectionKb: (idle.externalBytes - before.externalBytes) / 1024 / clientsWanted,
        rssBeforeMb: mb(before.rssBytes),
        rssAfterMb: mb(idle.rssBytes),
      },
      fanout: {
        messages,
        messagesPerSecond: (messages / windowMs) * 1000,
        ticksPerSecond: (ticksInWindow / windowMs) * 1000,
        hubP50: percentile(hubLatencies, 50),
        hubP99: percentile(hubLatencies, 99),
        hubMax: hubLatencies.at(-1) ?? NaN,
        tradeTimeP50: percentile(tradeTimeLatencies, 50),
        tradeTimeP99: percentile(tradeTimeLatencies, 99),
        serverCpuPct: ((end.cpuMicros - start.cpuMicros) / 1000 / windowMs) * 100,
        clientCpuPct: ((clientCpu.user + clientCpu.system) / 1000 / windowMs) * 100,
        serverRssMb: mb(end.rssBytes),
        gaps: clients.reduce((n, c) => n + c.gaps, 0),
        lagged: clients.reduce((n, c) => n + c.lagged, 0),
      },
      orders: {
        samples: orderLatencies.length,
        min: orderLatencies[0] ?? NaN,
        p50: percentile(orderLatencies, 50),
        p99: percentile(orderLatencies, 99),
        max: orderLatencies.at(-1) ?? NaN,
        beforeReply,
      },
    };
  } finally {
    for (const c of clients) c.ws.terminate();
    await server.stop();
  }
}

export function printWsReport(r: WsBenchReport): void {
  const f = (n: number, digits = 1) => n.toFixed(digits);
  console.log(
    `\nWebSocket fan-out: ${r.clients} clients (${r.tickerAll} on ticker:all, the rest one symbol each over ${r.pairs} pairs), ${r.seconds} s measured`,
  );
  console.log(
    `  idle connections: ${f(r.idle.heapPerConnectionKb)} KB of JS heap and ${f(r.idle.externalPerConnectionKb)} KB of buffers per connection ` +
      `(server RSS ${f(r.idle.rssBeforeMb, 0)} → ${f(r.idle.rssAfterMb, 0)} MB, ${f(r.idle.rssPerConnectionKb)} KB a connection: RSS moves by tens of MB with GC, so it bounds nothing finer)`,
  );
  console.log(
    `  feed: ${f(r.fanout.ticksPerSecond, 0)} ticks/s in, ${f(r.fanout.messagesPerSecond, 0)} ticker messages/s received ` +
      `(${r.fanout.messages} in all; ${r.fanout.gaps} seq gaps, ${r.fanout.lagged} lagged notices)`,
  );
  console.log(
    `  tick handed out by the hub → client: p50 ${f(r.fanout.hubP50, 2)} ms, p99 ${f(r.fanout.hubP99, 2)} ms, max ${f(r.fanout.hubMax, 2)} ms`,
  );
  console.log(
    `  trade timestamp → client (adds the simulated source's 100 ms catch-up timer): p50 ${f(r.fanout.tradeTimeP50)} ms, p99 ${f(r.fanout.tradeTimeP99)} ms`,
  );
  console.log(
    `  server CPU ${f(r.fanout.serverCpuPct, 0)} % of one core, RSS ${f(r.fanout.serverRssMb, 0)} MB; ` +
      `the clients in this process used ${f(r.fanout.clientCpuPct, 0)} % of one core`,
  );
  console.log(
    `  order events (${r.orders.samples} market orders, fan-out running): orders event arrival minus POST /trade/order reply arrival ` +
      `min ${f(r.orders.min, 2)} ms, p50 ${f(r.orders.p50, 2)} ms, p99 ${f(r.orders.p99, 2)} ms, max ${f(r.orders.max, 2)} ms ` +
      `(negative: the event came first; ${r.orders.beforeReply} of ${r.orders.samples} did)`,
  );
}
