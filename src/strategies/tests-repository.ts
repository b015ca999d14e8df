// Storage of strategy test runs and their episodes. The writes that must land with another fact
// (an episode's end with its session's results, a run's end with the strategy's status and the
// webhook outbox) are prepared statements (db/statement.ts) run inside a write piece of the store;
// reads are plain Kysely, but for the candle reads of a running episode, which go through readNow.
import { sql, type Kysely } from 'kysely';
import type {
  Candle1mRow,
  Database,
  RollupInterval,
  StrategyTestEpisodeRow,
  StrategyTestRunRow,
  StrategyTestStatus,
} from '../db/schema.js';
import { statement, columnsOf } from '../db/statement.js';
import type { Tx } from '../db/store.js';
type Q = Kysely<Database>;

const RUN_COLUMNS = [
  'id',
  'strategy_id',
  'account_id',
  'version',
  'status',
  'config',
  'episodes_total',
  'episodes_completed',
  'episodes_failed',
  'results',
  'recommendations',
  'error',
  'cancel_requested',
  'created_at',
  'started_at',
  'completed_at',
] as const satisfies ReadonlyArray<keyof StrategyTestRunRow>;

const EPISODE_COLUMNS = [
  'test_run_id',
  'episode_number',
  'start_ms',
  'end_ms',
  'status',
  'session_id',
  'metrics',
  'error',
  'completed_at',
] as const satisfies ReadonlyArray<keyof StrategyTestEpisodeRow>;

