// The numbers a training run reports: aggregates over its episodes, the detail's learning curve and
// the trailing-window smoothing of /learning-curve. Pure; metrics are JSON floats (fact sheet §0),
// rounded to 4 decimals where the fact sheet says so.
import type { TrainingEpisodeRow } from '../db/schema.js';
import type { EpisodeAggregateRow } from './repository.js';

/** Rounded to 4 decimals; never `-0`. */
export function round4(value: number): number {
  const rounded = Number(value.toFixed(4));
  return rounded === 0 ? 0 : rounded;
}

const round4OrNull = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : round4(Number(value));

export interface AggregateStats {
  total_episodes: number;
  avg_roi_pct: number;
  best_roi_pct: number;
  worst_roi_pct: number;
  avg_sharpe: number | null;
  avg_max_drawdown_pct: number;
  avg_reward_sum: number | null;
  best_reward_sum: number | null;
}

/** `null` while no episode reported a metric (the fact sheet's "no episodes → null"). */
export function aggregateStatsOf(row: EpisodeAggregateRow | undefined): AggregateStats | null {
  if (!row || Number(row.with_metrics) === 0) return null;
  return {
    total_episodes: Number(row.with_metrics),
    avg_roi_pct: round4(Number(row.avg_roi ?? 0)),
    best_roi_pct: round4(Number(row.best_roi ?? 0)),
    worst_roi_pct: round4(Number(row.worst_roi ?? 0)),
    avg_sharpe: round4OrNull(row.avg_sharpe),
    avg_max_drawdown_pct: round4(Number(row.avg_drawdown ?? 0)),
    avg_reward_sum: round4OrNull(row.avg_reward),
    best_reward_sum: round4OrNull(row.best_reward),
  };
}

/**
 * The dashboard's flattened fields: documented numbers are never null (decisions.md, "Documented
 * shapes"), so a run without statistics shows 0 and `total_episodes: 0` says why; the reward
 * figures, which not every client reports, stay null.
 */
export function flattenedStats(stats: AggregateStats | null) {
  return {
    total_episodes: stats?.total_episodes ?? 0,
    avg_roi_pct: stats?.avg_roi_pct ?? 0,
    best_roi_pct: stats?.best_roi_pct ?? 0,
    worst_roi_pct: stats?.worst_roi_pct ?? 0,
    avg_sharpe: stats?.avg_sharpe ?? 0,
    avg_max_drawdown_pct: stats?.avg_max_drawdown_pct ?? 0,
    avg_reward_sum: stats?.avg_reward_sum ?? null,
    best_reward_sum: stats?.best_reward_sum ?? null,
  };
}

function hasMetrics(e: TrainingEpisodeRow): boolean {
  return e.roi_pct !== null || e.sharpe_ratio !== null || e.max_drawdown_pct !== null || e.total_trades !== null || e.reward_sum !== null;
}

export interface DetailCurve {
  episode_numbers: number[];
  roi_pct: number[];
  reward_sum: Array<number | null> | null;
}

/**
 * The detail's curve, one entry per episode that reported a metric, index-aligned (the reference
 * backend's reward list skipped episodes without a reward and so drifted out of line with ROI).
 */
export function detailCurveOf(episodes: readonly TrainingEpisodeRow[]): DetailCurve | null {
  const used = episodes.filter(hasMetrics);
  if (used.length === 0) return null;
  const rewards = used.map((e) => (e.reward_sum === null ? null : Number(e.reward_sum)));
  return {
    episode_numbers: used.map((e) => Number(e.episode_number)),
    roi_pct: used.map((e) => Number(e.roi_pct ?? 0)),
    reward_sum: rewards.some((r) => r !== null) ? rewards : null,
  };
}

/**
 * `smoothed[i]` = mean of `values[max(0, i − window + 1) … i]`: a trailing window, shorter at the
 * start, so the curve begins at the first value instead of lagging a full window.
 *
 * @example smoothTrailing([1, 2.5, 0.5], 2) // [1, 1.75, 1.5]
 */
export function smoothTrailing(values: readonly number[], window: number): number[] {
  return values.map((_, i) => {
    const from = Math.max(0, i - window + 1);
    let sum = 0;
    for (let j = from; j <= i; j++) sum += values[j]!;
    return round4(sum / (i - from + 1));
  });
}
