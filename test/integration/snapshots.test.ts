// Portfolio snapshots through the real database and market hub: the values a tick writes, one row
// per bucket however often it runs, buckets filled in across a restart from the stored closes,
// retention of minute rows, who is snapshotted, and the cost of a tick for 1,000 agents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { isoTime, ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { SnapshotTier } from '../../src/db/schema.js';
import { MarketData } from '../../src/market/market-data.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import { findLatestSnapshots, findSnapshots, SnapshotScheduler } from '../../src/services/snapshot.service.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';
import { createServiceContext } from '../support/services.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** The test context's clock starts here: 2026-11-27 12:00:00 UTC. */
const T0 = Date.UTC(2026, 10, 27, 12);
const DAY0 = Date.UTC(2026, 10, 27);

const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let t = from; t <= to; t += step) out.push(t);
  return out;
};

interface PositionSpec {
  symbol: string;
  quantity: string;
  cost: string;
}

/** An exchange on a fresh in-memory database whose market is driven by hand. */
async function openExchange() {
  const ctx = await createServiceContext({ MARKET_HISTORY_DAYS: '0' });
  const source = new ScriptedSource(ctx.clock, ['BTCUSDT', 'ETHUSDT'], 'snapshots');
  // The context's market was built on the configured source; give it this one instead.
  const market = new MarketData({ db: ctx.db, clock: ctx.clock, source, historyDays: 0, flushIntervalMs: null });
  Object.assign(ctx, { market, prices: { lastPrice: (s: string) => market.lastPrice(s)?.price } });
  await market.start();
  const { db, clock } = ctx;

  return {
    ctx: ctx,
    clock,
    market,
    pushPrice: (symbol: string, price: string) => source.push(symbol, price),
    /** A scheduler without its timer: the test ticks it. */
    scheduler: () => new SnapshotScheduler(ctx, { intervalMs: null }),

    async newAgent(name: string): Promise<string> {
      return (await registerAccount(ctx, { displayName: name })).agent.id;
    },

    /** Sets what an agent holds, as trading would have left it. */
    async hold(agentId: string, cash: { available: string; locked?: string }, positions: PositionSpec[] = []): Promise<void> {
      await db
        .updateTable('balances')
        .set({ available: cash.available, locked: cash.locked ?? '0.00000000' })
        .where('agent_id', '=', agentId)
        .where('asset', '=', 'USDT')
        .execute();
      for (const p of positions) {
        await db
          .insertInto('positions')
          .values({
            agent_id: agentId,
            symbol: p.symbol,
            quantity: p.quantity,
            cost: p.cost,
            realized_pnl: '0.00000000',
            opened_ms: clock.now(),
            updated_ms: clock.now(),
          })
          .execute();
      }
    },

    /** Sets the agent's all-time running totals, as its fills would have left them. */
    async bookTotals(agentId: string, realized: string, fees: string): Promise<void> {
      await db
        .insertInto('agent_trade_stats')
        .values(totalsRow(agentId, realized, fees))
        .execute();
    },

    async buckets(agentId: string, tier: SnapshotTier): Promise<number[]> {
      const rows = await db
        .selectFrom('portfolio_snapshots')
        .select('bucket_ms')
        .where('agent_id', '=', agentId)
        .where('tier', '=', tier)
        .orderBy('bucket_ms')
        .execute();
      return rows.map((r) => Number(r.bucket_ms));
    },

    async snapshot(agentId: string, tier: SnapshotTier, bucket: number) {
      return db
        .selectFrom('portfolio_snapshots')
        .selectAll()
        .where('agent_id', '=', agentId)
        .where('tier', '=', tier)
        .where('bucket_ms', '=', bucket)
        .executeTakeFirstOrThrow();
    },

    async close(): Promise<void> {
      await market.stop();
      await db.destroy();
    },
  };
}

type Exchange = Awaited<ReturnType<typeof openExchange>>;

function totalsRow(agentId: string, realized: string, fees: string) {
  return {
    agent_id: agentId,
    scope: 'all' as const,
    bucket_ms: 0,
    session_id: '',
    fills: 2,
    realized_pnl: realized,
    fees,
    trades: 1,
    wins: 0,
    losses: 0,
    gross_profit: '0.00000000',
    gross_loss: '0.00000000',
    best_trade: null,
    worst_trade: null,
    lead_sign: 0,
    lead_len: 0,
    trail_sign: 0,
    trail_len: 0,
    longest_win: 0,
    longest_loss: 0,
  };
}

