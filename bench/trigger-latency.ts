// Child process of bench/bench.ts: tick-to-trigger-fill latency with 10,000 resting limit orders
// and 10,000 resting trailing stops. The real app (file database, WAL) on a hand-driven feed: the
// limit orders rest far below the market, the trailing stops are buys trailing the low by more than
// the run ever falls (so none fires); then, many times over, one more limit rests just below the
// price and a single tick — a new low — crosses it. That tick also moves every trailing stop's best
// and trigger, so the measurement includes the trailing index's work on every sample. The first 30
// cycles warm up and are not measured. Latency is from the tick entering the feed to the commit of
// the fill's batch. Afterwards the bench times one write-behind of 10,000 moved triggers (the
// matcher's 30 s flush).
import { formatAmount, parseAmount } from '../src/money.js';
import type { ServiceContext } from '../src/services/context.js';
import { placeOrder } from '../src/services/trading.service.js';
import type { ScriptedSource } from '../test/support/scripted-source.js';
import { registerTraders, runBenchChild } from './in-process.js';

const RESTING = Number(process.env.BENCH_RESTING_ORDERS ?? 10_000);
const TRAILING = Number(process.env.BENCH_TRAILING_STOPS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_TRIGGER_SAMPLES ?? 300);
/** Cycles run and not measured first, so the samples time the warmed-up path, not the JIT compiling it. */
const WARMUP = 30;
const SYMBOL = 'BTCUSDT';
const START_PRICE = 60_000;
/** Orders per agent: well under max_open_orders (1,000), so the tracer agent can still place. */
const ORDERS_PER_AGENT = 500;

export interface TriggerLatency {
  /** Pending limit orders and trailing stops in storage when the samples start. */
  resting: number;
  trailing: number;
  /** Orders in the matcher's in-memory book when the samples start (`ctx.matcher.pendingCount`). */
  pendingCount: number;
  samples: number;
  p50: number;
  p99: number;
  max: number;
  placeRate: number;
  trailingPlaceRate: number;
  /** One trail flush after a tick that moved every trailing stop: rows written, write batches, milliseconds. */
  flushRows: number;
  flushBatches: number;
  flushMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const usd = (n: number): string => n.toFixed(2);

runBenchChild('trigger', [SYMBOL], async (ctx, feed): Promise<TriggerLatency> => {
  feed.push(SYMBOL, usd(START_PRICE));
  const agents = await registerTraders(ctx, Math.max(1, Math.ceil((RESTING + TRAILING) / ORDERS_PER_AGENT)), '100000000', {
    max_open_orders: 1000,
    order_rate_limit: 10_000,
    max_order_size_pct: 100,
    max_position_size_pct: 100,
  });
  const placeStarted = performance.now();
  for (let i = 0; i < RESTING; i++) {
    const { account, agent } = agents[i % agents.length]!;
    // Spread over a wide band far below the market, so no test tick reaches them.
    const price = usd(30000 + (i % 5000));
    await placeOrder(ctx, account, agent, { symbol: SYMBOL, side: 'buy', type: 'limit', quantity: '0.001', price });
  }
  const placeSeconds = (performance.now() - placeStarted) / 1000;

  const trailingStarted = performance.now();
  const trailingIds: string[] = [];
  for (let i = 0; i < TRAILING; i++) {
    const { account, agent } = agents[(RESTING + i) % agents.length]!;
    // Buy stops trail the low by 5,000 to 5,999 USDT, more than the run ever falls then rises
    // back, so they move on every new low and never fire. Active at once: best = the market price.
    const placed = await placeOrder(ctx, account, agent, {
      symbol: SYMBOL,
      side: 'buy',
      type: 'trailing_stop',
      quantity: '0.001',
      trailAmount: usd(5000 + (i % 1000)),
    });
    trailingIds.push(placed.view.order.id);
  }
  const trailingSeconds = (performance.now() - trailingStarted) / 1000;

  const pendingOf = async (type: 'limit' | 'trailing_stop') =>
    Number(
      (
        await ctx.db
          .selectFrom('orders')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('status', '=', 'pending')
          .where('type', '=', type)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const resting = await pendingOf('limit');
  const trailing = await pendingOf('trailing_stop');
  const pendingCount = ctx.matcher.pendingCount;

  const latencies: number[] = [];
  const tracer = agents[0]!;
  const probe = trailingIds[0];
  const done = new Map<string, (ms: number) => void>();
  ctx.matcher.onMatch((e) => done.get(e.orderId)?.(e.committedAt));
  // A falling market: each sample's tick is a new low (1 USDT below the last), so it moves every
  // trailing stop's best and trigger, and it crosses the tracer resting half-way down.
  let low = START_PRICE;
  for (let i = -WARMUP; i < SAMPLES; i++) {
    const placed = await placeOrder(ctx, tracer.account, tracer.agent, {
      symbol: SYMBOL,
      side: 'buy',
      type: 'limit',
      quantity: '0.001',
      price: usd(low - 0.5),
    });
    low -= 1;
    const filled = new Promise<number>((resolve) => done.set(placed.view.order.id, resolve));
    const tickAt = performance.now();
    feed.push(SYMBOL, usd(low));
    const latency = (await filled) - tickAt;
    if (i >= 0) latencies.push(latency);
    done.delete(placed.view.order.id);
    // The bench measures what it claims only if the tick really moved the trailing stops.
    const trail = probe === undefined ? undefined : ctx.matcher.trailOf(probe);
    if (probe !== undefined && trail?.best !== parseAmount(usd(low))) {
      throw new Error(
        `trailing stop ${probe} did not follow the low ${usd(low)}: ${JSON.stringify(trail, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v))}`,
      );
    }
    // Sell it back so the tracer's position stays small.
    await placeOrder(ctx, tracer.account, tracer.agent, { symbol: SYMBOL, side: 'sell', type: 'market', quantity: '0.001' });
  }
  latencies.sort((a, b) => a - b);

  const flush = await measureTrailFlush(ctx, feed, low - 1);
  return {
    resting,
    trailing,
    pendingCount,
    samples: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1]!,
    placeRate: RESTING / placeSeconds,
    trailingPlaceRate: TRAILING / trailingSeconds,
    ...flush,
  };
});

/**
 * Times one write-behind of moved triggers. The matcher flushes on a 30 s timer; to time exactly one
 * flush of a known tick, the bench calls its flush in the same turn as a new-low tick that
 * moves every trailing stop — the flush drains the moved set synchronously before its first await,
 * so the timer cannot split it. Batches are counted through the write batcher's commit hook.
 */
async function measureTrailFlush(
  ctx: ServiceContext,
  feed: ScriptedSource,
  price: number,
): Promise<Pick<TriggerLatency, 'flushRows' | 'flushBatches' | 'flushMs'>> {
  const matcher = ctx.matcher;
  await ctx.matcher.idle();
  await matcher.flushTrails(); // what the samples moved since the timer's last flush
  await ctx.writes.idle();
  const previous = ctx.writes.onCommit;
  let batches = 0;
  ctx.writes.onCommit = (size) => {
    batches++;
    previous?.(size);
  };
  try {
    feed.push(SYMBOL, usd(price));
    const started = performance.now();
    await matcher.flushTrails();
    const flushMs = performance.now() - started;
    const written = await ctx.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', '=', 'pending')
      .where('type', '=', 'trailing_stop')
      .where('trail_best', '=', formatAmount(parseAmount(usd(price))))
      .executeTakeFirstOrThrow();
    return { flushRows: Number(written.n), flushBatches: batches, flushMs };
  } finally {
    ctx.writes.onCommit = previous;
  }
}
