// Child process of bench/bench.ts: tick-to-trigger-fill latency with 10,000 resting orders.
// The real app (file database, WAL) on a hand-driven feed: 10,000 limit orders rest far from the
// market; then, many times over, one more order rests just below the price and a single tick
// crosses it. Latency is from the tick entering the feed to the commit of the fill's batch.
import { placeOrder } from '../src/services/trading.service.js';
import { registerTraders, runBenchChild } from './in-process.js';

const RESTING = Number(process.env.BENCH_RESTING_ORDERS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_TRIGGER_SAMPLES ?? 300);
const SYMBOL = 'BTCUSDT';

export interface TriggerLatency {
  resting: number;
  samples: number;
  p50: number;
  p99: number;
  max: number;
  placeRate: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

runBenchChild('trigger', [SYMBOL], async (ctx, feed): Promise<TriggerLatency> => {
  feed.push(SYMBOL, '60000.00');
  // 20 agents hold the resting orders (an agent may rest at most 1,000).
  const agents = await registerTraders(ctx, 20, '100000000', {
    max_open_orders: 1000,
    order_rate_limit: 10_000,
    max_order_size_pct: 100,
    max_position_size_pct: 100,
  });
  const placeStarted = performance.now();
  for (let i = 0; i < RESTING; i++) {
    const { account, agent } = agents[i % agents.length]!;
    // Spread over a wide band far below the market, so no test tick reaches them.
    const price = (30000 + (i % 5000)).toFixed(2);
    await placeOrder(ctx, account, agent, { symbol: SYMBOL, side: 'buy', type: 'limit', quantity: '0.001', price });
  }
  const placeSeconds = (performance.now() - placeStarted) / 1000;

  const latencies: number[] = [];
  const tracer = agents[0]!;
  const done = new Map<string, (ms: number) => void>();
  ctx.matcher.onMatch((e) => done.get(e.orderId)?.(e.committedAt));
  for (let i = 0; i < SAMPLES; i++) {
    feed.push(SYMBOL, '60000.00');
    const placed = await placeOrder(ctx, tracer.account, tracer.agent, {
      symbol: SYMBOL,
      side: 'buy',
      type: 'limit',
      quantity: '0.001',
      price: '59990.00',
    });
    const filled = new Promise<number>((resolve) => done.set(placed.view.order.id, resolve));
    const tickAt = performance.now();
    feed.push(SYMBOL, '59989.00');
    latencies.push((await filled) - tickAt);
    done.delete(placed.view.order.id);
    // Sell it back so the tracer's position stays small.
    await placeOrder(ctx, tracer.account, tracer.agent, { symbol: SYMBOL, side: 'sell', type: 'market', quantity: '0.001' });
  }
  latencies.sort((a, b) => a - b);
  return {
    resting: ctx.matcher.pendingCount,
    samples: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1]!,
    placeRate: RESTING / placeSeconds,
  };
});
