/**
 * Running totals of an agent's fills over a stretch of time, kept at fill time so that reports read
 * a bounded number of rows instead of replaying the agent's history (one row for everything, one
 * per trading session, one per session and UTC hour). Pure.
 *
 * The totals form a monoid: {@link mergeTradeStats}(a, b) is exactly the totals of a's fills followed
 * by b's, streaks included, so any run of consecutive stretches folds into the totals of their union,
 * and adding a fill is merging its {@link statsOfFill}. A trade is a closing (sell) fill; it wins when
 * its net PnL (realized − its fee − its share of the opening fees) is positive, loses when negative,
 * breaks even at zero. Streaks pass over break-even trades, as in the performance metrics.
 */
import type { Amount } from '../money.js';

export type Sign = -1 | 0 | 1;

export interface TradeStats {
  /** Fills of either side. */
  fills: number;
  /** Σ realized PnL (gross of fees) of the fills. */
  realizedPnl: Amount;
  /** Σ fees of the fills, buys included. */
  fees: Amount;
  /** Closing (sell) fills. */
  trades: number;
  wins: number;
  losses: number;
  /** Σ net PnL of winning trades (≥ 0). */
  grossProfit: Amount;
  /** Σ net PnL of losing trades (≤ 0). */
  grossLoss: Amount;
  bestTrade: Amount | null;
  worstTrade: Amount | null;
  /** The run of equal outcomes the deciding trades start with: its sign (0 with none) and length. */
  leadSign: Sign;
  leadLen: number;
  /** The run they end with. */
  trailSign: Sign;
  trailLen: number;
  longestWin: number;
  longestLoss: number;
}

export const EMPTY_TRADE_STATS: Readonly<TradeStats> = Object.freeze({
  fills: 0,
  realizedPnl: 0n,
  fees: 0n,
  trades: 0,
  wins: 0,
  losses: 0,
  grossProfit: 0n,
  grossLoss: 0n,
  bestTrade: null,
  worstTrade: null,
  leadSign: 0,
  leadLen: 0,
  trailSign: 0,
  trailLen: 0,
  longestWin: 0,
  longestLoss: 0,
});

export interface BookedFill {
  side: 'buy' | 'sell';
  realizedPnl: Amount;
  fee: Amount;
  /** The trade's net PnL; buys: 0. */
  netPnl: Amount;
}

/**
 * The totals of one fill.
 *
 * @example statsOfFill({ side: 'sell', realizedPnl: parseAmount('15'), fee: parseAmount('0.12'), netPnl: parseAmount('14.775') }).wins === 1
 */
export function statsOfFill(fill: BookedFill): TradeStats {
  const base = { ...EMPTY_TRADE_STATS, fills: 1, realizedPnl: fill.realizedPnl, fees: fill.fee };
  if (fill.side === 'buy') return base;
  const net = fill.netPnl;
  const sign: Sign = net > 0n ? 1 : net < 0n ? -1 : 0;
  const run = sign === 0 ? 0 : 1;
  return {
    ...base,
    trades: 1,
    wins: sign === 1 ? 1 : 0,
    losses: sign === -1 ? 1 : 0,
    grossProfit: sign === 1 ? net : 0n,
    grossLoss: sign === -1 ? net : 0n,
    bestTrade: net,
    worstTrade: net,
    leadSign: sign,
    leadLen: run,
    trailSign: sign,
    trailLen: run,
    longestWin: sign === 1 ? 1 : 0,
    longestLoss: sign === -1 ? 1 : 0,
  };
}

const pick = (a: Amount | null, b: Amount | null, better: (x: Amount, y: Amount) => boolean): Amount | null =>
  a === null ? b : b === null ? a : better(b, a) ? b : a;

/**
 * The totals of `a`'s fills followed by `b`'s.
 *
 * @example mergeTradeStats(statsOfFill(win), statsOfFill(win)).longestWin === 2
 */
export function mergeTradeStats(a: TradeStats, b: TradeStats): TradeStats {
  const decidedA = a.wins + a.losses;
  const decidedB = b.wins + b.losses;
  let streaks: Pick<TradeStats, 'leadSign' | 'leadLen' | 'trailSign' | 'trailLen' | 'longestWin' | 'longestLoss'>;
  if (decidedA === 0) streaks = b;
  else if (decidedB === 0) streaks = a;
  else {
    // A side that is one single run joins the other's neighbouring run when the outcomes match.
    const lead = a.leadLen === decidedA && a.leadSign === b.leadSign ? decidedA + b.leadLen : a.leadLen;
    const trail = b.trailLen === decidedB && b.trailSign === a.trailSign ? decidedB + a.trailLen : b.trailLen;
    const joined = a.trailSign === b.leadSign ? a.trailLen + b.leadLen : 0;
    streaks = {
      leadSign: a.leadSign,
      leadLen: lead,
      trailSign: b.trailSign,
      trailLen: trail,
      longestWin: Math.max(a.longestWin, b.longestWin, a.trailSign === 1 ? joined : 0),
      longestLoss: Math.max(a.longestLoss, b.longestLoss, a.trailSign === -1 ? joined : 0),
    };
  }
  return {
    fills: a.fills + b.fills,
    realizedPnl: a.realizedPnl + b.realizedPnl,
    fees: a.fees + b.fees,
    trades: a.trades + b.trades,
    wins: a.wins + b.wins,
    losses: a.losses + b.losses,
    grossProfit: a.grossProfit + b.grossProfit,
    grossLoss: a.grossLoss + b.grossLoss,
    bestTrade: pick(a.bestTrade, b.bestTrade, (x, y) => x > y),
    worstTrade: pick(a.worstTrade, b.worstTrade, (x, y) => x < y),
    leadSign: streaks.leadSign,
    leadLen: streaks.leadLen,
    trailSign: streaks.trailSign,
    trailLen: streaks.trailLen,
    longestWin: streaks.longestWin,
    longestLoss: streaks.longestLoss,
  };
}

/** The totals of consecutive stretches, given oldest first. */
export function foldTradeStats(stretches: Iterable<TradeStats>): TradeStats {
  let total: TradeStats = EMPTY_TRADE_STATS;
  for (const s of stretches) total = mergeTradeStats(total, s);
  return total;
}
