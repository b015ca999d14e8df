// A strategy test's numbers: one episode's metrics, read from the results its backtest session
// stored at completion (the one metric set of src/backtest/results.ts), and the aggregate over the
// episodes (fact sheet §3.5, decisions.md ruling 7). Statistics, not money: floats, rounded as the
// sheet says; money (final equity, fees, per-pair PnL) stays an exact decimal string.
import type { BacktestSessionRow } from '../db/schema.js';
import { storedMetricsOf } from '../backtest/dto.js';
import { deflatedSharpe } from '../domain/deflated-sharpe.js';
import { parseAmount, percentOf, formatAmount } from '../money.js';

/** One completed episode, as stored in strategy_test_episodes.metrics. Win rate on 0–100. */
export interface EpisodeMetrics {
  roi_pct: number;
  total_trades: number;
  total_fees: string;
  final_equity: string;
  sharpe_ratio: number | null;
  sortino_ratio: number | null;
  max_drawdown_pct: number | null;
  win_rate: number | null;
  profit_factor: number | null;
  /** Per traded pair: its net PnL as a percent of the starting balance, its fills and its net PnL. */
  by_pair: Record<string, { roi_pct: number; trades: number; net_pnl: string }>;
}

export interface DeflatedSharpeResult {
  observed_sharpe: number;
  expected_max_sharpe: number;
  deflated_sharpe: number;
  p_value: number;
  is_significant: boolean;
  num_trials: number;
  num_returns: number;
  skewness: number;
  kurtosis: number;
}

/** The aggregate `results` (also sent as `metrics`). */
export interface TestAggregate {
  episodes_completed: number;
  episodes_profitable: number;
  episodes_profitable_pct: number;
  /** The docs' name for `episodes_profitable_pct`. */
  win_rate_pct: number;
  avg_roi_pct: number;
  median_roi_pct: number;
  best_roi_pct: number;
  worst_roi_pct: number;
  std_roi_pct: number;
  avg_sharpe: number | null;
  /** Alias of `avg_sharpe` for the SDK examples. */
  sharpe_ratio: number | null;
  avg_sortino: number | null;
  avg_max_drawdown_pct: number;
  /** Alias of `avg_max_drawdown_pct` for the SDK examples. */
  max_drawdown_pct: number;
  avg_trades_per_episode: number;
  total_trades: number;
  avg_win_rate: number | null;
  avg_profit_factor: number | null;
  deflated_sharpe: DeflatedSharpeResult | null;
  by_pair: Record<string, { avg_roi_pct: number; total_trades: number; episodes_with_trades: number }>;
}

/** Episode Sharpe ratios needed before the Deflated Sharpe test is run. */
export const MIN_DSR_EPISODES = 10;

