// Storage of backtest sessions and their sandbox ledgers. The writes and the bar reads of a step
// call are prepared statements (db/statement.ts) run through a transaction of the store (a write
// piece or readNow); everything else is plain Kysely.
import {
  ADVANCED_COLUMNS,
  type BacktestOrderRow,
  type BacktestSessionRow,
  type BacktestSnapshotRow,
  type BacktestStatus,
  type BacktestTradeRow,
  type Database,
  type RollupInterval,
} from '../db/schema.js';
import type { Kysely } from 'kysely';
import { statement, columnsOf } from '../db/statement.js';
import type { Tx } from '../db/store.js';

type Q = Kysely<Database>;

const SESSION_COLUMNS = [
  'id',
  'account_id',
  'agent_id',
  'strategy_label',
  'status',
  'start_ms',
  'end_ms',
  'interval_sec',
  'starting_balance',
  'config',
  'total_steps',
  'current_step',
  'virtual_ms',
  'checkpoint',
  'final_equity',
  'total_pnl',
  'roi_pct',
  'total_trades',
  'total_fees',
  'metrics',
  'sharpe_ratio',
  'max_drawdown_pct',
  'error',
  'created_at',
  'started_at',
  'completed_at',
  'run_ms',
  'touched_ms',
  'battle_id',
  'strategy_test_id',
  'version',
] as const satisfies ReadonlyArray<keyof BacktestSessionRow>;

const ORDER_COLUMNS = [
  'session_id',
  'id',
  'symbol',
  'side',
  'type',
  'status',
  'quantity',
  'price',
  'locked_asset',
  'locked_amount',
  'cancel_reason',
  'created_ms',
  'closed_ms',
  ...ADVANCED_COLUMNS,
] as const satisfies ReadonlyArray<keyof BacktestOrderRow>;

const TRADE_COLUMNS = [
  'session_id',
  'id',
  'order_id',
  'symbol',
  'side',
  'type',
  'order_price',
  'quantity',
  'price',
  'reference_price',
  'slippage_pct',
  'gross',
  'fee',
  'realized_pnl',
  'net_pnl',
  'executed_ms',
] as const satisfies ReadonlyArray<keyof BacktestTradeRow>;

const SNAPSHOT_COLUMNS = [
  'session_id',
  'step',
  'virtual_ms',
  'regular',
  'total_equity',
  'available_cash',
  'position_value',
  'unrealized_pnl',
  'realized_pnl',
] as const satisfies ReadonlyArray<keyof BacktestSnapshotRow>;

const insertSessionQuery = statement(SESSION_COLUMNS, (db, p) =>
  db.insertInto('backtest_sessions').values(columnsOf(SESSION_COLUMNS, p) as BacktestSessionRow),
);
const UPDATABLE = SESSION_COLUMNS.filter((c) => c !== 'id');
const updateSessionQuery = statement([...SESSION_COLUMNS, 'expected'], (db, p) =>
  db
    .updateTable('backtest_sessions')
    .set(Object.fromEntries(UPDATABLE.map((c) => [c, p[c]])) as Partial<BacktestSessionRow>)
    .where('id', '=', p.id)
    .where('version', '=', p.expected),
);
const upsertOrderQuery = statement(ORDER_COLUMNS, (db, p) =>
  db
    .insertInto('backtest_orders')
    .values(columnsOf(ORDER_COLUMNS, p) as BacktestOrderRow)
    .onConflict((oc) =>
      // A trailing stop's trigger (`price`) and best move while it rests; everything else is fixed at placement.
      oc.columns(['session_id', 'id']).doUpdateSet({
        status: p.status,
        price: p.price,
        locked_asset: p.locked_asset,
        locked_amount: p.locked_amount,
        cancel_reason: p.cancel_reason,
        closed_ms: p.closed_ms,
        trail_best: p.trail_best,
      }),
    ),
);
const insertTradeQuery = statement(TRADE_COLUMNS, (db, p) =>
  db.insertInto('backtest_trades').values(columnsOf(TRADE_COLUMNS, p) as BacktestTradeRow),
);
const upsertSnapshotQuery = statement(SNAPSHOT_COLUMNS, (db, p) =>
  db
    .insertInto('backtest_snapshots')
    .values(columnsOf(SNAPSHOT_COLUMNS, p) as BacktestSnapshotRow)
    .onConflict((oc) =>
      oc.columns(['session_id', 'step']).doUpdateSet({
        virtual_ms: p.virtual_ms,
        regular: p.regular,
        total_equity: p.total_equity,
        available_cash: p.available_cash,
        position_value: p.position_value,
        unrealized_pnl: p.unrealized_pnl,
        realized_pnl: p.realized_pnl,
      }),
    ),
);

export async function insertSession(tx: Tx, row: BacktestSessionRow): Promise<void> {
  await insertSessionQuery.run(tx, row);
}

