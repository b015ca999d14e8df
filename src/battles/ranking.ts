// How a battle ranks its participants and what each one's standing shows. One ordering rule for
// every place that ranks (/live, the channel's snapshots, the final results, historical battles):
// the battle's ranking metric, higher first; a participant whose metric cannot be computed after
// every one whose metric can; ties to the earlier join; eliminated participants after the
// survivors, the later elimination higher. The figures come from the one metric set
// (domain/performance-metrics.ts): the equity metrics over the battle's snapshots, the trade
// metrics over the participant's fills since the battle started.
import type { BattleParticipantRow, BattleRow, ParticipantStatus } from '../db/schema.js';
import type { Tx } from '../db/store.js';
import { computeEquityMetrics, PERCENT_DECIMALS, RATIO_DECIMALS, tradeMetricsOf, type EquityPoint } from '../domain/performance-metrics.js';
import { EMPTY_TRADE_STATS, mergeTradeStats, statsOfFill, type TradeStats } from '../domain/trade-stats.js';
import { valueHoldings, type HeldPosition, type PriceLookup } from '../domain/valuation.js';
import { formatAmount, formatAmountTo, parseAmount, percentOf, type Amount } from '../money.js';
import type { Config } from '../config.js';
import {
  findBattleCashSync,
  findBattleFillsSync,
  findBattlePositionsSync,
  findEquitySeriesSync,
  type BattleFillRow,
  type CashRow,
  type HeldRow,
} from './snapshots.repository.js';
import type { BattleConfig, RankingMetric, StandingDto } from './types.js';

const YEAR_MS = 365 * 86_400_000;

/** Everything a participant's standing is made of, exact where it is money. */
export interface ParticipantFigures {
  participantId: string;
  agentId: string;
  joinedAt: string;
  status: ParticipantStatus;
  blownUpAt: string | null;
  /** What the battle measures from (see {@link battleStartingBalance}). */
  startingBalance: Amount;
  equity: Amount;
  realizedPnl: Amount;
  unrealizedPnl: Amount;
  /** Fills since the battle started, opening buys included. */
  tradeCount: number;
  openPositions: number;
  metrics: {
    sharpe: number | null;
    maxDrawdownPct: number | null;
    winRatePct: number | null;
    profitFactor: number | null;
  };
}

// --- ordering --------------------------------------------------------------------------------------

/** A metric's value for ordering: an exact fraction (den > 0) or a statistic; null when not computable. */
type Rankable = { num: bigint; den: bigint } | number | null;

function rankable(f: ParticipantFigures, metric: RankingMetric): Rankable {
  switch (metric) {
    case 'roi_pct':
      // Compared as the exact fraction pnl / start, so two participants with different starting
      // balances (existing wallets) are ordered by their true returns, not by rounded percentages.
      return f.startingBalance > 0n ? { num: f.equity - f.startingBalance, den: f.startingBalance } : null;
    case 'total_pnl':
      return { num: f.equity - f.startingBalance, den: 1n };
    case 'sharpe_ratio':
      return f.metrics.sharpe;
    case 'win_rate':
      return f.metrics.winRatePct;
    case 'profit_factor':
      return f.metrics.profitFactor;
  }
}

/** Negative when a ranks above b (higher value first). Both non-null. */
function compareValues(a: Exclude<Rankable, null>, b: Exclude<Rankable, null>): number {
  if (typeof a === 'number' && typeof b === 'number') return b - a;
  if (typeof a === 'object' && typeof b === 'object') {
    const lhs = b.num * a.den;
    const rhs = a.num * b.den;
    return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
  }
  return 0;
}

function earlierJoin(a: ParticipantFigures, b: ParticipantFigures): number {
  if (a.joinedAt !== b.joinedAt) return a.joinedAt < b.joinedAt ? -1 : 1;
  // Participant ids are time-ordered (UUIDv7): the earlier row within the same millisecond.
  return a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0;
}

/**
 * The participants best first: survivors by `metric` descending (a null metric after every
 * non-null one, ties to the earlier join), then the eliminated, the later elimination first.
 *
 * @example rankParticipants([a, b], 'roi_pct')[0] // the higher return, or the earlier joiner on a tie
 */
