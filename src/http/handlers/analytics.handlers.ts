import { isoTime } from '../../clock.js';
import type { LeaderboardEntry, Performance } from '../../../generated/types.gen.js';
import { PERCENT_DECIMALS, RATIO_DECIMALS } from '../../domain/performance-metrics.js';
import { formatAmount, type Amount } from '../../money.js';
import type { SnapshotTier } from '../../db/schema.js';
import {
  getHistory,
  getLeaderboard as leaderboard,
  getPerformance as performance,
  type PerformanceReport,
} from '../../services/analytics.service.js';
import { agentOf, type Handler } from '../types.js';

const DAY_S = 86_400;
const TIERS: Record<'1m' | '1h' | '1d', SnapshotTier> = { '1m': 'minute', '1h': 'hourly', '1d': 'daily' };
const INTERVALS: Record<SnapshotTier, '1m' | '1h' | '1d'> = { minute: '1m', hourly: '1h', daily: '1d' };

/**
 * Documented metrics are never null (ruling "Documented shapes"): an undefined one goes out as zero
 * in its format and its name is collected in `notComputable`, which the reply carries beside it.
 */
class DocumentedMetrics<F extends string> {
  readonly notComputable: F[] = [];

  private orZero<T>(field: F, value: T | null, zero: T): T {
    if (value !== null) return value;
    this.notComputable.push(field);
    return zero;
  }

  ratio(field: F, n: number | null): string {
    return this.orZero(field, n, 0).toFixed(RATIO_DECIMALS);
  }

  percent(field: F, n: number | null): string {
    return this.orZero(field, n, 0).toFixed(PERCENT_DECIMALS);
  }

  money(field: F, a: Amount | null): string {
    return formatAmount(this.orZero(field, a, 0n));
  }

  int(field: F, n: number | null): number {
    return this.orZero(field, n, 0);
  }
}

function toPerformanceDto(r: PerformanceReport, agentId: string) {
  const m = r.metrics;
  const d = new DocumentedMetrics<Performance['not_computable'][number]>();
  const durationSeconds = m.maxDrawdownDurationMs === null ? null : Math.round(m.maxDrawdownDurationMs / 1000);
  const body = {
    period: r.period,
    agent_id: agentId,
    since: r.since === null ? null : isoTime(r.since),
    session_started_at: isoTime(r.session.startedMs),
    snapshot_interval: INTERVALS[r.tier],
    data_points: r.dataPoints,
    total_return_pct: m.totalReturnPct === null ? null : m.totalReturnPct.toFixed(PERCENT_DECIMALS),
    sharpe_ratio: d.ratio('sharpe_ratio', m.sharpeRatio),
    sortino_ratio: d.ratio('sortino_ratio', m.sortinoRatio),
    max_drawdown_pct: d.percent('max_drawdown_pct', m.maxDrawdownPct),
    max_drawdown_duration_days: d.int('max_drawdown_duration_days', durationSeconds === null ? null : Math.floor(durationSeconds / DAY_S)),
    max_drawdown_duration_seconds: durationSeconds,
    win_rate: d.percent('win_rate', m.winRatePct),
    profit_factor: d.ratio('profit_factor', m.profitFactor),
    avg_win: d.money('avg_win', m.averageWin),
    avg_loss: d.money('avg_loss', m.averageLoss),
    best_trade: d.money('best_trade', m.bestTrade),
    worst_trade: d.money('worst_trade', m.worstTrade),
    net_pnl: formatAmount(m.netPnl),
    total_trades: m.totalTrades,
    avg_trades_per_day: r.tradesPerDay.toFixed(2),
    winning_trades: m.winningTrades,
    losing_trades: m.losingTrades,
    break_even_trades: m.breakEvenTrades,
    longest_win_streak: m.longestWinStreak,
    longest_loss_streak: m.longestLossStreak,
    current_streak: m.currentStreak,
  };
  return { ...body, insufficient_data: d.notComputable.length > 0, not_computable: d.notComputable };
}

export const getPerformance: Handler<'getPerformance'> = async (req, ctx) => {
  const agent = agentOf(ctx);
  const r = await performance(ctx.services, agent, req.query.period ?? 'all');
  return { status: 200, body: toPerformanceDto(r, agent.id) };
};

export const getPortfolioHistory: Handler<'getPortfolioHistory'> = async (req, ctx) => {
  const agent = agentOf(ctx);
  const interval = req.query.interval ?? '1h';
  const rows = await getHistory(ctx.services, agent, TIERS[interval], req.query.limit ?? 100);
  return {
    status: 200,
    body: {
      agent_id: agent.id,
      interval,
      snapshots: rows.map((r) => ({
        time: isoTime(Number(r.bucket_ms)),
        total_equity: r.total_equity,
        available_cash: r.available_cash,
        locked_cash: r.locked_cash,
        position_value: r.position_value,
        unrealized_pnl: r.unrealized_pnl,
        realized_pnl: r.realized_pnl,
        fees_paid: r.fees_paid,
      })),
    },
  };
};

export const getLeaderboard: Handler<'getLeaderboard'> = async (req, ctx) => {
  const view = await leaderboard(ctx.services, req.query.period ?? 'all');
  return {
    status: 200,
    body: {
      period: view.period,
      since: view.since === null ? null : isoTime(view.since),
      computed_at: isoTime(view.computedAt),
      rankings: view.entries.slice(0, req.query.limit ?? 50).map((e, i) => {
        const m = e.report.metrics;
        const d = new DocumentedMetrics<LeaderboardEntry['not_computable'][number]>();
        // Ranked entries always have a return (the service leaves out those without one).
        const roi = m.totalReturnPct!.toFixed(PERCENT_DECIMALS);
        const row = {
          rank: i + 1,
          agent_id: e.agentId,
          agent_display_name: e.agentName,
          account_id: e.accountId,
          display_name: e.accountName,
          account_display_name: e.accountName,
          total_return_pct: roi,
          roi_pct: roi,
          sharpe_ratio: d.ratio('sharpe_ratio', m.sharpeRatio),
          max_drawdown_pct: d.percent('max_drawdown_pct', m.maxDrawdownPct),
          win_rate: d.percent('win_rate', m.winRatePct),
          total_trades: m.totalTrades,
        };
        return { ...row, insufficient_data: d.notComputable.length > 0, not_computable: d.notComputable };
      }),
    },
  };
};