/**
 * Writes `row` over the stored session if that is still at version `expected` (a compare-and-set:
 * instances of a cluster write the same rows). False when it is not: nothing was written. On
 * PostgreSQL a concurrent writer's UPDATE waits for this transaction and then finds the version moved.
 */
export async function updateSession(tx: Tx, row: BacktestSessionRow, expected: number): Promise<boolean> {
  return (await updateSessionQuery.run(tx, { ...row, expected })) === 1;
}

export async function upsertOrder(tx: Tx, row: BacktestOrderRow): Promise<void> {
  await upsertOrderQuery.run(tx, row);
}

export async function insertTrade(tx: Tx, row: BacktestTradeRow): Promise<void> {
  await insertTradeQuery.run(tx, row);
}

export async function upsertSnapshot(tx: Tx, row: BacktestSnapshotRow): Promise<void> {
  await upsertSnapshotQuery.run(tx, row);
}

export async function findSession(db: Q, id: string): Promise<BacktestSessionRow | undefined> {
  return db.selectFrom('backtest_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAccountSessions(
  db: Q,
  accountId: string,
  filter: { strategyLabel?: string; status?: BacktestStatus; agentId?: string },
): Promise<BacktestSessionRow[]> {
  let query = db.selectFrom('backtest_sessions').selectAll().where('account_id', '=', accountId);
  if (filter.strategyLabel !== undefined) query = query.where('strategy_label', '=', filter.strategyLabel);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.agentId !== undefined) query = query.where('agent_id', '=', filter.agentId);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

export async function findSessionsByStatus(db: Q, statuses: BacktestStatus[]): Promise<BacktestSessionRow[]> {
  return db.selectFrom('backtest_sessions').selectAll().where('status', 'in', statuses).orderBy('created_at').orderBy('id').execute();
}

/**
 * Plain sessions in `created` or `running` not touched since `before` (wall-clock ms). A battle's
 * sessions are not idle however long the owner waits between steps: the battle ends them; nor are a
 * strategy test's, which its run ends.
 */
export async function findIdleSessions(db: Q, before: number): Promise<BacktestSessionRow[]> {
  return db
    .selectFrom('backtest_sessions')
    .selectAll()
    .where('status', 'in', ['created', 'running'])
    .where('touched_ms', '<', before)
    .where('battle_id', 'is', null)
    .where('strategy_test_id', 'is', null)
    .execute();
}

/** The sessions of a historical battle, oldest first (the order they were created in: participant order). */
export async function findBattleSessions(db: Q, battleId: string): Promise<BacktestSessionRow[]> {
  return db.selectFrom('backtest_sessions').selectAll().where('battle_id', '=', battleId).orderBy('created_at').orderBy('id').execute();
}

/**
 * A page of the snapshots of several sessions interleaved by virtual time (ties: session id, i.e.
 * creation order, then step), and how many there are in all.
 */
export async function findSnapshotsPageOf(
  db: Q,
  sessionIds: readonly string[],
  limit: number,
  offset: number,
): Promise<{ rows: BacktestSnapshotRow[]; total: number }> {
  if (sessionIds.length === 0) return { rows: [], total: 0 };
  const [rows, count] = await Promise.all([
    db
      .selectFrom('backtest_snapshots')
      .selectAll()
      .where('session_id', 'in', sessionIds)
      .orderBy('virtual_ms')
      .orderBy('session_id')
      .orderBy('step')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom('backtest_snapshots')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', 'in', sessionIds)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The fills of several sessions executed at or before virtual time `until`, oldest first per session. */
export async function findTradesUntil(db: Q, sessionIds: readonly string[], until: number): Promise<BacktestTradeRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('backtest_trades')
    .selectAll()
    .where('session_id', 'in', sessionIds)
    .where('executed_ms', '<=', until)
    .orderBy('session_id')
    .orderBy('id')
    .execute();
}

export async function findOrders(db: Q, sessionId: string, openOnly: boolean): Promise<BacktestOrderRow[]> {
  let query = db.selectFrom('backtest_orders').selectAll().where('session_id', '=', sessionId);
  if (openOnly) query = query.where('status', '=', 'pending');
  return query.orderBy('id').execute();
}

export async function findOrder(db: Q, sessionId: string, id: string): Promise<BacktestOrderRow | undefined> {
  return db.selectFrom('backtest_orders').selectAll().where('session_id', '=', sessionId).where('id', '=', id).executeTakeFirst();
}

export async function findTrades(db: Q, sessionId: string, page?: { limit: number; offset: number }): Promise<BacktestTradeRow[]> {
  let query = db.selectFrom('backtest_trades').selectAll().where('session_id', '=', sessionId).orderBy('id');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return query.execute();
}

export async function countTrades(db: Q, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('backtest_trades')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findSnapshots(db: Q, sessionId: string, regularOnly: boolean): Promise<BacktestSnapshotRow[]> {
  let query = db.selectFrom('backtest_snapshots').selectAll().where('session_id', '=', sessionId);
  if (regularOnly) query = query.where('regular', '=', 1);
  return query.orderBy('step').execute();
}

/** Deletes the orders, trades and snapshots of sessions that ended before `before` (ISO time). */
export async function pruneEndedSessionRows(db: Q, before: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ended = trx
      .selectFrom('backtest_sessions')
      .select('id')
      .where('status', 'in', ['completed', 'cancelled', 'failed'])
      .where('completed_at', '<', before);
    let deleted = 0;
    for (const table of ['backtest_orders', 'backtest_trades', 'backtest_snapshots'] as const) {
      const result = await trx.deleteFrom(table).where('session_id', 'in', ended).executeTakeFirst();
      deleted += Number(result.numDeletedRows);
    }
    return deleted;
  });
}

export async function findAccountMode(db: Q, accountId: string) {
  return db.selectFrom('backtest_account_modes').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

export async function upsertAccountMode(db: Q, accountId: string, mode: 'live' | 'backtest', label: string | null, at: string) {
  await db
    .insertInto('backtest_account_modes')
    .values({ account_id: accountId, mode, strategy_label: label, updated_at: at })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ mode, strategy_label: label, updated_at: at }))
    .execute();
}

