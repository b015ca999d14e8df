// The Binance adapter against a local stand-in: a WebSocketServer speaking the combined-stream
// format and an HTTP server with an exchangeInfo document. No internet involved.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { ManualClock } from '../../../src/clock.js';
import { migrateToLatest, openDatabase } from '../../../src/db/connection.js';
import { BinanceSource, type BinanceSourceOptions } from '../../../src/market/binance-source.js';
import { MarketData } from '../../../src/market/market-data.service.js';
import type { Tick } from '../../../src/market/types.js';
import { formatAmount, parseAmount as a } from '../../../src/money.js';

const EXCHANGE_INFO = {
  timezone: 'UTC',
  symbols: [
    {
      symbol: 'BTCUSDT',
      status: 'TRADING',
      baseAsset: 'BTC',
      quoteAsset: 'USDT',
      filters: [
        { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
        { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
        { filterType: 'NOTIONAL', minNotional: '5.00000000', maxNotional: '9000000.00000000' },
      ],
    },
    {
      symbol: 'ETHUSDT',
      status: 'TRADING',
      baseAsset: 'ETH',
      quoteAsset: 'USDT',
      filters: [
        { filterType: 'PRICE_FILTER', tickSize: '0.01000000' },
        { filterType: 'LOT_SIZE', minQty: '0.00010000', maxQty: '9000.00000000', stepSize: '0.00010000' },
        { filterType: 'MIN_NOTIONAL', minNotional: '5.00000000' },
      ],
    },
    { symbol: 'ETHBTC', status: 'TRADING', baseAsset: 'ETH', quoteAsset: 'BTC', filters: [] },
    { symbol: 'OLDUSDT', status: 'BREAK', baseAsset: 'OLD', quoteAsset: 'USDT', filters: [] },
  ],
};

const trade = (symbol: string, p: string, q: string, t: number, T: number, m: boolean) =>
  JSON.stringify({ stream: `${symbol.toLowerCase()}@trade`, data: { e: 'trade', E: T + 1, s: symbol, t, p, q, T, m, M: true } });

interface Connection {
  socket: WebSocket;
  url: string;
}

let http: Server;
let wss: WebSocketServer;
let connections: Connection[];
let sources: BinanceSource[];
let httpUrl: string;
let wsUrl: string;

async function startStreamServer(options: { autoPong?: boolean } = {}): Promise<void> {
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0, ...options });
  await once(wss, 'listening');
  wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  wss.on('connection', (socket, req) => connections.push({ socket, url: req.url ?? '' }));
}

/** Resolves with the n-th connection (1-based) the stand-in has accepted. */
async function connection(n: number): Promise<Connection> {
  while (connections.length < n) await once(wss, 'connection');
  return connections[n - 1]!;
}

function source(options: Partial<BinanceSourceOptions> = {}): BinanceSource {
  const s = new BinanceSource({
    streamUrl: wsUrl,
    exchangeInfoUrl: `${httpUrl}/api/v3/exchangeInfo`,
    reconnectDelayMs: 5,
    maxReconnectDelayMs: 20,
    ...options,
  });
  sources.push(s);
  return s;
}

/** Collects ticks; `count(n)` resolves once n have arrived. */
function collector() {
  const ticks: Tick[] = [];
  const waiters: Array<[number, () => void]> = [];
  return {
    ticks,
    emit: (t: Tick) => {
      ticks.push(t);
      for (const [n, resolve] of waiters) if (ticks.length >= n) resolve();
    },
    count: (n: number) => new Promise<void>((resolve) => (ticks.length >= n ? resolve() : waiters.push([n, resolve]))),
  };
}

beforeEach(async () => {
  connections = [];
  sources = [];
  http = createServer((req, res) => {
    if (req.url === '/api/v3/exchangeInfo') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(EXCHANGE_INFO));
    } else {
      res.writeHead(404).end();
    }
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await Promise.all(sources.map((s) => s.stop()));
  for (const client of wss?.clients ?? []) client.terminate();
  await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
  await new Promise<void>((resolve) => http.close(() => resolve()));
});

