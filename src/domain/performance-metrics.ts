/**
 * Performance metrics of one agent over one window: the single definition that analytics, the
 * leaderboard, battles and backtests rank by. Pure: the caller selects the window (see
 * {@link periodStart}) and passes the equity series and the closed trades in it.
 *
 * INPUTS
 *   Equity series   E_0 … E_m at times t_0 ≤ t_1 ≤ … ≤ t_m (Unix ms): portfolio snapshots, exact
 *                   amounts, sorted by time.
 *   Closed trades   one per closing (sell) fill, with net PnL p = realized_pnl − fee − its pro-rata
 *                   share of the opening fees (the fees of the buys that built the quantity sold,
 *                   allocated by quantity sold / quantity held), exact, taken in order of closed_at
 *                   (equal times keep their given order). The same totals are kept at fill time
 *                   (trade-stats.ts) and read back through {@link tradeMetricsOf}.
 *
 * EQUITY METRICS — every one is null when the series has fewer than two points.
 *   total_return            (E_m − E_0) / E_0. Null if E_0 ≤ 0.
 *   periodic returns        r_i = E_i / E_{i−1} − 1 = (E_i − E_{i−1}) / E_{i−1}, i = 1 … m. A pair
 *                           with E_{i−1} ≤ 0 has no return and is skipped; n = number of returns.
 *   interval Δ              the series' mean spacing (t_m − t_0) / m ms, or the snapshot interval
 *                           when the caller states it.
 *   periods per year P      365 × 86 400 000 / Δ (crypto trades every day; 365-day year).
 *   mean                    r̄ = Σ r_i / n.
 *   standard deviation      s = √( Σ (r_i − r̄)² / (n − 1) )   (sample, n − 1).
 *   sharpe_ratio            r̄ / s × √P, risk-free rate 0. Null if n < 2, Δ = 0, or s = 0 (all
 *                           returns equal, e.g. a flat series).
 *   downside deviation      d = √( Σ min(r_i, 0)² / (n − 1) ): target return 0, the sum over all
 *                           n returns (a gain adds 0), the same n − 1 divisor as s.
 *   sortino_ratio           r̄ / d × √P. Null if n < 2, Δ = 0, or no r_i < 0 (d = 0).
 *   drawdown                D_i = (M_i − E_i) / M_i where M_i = max(E_0 … E_i) is the running peak
 *                           (points while M_i ≤ 0 have no drawdown).
 *   max_drawdown            max_i D_i, a fraction, in [0, 1] while equity is not negative; 0 if equity
 *                           never fell below a peak.
 *   max_drawdown_duration   ms from the peak of the deepest drawdown (the earliest one if several are
 *                           equally deep) to its recovery: t_r − t_p, where t_p is the last time at or
 *                           before the trough that equity stood at that peak, and t_r the first later
 *                           time it is back at or above the peak, or t_m if it never is.
 *                           0 when max_drawdown is 0.
 *
 * TRADE METRICS — a trade wins if p > 0, loses if p < 0, breaks even if p = 0.
 *   trade counts            total, winning (W), losing (L), break_even; total = W + L + break_even.
 *   win_rate                W / (W + L); break-even trades count in neither. Null if W + L = 0.
 *   gross_profit            Σ p over winning trades (≥ 0); 0 with none.
 *   gross_loss              Σ p over losing trades (≤ 0, signed like every PnL); 0 with none.
 *   net_pnl                 Σ p over all trades.
 *   profit_factor           gross_profit / |gross_loss|. Null if there is no losing trade.
 *   average_win             gross_profit / W. Null if W = 0.
 *   average_loss            gross_loss / L (≤ 0). Null if L = 0.
 *   best_trade, worst_trade max p, min p. Null with no trades.
 *   streaks                 runs of consecutive winning or losing trades in closing order. A
 *                           break-even trade is passed over: it neither extends nor ends a run, just
 *                           as it counts in neither side of the win rate. longest_win_streak and
 *                           longest_loss_streak are 0 when there is no such trade; current_streak is
 *                           +k when the last k deciding trades won, −k when they lost, 0 with none.
 *
 * PRECISION
 *   Money results (gross profit and loss, net PnL, averages, best and worst trade) are exact
 *   amounts; the averages are rounded once, half-even to 8 decimals, by the money module.
 *   Ratios (total return, Sharpe, Sortino, drawdown, win rate, profit factor) are statistics, not
 *   money: they are computed in float64 from the exact amounts (a quotient of amounts is rounded
 *   once to float64 while both are below 2^53 units, about 90 million USDT) and rounded once at the
 *   end, half away from zero on the float64 value — fractions and ratios to 6 decimals, percentages
 *   (the unrounded fraction × 100) to 4 decimals. Whether all returns are equal (s = 0) is decided
 *   exactly on the amounts, so a series growing by a constant rate has no Sharpe ratio instead of
 *   one blown up by float noise.
 */