// --- bars -----------------------------------------------------------------------------------------

/** What the stepping loop needs of a bar. */
export interface BarRow {
  open_time: number;
  close: string;
  quote_volume: string;
}

const minuteBarsQuery = statement(['symbol', 'from', 'to', 'limit'], (db, p) =>
  db
    .selectFrom('candles_1m')
    .select(['open_time', 'close', 'quote_volume'])
    .where('symbol', '=', p.symbol)
    .where('open_time', '>=', p.from)
    .where('open_time', '<=', p.to)
    .orderBy('open_time')
    .limit(p.limit),
);
const rollupBarsQuery = statement(['symbol', 'interval', 'from', 'to', 'limit'], (db, p) =>
  db
    .selectFrom('candle_rollups')
    .select(['open_time', 'close', 'quote_volume'])
    .where('symbol', '=', p.symbol)
    .where('interval', '=', p.interval)
    .where('open_time', '>=', p.from)
    .where('open_time', '<=', p.to)
    .orderBy('open_time')
    .limit(p.limit),
);
const latestMinuteBarQuery = statement(['symbol', 'to'], (db, p) =>
  db
    .selectFrom('candles_1m')
    .select(['open_time', 'close', 'quote_volume'])
    .where('symbol', '=', p.symbol)
    .where('open_time', '<=', p.to)
    .orderBy('open_time', 'desc')
    .limit(1),
);
const latestRollupBarQuery = statement(['symbol', 'interval', 'to'], (db, p) =>
  db
    .selectFrom('candle_rollups')
    .select(['open_time', 'close', 'quote_volume'])
    .where('symbol', '=', p.symbol)
    .where('interval', '=', p.interval)
    .where('open_time', '<=', p.to)
    .orderBy('open_time', 'desc')
    .limit(1),
);

/** Bars of one symbol and interval with from ≤ open_time ≤ to, oldest first, at most `limit`. */
export async function readBars(
  tx: Tx,
  symbol: string,
  interval: '1m' | RollupInterval,
  from: number,
  to: number,
  limit: number,
): Promise<BarRow[]> {
  return interval === '1m'
    ? minuteBarsQuery.all(tx, { symbol, from, to, limit })
    : rollupBarsQuery.all(tx, { symbol, interval, from, to, limit });
}

/** The newest bar of one symbol and interval with open_time ≤ to. */
export async function readLatestBar(tx: Tx, symbol: string, interval: '1m' | RollupInterval, to: number): Promise<BarRow | undefined> {
  return interval === '1m' ? latestMinuteBarQuery.get(tx, { symbol, to }) : latestRollupBarQuery.get(tx, { symbol, interval, to });
}

const tradesQuery = statement(['sessionId'], (db, p) =>
  db.selectFrom('backtest_trades').selectAll().where('session_id', '=', p.sessionId).orderBy('id'),
);
const regularSnapshotsQuery = statement(['sessionId'], (db, p) =>
  db.selectFrom('backtest_snapshots').selectAll().where('session_id', '=', p.sessionId).where('regular', '=', 1).orderBy('step'),
);

export async function findTradesSync(tx: Tx, sessionId: string): Promise<BacktestTradeRow[]> {
  return tradesQuery.all(tx, { sessionId });
}

export async function findRegularSnapshotsSync(tx: Tx, sessionId: string): Promise<BacktestSnapshotRow[]> {
  return regularSnapshotsQuery.all(tx, { sessionId });
}
