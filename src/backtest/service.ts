// The backtest use cases behind /backtest/* and /account/mode: every method takes the calling
// account (a session is private to it: a foreign or unknown id is 404 BACKTEST_NOT_FOUND) and
// returns a wire-ready object (types.ts). Sessions run on the live engine (sandbox.ts), are
// persisted before any mutating call replies, and resume after a restart from their checkpoint.
//
// Concurrency: the calls on one session run one at a time (a per-session queue), so a step batch
// and an order never interleave. A step call reads bars chunk by chunk (readNow) and writes once,
// at its end, in one write piece of the store (ctx.writes): orders, trades, snapshots, the session
// row and the sandbox checkpoint together. A session's ledger is its own sandbox, not an agent's
// balances, so those pieces take no agent locks.
//
// Several instances (a cluster behind a load balancer) share the stored sessions, and one client's
// consecutive calls may reach different ones, so the queue alone does not make a session's calls
// one at a time. Every write bumps the row's `version`: a call uses the runtime this instance keeps
// in memory only when it is at the version of the row the call just read (else it reopens the
// session from the stored checkpoint), and its write commits only if the stored row is still at the
// version it started from (a compare-and-set, checked first in the write piece). A call whose write
// lost that race runs once more from the stored state, as if it had come after the winning call;
// losing again answers 409 BACKTEST_INVALID_STATE (`reason: "concurrent_update"`).
//
// A historical battle (src/battles/historical.ts) runs each participant in a session of its own
// (`battle_id` set). The battle drives those through the `…ForBattle` entry points below, on the
// same queue and with the same persistence; the public mutating calls refuse them (409
// `reason: "battle_session"`), so no one can step one participant ahead of the shared clock.
//
// A strategy test (src/strategies/tests-service.ts) runs each episode in a session it owns
// (`strategy_test_id` set), driven through the `…ForStrategyTest` entry points: the whole episode in
// one call, the executor acting after every step, one write at its end. The public mutating calls
// refuse these sessions too (409 `reason: "strategy_test_session"`); reads are allowed.
import { isoTime } from '../clock.js';
import type {
  Account,
  Agent,
  BacktestOrderRow,
  BacktestSessionRow,
  BacktestSnapshotRow,
  BacktestStatus,
  BacktestTradeRow,
} from '../db/schema.js';
import { readNow, type Tx } from '../db/store.js';
import { effectiveRiskProfile } from '../domain/risk-profile.js';
import {
  avgEntryPrice,
  shownPrice,
  type CancelledResult,
  type FilledResult,
  type OrderIntent,
  type PlaceOrderResult,
  type RestingResult,
} from '../engine/index.js';
import { parseDecimalInput } from '../services/input.js';
import { checkExpiry, ocoIntentOf, ocoRequestOf, orderIntentOf, orderRequestOf } from '../services/order-request.js';
import { fillColumns } from '../services/trading.service.js';
import { DomainError, validationError } from '../errors.js';
import { computeIndicators, formatIndicatorValue, parseIndicatorNames } from '../market/indicators.js';
import { fromCandleRow } from '../market/market.mapper.js';
import { findCandlesBetween, findLatestCandleRollups, findLatestCandles, findPairs } from '../market/market.repository.js';
import type { Candle } from '../market/types.js';
import { formatAmount, formatAmountTo, formatOptionalAmount, parseAmount, percentOf, type Amount } from '../money.js';
import type { ServiceContext } from '../services/context.js';
import * as repo from './backtest.repository.js';
import { storedAmount } from './bar-stream.js';
import {
  intervalLabel,
  pairsOf,
  pricesOf,
  progressPct,
  storedMetricsOf,
  toBalances,
  toFilledOrderDtos,
  toListItem,
  toOrderDto,
  toOrderRow,
  toPortfolioDto,
  toSnapshotDto,
  toTradeDto,
  type StoredMetrics,
} from './dto.js';
import { computeResults, roiPct } from './results.js';
import type { SandboxCheckpoint } from './sandbox.js';
import { INTERVAL_LABELS, SessionRuntime, type SessionConfig, type StepEvent, type StoredPair } from './session-runtime.js';
import type {
  AccountModeDto,
  BacktestOrderDto,
  BattleSessionSpec,
  BattleSessionState,
  BacktestCancelOrderDto,
  BacktestListDto,
  BacktestListItem,
  BacktestOcoBody,
  BacktestOcoGroupDto,
  BacktestOrderBody,
  BacktestOrdersDto,
  BacktestPortfolioDto,
  BacktestResultsDto,
  BalanceDto,
  BestDto,
  BestMetric,
  CancelledBacktest,
  ComparisonDto,
  CreateBacktestBody,
  CreatedBacktest,
  EquityCurveDto,
  FilledOrderDto,
  ListFilter,
  PlacedBacktestOrder,
  PositionsDto,
  SandboxCandlesDto,
  SandboxPriceDto,
  SandboxPricesDto,
  SandboxTickerDto,
  SetModeBody,
  StartedBacktest,
  StrategyStepView,
  StrategyTestHooks,
  StrategyTestSessionSpec,
  StepOptions,
  StepResponse,
  TradeHistoryDto,
  TradesPageDto,
} from './types.js';
import { KeyedQueue } from '../keyed-queue.js';
import { enqueueWebhookEventSync } from '../webhooks/outbox.js';
import { backtestCompletedData } from '../webhooks/payloads.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Bars read per pair before a chunk of steps; bounds memory whatever the batch size. */
const CHUNK_BARS = 20_000;
const MAX_BATCH = 10_000;
const MAX_FAST = 100_000;
const MIN_BALANCE = parseAmount('1');
const MAX_BALANCE = parseAmount('10000000');
const LIVE_FEE_RATE = parseAmount('0.001');
const SYMBOL_PATTERN = /^[A-Z0-9]{1,16}USDT$/;
const LABEL_SECONDS: Readonly<Record<string, number>> = { '1m': 60, '5m': 300, '15m': 900, '1h': 3600, '4h': 14400, '1d': 86400 };
/** Sessions in created/running untouched this long are cancelled by housekeeping. */
const IDLE_MS = HOUR_MS;
/** Orders, trades and snapshots of sessions ended this long ago are deleted (the session row stays). */
const RETENTION_MS = 90 * DAY_MS;
const DEFAULT_LOOKBACK = 200;

const ENDED: ReadonlySet<BacktestStatus> = new Set(['completed', 'cancelled', 'failed']);

/** The rows a persist writes besides the session's own (collectPending). */
interface Pending {
  orders: BacktestOrderRow[];
  trades: BacktestTradeRow[];
  snapshots: BacktestSnapshotRow[];
}

function notFound(id: string): DomainError {
  return new DomainError('BACKTEST_NOT_FOUND', `Backtest '${id}' not found.`, { session_id: id });
}

/** A public mutating call on a battle's session: the battle owns its clock and its end. */
function battleSession(row: BacktestSessionRow, action: string): DomainError {
  return new DomainError(
    'BACKTEST_INVALID_STATE',
    `Backtest '${row.id}' belongs to battle '${row.battle_id}'; it cannot ${action} here: use the battle's routes.`,
    { session_id: row.id, current_status: row.status, reason: 'battle_session', battle_id: row.battle_id },
  );
}

/** A public mutating call on a strategy test's episode: the test runs it from start to end. */
function strategyTestSession(row: BacktestSessionRow, action: string): DomainError {
  return new DomainError(
    'BACKTEST_INVALID_STATE',
    `Backtest '${row.id}' is an episode of strategy test '${row.strategy_test_id}'; it cannot ${action}: the test runs it.`,
    { session_id: row.id, current_status: row.status, reason: 'strategy_test_session', strategy_test_id: row.strategy_test_id },
  );
}

/** Risk rules of a strategy test's episode: the definition's own sizing decides (no agent's limits apply). */
function strategyTestRisk(): SessionConfig['risk'] {
  return {
    max_position_size_pct: 100,
    max_order_size_pct: 100,
    daily_loss_limit_pct: Number.MAX_SAFE_INTEGER,
    max_open_orders: Number.MAX_SAFE_INTEGER,
    order_rate_limit: Number.MAX_SAFE_INTEGER,
    min_order_size_usd: '1.00000000',
  };
}

/** Steps of an episode run between two yields to the event loop, so a long one does not stall requests. */
const STRATEGY_TEST_YIELD_STEPS = 500;

/**
 * A write found the stored session past the version its call started from: another instance wrote
 * it in between. Thrown inside the write piece, so nothing of the call is stored.
 */
class StaleSession extends Error {
  constructor(readonly row: BacktestSessionRow) {
    super(`backtest session ${row.id} was written by another call since version ${row.version - 1}`);
  }
}

/** A call that lost the race for its session twice in a row (see exclusive). */
function concurrentUpdate(row: BacktestSessionRow): DomainError {
  return new DomainError(
    'BACKTEST_INVALID_STATE',
    `Backtest '${row.id}' was changed by other calls while this one ran; nothing of it was stored. Read its state and try again.`,
    { session_id: row.id, current_status: row.status, reason: 'concurrent_update' },
  );
}

function invalidState(row: BacktestSessionRow, action: string, allowed: BacktestStatus[]): DomainError {
  return new DomainError('BACKTEST_INVALID_STATE', `Backtest '${row.id}' is ${row.status}; it cannot ${action}.`, {
    session_id: row.id,
    current_status: row.status,
    allowed_statuses: allowed,
  });
}

