// npm run import:klines: Binance kline files into the candle store, idempotent, with rollups,
// unknown symbols usable, imported 1-minute bars exempt from the retention prune; and the data range.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { migrateToLatest, openDatabase, type Db } from '../../src/db/connection.js';
import { aggregateCandles } from '../../src/market/candle-aggregator.js';
import { pruneMinuteBars, storeMinuteBars } from '../../src/market/candle-store.js';
import { cachedDataRange, DATA_RANGE_TTL_MS, readDataRange } from '../../src/market/data-range.js';
import { findKlineFiles, importKlineFiles, type ImportProgress } from '../../src/market/history-import.js';
import { parseKlineCsv } from '../../src/market/kline-csv-parser.js';
import { MarketData } from '../../src/market/market-data.service.js';
import { fromCandleRow } from '../../src/market/market.mapper.js';
import { countCandles, findCandlesBetween } from '../../src/market/market.repository.js';
import type { Candle } from '../../src/market/types.js';
import { parseAmount } from '../../src/money.js';
import { ManualSource, pairInfo } from './market/manual-source.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/klines');
const BTC = join(FIXTURES, 'BTCUSDT-1m-sample.csv');
const ETH = join(FIXTURES, 'ETHUSDT-1m-sample.csv');
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
/** 2024-03-01T00:00Z, where both sample files start (6 hours of bars each). */
const MARCH_1 = Date.UTC(2024, 2, 1);

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