describe('Binance source against a local stand-in', () => {
  it('loads TRADING USDT pairs from exchangeInfo, honouring an allow-list', async () => {
    await startStreamServer();
    expect((await source().loadPairs()).map((p) => [p.symbol, formatAmount(p.stepSize), formatAmount(p.minNotional)])).toEqual([
      ['BTCUSDT', '0.00001000', '5.00000000'],
      ['ETHUSDT', '0.00010000', '5.00000000'],
    ]);
    expect((await source({ symbols: ['ethusdt'] }).loadPairs()).map((p) => p.symbol)).toEqual(['ETHUSDT']);
    await expect(source({ exchangeInfoUrl: `${httpUrl}/missing` }).loadPairs()).rejects.toThrow(/exchangeInfo: HTTP 404/);
  });

  it('subscribes to the combined trade stream and turns trades into ticks, skipping junk', async () => {
    await startStreamServer();
    const s = source();
    await s.loadPairs();
    const c = collector();
    await s.start(c.emit);
    const conn = await connection(1);
    expect(conn.url).toBe('/stream?streams=btcusdt@trade/ethusdt@trade');
    expect(s.status()).toEqual({ connected: true, detail: '1/1 connections open' });
    conn.socket.send('this is not json');
    conn.socket.send(
      JSON.stringify({ stream: 'btcusdt@aggTrade', data: { e: 'aggTrade', s: 'BTCUSDT', p: '1', q: '1', T: 1, m: true, a: 1 } }),
    );
    conn.socket.send(trade('BTCUSDT', '64521.30000000', '0.01200000', 123, 1710000000000, true));
    conn.socket.send(
      JSON.stringify({ stream: 'btcusdt@trade', data: { e: 'trade', s: 'BTCUSDT', p: 'NaN', q: '1', T: 1, m: true, t: 1 } }),
    );
    conn.socket.send(trade('ETHUSDT', '3421.50000000', '1.50000000', 77, 1710000000005, false));
    await c.count(2);
    expect(c.ticks).toEqual([
      { symbol: 'BTCUSDT', price: a('64521.3'), quantity: a('0.012'), time: 1710000000000, tradeId: 123, isBuyerMaker: true },
      { symbol: 'ETHUSDT', price: a('3421.5'), quantity: a('1.5'), time: 1710000000005, tradeId: 77, isBuyerMaker: false },
    ]);
  });

  it('reconnects after the server drops the connection and streams again', async () => {
    await startStreamServer();
    const s = source();
    await s.loadPairs();
    const c = collector();
    await s.start(c.emit);
    (await connection(1)).socket.terminate();
    const again = await connection(2);
    expect(again.url).toBe('/stream?streams=btcusdt@trade/ethusdt@trade');
    again.socket.send(trade('BTCUSDT', '64000.00000000', '0.5', 124, 1710000001000, false));
    await c.count(1);
    expect(c.ticks[0]?.price).toBe(a('64000'));
    expect(s.connectionStats()).toEqual([{ connects: 2, open: true, reconnecting: false }]);
  });

  it('treats a missing pong as a dead connection and reconnects', async () => {
    await startStreamServer({ autoPong: false });
    const s = source({ pingIntervalMs: 10, pongTimeoutMs: 20 });
    await s.loadPairs();
    await s.start(() => undefined);
    const first = await connection(1);
    await connection(2);
    // The first socket was given up by the client, not by the server.
    expect(first.socket.readyState).not.toBe(first.socket.OPEN);
  });

  it('does not reconnect after stop()', async () => {
    await startStreamServer();
    const s = source({ reconnectDelayMs: 1, maxReconnectDelayMs: 1 });
    await s.loadPairs();
    await s.start(() => undefined);
    const conn = await connection(1);
    const closed = once(conn.socket, 'close');
    await s.stop();
    await closed;
    expect(s.status().connected).toBe(false);
    // With a 1 ms back-off a reconnect would have happened many times over by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connections).toHaveLength(1);
    expect(wss.clients.size).toBe(0);
  });

  it('spreads streams over several connections when one cannot carry them all', async () => {
    await startStreamServer();
    const s = source({ maxStreamsPerConnection: 1 });
    await s.loadPairs();
    await s.start(() => undefined);
    await connection(2);
    expect(connections.map((c) => c.url).sort()).toEqual(['/stream?streams=btcusdt@trade', '/stream?streams=ethusdt@trade']);
    expect(s.status()).toEqual({ connected: true, detail: '2/2 connections open' });
  });

  it('keeps trying, without failing start(), while the stream is unreachable', async () => {
    await startStreamServer();
    const port = (wss.address() as AddressInfo).port;
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    const s = source({ streamUrl: `ws://127.0.0.1:${port}` });
    await s.loadPairs();
    await s.start(() => undefined);
    expect(s.status().connected).toBe(false);
    expect(s.connectionStats()[0]).toMatchObject({ connects: 0, open: false });
  });

  it('feeds the market-data hub: pairs persisted, last prices and candles from stream ticks', async () => {
    await startStreamServer();
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const clock = new ManualClock(Date.UTC(2024, 2, 9, 16, 0, 30));
    const market = new MarketData({ db, clock, source: source(), flushIntervalMs: null });
    const report = await market.start();
    expect(report).toMatchObject({ pairs: 2, backfilledBars: 0 });
    const ticks = collector();
    market.subscribe(ticks.emit);
    const conn = await connection(1);
    conn.socket.send(trade('BTCUSDT', '68000.10', '0.1', 1, Date.UTC(2024, 2, 9, 16, 0, 31), false));
    conn.socket.send(trade('BTCUSDT', '68010.20', '0.2', 2, Date.UTC(2024, 2, 9, 16, 0, 32), false));
    await ticks.count(2);
    expect(market.lastPrice('BTCUSDT')).toEqual({ price: a('68010.2'), time: Date.UTC(2024, 2, 9, 16, 0, 32) });
    clock.set(Date.UTC(2024, 2, 9, 16, 0, 40));
    const [bar] = await market.candles('BTCUSDT', '1m');
    expect([bar?.open, bar?.close, bar?.volume, bar?.tradeCount]).toEqual([a('68000.1'), a('68010.2'), a('0.3'), 2]);
    expect(market.health()).toMatchObject({ source: 'binance', connected: true, live: true, stalePairs: ['ETHUSDT'] });
    await market.stop();
    await db.destroy();
  });

  it('starts from the stored pairs when exchangeInfo is unreachable', async () => {
    await startStreamServer();
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const clock = new ManualClock(Date.UTC(2024, 2, 9, 16, 0, 30));
    const first = new MarketData({ db, clock, source: source(), flushIntervalMs: null });
    await first.start();
    await first.stop();
    const offline = new MarketData({ db, clock, source: source({ exchangeInfoUrl: `${httpUrl}/down` }), flushIntervalMs: null });
    expect(await offline.start()).toMatchObject({ pairs: 2 });
    expect((await connection(2)).url).toBe('/stream?streams=btcusdt@trade/ethusdt@trade');
    await offline.stop();
    await db.destroy();
  });
});
