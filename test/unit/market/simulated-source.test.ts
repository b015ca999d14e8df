import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { PAIR_CATALOG } from '../../../src/market/pair-catalog.js';
import { SimulatedSource } from '../../../src/market/simulated-source.js';
import type { Candle, HistoryBatch, Tick } from '../../../src/market/types.js';
import { parseAmount as a } from '../../../src/money.js';

const START = Date.UTC(2026, 10, 27, 12, 0, 30);
const MINUTE = 60_000;

/** A manual source; a 1-day implicit history walk keeps these tests quick. */
async function started(seed: string, symbols?: string[], historyDays = 1) {
  const clock = new ManualClock(START);
  const source = new SimulatedSource({ clock, mode: 'manual', seed, historyDays, ...(symbols ? { symbols } : {}) });
  const ticks: Tick[] = [];
  await source.start((t) => ticks.push(t));
  return { clock, source, ticks };
}

async function collect(iterable: AsyncIterable<HistoryBatch>): Promise<HistoryBatch[]> {
  const out: HistoryBatch[] = [];
  for await (const batch of iterable) out.push(batch);
  return out;
}

describe('simulated pair universe', () => {
  it('offers at least 50 distinct USDT pairs with Binance-like filters', async () => {
    const source = new SimulatedSource({ clock: new ManualClock(START), mode: 'manual' });
    const pairs = await source.loadPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(50);
    expect(new Set(pairs.map((p) => p.symbol)).size).toBe(pairs.length);
    for (const p of pairs) {
      expect(p.symbol).toBe(`${p.baseAsset}USDT`);
      expect(p.quoteAsset).toBe('USDT');
      expect(p.status).toBe('active');
      expect(p.tickSize).toBeGreaterThan(0n);
      expect(p.stepSize).toBeGreaterThan(0n);
      expect(p.minQty).toBeGreaterThanOrEqual(p.stepSize);
      expect(p.maxQty).toBeGreaterThan(p.minQty);
      expect(p.minNotional).toBe(a('5'));
    }
    expect(pairs.map((p) => p.symbol)).toEqual(
      expect.arrayContaining(['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'SOLUSDT', 'XRPUSDT', 'ADAUSDT', 'DOGEUSDT']),
    );
    const btc = pairs.find((p) => p.symbol === 'BTCUSDT')!;
    expect([btc.tickSize, btc.stepSize, btc.minQty, btc.maxQty]).toEqual([a('0.01'), a('0.00001'), a('0.00001'), a('9000')]);
  });

  it('starts every pair at a price on its tick grid', () => {
    for (const p of PAIR_CATALOG) {
      expect(p.startPrice % p.tickSize, p.symbol).toBe(0n);
      expect(p.volatility).toBeGreaterThan(0.2);
      expect(p.volatility).toBeLessThan(2);
    }
  });

  it('refuses a symbol it does not simulate', () => {
    expect(() => new SimulatedSource({ clock: new ManualClock(), symbols: ['BTCUSDT', 'NOPEUSDT'] })).toThrow(
      'simulated source has no pair NOPEUSDT',
    );
  });
});

describe('simulated ticks', () => {
  it('are identical for the same seed and start, and differ for another seed', async () => {
    const one = await started('alpha');
    const two = await started('alpha');
    const other = await started('beta');
    for (const s of [one, two, other]) s.source.advance(10_000);
    expect(one.ticks.length).toBeGreaterThan(500);
    expect(two.ticks).toEqual(one.ticks);
    expect(other.ticks.slice(0, 50)).not.toEqual(one.ticks.slice(0, 50));
  });

  it('emits exactly the ticks of each span, however the time is cut', async () => {
    const whole = await started('spans', ['BTCUSDT', 'ETHUSDT', 'DOGEUSDT']);
    whole.source.advance(20_000);
    const pieces = await started('spans', ['BTCUSDT', 'ETHUSDT', 'DOGEUSDT']);
    let cursor = START;
    for (const step of [1, 999, 3_000, 6_000, 10_000]) {
      const from = cursor;
      const before = pieces.ticks.length;
      cursor += step;
      pieces.source.advanceTo(cursor);
      for (const t of pieces.ticks.slice(before)) {
        expect(t.time).toBeGreaterThan(from);
        expect(t.time).toBeLessThanOrEqual(cursor);
      }
    }
    expect(pieces.ticks).toEqual(whole.ticks);
  });

  it('emits ticks in time order, prices on the tick grid, quantities on the step grid within limits', async () => {
    const { source, ticks } = await started('grid');
    source.advance(30_000);
    const bySymbol = new Map(PAIR_CATALOG.map((p) => [p.symbol, p]));
    for (let i = 0; i < ticks.length; i++) {
      const t = ticks[i]!;
      const pair = bySymbol.get(t.symbol)!;
      if (i > 0) expect(t.time).toBeGreaterThanOrEqual(ticks[i - 1]!.time);
      expect(t.price % pair.tickSize).toBe(0n);
      expect(t.price).toBeGreaterThan(0n);
      expect(t.quantity % pair.stepSize).toBe(0n);
      expect(t.quantity).toBeGreaterThanOrEqual(pair.minQty);
      expect(t.quantity).toBeLessThanOrEqual(pair.maxQty);
    }
    // A few trades a second per pair, on average.
    const perPairPerSecond = ticks.length / PAIR_CATALOG.length / 30;
    expect(perPairPerSecond).toBeGreaterThan(1);
    expect(perPairPerSecond).toBeLessThan(5);
    // Both sides aggress.
    const makers = ticks.filter((t) => t.isBuyerMaker).length;
    expect(makers / ticks.length).toBeGreaterThan(0.3);
    expect(makers / ticks.length).toBeLessThan(0.7);
    // Trade ids increase per symbol.
    const btcIds = ticks.filter((t) => t.symbol === 'BTCUSDT').map((t) => t.tradeId);
    expect(btcIds).toEqual([...btcIds].sort((x, y) => x - y));
    expect(new Set(btcIds).size).toBe(btcIds.length);
  });

  it('moves prices like its volatility says over an hour', async () => {
    const { source, ticks } = await started('vol', ['BTCUSDT']);
    source.advance(3_600_000);
    const first = Number(ticks[0]!.price);
    const last = Number(ticks[ticks.length - 1]!.price);
    // 55 % a year is about 0.6 % an hour; 10 % in an hour would be a broken model.
    expect(Math.abs(Math.log(last / first))).toBeLessThan(0.1);
    expect(new Set(ticks.map((t) => t.price)).size).toBeGreaterThan(100);
  });

  it('does nothing before start and refuses to go back', async () => {
    const source = new SimulatedSource({ clock: new ManualClock(START), mode: 'manual' });
    expect(() => source.advance(1000)).toThrow('source is not started');
    const { source: s, ticks } = await started('back');
    s.advance(1000);
    const n = ticks.length;
    s.advanceTo(START);
    expect(ticks.length).toBe(n);
  });
});

describe('simulated history', () => {
  const END = Date.UTC(2026, 10, 27, 12, 0);

  it('gives 7 days of consistent 1-minute bars per pair, ending just before the live minute', async () => {
    const source = new SimulatedSource({ clock: new ManualClock(START), mode: 'manual', seed: 'h' });
    const pairs = await source.loadPairs();
    const batches = await collect(
      source.history({ endTime: END, windows: pairs.map((p) => ({ symbol: p.symbol, startTime: END - 7 * 1440 * MINUTE })) }),
    );
    expect(batches).toHaveLength(pairs.length);
    // Checked in plain code and counted: 650 000 bars through expect() would take seconds.
    const problems: string[] = [];
    for (const { symbol, bars } of batches) {
      const pair = pairs.find((p) => p.symbol === symbol)!;
      expect(bars).toHaveLength(7 * 1440);
      expect(bars[0]!.openTime).toBe(END - 7 * 1440 * MINUTE);
      expect(bars[bars.length - 1]!.openTime).toBe(END - MINUTE);
      let previous: Candle | undefined;
      for (const bar of bars) {
        const at = `${symbol} ${new Date(bar.openTime).toISOString()}`;
        if (previous && bar.openTime - previous.openTime !== MINUTE) problems.push(`${at}: not a minute after the previous bar`);
        if (previous && bar.open !== previous.close) problems.push(`${at}: open is not the previous close`);
        const [lo, hi] = bar.open < bar.close ? [bar.open, bar.close] : [bar.close, bar.open];
        if (bar.low > lo || bar.high < hi || bar.low <= 0n) problems.push(`${at}: OHLC inconsistent`);
        if ([bar.open, bar.high, bar.low, bar.close].some((p) => p % pair.tickSize !== 0n)) problems.push(`${at}: off the tick grid`);
        if (bar.volume <= 0n || bar.volume % pair.stepSize !== 0n || bar.tradeCount <= 0) problems.push(`${at}: bad volume`);
        previous = bar;
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('is reproducible, and live ticks continue from the last close', async () => {
    const run = async () => {
      const clock = new ManualClock(START);
      const source = new SimulatedSource({ clock, mode: 'manual', seed: 'cont', symbols: ['BTCUSDT', 'SOLUSDT'] });
      const batches = await collect(
        source.history({ endTime: END, windows: ['BTCUSDT', 'SOLUSDT'].map((symbol) => ({ symbol, startTime: END - 1440 * MINUTE })) }),
      );
      const ticks: Tick[] = [];
      await source.start((t) => ticks.push(t));
      source.advance(5_000);
      return { batches, ticks };
    };
    const one = await run();
    expect((await run()).batches).toEqual(one.batches);
    for (const { symbol, bars } of one.batches) {
      const close = Number(bars[bars.length - 1]!.close);
      const first = Number(one.ticks.find((t) => t.symbol === symbol)!.price);
      expect(Math.abs(first / close - 1)).toBeLessThan(0.003);
    }
  });

  it('continues a stored path from lastClose, also when no bar is wanted', async () => {
    const source = new SimulatedSource({ clock: new ManualClock(START), mode: 'manual', seed: 'resume', symbols: ['ETHUSDT'] });
    const batches = await collect(
      source.history({ endTime: END, windows: [{ symbol: 'ETHUSDT', startTime: END - 10 * MINUTE, lastClose: a('1000.00') }] }),
    );
    expect(batches[0]!.bars[0]!.open).toBe(a('1000'));
    const empty = new SimulatedSource({ clock: new ManualClock(START), mode: 'manual', seed: 'resume', symbols: ['ETHUSDT'] });
    expect(
      await collect(empty.history({ endTime: END, windows: [{ symbol: 'ETHUSDT', startTime: END, lastClose: a('1000.00') }] })),
    ).toEqual([]);
    const ticks: Tick[] = [];
    await empty.start((t) => ticks.push(t));
    empty.advance(2_000);
    expect(Math.abs(Number(ticks[0]!.price) / Number(a('1000')) - 1)).toBeLessThan(0.003);
  });

  it('finds the live price by walking the same path when history was never asked for', async () => {
    const withHistory = new SimulatedSource({ clock: new ManualClock(START), mode: 'manual', seed: 'same', symbols: ['BTCUSDT'] });
    await collect(withHistory.history({ endTime: END, windows: [{ symbol: 'BTCUSDT', startTime: END - 7 * 1440 * MINUTE }] }));
    const a1: Tick[] = [];
    await withHistory.start((t) => a1.push(t));
    withHistory.advance(3_000);
    const { source, ticks } = await started('same', ['BTCUSDT'], 7);
    source.advance(3_000);
    expect(ticks).toEqual(a1);
  });
});

describe('simulated live mode', () => {
  /** Starts a live source whose timer runs every few ms; resolves on the first batch of ticks. */
  async function live(seed: string, symbols: string[]) {
    const clock = new ManualClock(START);
    const source = new SimulatedSource({ clock, seed, symbols, timerIntervalMs: 2 });
    const ticks: Tick[] = [];
    let arrived!: () => void;
    const firstBatch = new Promise<void>((resolve) => (arrived = resolve));
    await source.start((t) => {
      ticks.push(t);
      arrived();
    });
    return { clock, source, ticks, firstBatch };
  }

  it('catches up with the clock on its timer, emitting what manual driving would', async () => {
    const { clock, source, ticks, firstBatch } = await live('timer', ['BTCUSDT', 'ETHUSDT']);
    clock.advance(2_000);
    await firstBatch;
    await source.stop();
    const manual = await started('timer', ['BTCUSDT', 'ETHUSDT'], 7);
    manual.source.advance(2_000);
    expect(ticks).toEqual(manual.ticks);
    expect(source.status().connected).toBe(false);
  });

  it('skips a long pause instead of emitting hours of ticks at once', async () => {
    const { clock, source, ticks, firstBatch } = await live('pause', ['BTCUSDT']);
    clock.advance(3_600_000);
    await firstBatch;
    await source.stop();
    // Only the last 5 minutes are played.
    expect(ticks[0]!.time).toBeGreaterThan(START + 55 * 60_000);
    expect(ticks.length).toBeGreaterThan(1000);
    expect(ticks.length).toBeLessThan(3000);
  });
});
