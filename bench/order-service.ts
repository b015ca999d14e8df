// Child process of bench/bench.ts: market orders through the service layer alone, without HTTP,
// on the real app (file database, WAL). 50 agents each keep one order in flight (buy, then sell),
// like the HTTP case's 50 connections, so the difference between the two is what HTTP costs.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Account, Agent } from '../src/db/schema.js';
import { registerAccount } from '../src/services/auth.service.js';
import { updateAgentRiskProfile } from '../src/services/agent.service.js';
import { placeOrder } from '../src/services/trading.service.js';
import { ScriptedSource } from '../test/support/scripted-source.js';

const AGENTS = 50;
const SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const SYMBOL = 'BTCUSDT';

export interface OrderServiceResult {
  orders: number;
  perSecond: number;
  largestBatch: number;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tradeready-orders-'));
  const feed = new ScriptedSource(systemClock, [SYMBOL], 'bench');
  const config = loadConfig({ DATABASE_URL: path.join(dir, 'bench.db'), PORT: '0', LOG_LEVEL: 'silent', MARKET_HISTORY_DAYS: '1' });
  const app = await createApp(config, { source: feed });
  await app.start();
  const ctx = app.services;
  try {
    feed.push(SYMBOL, '60000.00');
    const traders: Array<{ account: Account; agent: Agent }> = [];
    for (let i = 0; i < AGENTS; i++) {
      const reg = await registerAccount(ctx, { displayName: `bench ${i}`, startingBalance: '10000000' });
      await updateAgentRiskProfile(ctx, reg.account, reg.agent.id, { order_rate_limit: 10_000, max_order_size_pct: 100, max_position_size_pct: 100 });
      const account = await ctx.db.selectFrom('accounts').selectAll().where('id', '=', reg.account.id).executeTakeFirstOrThrow();
      const agent = await ctx.db.selectFrom('agents').selectAll().where('id', '=', reg.agent.id).executeTakeFirstOrThrow();
      traders.push({ account, agent });
    }
    let orders = 0;
    const trade = async ({ account, agent }: { account: Account; agent: Agent }, until: number) => {
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
    const result: OrderServiceResult = { orders, perSecond: orders / elapsed, largestBatch: ctx.writes.largestBatch };
    process.send?.(result);
  } finally {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('order service bench failed:', err);
    process.exit(1);
  },
);
