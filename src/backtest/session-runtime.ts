// A running backtest in memory: its sandbox, one bar stream per pair and the virtual clock. Steps
// are synchronous (the caller loads the bars a chunk of steps needs first); what they change is
// collected and persisted by the service in one write per HTTP call.
import type { BacktestSessionRow, BacktestSnapshotRow, RollupInterval } from '../db/schema.js';
import type { Tx } from '../db/store.js';
import type { RiskProfile } from '../domain/risk-profile.js';
import type { CancelledResult, FilledResult, PairRules } from '../engine/index.js';
import { formatAmount, parseAmount, type Amount } from '../money.js';
import { BarStream } from './bar-stream.js';
import { Sandbox, type MarketView, type SandboxCheckpoint } from './sandbox.js';

const HOUR_MS = 3_600_000;

export const INTERVAL_LABELS: Readonly<Record<number, '1m' | RollupInterval>> = {
  60: '1m',
  300: '5m',
  900: '15m',
  3600: '1h',
  14400: '4h',
  86400: '1d',
};

/**
 * Steps between two points of the regular equity series (the one the metrics use, and the
 * periodic snapshots): hourly in virtual time below 1h — every 60th step at 1m — and every step
 * from 1h up.
 */
export function regularEvery(intervalSec: number): number {
  return Math.max(1, Math.floor(HOUR_MS / (intervalSec * 1000)));
}

/** A pair's exchange rules as frozen in the session's config. */
export interface StoredPair {
  symbol: string;
  baseAsset: string;
  quoteAsset: string;
  tickSize: string;
  stepSize: string;
  minQty: string;
  maxQty: string;
  minNotional: string;
}

/** backtest_sessions.config. */
export interface SessionConfig {
  pairs: StoredPair[];
  risk: Omit<RiskProfile, 'min_order_size_usd'> & { min_order_size_usd: string };
}

/** A step's fill, triggered cancel or expiry, for the step response. */
export interface StepEvent {
  result: FilledResult | CancelledResult;
  at: number;
}

/** Liquidation at completion is not an agent decision: no rate, size or daily-loss rule applies. */
function liquidationRisk(risk: RiskProfile): RiskProfile {
  return {
    ...risk,
    max_order_size_pct: Number.MAX_SAFE_INTEGER,
    daily_loss_limit_pct: Number.MAX_SAFE_INTEGER,
    order_rate_limit: Number.MAX_SAFE_INTEGER,
    min_order_size_usd: 0n,
  };
}

export class SessionRuntime implements MarketView {
  readonly sandbox: Sandbox;
  readonly streams: BarStream[];
  private readonly bySymbol = new Map<string, BarStream>();
  readonly intervalMs: number;
  readonly every: number;
  readonly risk: RiskProfile;
  /** Snapshots taken since the last persist. */
  snapshots: BacktestSnapshotRow[] = [];
  /** Symbols whose closing sell at completion the engine refused (dust below the pair's minimum). */
  unclosed: string[] = [];

  constructor(
    readonly row: BacktestSessionRow,
    readonly config: SessionConfig,
  ) {
    this.intervalMs = row.interval_sec * 1000;
    this.every = regularEvery(row.interval_sec);
    const label = INTERVAL_LABELS[row.interval_sec];
    if (!label) throw new Error(`unsupported interval ${row.interval_sec}`);
    const pairs = new Map<string, PairRules>(
      config.pairs.map((p) => [
        p.symbol,
        {
          symbol: p.symbol,
          baseAsset: p.baseAsset,
          quoteAsset: p.quoteAsset,
          // A pair with stored history can be backtested whether or not the live feed still lists it.
          status: 'active',
          tickSize: parseAmount(p.tickSize),
          stepSize: parseAmount(p.stepSize),
          minQty: parseAmount(p.minQty),
          maxQty: parseAmount(p.maxQty),
          minNotional: parseAmount(p.minNotional),
        },
      ]),
    );
    this.risk = { ...config.risk, min_order_size_usd: parseAmount(config.risk.min_order_size_usd) };
    this.sandbox = new Sandbox(row.agent_id, parseAmount(row.starting_balance), pairs, this.risk);
    this.streams = config.pairs.map((p) => new BarStream(p.symbol, label, this.intervalMs));
    for (const s of this.streams) this.bySymbol.set(s.symbol, s);
  }

