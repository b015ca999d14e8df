// Stored candles (candle_rollups) and the retention of 1-minute bars: reads cost what they return,
// replies equal a fold of the same 1-minute bars, pruning loses no history.
import fc from 'fast-check';
import {
  Migrator,
  SqliteQueryCompiler,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../db/migrations.js';
import { ManualClock } from '../../../src/clock.js';
import { migrateToLatest, openDatabase, rawHandleOf, type Db } from '../../../src/db/connection.js';
import { aggregateCandles, addTickToBar, barFromTick, bucketStart, intervalMs } from '../../../src/market/candle-aggregator.js';
import { MarketData } from '../../../src/market/market-data.service.js';
import { readLatestCandles, storeMinuteBars } from '../../../src/market/candle-store.js';
import { toCandleRow } from '../../../src/market/market.mapper.js';
import { countCandles, findNewestCandle, insertCandlesKeepingExisting } from '../../../src/market/market.repository.js';
import { Prng } from '../../../src/market/prng.js';
import { INTERVALS, type Candle, type Interval, type Tick } from '../../../src/market/types.js';
import { ManualSource, pairInfo } from './manual-source.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const open: Array<{ db: Db; market?: MarketData }> = [];

afterEach(async () => {
  for (const { db, market } of open.splice(0)) {
    await market?.stop();
    await db.destroy().catch(() => undefined);
  }
});

/** Counts what the database hands back while `on`, and keeps the SQL of each statement. */
class Recorder implements KyselyPlugin {
  on = false;
  rows = 0;
  deletedPerStatement: number[] = [];
  statements: Array<{ sql: string; parameters: readonly unknown[] }> = [];
  private readonly compiler = new SqliteQueryCompiler();

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (this.on) {
      const { sql, parameters } = this.compiler.compileQuery(node, queryId);
      this.statements.push({ sql, parameters });
    }
    return node;
  }

  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.on) {
      this.rows += result.rows.length;
      if (result.numAffectedRows !== undefined && result.rows.length === 0) this.deletedPerStatement.push(Number(result.numAffectedRows));
    }
    return Promise.resolve(result);
  }

  reset(): void {
    this.rows = 0;
    this.statements = [];
    this.deletedPerStatement = [];
  }
}

async function database(recorder?: Recorder): Promise<Db> {
  const db = openDatabase(':memory:', recorder ? { plugins: [recorder] } : {});
  await migrateToLatest(db);
  open.push({ db });
  return db;
}

async function hub(db: Db, clock: ManualClock, source: ManualSource, extra: Partial<ConstructorParameters<typeof MarketData>[0]> = {}) {
  const market = new MarketData({ db, clock, source, flushIntervalMs: null, pruneIntervalMs: null, ...extra });
  open.push({ db, market });
  await market.start();
  return market;
}

/** A bar a minute from `from` (inclusive) to `to` (exclusive), prices drifting with `i`. */
function everyMinute(from: number, to: number): Candle[] {
  const bars: Candle[] = [];
  for (let t = from, i = 0; t < to; t += MINUTE, i++) bars.push(bar(t, 10_000 + (i % 977), i % 7));
  return bars;
}

function bar(openTime: number, price: number, spread: number): Candle {
  const p = BigInt(price) * 100_000_000n;
  const s = BigInt(spread) * 1_000_000n;
  return {
    openTime,
    open: p,
    high: p + s + 1n,
    low: p - s - 1n,
    close: p + s,
    volume: 123_456_789n + s,
    quoteVolume: 987_654_321_000n + p,
    tradeCount: 1 + spread,
  };
}

function tick(symbol: string, time: number, price: bigint, quantity = 10_000_000n): Tick {
  return { symbol, price, quantity, time, tradeId: time, isBuyerMaker: false };
}