/** The session pair `symbol` names (any case); a symbol outside the session is INVALID_SYMBOL 400. */
function sessionSymbol(row: BacktestSessionRow, symbol: string): string {
  const s = String(symbol).trim().toUpperCase();
  const pairs = pairsOf(row);
  if (!pairs.includes(s)) {
    throw new DomainError('INVALID_SYMBOL', `Symbol '${s}' is not one of this backtest's pairs.`, {
      symbol: s,
      reason: 'not_in_session',
      session_pairs: pairs,
    });
  }
  return s;
}

/** A session pair with no bar closed by virtual time `t`: 503, as live answers a pair without a price. */
function noClosedBar(symbol: string, t: number, reason: 'no_closed_candle' | 'no_candles_24h' | 'no_candles'): DomainError {
  const what = reason === 'no_candles_24h' ? 'No candle closed in the 24 hours before' : 'No candle has closed by';
  return new DomainError('PRICE_NOT_AVAILABLE', `${what} the virtual time ${isoTime(t)} for ${symbol}.`, {
    symbol,
    reason,
    virtual_time: isoTime(t),
  });
}

function parseTime(value: unknown, field: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw validationError([{ field, message: 'must be an ISO-8601 date-time' }]);
  return ms;
}

/** `1m` … `1d` or their seconds; undefined → `fallback`. */
export function parseInterval(value: string | number | undefined, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && value in LABEL_SECONDS) return LABEL_SECONDS[value]!;
  const seconds = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
  if (INTERVAL_LABELS[seconds]) return seconds;
  throw validationError([{ field, message: 'must be one of 1m, 5m, 15m, 1h, 4h, 1d or 60, 300, 900, 3600, 14400, 86400' }]);
}

/**
 * The row's `run_ms` with the time since `began` (a performance.now() reading) added, in whole
 * milliseconds: the column is an integer (BIGINT on PostgreSQL, which refuses a fraction).
 */
function runMs(row: BacktestSessionRow, began: number): number {
  return Math.round(Number(row.run_ms) + (performance.now() - began));
}

function intRange(value: number | undefined, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validationError([{ field, message: `must be an integer from ${min} to ${max}` }]);
  }
  return value;
}

