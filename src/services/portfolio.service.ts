// What an agent holds and how it is doing: positions at the last price, the portfolio, PnL by period,
// and the account reset. Realized PnL is gross of fees; fees are reported beside it. Totals come from
// the running trade totals kept at fill time (trade-stats.service.ts), so no report replays history.
import type { Account, Agent } from '../db/schema.js';
import { avgEntryPrice, nextUtcMidnight } from '../engine/index.js';
import { QUOTE_ASSET, valuePosition } from '../domain/valuation.js';
import { parseAmount, type Amount } from '../money.js';
import { findBalances } from '../repositories/balance.repository.js';
import { findActiveSession } from '../repositories/session.repository.js';
import { findPositions } from '../repositories/trading.repository.js';
import type { ServiceContext } from './context.js';
import { resetAgent } from './agent.service.js';
import { hourOf, tradeStatsSince, tradeTotals } from './trade-stats.service.js';
import { toPosition } from './trading.service.js';

const DAY_MS = 86_400_000;

export interface PositionView {
  symbol: string;
  asset: string;
  quantity: Amount;
  avgEntryPrice: Amount;
  /** The feed's last price; without one, the price of the position's last fill (else its average entry). */
  currentPrice: Amount;
  /** False when the feed has no price for the pair: the position is then valued at cost. */
  priceAvailable: boolean;
  marketValue: Amount;
  costBasis: Amount;
  unrealizedPnl: Amount;
  realizedPnl: Amount;
  openedAt: number;
}

export async function getPositions(ctx: ServiceContext, agent: Pick<Agent, 'id'>): Promise<PositionView[]> {
  const rows = await findPositions(ctx.db, agent.id);
  return rows
    .filter((r) => parseAmount(r.quantity) > 0n)
    .map((r) => {
      const position = toPosition(r)!;
      const price = ctx.market.lastPrice(r.symbol)?.price;
      const { marketValue, unrealizedPnl } = valuePosition(position, price);
      const avgEntry = avgEntryPrice(position);
      return {
        symbol: r.symbol,
        asset: ctx.market.pair(r.symbol)?.baseAsset ?? r.symbol.replace(/USDT$/, ''),
        quantity: position.quantity,
        avgEntryPrice: avgEntry,
        currentPrice: price ?? (r.last_price === null ? avgEntry : parseAmount(r.last_price)),
        priceAvailable: price !== undefined,
        marketValue,
        costBasis: position.cost,
        unrealizedPnl,
        realizedPnl: position.realizedPnl,
        openedAt: Number(r.opened_ms),
      };
    });
}

export interface Portfolio {
  startingBalance: Amount;
  availableCash: Amount;
  lockedCash: Amount;
  positionValue: Amount;
  equity: Amount;
  unrealizedPnl: Amount;
  realizedPnl: Amount;
  feesPaid: Amount;
  positions: PositionView[];
  at: number;
}

/**
 * The current session's picture: cash, positions at market, and PnL since the session began. Needs
 * only the agent's id, so the portfolio stream can build it for any subscribed agent.
 */
export async function getPortfolio(ctx: ServiceContext, agent: Pick<Agent, 'id'>): Promise<Portfolio> {
  const session = await findActiveSession(ctx.db, agent.id);
  if (!session) throw new Error(`agent ${agent.id} has no active session`);
  const [balances, positions, totals] = await Promise.all([
    findBalances(ctx.db, [agent.id]),
    getPositions(ctx, agent),
    // By session, not by time: a reset in the same millisecond as a fill must not carry it over.
    tradeTotals(ctx, agent.id, session.id),
  ]);
  const usdt = balances.find((b) => b.asset === QUOTE_ASSET);
  const availableCash = usdt ? parseAmount(usdt.available) : 0n;
  const lockedCash = usdt ? parseAmount(usdt.locked) : 0n;
  const positionValue = positions.reduce((sum, p) => sum + p.marketValue, 0n);
  return {
    startingBalance: parseAmount(session.starting_balance),
    availableCash,
    lockedCash,
    positionValue,
    equity: availableCash + lockedCash + positionValue,
    unrealizedPnl: positions.reduce((sum, p) => sum + p.unrealizedPnl, 0n),
    realizedPnl: totals.realizedPnl,
    feesPaid: totals.fees,
    positions,
    at: ctx.clock.now(),
  };
}

export type PnlPeriod = '1d' | '7d' | '30d' | 'all';

export interface PnlReport {
  period: PnlPeriod;
  since: number | null;
  realizedPnl: Amount;
  unrealizedPnl: Amount;
  feesPaid: Amount;
  winningTrades: number;
  losingTrades: number;
}

/**
 * PnL over a period: realized PnL, fees and win/loss counts of fills in the period, unrealized PnL
 * as of now. `1d` is the current UTC day; `7d` and `30d` roll, counted in whole UTC hours from the
 * hour holding their start (that hour is `since`); `all` is everything. A trade (a sell) wins when
 * its net PnL — realized, less its fee and its share of the opening fees — is positive, loses when
 * negative; break-even trades count as neither. Reads one row for `all`, one per hour otherwise.
 */
export async function getPnl(ctx: ServiceContext, agent: Agent, period: PnlPeriod): Promise<PnlReport> {
  const now = ctx.clock.now();
  const since =
    period === 'all' ? null : period === '1d' ? nextUtcMidnight(now) - DAY_MS : hourOf(now - (period === '7d' ? 7 : 30) * DAY_MS);
  const [stats, positions] = await Promise.all([
    since === null ? tradeTotals(ctx, agent.id) : tradeStatsSince(ctx, agent.id, since),
    getPositions(ctx, agent),
  ]);
  return {
    period,
    since,
    realizedPnl: stats.realizedPnl,
    unrealizedPnl: positions.reduce((sum, p) => sum + p.unrealizedPnl, 0n),
    feesPaid: stats.fees,
    winningTrades: stats.wins,
    losingTrades: stats.losses,
  };
}

export interface AccountReset {
  previous: { sessionId: string; startedAt: string; endingEquity: Amount; totalPnl: Amount; durationDays: number };
  next: { sessionId: string; startingBalance: Amount; startedAt: string };
}

/** Resets the agent in scope to a clean start, optionally with a new starting balance. */
export async function resetAccount(
  ctx: ServiceContext,
  account: Account,
  agent: Agent,
  newStartingBalance?: Amount,
): Promise<AccountReset> {
  const before = await getPortfolio(ctx, agent);
  const { previous, next } = await resetAgent(ctx, account, agent.id, newStartingBalance);
  return {
    previous: {
      sessionId: previous.id,
      startedAt: previous.started_at,
      endingEquity: before.equity,
      totalPnl: before.equity - before.startingBalance,
      durationDays: Math.max(0, Math.floor((Date.parse(next.started_at) - Date.parse(previous.started_at)) / DAY_MS)),
    },
    next: { sessionId: next.id, startingBalance: parseAmount(next.starting_balance), startedAt: next.started_at },
  };
}
