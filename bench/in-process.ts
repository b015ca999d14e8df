// What the in-process bench children (order-service.ts, trigger-latency.ts) share: the real app on
// a fresh on-disk WAL database and a hand-driven feed, agents allowed to trade freely, and the
// report back to bench/bench.ts over IPC.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Account, Agent } from '../src/db/schema.js';
import { updateAgentRiskProfile } from '../src/services/agent.service.js';
import { registerAccount } from '../src/services/auth.service.js';
import type { ServiceContext } from '../src/services/context.js';
import type { RiskInput } from '../src/services/input.js';
import { ScriptedSource } from '../test/support/scripted-source.js';

export interface Trader {
  account: Account;
  agent: Agent;
}

/**
 * Runs `measure` against the app (the simulated market's pairs and one day of history; ticks only
 * when pushed to `feed`), sends its result to the parent and exits; cleans up either way.
 */
export function runBenchChild<T>(
  name: string,
  symbols: string[],
  measure: (ctx: ServiceContext, feed: ScriptedSource) => Promise<T>,
): void {
  const run = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), `tradeready-${name}-`));
    const feed = new ScriptedSource(systemClock, symbols, 'bench');
    const config = loadConfig({ DATABASE_URL: path.join(dir, 'bench.db'), PORT: '0', LOG_LEVEL: 'silent', MARKET_HISTORY_DAYS: '1' });
    const app = await createApp(config, { source: feed });
    await app.start();
    try {
      process.send?.(await measure(app.services, feed));
    } finally {
      await app.stop();
      await rm(dir, { recursive: true, force: true });
    }
  };
  run().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(`${name} bench failed:`, err);
      process.exit(1);
    },
  );
}

/** `count` new accounts' default agents, each with `startingBalance` USDT and the risk limits lifted as `risk` says. */
export async function registerTraders(ctx: ServiceContext, count: number, startingBalance: string, risk: RiskInput): Promise<Trader[]> {
  const traders: Trader[] = [];
  for (let i = 0; i < count; i++) {
    const reg = await registerAccount(ctx, { displayName: `bench ${i}`, startingBalance });
    await updateAgentRiskProfile(ctx, reg.account, reg.agent.id, risk);
    // Re-read, so the rows carry the new limits.
    const account = await ctx.db.selectFrom('accounts').selectAll().where('id', '=', reg.account.id).executeTakeFirstOrThrow();
    const agent = await ctx.db.selectFrom('agents').selectAll().where('id', '=', reg.agent.id).executeTakeFirstOrThrow();
    traders.push({ account, agent });
  }
  return traders;
}
