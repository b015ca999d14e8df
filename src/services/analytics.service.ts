// Performance, equity history and the leaderboard: portfolio snapshots and the running trade totals
// fed through the one metrics module (src/domain/performance-metrics.ts).
//
// Both performance and the leaderboard measure the agent's CURRENT trading session within the
// period: the series starts from the session's starting balance when the session began inside the
// period, and snapshots valued before the session began do not count, so a reset (to any balance)
// starts a new record instead of counting as a gain.
//
// Cost is bounded whatever the agent's history: at most MAX_POINTS snapshot rows (the tier is
// chosen so a period fits: minutes for 1d and 7d, hours for 30d, 90d and sessions up to 90 days old,
// days beyond) and the trade totals of the session (one row) or of its hours in the period.
import type { Agent, SnapshotTier } from '../db/schema.js';
import {
  computeEquityMetrics,
  periodStart,
  tradeMetricsOf,
  type EquityPoint,
  type MetricsPeriod,
  type PerformanceMetrics,
} from '../domain/performance-metrics.js';
import type { Logger } from '../logger.js';
import { parseAmount, type Amount } from '../money.js';
import { findActiveSession } from '../repositories/session.repository.js';
import { findRankableAgents, findSnapshots } from '../repositories/snapshot.repository.js';
import type { ServiceContext } from './context.js';
import { bucketOf } from './snapshot.service.js';
import { tradeStatsSince, tradeTotals } from './trade-stats.service.js';

const DAY_MS = 86_400_000;
const LEADERBOARD_TTL_MS = 60_000;
/** The most snapshot rows one report reads for one agent: 7 days of minutes. */
const MAX_POINTS = 7 * 1440;
/** Sessions up to this old are measured on hourly snapshots for `all`; older ones on daily ones. */
const HOURLY_HISTORY_MS = 90 * DAY_MS;

/** Minute snapshots resolve short periods, hourly ones long ones, daily ones very long sessions. */
function tierFor(period: MetricsPeriod, sessionStartMs: number, now: number): SnapshotTier {
  if (period === '1d' || period === '7d') return 'minute';
  if (period === '30d' || period === '90d') return 'hourly';
  return now - sessionStartMs <= HOURLY_HISTORY_MS ? 'hourly' : 'daily';
}

interface SessionRef {
  id: string;
  startedMs: number;
  startingBalance: Amount;
}

export interface PerformanceReport {
  period: MetricsPeriod;
  /** Start of the period (null for `all`). */
  since: number | null;
  session: SessionRef;
  /** Where the measurement starts: the later of the period start and the session start. */
  from: number;
  tier: SnapshotTier;
  /** Snapshots used. */
  dataPoints: number;
  metrics: PerformanceMetrics;
  /** Closed trades per day over the measured span (at least one day). */
  tradesPerDay: number;
}

async function sessionPerformance(
  ctx: ServiceContext,
  agentId: string,
  session: SessionRef,
  period: MetricsPeriod,
): Promise<PerformanceReport> {
  const now = ctx.clock.now();
  const since = periodStart(period, now);
  const from = since === null ? session.startedMs : Math.max(since, session.startedMs);
  const tier = tierFor(period, session.startedMs, now);
  // Buckets from the one holding the session start: the read never walks older sessions' rows.
  const rows = await findSnapshots(ctx.db, agentId, tier, {
    since: Math.max(since ?? 0, bucketOf(session.startedMs, tier)),
    takenSince: session.startedMs,
    limit: MAX_POINTS,
  });
  const series: EquityPoint[] = rows.map((r) => ({ time: Number(r.bucket_ms), equity: parseAmount(r.total_equity) }));
  // A session that began inside the period is measured from its starting balance.
  if (from === session.startedMs) {
    series.unshift({ time: Math.min(session.startedMs, series[0]?.time ?? session.startedMs), equity: session.startingBalance });
  }
  const stats = since === null ? await tradeTotals(ctx, agentId, session.id) : await tradeStatsSince(ctx, agentId, from, session.id);
  const metrics = { ...computeEquityMetrics(series), ...tradeMetricsOf(stats) };
  const days = Math.max(1, (now - from) / DAY_MS);
  return { period, since, session, from, tier, dataPoints: rows.length, metrics, tradesPerDay: metrics.totalTrades / days };
}

export async function getPerformance(ctx: ServiceContext, agent: Agent, period: MetricsPeriod): Promise<PerformanceReport> {
  const session = await findActiveSession(ctx.db, agent.id);
  if (!session) throw new Error(`agent ${agent.id} has no active session`);
  return sessionPerformance(
    ctx,
    agent.id,
    { id: session.id, startedMs: Date.parse(session.started_at), startingBalance: parseAmount(session.starting_balance) },
    period,
  );
}

export async function getHistory(ctx: ServiceContext, agent: Agent, tier: SnapshotTier, limit: number) {
  return findSnapshots(ctx.db, agent.id, tier, { limit });
}

export interface LeaderboardEntry {
  agentId: string;
  agentName: string;
  accountId: string;
  accountName: string;
  report: PerformanceReport;
}

interface LeaderboardView {
  period: MetricsPeriod;
  since: number | null;
  computedAt: number;
  entries: LeaderboardEntry[];
}

interface LeaderboardState {
  views: Map<MetricsPeriod, LeaderboardView>;
  /** Agents that could not be ranked, already logged (each once until it recovers). */
  skipped: Set<string>;
}

const leaderboards = new WeakMap<ServiceContext, LeaderboardState>();

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Every agent that is not archived, of an active account, with a return over its current session
 * in the period (at least one snapshot of the session in it), ranked by that return, best first,
 * ties by agent id. Recomputed at most once a minute per period. An agent whose data cannot be read
 * is left out and logged once, never failing the ranking of the others.
 */
export async function getLeaderboard(ctx: ServiceContext, period: MetricsPeriod): Promise<LeaderboardView> {
  const now = ctx.clock.now();
  let state = leaderboards.get(ctx);
  if (!state) leaderboards.set(ctx, (state = { views: new Map(), skipped: new Set() }));
  const cached = state.views.get(period);
  if (cached && now - cached.computedAt < LEADERBOARD_TTL_MS) return cached;

  const logger = ctx.logger ?? silent;
  const entries: LeaderboardEntry[] = [];
  for (const a of await findRankableAgents(ctx.db)) {
    try {
      const session = {
        id: a.session_id,
        startedMs: Date.parse(a.session_started_at),
        startingBalance: parseAmount(a.session_starting_balance),
      };
      const report = await sessionPerformance(ctx, a.agent_id, session, period);
      if (state.skipped.delete(a.agent_id)) logger.info('leaderboard ranks an agent again', { agent_id: a.agent_id });
      if (report.metrics.totalReturn === null) continue;
      entries.push({ agentId: a.agent_id, agentName: a.agent_name, accountId: a.account_id, accountName: a.account_name, report });
    } catch (err) {
      if (!state.skipped.has(a.agent_id)) {
        state.skipped.add(a.agent_id);
        logger.error('leaderboard skips an agent whose data cannot be read', { agent_id: a.agent_id, error: String(err) });
      }
    }
  }
  entries.sort((x, y) => y.report.metrics.totalReturn! - x.report.metrics.totalReturn! || (x.agentId < y.agentId ? -1 : 1));
  const view = { period, since: periodStart(period, now), computedAt: now, entries };
  state.views.set(period, view);
  return view;
}