/** A logger that keeps what it is told. */
function recordingLogger() {
  const lines: Array<{ level: string; msg: string; fields?: Record<string, unknown> }> = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) =>
    void lines.push({ level, msg, ...(fields ? { fields } : {}) });
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('portfolio snapshots', () => {
  let ex: Exchange | undefined;
  afterEach(async () => {
    await ex?.close();
    ex = undefined;
  });

  it('values cash, locked cash and positions at the last price, with cumulative realized PnL and fees', async () => {
    ex = await openExchange();
    ex.pushPrice('BTCUSDT', '60000');
    const agent = await ex.newAgent('valued');
    await ex.hold(agent, { available: '4000.50000000', locked: '500.00000000' }, [
      { symbol: 'BTCUSDT', quantity: '0.50000000', cost: '29000.00000000' },
      // Never traded on the feed: valued at cost.
      { symbol: 'ETHUSDT', quantity: '2.00000000', cost: '6000.00000000' },
      // Closed: worth nothing and no unrealized PnL.
      { symbol: 'DOGEUSDT', quantity: '0.00000000', cost: '0.00000000' },
    ]);
    await ex.bookTotals(agent, '100.12500000', '4.15000000');
    ex.clock.advance(15_000);
    ex.pushPrice('BTCUSDT', '61000.5');

    const report = await ex.scheduler().tick();

    expect(report.tiers).toEqual(['minute', 'hourly', 'daily']);
    // Hand calculation: BTC 0.5 × 61000.5 = 30500.25; ETH at cost 6000; cash 4000.5 + 500.
    const expected = {
      agent_id: agent,
      total_equity: '41000.75000000',
      available_cash: '4000.50000000',
      locked_cash: '500.00000000',
      position_value: '36500.25000000',
      unrealized_pnl: '1500.25000000',
      realized_pnl: '100.12500000',
      fees_paid: '4.15000000',
      taken_ms: T0 + 15_000,
    };
    expect(await ex.snapshot(agent, 'minute', T0)).toEqual({ ...expected, tier: 'minute', bucket_ms: T0 });
    expect(await ex.snapshot(agent, 'hourly', T0)).toEqual({ ...expected, tier: 'hourly', bucket_ms: T0 });
    expect(await ex.snapshot(agent, 'daily', DAY0)).toEqual({ ...expected, tier: 'daily', bucket_ms: DAY0 });
  });

  it('writes one snapshot per bucket however often tick() runs, and the first look at a bucket stands', async () => {
    ex = await openExchange();
    ex.pushPrice('BTCUSDT', '60000');
    const agent = await ex.newAgent('steady');
    await ex.hold(agent, { available: '1000.00000000' }, [{ symbol: 'BTCUSDT', quantity: '1.00000000', cost: '60000.00000000' }]);
    const scheduler = ex.scheduler();

    await scheduler.tick();
    await Promise.all([scheduler.tick(), scheduler.tick(), scheduler.tick()]);
    ex.clock.advance(MIN - 1);
    ex.pushPrice('BTCUSDT', '65000');
    expect((await scheduler.tick()).inserted).toBe(0);
    // Another scheduler on the same database (a second process, say) cannot double a bucket either.
    expect((await ex.scheduler().tick()).inserted).toBe(0);
    expect(await ex.buckets(agent, 'minute')).toEqual([T0]);
    expect((await ex.snapshot(agent, 'minute', T0)).total_equity).toBe('61000.00000000');

    ex.clock.advance(1);
    for (let i = 0; i < 5; i++) await scheduler.tick();
    expect(await ex.buckets(agent, 'minute')).toEqual([T0, T0 + MIN]);
    expect(await ex.buckets(agent, 'hourly')).toEqual([T0]);
    expect(await ex.buckets(agent, 'daily')).toEqual([DAY0]);
    expect((await ex.snapshot(agent, 'minute', T0 + MIN)).total_equity).toBe('66000.00000000');
  });

  it('fills in the buckets missed across a restart at the stored closes, with no gap and no duplicate', async () => {
    ex = await openExchange();
    ex.pushPrice('BTCUSDT', '60000');
    const holder = await ex.newAgent('holder');
    // ETH never trades on the feed, so it stays at cost in every bucket.
    await ex.hold(holder, { available: '1000.00000000' }, [
      { symbol: 'BTCUSDT', quantity: '0.10000000', cost: '5900.00000000' },
      { symbol: 'ETHUSDT', quantity: '1.00000000', cost: '3000.00000000' },
    ]);
    const saver = await ex.newAgent('saver');

    const first = ex.scheduler();
    await first.start();
    for (let i = 1; i <= 3; i++) {
      ex.clock.advance(MIN);
      ex.pushPrice('BTCUSDT', String(60_000 + 100 * i));
      await first.tick();
    }
    ex.clock.advance(30_000);
    await first.stop();
    const stoppedAt = ex.clock.now(); // 12:03:30

    // While the server is down nothing trades, but the market's history goes on: these are the bars a
    // restart backfills.
    ex.clock.set(T0 + 5 * MIN + 10_000);
    ex.pushPrice('BTCUSDT', '60500');
    ex.clock.set(T0 + HOUR + 20_000);
    ex.pushPrice('BTCUSDT', '62000');
    ex.clock.set(T0 + HOUR + 30 * MIN);
    ex.pushPrice('BTCUSDT', '63000');
    ex.clock.set(T0 + 2 * HOUR + 8 * MIN);
    ex.pushPrice('BTCUSDT', '64000');
    await ex.market.flush();

    ex.clock.set(stoppedAt + 2 * HOUR + 5 * MIN); // 14:08:30
    const restartedAt = ex.clock.now();
    const second = ex.scheduler();
    const report = await second.start();

    expect(report.filled).toEqual({ minute: 124, hourly: 1, daily: 0 });
    const minutes = range(T0, T0 + 2 * HOUR + 8 * MIN, MIN);
    for (const agent of [holder, saver]) {
      expect(await ex.buckets(agent, 'minute')).toEqual(minutes);
      expect(await ex.buckets(agent, 'hourly')).toEqual([T0, T0 + HOUR, T0 + 2 * HOUR]);
      expect(await ex.buckets(agent, 'daily')).toEqual([DAY0]);
    }

    // Equity = 1000 cash + 0.1 BTC at the close in force + 3000 ETH at cost.
    const equityAt = async (tier: SnapshotTier, bucket: number) => (await ex!.snapshot(holder, tier, bucket)).total_equity;
    expect(await equityAt('minute', T0 + 1 * MIN)).toBe('10010.00000000'); // taken live before the stop
    expect(await equityAt('minute', T0 + 4 * MIN)).toBe('10030.00000000'); // no bar: the 12:03 close
    expect(await equityAt('minute', T0 + 5 * MIN)).toBe('10050.00000000'); // the 12:05 bar
    expect(await equityAt('minute', T0 + 59 * MIN)).toBe('10050.00000000');
    expect(await equityAt('minute', T0 + HOUR)).toBe('10200.00000000');
    expect(await equityAt('hourly', T0 + HOUR)).toBe('10200.00000000');
    expect(await equityAt('minute', T0 + HOUR + 30 * MIN)).toBe('10300.00000000');
    expect(await equityAt('minute', T0 + 2 * HOUR + 7 * MIN)).toBe('10300.00000000');
    // The current buckets are taken live, at the last price.
    expect(await equityAt('minute', T0 + 2 * HOUR + 8 * MIN)).toBe('10400.00000000');
    expect(await equityAt('hourly', T0 + 2 * HOUR)).toBe('10400.00000000');
    const filled = await ex.snapshot(holder, 'minute', T0 + 5 * MIN);
    expect(filled).toMatchObject({ position_value: '9050.00000000', unrealized_pnl: '150.00000000', taken_ms: restartedAt });
    expect((await ex.snapshot(saver, 'minute', T0 + 30 * MIN)).total_equity).toBe('10000.00000000');

    // Starting once more at the same moment finds nothing missing and writes nothing.
    await second.stop();
    expect((await ex.scheduler().start()).inserted).toBe(0);
  });

  it('deletes minute snapshots older than 7 days, at most once an hour, and keeps hourly and daily ones', async () => {
    ex = await openExchange();
    const agent = await ex.newAgent('patient');
    const scheduler = ex.scheduler();
    await scheduler.tick();
    ex.clock.advance(3 * DAY);
    await scheduler.tick();
    ex.clock.advance(4 * DAY + MIN);
    const report = await scheduler.tick();

    expect(report.deleted).toBe(1);
    const now = ex.clock.now();
    expect(await ex.buckets(agent, 'minute')).toEqual(range(T0 + MIN, now, MIN));
    expect(await ex.buckets(agent, 'hourly')).toEqual(range(T0, T0 + 7 * DAY, HOUR));
    expect(await ex.buckets(agent, 'daily')).toEqual(range(DAY0, DAY0 + 7 * DAY, DAY));

    // A stale minute row (as a crash between retention runs could leave) waits for the next hourly run.
    const stale = { ...(await ex.snapshot(agent, 'minute', T0 + MIN)), bucket_ms: T0 - DAY };
    await ex.ctx.db.insertInto('portfolio_snapshots').values(stale).execute();
    ex.clock.advance(MIN);
    expect((await scheduler.tick()).deleted).toBe(0);
    expect((await ex.buckets(agent, 'minute'))[0]).toBe(T0 - DAY);
    ex.clock.advance(HOUR);
    await scheduler.tick();
    expect((await ex.buckets(agent, 'minute'))[0]).toBe(ex.clock.now() - 7 * DAY);
  });

  it('snapshots active and paused agents of active accounts, never archived agents or suspended accounts', async () => {
    ex = await openExchange();
    const active = await ex.newAgent('active');
    const paused = await ex.newAgent('paused');
    const archived = await ex.newAgent('archived');
    const suspended = await ex.newAgent('suspended');
    await ex.ctx.db.updateTable('agents').set({ status: 'paused' }).where('id', '=', paused).execute();
    await ex.ctx.db.updateTable('agents').set({ status: 'archived' }).where('id', '=', archived).execute();
    const owner = await ex.ctx.db.selectFrom('agents').select('account_id').where('id', '=', suspended).executeTakeFirstOrThrow();
    await ex.ctx.db.updateTable('accounts').set({ status: 'suspended' }).where('id', '=', owner.account_id).execute();

    await ex.scheduler().tick();

    const rows = await ex.ctx.db.selectFrom('portfolio_snapshots').select(['agent_id', 'tier']).where('tier', '=', 'minute').execute();
    expect(rows.map((r) => r.agent_id).sort()).toEqual([active, paused].sort());
  });

  it('reads an agent’s series oldest first (the newest `limit` of a range), and the latest snapshot of many agents', async () => {
    ex = await openExchange();
    const a = await ex.newAgent('a');
    const b = await ex.newAgent('b');
    const scheduler = ex.scheduler();
    for (let i = 0; i < 4; i++) {
      await scheduler.tick();
      ex.clock.advance(MIN);
    }
    const buckets = (rows: Array<{ bucket_ms: number }>) => rows.map((r) => Number(r.bucket_ms));
    expect(buckets(await findSnapshots(ex.ctx.db, a, 'minute'))).toEqual([T0, T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN]);
    expect(buckets(await findSnapshots(ex.ctx.db, a, 'minute', { limit: 2 }))).toEqual([T0 + 2 * MIN, T0 + 3 * MIN]);
    expect(buckets(await findSnapshots(ex.ctx.db, a, 'minute', { since: T0 + MIN }))).toEqual([T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN]);
    expect(buckets(await findSnapshots(ex.ctx.db, a, 'minute', { since: T0 + MIN, limit: 1 }))).toEqual([T0 + 3 * MIN]);
    expect(await findSnapshots(ex.ctx.db, a, 'minute', { since: T0 + 4 * MIN })).toEqual([]);

    const latest = await findLatestSnapshots(ex.ctx.db, [a, b, 'no-such-agent'], 'minute');
    expect(latest.map((r) => [r.agent_id, Number(r.bucket_ms)]).sort()).toEqual(
      [
        [a, T0 + 3 * MIN],
        [b, T0 + 3 * MIN],
      ].sort(),
    );
    expect(await findLatestSnapshots(ex.ctx.db, [], 'hourly')).toEqual([]);
  });

  it('skips an agent whose rows cannot be read, logs it once, keeps snapshotting the others, and takes it back once readable', async () => {
    ex = await openExchange();
    const good = await ex.newAgent('good');
    const badCash = await ex.newAgent('bad cash');
    const badTotals = await ex.newAgent('bad totals');
    await ex.ctx.db.updateTable('balances').set({ available: 'garbage' }).where('agent_id', '=', badCash).execute();
    await ex.bookTotals(badTotals, '1.5.0', '0.10000000');
    const { lines, logger } = recordingLogger();
    const scheduler = new SnapshotScheduler(ex.ctx, { intervalMs: null, logger });

    for (let i = 0; i < 3; i++) {
      const report = await scheduler.tick();
      expect(report.agents).toBe(1);
      ex.clock.advance(MIN);
    }
    expect(await ex.buckets(good, 'minute')).toEqual([T0, T0 + MIN, T0 + 2 * MIN]);
    expect(await ex.buckets(badCash, 'minute')).toEqual([]);
    // One line per bad agent, not one per tick.
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors.map((l) => l.fields?.agent_id).sort()).toEqual([badCash, badTotals].sort());

    await ex.ctx.db.updateTable('balances').set({ available: '10000.00000000' }).where('agent_id', '=', badCash).execute();
    expect((await scheduler.tick()).agents).toBe(2);
    expect(await ex.buckets(badCash, 'minute')).toEqual([T0 + 3 * MIN]);
    expect(lines.filter((l) => l.level === 'info').map((l) => l.fields?.agent_id)).toEqual([badCash]);
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(2);
  });

  it('snapshots 1,000 agents in one tick', async () => {
    ex = await openExchange();
    ex.pushPrice('BTCUSDT', '60000');
    const first = await ex.newAgent('crowd');
    const { account_id: accountId } = await ex.ctx.db
      .selectFrom('agents')
      .select('account_id')
      .where('id', '=', first)
      .executeTakeFirstOrThrow();
    const createdAt = isoTime(ex.clock.now());
    const ids = Array.from({ length: 999 }, (_, i) => `agent-${String(i).padStart(4, '0')}`);
    await ex.ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < ids.length; i += 200) {
        const chunk = ids.slice(i, i + 200);
        await trx
          .insertInto('agents')
          .values(
            chunk.map((id) => ({
              id,
              account_id: accountId,
              display_name: id,
              starting_balance: '10000.00000000',
              created_at: createdAt,
              updated_at: createdAt,
            })),
          )
          .execute();
        await trx
          .insertInto('balances')
          .values(
            chunk.map((id) => ({ agent_id: id, asset: 'USDT', available: '9400.00000000', locked: '0.00000000', updated_at: createdAt })),
          )
          .execute();
        await trx
          .insertInto('positions')
          .values(
            chunk.map((id) => ({
              agent_id: id,
              symbol: 'BTCUSDT',
              quantity: '0.01000000',
              cost: '590.00000000',
              realized_pnl: '0.00000000',
              opened_ms: 0,
              updated_ms: 0,
            })),
          )
          .execute();
        await trx
          .insertInto('agent_trade_stats')
          .values(chunk.map((id) => totalsRow(id, '3.00000000', '0.30000000')))
          .execute();
      }
    });

    const scheduler = ex.scheduler();
    const t0 = performance.now();
    const report = await scheduler.tick();
    const ms = performance.now() - t0;
    console.info(`portfolio snapshots: ${report.agents} agents, ${report.inserted} rows in ${ms.toFixed(1)} ms`);

    expect(report.agents).toBe(1000);
    expect(report.inserted).toBe(3000);
    expect(await ex.snapshot('agent-0500', 'hourly', T0)).toMatchObject({
      total_equity: '10000.00000000',
      position_value: '600.00000000',
      unrealized_pnl: '10.00000000',
      realized_pnl: '3.00000000',
      fees_paid: '0.30000000',
    });
  });
});

describe('portfolio snapshots in the app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tradeready-snapshots-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function boot(clock: ManualClock) {
    const source = new ScriptedSource(clock, ['BTCUSDT'], 'snapshots');
    const app = await createApp(loadConfig({ ...TEST_ENV, DATABASE_URL: join(dir, 'app.db'), MARKET_HISTORY_DAYS: '0' }), {
      clock,
      source,
    });
    await app.start();
    return app;
  }

  it('starts with the app, stops before the market, and fills in the minutes the server was down', async () => {
    const clock = new ManualClock(T0);
    const first = await boot(clock);
    const reg = await registerAccount(first.services, { displayName: 'app' });
    clock.advance(MIN);
    await first.services.snapshots.tick();
    await first.stop();

    clock.advance(3 * MIN);
    const second = await boot(clock);
    const rows = await second.services.db
      .selectFrom('portfolio_snapshots')
      .select('bucket_ms')
      .where('agent_id', '=', reg.agent.id)
      .where('tier', '=', 'minute')
      .orderBy('bucket_ms')
      .execute();
    expect(rows.map((r) => Number(r.bucket_ms))).toEqual(range(T0 + MIN, T0 + 4 * MIN, MIN));
    await second.stop();
  });
});
