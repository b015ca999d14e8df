// Backtest sessions in a cluster: several instances (service contexts) on ONE database, each with
// the runtimes it keeps in memory, and a client whose calls land on any of them. Stepping, trading
// and reading one session through two instances in turn, and through both at the same moment, must
// leave exactly the state one instance leaves after the same calls one after another: no runtime
// goes on from a state another instance has moved past, no write lands twice. Run on a SQLite file
// (two connections) and, with TEST_DATABASE_URL, on a PostgreSQL schema.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BacktestService } from '../../src/backtest/service.js';
import type { BacktestOrderBody } from '../../src/backtest/types.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Account } from '../../src/db/schema.js';
import type { Tx } from '../../src/db/store.js';
import { DomainError } from '../../src/errors.js';
import { createServiceContext, type ServiceContext } from '../../src/services/context.js';
import { TEST_ENV } from '../support/harness.js';
import { createSchema, dropSchemas, PG_SKIP_REASON, testDatabaseUrl } from '../support/pg.js';
import { addPair, bars, MIN, storeBars, T0, trader, walk } from './backtest-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-backtest-cluster-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas();
});

/** One client call on a session, through whichever instance it reaches. */
type Call = (service: BacktestService, account: Account, id: string) => Promise<unknown>;

const order =
  (body: Omit<BacktestOrderBody, 'symbol'>): Call =>
  (s, account, id) =>
    s.placeOrder(account, id, { symbol: 'BTCUSDT', ...body });
const step =
  (steps: number, fast = false): Call =>
  (s, account, id) =>
    s.step(account, id, { steps, fast });
/** Cancels the oldest pending order (whichever it is: both runs have the same ones). */
const cancelOldest: Call = async (s, account, id) => {
  const open = await s.orders(account, id, { openOnly: true });
  const oldest = open.orders[0];
  return oldest ? s.cancelOrder(account, id, oldest.id) : undefined;
};

/**
 * The script: a round of one call goes to the instances in turn (A, B, A, …); a round of two runs
 * them on A and B at the same moment. The reference runs every call one after another on one instance.
 */
const ROUNDS: Call[][] = [
  [order({ side: 'buy', quantity: '1' })],
  [order({ side: 'sell', type: 'limit', quantity: '1', price: '101' })],
  [step(5)],
  [step(3)],
  [order({ side: 'buy', type: 'limit', quantity: '0.5', price: '99' })],
  [step(10, true)],
  [cancelOldest],
  [order({ side: 'buy', quantity: '0.3' })],
  [step(7)],
  [step(4), step(4)],
  [order({ side: 'buy', quantity: '0.1' }), order({ side: 'buy', quantity: '0.1' })],
  [step(6, true), step(6, true)],
  [order({ side: 'sell', type: 'limit', quantity: '0.2', price: '102' })],
  [step(2), step(2)],
  [step(3), step(3)],
  [cancelOldest],
  [step(1000, true)],
];

interface Instances {
  a: ServiceContext;
  b: ServiceContext;
  extra: ServiceContext[];
}

/** Counts the writes of `ctx` that lost the race for their session (and were run again). */
function countLostRaces(ctx: ServiceContext): { lost: number } {
  const seen = { lost: 0 };
  const submit = ctx.writes.submit.bind(ctx.writes);
  ctx.writes.submit = <T>(work: (tx: Tx) => Promise<T>): Promise<T> =>
    submit(work).catch((err: unknown) => {
      if (err instanceof Error && /written by another call/.test(err.message)) seen.lost++;
      throw err;
    });
  return seen;
}

