// Child process of bench/bench.ts: market orders through the service layer alone, without HTTP,
// on the real app (file database, WAL). 50 agents each keep one order in flight (buy, then sell),
// like the HTTP case's 50 connections, so the difference between the two is what HTTP costs.
import { placeOrder } from '../src/services/trading.service.js';
import { registerTraders, runBenchChild, type Trader } from './in-process.js';

const AGENTS = 50;
const SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const SYMBOL = 'BTCUSDT';

export interface OrderServiceResult {
  orders: number;
  perSecond: number;
  largestBatch: number;
}

runBenchChild('orders', [SYMBOL], async (ctx, feed): Promise<OrderServiceResult> => {
  feed.push(SYMBOL, '60000.00');
  const traders = await registerTraders(ctx, AGENTS, '10000000', {
    order_rate_limit: 10_000,
    max_order_size_pct: 100,
    max_position_size_pct: 100,
  });
  let orders = 0;
  const trade = async ({ account, agent }: Trader, until: number) => {
    for (let side: 'buy' | 'sell' = 'buy'; performance.now() < until; side = side === 'buy' ? 'sell' : 'buy') {
      await placeOrder(ctx, account, agent, { symbol: SYMBOL, side, type: 'market', quantity: '0.0002' });
      orders++;
    }
  };
  await Promise.all(traders.map((t) => trade(t, performance.now() + 1000))); // warm-up
  orders = 0;
  const started = performance.now();
  await Promise.all(traders.map((t) => trade(t, started + SECONDS * 1000)));
  const elapsed = (performance.now() - started) / 1000;
  return { orders, perSecond: orders / elapsed, largestBatch: ctx.writes.largestBatch };
});
