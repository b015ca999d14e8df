// The hub on the default simulated source: backfill, persistence, every read, health, fan-out.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { migrateToLatest, openDatabase, type Db } from '../../../src/db/connection.js';
import { aggregateCandles } from '../../../src/market/candle-aggregator.js';
import { MarketData } from '../../../src/market/market-data.service.js';
import { fromCandleRow } from '../../../src/market/market.mapper.js';
import { countCandles, findCandlesBetween } from '../../../src/market/market.repository.js';
import { SimulatedSource } from '../../../src/market/simulated-source.js';
import { INTERVALS, type Tick } from '../../../src/market/types.js';
import { mulAmount } from '../../../src/money.js';
import { createServiceContext } from '../../support/services.js';

const MINUTE = 60_000;
// createServiceContext's clock starts at 2026-11-27T12:00:00Z; 30 s in, the live minute is 12:00.
const NOW = Date.UTC(2026, 10, 27, 12, 0, 30);
const LIVE_MINUTE = Date.UTC(2026, 10, 27, 12, 0);
const SOME = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'PEPEUSDT'];
const cleanup: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function freshDb(): Promise<Db> {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  cleanup.push(() => db.destroy());
  return db;
}

function hub(db: Db, clock: ManualClock, symbols?: string[], seed = 'it') {
  const source = new SimulatedSource({ clock, mode: 'manual', seed, ...(symbols ? { symbols } : {}) });
  const market = new MarketData({ db, clock, source, flushIntervalMs: null });
  cleanup.push(() => market.stop());
  return { source, market };
}

/** Moves the clock and the source together, a second at a time, as the live timer would. */
function run(clock: ManualClock, source: SimulatedSource, ms: number): void {
  for (let t = 0; t < ms; t += 1000) {
    clock.advance(1000);
    source.advanceTo(clock.now());
  }
}

