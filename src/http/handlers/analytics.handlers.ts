import { isoTime } from '../../clock.js';
import { PERCENT_DECIMALS, RATIO_DECIMALS, type PerformanceMetrics } from '../../domain/performance-metrics.js';
import { formatAmount, type Amount } from '../../money.js';
import type { SnapshotTier } from '../../db/schema.js';
import { getHistory, getLeaderboard as leaderboard, getPerformance as performance } from '../../services/analytics.service.js';
import { agentOf, type Handler } from '../types.js';

const ratio = (n: number | null) => (n === null ? null : n.toFixed(RATIO_DECIMALS));
const percent = (n: number | null) => (n === null ? null : n.toFixed(PERCENT_DECIMALS));
const money = (a: Amount | null) => (a === null ? null : formatAmount(a));
const TIERS: Record<'1m' | '1h' | '1d', SnapshotTier> = { '1m': 'minute', '1h': 'hourly', '1d': 'daily' };

function toMetricsDto(m: PerformanceMetrics) {
  return {
    total_return_pct: percent(m.totalReturnPct),
    sharpe_ratio: ratio(m.sharpeRatio),
    sortino_ratio: ratio(m.sortinoRatio),
    max_drawdown_pct: percent(m.maxDrawdownPct),
    max_drawdown_duration_seconds: m.maxDrawdownDurationMs === null ? null : Math.round(m.maxDrawdownDurationMs / 1000),
    win_rate: percent(m.winRatePct),
    profit_factor: ratio(m.profitFactor),
    avg_win: money(m.averageWin),
    avg_loss: money(m.averageLoss),
    best_trade: money(m.bestTrade),
    worst_trade: money(m.worstTrade),
    net_pnl: formatAmount(m.netPnl),
    total_trades: m.totalTrades,
    winning_trades: m.winningTrades,
    losing_trades: m.losingTrades,
    break_even_trades: m.breakEvenTrades,
    longest_win_streak: m.longestWinStreak,
    longest_loss_streak: m.longestLossStreak,
    current_streak: m.currentStreak,
  };
}

export const getPerformance: Handler<'getPerformance'> = async (req, ctx) => {
  const agent = agentOf(ctx);
  const r = await performance(ctx.services, agent, req.query.period ?? 'all');
  return {
    status: 200,
    body: {
      period: r.period,
      agent_id: agent.id,
      since: r.since === null ? null : isoTime(r.since),
      snapshot_interval: r.tier === 'minute' ? '1m' : '1h',
      data_points: r.dataPoints,
      ...toMetricsDto(r.metrics),
    },
  };
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
      rankings: view.entries.slice(0, req.query.limit ?? 50).map((e, i) => ({
        rank: i + 1,
        agent_id: e.agentId,
        agent_display_name: e.agentName,
        account_id: e.accountId,
        display_name: e.accountName,
        account_display_name: e.accountName,
        total_return_pct: percent(e.metrics.totalReturnPct)!,
        roi_pct: percent(e.metrics.totalReturnPct)!,
        sharpe_ratio: ratio(e.metrics.sharpeRatio),
        max_drawdown_pct: percent(e.metrics.maxDrawdownPct),
        win_rate: percent(e.metrics.winRatePct),
        total_trades: e.metrics.totalTrades,
      })),
    },
  };
};
