// The configured price source reaches the HTTP API: MARKET_SOURCE=replay over the shipped samples
// and MARKET_SOURCE=binance against a local stand-in, each through createApp as a user would run it.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { TEST_ENV } from '../support/harness.js';

const apps: App[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop();
  for (const close of closers.splice(0)) await close();
});

async function start(env: Record<string, string>): Promise<string> {
  const app = await createApp(loadConfig({ ...TEST_ENV, MARKET_HISTORY_DAYS: '1', ...env }));
  apps.push(app);
  return app.start();
}

/** Polls until the API has a price for the symbol (the feed delivers on its own schedule). */
async function priceOf(url: string, symbol: string): Promise<{ price: string }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await fetch(`${url}/api/v1/market/price/${symbol}`);
    if (res.status === 200) return (await res.json()) as { price: string };
    if (Date.now() > deadline) throw new Error(`no price for ${symbol}: last status ${res.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('MARKET_SOURCE through the app', () => {
  it('replay: serves the sample klines as prices and pairs', async () => {
    const dir = fileURLToPath(new URL('../fixtures/klines', import.meta.url));
    const url = await start({ MARKET_SOURCE: 'replay', REPLAY_DIR: dir, REPLAY_SPEED: '600' });
    const pairs = (await (await fetch(`${url}/api/v1/market/pairs`)).json()) as { pairs: Array<{ symbol: string }> };
    expect(pairs.pairs.map((p) => p.symbol)).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect(Number((await priceOf(url, 'ETHUSDT')).price)).toBeGreaterThan(0);
  });

  it('binance: streams trades from a local stand-in of the combined stream', async () => {
    const http = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          symbols: [
            {
              symbol: 'BTCUSDT',
              status: 'TRADING',
              baseAsset: 'BTC',
              quoteAsset: 'USDT',
              filters: [
                { filterType: 'PRICE_FILTER', tickSize: '0.01000000' },
                { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
                { filterType: 'NOTIONAL', minNotional: '5.00000000' },
              ],
            },
          ],
        }),
      );
    });
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(wss, 'listening');
    closers.push(async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    });
    wss.on('connection', (socket, req) => {
      expect(req.url).toContain('btcusdt@trade');
      const data = { e: 'trade', s: 'BTCUSDT', t: 1, p: '64521.30', q: '0.012', T: Date.now(), m: true };
      socket.send(JSON.stringify({ stream: 'btcusdt@trade', data }));
    });
    const url = await start({
      MARKET_SOURCE: 'binance',
      BINANCE_STREAM_URL: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
      BINANCE_EXCHANGE_INFO_URL: `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/v3/exchangeInfo`,
    });
    expect((await priceOf(url, 'BTCUSDT')).price).toBe('64521.30000000');
  });
});