describe('read cost', () => {
  it('reads no more rows than it returns, on the primary key, however long the history', async () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 30);
    const fetched: Record<string, Array<[number, number]>> = {};
    for (const days of [3, 20]) {
      const recorder = new Recorder();
      const db = await database(recorder);
      const clock = new ManualClock(now);
      const source = new ManualSource(
        [pairInfo('BTCUSDT')],
        new Map([['BTCUSDT', everyMinute(bucketStart(now, DAY) - days * DAY, bucketStart(now, MINUTE))]]),
      );
      const market = await hub(db, clock, source, { historyDays: days + 1 });
      // A trade in the current minute: the in-progress bar is part of every reply.
      source.push(tick('BTCUSDT', now, 1_000_000_000_000n));
      for (const interval of INTERVALS) {
        recorder.reset();
        recorder.on = true;
        const candles = await market.candles('BTCUSDT', interval, { limit: 1000 });
        recorder.on = false;
        (fetched[interval] ??= []).push([recorder.rows, candles.length]);
        expect(recorder.rows, `${interval} with ${days} days`).toBeLessThanOrEqual(candles.length);
        for (const { sql, parameters } of recorder.statements) {
          const plan = rawHandleOf(db)
            .prepare(`explain query plan ${sql}`)
            .all(...(parameters as unknown[])) as Array<{ detail: string }>;
          const details = plan.map((p) => p.detail).join('; ');
          expect(details, sql).toMatch(
            /^SEARCH (candles_1m|candle_rollups) USING (PRIMARY KEY|INDEX sqlite_autoindex_\w+) \(symbol=\? AND/,
          );
          expect(details, sql).not.toMatch(/SCAN|TEMP B-TREE/);
        }
      }
    }
    // 3 days and 20 days of history: the 1d read returns 4 and 21 candles and reads one row fewer
    // (the current day is folded from the bars in memory), not 1,440 rows a day.
    expect(fetched['1d']).toEqual([
      [3, 4],
      [20, 21],
    ]);
  });

  it("writes every pair's closed minute with the same few statements whatever the number of pairs", async () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 30);
    const counts: number[] = [];
    for (const pairs of [2, 30]) {
      const recorder = new Recorder();
      const db = await database(recorder);
      const clock = new ManualClock(now);
      const symbols = Array.from({ length: pairs }, (_, i) => `C${i}USDT`);
      const source = new ManualSource(symbols.map((s) => pairInfo(s)));
      const market = await hub(db, clock, source);
      for (const s of symbols) source.push(tick(s, now, 100_000_000n));
      clock.set(now + MINUTE);
      recorder.on = true;
      await market.flush();
      recorder.on = false;
      counts.push(recorder.statements.length);
      expect(await countCandles(db)).toBe(pairs);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(12);
  });
});

/** The model: 1-minute bars as the hub must hold them, folded from the same ticks. */
class Model {
  readonly bars = new Map<number, Candle>();
  private lastTickTime = -Infinity;
  private newestMinute = -Infinity;
  private folded = new Map<string, Candle[]>();

  constructor(history: readonly Candle[]) {
    for (const b of history) this.bars.set(b.openTime, { ...b });
    this.newestMinute = history.reduce((m, b) => Math.max(m, b.openTime), -Infinity);
  }

  apply(t: Tick): void {
    this.folded.clear();
    const latest = t.time >= this.lastTickTime;
    if (latest) this.lastTickTime = t.time;
    const minute = bucketStart(t.time, MINUTE);
    const existing = this.bars.get(minute);
    // As the hub does: a trade in a minute older than the newest bar never moves a close.
    if (existing) addTickToBar(existing, t, latest && minute >= this.newestMinute);
    else this.bars.set(minute, barFromTick(t));
    this.newestMinute = Math.max(this.newestMinute, minute);
  }

  /** What a read must answer: the fold of every bar, cut to the window, the newest `limit`. */
  candles(interval: Interval, q: { limit?: number; startTime?: number; endTime?: number }, now: number, minuteFrom = -Infinity): Candle[] {
    const size = intervalMs(interval);
    const end = Math.min(q.endTime ?? Infinity, now);
    const first = q.startTime === undefined ? -Infinity : Math.ceil(q.startTime / size) * size;
    const key = `${interval} ${minuteFrom}`;
    let folded = this.folded.get(key);
    if (!folded) {
      const bars = [...this.bars.values()]
        .filter((b) => interval !== '1m' || b.openTime >= minuteFrom)
        .sort((a, b) => a.openTime - b.openTime);
      folded = aggregateCandles(bars, interval);
      this.folded.set(key, folded);
    }
    return folded.filter((c) => c.openTime >= first && c.openTime <= end).slice(-(q.limit ?? 100));
  }
}

