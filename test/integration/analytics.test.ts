// Analytics through the real services on a fresh database: trade net PnL with its share of the
// opening fees (computed by hand), a leaderboard that survives an unreadable row, and reports whose
// cost does not grow with the agent's history.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Account, Agent } from '../../src/db/schema.js';
import type { Logger } from '../../src/logger.js';
import { formatAmount, parseAmount } from '../../src/money.js';
import { getLeaderboard, getPerformance } from '../../src/services/analytics.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { getPnl, getPortfolio } from '../../src/services/portfolio.service.js';
import { placeOrder, type OrderRequest } from '../../src/services/trading.service.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 27, 12);

/** Counts the statements run and the rows they return. */
class RowCounter implements KyselyPlugin {
  statements = 0;
  rows = 0;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.statements++;
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.rows += args.result.rows.length;
    return Promise.resolve(args.result);
  }
}

function recordingLogger() {
  const lines: Array<{ level: string; msg: string; fields?: Record<string, unknown> }> = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) =>
    void lines.push({ level, msg, ...(fields ? { fields } : {}) });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { lines, logger };
}

describe('analytics on the real services', () => {
  let app: App | undefined;
  let source: ScriptedSource;
  let clock: ManualClock;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  async function boot(logger?: Logger): Promise<ServiceContext> {
    clock = new ManualClock(T0);
    source = new ScriptedSource(clock, ['BTCUSDT'], 'analytics');
    app = await createApp(loadConfig({ ...TEST_ENV, MARKET_HISTORY_DAYS: '0' }), { clock, source, ...(logger ? { logger } : {}) });
    await app.start();
    return app.services;
  }

  /** A trader with room for large orders. */
  async function trader(ctx: ServiceContext, name: string): Promise<{ account: Account; agent: Agent }> {
    const reg = await registerAccount(ctx, { displayName: name });
    const account = { ...reg.account, risk_profile: JSON.stringify({ max_position_size_pct: 100, max_order_size_pct: 100 }) };
    return { account, agent: reg.agent };
  }

  async function order(ctx: ServiceContext, who: { account: Account; agent: Agent }, req: OrderRequest) {
    const placed = await placeOrder(ctx, who.account, who.agent, req);
    expect(placed.view.order.status).toBe('filled');
    return placed.view.fill!;
  }

  it('charges each closing trade its own fee and its pro-rata share of the opening fees (by hand)', async () => {
    const ctx = await boot();
    const t = await trader(ctx, 'fees by hand');
    // Limits at the market price fill at exactly that price, no slippage; the fee is 0.1 %.
    source.push('BTCUSDT', '100');
    expect(await order(ctx, t, { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '1', price: '100' })).toMatchObject({
      price: '100.00000000',
      fee: '0.10000000',
    });
    clock.advance(1_000);
    source.push('BTCUSDT', '110');
    expect(await order(ctx, t, { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '1', price: '110' })).toMatchObject({
      fee: '0.11000000',
    });
    clock.advance(1_000);
    source.push('BTCUSDT', '120');
    const first = await order(ctx, t, { symbol: 'BTCUSDT', side: 'sell', type: 'limit', quantity: '1', price: '120' });
    // realized = 120 − 105 (avg entry); net = 15 − 0.12 (own fee) − 0.21 × 1/2 (opening fees)
    expect(first).toMatchObject({ fee: '0.12000000', realized_pnl: '15.00000000', net_pnl: '14.77500000' });
    clock.advance(1_000);
    source.push('BTCUSDT', '90');
    const second = await order(ctx, t, { symbol: 'BTCUSDT', side: 'sell', type: 'limit', quantity: '1', price: '90' });
    // realized = 90 − 105 = −15; net = −15 − 0.09 − 0.105 (the rest of the opening fees)
    expect(second).toMatchObject({ fee: '0.09000000', realized_pnl: '-15.00000000', net_pnl: '-15.19500000' });

    const perf = await getPerformance(ctx, t.agent, 'all');
    expect(perf.metrics).toMatchObject({
      totalTrades: 2,
      winningTrades: 1,
      losingTrades: 1,
      currentStreak: -1,
      longestWinStreak: 1,
      longestLossStreak: 1,
    });
    expect(formatAmount(perf.metrics.bestTrade!)).toBe('14.77500000');
    expect(formatAmount(perf.metrics.worstTrade!)).toBe('-15.19500000');
    // No fee lost between trades: Σ net = Σ realized − every fee = 0 − 0.42.
    expect(formatAmount(perf.metrics.netPnl)).toBe('-0.42000000');
    expect(perf.metrics.profitFactor).toBe(Number((14.775 / 15.195).toFixed(6)));

    const pnl = await getPnl(ctx, t.agent, 'all');
    expect({
      realized: formatAmount(pnl.realizedPnl),
      fees: formatAmount(pnl.feesPaid),
      wins: pnl.winningTrades,
      losses: pnl.losingTrades,
    }).toEqual({
      realized: '0.00000000',
      fees: '0.42000000',
      wins: 1,
      losses: 1,
    });
    const today = await getPnl(ctx, t.agent, '1d');
    expect(today.feesPaid).toBe(parseAmount('0.42'));
  });

  it('ranks the other agents when one agent’s row cannot be read, and logs that agent once', async () => {
    const { lines, logger } = recordingLogger();
    const ctx = await boot(logger);
    const a = await trader(ctx, 'readable');
    const b = await trader(ctx, 'unreadable');
    source.push('BTCUSDT', '60000');
    await ctx.snapshots.tick();
    clock.advance(HOUR);
    await ctx.snapshots.tick();
    // A stored amount this server cannot read back (as a bad write or an old bound could leave).
    await ctx.db.updateTable('portfolio_snapshots').set({ total_equity: '1.2.3' }).where('agent_id', '=', b.agent.id).execute();

    for (let i = 0; i < 3; i++) {
      const view = await getLeaderboard(ctx, 'all');
      expect(view.entries.map((e) => e.agentId)).toEqual([a.agent.id]);
      clock.advance(2 * MIN); // past the cache, so each round really recomputes
    }
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.fields).toMatchObject({ agent_id: b.agent.id });

    // Readable again: ranked again, and said so.
    await ctx.db.updateTable('portfolio_snapshots').set({ total_equity: '10000.00000000' }).where('agent_id', '=', b.agent.id).execute();
    const view = await getLeaderboard(ctx, 'all');
    expect(view.entries.map((e) => e.agentId).sort()).toEqual([a.agent.id, b.agent.id].sort());
    expect(lines.filter((l) => l.level === 'info' && l.fields?.agent_id === b.agent.id)).toHaveLength(1);
  });

  it('reads as many rows for pnl, portfolio and performance after 60 fills as after 30', async () => {
    const ctx = await boot();
    const t = await trader(ctx, 'long-lived');
    source.push('BTCUSDT', '60000');
    await ctx.snapshots.tick();
    const roundTrips = async (n: number) => {
      for (let i = 0; i < n; i++) {
        clock.advance(3 * HOUR);
        source.push('BTCUSDT', String(60_000 + ((i * 37) % 200)));
        await order(ctx, t, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
        await order(ctx, t, { symbol: 'BTCUSDT', side: 'sell', type: 'market', quantity: '0.01' });
      }
    };
    // Only what the reports read, through a counting connection; no snapshot is taken meanwhile,
    // so any growth would come from the trade history.
    const cost = async () => {
      const counter = new RowCounter();
      const counted: ServiceContext = { ...ctx, db: ctx.db.withPlugin(counter) };
      const out: Record<string, { statements: number; rows: number }> = {};
      const measure = async (name: string, run: () => Promise<unknown>) => {
        const [s0, r0] = [counter.statements, counter.rows];
        await run();
        out[name] = { statements: counter.statements - s0, rows: counter.rows - r0 };
      };
      await measure('pnl all', () => getPnl(counted, t.agent, 'all'));
      await measure('portfolio', () => getPortfolio(counted, t.agent));
      await measure('performance all', () => getPerformance(counted, t.agent, 'all'));
      return out;
    };

    await roundTrips(15);
    const before = await cost();
    await roundTrips(15);
    const after = await cost();
    expect(before['pnl all']!.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    // And small in absolute terms: a few statements, a handful of rows.
    for (const { statements, rows } of Object.values(after)) {
      expect(statements).toBeLessThanOrEqual(6);
      expect(rows).toBeLessThanOrEqual(6);
    }
    // The totals still add up: 30 round trips, every fee counted.
    const perf = await getPerformance(ctx, t.agent, 'all');
    expect(perf.metrics.totalTrades).toBe(30);
  });
});