describe('backfill', () => {
  it('persists 7 days of 1-minute bars for every pair once, quickly, and not again on a second start', async () => {
    const ctx = await createServiceContext();
    cleanup.push(() => ctx.db.destroy());
    ctx.clock.set(NOW);
    const first = hub(ctx.db, ctx.clock);
    const report = await first.market.start();
    const pairs = first.market.pairs().length;
    expect(pairs).toBeGreaterThanOrEqual(50);
    expect(report.pairs).toBe(pairs);
    expect(report.backfilledBars).toBe(pairs * 7 * 1440);
    expect(await countCandles(ctx.db)).toBe(pairs * 7 * 1440);
    console.info(`backfill of ${pairs} pairs × 7 days: ${report.backfilledBars} bars in ${report.backfillMs} ms`);
    const { rows } = await sql<{ n: number }>`select count(*) as n from trading_pairs where status = 'active'`.execute(ctx.db);
    expect(rows[0]?.n).toBe(pairs);
    await first.market.stop();

    const second = hub(ctx.db, ctx.clock);
    expect((await second.market.start()).backfilledBars).toBe(0);
    expect(await countCandles(ctx.db)).toBe(pairs * 7 * 1440);
  });

  it('fills only the gap after downtime, continuing from the last stored close', async () => {
    const db = await freshDb();
    const clock = new ManualClock(NOW);
    const first = hub(db, clock, SOME);
    await first.market.start();
    const lastClose = first.market.lastPrice('BTCUSDT')!.price;
    await first.market.stop();

    clock.advance(10 * MINUTE);
    const second = hub(db, clock, SOME);
    expect((await second.market.start()).backfilledBars).toBe(SOME.length * 10);
    const gap = (await findCandlesBetween(db, 'BTCUSDT', LIVE_MINUTE, LIVE_MINUTE + 10 * MINUTE)).map(fromCandleRow);
    expect(gap.map((b) => (b.openTime - LIVE_MINUTE) / MINUTE)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(gap[0]!.open).toBe(lastClose);
    expect(await countCandles(db, 'BTCUSDT')).toBe(7 * 1440 + 10);
  });
});

describe('live data', () => {
  it('persists each closed minute exactly as its ticks made it', async () => {
    const db = await freshDb();
    const clock = new ManualClock(NOW);
    const { source, market } = hub(db, clock, SOME);
    await market.start();
    const ticks: Tick[] = [];
    market.subscribe((t) => ticks.push(t));
    run(clock, source, 3 * MINUTE);
    await market.flush();

    const minute = LIVE_MINUTE + MINUTE; // 12:01, a whole minute of ticks
    const mine = ticks.filter((t) => t.symbol === 'ETHUSDT' && t.time >= minute && t.time < minute + MINUTE);
    expect(mine.length).toBeGreaterThan(100);
    const [row] = (await findCandlesBetween(db, 'ETHUSDT', minute, minute + MINUTE)).map(fromCandleRow);
    expect(row).toEqual({
      openTime: minute,
      open: mine[0]!.price,
      high: mine.reduce((m, t) => (t.price > m ? t.price : m), 0n),
      low: mine.reduce((m, t) => (t.price < m ? t.price : m), mine[0]!.price),
      close: mine[mine.length - 1]!.price,
      volume: mine.reduce((s, t) => s + t.quantity, 0n),
      quoteVolume: mine.reduce((s, t) => s + mulAmount(t.price, t.quantity), 0n),
      tradeCount: mine.length,
    });
    // 12:00 (partial, from 12:00:30), 12:01 and 12:02 are closed and written; 12:03 is open.
    expect(await countCandles(db, 'ETHUSDT')).toBe(7 * 1440 + 3);
    const live = await market.candles('ETHUSDT', '1m', { limit: 1 });
    expect(live[0]!.openTime).toBe(LIVE_MINUTE + 3 * MINUTE);
  });

  it('serves every interval right after start, consistent with the stored 1-minute bars', async () => {
    const db = await freshDb();
    const clock = new ManualClock(NOW);
    const { market } = hub(db, clock, SOME);
    await market.start();
    const expected: Record<string, number> = { '1m': 1000, '5m': 1000, '15m': 672, '1h': 168, '4h': 42, '1d': 8 };
    const stored = (await findCandlesBetween(db, 'SOLUSDT', 0, LIVE_MINUTE)).map(fromCandleRow);
    for (const interval of INTERVALS) {
      const candles = await market.candles('SOLUSDT', interval, { limit: 1000 });
      expect(candles, interval).toHaveLength(expected[interval]!);
      expect(candles, interval).toEqual(aggregateCandles(stored, interval).slice(-1000));
    }
    const daily = await market.candles('SOLUSDT', '1d');
    expect(new Date(daily[0]!.openTime).toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });

  it('gives a 24 h ticker, trades, a stable book and the last price', async () => {
    const db = await freshDb();
    const clock = new ManualClock(NOW);
    const { source, market } = hub(db, clock, SOME);
    await market.start();
    run(clock, source, 5_000);
    const last = market.lastPrice('btcusdt')!;
    const ticker = market.ticker('BTCUSDT');
    expect(ticker.close).toBe(last.price);
    expect(ticker.openTime).toBe(Date.UTC(2026, 10, 26, 12, 1));
    const window = (await findCandlesBetween(db, 'BTCUSDT', ticker.openTime, LIVE_MINUTE)).map(fromCandleRow);
    const liveBar = (await market.candles('BTCUSDT', '1m', { limit: 1 }))[0]!;
    expect(ticker.volume).toBe(window.reduce((s, b) => s + b.volume, 0n) + liveBar.volume);
    expect(ticker.tradeCount).toBe(window.reduce((s, b) => s + b.tradeCount, 0) + liveBar.tradeCount);
    expect(ticker.open).toBe(window[0]!.open);

    const trades = market.recentTrades('BTCUSDT', 5);
    expect(trades[0]!.price).toBe(last.price);
    expect(trades.map((t) => t.time)).toEqual([...trades.map((t) => t.time)].sort((x, y) => y - x));

    const book = market.orderBook('BTCUSDT', 10);
    expect(book.synthetic).toBe(true);
    expect(book.bids[0]!.price).toBeLessThan(last.price);
    expect(book.asks[0]!.price).toBeGreaterThan(last.price);
    expect(market.orderBook('BTCUSDT', 10)).toEqual(book);
    expect(() => market.orderBook('BTCUSDT', 0)).toThrow(expect.objectContaining({ code: 'VALIDATION_ERROR' }));
    expect(() => market.orderBook('NOPEUSDT')).toThrow(expect.objectContaining({ code: 'INVALID_SYMBOL' }));
  });

  it('reports a live feed, then stale pairs once ticks stop for more than 60 s', async () => {
    const db = await freshDb();
    const clock = new ManualClock(NOW);
    const { source, market } = hub(db, clock, SOME);
    await market.start();
    run(clock, source, 10_000);
    expect(market.health()).toMatchObject({ source: 'simulated', running: true, connected: true, live: true, stalePairs: [] });
    expect(market.health().pairs).toEqual({ total: 4, active: 4, withPrice: 4 });
    clock.advance(61_000); // the source is not advanced: no ticks
    expect(market.health()).toMatchObject({ live: false, stalePairs: SOME.slice().sort() });
    await market.stop();
    expect(market.health()).toMatchObject({ running: false, connected: false });
  });

  it('keeps the feed going when a listener throws, and stops calling an unsubscribed one', async () => {
    const db = await freshDb();
    const clock = new ManualClock(NOW);
    const { source, market } = hub(db, clock, SOME);
    await market.start();
    let seen = 0;
    let seenByLeaver = 0;
    market.subscribe(() => {
      throw new Error('engine bug');
    });
    market.subscribe(() => seen++);
    const leave = market.subscribe(() => seenByLeaver++);
    run(clock, source, 2_000);
    leave();
    const atLeave = seenByLeaver;
    run(clock, source, 2_000);
    const health = market.health();
    expect(seen).toBe(health.ticksReceived);
    expect(health.listenerErrors).toBe(health.ticksReceived);
    expect(seenByLeaver).toBe(atLeave);
    expect(seen).toBeGreaterThan(atLeave);
  });
});