async function freshDb(): Promise<Db> {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  cleanup.push(() => db.destroy());
  return db;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'klines-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A kline CSV line for a bar at `openTime` (ms) around `price`. */
function klineLine(openTime: number, price: number): string {
  const p = (x: number) => x.toFixed(2);
  return [
    openTime,
    p(price),
    p(price + 2),
    p(price - 2),
    p(price + 1),
    '1.5',
    openTime + MINUTE - 1,
    p(price * 1.5),
    10,
    '0.7',
    '1',
    '0',
  ].join(',');
}

const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
const allRows = (db: Db) =>
  Promise.all([
    db.selectFrom('candles_1m').selectAll().orderBy('symbol').orderBy('open_time').execute(),
    db.selectFrom('candle_rollups').selectAll().orderBy('symbol').orderBy('interval').orderBy('open_time').execute(),
    db.selectFrom('trading_pairs').selectAll().orderBy('symbol').execute(),
  ]);

describe('importing kline files', () => {
  it('stores every bar with its rollups, reports progress, and registers unknown symbols as inactive pairs', async () => {
    const db = await freshDb();
    const progress: ImportProgress[] = [];
    const summary = await importKlineFiles(db, await findKlineFiles([FIXTURES]), { clock, onProgress: (p) => progress.push(p) });
    expect(summary).toMatchObject({ files: 2, symbols: ['BTCUSDT', 'ETHUSDT'], bars: 720, newBars: 720, newPairs: ['BTCUSDT', 'ETHUSDT'] });
    expect(await countCandles(db, 'BTCUSDT')).toBe(360);
    expect(progress.at(-1)).toMatchObject({ fileIndex: 1, fileCount: 2, done: 360, total: 360 });

    // The hourly candles equal a fold of the file's bars.
    const bars = parseKlineCsv(await readFile(ETH, 'utf8'));
    const hourly = await db
      .selectFrom('candle_rollups')
      .selectAll()
      .where('symbol', '=', 'ETHUSDT')
      .where('interval', '=', '1h')
      .orderBy('open_time')
      .execute();
    expect(hourly.map(fromCandleRow)).toEqual(aggregateCandles(bars, '1h'));
    expect(hourly).toHaveLength(6);

    const pairs = await db.selectFrom('trading_pairs').selectAll().orderBy('symbol').execute();
    // BTCUSDT is in the catalogue: its real rules, but inactive (no live feed expects it).
    expect(pairs.map((p) => [p.symbol, p.status, p.tick_size])).toEqual([
      ['BTCUSDT', 'inactive', '0.01000000'],
      ['ETHUSDT', 'inactive', '0.01000000'],
    ]);
    expect(await db.selectFrom('imported_candle_ranges').select(['symbol', 'from_time', 'to_time']).orderBy('symbol').execute()).toEqual([
      { symbol: 'BTCUSDT', from_time: MARCH_1, to_time: MARCH_1 + 360 * MINUTE },
      { symbol: 'ETHUSDT', from_time: MARCH_1, to_time: MARCH_1 + 360 * MINUTE },
    ]);
  });

  it('is idempotent: importing again adds and changes nothing, and keeps bars already stored', async () => {
    const db = await freshDb();
    // A live bar for a minute the file also has: the import leaves it as it is.
    const live: Candle = { ...parseKlineCsv(await readFile(BTC, 'utf8'))[10]!, close: parseAmount('61000') };
    await db.transaction().execute((trx) => storeMinuteBars(trx, [{ symbol: 'BTCUSDT', bars: [live] }], 'replace'));
    await db
      .insertInto('trading_pairs')
      .values({ ...pairRow('BTCUSDT'), status: 'active' })
      .execute();

    const first = await importKlineFiles(db, [BTC, ETH], { clock });
    expect(first).toMatchObject({ newBars: 719, newPairs: ['ETHUSDT'] });
    const before = await allRows(db);
    const again = await importKlineFiles(db, [BTC, ETH], { clock });
    expect(again).toMatchObject({ bars: 720, newBars: 0, newPairs: [] });
    expect(await allRows(db)).toEqual(before);
    const [kept] = await findCandlesBetween(db, 'BTCUSDT', live.openTime, live.openTime + MINUTE);
    expect(kept!.close).toBe('61000.00000000');
    // A known pair keeps its status and rules.
    expect(before[2].find((p) => p.symbol === 'BTCUSDT')!.status).toBe('active');
  });

  it('makes an imported symbol the pair list never had usable by /market/candles', async () => {
    const db = await freshDb();
    const dir = await tempDir();
    const file = join(dir, 'ZZZUSDT-1m-2024-03.csv');
    await writeFile(file, Array.from({ length: 120 }, (_, i) => klineLine(MARCH_1 + i * MINUTE, 10 + i / 100)).join('\n'));
    expect((await importKlineFiles(db, [file], { clock })).newPairs).toEqual(['ZZZUSDT']);

    const market = new MarketData({
      db,
      clock,
      source: new ManualSource([pairInfo('BTCUSDT')]),
      flushIntervalMs: null,
      pruneIntervalMs: null,
    });
    cleanup.unshift(() => market.stop());
    await market.start();
    expect(market.requirePair('zzzusdt')).toMatchObject({ symbol: 'ZZZUSDT', status: 'inactive', baseAsset: 'ZZZ', quoteAsset: 'USDT' });
    const hours = await market.candles('ZZZUSDT', '1h', { limit: 10 });
    expect(hours.map((c) => c.openTime)).toEqual([MARCH_1, MARCH_1 + 60 * MINUTE]);
    expect((await market.candles('ZZZUSDT', '1m', { limit: 1000 })).length).toBe(120);
  });

  it('refuses a malformed file before writing any of it, and a zip with the hint to unzip it', async () => {
    const db = await freshDb();
    const dir = await tempDir();
    const bad = join(dir, 'BADUSDT-1m-2024-03.csv');
    await writeFile(bad, `${klineLine(MARCH_1, 5)}\n${klineLine(MARCH_1 + MINUTE, 5)},extra\n`);
    await expect(importKlineFiles(db, [bad], { clock })).rejects.toThrow(/BADUSDT-1m-2024-03.csv:2: expected 12 columns/);
    expect(await countCandles(db)).toBe(0);
    const zip = join(dir, 'BTCUSDT-1m-2024-01.zip');
    await writeFile(zip, 'PK');
    await expect(findKlineFiles([zip])).rejects.toThrow(/unzip/);
    // In a folder, archives and other files are skipped.
    await writeFile(join(dir, 'notes.txt'), 'x');
    expect(await findKlineFiles([dir])).toEqual([bad]);
  });
});

describe('the 1-minute retention and imported history', () => {
  it('prunes old bars the feed stored but keeps every imported bar, even on the same day', async () => {
    const db = await freshDb();
    await importKlineFiles(db, [BTC], { clock });
    const stored = (from: number, n: number): Candle[] =>
      Array.from({ length: n }, (_, i) => ({ ...parseKlineCsv(klineLine(from + i * MINUTE, 60000))[0]! }));
    await db.transaction().execute((trx) =>
      storeMinuteBars(
        trx,
        [
          // The day before the import, the same day after it ends, and recent days.
          { symbol: 'BTCUSDT', bars: [...stored(MARCH_1 - DAY, 30), ...stored(MARCH_1 + 400 * MINUTE, 30)] },
        ],
        'keep',
      ),
    );
    const recent = Date.UTC(2026, 10, 26);
    await db.transaction().execute((trx) => storeMinuteBars(trx, [{ symbol: 'BTCUSDT', bars: stored(recent, 10) }], 'keep'));
    const hourlyBefore = await db.selectFrom('candle_rollups').selectAll().where('interval', '=', '1h').orderBy('open_time').execute();

    const deleted = await pruneMinuteBars(db, ['BTCUSDT'], clock.now() - 30 * DAY);
    expect(deleted).toBe(60);
    const left = (await findCandlesBetween(db, 'BTCUSDT', 0, Number.MAX_SAFE_INTEGER)).map((r) => r.open_time);
    expect(left).toHaveLength(370);
    expect(left.slice(0, 360)).toEqual(Array.from({ length: 360 }, (_, i) => MARCH_1 + i * MINUTE));
    // The higher intervals keep the pruned history.
    expect(await db.selectFrom('candle_rollups').selectAll().where('interval', '=', '1h').orderBy('open_time').execute()).toEqual(
      hourlyBefore,
    );
    // Nothing more to do on the next run.
    expect(await pruneMinuteBars(db, ['BTCUSDT'], clock.now() - 30 * DAY)).toBe(0);
  });
});

describe('data range', () => {
  it('reports the stored span, the pairs with data, and the real gaps newest first', async () => {
    const db = await freshDb();
    expect(await readDataRange(db)).toMatchObject({ earliest: null, latest: null, totalPairs: 0, gaps: [], totalGaps: 0 });

    const dir = await tempDir();
    // 300 minutes with a 90-minute hole after minute 99 and a 61-minute hole after minute 199, and a 5-minute one.
    const minutes = Array.from({ length: 300 }, (_, i) => i).filter(
      (i) => !(i >= 100 && i < 190) && !(i >= 200 && i < 261) && !(i >= 20 && i < 25),
    );
    await writeFile(join(dir, 'GAPUSDT-1m-2024-04.csv'), minutes.map((i) => klineLine(MARCH_1 + 31 * DAY + i * MINUTE, 3)).join('\n'));
    await importKlineFiles(db, [ETH, join(dir, 'GAPUSDT-1m-2024-04.csv')], { clock });

    const range = await readDataRange(db);
    expect(range).toMatchObject({
      earliest: MARCH_1,
      latest: MARCH_1 + 31 * DAY + 299 * MINUTE,
      totalPairs: 2,
      intervals: ['1m', '5m', '15m', '1h', '4h', '1d'],
      minGapMinutes: 60,
      totalGaps: 2,
    });
    const april = MARCH_1 + 31 * DAY;
    expect(range.gaps).toEqual([
      { symbol: 'GAPUSDT', from: april + 200 * MINUTE, to: april + 261 * MINUTE, missingMinutes: 61 },
      { symbol: 'GAPUSDT', from: april + 100 * MINUTE, to: april + 190 * MINUTE, missingMinutes: 90 },
    ]);
    expect(range.pairs).toEqual([
      { symbol: 'ETHUSDT', earliest: MARCH_1, latest: MARCH_1 + 359 * MINUTE },
      { symbol: 'GAPUSDT', earliest: april, latest: april + 299 * MINUTE },
    ]);
    expect((await readDataRange(db, 5)).gaps.map((g) => g.missingMinutes)).toEqual([61, 90, 5]);
    expect((await readDataRange(db, 62)).gaps.map((g) => g.missingMinutes)).toEqual([90]);
  });

  it('is read at most once a minute per threshold, and concurrent callers share one read', async () => {
    const db = await freshDb();
    const t0 = clock.now();
    const [a, b] = await Promise.all([cachedDataRange(db, t0), cachedDataRange(db, t0)]);
    expect(a).toBe(b);
    expect(a.totalPairs).toBe(0);
    await importKlineFiles(db, [ETH], { clock });
    // Within the minute: the range read before the import.
    expect((await cachedDataRange(db, t0 + DATA_RANGE_TTL_MS - 1)).totalPairs).toBe(0);
    // Another threshold is its own read.
    expect((await cachedDataRange(db, t0 + 1, 5)).totalPairs).toBe(1);
    expect((await cachedDataRange(db, t0 + DATA_RANGE_TTL_MS)).totalPairs).toBe(1);
  });
});

function pairRow(symbol: string) {
  return {
    symbol,
    base_asset: symbol.slice(0, -4),
    quote_asset: 'USDT',
    status: 'inactive' as const,
    tick_size: '0.01000000',
    step_size: '0.00001000',
    min_qty: '0.00001000',
    max_qty: '9000.00000000',
    min_notional: '5.00000000',
    updated_at: new Date(clock.now()).toISOString(),
  };
}
