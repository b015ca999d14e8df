// Replaying the shipped kline samples: pairs from file names, history before the replay
// position, ticks at speed, and the hub rebuilding the recorded bars exactly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { migrateToLatest, openDatabase } from '../../../src/db/connection.js';
import { KlineFormatError, parseKlineCsv } from '../../../src/market/kline-csv-parser.js';
import { MarketData } from '../../../src/market/market-data.service.js';
import { ReplaySource } from '../../../src/market/replay-source.js';
import type { Candle, HistoryBatch, Tick } from '../../../src/market/types.js';
import { parseAmount as a } from '../../../src/money.js';

const DIR = fileURLToPath(new URL('../../fixtures/klines/', import.meta.url));
const BTC = parseKlineCsv(readFileSync(join(DIR, 'BTCUSDT-1m-sample.csv'), 'utf8'));
const ETH = parseKlineCsv(readFileSync(join(DIR, 'ETHUSDT-1m-sample.csv'), 'utf8'));
const DATA_START = Date.UTC(2024, 2, 1);
const REPLAY_FROM = DATA_START + 60 * 60_000; // row 60: 01:00 on 2024-03-01
const NOW = Date.UTC(2026, 10, 27, 12, 0);
const tmp = mkdtempSync(join(tmpdir(), 'tradeready-klines-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ohlcv = (c: Candle) => [c.open, c.high, c.low, c.close, c.volume];

describe('replay source', () => {
  it('takes symbols from the file names and metadata from the catalog', async () => {
    const source = new ReplaySource({ clock: new ManualClock(NOW), mode: 'manual', dir: DIR });
    const pairs = await source.loadPairs();
    expect(pairs.map((p) => [p.symbol, p.tickSize, p.stepSize])).toEqual([
      ['BTCUSDT', a('0.01'), a('0.00001')],
      ['ETHUSDT', a('0.01'), a('0.0001')],
    ]);
  });

  it('infers filters for a symbol it does not know from the decimals in the data', async () => {
    const file = join(tmp, 'FOOUSDT-1m-2024-03.csv');
    writeFileSync(file, '1709251200000,1.234,1.240,1.230,1.236,1500.5,1709251259999,1854.6,12,700,865.2,0\n');
    const [pair] = await new ReplaySource({ clock: new ManualClock(NOW), mode: 'manual', files: [file] }).loadPairs();
    expect(pair).toMatchObject({
      symbol: 'FOOUSDT',
      baseAsset: 'FOO',
      quoteAsset: 'USDT',
      tickSize: a('0.001'),
      stepSize: a('0.1'),
      minNotional: a('5'),
    });
  });

  it('fails loudly on a malformed file, naming the line', async () => {
    const file = join(tmp, 'BADUSDT-1m-2024-03.csv');
    writeFileSync(file, '1709251200000,1,1,1,1,1,1709251259999,1,1,1,1,0\n1709251260000,1,1,oops,1,1,1709251319999,1,1,1,1,0\n');
    const source = new ReplaySource({ clock: new ManualClock(NOW), mode: 'manual', files: [file] });
    await expect(source.loadPairs()).rejects.toThrow(KlineFormatError);
    await expect(source.loadPairs()).rejects.toThrow(/BADUSDT-1m-2024-03\.csv:2: low "oops"/);
  });

  it('offers the bars before the replay position as history ending at the live minute', async () => {
    const source = new ReplaySource({ clock: new ManualClock(NOW), mode: 'manual', dir: DIR, startTime: REPLAY_FROM });
    const batches: HistoryBatch[] = [];
    for await (const b of source.history({
      endTime: NOW,
      windows: [
        { symbol: 'BTCUSDT', startTime: NOW - 30 * 60_000 },
        { symbol: 'ETHUSDT', startTime: 0 },
      ],
    })) {
      batches.push(b);
    }
    const [btc, eth] = batches;
    expect(btc?.bars).toHaveLength(30);
    expect(btc?.bars[0]!.openTime).toBe(NOW - 30 * 60_000);
    expect(btc?.bars.map(ohlcv)).toEqual(BTC.slice(30, 60).map(ohlcv));
    expect(eth?.bars).toHaveLength(60);
    expect(eth?.bars[59]).toEqual({ ...ETH[59]!, openTime: NOW - 60_000 });
  });

  it('replays at 60×: one minute of data per second, four trades a bar summing to its volume', async () => {
    const clock = new ManualClock(NOW);
    const source = new ReplaySource({ clock, mode: 'manual', dir: DIR, speed: 60, startTime: REPLAY_FROM });
    await source.loadPairs();
    const ticks: Tick[] = [];
    await source.start((t) => ticks.push(t));
    // The opening trade of the first replayed bar is due at once.
    expect(ticks.map((t) => [t.symbol, t.price, t.time])).toEqual([
      ['BTCUSDT', BTC[60]!.open, NOW],
      ['ETHUSDT', ETH[60]!.open, NOW],
    ]);
    clock.advance(1000);
    source.advance(1000);
    const btc = ticks.filter((t) => t.symbol === 'BTCUSDT');
    const bar = BTC[60]!;
    const up = bar.close >= bar.open;
    expect(btc.map((t) => t.price)).toEqual([bar.open, up ? bar.low : bar.high, up ? bar.high : bar.low, bar.close, BTC[61]!.open]);
    expect(btc.map((t) => t.time - NOW)).toEqual([0, 333, 666, 999, 1000]);
    expect(btc.slice(0, 4).reduce((s, t) => s + t.quantity, 0n)).toBe(bar.volume);
    expect(ticks.map((t) => t.time)).toEqual([...ticks.map((t) => t.time)].sort((x, y) => x - y));
  });

  it('lets the hub rebuild the recorded bars exactly at 1×, after backfilling the earlier ones', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const clock = new ManualClock(NOW);
    const source = new ReplaySource({ clock, mode: 'manual', dir: DIR, startTime: REPLAY_FROM });
    const market = new MarketData({ db, clock, source, flushIntervalMs: null });
    expect(await market.start()).toMatchObject({ pairs: 2, backfilledBars: 120 });
    for (let s = 0; s < 600; s++) {
      clock.advance(1000);
      source.advance(1000);
    }
    await market.flush();
    const candles = await market.candles('ETHUSDT', '1m', { limit: 1000 });
    // 60 backfilled, 10 replayed, and the 12:10 bar that has just opened.
    expect(candles).toHaveLength(71);
    expect(candles.slice(0, 70).map(ohlcv)).toEqual(ETH.slice(0, 70).map(ohlcv));
    expect(candles.slice(60, 70).map((c) => c.tradeCount)).toEqual(new Array(10).fill(4));
    expect(market.lastPrice('ETHUSDT')?.price).toBe(ETH[70]!.open);
    expect(market.health()).toMatchObject({ source: 'replay', connected: true, live: true });

    // Past the end of the data the feed is over.
    for (let s = 0; s < 300; s++) {
      clock.advance(60_000);
      source.advance(60_000);
    }
    expect(market.health()).toMatchObject({ connected: false, live: false });
    expect(market.lastPrice('BTCUSDT')?.price).toBe(BTC[BTC.length - 1]!.close);
    await market.stop();
    await db.destroy();
  });
});