export class BacktestService {
  /** Running sessions in memory. */
  private readonly runtimes = new Map<string, SessionRuntime>();
  /** Calls on one id run one at a time. */
  private readonly queues = new KeyedQueue();
  private timer: NodeJS.Timeout | undefined;
  private housekeeping: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: ServiceContext) {}

  // --- lifecycle of the service -------------------------------------------------------------------

  /**
   * App start: resumes the running sessions from their checkpoints (one that cannot be reopened is
   * marked `failed`, the error logged) and starts the housekeeping timer. Returns how many resumed.
   */
  async open(options: { housekeepingMs?: number } = {}): Promise<number> {
    let resumed = 0;
    for (const row of await repo.findSessionsByStatus(this.ctx.db, ['running'])) {
      // A strategy test's episode is re-run by its test (src/strategies/tests-service.ts), not resumed here.
      if (row.strategy_test_id !== null) continue;
      try {
        await this.serial(row.id, () => this.runtimeOf(row));
        resumed++;
      } catch (err) {
        this.ctx.logger?.error('backtest resume failed', {
          session_id: row.id,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        });
        try {
          await this.serial(row.id, () => this.failUnresumable(row, err));
        } catch (again) {
          this.ctx.logger?.error('marking a backtest failed failed', { session_id: row.id, error: String(again) });
        }
      }
    }
    const every = options.housekeepingMs ?? HOUR_MS;
    this.timer = setInterval(() => {
      this.housekeeping = this.housekeep().catch((err: unknown) =>
        this.ctx.logger?.error('backtest housekeeping failed', { error: String(err) }),
      );
    }, every);
    this.timer.unref();
    return resumed;
  }

  /** App stop: stops the timer and waits for calls under way (their state is persisted as they end). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.housekeeping;
    await this.queues.idle();
    this.runtimes.clear();
  }

  /**
   * Cancels plain sessions idle (no call) for more than an hour, as the cancel route does (a battle's
   * sessions wait for the battle), and deletes the
   * orders, trades and snapshots of sessions that ended more than 90 days ago. Returns the counts.
   */
  async housekeep(now = this.ctx.clock.now()): Promise<{ cancelled: number; pruned: number }> {
    let cancelled = 0;
    for (const idle of await repo.findIdleSessions(this.ctx.db, now - IDLE_MS)) {
      await this.exclusive(idle.id, async () => {
        const row = await repo.findSession(this.ctx.db, idle.id);
        if (
          !row ||
          row.battle_id !== null ||
          row.strategy_test_id !== null ||
          ENDED.has(row.status) ||
          Number(row.touched_ms) >= now - IDLE_MS
        )
          return;
        await this.cancelRow(row, 'idle');
        cancelled++;
      });
    }
    const pruned = await repo.pruneEndedSessionRows(this.ctx.db, isoTime(now - RETENTION_MS));
    return { cancelled, pruned };
  }

  /** Runs `work` after every earlier call on the same session (on this instance). */
  private serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.queues.run(id, work);
  }

  /**
   * As serial, for a call that writes: when its write finds that another instance wrote the session
   * since `work` read it (StaleSession; the runtime is dropped by then), `work` runs once more, from
   * the row as stored now. Losing that race too is 409 BACKTEST_INVALID_STATE (concurrent_update).
   * `work` must read the session row itself, after any earlier write, and check its state on it.
   */
  private exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.serial(id, async () => {
      try {
        return await work();
      } catch (err) {
        if (!(err instanceof StaleSession)) throw err;
      }
      try {
        return await work();
      } catch (err) {
        if (err instanceof StaleSession) throw concurrentUpdate(err.row);
        throw err;
      }
    });
  }

  /** The session if it is the account's; else 404 (foreign ids are indistinguishable from unknown ones). */
  private async owned(account: Account, id: string): Promise<BacktestSessionRow> {
    const key = String(id).toLowerCase();
    const row = await repo.findSession(this.ctx.db, key);
    if (!row || row.account_id !== account.id) throw notFound(id);
    return row;
  }

  /**
   * As `owned`, for a public mutating call: a battle's session (409 battle_session) and a strategy
   * test's episode (409 strategy_test_session) are refused.
   */
  private async ownedPlain(account: Account, id: string, action: string): Promise<BacktestSessionRow> {
    const row = await this.owned(account, id);
    if (row.battle_id !== null) throw battleSession(row, action);
    if (row.strategy_test_id !== null) throw strategyTestSession(row, action);
    return row;
  }

  /** A battle's session by id (the battle resolved it from its participant); else a plain Error: a bug. */
  private async battleRow(id: string): Promise<BacktestSessionRow> {
    const row = await repo.findSession(this.ctx.db, id);
    if (!row || row.battle_id === null) throw new Error(`backtest session ${id} is not a battle session`);
    return row;
  }

  /**
   * The runtime in memory if it is at `row`'s version, i.e. holds exactly what is stored (the calls
   * of this instance keep it so: a write that fails drops it). One at an older version is stale —
   * another instance wrote the session since — and is dropped. One at a newer version is left alone:
   * only a write of this instance, under way or committed since `row` was read (a read view does not
   * wait in the queue), makes one.
   */
  private cached(row: BacktestSessionRow): SessionRuntime | undefined {
    const live = this.runtimes.get(row.id);
    if (!live) return undefined;
    const version = Number(row.version);
    if (live.row.version === version) return live;
    if (live.row.version < version) this.runtimes.delete(row.id);
    return undefined;
  }

  /** The running session's runtime at `row`'s version: the one in memory if current, else loaded from the checkpoint. */
  private async runtimeOf(row: BacktestSessionRow): Promise<SessionRuntime> {
    const live = this.cached(row);
    if (live) return live;
    const rt = await this.openRuntime(row);
    if (row.status === 'running') this.runtimes.set(row.id, rt);
    return rt;
  }

  /** A runtime positioned at the row's virtual time (from its checkpoint; fresh before start). */
  private async openRuntime(row: BacktestSessionRow): Promise<SessionRuntime> {
    const rt = new SessionRuntime({ ...row, version: Number(row.version) }, JSON.parse(row.config) as SessionConfig);
    const checkpoint = row.checkpoint === null ? undefined : (JSON.parse(row.checkpoint) as SandboxCheckpoint);
    await readNow(this.ctx.db, (tx) => rt.open(tx, checkpoint));
    return rt;
  }

  /** A view of any session's sandbox at `row`'s version: the live runtime if current, or one opened from the stored state. */
  private async view(row: BacktestSessionRow): Promise<SessionRuntime> {
    return this.cached(row) ?? this.openRuntime(row);
  }

  /**
   * Takes what the runtime changed since the last persist and brings its row up to date (figures,
   * checkpoint). Taken before the write, not inside it: a write piece may run more than once (a
   * group commit that fails runs each piece again alone; PostgreSQL runs a deadlocked transaction
   * again), and every run must write the same changes.
   */
  private collectPending(rt: SessionRuntime): Pending {
    const changes = rt.sandbox.collect();
    const snapshots = rt.snapshots;
    rt.snapshots = [];
    rt.row.total_trades = rt.sandbox.fillCount;
    rt.row.total_fees = formatAmount(rt.sandbox.feesTotal);
    rt.row.checkpoint = JSON.stringify(rt.sandbox.checkpoint());
    rt.row.touched_ms = this.ctx.clock.now();
    return {
      orders: [...changes.orders.values()].map((order) => toOrderRow(rt.row.id, order)),
      trades: changes.fills.map(({ fill, type, orderPrice }) => ({
        session_id: rt.row.id,
        id: fill.id,
        order_id: fill.orderId,
        type,
        order_price: orderPrice === null ? null : formatAmount(orderPrice),
        ...fillColumns(fill),
      })),
      snapshots,
    };
  }

  /**
   * Writes the session row and its checkpoint over the stored version `expected`, then what
   * collectPending took. The row goes first: if another instance wrote the session since, nothing
   * else is written (StaleSession), and on PostgreSQL a concurrent writer waits on the row here, not
   * on a duplicate fill id further on.
   */
  private async persistSync(tx: Tx, rt: SessionRuntime, pending: Pending, expected: number): Promise<void> {
    if (!(await repo.updateSession(tx, rt.row, expected))) throw new StaleSession(rt.row);
    for (const order of pending.orders) await repo.upsertOrder(tx, order);
    for (const trade of pending.trades) await repo.insertTrade(tx, trade);
    for (const snapshot of pending.snapshots) await repo.upsertSnapshot(tx, snapshot);
  }

  /**
   * Persists the runtime at the next version (and, when `end` is given, ends the session with its
   * results). If the write fails — StaleSession included — the runtime is dropped, so the next call
   * resumes from the last stored checkpoint: memory never runs ahead of what was acknowledged.
   */
  private async persist(
    rt: SessionRuntime,
    end?: { status: 'completed' | 'cancelled' | 'failed'; error?: string },
    also?: (tx: Tx, row: BacktestSessionRow) => Promise<void>,
  ): Promise<void> {
    try {
      const pending = this.collectPending(rt);
      const expected = rt.row.version;
      rt.row.version = expected + 1;
      await this.ctx.writes.submit(async (tx) => {
        await this.persistSync(tx, rt, pending, expected);
        if (end) await this.endSync(tx, rt, end.status, end.error ?? null);
        if (also) await also(tx, rt.row);
      });
    } catch (err) {
      this.runtimes.delete(rt.row.id);
      throw err;
    }
    if (end) this.runtimes.delete(rt.row.id);
  }

  /** Final figures and metrics, inside the write that ends the session. */
  private async endSync(tx: Tx, rt: SessionRuntime, status: 'completed' | 'cancelled' | 'failed', error: string | null): Promise<void> {
    const equity = rt.sandbox.valuation(rt).totalEquity;
    // persistSync wrote this version in the same transaction.
    await this.endRowSync(tx, rt.row, equity, status, error, rt.row.version);
  }

  /** Ends `row` at `equity` (written over the stored version `expected`): its results from the stored fills and regular snapshots. */
  private async endRowSync(
    tx: Tx,
    row: BacktestSessionRow,
    equity: Amount,
    status: 'completed' | 'cancelled' | 'failed',
    error: string | null,
    expected: number,
  ): Promise<void> {
    const start = parseAmount(row.starting_balance);
    const trades = await repo.findTradesSync(tx, row.id);
    const regular = await repo.findRegularSnapshotsSync(tx, row.id);
    const computed = computeResults(row, trades, regular, Number(row.virtual_ms));
    const stored: StoredMetrics = {
      metrics: computed.metrics,
      by_pair: computed.byPair,
      raw: {
        sharpe: computed.sharpe,
        sortino: computed.sortino,
        maxDrawdownPct: computed.maxDrawdownPct,
        winRatePct: computed.winRatePct,
        profitFactor: computed.profitFactor,
      },
    };
    row.status = status;
    row.error = error;
    row.final_equity = formatAmount(equity);
    row.total_pnl = formatAmount(equity - start);
    row.roi_pct = roiPct(equity, start);
    row.metrics = JSON.stringify(stored);
    row.sharpe_ratio = computed.sharpe;
    row.max_drawdown_pct = computed.maxDrawdownPct;
    row.completed_at = isoTime(this.ctx.clock.now());
    if (!(await repo.updateSession(tx, row, expected))) throw new StaleSession(row);
    // The webhook outbox row commits with the completion itself. Battle and strategy-test sessions
    // are not announced: their battle or test announces its own completion.
    if (status === 'completed' && row.battle_id === null && row.strategy_test_id === null) {
      await enqueueWebhookEventSync(tx, this.ctx, row.account_id, 'backtest.completed', backtestCompletedData(row));
    }
  }

  /**
   * A running session whose stored state cannot be reopened at app start (a corrupt checkpoint or
   * config): it fails, so status and list tell the truth instead of `running` forever. Without a
   * sandbox to value, its final equity is that of its last stored snapshot (the starting balance if
   * none); its metrics come from the stored fills and snapshots, as for any ended session.
   */
  private async failUnresumable(row: BacktestSessionRow, err: unknown): Promise<void> {
    const snapshots = await repo.findSnapshots(this.ctx.db, row.id, false);
    const last = snapshots[snapshots.length - 1];
    const equity = last ? storedAmount(last.total_equity) : parseAmount(row.starting_balance);
    const message = err instanceof Error ? err.message : String(err);
    const version = Number(row.version);
    await this.ctx.writes.submit((tx) =>
      this.endRowSync(tx, { ...row, version: version + 1 }, equity, 'failed', `could not resume after a restart: ${message}`, version),
    );
  }

  // --- lifecycle of a session -----------------------------------------------------------------------

  /**
   * Creates a session (status `created`) for `agent` (the handler resolves body.agent_id within the
   * account, else the agent in scope). Errors: VALIDATION_ERROR 422 (dates, balance 1–10,000,000,
   * interval, label, pairs format, fee_rate ≠ 0.001), INVALID_SYMBOL 400 (unknown pair),
   * BACKTEST_NO_DATA 400 (no stored bars of the interval in the range for a requested pair / any pair).
   */
  async create(account: Account, agent: Agent, body: CreateBacktestBody): Promise<CreatedBacktest> {
    const { row, estimatedPairs } = await this.newSession(account, agent, body, null, (name) => `body.${name}`);
    await this.ctx.writes.submit((tx) => repo.insertSession(tx, row));
    return {
      session_id: row.id,
      status: 'created',
      total_steps: Number(row.total_steps),
      estimated_pairs: estimatedPairs,
      agent_id: agent.id,
    };
  }

  /**
   * The row of a new session (not stored), validated as `create` documents. `field` names a body
   * field in an error (a battle's fields live elsewhere in its own body).
   */
  private async newSession(
    account: Account,
    agent: Pick<Agent, 'id' | 'account_id' | 'risk_profile'>,
    body: CreateBacktestBody,
    battleId: string | null,
    field: (name: keyof CreateBacktestBody) => string,
  ): Promise<{ row: BacktestSessionRow; estimatedPairs: number }> {
    if (agent.account_id !== account.id) throw new DomainError('AGENT_NOT_FOUND', `Agent '${agent.id}' not found.`, { agent_id: agent.id });
    const startMs = parseTime(body.start_time, field('start_time'));
    const endMs = parseTime(body.end_time, field('end_time'));
    if (endMs <= startMs) throw validationError([{ field: field('end_time'), message: 'must be after start_time' }]);
    const balance = parseDecimalInput(body.starting_balance, field('starting_balance'));
    if (balance < MIN_BALANCE || balance > MAX_BALANCE) {
      throw validationError([{ field: field('starting_balance'), message: 'must be from 1 to 10000000' }]);
    }
    const intervalSec = parseInterval(body.candle_interval, field('candle_interval'), 60);
    const intervalMs = intervalSec * 1000;
    const totalSteps = Math.floor((endMs - startMs) / intervalMs);
    if (totalSteps < 1) throw validationError([{ field: field('end_time'), message: 'the range must span at least one candle interval' }]);
    const label = body.strategy_label ?? 'default';
    if (typeof label !== 'string' || label.length < 1 || label.length > 100) {
      throw validationError([{ field: field('strategy_label'), message: 'must be 1 to 100 characters' }]);
    }
    if (body.exchange !== undefined && body.exchange !== 'binance') {
      throw validationError([{ field: field('exchange'), message: 'only binance data is stored' }]);
    }
    if (body.fee_rate !== undefined && parseDecimalInput(body.fee_rate, field('fee_rate')) !== LIVE_FEE_RATE) {
      throw validationError([{ field: field('fee_rate'), message: 'backtests use the live fee, 0.001' }]);
    }
    const requested = body.pairs?.map((s) => String(s).trim().toUpperCase());
    const bad = requested?.filter((s) => !SYMBOL_PATTERN.test(s)) ?? [];
    if (bad.length > 0) throw validationError([{ field: field('pairs'), message: `not a USDT symbol: ${bad.join(', ')}` }]);
    if (requested && requested.length === 0) throw validationError([{ field: field('pairs'), message: 'must not be empty' }]);

    const known = new Map((await findPairs(this.ctx.db)).map((p) => [p.symbol, p]));
    const unknown = requested?.filter((s) => !known.has(s)) ?? [];
    if (unknown.length > 0) {
      throw new DomainError('INVALID_SYMBOL', `Unknown symbol(s): ${unknown.join(', ')}.`, { symbols: unknown, reason: 'unknown_symbol' });
    }
    const candidates = requested ? [...new Set(requested)].sort() : [...known.keys()].filter((s) => known.get(s)!.quote_asset === 'USDT');
    const interval = INTERVAL_LABELS[intervalSec]!;
    // A pair has data for the session when a bar closes inside it; estimated_pairs: priced at the start.
    const coverage = await readNow(this.ctx.db, async (tx) => {
      const out: Array<{ symbol: string; inRange: boolean; atStart: boolean }> = [];
      for (const symbol of candidates) {
        out.push({
          symbol,
          inRange: (await repo.readBars(tx, symbol, interval, startMs - intervalMs, endMs - intervalMs, 1)).length > 0,
          atStart: (await repo.readLatestBar(tx, symbol, interval, startMs - intervalMs)) !== undefined,
        });
      }
      return out;
    });
    const missing = coverage.filter((c) => !c.inRange).map((c) => c.symbol);
    if (requested && missing.length > 0) {
      throw new DomainError('BACKTEST_NO_DATA', `No stored ${interval} candles in the range for: ${missing.join(', ')}.`, {
        symbols: missing,
        start_time: isoTime(startMs),
        end_time: isoTime(endMs),
        candle_interval: interval,
      });
    }
    const used = coverage.filter((c) => c.inRange);
    if (used.length === 0) {
      throw new DomainError('BACKTEST_NO_DATA', `No stored ${interval} candles between ${isoTime(startMs)} and ${isoTime(endMs)}.`, {
        start_time: isoTime(startMs),
        end_time: isoTime(endMs),
        candle_interval: interval,
      });
    }
    const risk = effectiveRiskProfile(account.risk_profile, agent.risk_profile);
    const config: SessionConfig = {
      pairs: used.map(({ symbol }): StoredPair => {
        const p = known.get(symbol)!;
        return {
          symbol,
          baseAsset: p.base_asset,
          quoteAsset: p.quote_asset,
          tickSize: p.tick_size,
          stepSize: p.step_size,
          minQty: p.min_qty,
          maxQty: p.max_qty,
          minNotional: p.min_notional,
        };
      }),
      risk: { ...risk, min_order_size_usd: formatAmount(risk.min_order_size_usd) },
    };
    const now = this.ctx.clock.now();
    const row: BacktestSessionRow = {
      id: this.ctx.ids.next(),
      account_id: account.id,
      agent_id: agent.id,
      strategy_label: label,
      status: 'created',
      start_ms: startMs,
      end_ms: endMs,
      interval_sec: intervalSec,
      starting_balance: formatAmount(balance),
      config: JSON.stringify(config),
      total_steps: totalSteps,
      current_step: 0,
      virtual_ms: startMs,
      checkpoint: null,
      final_equity: null,
      total_pnl: null,
      roi_pct: null,
      total_trades: 0,
      total_fees: formatAmount(0n),
      metrics: null,
      sharpe_ratio: null,
      max_drawdown_pct: null,
      error: null,
      created_at: isoTime(now),
      started_at: null,
      completed_at: null,
      run_ms: 0,
      touched_ms: now,
      battle_id: battleId,
      strategy_test_id: null,
      version: 0,
    };
    return { row, estimatedPairs: used.filter((c) => c.atStart).length };
  }

  /** created → running. BACKTEST_INVALID_STATE 409 from any other status. */
  async start(account: Account, id: string): Promise<StartedBacktest> {
    const { id: key } = await this.owned(account, id);
    return this.exclusive(key, async () => {
      const row = await this.ownedPlain(account, key, 'start');
      if (row.status !== 'created') throw invalidState(row, 'start', ['created']);
      await this.startRow(row);
      return { session_id: row.id, status: 'running' };
    });
  }

  private async startRow(row: BacktestSessionRow): Promise<SessionRuntime> {
    const rt = await this.openRuntime({ ...row, status: 'running' });
    rt.row.started_at = isoTime(this.ctx.clock.now());
    rt.snapshot(0, true);
    this.runtimes.set(row.id, rt);
    await this.persist(rt);
    return rt;
  }

  /**
   * Advances the virtual clock `opts.steps` candle intervals (stopping at the last step, which
   * auto-completes the session). Only `running`: else BACKTEST_INVALID_STATE 409. The response is
   * the state after the last executed step; `orders_filled` holds the fills of every step of the
   * call, except with `fast`, where it holds the last step's unless `includeIntermediateTrades`.
   */
  async step(account: Account, id: string, opts: StepOptions): Promise<StepResponse> {
    const max = opts.fast ? MAX_FAST : MAX_BATCH;
    if (!Number.isInteger(opts.steps) || opts.steps < 1 || opts.steps > max) {
      throw validationError([{ field: 'body.steps', message: `must be an integer from 1 to ${max}` }]);
    }
    const { id: key } = await this.owned(account, id);
    return this.exclusive(key, async () => {
      const row = await this.ownedPlain(account, key, 'step');
      if (row.status !== 'running')
        throw invalidState(row, row.status === 'completed' ? 'step: it is already completed' : 'step', ['running']);
      const rt = await this.runtimeOf(row);
      const total = rt.row.total_steps;
      const target = Math.min(total, rt.row.current_step + opts.steps);
      const firstStep = rt.row.current_step;
      const keepAll = !opts.fast || opts.includeIntermediateTrades === true;
      let filled: FilledOrderDto[] = [];
      let lastEventStep = -1;
      const onEvents = (events: StepEvent[], step: number) => {
        if (!keepAll && step !== lastEventStep) filled = [];
        lastEventStep = step;
        for (const e of events) filled.push(...toFilledOrderDtos(e.result, e.at));
      };
      const complete = await this.advance(rt, target, opts.fast, onEvents, () => {
        // Fast mode: the fills of earlier steps are not reported, only those of the last step.
        if (!keepAll && lastEventStep !== target) filled = [];
      });
      const response: StepResponse = {
        session_id: rt.row.id,
        virtual_time: isoTime(rt.now),
        step: rt.row.current_step,
        total_steps: total,
        progress_pct: progressPct(rt.row.current_step, total),
        prices: pricesOf(rt),
        orders_filled: filled,
        portfolio: toPortfolioDto(rt),
        is_complete: complete,
        remaining_steps: total - rt.row.current_step,
        steps_executed: rt.row.current_step - firstStep,
        status: rt.row.status,
      };
      if (complete) {
        this.ctx.events.emitBacktestCompleted({
          backtest_id: rt.row.id,
          status: 'completed',
          roi_pct: rt.row.roi_pct!,
          total_trades: rt.row.total_trades,
          final_equity: rt.row.final_equity!,
        });
      }
      return response;
    });
  }

  /**
   * Runs the running session `rt` up to step `target` (bars read chunk by chunk) and persists it,
   * completing it on its last step; returns whether it completed. A step that throws fails the
   * session. `beforePersist` runs after the last step, before the write.
   */
  private async advance(
    rt: SessionRuntime,
    target: number,
    fast: boolean,
    onEvents: (events: StepEvent[], step: number) => void,
    beforePersist?: () => void,
  ): Promise<boolean> {
    const began = performance.now();
    const chunk = Math.max(1, Math.floor(CHUNK_BARS / Math.max(1, rt.streams.length)));
    try {
      while (rt.row.current_step < target) {
        const until = Math.min(target, rt.row.current_step + chunk);
        await readNow(this.ctx.db, (tx) => rt.load(tx, until));
        rt.run(until - rt.row.current_step, fast, onEvents);
      }
    } catch (err) {
      await this.fail(rt, err);
      throw err;
    }
    beforePersist?.();
    rt.row.run_ms = runMs(rt.row, began);
    const complete = rt.row.current_step >= rt.row.total_steps;
    await this.persist(rt, complete ? { status: 'completed' } : undefined);
    return complete;
  }

  /** A step that threw (a bug or a storage failure): the session fails, from its last checkpoint. */
  private async fail(rt: SessionRuntime, err: unknown): Promise<void> {
    this.runtimes.delete(rt.row.id);
    this.ctx.logger?.error('backtest step failed', {
      session_id: rt.row.id,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    try {
      const row = await repo.findSession(this.ctx.db, rt.row.id);
      if (!row || row.status !== 'running') return;
      const stored = await this.openRuntime(row);
      await this.persist(stored, { status: 'failed', error: err instanceof Error ? err.message : String(err) });
    } catch (again) {
      this.ctx.logger?.error('marking a backtest failed failed', { session_id: rt.row.id, error: String(again) });
    }
  }

  /** created/running → cancelled (positions kept, partial results). BACKTEST_INVALID_STATE 409 otherwise. */
  async cancel(account: Account, id: string): Promise<CancelledBacktest> {
    const { id: key } = await this.owned(account, id);
    return this.exclusive(key, async () => {
      const row = await this.ownedPlain(account, key, 'be cancelled');
      if (row.status !== 'created' && row.status !== 'running') throw invalidState(row, 'be cancelled', ['created', 'running']);
      const ended = await this.cancelRow(row, 'user');
      return { session_id: ended.id, status: 'cancelled', total_trades: Number(ended.total_trades), roi_pct: ended.roi_pct ?? '0.00' };
    });
  }

  private async cancelRow(row: BacktestSessionRow, why: 'user' | 'idle'): Promise<BacktestSessionRow> {
    const rt = row.status === 'running' ? await this.runtimeOf(row) : await this.openRuntime(row);
    rt.snapshot(rt.row.current_step, true);
    await this.persist(rt, { status: 'cancelled', ...(why === 'idle' ? { error: 'cancelled after an hour without calls' } : {}) });
    return rt.row;
  }

  /** The session's list item, any status. */
  async status(account: Account, id: string): Promise<BacktestListItem> {
    return toListItem(await this.owned(account, id));
  }

  // --- sandbox trading ------------------------------------------------------------------------------

  /**
   * Places an order in the sandbox at the current virtual time through the live engine. Only
   * `running` (409 otherwise). A risk-chain rejection throws the live DomainError (same code,
   * status and details as live trading); a rejected order is not stored. VALIDATION_ERROR 422 for
   * malformed decimals, a price missing/forbidden for the type, options that do not fit it, or a
   * GTD `expire_at` not later than the virtual now. An IOC/FOK limit that cannot fill now is
   * stored and returned `expired`.
   */
  async placeOrder(account: Account, id: string, body: BacktestOrderBody): Promise<PlacedBacktestOrder> {
    const intent = orderIntentOf(orderRequestOf(body, body.type ?? 'market'));
    const { id: key } = await this.owned(account, id);
    return this.exclusive(key, async () => {
      const row = await this.ownedPlain(account, key, 'trade');
      if (row.status !== 'running') throw invalidState(row, 'trade', ['running']);
      const { result, at } = await this.placeRow(row, intent);
      const fill = result.kind === 'filled' ? result.fill : undefined;
      const resting = result.kind === 'resting' ? result.order : undefined;
      return {
        order_id: result.order.id,
        status: result.kind === 'filled' ? 'filled' : result.kind === 'resting' ? 'pending' : 'expired',
        symbol: result.order.symbol,
        side: result.order.side,
        type: result.order.type,
        quantity: formatAmount(result.order.quantity),
        price: formatOptionalAmount(shownPrice(result.order)),
        executed_price: fill ? formatAmount(fill.price) : null,
        executed_qty: fill ? formatAmount(fill.quantity) : null,
        slippage_pct: fill ? formatAmount(fill.slippagePct) : null,
        fee: fill ? formatAmount(fill.fee) : null,
        realized_pnl: fill ? formatAmount(fill.realizedPnl) : null,
        locked_asset: resting ? resting.lockedAsset : null,
        locked_amount: formatAmount(resting ? resting.lockedAmount : 0n),
        simulated_at: isoTime(at),
        time_in_force: result.order.timeInForce,
        group_id: result.order.groupId,
        parent_order_id: result.order.parentOrderId,
      };
    });
  }

  /**
   * Places two legs on one quantity as an OCO group in the sandbox at the current virtual time
   * (live rules: risk chain on each leg, neither may fill or fire at once). Same state checks and
   * errors as placeOrder. Returns the group and both stored legs, take-profit leg first.
   */
  async placeOco(account: Account, id: string, body: BacktestOcoBody): Promise<BacktestOcoGroupDto> {
    const intent = ocoIntentOf(ocoRequestOf(body));
    const { id: key } = await this.owned(account, id);
    return this.exclusive(key, async () => {
      const row = await this.ownedPlain(account, key, 'trade');
      if (row.status !== 'running') throw invalidState(row, 'trade', ['running']);
      const rt = await this.runtimeOf(row);
      checkExpiry(intent.options, rt.now, null);
      const result = rt.sandbox.placeOco(intent, rt.now, rt);
      if (result.kind === 'rejected') throw new DomainError(result.code, result.message, result.details);
      const changes = rt.sandbox.changes.orders;
      const legs = result.orders.map((o) => toOrderDto(toOrderRow(rt.row.id, changes.get(o.id)!), undefined)) as [
        BacktestOrderDto,
        BacktestOrderDto,
      ];
      await this.persist(rt);
      return { group_id: result.groupId, orders: legs };
    });
  }

  /**
   * Places `intent` in the running session `row` and persists it; a rejection throws the live
   * DomainError. A GTD expiry must be later than the virtual now (a backtest has no pending TTL).
   */
  private async placeRow(
    row: BacktestSessionRow,
    intent: OrderIntent,
  ): Promise<{ result: FilledResult | RestingResult | CancelledResult; at: number }> {
    const rt = await this.runtimeOf(row);
    checkExpiry(intent.options, rt.now, null);
    const result = rt.sandbox.place(intent, rt.now, rt);
    if (result.kind === 'rejected') throw new DomainError(result.code, result.message, result.details);
    if (result.kind === 'filled') rt.snapshot(rt.row.current_step, rt.row.current_step % rt.every === 0);
    await this.persist(rt);
    return { result, at: rt.now };
  }

  /** Orders of the session, oldest first; `openOnly`: pending ones. */
  async orders(account: Account, id: string, opts: { openOnly?: boolean }): Promise<BacktestOrdersDto> {
    const row = await this.owned(account, id);
    const [orders, trades] = await Promise.all([
      repo.findOrders(this.ctx.db, row.id, opts.openOnly === true),
      opts.openOnly ? Promise.resolve([] as BacktestTradeRow[]) : repo.findTrades(this.ctx.db, row.id),
    ]);
    const byOrder = new Map(trades.map((t) => [t.order_id, t]));
    // A loaded session's trailing stops have moved since the last write only if steps ran in
    // between, which always persists; the book is still the truth, as the live matcher's memory is
    // (when current: a stale runtime's book is another instance's past).
    const book = this.cached(row)?.sandbox.book;
    const out = orders.map((o) =>
      toOrderDto(o, byOrder.get(o.id), o.status === 'pending' && o.type === 'trailing_stop' ? book?.trailOf(o.id) : undefined),
    );
    return { orders: out, count: out.length };
  }

  /**
   * Cancels a pending order (only while `running`, else 409). Unknown order: ORDER_NOT_FOUND 404;
   * not pending: `{cancelled: false}`.
   */
  async cancelOrder(account: Account, id: string, orderId: string): Promise<BacktestCancelOrderDto> {
    const { id: key } = await this.owned(account, id);
    const oid = String(orderId).toLowerCase();
    return this.exclusive(key, async () => {
      const row = await this.ownedPlain(account, key, 'cancel orders');
      if (row.status !== 'running') throw invalidState(row, 'cancel orders', ['running']);
      const stored = await repo.findOrder(this.ctx.db, row.id, oid);
      if (!stored) throw new DomainError('ORDER_NOT_FOUND', `Order '${orderId}' not found.`, { order_id: orderId });
      const rt = await this.runtimeOf(row);
      const done = rt.sandbox.cancel(oid, rt.now);
      if (!done) return { order_id: oid, cancelled: false };
      await this.persist(rt);
      return { order_id: oid, cancelled: true };
    });
  }

  /** Every fill of the session, oldest first. */
  async tradeHistory(account: Account, id: string): Promise<TradeHistoryDto> {
    const row = await this.owned(account, id);
    const trades = (await repo.findTrades(this.ctx.db, row.id)).map(toTradeDto);
    return { trades, count: trades.length };
  }

  // --- sandbox market ------------------------------------------------------------------------------

  /**
   * Close of the latest bar closed at or before the virtual time. As the live price route answers:
   * a symbol that is not one of the session's pairs is INVALID_SYMBOL 400; a session pair without a
   * closed bar yet is PRICE_NOT_AVAILABLE 503 (never an invented price).
   */
  async price(account: Account, id: string, symbol: string): Promise<SandboxPriceDto> {
    const row = await this.owned(account, id);
    const s = sessionSymbol(row, symbol);
    const rt = await this.view(row);
    const price = rt.price(s);
    if (price === undefined) throw noClosedBar(s, rt.now, 'no_closed_candle');
    return { symbol: s, price: formatAmount(price), virtual_time: isoTime(rt.now) };
  }

  /** Prices of every session pair that has one. */
  async prices(account: Account, id: string): Promise<SandboxPricesDto> {
    const rt = await this.view(await this.owned(account, id));
    return { prices: pricesOf(rt), virtual_time: isoTime(rt.now) };
  }

  /** 1-minute bars of a session pair closed in [from, t]. */
  private async closedMinuteBars(symbol: string, t: number, from: number): Promise<Candle[]> {
    const rows = await findCandlesBetween(this.ctx.db, symbol, from, t - 60_000 + 1);
    return rows.map(fromCandleRow);
  }

  /**
   * 24 h statistics over the 1-minute bars closed in (t − 24 h, t]. Not a session pair: INVALID_SYMBOL
   * 400; no such bar: PRICE_NOT_AVAILABLE 503, as the live ticker answers a pair that has not traded.
   */
  async ticker(account: Account, id: string, symbol: string): Promise<SandboxTickerDto> {
    const row = await this.owned(account, id);
    const t = Number(row.virtual_ms);
    const s = sessionSymbol(row, symbol);
    const bars = await this.closedMinuteBars(s, t, t - DAY_MS - 60_000 + 1);
    const virtualTime = isoTime(t);
    if (bars.length === 0) throw noClosedBar(s, t, 'no_candles_24h');
    let high = bars[0]!.high;
    let low = bars[0]!.low;
    let volume = 0n;
    let quoteVolume = 0n;
    let trades = 0;
    for (const b of bars) {
      if (b.high > high) high = b.high;
      if (b.low < low) low = b.low;
      volume += b.volume;
      quoteVolume += b.quoteVolume;
      trades += b.tradeCount;
    }
    const open = bars[0]!.open;
    const close = bars[bars.length - 1]!.close;
    return {
      symbol: s,
      open: formatAmount(open),
      high: formatAmount(high),
      low: formatAmount(low),
      close: formatAmount(close),
      volume: formatAmount(volume),
      quote_volume: formatAmount(quoteVolume),
      trade_count: trades,
      price_change: formatAmount(close - open),
      price_change_pct: formatAmountTo(open === 0n ? 0n : percentOf(close - open, open), 2),
      virtual_time: virtualTime,
    };
  }

  /**
   * Closed bars only (openTime + interval ≤ virtual time), newest `limit` (1–1000, default 100),
   * oldest first. `interval`: label or seconds (default the session's interval). VALIDATION_ERROR 422
   * for an unknown interval or limit out of range; INVALID_SYMBOL 400 for a symbol not in the
   * session. A session pair with no closed bar yet: an empty list (a list, like live candles).
   */
  async candles(
    account: Account,
    id: string,
    symbol: string,
    opts: { interval?: string | number; limit?: number },
  ): Promise<SandboxCandlesDto> {
    const intervalSec = parseInterval(opts.interval, 'query.interval', 60);
    const limit = intRange(opts.limit, 'query.limit', 1, 1000, 100);
    const row = await this.owned(account, id);
    const t = Number(row.virtual_ms);
    const s = sessionSymbol(row, symbol);
    const label = INTERVAL_LABELS[intervalSec]!;
    // Open time ≤ t − I, i.e. < t − I + 1: only bars closed by the virtual time.
    const to = t - intervalSec * 1000 + 1;
    const rows =
      label === '1m'
        ? await findLatestCandles(this.ctx.db, s, undefined, to, limit)
        : await findLatestCandleRollups(this.ctx.db, s, label, undefined, to, limit);
    const candles = rows
      .map(fromCandleRow)
      .reverse()
      .map((c) => ({
        bucket: isoTime(c.openTime),
        open: formatAmount(c.open),
        high: formatAmount(c.high),
        low: formatAmount(c.low),
        close: formatAmount(c.close),
        volume: formatAmount(c.volume),
        trade_count: c.tradeCount,
      }));
    return { symbol: s, interval: label, candles, count: candles.length, virtual_time: isoTime(t) };
  }

  /**
   * GET /backtest/{id}/market/indicators/{symbol}: src/market/indicators.ts over the newest
   * `lookback` (14–500, default 200) 1-minute bars closed at the virtual time. `indicators`: a
   * comma-separated list (default all); an unknown name is VALIDATION_ERROR 422. As the live route:
   * a symbol not in the session is INVALID_SYMBOL 400, no closed bar yet PRICE_NOT_AVAILABLE 503.
   */
  async indicators(
    account: Account,
    id: string,
    symbol: string,
    query: { indicators?: string; lookback?: number },
  ): Promise<{ symbol: string; timestamp: string; candles_used: number; indicators: Record<string, string>; virtual_time: string }> {
    const names = parseIndicatorNames(query.indicators);
    const lookback = intRange(query.lookback, 'query.lookback', 14, 500, DEFAULT_LOOKBACK);
    const row = await this.owned(account, id);
    const t = Number(row.virtual_ms);
    const s = sessionSymbol(row, symbol);
    const candles = (await findLatestCandles(this.ctx.db, s, undefined, t - 60_000 + 1, lookback)).map(fromCandleRow).reverse();
    if (candles.length === 0) throw noClosedBar(s, t, 'no_candles');
    const values = computeIndicators(candles, names);
    return {
      symbol: s,
      timestamp: isoTime(t),
      candles_used: candles.length,
      indicators: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, formatIndicatorValue(value)])),
      virtual_time: isoTime(t),
    };
  }

  // --- sandbox account -----------------------------------------------------------------------------

  /** Non-zero balances. */
  async balance(account: Account, id: string): Promise<BalanceDto> {
    const rt = await this.view(await this.owned(account, id));
    return { balances: toBalances(rt) };
  }

  /** Open positions. */
  async positions(account: Account, id: string): Promise<PositionsDto> {
    const rt = await this.view(await this.owned(account, id));
    const positions = [...rt.sandbox.positions.values()]
      .filter((p) => p.quantity > 0n)
      .sort((a, b) => (a.symbol < b.symbol ? -1 : 1))
      .map((p) => ({
        symbol: p.symbol,
        quantity: formatAmount(p.quantity),
        avg_entry_price: formatAmount(avgEntryPrice(p)),
        realized_pnl: formatAmount(p.realizedPnl),
      }));
    return { positions };
  }

  /** The portfolio at the virtual time. */
  async portfolio(account: Account, id: string): Promise<BacktestPortfolioDto> {
    return toPortfolioDto(await this.view(await this.owned(account, id)));
  }

  // --- results -------------------------------------------------------------------------------------

  /** Results, any status (a session not ended yet: the results so far). */
  async results(account: Account, id: string): Promise<BacktestResultsDto> {
    const row = await this.owned(account, id);
    const start = parseAmount(row.starting_balance);
    let stored = storedMetricsOf(row);
    let finalEquity: Amount;
    if (stored && row.final_equity !== null) {
      finalEquity = parseAmount(row.final_equity);
    } else {
      const rt = await this.view(row);
      finalEquity = rt.sandbox.valuation(rt).totalEquity;
      const [trades, snapshots] = await Promise.all([repo.findTrades(this.ctx.db, row.id), repo.findSnapshots(this.ctx.db, row.id, true)]);
      const computed = computeResults(row, trades, snapshots, Number(row.virtual_ms));
      stored = {
        metrics: computed.metrics,
        by_pair: computed.byPair,
        raw: { sharpe: null, sortino: null, maxDrawdownPct: null, winRatePct: null, profitFactor: null },
      };
    }
    return {
      session_id: row.id,
      status: row.status,
      config: {
        start_time: isoTime(Number(row.start_ms)),
        end_time: isoTime(Number(row.end_ms)),
        starting_balance: row.starting_balance,
        candle_interval: intervalLabel(Number(row.interval_sec)),
        candle_interval_seconds: Number(row.interval_sec),
        pairs: pairsOf(row),
        strategy_label: row.strategy_label,
        agent_id: row.agent_id,
      },
      summary: {
        final_equity: formatAmount(finalEquity),
        total_pnl: formatAmount(finalEquity - start),
        roi_pct: roiPct(finalEquity, start),
        total_trades: Number(row.total_trades),
        total_fees: row.total_fees,
        duration_real_sec: row.started_at === null ? null : Math.round(Number(row.run_ms)) / 1000,
        current_step: Number(row.current_step),
        total_steps: Number(row.total_steps),
      },
      metrics: stored.metrics,
      by_pair: stored.by_pair,
    };
  }

  /** Every `interval`-th snapshot (≥ 1, default 1), oldest first. */
  async equityCurve(account: Account, id: string, opts: { interval?: number }): Promise<EquityCurveDto> {
    const every = intRange(opts.interval, 'query.interval', 1, Number.MAX_SAFE_INTEGER, 1);
    const row = await this.owned(account, id);
    const snapshots = (await repo.findSnapshots(this.ctx.db, row.id, false)).filter((_, i) => i % every === 0).map(toSnapshotDto);
    return { session_id: row.id, interval: String(every), snapshots };
  }

  /** Fills page: limit 1–10000 (1000), offset ≥ 0. */
  async trades(account: Account, id: string, opts: { limit?: number; offset?: number }): Promise<TradesPageDto> {
    const limit = intRange(opts.limit, 'query.limit', 1, 10_000, 1000);
    const offset = intRange(opts.offset, 'query.offset', 0, Number.MAX_SAFE_INTEGER, 0);
    const row = await this.owned(account, id);
    const [trades, total] = await Promise.all([
      repo.findTrades(this.ctx.db, row.id, { limit, offset }),
      repo.countTrades(this.ctx.db, row.id),
    ]);
    return { session_id: row.id, trades: trades.map(toTradeDto), total };
  }

  // --- discovery -----------------------------------------------------------------------------------

  /**
   * The account's sessions, filtered, sorted descending by `sortBy`, the page of `limit` after
   * skipping `offset`; `total` = all that match (the project's list convention).
   */
  async list(account: Account, filter: ListFilter): Promise<BacktestListDto> {
    const limit = intRange(filter.limit, 'query.limit', 1, 200, 50);
    const offset = intRange(filter.offset, 'query.offset', 0, 100_000, 0);
    const rows = await repo.findAccountSessions(this.ctx.db, account.id, filter);
    const key = sortKey(filter.sortBy ?? 'created_at');
    // Stable: equal keys (and sessions without the metric, last) keep the newest-first order.
    const sorted = [...rows].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? 1 : -1;
    });
    return { backtests: sorted.slice(offset, offset + limit).map(toListItem), total: rows.length };
  }

  /** ≥ 2 ids (VALIDATION_ERROR 422 otherwise); any missing/foreign id → BACKTEST_NOT_FOUND 404. */
  async compare(account: Account, ids: string[]): Promise<ComparisonDto> {
    const unique = [...new Set(ids.map((i) => String(i).trim().toLowerCase()).filter((i) => i !== ''))];
    if (unique.length < 2) throw validationError([{ field: 'query.sessions', message: 'needs at least two distinct session ids' }]);
    const rows: BacktestSessionRow[] = [];
    for (const id of unique) rows.push(await this.owned(account, id));
    const comparisons = rows.map((row) => {
      const stored = storedMetricsOf(row);
      const completed = row.status === 'completed';
      // A metric the results could not compute (shown there as 0 + not_computable) is null here, as
      // `best` and best_by_* skip it: a side-by-side view must not rank an invented 0.
      const shown = (raw: keyof StoredMetrics['raw'], field: 'sharpe_ratio' | 'max_drawdown_pct' | 'win_rate' | 'profit_factor') =>
        stored && stored.raw[raw] !== null && stored.raw[raw] !== undefined ? stored.metrics[field] : null;
      return {
        session_id: row.id,
        strategy_label: row.strategy_label,
        status: row.status,
        roi_pct: row.roi_pct,
        sharpe_ratio: completed ? shown('sharpe', 'sharpe_ratio') : null,
        max_drawdown_pct: completed ? shown('maxDrawdownPct', 'max_drawdown_pct') : null,
        total_trades: Number(row.total_trades),
        win_rate: shown('winRatePct', 'win_rate'),
        profit_factor: shown('profitFactor', 'profit_factor'),
      };
    });
    const pick = (value: (r: BacktestSessionRow) => number | null, better: (a: number, b: number) => boolean): string | null => {
      let best: { id: string; v: number } | undefined;
      for (const r of rows) {
        const v = value(r);
        if (v !== null && (best === undefined || better(v, best.v))) best = { id: r.id, v };
      }
      return best?.id ?? null;
    };
    const completedOnly = (f: (r: BacktestSessionRow) => number | null) => (r: BacktestSessionRow) =>
      r.status === 'completed' ? f(r) : null;
    const bestBySharpe = pick(
      completedOnly((r) => r.sharpe_ratio),
      (a, b) => a > b,
    );
    return {
      comparisons,
      best_by_roi: pick(
        (r) => (r.roi_pct === null ? null : Number(r.roi_pct)),
        (a, b) => a > b,
      ),
      best_by_sharpe: bestBySharpe,
      best_by_drawdown: pick(
        completedOnly((r) => r.max_drawdown_pct),
        (a, b) => a < b,
      ),
      recommendation: bestBySharpe,
    };
  }

  /** The completed session with the best `metric` (lowest for max_drawdown_pct); none → BACKTEST_NOT_FOUND 404. */
  async best(account: Account, opts: { metric?: BestMetric; strategyLabel?: string }): Promise<BestDto> {
    const metric = opts.metric ?? 'roi_pct';
    const value = BEST_VALUES[metric];
    if (!value) throw validationError([{ field: 'query.metric', message: `must be one of ${Object.keys(BEST_VALUES).join(', ')}` }]);
    const rows = await repo.findAccountSessions(this.ctx.db, account.id, {
      status: 'completed',
      ...(opts.strategyLabel !== undefined ? { strategyLabel: opts.strategyLabel } : {}),
    });
    let best: { row: BacktestSessionRow; v: number; text: string } | undefined;
    for (const row of rows) {
      const got = value(row);
      if (!got) continue;
      const better = metric === 'max_drawdown_pct' ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
      if (best === undefined || better(got.v, best.v)) best = { row, v: got.v, text: got.text };
    }
    if (!best) {
      throw new DomainError('BACKTEST_NOT_FOUND', 'No completed backtest has this metric.', {
        metric,
        ...(opts.strategyLabel !== undefined ? { strategy_label: opts.strategyLabel } : {}),
      });
    }
    return { session_id: best.row.id, strategy_label: best.row.strategy_label, metric, value: best.text };
  }

  // --- battles (src/battles/historical.ts) -----------------------------------------------------------
  //
  // The battle resolves the session from its participant, checks the battle's state and ownership,
  // and calls these; they skip the battle_session refusal and never emit backtest.completed (the
  // battle announces its own completion). Same queue and persistence as the public calls.

  /**
   * Creates (status `created`) the session `agent` trades in for battle `battleId`, labelled
   * `battle_<id>`. Validated as `create`; errors name the battle body's fields. Returns its id.
   */
  async createForBattle(account: Account, agent: Agent, battleId: string, spec: BattleSessionSpec): Promise<string> {
    const body: CreateBacktestBody = {
      start_time: spec.start_time,
      end_time: spec.end_time,
      starting_balance: spec.starting_balance,
      candle_interval: spec.candle_interval,
      ...(spec.pairs !== null ? { pairs: spec.pairs } : {}),
      strategy_label: `battle_${battleId}`,
    };
    const { row } = await this.newSession(account, agent, body, battleId, (name) =>
      name === 'starting_balance' ? 'body.config.starting_balance' : `body.backtest_config.${name}`,
    );
    await this.ctx.writes.submit((tx) => repo.insertSession(tx, row));
    return row.id;
  }

  /** created → running; a running session is left as it is (a retried battle start). */
  async startForBattle(id: string): Promise<void> {
    await this.exclusive(id, async () => {
      const row = await this.battleRow(id);
      if (row.status === 'running') return;
      if (row.status !== 'created') throw invalidState(row, 'start', ['created']);
      await this.startRow(row);
    });
  }

  /**
   * Steps a running battle session up to the absolute step `target` (capped at its last step, which
   * completes it); a session already there, or completed, is left as it is. Returns the fills and
   * triggered cancels of the steps run, in order.
   */
  async stepForBattle(id: string, target: number): Promise<{ events: StepEvent[]; complete: boolean }> {
    return this.exclusive(id, async () => {
      const row = await this.battleRow(id);
      if (row.status === 'completed') return { events: [], complete: true };
      if (row.status !== 'running') throw invalidState(row, 'step', ['running']);
      const rt = await this.runtimeOf(row);
      const events: StepEvent[] = [];
      const until = Math.min(rt.row.total_steps, target);
      // Already there (a laggard's peers while it catches up): nothing to run or write.
      if (until <= rt.row.current_step) return { events, complete: false };
      const complete = await this.advance(rt, until, false, (stepEvents) => events.push(...stepEvents));
      return { events, complete };
    });
  }

  /** Places `intent` (orderIntentOf) in a running battle session at its virtual time; rejections throw as live. */
  async placeOrderForBattle(
    id: string,
    intent: OrderIntent,
  ): Promise<{ result: FilledResult | RestingResult | CancelledResult; at: number }> {
    return this.exclusive(id, async () => {
      const row = await this.battleRow(id);
      if (row.status !== 'running') throw invalidState(row, 'trade', ['running']);
      return this.placeRow(row, intent);
    });
  }

  /**
   * Ends a battle session at its current step: `completed` as its last step would (resting orders
   * cancelled, positions sold through the engine, results stored), or `cancelled` (positions kept,
   * partial results), as the cancel route does. An ended session is left as it is. Returns the
   * closing fills.
   */
  async endForBattle(id: string, status: 'completed' | 'cancelled'): Promise<StepEvent[]> {
    return this.exclusive(id, async () => {
      const row = await this.battleRow(id);
      if (ENDED.has(row.status)) return [];
      const rt = row.status === 'running' ? await this.runtimeOf(row) : await this.openRuntime(row);
      let events: StepEvent[] = [];
      if (status === 'completed') events = rt.closeNow();
      else rt.snapshot(rt.row.current_step, true);
      await this.persist(rt, { status });
      return events;
    });
  }

  /**
   * A battle session's standing now (after the calls queued before): its figures at its virtual
   * time and the metric set over its stored fills and regular snapshots (the stored results once
   * it ended).
   */
  async battleSessionState(id: string): Promise<BattleSessionState> {
    return this.serial(id, async () => {
      const row = await this.battleRow(id);
      const rt = await this.view(row);
      const v = rt.sandbox.valuation(rt);
      const stored = storedMetricsOf(row);
      let raw: StoredMetrics['raw'];
      if (stored) {
        raw = stored.raw;
      } else {
        const [trades, snapshots] = await Promise.all([
          repo.findTrades(this.ctx.db, row.id),
          repo.findSnapshots(this.ctx.db, row.id, true),
        ]);
        const computed = computeResults(row, trades, snapshots, Number(row.virtual_ms));
        raw = {
          sharpe: computed.sharpe,
          sortino: computed.sortino,
          maxDrawdownPct: computed.maxDrawdownPct,
          winRatePct: computed.winRatePct,
          profitFactor: computed.profitFactor,
        };
      }
      return {
        sessionId: row.id,
        agentId: row.agent_id,
        status: rt.row.status,
        step: Number(rt.row.current_step),
        totalSteps: Number(rt.row.total_steps),
        virtualMs: Number(rt.row.virtual_ms),
        startingBalance: parseAmount(row.starting_balance),
        equity: row.final_equity !== null ? parseAmount(row.final_equity) : v.totalEquity,
        realizedPnl: rt.sandbox.realizedTotal,
        unrealizedPnl: v.unrealizedPnl,
        tradeCount: rt.sandbox.fillCount,
        openPositions: [...rt.sandbox.positions.values()].filter((p) => p.quantity > 0n).length,
        prices: pricesOf(rt),
        metrics: raw,
      };
    });
  }

  // --- strategy tests (src/strategies/tests-service.ts) ---------------------------------------------
  //
  // The test resolves its own ownership and state; these skip the strategy_test_session refusal and
  // never emit backtest.completed (the test announces its own completion).

  /**
   * Creates (status `created`) the session of one episode of test `testId`, validated as `create`
   * (errors name `body.<field>`). Its risk rules are the definition's own sizing: no agent's
   * limits. Its agent is the account's default agent (a test is account-level). Returns its id.
   */
  async createForStrategyTest(account: Account, testId: string, spec: StrategyTestSessionSpec): Promise<string> {
    const body: CreateBacktestBody = {
      start_time: spec.start_time,
      end_time: spec.end_time,
      starting_balance: spec.starting_balance,
      candle_interval: spec.candle_interval,
      pairs: spec.pairs,
      strategy_label: spec.strategy_label,
    };
    const owner = { id: account.default_agent_id ?? account.id, account_id: account.id, risk_profile: '{}' };
    const { row } = await this.newSession(account, owner, body, null, (name) => `body.${name}`);
    const config = JSON.parse(row.config) as SessionConfig;
    const session: BacktestSessionRow = {
      ...row,
      strategy_test_id: testId,
      config: JSON.stringify({ ...config, risk: strategyTestRisk() }),
    };
    await this.ctx.writes.submit((tx) => repo.insertSession(tx, session));
    return session.id;
  }

  /**
   * Runs a strategy test's session from where it is to its end in one call: `hooks.load` reads what
   * the driver needs for each chunk of steps (with the bars), `hooks.onStep` acts after every step
   * but the last (whose completion sells every position), and `hooks.shouldStop` is asked between
   * steps. Nothing is written until the end: then the session is stored `completed` (or `cancelled`
   * when stopped) with its results, and `hooks.onEnd` writes in the same transaction. A step that
   * throws fails the session and rethrows. Returns how it ended.
   */
  async runForStrategyTest(id: string, hooks: StrategyTestHooks): Promise<'completed' | 'cancelled'> {
    return this.serial(id, async () => {
      const row = await this.strategyTestRow(id);
      if (row.status !== 'created' && row.status !== 'running') throw invalidState(row, 'run', ['created', 'running']);
      const rt = row.status === 'created' ? await this.startRow(row) : await this.runtimeOf(row);
      const total = rt.row.total_steps;
      const chunk = Math.max(1, Math.floor(CHUNK_BARS / Math.max(1, rt.streams.length)));
      const began = performance.now();
      let stopped = false;
      let sinceYield = 0;
      try {
        outer: while (rt.row.current_step < total) {
          const until = Math.min(total, rt.row.current_step + chunk);
          await readNow(this.ctx.db, async (tx) => {
            await rt.load(tx, until);
            await hooks.load(tx, rt.timeOfStep(until));
          });
          while (rt.row.current_step < until) {
            if (hooks.shouldStop()) {
              stopped = true;
              break outer;
            }
            rt.run(1, false, undefined);
            if (rt.row.current_step < total) hooks.onStep(this.stepView(rt));
            if (++sinceYield >= STRATEGY_TEST_YIELD_STEPS) {
              sinceYield = 0;
              await new Promise<void>((resolve) => setImmediate(resolve));
            }
          }
        }
      } catch (err) {
        await this.fail(rt, err);
        throw err;
      }
      rt.row.run_ms = runMs(rt.row, began);
      if (stopped) rt.snapshot(rt.row.current_step, true);
      const status = stopped ? 'cancelled' : 'completed';
      await this.persist(rt, { status }, (tx, row) => hooks.onEnd(tx, row));
      return status;
    });
  }

  /** Ends a strategy test's session left unfinished (a restart, a cancel): `cancelled`, positions kept. Ended: left as it is. */
  async endForStrategyTest(id: string): Promise<void> {
    await this.exclusive(id, async () => {
      const row = await repo.findSession(this.ctx.db, id);
      if (!row || row.strategy_test_id === null || ENDED.has(row.status)) return;
      const rt = row.status === 'running' ? await this.runtimeOf(row) : await this.openRuntime(row);
      rt.snapshot(rt.row.current_step, true);
      await this.persist(rt, { status: 'cancelled' });
    });
  }

  /** A strategy test's session by id; else a plain Error: a bug. */
  private async strategyTestRow(id: string): Promise<BacktestSessionRow> {
    const row = await repo.findSession(this.ctx.db, id);
    if (!row || row.strategy_test_id === null) throw new Error(`backtest session ${id} is not a strategy test session`);
    return row;
  }

  /** What the driver sees of the running session after a step, and its door to the sandbox. */
  private stepView(rt: SessionRuntime): StrategyStepView {
    const step = rt.row.current_step;
    const positions = new Map<string, { quantity: Amount; avgEntryPrice: Amount }>();
    for (const p of rt.sandbox.positions.values()) {
      if (p.quantity > 0n) positions.set(p.symbol, { quantity: p.quantity, avgEntryPrice: avgEntryPrice(p) });
    }
    const v = rt.sandbox.valuation(rt);
    return {
      step,
      totalSteps: rt.row.total_steps,
      now: rt.now,
      equity: v.totalEquity,
      cash: v.availableCash,
      positions,
      place: (intent: OrderIntent): PlaceOrderResult => {
        const result = rt.sandbox.place(intent, rt.now, rt);
        if (result.kind === 'filled') rt.snapshot(step, step % rt.every === 0);
        return result;
      },
    };
  }

  // --- account mode --------------------------------------------------------------------------------

  /** GET /account/mode. */
  async getMode(account: Account): Promise<AccountModeDto> {
    const [mode, sessions] = await Promise.all([
      repo.findAccountMode(this.ctx.db, account.id),
      repo.findAccountSessions(this.ctx.db, account.id, {}),
    ]);
    return {
      mode: mode?.mode ?? 'live',
      active_strategy_label: mode?.strategy_label ?? null,
      active_backtests: sessions.filter((s) => s.status === 'created' || s.status === 'running').length,
      total_backtests_completed: sessions.filter((s) => s.status === 'completed').length,
    };
  }

  /** POST /account/mode: stored per account; informational only (it changes no routing). */
  async setMode(account: Account, body: SetModeBody): Promise<AccountModeDto> {
    if (body.mode !== 'live' && body.mode !== 'backtest')
      throw validationError([{ field: 'body.mode', message: 'must be live or backtest' }]);
    const label = body.strategy_label ?? null;
    if (label !== null && (typeof label !== 'string' || label.length > 100)) {
      throw validationError([{ field: 'body.strategy_label', message: 'must be at most 100 characters' }]);
    }
    await repo.upsertAccountMode(this.ctx.db, account.id, body.mode, label, isoTime(this.ctx.clock.now()));
    return this.getMode(account);
  }
}

