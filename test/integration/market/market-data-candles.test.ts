// The hub over a hand-driven source: bar boundaries, gaps, persistence, derived intervals, the
// rolling ticker and bounded memory, all on a ManualClock.
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { migrateToLatest, openDatabase, type Db } from '../../../src/db/connection.js';
import { DomainError } from '../../../src/errors.js';
import { MarketData } from '../../../src/market/market-data.service.js';
import { countCandles, findCandlesBetween } from '../../../src/market/market.repository.js';
import type { Candle } from '../../../src/market/types.js';
import { formatAmount, parseAmount as a } from '../../../src/money.js';
import { ManualSource, pairInfo, trade } from './manual-source.js';

const at = (iso: string) => Date.parse(iso);
const open: Array<{ db: Db; market?: MarketData }> = [];

async function setUp(iso = '2026-11-27T12:00:00Z', symbols = ['BTCUSDT', 'ETHUSDT'], bars?: Map<string, Candle[]>, db?: Db) {
  const database = db ?? openDatabase(':memory:');
  if (!db) await migrateToLatest(database);
  const clock = new ManualClock(at(iso));
  const source = new ManualSource(
    symbols.map((s) => pairInfo(s)),
    bars,
  );
  const market = new MarketData({ db: database, clock, source, flushIntervalMs: null });
  open.push({ db: database, market });
  await market.start();
  return { db: database, clock, source, market };
}

afterEach(async () => {
  for (const { db, market } of open.splice(0)) {
    await market?.stop();
    await db.destroy().catch(() => undefined);
  }
});

/** Candles as readable text, to compare with expectations written out by hand. */
const show = (candles: Candle[]) =>
  candles.map((c) => [
    new Date(c.openTime).toISOString().slice(11, 16),
    formatAmount(c.open),
    formatAmount(c.high),
    formatAmount(c.low),
    formatAmount(c.close),
    formatAmount(c.volume),
    c.tradeCount,
  ]);

describe('1-minute bars from live ticks', () => {
  it('splits 12:00:59.999 and 12:01:00.000 into two bars and leaves minutes without trades out', async () => {
    const { clock, source, market } = await setUp();
    source.push(
      trade('BTCUSDT', '2026-11-27T12:00:10Z', '100', '1'),
      trade('BTCUSDT', '2026-11-27T12:00:30Z', '104', '0.5'),
      trade('BTCUSDT', '2026-11-27T12:00:59.999Z', '101', '2'),
      trade('BTCUSDT', '2026-11-27T12:01:00.000Z', '102', '1'),
      trade('BTCUSDT', '2026-11-27T12:04:20Z', '99', '3'),
    );
    clock.set(at('2026-11-27T12:04:30Z'));
    expect(show(await market.candles('BTCUSDT', '1m'))).toEqual([
      ['12:00', '100.00000000', '104.00000000', '100.00000000', '101.00000000', '3.50000000', 3],
      ['12:01', '102.00000000', '102.00000000', '102.00000000', '102.00000000', '1.00000000', 1],
      ['12:04', '99.00000000', '99.00000000', '99.00000000', '99.00000000', '3.00000000', 1],
    ]);
    expect(show(await market.candles('BTCUSDT', '5m'))).toEqual([
      ['12:00', '100.00000000', '104.00000000', '99.00000000', '99.00000000', '7.50000000', 5],
    ]);
    // 100 × 1 + 104 × 0.5 + 101 × 2
    expect((await market.candles('BTCUSDT', '1m'))[0]!.quoteVolume).toBe(a('354'));
    expect(await market.candles('ETHUSDT', '1m')).toEqual([]);
  });

  it('writes closed bars on flush, keeps the open one in memory, and writes it on stop', async () => {
    const { db, clock, source, market } = await setUp();
    source.push(trade('BTCUSDT', '2026-11-27T12:00:10Z', '100'), trade('BTCUSDT', '2026-11-27T12:01:10Z', '101'));
    clock.set(at('2026-11-27T12:01:30Z'));
    await market.flush();
    const rows = await findCandlesBetween(db, 'BTCUSDT', 0, Number.MAX_SAFE_INTEGER);
    expect(rows).toEqual([
      {
        symbol: 'BTCUSDT',
        open_time: at('2026-11-27T12:00:00Z'),
        open: '100.00000000',
        high: '100.00000000',
        low: '100.00000000',
        close: '100.00000000',
        volume: '1.00000000',
        quote_volume: '100.00000000',
        trade_count: 1,
      },
    ]);
    await market.stop();
    expect(await countCandles(db, 'BTCUSDT')).toBe(2);
  });

  it('folds a late tick into its bar without moving the close, and rewrites a written bar', async () => {
    const { db, clock, source, market } = await setUp();
    source.push(trade('BTCUSDT', '2026-11-27T12:00:30Z', '100'), trade('BTCUSDT', '2026-11-27T12:01:05Z', '101'));
    clock.set(at('2026-11-27T12:01:10Z'));
    await market.flush();
    source.push(trade('BTCUSDT', '2026-11-27T12:00:20Z', '107', '2'));
    await market.flush();
    const [row] = await findCandlesBetween(db, 'BTCUSDT', at('2026-11-27T12:00:00Z'), at('2026-11-27T12:01:00Z'));
    expect([row?.high, row?.close, row?.volume, row?.trade_count]).toEqual(['107.00000000', '100.00000000', '3.00000000', 2]);
    // The late tick changes no last price: a newer trade already set it.
    expect(market.lastPrice('BTCUSDT')?.price).toBe(a('101'));
  });
});

