// Rows and sandbox state → the wire shapes of types.ts. One mapper per resource.
import { isoTime } from '../clock.js';
import type { BacktestOrderRow, BacktestSessionRow, BacktestSnapshotRow, BacktestTradeRow } from '../db/schema.js';
import { avgEntryPrice, type CancelledResult, type FilledResult, type TrailNow } from '../engine/index.js';
import { QUOTE_ASSET, valuePosition } from '../domain/valuation.js';
import { formatAmount } from '../money.js';
import { advancedColumns, advancedDto } from '../services/order-request.js';
import type { SessionRuntime } from './session-runtime.js';
import { INTERVAL_LABELS } from './session-runtime.js';
import type { SandboxOrder } from './sandbox.js';
import type {
  BacktestListItem,
  BacktestOrderDto,
  BacktestPortfolioDto,
  BacktestTradeDto,
  CandleIntervalLabel,
  EquitySnapshotDto,
  FilledOrderDto,
} from './types.js';

export function intervalLabel(seconds: number): CandleIntervalLabel {
  const label = INTERVAL_LABELS[seconds];
  if (!label) throw new Error(`unsupported interval ${seconds}`);
  return label;
}

/** The stored metrics of an ended session. */
export interface StoredMetrics {
  metrics: import('./types.js').BacktestMetricsDto;
  by_pair: import('./types.js').ByPairDto[];
  raw: {
    sharpe: number | null;
    sortino: number | null;
    maxDrawdownPct: number | null;
    winRatePct: number | null;
    profitFactor: number | null;
  };
}

export function storedMetricsOf(row: BacktestSessionRow): StoredMetrics | undefined {
  return row.metrics === null ? undefined : (JSON.parse(row.metrics) as StoredMetrics);
}

const ENDED = new Set(['completed', 'cancelled', 'failed']);

export function toListItem(row: BacktestSessionRow): BacktestListItem {
  const ended = ENDED.has(row.status);
  const stored = storedMetricsOf(row);
  const total = Number(row.total_steps);
  const step = Number(row.current_step);
  return {
    session_id: row.id,
    agent_id: row.agent_id,
    strategy_label: row.strategy_label,
    start_time: isoTime(Number(row.start_ms)),
    end_time: isoTime(Number(row.end_ms)),
    status: row.status,
    candle_interval: intervalLabel(Number(row.interval_sec)),
    candle_interval_seconds: Number(row.interval_sec),
    starting_balance: row.starting_balance,
    pairs: pairsOf(row),
    progress_pct: total === 0 ? 0 : Math.round((step / total) * 10_000) / 100,
    current_step: step,
    total_steps: total,
    virtual_clock: isoTime(Number(row.virtual_ms)),
    final_equity: ended ? row.final_equity : null,
    total_pnl: ended ? row.total_pnl : null,
    roi_pct: ended ? row.roi_pct : null,
    total_trades: Number(row.total_trades),
    total_fees: row.total_fees,
    sharpe_ratio: stored ? stored.metrics.sharpe_ratio : null,
    max_drawdown_pct: stored ? stored.metrics.max_drawdown_pct : null,
    created_at: row.created_at,
    started_at: row.started_at,
    completed_at: row.completed_at,
    duration_real_sec: row.started_at === null ? null : Math.round(Number(row.run_ms)) / 1000,
    error: row.error,
  };
}

export function pairsOf(row: BacktestSessionRow): string[] {
  return (JSON.parse(row.config) as { pairs: Array<{ symbol: string }> }).pairs.map((p) => p.symbol);
}

export function progressPct(step: number, total: number): string {
  return total === 0 ? '0.00' : ((step / total) * 100).toFixed(2);
}

export function toPortfolioDto(rt: SessionRuntime): BacktestPortfolioDto {
  const v = rt.sandbox.valuation(rt);
  const positions = [...rt.sandbox.positions.values()]
    .filter((p) => p.quantity > 0n)
    .sort((a, b) => (a.symbol < b.symbol ? -1 : 1))
    .map((p) => {
      const price = rt.price(p.symbol);
      const value = valuePosition(p, price);
      return {
        symbol: p.symbol,
        quantity: formatAmount(p.quantity),
        avg_entry_price: formatAmount(avgEntryPrice(p)),
        current_price: formatAmount(price ?? avgEntryPrice(p)),
        market_value: formatAmount(value.marketValue),
        unrealized_pnl: formatAmount(value.unrealizedPnl),
      };
    });
  return {
    total_equity: formatAmount(v.totalEquity),
    available_cash: formatAmount(v.availableCash + v.lockedCash),
    locked_cash: formatAmount(v.lockedCash),
    position_value: formatAmount(v.positionValue),
    unrealized_pnl: formatAmount(v.unrealizedPnl),
    realized_pnl: formatAmount(rt.sandbox.realizedTotal),
    fees_paid: formatAmount(rt.sandbox.feesTotal),
    positions,
    virtual_time: isoTime(rt.now),
  };
}

export function pricesOf(rt: SessionRuntime): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of rt.streams) if (s.lastClose !== undefined) out[s.symbol] = formatAmount(s.lastClose);
  return out;
}

