// Child process of bench/bench.ts: backtest stepping through the service layer (no HTTP) on the
// real app (file database, WAL). A year of synthetic 1-minute bars of one pair is inserted directly;
// a scripted strategy places a market order every 100 steps. Modes: `batch` (100-step batch calls,
// an order between two), `fast` (the same with fast calls), `fast, no orders` (100,000-step fast
// calls: the stepping loop alone), `step` (single-step calls, 20,000 steps, no orders). Then 10 pairs for a
// month with the same strategy, extrapolated to a year (said so in the report). Peak RSS is the
// child's maximum resident set size.
import { statement } from '../src/db/statement.js';
import { storeOf } from '../src/db/store.js';
import type { ServiceContext } from '../src/services/context.js';
import { registerTraders, runBenchChild, type Trader } from './in-process.js';

const MIN = 60_000;
const YEAR_STEPS = 525_600;
const MONTH_STEPS = 43_200;
const START = Date.UTC(2024, 0, 1);
const TEN = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'SOLUSDT', 'XRPUSDT', 'ADAUSDT', 'DOGEUSDT', 'TRXUSDT', 'AVAXUSDT', 'LINKUSDT'];

export interface BacktestBenchResult {
  modes: Array<{ name: string; steps: number; seconds: number; stepsPerSecond: number; orders: number }>;
  tenPairs: { steps: number; seconds: number; stepsPerSecond: number; yearSecondsExtrapolated: number };
  peakRssMb: number;
}

const BAR_COLUMNS = ['symbol', 'open_time', 'open', 'high', 'low', 'close', 'volume', 'quote_volume', 'trade_count'] as const;
const upsertBar = statement(BAR_COLUMNS, (db, p) =>
  db
    .insertInto('candles_1m')
    .values({ ...p })
    .onConflict((oc) =>
      oc.columns(['symbol', 'open_time']).doUpdateSet({
        open: p.open,
        high: p.high,
        low: p.low,
        close: p.close,
        volume: p.volume,
        quote_volume: p.quote_volume,
        trade_count: p.trade_count,
      }),
    ),
);

/** 1-minute bars of a random walk around 100, written straight into candles_1m, in one transaction. */
async function insertBars(ctx: ServiceContext, symbol: string, count: number, seed: number): Promise<void> {
  const fmt = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}000000`;
  await storeOf(ctx.db).submit(async (tx) => {
    // Drawn inside the work: should it run again, it writes the same walk.
    let x = seed;
    let cents = 10_000;
    for (let i = 0; i < count; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const open = cents;
      cents = Math.max(5_000, Math.min(20_000, cents + ((x % 41) - 20)));
      await upsertBar.run(tx, {
        symbol,
        open_time: START + i * MIN,
        open: fmt(open),
        high: fmt(Math.max(open, cents)),
        low: fmt(Math.min(open, cents)),
        close: fmt(cents),
        volume: '100.00000000',
        quote_volume: '1000000.00000000',
        trade_count: 50,
      });
    }
  });
}

async function session(ctx: ServiceContext, t: Trader, pairs: string[], steps: number, label: string): Promise<string> {
  const { session_id: id } = await ctx.backtests.create(t.account, t.agent, {
    start_time: new Date(START + MIN).toISOString(),
    end_time: new Date(START + MIN + steps * MIN).toISOString(),
    starting_balance: '1000000',
    candle_interval: '1m',
    pairs,
    strategy_label: label,
  });
  await ctx.backtests.start(t.account, id);
  return id;
}

/** Steps a session to its end in calls of `chunk`, placing a market order (buy, then sell) before each call when `orders`. */
async function drive(
  ctx: ServiceContext,
  t: Trader,
  id: string,
  pairs: string[],
  chunk: number,
  fast: boolean,
  orders: boolean,
  limit = Infinity,
) {
  let steps = 0;
  let placed = 0;
  for (let side: 'buy' | 'sell' = 'buy'; steps < limit; side = side === 'buy' ? 'sell' : 'buy') {
    if (orders) {
      await ctx.backtests.placeOrder(t.account, id, { symbol: pairs[placed % pairs.length]!, side, quantity: '1' }).catch(async () => {
        // a sell with nothing held: buy instead
        await ctx.backtests.placeOrder(t.account, id, { symbol: pairs[placed % pairs.length]!, side: 'buy', quantity: '1' });
      });
      placed++;
    }
    const r = await ctx.backtests.step(t.account, id, { steps: Math.min(chunk, limit - steps), fast });
    steps += r.steps_executed;
    if (r.is_complete) break;
  }
  return { steps, placed };
}

runBenchChild('backtest', TEN, async (ctx): Promise<BacktestBenchResult> => {
  const [t] = await registerTraders(ctx, 1, '10000', { order_rate_limit: 10_000, max_order_size_pct: 100, max_position_size_pct: 100 });
  await insertBars(ctx, 'BTCUSDT', YEAR_STEPS + 2, 1);
  const modes: BacktestBenchResult['modes'] = [];
  const run = async (name: string, chunk: number, fast: boolean, orders: boolean, limit = Infinity) => {
    const id = await session(ctx, t!, ['BTCUSDT'], YEAR_STEPS, name);
    const began = performance.now();
    const { steps, placed } = await drive(ctx, t!, id, ['BTCUSDT'], chunk, fast, orders, limit);
    const seconds = (performance.now() - began) / 1000;
    modes.push({ name, steps, seconds, stepsPerSecond: steps / seconds, orders: placed });
    process.stderr.write(`  ${name}: ${(steps / seconds).toFixed(0)} steps/s\n`);
  };
  await run('batch (100-step calls, an order every 100 steps)', 100, false, true);
  await run('fast (100-step calls, an order every 100 steps)', 100, true, true);
  await run('fast (100,000-step calls, no orders)', 100_000, true, false);
  await run('step (1-step calls, no orders; 20,000 steps)', 1, false, false, 20_000);

  for (const [i, symbol] of TEN.entries()) if (symbol !== 'BTCUSDT') await insertBars(ctx, symbol, MONTH_STEPS + 2, i + 2);
  const id = await session(ctx, t!, TEN, MONTH_STEPS, 'ten pairs');
  const began = performance.now();
  const { steps } = await drive(ctx, t!, id, TEN, 100, false, true);
  const seconds = (performance.now() - began) / 1000;
  return {
    modes,
    tenPairs: { steps, seconds, stepsPerSecond: steps / seconds, yearSecondsExtrapolated: (seconds * YEAR_STEPS) / MONTH_STEPS },
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
});
