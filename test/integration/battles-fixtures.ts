// Shared set-up of the battle tests: a service context on a fresh database whose market is a
// scripted source (prices pushed by hand), with a matcher and a BattleService built on it, and
// accounts whose agents may take large positions.
import type { Account, Agent } from '../../src/db/schema.js';
import { BattleService } from '../../src/battles/service.js';
import { MarketData } from '../../src/market/market-data.service.js';
import { createAgent } from '../../src/services/agent.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { OrderMatcher } from '../../src/services/order-matcher.js';
import { createServiceContext } from '../support/services.js';
import { ScriptedSource } from '../support/scripted-source.js';

export const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT'];

export interface BattleWorld {
  ctx: Awaited<ReturnType<typeof createServiceContext>>;
  source: ScriptedSource;
  battles: BattleService;
  close(): Promise<void>;
}

/** `env` adds to the context's environment: DATABASE_URL and DATABASE_SCHEMA put two worlds on one database (two instances). */
export async function battleWorld(env: Record<string, string> = {}): Promise<BattleWorld> {
  const ctx = await createServiceContext({ MARKET_HISTORY_DAYS: '0', ...env });
  const source = new ScriptedSource(ctx.clock, SYMBOLS, 'battles');
  const market = new MarketData({ db: ctx.db, clock: ctx.clock, source, historyDays: 0, flushIntervalMs: null, pruneIntervalMs: null });
  Object.assign(ctx, { market, prices: { lastPrice: (s: string) => market.lastPrice(s)?.price } });
  Object.assign(ctx, { matcher: new OrderMatcher(ctx as ServiceContext) });
  // The context's own services were built on the object the support helper copied: this one is ours.
  const battles = new BattleService(ctx);
  Object.assign(ctx, { battles });
  await market.start();
  await ctx.matcher.start();
  source.push('BTCUSDT', '60000');
  source.push('ETHUSDT', '3000');
  source.push('SOLUSDT', '150');
  return {
    ctx,
    source,
    battles,
    async close() {
      await battles.close();
      await ctx.matcher.stop();
      await ctx.market.stop();
      await ctx.writes.idle();
      await ctx.db.destroy();
    },
  };
}

/** An account whose agents may put their whole wallet in one order, and its default agent. */
export async function owner(ctx: ServiceContext, name: string): Promise<{ account: Account; agent: Agent }> {
  const reg = await registerAccount(ctx, { displayName: name });
  const profile = JSON.stringify({ max_position_size_pct: 100, max_order_size_pct: 100 });
  await ctx.db.updateTable('accounts').set({ risk_profile: profile }).where('id', '=', reg.account.id).execute();
  return { account: { ...reg.account, risk_profile: profile }, agent: reg.agent };
}

export async function newAgent(ctx: ServiceContext, account: Account, name: string, startingBalance = '10000'): Promise<Agent> {
  const { view } = await createAgent(ctx, account, { displayName: name, startingBalance });
  return view.agent;
}

/** The agent's balances rows as `asset: available/locked`, sorted by asset. */
export async function walletOf(ctx: ServiceContext, agentId: string): Promise<string[]> {
  const rows = await ctx.db.selectFrom('balances').selectAll().where('agent_id', '=', agentId).orderBy('asset').execute();
  return rows.map((r) => `${r.asset}: ${r.available}/${r.locked}`);
}

/** The agent's positions rows, whole. */
export async function positionsOf(ctx: ServiceContext, agentId: string) {
  return ctx.db.selectFrom('positions').selectAll().where('agent_id', '=', agentId).orderBy('symbol').execute();
}
