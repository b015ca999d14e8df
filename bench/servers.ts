// Child process of bench/bench.ts: runs the app (on a fresh on-disk WAL SQLite database, rate limits
// lifted) and a bare Koa baseline, so the load generator does not share their event loop.
// Reports the two URLs to the parent over IPC and stops when the parent says so or goes away.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Koa from 'koa';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

// The highest value src/config.ts accepts for a rate limit.
const UNLIMITED = '10000000';

export interface ServersReady {
  appUrl: string;
  baselineUrl: string;
}

async function startBaseline(): Promise<Server> {
  const koa = new Koa();
  koa.use((ctx) => {
    ctx.body = { status: 'ok' };
  });
  const handle = koa.callback();
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return server;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tradeready-bench-'));
  const app = await createApp(
    loadConfig({
      DATABASE_URL: path.join(dir, 'bench.db'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_GENERAL: UNLIMITED,
      RATE_LIMIT_AUTH_LOGIN: UNLIMITED,
      RATE_LIMIT_AUTH_REGISTER: UNLIMITED,
      RATE_LIMIT_ORDERS: UNLIMITED,
      RATE_LIMIT_MARKET_DATA: UNLIMITED,
      // The order case gives each of its 50 connections an agent, beside the account's default one.
      MAX_AGENTS_PER_ACCOUNT: '100',
      // The login-flood case can be rerun with other hashing bounds, e.g. AUTH_HASH_CONCURRENCY=64.
      ...Object.fromEntries(
        ['AUTH_HASH_CONCURRENCY', 'AUTH_HASH_QUEUE'].flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
      ),
    }),
  );
  const appUrl = await app.start();
  const baseline = await startBaseline();
  const { port } = baseline.address() as AddressInfo;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await new Promise<void>((resolve) => {
      baseline.close(() => resolve());
      baseline.closeIdleConnections();
    });
    await app.stop();
    await rm(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('message', (msg) => {
    if (msg === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  const ready: ServersReady = { appUrl, baselineUrl: `http://127.0.0.1:${port}` };
  process.send?.(ready);
}

main().catch((err: unknown) => {
  console.error('bench servers failed:', err);
  process.exit(1);
});
