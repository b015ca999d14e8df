// Child process of bench/bench.ts: the cost of the live battles' 5-second snapshot tick on the real
// app (file database, WAL). 100 running live battles of 10 agents each (fresh wallets of 10,000
// USDT, a third of the agents holding a position bought after the start) are written directly as
// rows, then BattleScheduler.tick() is timed back to back: the first tick alone (it reads every
// participant's history in full), then 20 ticks with the prices moving between them, once with
// nobody watching the battles' channels (rows, eliminations, leader only) and once with every
// battle watched (the standings built and published too). The app's own scheduler is closed
// first so that only the measured one runs. Heap figures are after a forced GC when the child
// runs with --expose-gc.
import { isoTime } from '../src/clock.js';
import { newParticipantRow } from '../src/battles/repository.js';
import { BattleScheduler, watchBattles, type BattleLifecycle } from '../src/battles/scheduler.js';
import type { BattleConfig } from '../src/battles/types.js';
import type { Agent } from '../src/db/schema.js';
import { createAgent } from '../src/services/agent.service.js';
import { placeOrder } from '../src/services/trading.service.js';
import { registerTraders, runBenchChild } from './in-process.js';

const BATTLES = 100;
const AGENTS_PER_BATTLE = 10;
const TICKS = 20;
/** MAX_AGENTS_PER_ACCOUNT's default. */
const AGENTS_PER_ACCOUNT = 50;
const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT'];
const BASE_PRICES: Record<string, number> = { BTCUSDT: 60_000, ETHUSDT: 3_000, SOLUSDT: 150 };

export interface BattleBenchResult {
  battles: number;
  agents: number;
  positions: number;
  firstTickMs: number;
  firstTickRows: number;
  modes: Array<{
    name: string;
    ticks: number;
    p50: number;
    p99: number;
    max: number;
    rowsPerTick: number;
    /** Mean time of a tick's read and of its write (the group commit), ms. */
    readMs: number;
    writeMs: number;
    heapDeltaMb: number;
  }>;
  snapshotRows: number;
  peakRssMb: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const noLifecycle: BattleLifecycle = {
  async completeBattle() {},
  async eliminate() {},
};

runBenchChild('battle', SYMBOLS, async (ctx, feed): Promise<BattleBenchResult> => {
  // Only the measured scheduler ticks.
  await ctx.battles.close();
  const price = (symbol: string, factor: number) => feed.push(symbol, (BASE_PRICES[symbol]! * factor).toFixed(2));
  for (const symbol of SYMBOLS) price(symbol, 1);

  const accounts = await registerTraders(ctx, (BATTLES * AGENTS_PER_BATTLE) / AGENTS_PER_ACCOUNT, '10000', {
    order_rate_limit: 10_000,
    max_order_size_pct: 100,
    max_position_size_pct: 100,
  });
  const agents: Array<{ trader: (typeof accounts)[number]; agent: Agent }> = [];
  for (const trader of accounts) {
    agents.push({ trader, agent: trader.agent });
    for (let i = 1; i < AGENTS_PER_ACCOUNT; i++) {
      const { view } = await createAgent(ctx, trader.account, {
        displayName: `bench agent ${agents.length}`,
        startingBalance: '10000',
        riskProfile: { order_rate_limit: 10_000, max_order_size_pct: 100, max_position_size_pct: 100 },
      });
      agents.push({ trader, agent: view.agent });
    }
  }

  const config: BattleConfig = {
    starting_balance: '10000',
    wallet_mode: 'fresh',
    duration_type: 'fixed',
    duration_seconds: 86_400,
    allowed_pairs: null,
    survival: false,
  };
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (let b = 0; b < BATTLES; b++) {
      const members = agents.slice(b * AGENTS_PER_BATTLE, (b + 1) * AGENTS_PER_BATTLE);
      const id = ctx.ids.next();
      await trx
        .insertInto('battles')
        .values({
          id,
          account_id: members[0]!.trader.account.id,
          name: `bench battle ${b}`,
          status: 'active',
          battle_mode: 'live',
          preset: null,
          config: JSON.stringify(config),
          ranking_metric: b % 2 === 0 ? 'roi_pct' : 'sharpe_ratio',
          backtest_config: null,
          created_at: isoTime(now),
          updated_at: isoTime(now),
          started_at: isoTime(now),
          ended_at: null,
          ends_ms: now + 86_400_000,
          winner_agent_id: null,
          leader_agent_id: null,
        })
        .execute();
      for (const [i, { agent }] of members.entries()) {
        await trx
          .insertInto('battle_participants')
          .values(
            newParticipantRow({
              id: ctx.ids.next(),
              battle_id: id,
              agent_id: agent.id,
              joined_at: isoTime(now - 1000 + i),
              snapshot_balance: '10000.00000000',
            }),
          )
          .execute();
      }
    }
  });

  // A third of the agents hold a position (one fill each since the start).
  let positions = 0;
  for (const [i, { trader, agent }] of agents.entries()) {
    if (i % 3 !== 0) continue;
    const symbol = SYMBOLS[i % SYMBOLS.length]!;
    const quantity = symbol === 'BTCUSDT' ? '0.05' : symbol === 'ETHUSDT' ? '1' : '20';
    await placeOrder(ctx, trader.account, agent, { symbol, side: 'buy', type: 'market', quantity });
    positions++;
  }
  await ctx.writes.idle();

  const scheduler = new BattleScheduler(ctx, noLifecycle, { intervalMs: null });
  const first = performance.now();
  const firstReport = await scheduler.tick();
  const firstTickMs = performance.now() - first;

  const modes: BattleBenchResult['modes'] = [];
  let step = 0;
  const run = async (name: string) => {
    const heapBefore = heapMb();
    const times: number[] = [];
    let rows = 0;
    let readMs = 0;
    let writeMs = 0;
    for (let t = 0; t < TICKS; t++) {
      step++;
      for (const symbol of SYMBOLS) price(symbol, 1 + 0.002 * Math.sin(step + symbol.length));
      // Distinct snapshot times (the clock is the wall clock; a tick takes longer than 1 ms anyway).
      await new Promise((resolve) => setTimeout(resolve, 2));
      const began = performance.now();
      const report = await scheduler.tick();
      times.push(performance.now() - began);
      rows += report.rows;
      readMs += report.readMs;
      writeMs += report.writeMs;
    }
    const sorted = [...times].sort((a, b) => a - b);
    modes.push({
      name,
      ticks: TICKS,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
      rowsPerTick: rows / TICKS,
      readMs: readMs / TICKS,
      writeMs: writeMs / TICKS,
      heapDeltaMb: heapMb() - heapBefore,
    });
    process.stderr.write(`  battle tick, ${name}: p50 ${percentile(sorted, 50).toFixed(2)} ms\n`);
  };
  await run('nobody watching');
  const unwatch = watchBattles(ctx.events, () => true);
  await run('every battle watched (standings built and published)');
  unwatch();
  await scheduler.stop();

  const stored = await ctx.db
    .selectFrom('battle_snapshots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    battles: BATTLES,
    agents: agents.length,
    positions,
    firstTickMs,
    firstTickRows: firstReport.rows,
    modes,
    snapshotRows: Number(stored.n),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
});