const insertRunQuery = statement(RUN_COLUMNS, (db, p) => db.insertInto('strategy_test_runs').values(columnsOf(RUN_COLUMNS, p)));
const updateRunQuery = statement(RUN_COLUMNS, (db, p) => {
  const { id, ...rest } = columnsOf(RUN_COLUMNS, p);
  return db.updateTable('strategy_test_runs').set(rest).where('id', '=', id);
});
const insertEpisodeQuery = statement(EPISODE_COLUMNS, (db, p) =>
  db.insertInto('strategy_test_episodes').values(columnsOf(EPISODE_COLUMNS, p)),
);
const updateEpisodeQuery = statement(EPISODE_COLUMNS, (db, p) => {
  const { test_run_id, episode_number, ...rest } = columnsOf(EPISODE_COLUMNS, p);
  return db
    .updateTable('strategy_test_episodes')
    .set(rest)
    .where('test_run_id', '=', test_run_id)
    .where('episode_number', '=', episode_number);
});
// A write reads the run it then writes whole (its counters, its cancel flag): on PostgreSQL the row
// is locked for the rest of the transaction, so two such writes run one after the other and the
// second sees what the first committed (SQLite runs one writer at a time).
const runQuery = statement(['id'], (db, p, dialect) => {
  const query = db.selectFrom('strategy_test_runs').selectAll().where('id', '=', p.id);
  return dialect === 'postgres' ? query.forNoKeyUpdate() : query;
});
const activeRunsOfStrategyQuery = statement(['strategyId', 'exceptId'], (db, p) =>
  db
    .selectFrom('strategy_test_runs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('strategy_id', '=', p.strategyId)
    .where('status', 'in', ['queued', 'running'])
    .where('id', '<>', p.exceptId),
);
const completedRunsOfStrategyQuery = statement(['strategyId'], (db, p) =>
  db
    .selectFrom('strategy_test_runs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('strategy_id', '=', p.strategyId)
    .where('status', '=', 'completed'),
);

export async function insertRun(tx: Tx, row: StrategyTestRunRow): Promise<void> {
  await insertRunQuery.run(tx, row);
}

export async function updateRun(tx: Tx, row: StrategyTestRunRow): Promise<void> {
  await updateRunQuery.run(tx, row);
}

export async function insertEpisode(tx: Tx, row: StrategyTestEpisodeRow): Promise<void> {
  await insertEpisodeQuery.run(tx, row);
}

export async function updateEpisode(tx: Tx, row: StrategyTestEpisodeRow): Promise<void> {
  await updateEpisodeQuery.run(tx, row);
}

/** The run, locked for the rest of the write on PostgreSQL. */
export async function findRunSync(tx: Tx, id: string): Promise<StrategyTestRunRow | undefined> {
  return runQuery.get(tx, { id });
}

/** Queued or running runs of the strategy other than `exceptId`. */
export async function countActiveRunsSync(tx: Tx, strategyId: string, exceptId: string): Promise<number> {
  return Number((await activeRunsOfStrategyQuery.get(tx, { strategyId, exceptId }))?.n ?? 0);
}

export async function countCompletedRunsSync(tx: Tx, strategyId: string): Promise<number> {
  return Number((await completedRunsOfStrategyQuery.get(tx, { strategyId }))?.n ?? 0);
}

// --- reads -----------------------------------------------------------------------------------------

export async function findRun(db: Q, id: string): Promise<StrategyTestRunRow | undefined> {
  return db.selectFrom('strategy_test_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The strategy's newest `limit` runs, newest first (ties: the later id, ids being time-ordered). */
export async function findRunsOfStrategy(db: Q, strategyId: string, limit: number): Promise<StrategyTestRunRow[]> {
  return db
    .selectFrom('strategy_test_runs')
    .selectAll()
    .where('strategy_id', '=', strategyId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Runs in these statuses, oldest first (the order they were asked for). */
export async function findRunsByStatus(db: Q, statuses: StrategyTestStatus[]): Promise<StrategyTestRunRow[]> {
  return db.selectFrom('strategy_test_runs').selectAll().where('status', 'in', statuses).orderBy('created_at').orderBy('id').execute();
}

/** The strategy's newest completed run by `completed_at`. */
export async function findLatestCompletedRun(db: Q, strategyId: string): Promise<StrategyTestRunRow | undefined> {
  return db
    .selectFrom('strategy_test_runs')
    .selectAll()
    .where('strategy_id', '=', strategyId)
    .where('status', '=', 'completed')
    .orderBy('completed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The aggregate `results` of the strategy's newest completed test run (by `completed_at`), or null
 * when none completed: what GET /strategies/{id} shows as `latest_test_results` and what
 * POST /strategies/compare ranks by.
 */
export async function latestCompletedResults(db: Q, strategyId: string): Promise<Record<string, unknown> | null> {
  const run = await findLatestCompletedRun(db, strategyId);
  return run?.results ? (JSON.parse(run.results) as Record<string, unknown>) : null;
}

export async function findEpisodes(db: Q, runId: string): Promise<StrategyTestEpisodeRow[]> {
  return db.selectFrom('strategy_test_episodes').selectAll().where('test_run_id', '=', runId).orderBy('episode_number').execute();
}

/** Backtest sessions of a run not ended (created or running): left behind by a restart. */
export async function findOpenSessionsOfRun(db: Q, runId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('backtest_sessions')
    .select('id')
    .where('strategy_test_id', '=', runId)
    .where('status', 'in', ['created', 'running'])
    .execute();
  return rows.map((r) => r.id);
}

// --- candles for the executor ------------------------------------------------------------------------

const minuteCandlesQuery = statement(['symbol', 'from', 'to'], (db, p) =>
  db
    .selectFrom('candles_1m')
    .selectAll()
    .where('symbol', '=', p.symbol)
    .where('open_time', '>=', p.from)
    .where('open_time', '<=', p.to)
    .orderBy('open_time'),
);
const rollupCandlesQuery = statement(['symbol', 'interval', 'from', 'to'], (db, p) =>
  db
    .selectFrom('candle_rollups')
    .select(['symbol', 'open_time', 'open', 'high', 'low', 'close', 'volume', 'quote_volume', 'trade_count'])
    .where('symbol', '=', p.symbol)
    .where('interval', '=', p.interval)
    .where('open_time', '>=', p.from)
    .where('open_time', '<=', p.to)
    .orderBy('open_time'),
);
const firstCandleQuery = statement(['symbol', 'interval'], (db, p) =>
  db
    .selectFrom('candle_rollups')
    .select('open_time')
    .where('symbol', '=', p.symbol)
    .where('interval', '=', p.interval)
    .orderBy('open_time')
    .limit(1),
);
const lastCandleQuery = statement(['symbol', 'interval'], (db, p) =>
  db
    .selectFrom('candle_rollups')
    .select('open_time')
    .where('symbol', '=', p.symbol)
    .where('interval', '=', p.interval)
    .orderBy('open_time', 'desc')
    .limit(1),
);
const firstMinuteQuery = statement(['symbol'], (db, p) =>
  db.selectFrom('candles_1m').select('open_time').where('symbol', '=', p.symbol).orderBy('open_time').limit(1),
);
const lastMinuteQuery = statement(['symbol'], (db, p) =>
  db.selectFrom('candles_1m').select('open_time').where('symbol', '=', p.symbol).orderBy('open_time', 'desc').limit(1),
);

// Holes in one symbol's candles: each stored candle whose predecessor opened more than `gap` ms
// before it, with that predecessor's open time. One window-function pass over the primary key, so
// a year of minutes costs a scan and returns only the (few) holes.
const rollupGapsQuery = statement(['symbol', 'interval', 'gap'], (db, p) =>
  db
    .selectFrom(
      db
        .selectFrom('candle_rollups')
        .select(['open_time', sql<number | null>`lag(open_time) over (order by open_time)`.as('prev')])
        .where('symbol', '=', p.symbol)
        .where('interval', '=', p.interval)
        .as('t'),
    )
    .select(['t.prev', 't.open_time'])
    .where(sql<number>`t.open_time - t.prev`, '>', p.gap)
    .orderBy('t.open_time'),
);
const minuteGapsQuery = statement(['symbol', 'gap'], (db, p) =>
  db
    .selectFrom(
      db
        .selectFrom('candles_1m')
        .select(['open_time', sql<number | null>`lag(open_time) over (order by open_time)`.as('prev')])
        .where('symbol', '=', p.symbol)
        .as('t'),
    )
    .select(['t.prev', 't.open_time'])
    .where(sql<number>`t.open_time - t.prev`, '>', p.gap)
    .orderBy('t.open_time'),
);

/**
 * The unbroken stretches of one symbol's stored candles of an interval, oldest first, as the open
 * times of their first and last candle: a new stretch starts wherever two stored candles open more
 * than `gapMs` apart. Empty without any candle.
 */
export async function candleStretchesSync(
  tx: Tx,
  symbol: string,
  interval: '1m' | RollupInterval,
  gapMs: number,
): Promise<Array<{ first: number; last: number }>> {
  const extent = await candleExtentSync(tx, symbol, interval);
  if (!extent) return [];
  const gaps =
    interval === '1m'
      ? await minuteGapsQuery.all(tx, { symbol, gap: gapMs })
      : await rollupGapsQuery.all(tx, { symbol, interval, gap: gapMs });
  const out: Array<{ first: number; last: number }> = [];
  let first = extent.first;
  for (const g of gaps) {
    out.push({ first, last: Number(g.prev) });
    first = Number(g.open_time);
  }
  out.push({ first, last: extent.last });
  return out;
}

/** Candles of one symbol and interval with from ≤ open_time ≤ to, oldest first (OHLCV as stored). */
export async function readCandlesSync(
  tx: Tx,
  symbol: string,
  interval: '1m' | RollupInterval,
  from: number,
  to: number,
): Promise<Candle1mRow[]> {
  return interval === '1m' ? minuteCandlesQuery.all(tx, { symbol, from, to }) : rollupCandlesQuery.all(tx, { symbol, interval, from, to });
}

/** Open times of the oldest and newest stored candle of one symbol and interval; undefined without any. */
export async function candleExtentSync(
  tx: Tx,
  symbol: string,
  interval: '1m' | RollupInterval,
): Promise<{ first: number; last: number } | undefined> {
  const first = interval === '1m' ? await firstMinuteQuery.get(tx, { symbol }) : await firstCandleQuery.get(tx, { symbol, interval });
  const last = interval === '1m' ? await lastMinuteQuery.get(tx, { symbol }) : await lastCandleQuery.get(tx, { symbol, interval });
  return first && last ? { first: Number(first.open_time), last: Number(last.open_time) } : undefined;
}