import { scaleAmount, type Amount } from '../money.js';
import { EMPTY_TRADE_STATS, mergeTradeStats, statsOfFill, type TradeStats } from './trade-stats.js';

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;

/** Decimal places of every fraction and ratio in {@link PerformanceMetrics}. */
export const RATIO_DECIMALS = 6;
/** Decimal places of every percentage in {@link PerformanceMetrics}. */
export const PERCENT_DECIMALS = 4;

/** One portfolio snapshot. */
export interface EquityPoint {
  /** Unix ms. */
  time: number;
  equity: Amount;
}

/** One closing (sell) fill. */
export interface ClosedTrade {
  /** Realized PnL of the fill, gross of its fee. */
  realizedPnl: Amount;
  fee: Amount;
  /** The share of the position's opening (buy) fees released by this sale; 0 if not given. */
  openingFees?: Amount;
  /** Unix ms. */
  closedAt: number;
}

export interface EquityMetricsOptions {
  /**
   * The snapshot interval in ms, when the caller knows it (e.g. hourly snapshots). Defaults to the
   * series' mean spacing.
   */
  intervalMs?: number;
}

export interface EquityMetrics {
  /** (last − first) / first, 6 decimals. */
  totalReturn: number | null;
  /** totalReturn × 100, 4 decimals. */
  totalReturnPct: number | null;
  /** Annualised, 6 decimals. */
  sharpeRatio: number | null;
  /** Annualised, 6 decimals. */
  sortinoRatio: number | null;
  /** Deepest fall from a running peak as a fraction of the peak (0–1 for non-negative equity), 6 decimals. */
  maxDrawdown: number | null;
  /** maxDrawdown × 100, 4 decimals. */
  maxDrawdownPct: number | null;
  /** Peak to recovery (or to the end of the series) of the deepest drawdown, ms. */
  maxDrawdownDurationMs: number | null;
}

export interface TradeMetrics {
  totalTrades: number;
  winningTrades: number;
  losingTrades: number;
  breakEvenTrades: number;
  /** winning / (winning + losing), 6 decimals. */
  winRate: number | null;
  /** winRate × 100, 4 decimals. */
  winRatePct: number | null;
  /** grossProfit / |grossLoss|, 6 decimals. */
  profitFactor: number | null;
  /** Sum of net PnL of winning trades, ≥ 0. */
  grossProfit: Amount;
  /** Sum of net PnL of losing trades, ≤ 0. */
  grossLoss: Amount;
  /** Sum of net PnL of all trades. */
  netPnl: Amount;
  averageWin: Amount | null;
  /** ≤ 0. */
  averageLoss: Amount | null;
  bestTrade: Amount | null;
  worstTrade: Amount | null;
  longestWinStreak: number;
  longestLossStreak: number;
  /** +k: the last k deciding trades won; −k: they lost; 0: no deciding trade. */
  currentStreak: number;
}

export type PerformanceMetrics = EquityMetrics & TradeMetrics;

export type MetricsPeriod = '1d' | '7d' | '30d' | '90d' | 'all';

const PERIOD_DAYS: Record<Exclude<MetricsPeriod, 'all'>, number> = { '1d': 1, '7d': 7, '30d': 30, '90d': 90 };

/**
 * The inclusive lower bound (Unix ms) of a rolling window ending at `now`: points and trades with
 * time ≥ the result belong to the period. `1d` is the last 24 hours, not the calendar day; `all`
 * has no bound (null).
 *
 * @example periodStart('7d', 1_000_000_000_000) === 1_000_000_000_000 - 7 * 86_400_000
 */
