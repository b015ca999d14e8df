import { describe, expect, it } from 'vitest';
import type { NormalisedDefinition } from '../../../src/strategies/executor.js';
import { planEpisodes } from '../../../src/strategies/episodes.js';
import { recommendationsFor } from '../../../src/strategies/recommendations.js';
import { aggregateResults, type EpisodeMetrics, type TestAggregate } from '../../../src/strategies/test-results.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function episode(roi: number, extra: Partial<EpisodeMetrics> = {}): EpisodeMetrics {
  return {
    roi_pct: roi,
    total_trades: 10,
    total_fees: '1.00000000',
    final_equity: '10000.00000000',
    sharpe_ratio: roi / 2,
    sortino_ratio: null,
    max_drawdown_pct: 5,
    win_rate: 60,
    profit_factor: 1.5,
    by_pair: {},
    ...extra,
  };
}

const DEF: NormalisedDefinition = {
  pairs: ['BTCUSDT'],
  timeframe: '1h',
  entry_conditions: { rsi_below: 30 },
  exit_conditions: {},
  position_size_pct: 10,
  max_positions: 1,
  filters: {},
  model_type: 'rule_based',
  model_reference: null,
};

describe('planEpisodes', () => {
  const plan = { startMs: 0, endMs: 10 * DAY, count: 4, durationMs: DAY, stepMs: HOUR, randomize: true, seed: 7 };

  it('draws non-overlapping windows on the grid inside the range, the same for the same seed', () => {
    const a = planEpisodes(plan);
    expect(a).toEqual(planEpisodes(plan));
    expect(a).not.toEqual(planEpisodes({ ...plan, seed: 8 }));
    expect(a).toHaveLength(4);
    a.forEach((w, i) => {
      expect(w.end - w.start).toBe(DAY);
      expect(w.start % HOUR).toBe(0);
      expect(w.start).toBeGreaterThanOrEqual(0);
      expect(w.end).toBeLessThanOrEqual(10 * DAY);
      if (i > 0) expect(w.start).toBeGreaterThanOrEqual(a[i - 1]!.end);
    });
  });

  it('sequential: back to back from the start; overlapping evenly when they cannot fit', () => {
    expect(planEpisodes({ ...plan, randomize: false }).map((w) => w.start / DAY)).toEqual([0, 1, 2, 3]);
    const crowded = planEpisodes({ ...plan, count: 3, durationMs: 6 * DAY, randomize: false });
    expect(crowded.map((w) => w.start / DAY)).toEqual([0, 2, 4]);
    for (const w of planEpisodes({ ...plan, count: 5, durationMs: 6 * DAY })) expect(w.end).toBeLessThanOrEqual(10 * DAY);
  });

  it('moves the range start up to the grid', () => {
    const [w] = planEpisodes({ ...plan, startMs: 90 * 60_000, count: 1, randomize: false });
    expect(w!.start).toBe(2 * HOUR);
  });
});

describe('aggregateResults', () => {
  it('averages over the episodes, medians, sample std, and skips missing ratios', () => {
    const r = aggregateResults(
      [
        episode(2, { by_pair: { BTCUSDT: { roi_pct: 2, trades: 10, net_pnl: '200' } } }),
        episode(-1, { sharpe_ratio: null, win_rate: null, by_pair: {} }),
        episode(5, { by_pair: { BTCUSDT: { roi_pct: 5, trades: 4, net_pnl: '500' } } }),
      ],
      1,
    );
    expect(r).toMatchObject({
      episodes_completed: 3,
      episodes_profitable: 2,
      episodes_profitable_pct: 66.67,
      win_rate_pct: 66.67,
      avg_roi_pct: 2,
      median_roi_pct: 2,
      best_roi_pct: 5,
      worst_roi_pct: -1,
      std_roi_pct: 3,
      avg_sharpe: 1.75,
      sharpe_ratio: 1.75,
      avg_win_rate: 60,
      total_trades: 30,
      avg_trades_per_episode: 10,
      deflated_sharpe: null,
    });
    // The pair's ROI contribution averaged over all three episodes.
    expect(r.by_pair).toEqual({ BTCUSDT: { avg_roi_pct: 2.3333, total_trades: 14, episodes_with_trades: 2 } });
  });

  it('runs the Deflated Sharpe test from ten episode Sharpe ratios, with the version count as trials', () => {
    const nine = Array.from({ length: 9 }, (_, i) => episode(i - 3));
    expect(aggregateResults(nine, 3).deflated_sharpe).toBeNull();
    const ten = [...nine, episode(4)];
    expect(aggregateResults(ten, 3).deflated_sharpe).toMatchObject({ num_trials: 3, num_returns: 10 });
  });

  it('no episodes: zeros and nulls', () => {
    expect(aggregateResults([], 1)).toMatchObject({ episodes_completed: 0, avg_roi_pct: 0, avg_sharpe: null, avg_win_rate: null });
  });
});

describe('recommendationsFor', () => {
  const base: TestAggregate = aggregateResults([episode(1, { total_trades: 10, max_drawdown_pct: 5, win_rate: 60, sharpe_ratio: 1 })], 1);

  it('fires nothing for a healthy result', () => {
    expect(recommendationsFor(base, DEF)).toEqual([]);
  });

  it('compares win rates on the 0–100 scale (50 and 75), never 0.5 and 0.75', () => {
    expect(recommendationsFor({ ...base, avg_win_rate: 42 }, DEF)).toEqual([
      'Win rate is 42.0%, below 50%. Tighten the entry conditions or widen the take-profit.',
    ]);
    expect(recommendationsFor({ ...base, avg_win_rate: 70 }, DEF)).toEqual([]);
    expect(recommendationsFor({ ...base, avg_win_rate: 80 }, DEF)[0]).toMatch(/^Win rate is 80.0%, above 75%/);
  });

  it('checks every rule in order, each on its own', () => {
    const bad: TestAggregate = {
      ...base,
      by_pair: {
        BTCUSDT: { avg_roi_pct: 4, total_trades: 3, episodes_with_trades: 1 },
        ETHUSDT: { avg_roi_pct: -3, total_trades: 3, episodes_with_trades: 1 },
      },
      avg_win_rate: 30,
      avg_max_drawdown_pct: 20,
      avg_trades_per_episode: 2,
      avg_sharpe: 0.2,
      avg_roi_pct: -1,
    };
    const def = { ...DEF, entry_conditions: { adx_above: 35 }, exit_conditions: { stop_loss_pct: 4, take_profit_pct: 5 } };
    const out = recommendationsFor(bad, def);
    expect(out.map((s) => s.slice(0, 20))).toEqual([
      'ETHUSDT trails BTCUS',
      'Win rate is 30.0%, b',
      'Average max drawdown',
      'Only 2.0 trades per ',
      'Average Sharpe ratio',
      'adx_above is 35.0: a',
      'Take-profit / stop-l',
      'The strategy loses m',
    ]);
    expect(
      recommendationsFor({ ...base, avg_max_drawdown_pct: 2, avg_trades_per_episode: 60 }, { ...DEF, entry_conditions: { adx_above: 10 } }),
    ).toEqual([
      'Average max drawdown is only 2.0%: the stop-loss may be too tight and cut winning trades short.',
      '60.0 trades per episode on average: consider adding filters (e.g. adx_above) to avoid overtrading.',
      'adx_above is 10.0: below 15 it barely filters weak trends. Consider 20 or more.',
    ]);
  });
});
