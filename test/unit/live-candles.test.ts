// Live candles against a manual clock and scripted ticks: updates throttled per key with the newest
// state always going out, one closing update per bar at its end, and the next bar from the next tick.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { LiveCandles, type CandleUpdate, type LiveCandleSource } from '../../src/market/live-candles.js';
import type { Candle, Interval, Tick } from '../../src/market/types.js';
import { formatAmount, parseAmount } from '../../src/money.js';
import { ManualTimers } from '../support/manual-timers.js';

const T0 = Date.UTC(2026, 10, 27, 12, 0, 10); // 10 s into the 12:00 minute
let tradeId = 0;
const tick = (time: number, price: string, qty = '1', symbol = 'BTCUSDT'): Tick => ({
  symbol,
  price: parseAmount(price),
  quantity: parseAmount(qty),
  time,
  tradeId: ++tradeId,
  isBuyerMaker: false,
});

/** An update as the stream would carry it (the candle is copied: the live one goes on changing). */
interface Seen {
  interval: Interval;
  time: string;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  trades: number;
  closed: boolean;
}

function setup(opts: { seed?: Candle; lastTickTime?: number; wanted?: () => boolean } = {}) {
  const clock = new ManualClock(T0);
  const timers = new ManualTimers(clock);
  const seen: Seen[] = [];
  const source: LiveCandleSource = {
    currentCandle: () => (opts.seed ? { ...opts.seed } : undefined),
    lastPrice: () => (opts.lastTickTime === undefined ? undefined : { time: opts.lastTickTime }),
  };
  const live = new LiveCandles({
    clock,
    source,
    timers,
    ...(opts.wanted ? { wanted: opts.wanted } : {}),
    emit: (u: CandleUpdate) =>
      seen.push({
        interval: u.interval,
        time: new Date(u.candle.openTime).toISOString(),
        open: formatAmount(u.candle.open),
        high: formatAmount(u.candle.high),
        low: formatAmount(u.candle.low),
        close: formatAmount(u.candle.close),
        volume: formatAmount(u.candle.volume),
        trades: u.candle.tradeCount,
        closed: u.closed,
      }),
  });
  /** A trade at the clock's current time (the hub's ticks carry the time they happened). */
  const trade = (atMs: number, price: string, qty = '1') => {
    timers.runTo(atMs);
    live.onTick(tick(atMs, price, qty));
  };
  return { clock, timers, live, seen, trade };
}

const amount = (s: string) => formatAmount(parseAmount(s));

