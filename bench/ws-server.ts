// Child process of bench/ws-fanout.ts: the real app on a fresh on-disk database with the simulated
// market at its normal rate (65 pairs) and the WebSocket connection limits lifted. It stamps every
// tick as the hub hands it out (before any other listener: the matcher and the WebSocket feeds
// subscribe later, at start), so the parent can measure tick-to-client latency across processes on
// one wall clock. Run with --expose-gc so memory readings are taken after a full collection.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const UNLIMITED = '10000000';

export type WsServerRequest = { cmd: 'sample' } | { cmd: 'stamps'; from: number; to: number } | { cmd: 'stop' };

export interface WsServerSample {
  /** Process CPU time so far (user + system), microseconds. */
  cpuMicros: number;
  /** Wall clock of the reading, ms (performance.timeOrigin + performance.now()). */
  at: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** Memory outside the JS heap that V8 knows of: Buffers and socket read/write buffers. */
  externalBytes: number;
}

export interface WsServerReady {
  url: string;
}

/** The wall clock in ms with sub-millisecond resolution, comparable across processes (bench/ws-fanout.ts has the same). */
const wallNow = (): number => performance.timeOrigin + performance.now();

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tradeready-ws-bench-'));
  const app = await createApp(
    loadConfig({
      DATABASE_URL: path.join(dir, 'bench.db'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      MARKET_HISTORY_DAYS: '1',
      RATE_LIMIT_GENERAL: UNLIMITED,
      RATE_LIMIT_ORDERS: UNLIMITED,
      RATE_LIMIT_MARKET_DATA: UNLIMITED,
      WS_MAX_CONNECTIONS_PER_IP: '100000',
      WS_MAX_CONNECTIONS_PER_KEY: '100000',
    }),
  );
  // Ticks as handed out, keyed `SYMBOL:tradeId`; the parent asks for a window of them at the end.
  const stamps: Array<{ key: string; at: number }> = [];
  app.services.market.subscribe((tick) => {
    stamps.push({ key: `${tick.symbol}:${tick.tradeId}`, at: wallNow() });
  });
  const url = await app.start();

  const sample = (): WsServerSample => {
    (globalThis as { gc?: () => void }).gc?.();
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    return { cpuMicros: cpu.user + cpu.system, at: wallNow(), rssBytes: mem.rss, heapUsedBytes: mem.heapUsed, externalBytes: mem.external };
  };

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    await rm(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('message', (raw) => {
    const msg = raw as WsServerRequest;
    if (msg.cmd === 'sample') process.send?.({ sample: sample() });
    else if (msg.cmd === 'stamps') process.send?.({ stamps: stamps.filter((s) => s.at >= msg.from && s.at <= msg.to) });
    else void stop();
  });
  process.on('disconnect', () => void stop());
  process.send?.({ ready: { url } satisfies WsServerReady });
}

main().catch((err: unknown) => {
  console.error('ws bench server failed:', err);
  process.exit(1);
});