/** `x` to `dp` places as a number; never -0. */
export function round(x: number, dp: number): number {
  const f = 10 ** dp;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/** The metrics of an episode from its ended session's row. */
export function episodeMetricsOf(row: BacktestSessionRow): EpisodeMetrics {
  const stored = storedMetricsOf(row);
  const start = parseAmount(row.starting_balance);
  const byPair: EpisodeMetrics['by_pair'] = {};
  for (const p of stored?.by_pair ?? []) {
    const net = parseAmount(p.net_pnl);
    byPair[p.symbol] = {
      roi_pct: round(Number(formatAmount(start > 0n ? percentOf(net, start) : 0n)), 4),
      trades: p.trades,
      net_pnl: p.net_pnl,
    };
  }
  const raw = stored?.raw;
  const num = (v: number | null | undefined, dp: number) => (v === null || v === undefined || !Number.isFinite(v) ? null : round(v, dp));
  return {
    roi_pct: row.roi_pct === null ? 0 : Number(row.roi_pct),
    total_trades: Number(row.total_trades),
    total_fees: row.total_fees,
    final_equity: row.final_equity ?? row.starting_balance,
    sharpe_ratio: num(raw?.sharpe, 6),
    sortino_ratio: num(raw?.sortino, 6),
    max_drawdown_pct: num(raw?.maxDrawdownPct, 4),
    win_rate: num(raw?.winRatePct, 2),
    profit_factor: num(raw?.profitFactor, 6),
    by_pair: byPair,
  };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function meanOrNull(xs: ReadonlyArray<number | null>, dp: number): number | null {
  const vs = xs.filter((x): x is number => x !== null);
  return vs.length === 0 ? null : round(mean(vs), dp);
}

/**
 * The aggregate over the completed episodes (§3.5): ROI figures over every episode, Sharpe, Sortino,
 * win rate and profit factor over those that have one, the Deflated Sharpe test over the episode
 * Sharpe ratios once there are at least ten (`numTrials` = the strategy's highest version number),
 * and per pair the mean of its ROI contribution over all episodes. No episodes: zeros, nulls.
 */
export function aggregateResults(episodes: readonly EpisodeMetrics[], numTrials: number): TestAggregate {
  const n = episodes.length;
  const rois = episodes.map((e) => e.roi_pct);
  const sorted = [...rois].sort((a, b) => a - b);
  const median = n === 0 ? 0 : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const avgRoi = n === 0 ? 0 : mean(rois);
  const std = n < 2 ? 0 : Math.sqrt(rois.reduce((a, r) => a + (r - avgRoi) ** 2, 0) / (n - 1));
  const profitable = rois.filter((r) => r > 0).length;
  const totalTrades = episodes.reduce((a, e) => a + e.total_trades, 0);
  const avgSharpe = meanOrNull(
    episodes.map((e) => e.sharpe_ratio),
    4,
  );
  const avgDrawdown = n === 0 ? 0 : round(mean(episodes.map((e) => e.max_drawdown_pct ?? 0)), 4);
  const sharpes = episodes.map((e) => e.sharpe_ratio).filter((s): s is number => s !== null);
  let dsr: DeflatedSharpeResult | null = null;
  if (sharpes.length >= MIN_DSR_EPISODES) {
    const d = deflatedSharpe({ returns: sharpes, numTrials: Math.max(1, numTrials), annualizationFactor: 1 });
    if (d) {
      dsr = {
        observed_sharpe: round(d.observedSharpe, 6),
        expected_max_sharpe: round(d.expectedMaxSharpe, 6),
        deflated_sharpe: round(d.deflatedSharpe, 6),
        p_value: round(d.pValue, 6),
        is_significant: d.isSignificant,
        num_trials: d.numTrials,
        num_returns: d.numReturns,
        skewness: round(d.skewness, 6),
        kurtosis: round(d.kurtosis, 6),
      };
    }
  }
  const pairs = new Map<string, { roi: number; trades: number; episodes: number }>();
  for (const e of episodes) {
    for (const [symbol, p] of Object.entries(e.by_pair)) {
      const g = pairs.get(symbol) ?? { roi: 0, trades: 0, episodes: 0 };
      g.roi += p.roi_pct;
      g.trades += p.trades;
      if (p.trades > 0) g.episodes++;
      pairs.set(symbol, g);
    }
  }
  const byPair: TestAggregate['by_pair'] = {};
  for (const symbol of [...pairs.keys()].sort()) {
    const g = pairs.get(symbol)!;
    byPair[symbol] = { avg_roi_pct: round(g.roi / n, 4), total_trades: g.trades, episodes_with_trades: g.episodes };
  }
  const profitablePct = n === 0 ? 0 : round((profitable / n) * 100, 2);
  return {
    episodes_completed: n,
    episodes_profitable: profitable,
    episodes_profitable_pct: profitablePct,
    win_rate_pct: profitablePct,
    avg_roi_pct: round(avgRoi, 4),
    median_roi_pct: round(median, 4),
    best_roi_pct: n === 0 ? 0 : round(sorted[n - 1]!, 4),
    worst_roi_pct: n === 0 ? 0 : round(sorted[0]!, 4),
    std_roi_pct: round(std, 4),
    avg_sharpe: avgSharpe,
    sharpe_ratio: avgSharpe,
    avg_sortino: meanOrNull(
      episodes.map((e) => e.sortino_ratio),
      4,
    ),
    avg_max_drawdown_pct: avgDrawdown,
    max_drawdown_pct: avgDrawdown,
    avg_trades_per_episode: n === 0 ? 0 : round(totalTrades / n, 2),
    total_trades: totalTrades,
    avg_win_rate: meanOrNull(
      episodes.map((e) => e.win_rate),
      2,
    ),
    avg_profit_factor: meanOrNull(
      episodes.map((e) => e.profit_factor),
      4,
    ),
    deflated_sharpe: dsr,
    by_pair: byPair,
  };
}