describe('live candles', () => {
  it('sends the first change at once, then at most one update per 250 ms carrying the newest state', () => {
    const { live, seen, trade, timers } = setup();
    expect(live.track('BTCUSDT', '1m')).toBeUndefined();
    trade(T0, '100');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ time: '2026-11-27T12:00:00.000Z', open: amount('100'), close: amount('100'), closed: false });

    trade(T0 + 50, '101');
    trade(T0 + 100, '99', '2');
    expect(seen).toHaveLength(1); // held back by the throttle
    timers.runTo(T0 + 250);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({
      high: amount('101'),
      low: amount('99'),
      close: amount('99'),
      volume: amount('4'),
      trades: 3,
      closed: false,
    });

    // Quiet: nothing to say. The next trade past the throttle goes out at once.
    timers.runTo(T0 + 5000);
    expect(seen).toHaveLength(2);
    trade(T0 + 6000, '105');
    expect(seen).toHaveLength(3);
    expect(seen[2]).toMatchObject({ high: amount('105'), close: amount('105'), trades: 4 });
  });

  it('closes each bar exactly once at its end, carrying trades the throttle held back, and opens the next with the next trade', () => {
    const { live, seen, trade, timers } = setup();
    live.track('BTCUSDT', '1m');
    const end = Date.UTC(2026, 10, 27, 12, 1);
    trade(end - 200, '100');
    trade(end - 100, '102'); // throttled: due at end + 50, after the bar is over
    expect(seen).toHaveLength(1);
    timers.runTo(end);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({ time: '2026-11-27T12:00:00.000Z', close: amount('102'), trades: 2, closed: true });

    // No trailing update, no second close, and no bar until a trade comes.
    timers.runTo(end + 30_000);
    expect(seen).toHaveLength(2);
    expect(timers.count).toBe(0);

    trade(end + 30_000, '103');
    expect(seen).toHaveLength(3);
    expect(seen[2]).toMatchObject({ time: '2026-11-27T12:01:00.000Z', open: amount('103'), trades: 1, closed: false });
    timers.runTo(end + 60_000);
    expect(seen.filter((s) => s.closed)).toHaveLength(2);
    expect(seen[3]).toMatchObject({ time: '2026-11-27T12:01:00.000Z', closed: true });
  });

  it('closes a bar at the first trade of a later bucket when that comes before the timer, and ignores stragglers', () => {
    const { live, seen, trade, clock, timers } = setup();
    live.track('BTCUSDT', '5m');
    trade(T0, '100');
    // The exchange's clock runs ahead of ours: a trade of the 12:05 bucket while ours says 12:04:59.
    timers.runTo(Date.UTC(2026, 10, 27, 12, 4, 59));
    live.onTick(tick(Date.UTC(2026, 10, 27, 12, 5, 0, 5), '110'));
    expect(seen.slice(1)).toEqual([
      expect.objectContaining({ interval: '5m', time: '2026-11-27T12:00:00.000Z', close: amount('100'), closed: true }),
    ]);
    // The new bar's first update follows the throttle after the closing one.
    timers.runTo(clock.now() + 250);
    expect(seen.slice(2)).toEqual([expect.objectContaining({ time: '2026-11-27T12:05:00.000Z', open: amount('110'), closed: false })]);
    // A late trade of the closed bucket changes nothing and sends nothing; the old bar's timer is gone.
    live.onTick(tick(Date.UTC(2026, 10, 27, 12, 4, 59, 999), '1'));
    timers.runTo(Date.UTC(2026, 10, 27, 12, 9, 59));
    expect(seen).toHaveLength(3);
    expect(seen.filter((s) => s.closed)).toHaveLength(1);
  });

  it('starts from the hub’s bar in progress and folds later trades into it, a late one moving no close', () => {
    const seed: Candle = {
      openTime: Date.UTC(2026, 10, 27, 12),
      open: parseAmount('90'),
      high: parseAmount('95'),
      low: parseAmount('89'),
      close: parseAmount('94'),
      volume: parseAmount('10'),
      quoteVolume: parseAmount('920'),
      tradeCount: 7,
    };
    const { live, seen, clock } = setup({ seed, lastTickTime: T0 - 1000 });
    const bar = live.track('BTCUSDT', '1h');
    expect(bar && formatAmount(bar.close)).toBe(amount('94'));
    // Older than the newest trade the hub had: counted, but the close stays.
    live.onTick(tick(T0 - 2000, '96'));
    expect(seen[0]).toMatchObject({ high: amount('96'), close: amount('94'), trades: 8, volume: amount('11') });
    clock.advance(1000);
    live.onTick(tick(T0 + 1000, '88'));
    clock.advance(300);
    live.onTick(tick(T0 + 1300, '93'));
    expect(seen.at(-1)).toMatchObject({ low: amount('88'), close: amount('93'), trades: 10, closed: false });
  });

  it('drops a key nobody watches any more, at its next tick or timer, without a closing update', () => {
    let watched = true;
    const { live, seen, trade, timers } = setup({ wanted: () => watched });
    live.track('BTCUSDT', '1m');
    trade(T0, '100');
    trade(T0 + 10, '101'); // leaves a trailing timer
    expect(timers.count).toBe(2);
    watched = false;
    timers.runTo(Date.UTC(2026, 10, 27, 12, 2));
    expect(seen).toHaveLength(1);
    expect(live.size).toBe(0);
    expect(timers.count).toBe(0);
    trade(Date.UTC(2026, 10, 27, 12, 2, 1), '102');
    expect(seen).toHaveLength(1);
  });

  it('follows several intervals of a symbol side by side, and leaves other symbols alone', () => {
    const { live, seen, trade } = setup();
    live.track('BTCUSDT', '1m');
    live.track('BTCUSDT', '1d');
    expect(live.track('BTCUSDT', '1d')).toBeUndefined(); // idempotent
    expect(live.size).toBe(2);
    live.onTick(tick(T0, '5', '1', 'ETHUSDT'));
    expect(seen).toHaveLength(0);
    trade(T0, '100');
    expect(seen.map((s) => [s.interval, s.time])).toEqual([
      ['1m', '2026-11-27T12:00:00.000Z'],
      ['1d', '2026-11-27T00:00:00.000Z'],
    ]);
    live.untrack('BTCUSDT', '1m');
    live.stop();
    expect(live.size).toBe(0);
  });
});