describe('candle queries', () => {
  it('derives 5m, 15m, 1h, 4h and 1d from stored and live 1-minute bars, UTC-aligned', async () => {
    const { clock, source, market } = await setUp('2026-11-26T22:00:00Z');
    // One trade every 50 minutes for 30 hours; half of them get written and leave memory.
    const start = at('2026-11-26T22:00:00Z');
    for (let i = 0; i < 36; i++) {
      const time = start + i * 50 * 60_000 + 5_000;
      clock.set(time);
      source.push({ ...trade('BTCUSDT', new Date(time).toISOString(), String(100 + i), '1') });
      await market.flush();
    }
    clock.set(start + 30 * 3_600_000);
    const oneMinute = await market.candles('BTCUSDT', '1m', { limit: 1000 });
    expect(oneMinute).toHaveLength(36);
    const daily = await market.candles('BTCUSDT', '1d');
    expect(show(daily)).toEqual([
      // 22:00, 22:50 and 23:40 on the 26th; 00:30 to 23:50 on the 27th; 00:40 to 03:10 on the 28th
      ['00:00', '100.00000000', '102.00000000', '100.00000000', '102.00000000', '3.00000000', 3],
      ['00:00', '103.00000000', '131.00000000', '103.00000000', '131.00000000', '29.00000000', 29],
      ['00:00', '132.00000000', '135.00000000', '132.00000000', '135.00000000', '4.00000000', 4],
    ]);
    expect(daily.map((c) => new Date(c.openTime).toISOString())).toEqual([
      '2026-11-26T00:00:00.000Z',
      '2026-11-27T00:00:00.000Z',
      '2026-11-28T00:00:00.000Z',
    ]);
    const fourHours = await market.candles('BTCUSDT', '4h');
    expect(fourHours.map((c) => new Date(c.openTime).toISOString().slice(0, 13))).toEqual([
      '2026-11-26T20',
      '2026-11-27T00',
      '2026-11-27T04',
      '2026-11-27T08',
      '2026-11-27T12',
      '2026-11-27T16',
      '2026-11-27T20',
      '2026-11-28T00',
    ]);
    expect(fourHours.reduce((n, c) => n + c.tradeCount, 0)).toBe(36);
    expect((await market.candles('BTCUSDT', '1h')).length).toBe(30);
    expect((await market.candles('BTCUSDT', '15m')).length).toBe(36);
  });

  it('returns the newest `limit` candles of the window, oldest first', async () => {
    const { clock, source, market } = await setUp('2026-11-27T10:00:00Z');
    for (let m = 0; m < 120; m += 2) {
      const iso = new Date(at('2026-11-27T10:00:00Z') + m * 60_000 + 1000).toISOString();
      source.push(trade('BTCUSDT', iso, String(1000 + m)));
    }
    clock.set(at('2026-11-27T12:00:00Z'));
    await market.flush();
    const times = async (q: Parameters<MarketData['candles']>[2]) =>
      (await market.candles('BTCUSDT', '1m', q)).map((c) => new Date(c.openTime).toISOString().slice(11, 16));
    expect(await times({ limit: 3 })).toEqual(['11:54', '11:56', '11:58']);
    expect(await times({ limit: 3, endTime: at('2026-11-27T11:01:00Z') })).toEqual(['10:56', '10:58', '11:00']);
    // Start only: the latest candles after it, not the earliest.
    expect(await times({ limit: 2, startTime: at('2026-11-27T10:30:00Z') })).toEqual(['11:56', '11:58']);
    // Both bounds inclusive on the open time.
    expect(await times({ startTime: at('2026-11-27T10:04:00Z'), endTime: at('2026-11-27T10:08:00Z') })).toEqual([
      '10:04',
      '10:06',
      '10:08',
    ]);
    expect(await times({ startTime: at('2026-11-27T10:05:00Z'), endTime: at('2026-11-27T10:05:59Z') })).toEqual([]);
    // A 1h bucket opening inside the window counts whole.
    const hourly = await market.candles('BTCUSDT', '1h', { startTime: at('2026-11-27T10:30:00Z') });
    expect(hourly.map((c) => [new Date(c.openTime).toISOString().slice(11, 16), c.tradeCount])).toEqual([['11:00', 30]]);
  });

  it('reaches back across long gaps to fill `limit`', async () => {
    const { clock, source, market } = await setUp('2026-11-20T00:00:00Z');
    // Three trades days apart: the newest five 1m bars are found by skipping the empty stretches.
    for (const iso of ['2026-11-20T00:00:01Z', '2026-11-23T00:00:01Z', '2026-11-26T00:00:01Z']) {
      clock.set(at(iso));
      source.push(trade('BTCUSDT', iso, '100'));
      await market.flush();
    }
    clock.set(at('2026-11-27T12:00:00Z'));
    await market.flush();
    const bars = await market.candles('BTCUSDT', '1m', { limit: 5 });
    expect(bars.map((c) => new Date(c.openTime).toISOString().slice(0, 10))).toEqual(['2026-11-20', '2026-11-23', '2026-11-26']);
  });

  it('refuses unknown symbols, intervals and bad limits with domain errors', async () => {
    const { market } = await setUp();
    await expect(market.candles('NOPEUSDT', '1m')).rejects.toMatchObject({ code: 'INVALID_SYMBOL', details: { symbol: 'NOPEUSDT' } });
    await expect(market.candles('BTCUSDT', '2h' as '1h')).rejects.toMatchObject({
      code: 'INVALID_SYMBOL',
      message: "Interval '2h' is not supported. Use one of: 1m, 5m, 15m, 1h, 4h, 1d.",
    });
    for (const limit of [0, 1001, 1.5]) {
      await expect(market.candles('BTCUSDT', '1m', { limit })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    }
    // Lower case is accepted.
    await expect(market.candles('btcusdt', '1m')).resolves.toEqual([]);
  });
});

describe('rolling ticker through the hub', () => {
  it('drops a trade 24 h after it happened, not at midnight', async () => {
    const { clock, source, market } = await setUp('2026-11-26T23:00:00Z');
    source.push(trade('BTCUSDT', '2026-11-26T23:00:05Z', '150', '2'), trade('BTCUSDT', '2026-11-27T01:00:05Z', '100', '1'));
    clock.set(at('2026-11-27T00:30:00Z'));
    expect(market.ticker('BTCUSDT').high).toBe(a('150'));
    clock.set(at('2026-11-27T23:00:00Z'));
    await market.flush();
    expect(formatAmount(market.ticker('BTCUSDT').volume)).toBe('3.00000000');
    clock.set(at('2026-11-27T23:00:30Z'));
    await market.flush();
    const t = market.ticker('BTCUSDT');
    expect([t.open, t.high, t.low, t.close, t.volume, t.tradeCount]).toEqual([a('100'), a('100'), a('100'), a('100'), a('1'), 1]);
  });

  it('answers PRICE_NOT_AVAILABLE for a pair that never traded, and lists only pairs with data', async () => {
    const { source, market } = await setUp();
    expect(() => market.ticker('ETHUSDT')).toThrow(DomainError);
    expect(() => market.ticker('ETHUSDT')).toThrow(expect.objectContaining({ code: 'PRICE_NOT_AVAILABLE' }));
    expect(() => market.orderBook('ETHUSDT')).toThrow(expect.objectContaining({ code: 'PRICE_NOT_AVAILABLE' }));
    source.push(trade('BTCUSDT', '2026-11-27T11:59:59Z', '100'));
    expect(market.tickers().map((t) => t.symbol)).toEqual(['BTCUSDT']);
    expect(market.tickers(['ethusdt', 'btcusdt', 'NOPE']).map((t) => t.symbol)).toEqual(['BTCUSDT']);
  });
});

describe('memory stays bounded', () => {
  it('keeps only the last 24 h of bars in memory, reading older ones from the database', async () => {
    const { clock, source, market } = await setUp('2026-11-27T12:00:00Z', ['BTCUSDT']);
    for (let k = 0; k <= 26; k++) {
      const time = at('2026-11-27T12:00:00Z') + k * 3_600_000;
      clock.set(time + 1000);
      source.push(trade('BTCUSDT', new Date(time).toISOString(), String(100 + k)));
      await market.flush();
    }
    // Window starts 2026-11-27T14:01; the bar before it is kept as slack.
    expect(market.health().barsInMemory).toBe(25);
    expect((await market.candles('BTCUSDT', '1h', { limit: 1000 })).map((c) => formatAmount(c.close))).toHaveLength(27);
    expect(formatAmount(market.ticker('BTCUSDT').open)).toBe('103.00000000');
  });

  it('keeps at most the configured number of recent trades', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const clock = new ManualClock(at('2026-11-27T12:00:00Z'));
    const source = new ManualSource([pairInfo('BTCUSDT')]);
    const market = new MarketData({ db, clock, source, flushIntervalMs: null, tradeBufferSize: 10 });
    open.push({ db, market });
    await market.start();
    for (let i = 0; i < 25; i++) source.push(trade('BTCUSDT', new Date(at('2026-11-27T12:00:00Z') + i).toISOString(), String(100 + i)));
    const recent = market.recentTrades('BTCUSDT', 10);
    expect(recent.map((t) => formatAmount(t.price))).toEqual(Array.from({ length: 10 }, (_, i) => `${124 - i}.00000000`));
    expect(() => market.recentTrades('BTCUSDT', 11)).toThrow(expect.objectContaining({ code: 'VALIDATION_ERROR' }));
  });
});

