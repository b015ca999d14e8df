// Performance, equity history and the leaderboard: portfolio snapshots and closed trades fed
// through the one metrics module (src/domain/performance-metrics.ts).
import type { Agent, SnapshotTier } from '../db/schema.js';
import {
  computePerformanceMetrics,
  periodStart,
  type ClosedTrade,
  type EquityPoint,
  type MetricsPeriod,
  type PerformanceMetrics,
} from '../domain/performance-metrics.js';
import { parseAmount } from '../money.js';
import { findSnapshots } from '../repositories/snapshot.repository.js';
import { findAgentFills } from '../repositories/trading.repository.js';
import type { ServiceContext } from './context.js';

const LEADERBOARD_TTL_MS = 60_000;
const MAX_POINTS = 200_000;

/** Minute snapshots resolve short periods; hourly ones keep long periods cheap. */
export const tierFor = (period: MetricsPeriod): SnapshotTier => (period === '1d' || period === '7d' ? 'minute' : 'hourly');

export interface PerformanceReport {
  period: MetricsPeriod;
  since: number | null;
  tier: SnapshotTier;
  dataPoints: number;
  metrics: PerformanceMetrics;
}

async function seriesOf(ctx: ServiceContext, agentId: string, tier: SnapshotTier, since: number | null): Promise<EquityPoint[]> {
  const rows = await findSnapshots(ctx.db, agentId, tier, { ...(since === null ? {} : { since }), limit: MAX_POINTS });
  return rows.map((r) => ({ time: Number(r.bucket_ms), equity: parseAmount(r.total_equity) }));
}

async function tradesOf(ctx: ServiceContext, agentId: string, since: number | null): Promise<ClosedTrade[]> {
  const fills = await findAgentFills(ctx.db, agentId, { side: 'sell', ...(since === null ? {} : { sinceMs: since }) });
  return fills.map((f) => ({ realizedPnl: parseAmount(f.realized_pnl), fee: parseAmount(f.fee), closedAt: Number(f.executed_ms) }));
}

export async function getPerformance(ctx: ServiceContext, agent: Agent, period: MetricsPeriod): Promise<PerformanceReport> {
  const since = periodStart(period, ctx.clock.now());
  const tier = tierFor(period);
  const [series, trades] = await Promise.all([seriesOf(ctx, agent.id, tier, since), tradesOf(ctx, agent.id, since)]);
  return { period, since, tier, dataPoints: series.length, metrics: computePerformanceMetrics(series, trades) };
}

export async function getHistory(ctx: ServiceContext, agent: Agent, tier: SnapshotTier, limit: number) {
  return findSnapshots(ctx.db, agent.id, tier, { limit });
}

export interface LeaderboardEntry {
  agentId: string;
  agentName: string;
  accountId: string;
  accountName: string;
  metrics: PerformanceMetrics;
}

export interface LeaderboardView {
  period: MetricsPeriod;
  since: number | null;
  computedAt: number;
  entries: LeaderboardEntry[];
}

const leaderboards = new WeakMap<ServiceContext, Map<MetricsPeriod, LeaderboardView>>();

/**
 * Every active agent with at least two snapshots in the period, ranked by total return over it,
 * best first, ties by agent id. Recomputed at most once a minute per period.
 */
export async function getLeaderboard(ctx: ServiceContext, period: MetricsPeriod): Promise<LeaderboardView> {
  const now = ctx.clock.now();
  const cache = leaderboards.get(ctx) ?? new Map<MetricsPeriod, LeaderboardView>();
  leaderboards.set(ctx, cache);
  const cached = cache.get(period);
  if (cached && now - cached.computedAt < LEADERBOARD_TTL_MS) return cached;

  const since = periodStart(period, now);
  const tier = tierFor(period);
  const agents = await ctx.db
    .selectFrom('agents')
    .innerJoin('accounts', 'accounts.id', 'agents.account_id')
    .select(['agents.id as agent_id', 'agents.display_name as agent_name', 'accounts.id as account_id', 'accounts.display_name as account_name'])
    .where('agents.status', '!=', 'archived')
    .where('accounts.status', '=', 'active')
    .execute();
  const entries: LeaderboardEntry[] = [];
  for (const a of agents) {
    const series = await seriesOf(ctx, a.agent_id, tier, since);
    if (series.length < 2) continue;
    const metrics = computePerformanceMetrics(series, await tradesOf(ctx, a.agent_id, since));
    if (metrics.totalReturn === null) continue;
    entries.push({ agentId: a.agent_id, agentName: a.agent_name, accountId: a.account_id, accountName: a.account_name, metrics });
  }
  entries.sort((x, y) => y.metrics.totalReturn! - x.metrics.totalReturn! || (x.agentId < y.agentId ? -1 : 1));
  const view = { period, since, computedAt: now, entries };
  cache.set(period, view);
  return view;
}