type SortValue = number | string | null;

function sortKey(by: NonNullable<ListFilter['sortBy']>): (r: BacktestSessionRow) => SortValue {
  switch (by) {
    case 'created_at':
      return (r) => r.created_at;
    case 'roi_pct':
      return (r) => (r.roi_pct === null ? null : Number(r.roi_pct));
    case 'sharpe_ratio':
      return (r) => r.sharpe_ratio;
    case 'max_drawdown_pct':
      return (r) => r.max_drawdown_pct;
    case 'total_trades':
      return (r) => Number(r.total_trades);
    case 'final_equity':
      return (r) => (r.final_equity === null ? null : Number(storedAmount(r.final_equity)));
    default:
      throw validationError([
        { field: 'query.sort_by', message: 'must be created_at, roi_pct, sharpe_ratio, max_drawdown_pct, total_trades or final_equity' },
      ]);
  }
}

/** How `best` reads each metric of a completed session: a comparable number and its wire text. */
const BEST_VALUES: Record<BestMetric, (r: BacktestSessionRow) => { v: number; text: string } | undefined> = {
  roi_pct: (r) => (r.roi_pct === null ? undefined : { v: Number(r.roi_pct), text: r.roi_pct }),
  total_pnl: (r) => (r.total_pnl === null ? undefined : { v: Number(storedAmount(r.total_pnl)), text: r.total_pnl }),
  total_trades: (r) => ({ v: Number(r.total_trades), text: String(r.total_trades) }),
  sharpe_ratio: (r) => rawMetric(r, 'sharpe', 'sharpe_ratio'),
  sortino_ratio: (r) => rawMetric(r, 'sortino', 'sortino_ratio'),
  max_drawdown_pct: (r) => rawMetric(r, 'maxDrawdownPct', 'max_drawdown_pct'),
  win_rate: (r) => rawMetric(r, 'winRatePct', 'win_rate'),
  profit_factor: (r) => rawMetric(r, 'profitFactor', 'profit_factor'),
};

function rawMetric(
  r: BacktestSessionRow,
  raw: keyof StoredMetrics['raw'],
  field: 'sharpe_ratio' | 'sortino_ratio' | 'max_drawdown_pct' | 'win_rate' | 'profit_factor',
): { v: number; text: string } | undefined {
  const stored = storedMetricsOf(r);
  const v = stored?.raw[raw];
  return v === null || v === undefined ? undefined : { v, text: stored!.metrics[field] };
}
