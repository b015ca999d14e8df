// A session's results: the analytics' one metric set (src/domain/performance-metrics.ts) over the
// session's regular equity series, with its own spacing as the interval, plus the backtest extras
// of fact sheet §3M (by_pair, avg_trade_duration_minutes, trades_per_day) and
// max_drawdown_duration_days. Documented numbers are never null: an undefined one is zero in its
// format and named in `not_computable`, as /analytics/performance does.
import type { BacktestSessionRow, BacktestSnapshotRow, BacktestTradeRow } from '../db/schema.js';
import {
  computeEquityMetrics,
  computeTradeMetrics,
  PERCENT_DECIMALS,
  RATIO_DECIMALS,
  type ClosedTrade,
  type EquityPoint,
} from '../domain/performance-metrics.js';
import { formatAmount, formatAmountTo, percentOf, scaleAmount, type Amount } from '../money.js';
import { storedAmount } from './bar-stream.js';
import { regularEvery } from './session-runtime.js';
import type { BacktestMetricsDto, ByPairDto } from './types.js';

const DAY_MS = 86_400_000;

class Documented {
  readonly notComputable: string[] = [];

  private orZero<T>(field: string, value: T | null, zero: T): T {
    if (value !== null) return value;
    this.notComputable.push(field);
    return zero;
  }

  ratio(field: string, n: number | null): string {
    return this.orZero(field, n, 0).toFixed(RATIO_DECIMALS);
  }

  percent(field: string, n: number | null): string {
    return this.orZero(field, n, 0).toFixed(PERCENT_DECIMALS);
  }

  money(field: string, a: Amount | null): string {
    return formatAmount(this.orZero(field, a, 0n));
  }

  int(field: string, n: number | null): number {
    return this.orZero(field, n, 0);
  }

  fixed2(field: string, n: number | null): string {
    return this.orZero(field, n, 0).toFixed(2);
  }
}

export interface ComputedResults {
  metrics: BacktestMetricsDto;
  byPair: ByPairDto[];
  /** Unrounded, for sorting and `best`. */
  sharpe: number | null;
  sortino: number | null;
  maxDrawdownPct: number | null;
  winRatePct: number | null;
  profitFactor: number | null;
}

function closedTrade(t: BacktestTradeRow): ClosedTrade {
  const realizedPnl = storedAmount(t.realized_pnl);
  const fee = storedAmount(t.fee);
  // net = realized − fee − opening fees released, so the opening fees are what is left.
  return { realizedPnl, fee, openingFees: realizedPnl - fee - storedAmount(t.net_pnl), closedAt: Number(t.executed_ms) };
}

/**
 * Metrics of a session from its fills (oldest first) and its regular snapshots (by step), up to
 * virtual time `until`.
 */
export function computeResults(
  session: BacktestSessionRow,
  trades: readonly BacktestTradeRow[],
  regular: readonly BacktestSnapshotRow[],
  until: number,
): ComputedResults {
  const seriesIntervalMs = regularEvery(session.interval_sec) * session.interval_sec * 1000;
  const series: EquityPoint[] = regular.map((s) => ({ time: Number(s.virtual_ms), equity: storedAmount(s.total_equity) }));
  const equity = computeEquityMetrics(series, { intervalMs: seriesIntervalMs });
  const sells = trades.filter((t) => t.side === 'sell');
  const tradeMetrics = computeTradeMetrics(sells.map(closedTrade));

  const d = new Documented();
  const durationSeconds = equity.maxDrawdownDurationMs === null ? null : Math.round(equity.maxDrawdownDurationMs / 1000);
  let gaps: number | null = null;
  if (trades.length >= 2) {
    gaps = (Number(trades[trades.length - 1]!.executed_ms) - Number(trades[0]!.executed_ms)) / (trades.length - 1) / 60_000;
  }
  const days = (until - Number(session.start_ms)) / DAY_MS;
  const metrics: BacktestMetricsDto = {
    sharpe_ratio: d.ratio('sharpe_ratio', equity.sharpeRatio),
    sortino_ratio: d.ratio('sortino_ratio', equity.sortinoRatio),
    max_drawdown_pct: d.percent('max_drawdown_pct', equity.maxDrawdownPct),
    max_drawdown_duration_days: d.int('max_drawdown_duration_days', durationSeconds === null ? null : Math.floor(durationSeconds / 86_400)),
    max_drawdown_duration_seconds: durationSeconds ?? 0,
    win_rate: d.percent('win_rate', tradeMetrics.winRatePct),
    profit_factor: d.ratio('profit_factor', tradeMetrics.profitFactor),
    avg_win: d.money('avg_win', tradeMetrics.averageWin),
    avg_loss: d.money('avg_loss', tradeMetrics.averageLoss),
    best_trade: d.money('best_trade', tradeMetrics.bestTrade),
    worst_trade: d.money('worst_trade', tradeMetrics.worstTrade),
    avg_trade_duration_minutes: d.fixed2('avg_trade_duration_minutes', gaps),
    trades_per_day: d.fixed2('trades_per_day', days > 0 ? trades.length / days : null),
    closed_trades: tradeMetrics.totalTrades,
    series_interval_seconds: seriesIntervalMs / 1000,
    data_points: series.length,
    not_computable: d.notComputable,
  };
  return {
    metrics,
    byPair: byPair(trades),
    sharpe: equity.sharpeRatio,
    sortino: equity.sortinoRatio,
    maxDrawdownPct: equity.maxDrawdownPct,
    winRatePct: tradeMetrics.winRatePct,
    profitFactor: tradeMetrics.profitFactor,
  };
}

function byPair(trades: readonly BacktestTradeRow[]): ByPairDto[] {
  const groups = new Map<string, { trades: number; wins: number; losses: number; net: Amount; volume: Amount }>();
  for (const t of trades) {
    let g = groups.get(t.symbol);
    if (!g) {
      g = { trades: 0, wins: 0, losses: 0, net: 0n, volume: 0n };
      groups.set(t.symbol, g);
    }
    g.trades++;
    g.volume += storedAmount(t.gross);
    if (t.side === 'sell') {
      const net = storedAmount(t.net_pnl);
      g.net += net;
      if (net > 0n) g.wins++;
      else if (net < 0n) g.losses++;
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([symbol, g]) => {
      const deciding = g.wins + g.losses;
      return {
        symbol,
        trades: g.trades,
        wins: g.wins,
        losses: g.losses,
        win_rate: deciding === 0 ? '0.00' : formatAmountTo(scaleAmount(100_00000000n, BigInt(g.wins), BigInt(deciding)), 2),
        net_pnl: formatAmount(g.net),
        total_volume: formatAmount(g.volume),
      };
    });
}

/** (final − start) / start × 100, 2 decimals. */
export function roiPct(finalEquity: Amount, startingBalance: Amount): string {
  return formatAmountTo(startingBalance > 0n ? percentOf(finalEquity - startingBalance, startingBalance) : 0n, 2);
}