export function periodStart(period: MetricsPeriod, now: number): number | null {
  return period === 'all' ? null : now - PERIOD_DAYS[period] * DAY_MS;
}

/**
 * Every metric of the window at once: {@link computeEquityMetrics} and {@link computeTradeMetrics}.
 *
 * @example
 * computePerformanceMetrics(
 *   [{ time: 0, equity: parseAmount('100') }, { time: 86_400_000, equity: parseAmount('110') }],
 *   [{ realizedPnl: parseAmount('10'), fee: parseAmount('0.1'), closedAt: 86_400_000 }],
 * ).totalReturnPct === 10
 */
export function computePerformanceMetrics(
  series: readonly EquityPoint[],
  trades: readonly ClosedTrade[],
  options: EquityMetricsOptions = {},
): PerformanceMetrics {
  return { ...computeEquityMetrics(series, options), ...computeTradeMetrics(trades) };
}

/** The equity half of the metrics (formulas at the top of this file). Throws on an unsorted series. */
export function computeEquityMetrics(series: readonly EquityPoint[], options: EquityMetricsOptions = {}): EquityMetrics {
  for (let i = 0; i < series.length; i++) {
    const time = series[i]!.time;
    if (!Number.isFinite(time)) throw new RangeError('equity point time must be a finite number');
    if (i > 0 && time < series[i - 1]!.time) throw new RangeError('equity series must be sorted by time');
  }
  if (options.intervalMs !== undefined && !(Number.isFinite(options.intervalMs) && options.intervalMs > 0)) {
    throw new RangeError('intervalMs must be a positive number');
  }
  const first = series[0];
  const last = series[series.length - 1];
  if (series.length < 2 || first === undefined || last === undefined) {
    return {
      totalReturn: null,
      totalReturnPct: null,
      sharpeRatio: null,
      sortinoRatio: null,
      maxDrawdown: null,
      maxDrawdownPct: null,
      maxDrawdownDurationMs: null,
    };
  }

  const totalReturn = first.equity > 0n ? toNumber({ num: last.equity - first.equity, den: first.equity }) : null;
  const intervalMs = options.intervalMs ?? (last.time - first.time) / (series.length - 1);
  const { sharpe, sortino } = riskAdjustedRatios(periodicReturns(series), intervalMs);
  const drawdown = deepestDrawdown(series);

  return {
    totalReturn: ratio(totalReturn),
    totalReturnPct: percent(totalReturn),
    sharpeRatio: ratio(sharpe),
    sortinoRatio: ratio(sortino),
    maxDrawdown: ratio(drawdown.fraction),
    maxDrawdownPct: percent(drawdown.fraction),
    maxDrawdownDurationMs: drawdown.durationMs,
  };
}

/** The trade half of the metrics (formulas at the top of this file). */
export function computeTradeMetrics(trades: readonly ClosedTrade[]): TradeMetrics {
  // Array.prototype.sort is stable, so trades closed in the same millisecond keep their order.
  const ordered = [...trades].sort((a, b) => a.closedAt - b.closedAt);
  let stats: TradeStats = EMPTY_TRADE_STATS;
  for (const trade of ordered) {
    if (!Number.isFinite(trade.closedAt)) throw new RangeError('trade closedAt must be a finite number');
    const netPnl = trade.realizedPnl - trade.fee - (trade.openingFees ?? 0n);
    stats = mergeTradeStats(stats, statsOfFill({ side: 'sell', realizedPnl: trade.realizedPnl, fee: trade.fee, netPnl }));
  }
  return tradeMetricsOf(stats);
}

/**
 * The trade half of the metrics from running totals kept at fill time (see trade-stats.ts): the
 * same numbers {@link computeTradeMetrics} gives for the trades those totals were built from.
 */