describe('restart', () => {
  it('continues the in-progress bar and the last price after a restart within the minute', async () => {
    const first = await setUp('2026-11-27T12:00:00Z', ['BTCUSDT']);
    first.source.push(trade('BTCUSDT', '2026-11-27T12:00:10Z', '100', '1'), trade('BTCUSDT', '2026-11-27T12:00:20Z', '90', '1'));
    first.clock.set(at('2026-11-27T12:00:25Z'));
    await first.market.stop();
    const second = await setUp('2026-11-27T12:00:30Z', ['BTCUSDT'], undefined, first.db);
    expect(second.market.lastPrice('btcusdt')).toEqual({ price: a('90'), time: at('2026-11-27T12:00:30Z') });
    second.source.push(trade('BTCUSDT', '2026-11-27T12:00:40Z', '95', '1'));
    expect(show(await second.market.candles('BTCUSDT', '1m'))).toEqual([
      ['12:00', '100.00000000', '100.00000000', '90.00000000', '95.00000000', '3.00000000', 3],
    ]);
  });

  it('marks pairs the source stopped offering inactive, but still knows them', async () => {
    const first = await setUp('2026-11-27T12:00:00Z', ['BTCUSDT', 'ETHUSDT']);
    await first.market.stop();
    const second = await setUp('2026-11-27T12:00:00Z', ['BTCUSDT'], undefined, first.db);
    expect(second.market.pairs().map((p) => [p.symbol, p.status])).toEqual([
      ['BTCUSDT', 'active'],
      ['ETHUSDT', 'inactive'],
    ]);
    expect(second.market.pair('ethusdt')?.status).toBe('inactive');
    expect(second.market.health().pairs).toEqual({ total: 2, active: 1, withPrice: 0 });
  });
});