/** Everything stored of a session but its id, its account's ids and wall-clock figures. */
async function storedState(ctx: ServiceContext, id: string) {
  const session = await ctx.db.selectFrom('backtest_sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const { id: _id, touched_ms: _touched, run_ms: _run, ...row } = session;
  const strip = <R extends { session_id: string }>(rows: R[]) => rows.map(({ session_id: _s, ...rest }) => rest);
  const [orders, trades, snapshots] = await Promise.all([
    ctx.db.selectFrom('backtest_orders').selectAll().where('session_id', '=', id).orderBy('id').execute(),
    ctx.db.selectFrom('backtest_trades').selectAll().where('session_id', '=', id).orderBy('id').execute(),
    ctx.db.selectFrom('backtest_snapshots').selectAll().where('session_id', '=', id).orderBy('step').execute(),
  ]);
  return { row, orders: strip(orders), trades: strip(trades), snapshots: strip(snapshots) };
}

function clusterSuite(name: string, database: () => Promise<Record<string, string>>): void {
  describe(`backtest sessions across instances on one database (${name})`, () => {
    let opened: ServiceContext[] = [];
    afterEach(async () => {
      for (const ctx of opened) await ctx.backtests.close();
      for (const ctx of opened) await ctx.db.destroy();
      opened = [];
    });

    /** `1 + extra` more instances on one fresh database, the first with the bars and a trader. */
    async function cluster(extra = 0): Promise<Instances & { account: Account; agentId: string; create: () => Promise<string> }> {
      const env = { ...TEST_ENV, ...(await database()) };
      const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
      // One after another: the first migrates the database, the others find it migrated.
      const a = await createServiceContext(loadConfig(env), clock);
      opened.push(a);
      const others: ServiceContext[] = [];
      for (let i = 0; i <= extra; i++) {
        const ctx = await createServiceContext(loadConfig(env), clock);
        opened.push(ctx);
        others.push(ctx);
      }
      await addPair(a, 'BTCUSDT', 'BTC');
      await storeBars(a, 'BTCUSDT', bars(T0, walk(200, 7)));
      const who = await trader(a, 'cluster');
      const create = async () => {
        const created = await a.backtests.create(who.account, who.agent, {
          start_time: new Date(T0 + MIN).toISOString(),
          end_time: new Date(T0 + 120 * MIN).toISOString(),
          starting_balance: '10000',
          candle_interval: '1m',
          pairs: ['BTCUSDT'],
        });
        await a.backtests.start(who.account, created.session_id);
        return created.session_id;
      };
      return { a, b: others[0]!, extra: others.slice(1), account: who.account, agentId: who.agent.id, create };
    }

    it('leaves the state one instance leaves, whichever instance takes each call and when two run at once', async () => {
      const { a, b, account, create } = await cluster();
      const races = [countLostRaces(a), countLostRaces(b)];

      // The reference: one instance, every call in turn. After each round, the portfolio as read.
      const reference = await create();
      const referenceViews: unknown[] = [];
      for (const round of ROUNDS) {
        for (const call of round) await call(a.backtests, account, reference);
        referenceViews.push(await a.backtests.portfolio(account, reference));
      }
      expect((await a.backtests.status(account, reference)).status).toBe('completed');

      // The cluster: the same calls spread over A and B; after each round the portfolio is read on
      // the instance that did not take a lone call (a runtime it holds is then another's past).
      const shared = await create();
      const views: unknown[] = [];
      let turn = 0;
      for (const round of ROUNDS) {
        if (round.length === 1) {
          const [on, other] = turn++ % 2 === 0 ? [a, b] : [b, a];
          await round[0]!(on.backtests, account, shared);
          views.push(await other.backtests.portfolio(account, shared));
        } else {
          await Promise.all(round.map((call, i) => call((i === 0 ? a : b).backtests, account, shared)));
          views.push(await a.backtests.portfolio(account, shared));
        }
      }

      expect(views).toEqual(referenceViews);
      const want = await storedState(a, reference);
      const got = await storedState(a, shared);
      expect(got).toEqual(want);
      expect(got.row).toMatchObject({ status: 'completed', current_step: 119 });
      expect(got.trades.length).toBeGreaterThan(3);
      const results = await b.backtests.results(account, shared);
      const referenceResults = await a.backtests.results(account, reference);
      expect({ ...results, session_id: '' }).toEqual({
        ...referenceResults,
        session_id: '',
        summary: { ...referenceResults.summary, duration_real_sec: results.summary.duration_real_sec },
      });
      // The calls at the same moment did race: some write found the session moved on and ran again.
      expect(races[0]!.lost + races[1]!.lost).toBeGreaterThan(0);
    });

    it('stores exactly the calls that succeeded when three instances step at once; a twice-beaten one is 409 concurrent_update', async () => {
      const { a, b, extra, account, create } = await cluster(1);
      const id = await create();
      // Rests unfilled throughout: every instance must see it once.
      await a.backtests.placeOrder(account, id, { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '10', price: '1' });
      const instances = [a, b, ...extra];
      let stepped = 0;
      for (let round = 0; round < 6; round++) {
        const outcomes = await Promise.allSettled(instances.map((ctx) => ctx.backtests.step(account, id, { steps: 2, fast: false })));
        for (const outcome of outcomes) {
          if (outcome.status === 'fulfilled') {
            stepped += outcome.value.steps_executed;
            continue;
          }
          const err: unknown = outcome.reason;
          expect(err).toBeInstanceOf(DomainError);
          expect(err).toMatchObject({ code: 'BACKTEST_INVALID_STATE', details: { session_id: id, reason: 'concurrent_update' } });
        }
        for (const ctx of instances) {
          expect((await ctx.backtests.prices(account, id)).virtual_time).toBe(new Date(T0 + MIN + stepped * MIN).toISOString());
        }
      }
      expect(stepped).toBeGreaterThanOrEqual(12);
      const { row, snapshots } = await storedState(a, id);
      expect(row).toMatchObject({ current_step: stepped, virtual_ms: T0 + MIN + stepped * MIN, status: 'running' });
      // Start, the order, and one write per call that succeeded.
      expect(row.version).toBe(2 + stepped / 2);
      expect(snapshots.map((s) => s.step)).toEqual([0]);
      // The resting order is still there once, on every instance.
      for (const ctx of instances) expect((await ctx.backtests.orders(account, id, { openOnly: true })).count).toBe(1);
    });
  });
}

clusterSuite('SQLite file, two connections', async () => ({ DATABASE_URL: join(dir, `${Math.random().toString(36).slice(2)}.db`) }));

if (testDatabaseUrl() === undefined) {
  describe('backtest sessions across instances on one database (PostgreSQL)', () => {
    it.skip(PG_SKIP_REASON, () => {});
  });
} else {
  clusterSuite('PostgreSQL', async () => {
    const pg = await createSchema();
    return { DATABASE_URL: pg.url, DATABASE_SCHEMA: pg.schema };
  });
}