function history(rng: Prng, from: number, to: number): Candle[] {
  const out: Candle[] = [];
  for (let t = from; t < to;) {
    const r = rng.next();
    if (r < 0.01) {
      t += (1 + rng.int(8 * 60)) * MINUTE; // an outage of up to 8 h
      continue;
    }
    if (r > 0.25) out.push(bar(t, 5_000 + rng.int(500), rng.int(9)));
    t += MINUTE;
  }
  return out;
}

function queries(rng: Prng, now: number, oldest: number): Array<{ limit?: number; startTime?: number; endTime?: number }> {
  const someTime = () => oldest + rng.int(Math.max(1, now - oldest + HOUR));
  const a = someTime();
  const b = someTime();
  return [
    { limit: 1000 },
    { limit: 1 + rng.int(40) },
    { startTime: a, limit: 1 + rng.int(300) },
    { endTime: b },
    { startTime: Math.min(a, b), endTime: Math.max(a, b), limit: 1000 },
    {},
  ];
}

describe('stored candles answer as a fold of the 1-minute bars would', () => {
  it('for every interval, across gaps, partial current buckets, late trades, flushes, a restart and a prune', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const rng = new Prng('candle-rollups', seed);
        const start = Date.UTC(2026, 10, 27) + rng.int(DAY);
        const oldest = bucketStart(start - (1 + rng.int(4)) * DAY - rng.int(DAY), MINUTE);
        const bars = new Map([
          ['BTCUSDT', history(rng, oldest, bucketStart(start, MINUTE))],
          ['ETHUSDT', history(rng, oldest, bucketStart(start, MINUTE))],
        ]);
        const models = new Map([...bars].map(([s, b]) => [s, new Model(b)]));
        const db = openDatabase(':memory:');
        await migrateToLatest(db);
        open.push({ db });
        const clock = new ManualClock(start);
        const pairs = [pairInfo('BTCUSDT'), pairInfo('ETHUSDT')];
        let source = new ManualSource(pairs, bars);
        let market = await hub(db, clock, source, { minuteRetentionDays: 2 });

        const check = async (minuteFrom = -Infinity) => {
          for (const symbol of ['BTCUSDT', 'ETHUSDT']) {
            for (const interval of INTERVALS) {
              for (const q of queries(rng, clock.now(), oldest)) {
                const got = await market.candles(symbol, interval, q);
                expect(got, `seed ${seed} ${symbol} ${interval} ${JSON.stringify(q)}`).toEqual(
                  models.get(symbol)!.candles(interval, q, clock.now(), minuteFrom),
                );
              }
            }
          }
        };

        const steps = 30 + rng.int(60);
        for (let i = 0; i < steps; i++) {
          const r = rng.next();
          clock.advance(r < 0.7 ? 1000 * (1 + rng.int(20)) : r < 0.95 ? 1000 * (20 + rng.int(600)) : HOUR * (1 + rng.int(8)));
          const now = clock.now();
          for (const symbol of ['BTCUSDT', 'ETHUSDT']) {
            if (rng.next() < 0.3) continue;
            const ticks = Array.from({ length: rng.int(4) }, () =>
              tick(symbol, now - rng.int(1000), BigInt(4_000 + rng.int(2_000)) * 100_000_000n, BigInt(1 + rng.int(1e6))),
            );
            // Now and then a trade that arrives late, up to three minutes after it happened.
            if (rng.next() < 0.15) ticks.push(tick(symbol, now - rng.int(3 * MINUTE), BigInt(4_000 + rng.int(2_000)) * 100_000_000n));
            for (const t of ticks) {
              source.push(t);
              models.get(symbol)!.apply(t);
            }
          }
          if (rng.next() < 0.5) await market.flush();
          if (i % 15 === 14) await check();
        }
        await check();

        // A restart writes the open bars and reads them back.
        await market.stop();
        source = new ManualSource(pairs, bars);
        market = await hub(db, clock, source, { minuteRetentionDays: 2 });
        await check();

        // Days later, 1-minute bars before the retention go; the higher intervals keep them.
        clock.advance(DAY * (1 + rng.int(3)));
        const t = tick('BTCUSDT', clock.now(), 500_000_000_000n);
        source.push(t);
        models.get('BTCUSDT')!.apply(t);
        await market.flush();
        await market.prune();
        // Bars before the UTC day two days back go, except each pair's newest day.
        const cutoff = bucketStart(clock.now() - 2 * DAY, DAY);
        for (const symbol of ['BTCUSDT', 'ETHUSDT']) {
          const newestDay = bucketStart((await findNewestCandle(db, symbol))!.open_time, DAY);
          const minuteFrom = Math.min(cutoff, newestDay);
          for (const interval of INTERVALS) {
            const got = await market.candles(symbol, interval, { limit: 1000 });
            expect(got, `seed ${seed} ${symbol} ${interval} after prune`).toEqual(
              models.get(symbol)!.candles(interval, { limit: 1000 }, clock.now(), minuteFrom),
            );
          }
        }
        expect(market.ticker('BTCUSDT').close).toBe(t.price);
        await market.stop();
      }),
      { numRuns: 10 },
    );
  }, 180_000);
});