export function tradeMetricsOf(stats: TradeStats): TradeMetrics {
  const { wins: winningTrades, losses: losingTrades, grossProfit, grossLoss } = stats;
  const deciding = winningTrades + losingTrades;
  const winRate = deciding === 0 ? null : winningTrades / deciding;
  const profitFactor = grossLoss === 0n ? null : toNumber({ num: grossProfit, den: -grossLoss });
  return {
    totalTrades: stats.trades,
    winningTrades,
    losingTrades,
    breakEvenTrades: stats.trades - deciding,
    winRate: ratio(winRate),
    winRatePct: percent(winRate),
    profitFactor: ratio(profitFactor),
    grossProfit,
    grossLoss,
    netPnl: grossProfit + grossLoss,
    averageWin: winningTrades === 0 ? null : scaleAmount(grossProfit, 1n, BigInt(winningTrades)),
    averageLoss: losingTrades === 0 ? null : scaleAmount(grossLoss, 1n, BigInt(losingTrades)),
    bestTrade: stats.bestTrade,
    worstTrade: stats.worstTrade,
    longestWinStreak: stats.longestWin,
    longestLossStreak: stats.longestLoss,
    currentStreak: stats.trailSign * stats.trailLen,
  };
}

/** An exact quotient of amounts; `den` > 0. */
interface Quotient {
  num: bigint;
  den: bigint;
}

function toNumber(q: Quotient): number {
  return Number(q.num) / Number(q.den);
}

function periodicReturns(series: readonly EquityPoint[]): Quotient[] {
  const returns: Quotient[] = [];
  for (let i = 1; i < series.length; i++) {
    const previous = series[i - 1]!.equity;
    if (previous > 0n) returns.push({ num: series[i]!.equity - previous, den: previous });
  }
  return returns;
}

function riskAdjustedRatios(returns: Quotient[], intervalMs: number): { sharpe: number | null; sortino: number | null } {
  const n = returns.length;
  const head = returns[0];
  if (n < 2 || head === undefined || !(intervalMs > 0)) return { sharpe: null, sortino: null };
  const annualiser = Math.sqrt(YEAR_MS / intervalMs);
  const r = returns.map(toNumber);
  const mean = r.reduce((sum, x) => sum + x, 0) / n;
  // Decided on the exact quotients: n equal floats need not average back to the same float, and
  // the float noise left in Σ (r − r̄)² would otherwise become a huge Sharpe ratio.
  const allEqual = returns.every((q) => q.num * head.den === head.num * q.den);
  const s = allEqual ? 0 : Math.sqrt(r.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
  const d = Math.sqrt(r.reduce((sum, x) => (x < 0 ? sum + x * x : sum), 0) / (n - 1));
  return {
    sharpe: s > 0 ? (mean / s) * annualiser : null,
    sortino: d > 0 ? (mean / d) * annualiser : null,
  };
}

function deepestDrawdown(series: readonly EquityPoint[]): { fraction: number; durationMs: number } {
  let peak = series[0]!.equity;
  let peakTime = series[0]!.time;
  let deepest: { drawdown: Quotient; peak: Amount; peakTime: number; troughIndex: number } | undefined;
  for (let i = 1; i < series.length; i++) {
    const point = series[i]!;
    // ≥, not >: on a plateau the fall starts from the last time equity stood at the peak.
    if (point.equity >= peak) {
      peak = point.equity;
      peakTime = point.time;
      continue;
    }
    if (peak <= 0n) continue;
    const drawdown = { num: peak - point.equity, den: peak };
    // Compared exactly, strictly deeper: the earliest of equally deep drawdowns is kept.
    if (deepest === undefined || drawdown.num * deepest.drawdown.den > deepest.drawdown.num * drawdown.den) {
      deepest = { drawdown, peak, peakTime, troughIndex: i };
    }
  }
  if (deepest === undefined) return { fraction: 0, durationMs: 0 };
  const { peak: fallenFrom, troughIndex } = deepest;
  const recovery = series.find((p, j) => j > troughIndex && p.equity >= fallenFrom) ?? series[series.length - 1]!;
  return { fraction: toNumber(deepest.drawdown), durationMs: recovery.time - deepest.peakTime };
}

function ratio(value: number | null): number | null {
  return value === null ? null : roundTo(value, RATIO_DECIMALS);
}

function percent(fraction: number | null): number | null {
  return fraction === null ? null : roundTo(fraction * 100, PERCENT_DECIMALS);
}

/**
 * The one rounding rule for statistics: half away from zero on the exact float64 value (what
 * `toFixed` does), never a negative zero. Non-finite values cannot arise from the guarded formulas.
 */
function roundTo(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}