  /** Positions the streams (and the sandbox, from the checkpoint) at the session's virtual time. */
  async open(tx: Tx, checkpoint: SandboxCheckpoint | undefined): Promise<void> {
    if (checkpoint) this.sandbox.restore(checkpoint);
    for (const s of this.streams) await s.seek(tx, this.row.virtual_ms);
  }

  get now(): number {
    return this.row.virtual_ms;
  }

  timeOfStep(step: number): number {
    return this.row.start_ms + step * this.intervalMs;
  }

  price(symbol: string): Amount | undefined {
    return this.bySymbol.get(symbol)?.lastClose;
  }

  volume24h(symbol: string): Amount | undefined {
    return this.bySymbol.get(symbol)?.volume24h;
  }

  /** Loads the bars that close up to `step`'s time. */
  async load(tx: Tx, step: number): Promise<void> {
    const until = this.timeOfStep(step);
    for (const s of this.streams) await s.load(tx, until);
  }

  /**
   * Runs `n` steps (the bars are loaded). `events` receives the fills, triggered cancels and expiries of each
   * step when given. Completes the session on its last step. `fast`: no snapshot on fills.
   */
  run(n: number, fast: boolean, events: ((e: StepEvent[], step: number) => void) | undefined): void {
    const total = this.row.total_steps;
    for (let i = 0; i < n && this.row.current_step < total; i++) {
      const step = this.row.current_step + 1;
      const t = this.timeOfStep(step);
      let stepEvents: StepEvent[] | undefined;
      // GTD orders due by this step expire before its prices are seen: an order expiring at t never
      // fills at t's price (live, the matcher expires it at expire_at, before any later tick).
      const due = this.sandbox.book.nextExpiry();
      if (due !== undefined && due <= t) {
        stepEvents = this.sandbox.expire(t).map((result) => ({ result, at: t }));
      }
      for (const s of this.streams) {
        if (!s.advance(t) || this.sandbox.book.size === 0) continue;
        const results = this.sandbox.onPrice(s.symbol, s.lastClose!, s.volume24h, t);
        if (results.length > 0) {
          stepEvents ??= [];
          for (const result of results) stepEvents.push({ result, at: t });
        }
      }
      this.row.current_step = step;
      this.row.virtual_ms = t;
      const regular = step % this.every === 0;
      if (step === total) {
        this.closeOut(t, stepEvents ?? (stepEvents = []));
        this.snapshot(step, true);
      } else if (regular || (!fast && stepEvents !== undefined) || (fast && stepEvents?.some((e) => e.result.kind === 'filled'))) {
        this.snapshot(step, regular);
      }
      if (stepEvents && events) events(stepEvents, step);
    }
  }

  /**
   * Ends the run early at the current step as its last step would end it (a battle stopped before
   * its end): resting orders cancelled, positions sold, a final regular snapshot. Returns the fills.
   */
  closeNow(): StepEvent[] {
    const events: StepEvent[] = [];
    this.closeOut(this.now, events);
    this.snapshot(this.row.current_step, true);
    return events;
  }

  /** Closes every position at the step price through the engine (market sells), after cancelling resting orders. */
  private closeOut(t: number, events: StepEvent[]): void {
    this.sandbox.cancelAll(t);
    const liquidation = liquidationRisk(this.risk);
    this.unclosed = [];
    for (const position of [...this.sandbox.positions.values()]) {
      if (position.quantity <= 0n) continue;
      const result = this.sandbox.place(
        { symbol: position.symbol, side: 'sell', type: 'market', quantity: position.quantity },
        t,
        this,
        liquidation,
      );
      if (result.kind === 'filled') events.push({ result, at: t });
      else this.unclosed.push(position.symbol);
    }
  }

  /** Records the portfolio at `step` (replacing a snapshot already taken at that step). */
  snapshot(step: number, regular: boolean): void {
    const v = this.sandbox.valuation(this);
    const row: BacktestSnapshotRow = {
      session_id: this.row.id,
      step,
      virtual_ms: this.timeOfStep(step),
      regular: regular ? 1 : 0,
      total_equity: formatAmount(v.totalEquity),
      available_cash: formatAmount(v.availableCash + v.lockedCash),
      position_value: formatAmount(v.positionValue),
      unrealized_pnl: formatAmount(v.unrealizedPnl),
      realized_pnl: formatAmount(this.sandbox.realizedTotal),
    };
    const last = this.snapshots[this.snapshots.length - 1];
    if (last && last.step === step) this.snapshots[this.snapshots.length - 1] = { ...row, regular: regular || last.regular ? 1 : 0 };
    else this.snapshots.push(row);
  }
}