/**
 * The orders a step's fill, cancel or expiry closed: the order itself, then the ones the same
 * transaction closed with it (an OCO sibling cancelled, a bracket leg that filled at once). Legs
 * placed resting are not in it: nothing happened to them yet.
 */
export function toFilledOrderDtos(result: FilledResult | CancelledResult, at: number): FilledOrderDto[] {
  const out: FilledOrderDto[] = [closedOrderDto(result.order, result.kind === 'filled' ? result.fill : undefined, at)];
  for (const linked of result.linked) {
    if (linked.kind !== 'resting') out.push(closedOrderDto(linked.order, linked.kind === 'filled' ? linked.fill : undefined, at));
  }
  return out;
}

function closedOrderDto(order: FilledResult['order'], fill: FilledResult['fill'] | undefined, at: number): FilledOrderDto {
  return {
    order_id: order.id,
    symbol: order.symbol,
    side: order.side,
    type: order.type,
    status: order.status,
    executed_price: fill ? formatAmount(fill.price) : null,
    executed_qty: fill ? formatAmount(fill.quantity) : null,
    fee: fill ? formatAmount(fill.fee) : null,
    simulated_at: isoTime(at),
  };
}

export function toOrderRow(sessionId: string, o: SandboxOrder): BacktestOrderRow {
  return {
    session_id: sessionId,
    id: o.id,
    symbol: o.symbol,
    side: o.side,
    type: o.type,
    status: o.status,
    quantity: formatAmount(o.quantity),
    price: o.price === null ? null : formatAmount(o.price),
    locked_asset: o.lockedAsset,
    locked_amount: formatAmount(o.lockedAmount),
    cancel_reason: o.cancelReason,
    created_ms: o.createdAt,
    closed_ms: o.closedAt,
    ...advancedColumns(o.options),
  };
}

const isTrigger = (type: string) => type === 'stop_loss' || type === 'take_profit' || type === 'trailing_stop';

/**
 * The order as the API shows it. `trail`: a pending trailing stop's best and trigger now (from the
 * loaded session's book), else the stored ones. A trailing stop's trigger is shown only once it is
 * active: before, the stored price is merely where it would start.
 */
export function toOrderDto(row: BacktestOrderRow, fill: BacktestTradeRow | undefined, trail?: TrailNow): BacktestOrderDto {
  const trailing = row.type === 'trailing_stop';
  const best = trail ? formatAmount(trail.best) : row.trail_best;
  const trigger = trail ? formatAmount(trail.trigger) : row.price;
  return {
    id: row.id,
    symbol: row.symbol,
    side: row.side,
    type: row.type,
    quantity: row.quantity,
    price: row.type === 'limit' ? row.price : null,
    stop_price: trailing ? (best === null ? null : trigger) : isTrigger(row.type) ? row.price : null,
    status: row.status,
    executed_price: fill?.price ?? null,
    executed_qty: fill?.quantity ?? null,
    fee: fill?.fee ?? null,
    locked_amount: row.locked_amount,
    cancel_reason: row.cancel_reason,
    created_at: isoTime(Number(row.created_ms)),
    closed_at: row.closed_ms === null ? null : isoTime(Number(row.closed_ms)),
    ...advancedDto(row, trailing ? best : null),
  };
}

export function toTradeDto(t: BacktestTradeRow): BacktestTradeDto {
  const sell = t.side === 'sell';
  return {
    id: t.id,
    session_id: t.session_id,
    order_id: t.order_id,
    symbol: t.symbol,
    side: t.side,
    type: t.type,
    quantity: t.quantity,
    price: t.price,
    reference_price: t.reference_price,
    quote_amount: t.gross,
    fee: t.fee,
    slippage_pct: t.slippage_pct,
    realized_pnl: sell ? t.realized_pnl : null,
    net_pnl: sell ? t.net_pnl : null,
    stop_price: isTrigger(t.type) ? t.order_price : null,
    simulated_at: isoTime(Number(t.executed_ms)),
  };
}

export function toSnapshotDto(s: BacktestSnapshotRow): EquitySnapshotDto {
  return {
    step: Number(s.step),
    simulated_at: isoTime(Number(s.virtual_ms)),
    total_equity: s.total_equity,
    available_cash: s.available_cash,
    position_value: s.position_value,
    unrealized_pnl: s.unrealized_pnl,
    realized_pnl: s.realized_pnl,
  };
}

/** Non-zero balances, USDT first. */
export function toBalances(rt: SessionRuntime): Array<{ asset: string; available: string; locked: string; total: string }> {
  return rt.sandbox.balances
    .filter((b) => b.available !== 0n || b.locked !== 0n)
    .sort((a, b) => (a.asset === QUOTE_ASSET ? -1 : b.asset === QUOTE_ASSET ? 1 : a.asset < b.asset ? -1 : 1))
    .map((b) => ({
      asset: b.asset,
      available: formatAmount(b.available),
      locked: formatAmount(b.locked),
      total: formatAmount(b.available + b.locked),
    }));
}