describe('retention of 1-minute bars', () => {
  it('prunes whole old days in batches of at most one symbol-day, between turns of the event loop, keeping every higher interval', async () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 30);
    const recorder = new Recorder();
    const db = await database(recorder);
    const clock = new ManualClock(now);
    const history = everyMinute(bucketStart(now, DAY) - 10 * DAY, bucketStart(now, MINUTE));
    const source = new ManualSource([pairInfo('BTCUSDT')], new Map([['BTCUSDT', history]]));
    const market = await hub(db, clock, source, { historyDays: 11, minuteRetentionDays: 3 });
    source.push(tick('BTCUSDT', now, 1_000_000_000_000n));
    const before = new Map<Interval, Candle[]>();
    for (const interval of INTERVALS) before.set(interval, await market.candles('BTCUSDT', interval, { limit: 1000 }));
    const ticker = market.ticker('BTCUSDT');

    let turns = 0;
    let pruning = true;
    const spin = () => {
      turns++;
      if (pruning) setImmediate(spin);
    };
    setImmediate(spin);
    recorder.on = true;
    const deleted = await market.prune();
    recorder.on = false;
    pruning = false;

    // Retention 3 days at 2026-11-27T12:00: bars before 2026-11-24T00:00 go, 7 whole days.
    expect(deleted).toBe(7 * 1440);
    expect(recorder.deletedPerStatement).toEqual(Array(7).fill(1440));
    expect(turns).toBeGreaterThanOrEqual(7);
    expect(await countCandles(db, 'BTCUSDT')).toBe(history.length - 7 * 1440);
    const oneMinute = await market.candles('BTCUSDT', '1m', { startTime: 0, endTime: Date.UTC(2026, 10, 24) - 1, limit: 10 });
    expect(oneMinute).toEqual([]);
    for (const interval of INTERVALS.filter((i) => i !== '1m')) {
      expect(await market.candles('BTCUSDT', interval, { limit: 1000 }), interval).toEqual(before.get(interval));
    }
    expect(market.ticker('BTCUSDT')).toEqual(ticker);
    expect(await market.prune()).toBe(0);
  });

  it('keeps the newest day of a pair that stopped trading, so its last price survives', async () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 30);
    const db = await database();
    const clock = new ManualClock(now);
    const ended = Date.UTC(2026, 10, 10, 6);
    const source = new ManualSource(
      [pairInfo('BTCUSDT'), pairInfo('OLDUSDT')],
      new Map([['OLDUSDT', everyMinute(ended - 3 * DAY, ended)]]),
    );
    const market = await hub(db, clock, source, { historyDays: 30, minuteRetentionDays: 2 });
    const last = market.lastPrice('OLDUSDT');
    expect(last).toBeDefined();
    expect(await market.prune()).toBe(2 * 1440 + 1080);
    expect(await countCandles(db, 'OLDUSDT')).toBe(360);
    await market.stop();
    const again = await hub(db, clock, new ManualSource([pairInfo('BTCUSDT'), pairInfo('OLDUSDT')]));
    expect(again.lastPrice('OLDUSDT')).toEqual(last);
    expect((await again.candles('OLDUSDT', '1d', { limit: 10 })).map((c) => new Date(c.openTime).toISOString().slice(0, 10))).toEqual([
      '2026-11-07',
      '2026-11-08',
      '2026-11-09',
      '2026-11-10',
    ]);
  });

  it('builds the rollups of a day that has none before pruning its bars', async () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 30);
    const db = await database();
    const clock = new ManualClock(now);
    const source = new ManualSource([pairInfo('BTCUSDT')]);
    const market = await hub(db, clock, source, { minuteRetentionDays: 2 });
    source.push(tick('BTCUSDT', now, 1_000_000_000_000n));
    clock.set(now + MINUTE);
    await market.flush();
    // Bars that reached the table without rollups (restored from a dump, say).
    const old = everyMinute(Date.UTC(2026, 10, 20, 22), Date.UTC(2026, 10, 21, 3));
    await insertCandlesKeepingExisting(
      db,
      old.map((b) => toCandleRow('BTCUSDT', b)),
    );
    expect(await market.candles('BTCUSDT', '1h', { endTime: Date.UTC(2026, 10, 22), limit: 10 })).toEqual([]);
    expect(await market.prune()).toBe(old.length);
    expect(await countCandles(db, 'BTCUSDT')).toBe(1);
    expect(await market.candles('BTCUSDT', '1h', { endTime: Date.UTC(2026, 10, 22), limit: 10 })).toEqual(aggregateCandles(old, '1h'));
    expect(await market.candles('BTCUSDT', '1d', { endTime: Date.UTC(2026, 10, 22), limit: 10 })).toEqual(aggregateCandles(old, '1d'));
  });
});