export function rankParticipants(list: readonly ParticipantFigures[], metric: RankingMetric): ParticipantFigures[] {
  const values = new Map(list.map((f) => [f, rankable(f, metric)]));
  return [...list].sort((a, b) => {
    const aOut = a.status === 'blown_up';
    const bOut = b.status === 'blown_up';
    if (aOut !== bOut) return aOut ? 1 : -1;
    if (aOut && bOut) {
      const ta = a.blownUpAt ?? '';
      const tb = b.blownUpAt ?? '';
      if (ta !== tb) return ta > tb ? -1 : 1;
      return earlierJoin(a, b);
    }
    const va = values.get(a)!;
    const vb = values.get(b)!;
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
      return earlierJoin(a, b);
    }
    return compareValues(va, vb) || earlierJoin(a, b);
  });
}

// --- standings -------------------------------------------------------------------------------------

/** A statistic as a fixed-decimal string (half away from zero, like the metrics' own rounding), or null. */
function fixed(value: number | null, decimals: number): string | null {
  if (value === null) return null;
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** The return on the battle's starting balance, in percent with 2 decimals; "0.00" when it has none. */
export function roiPctOf(equity: Amount, startingBalance: Amount): string {
  return startingBalance > 0n ? formatAmountTo(percentOf(equity - startingBalance, startingBalance), 2) : '0.00';
}

/**
 * The wire standings of ranked participants (rank = position, 1 first): money as 8-decimal
 * strings, roi_pct, win_rate and max_drawdown_pct with 2 decimals, the Sharpe ratio and profit
 * factor with 4; a ratio that cannot be computed is null.
 */
export function standingsOf(
  ranked: readonly ParticipantFigures[],
  agents: ReadonlyMap<string, { display_name: string; color: string | null }>,
): StandingDto[] {
  return ranked.map((f, i) => {
    const card = agents.get(f.agentId);
    const name = card?.display_name ?? '';
    return {
      rank: i + 1,
      agent_id: f.agentId,
      agent_name: name,
      display_name: name,
      avatar_url: null,
      color: card?.color ?? null,
      status: f.status,
      starting_balance: formatAmount(f.startingBalance),
      current_equity: formatAmount(f.equity),
      total_pnl: formatAmount(f.equity - f.startingBalance),
      roi_pct: roiPctOf(f.equity, f.startingBalance),
      realized_pnl: formatAmount(f.realizedPnl),
      unrealized_pnl: formatAmount(f.unrealizedPnl),
      trade_count: f.tradeCount,
      total_trades: f.tradeCount,
      open_positions: f.openPositions,
      win_rate: fixed(f.metrics.winRatePct, 2),
      sharpe_ratio: fixed(f.metrics.sharpe, 4),
      max_drawdown_pct: fixed(f.metrics.maxDrawdownPct, 2),
      profit_factor: fixed(f.metrics.profitFactor, 4),
    };
  });
}

// --- live figures ----------------------------------------------------------------------------------

/** The stored, normalised config of a battle row. */
export function battleConfigOf(battle: Pick<BattleRow, 'config'>): BattleConfig {
  return JSON.parse(battle.config) as BattleConfig;
}

/**
 * What a participant's performance is measured from: the battle's starting balance in a fresh
 * wallet (and in a historical battle), the valued wallet at the start with an existing one.
 */
export function battleStartingBalance(
  battle: Pick<BattleRow, 'battle_mode'>,
  config: BattleConfig,
  participant: Pick<BattleParticipantRow, 'snapshot_balance'>,
): Amount {
  if (battle.battle_mode === 'live' && config.wallet_mode === 'existing') {
    return participant.snapshot_balance === null ? 0n : parseAmount(participant.snapshot_balance);
  }
  return parseAmount(config.starting_balance);
}

/** A participant's wallet valued at the last prices. */
export interface WalletValue {
  equity: Amount;
  unrealizedPnl: Amount;
  openPositions: number;
}

/** Values USDT cash and open positions (quantity > 0) as the portfolio and its snapshots do. */
export function valueWallet(cash: CashRow | undefined, held: readonly HeldRow[], prices: PriceLookup): WalletValue {
  const positions: HeldPosition[] = [];
  for (const p of held) {
    const quantity = parseAmount(p.quantity);
    if (quantity > 0n) positions.push({ symbol: p.symbol, quantity, cost: parseAmount(p.cost) });
  }
  const v = valueHoldings(
    {
      availableCash: cash ? parseAmount(cash.available) : 0n,
      lockedCash: cash ? parseAmount(cash.locked) : 0n,
      positions,
    },
    (symbol) => prices.lastPrice(symbol),
  );
  return { equity: v.totalEquity, unrealizedPnl: v.unrealizedPnl, openPositions: positions.length };
}

/** Folds a fill into running totals (trade_count, realized PnL and the trade metrics all come from them). */
export function addFill(stats: TradeStats, fill: Pick<BattleFillRow, 'side' | 'realized_pnl' | 'fee' | 'net_pnl'>): TradeStats {
  return mergeTradeStats(
    stats,
    statsOfFill({
      side: fill.side,
      realizedPnl: parseAmount(fill.realized_pnl),
      fee: parseAmount(fill.fee),
      netPnl: fill.side === 'sell' ? parseAmount(fill.net_pnl) : 0n,
    }),
  );
}

export interface FiguresInput {
  participant: Pick<BattleParticipantRow, 'id' | 'agent_id' | 'joined_at' | 'status' | 'blown_up_at'>;
  startingBalance: Amount;
  wallet: WalletValue;
  stats: TradeStats;
  equityMetrics: { sharpe: number | null; maxDrawdownPct: number | null };
}

/** Assembles one participant's figures. */
export function figuresOf(input: FiguresInput): ParticipantFigures {
  const { participant: p, stats } = input;
  const trade = tradeMetricsOf(stats);
  return {
    participantId: p.id,
    agentId: p.agent_id,
    joinedAt: p.joined_at,
    status: p.status,
    blownUpAt: p.blown_up_at,
    startingBalance: input.startingBalance,
    equity: input.wallet.equity,
    realizedPnl: stats.realizedPnl,
    unrealizedPnl: input.wallet.unrealizedPnl,
    tradeCount: stats.fills,
    openPositions: input.wallet.openPositions,
    metrics: {
      sharpe: input.equityMetrics.sharpe,
      maxDrawdownPct: input.equityMetrics.maxDrawdownPct,
      winRatePct: trade.winRatePct,
      profitFactor: trade.profitFactor,
    },
  };
}

/**
 * The equity metrics of a participant's stored series when the caller already holds them (the
 * scheduler keeps them for every running live battle: BattleScheduler.equityMetricsOf); undefined
 * for one it does not know.
 */
export type KnownEquityMetrics = (participantId: string) => { sharpe: number | null; maxDrawdownPct: number | null } | undefined;

/**
 * The current figures of a live battle's participants (unranked), read in four statements for the
 * whole battle: their wallets valued at `ctx.prices`, their fills since the battle started (up to
 * its end once it has ended), and the battle's snapshots as each one's equity series. The series
 * is the one read that grows with the battle's length (a week of 5-second snapshots is 120,000 rows
 * per participant): it is skipped when `known` gives every participant's equity metrics. A
 * participant whose final equity is stored (eliminated, or the battle completed) keeps it, since
 * its wallet no longer shows the battle. Run it in a transaction of the store (readNow, `submit`).
 */
export async function liveFigures(
  tx: Tx,
  ctx: { prices: PriceLookup; config: Pick<Config, 'battles'> },
  battle: BattleRow,
  participants: readonly BattleParticipantRow[],
  now: number,
  known?: KnownEquityMetrics,
): Promise<ParticipantFigures[]> {
  const config = battleConfigOf(battle);
  const startedMs = battle.started_at === null ? now : Date.parse(battle.started_at);
  const endMs = battle.ended_at === null ? now : Date.parse(battle.ended_at);
  const wanted = new Set(participants.map((p) => p.agent_id));

  const cash = new Map((await findBattleCashSync(tx, battle.id)).map((c) => [c.agent_id, c]));
  const held = groupBy(await findBattlePositionsSync(tx, battle.id), (r) => r.agent_id);
  const stats = new Map<string, TradeStats>();
  for (const fill of await findBattleFillsSync(tx, battle.id, startedMs, endMs)) {
    if (wanted.has(fill.agent_id)) stats.set(fill.agent_id, addFill(stats.get(fill.agent_id) ?? EMPTY_TRADE_STATS, fill));
  }
  const kept = new Map(participants.map((p) => [p.id, known?.(p.id)]));
  const series = new Map<string, EquityPoint[]>();
  const needSeries = [...kept.values()].some((m) => m === undefined);
  for (const row of needSeries ? await findEquitySeriesSync(tx, battle.id) : []) {
    if (!wanted.has(row.agent_id)) continue;
    let points = series.get(row.agent_id);
    if (!points) series.set(row.agent_id, (points = []));
    points.push({ time: Number(row.ts_ms), equity: parseAmount(row.equity) });
  }
  const intervalMs = ctx.config.battles.snapshotIntervalMs;

  return participants.map((p) => {
    let wallet = valueWallet(cash.get(p.agent_id), held.get(p.agent_id) ?? [], ctx.prices);
    if (p.final_equity !== null) wallet = { ...wallet, equity: parseAmount(p.final_equity) };
    let equityMetrics = kept.get(p.id);
    if (equityMetrics === undefined) {
      const m = computeEquityMetrics(series.get(p.agent_id) ?? [], { intervalMs });
      equityMetrics = { sharpe: m.sharpeRatio, maxDrawdownPct: m.maxDrawdownPct };
    }
    return figuresOf({
      participant: p,
      startingBalance: battleStartingBalance(battle, config, p),
      wallet,
      stats: stats.get(p.agent_id) ?? EMPTY_TRADE_STATS,
      equityMetrics,
    });
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

// --- the equity metrics, point by point ------------------------------------------------------------

/**
 * The Sharpe ratio and maximum drawdown of an equity series fed one point at a time, in constant
 * memory, for the scheduler, which sees a battle's series grow by one point every 5 s and cannot
 * re-read it each time. Same formulas as computeEquityMetrics with a stated interval: returns
 * r = E_i / E_(i-1) − 1 where E_(i-1) > 0, Sharpe r̄ / s × √(year / interval) with the sample
 * deviation, null under two returns or when all returns are exactly equal; drawdown from the
 * running peak, compared exactly. The deviation is accumulated (Welford) rather than taken in a
 * second pass, so the last float digits may differ from the batch computation; at the 4 decimals
 * a standing shows they agree.
 */
export class EquityTracker {
  private points = 0;
  private previous: Amount | undefined;
  private n = 0;
  private sum = 0;
  private mean = 0;
  private m2 = 0;
  private firstReturn: { num: bigint; den: bigint } | undefined;
  private allEqual = true;
  private peak: Amount | undefined;
  private deepest: { num: bigint; den: bigint } | undefined;

  constructor(private readonly intervalMs: number) {}

  add(equity: Amount): void {
    this.points++;
    const prev = this.previous;
    this.previous = equity;
    if (prev !== undefined && prev > 0n) {
      const q = { num: equity - prev, den: prev };
      const r = Number(q.num) / Number(q.den);
      this.n++;
      this.sum += r;
      const delta = r - this.mean;
      this.mean += delta / this.n;
      this.m2 += delta * (r - this.mean);
      if (this.firstReturn === undefined) this.firstReturn = q;
      else if (this.allEqual && q.num * this.firstReturn.den !== this.firstReturn.num * q.den) this.allEqual = false;
    }
    if (this.peak === undefined || equity >= this.peak) {
      this.peak = equity;
    } else if (this.peak > 0n) {
      const dd = { num: this.peak - equity, den: this.peak };
      if (this.deepest === undefined || dd.num * this.deepest.den > this.deepest.num * dd.den) this.deepest = dd;
    }
  }

  get sharpe(): number | null {
    if (this.points < 2 || this.n < 2 || this.allEqual) return null;
    const s = Math.sqrt(Math.max(this.m2, 0) / (this.n - 1));
    if (!(s > 0)) return null;
    return round((this.sum / this.n / s) * Math.sqrt(YEAR_MS / this.intervalMs), RATIO_DECIMALS);
  }

  get maxDrawdownPct(): number | null {
    if (this.points < 2) return null;
    if (this.deepest === undefined) return 0;
    return round((Number(this.deepest.num) / Number(this.deepest.den)) * 100, PERCENT_DECIMALS);
  }
}

function round(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}
