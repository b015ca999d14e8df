// Running trade totals (src/domain/trade-stats.ts) kept with every fill and read by the reports:
// all-time, per session and per session-hour rows, so a report reads one row, or one per hour of its
// window, never the agent's whole history.
import type { Tx } from '../db/store.js';
import type { TradeStatsRow } from '../db/schema.js';
import {
  EMPTY_TRADE_STATS,
  foldTradeStats,
  mergeTradeStats,
  statsOfFill,
  type BookedFill,
  type Sign,
  type TradeStats,
} from '../domain/trade-stats.js';
import { formatAmount, parseAmount } from '../money.js';
import {
  findHourlyTradeStats,
  findTradeStatsRow,
  findTradeTotals,
  upsertTradeStatsRow,
  type TradeStatsKey,
} from '../repositories/trade-stats.repository.js';
import type { ServiceContext } from './context.js';

const HOUR_MS = 3_600_000;

export const hourOf = (time: number): number => Math.floor(time / HOUR_MS) * HOUR_MS;

const sign = (n: number): Sign => (n > 0 ? 1 : n < 0 ? -1 : 0);

function statsOfRow(row: TradeStatsRow | undefined): TradeStats {
  if (!row) return EMPTY_TRADE_STATS;
  return {
    fills: Number(row.fills),
    realizedPnl: parseAmount(row.realized_pnl),
    fees: parseAmount(row.fees),
    trades: Number(row.trades),
    wins: Number(row.wins),
    losses: Number(row.losses),
    grossProfit: parseAmount(row.gross_profit),
    grossLoss: parseAmount(row.gross_loss),
    bestTrade: row.best_trade === null ? null : parseAmount(row.best_trade),
    worstTrade: row.worst_trade === null ? null : parseAmount(row.worst_trade),
    leadSign: sign(Number(row.lead_sign)),
    leadLen: Number(row.lead_len),
    trailSign: sign(Number(row.trail_sign)),
    trailLen: Number(row.trail_len),
    longestWin: Number(row.longest_win),
    longestLoss: Number(row.longest_loss),
  };
}

function rowOf(key: TradeStatsKey, s: TradeStats): TradeStatsRow {
  return {
    ...key,
    fills: s.fills,
    realized_pnl: formatAmount(s.realizedPnl),
    fees: formatAmount(s.fees),
    trades: s.trades,
    wins: s.wins,
    losses: s.losses,
    gross_profit: formatAmount(s.grossProfit),
    gross_loss: formatAmount(s.grossLoss),
    best_trade: s.bestTrade === null ? null : formatAmount(s.bestTrade),
    worst_trade: s.worstTrade === null ? null : formatAmount(s.worstTrade),
    lead_sign: s.leadSign,
    lead_len: s.leadLen,
    trail_sign: s.trailSign,
    trail_len: s.trailLen,
    longest_win: s.longestWin,
    longest_loss: s.longestLoss,
  };
}

/**
 * Adds one fill to the agent's all-time, session and session-hour totals, on the caller's
 * connection (inside the fill's transaction, so the totals commit or roll back with it).
 */
export async function bookFillStats(tx: Tx, fill: BookedFill & { agentId: string; executedAt: number }, sessionId: string): Promise<void> {
  const one = statsOfFill(fill);
  const keys: TradeStatsKey[] = [
    { agent_id: fill.agentId, scope: 'all', bucket_ms: 0, session_id: '' },
    { agent_id: fill.agentId, scope: 'session', bucket_ms: 0, session_id: sessionId },
    { agent_id: fill.agentId, scope: 'hour', bucket_ms: hourOf(fill.executedAt), session_id: sessionId },
  ];
  for (const key of keys) await upsertTradeStatsRow(tx, rowOf(key, mergeTradeStats(statsOfRow(await findTradeStatsRow(tx, key)), one)));
}

/** The agent's totals over all time, or in one session: one row. */
export async function tradeTotals(ctx: Pick<ServiceContext, 'db'>, agentId: string, sessionId?: string): Promise<TradeStats> {
  return statsOfRow(await findTradeTotals(ctx.db, agentId, sessionId));
}

/**
 * The agent's totals of fills in UTC hours starting at or after the hour holding `sinceMs` (of one
 * session, if given): at most one row per hour (and session) of the window. A window that does not
 * start on the hour therefore also counts the fills earlier in its first hour.
 */
export async function tradeStatsSince(
  ctx: Pick<ServiceContext, 'db'>,
  agentId: string,
  sinceMs: number,
  sessionId?: string,
): Promise<TradeStats> {
  return foldTradeStats((await findHourlyTradeStats(ctx.db, agentId, hourOf(sinceMs), sessionId)).map(statsOfRow));
}