describe('writing 1-minute bars', () => {
  it('builds the rollups from what the table holds when a backfill meets bars already stored', async () => {
    const db = await database();
    const from = Date.UTC(2026, 10, 27, 10);
    const stored = everyMinute(from, from + 30 * MINUTE).map((b) => ({ ...b, tradeCount: 99 }));
    await db.transaction().execute((trx) => storeMinuteBars(trx, [{ symbol: 'BTCUSDT', bars: stored }], 'replace'));
    const offered = everyMinute(from - 20 * MINUTE, from + 60 * MINUTE);
    await db.transaction().execute((trx) => storeMinuteBars(trx, [{ symbol: 'BTCUSDT', bars: offered }], 'keep'));
    const table = [...offered.slice(0, 20), ...stored, ...offered.slice(50)];
    for (const interval of INTERVALS) {
      expect(await readLatestCandles(db, 'BTCUSDT', interval, undefined, from + DAY, 1000), interval).toEqual(
        aggregateCandles(table, interval),
      );
    }
  });
});

describe('the migration', () => {
  it('builds the rollups of the 1-minute history already stored, and its down drops them', async () => {
    const names = Object.keys(migrations);
    const mine = names.indexOf('20261202030000_candle-rollups');
    const db = openDatabase(':memory:');
    open.push({ db });
    const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    expect((await migrator.migrateTo(names[mine - 1]!)).error).toBeUndefined();
    const rng = new Prng('migration');
    const bySymbol = new Map([
      ['BTCUSDT', history(rng, Date.UTC(2026, 10, 20, 17, 3), Date.UTC(2026, 10, 24, 6))],
      ['ETHUSDT', history(rng, Date.UTC(2026, 9, 1), Date.UTC(2026, 9, 2, 12))],
    ]);
    for (const [symbol, bars] of bySymbol)
      await insertCandlesKeepingExisting(
        db,
        bars.map((b) => toCandleRow(symbol, b)),
      );
    expect((await migrator.migrateTo(names[mine]!)).error).toBeUndefined();
    for (const [symbol, bars] of bySymbol) {
      for (const interval of INTERVALS) {
        expect(await readLatestCandles(db, symbol, interval, undefined, Date.UTC(2027, 0, 1), 1000), `${symbol} ${interval}`).toEqual(
          aggregateCandles(bars, interval).slice(-1000),
        );
      }
    }
    expect((await migrator.migrateTo(names[mine - 1]!)).error).toBeUndefined();
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).not.toContain('candle_rollups');
  });
});
