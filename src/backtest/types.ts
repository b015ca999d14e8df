// Wire shapes of the backtest API (fact sheet §4.5 and table 4.1, adapted to the rulings):
// what BacktestService returns, ready to send. Money, prices and quantities are 8-decimal strings;
// times are ISO-8601 UTC; ratios are fixed-decimal strings, never null where a number is documented
// (an undefined one is "0" in its format and named in `not_computable`).
import type { BracketView } from '../services/order-request.js';
import type { BacktestSessionRow } from '../db/schema.js';
import type { Tx } from '../db/store.js';
import type { OrderIntent, PlaceOrderResult } from '../engine/index.js';
import type { Amount } from '../money.js';
import type { AdvancedOrderFields, StopLossLegInput, TakeProfitLegInput } from '../services/order-request.js';

export type BacktestOrderType = 'market' | 'limit' | 'stop_loss' | 'take_profit' | 'trailing_stop';
export type TimeInForceDto = 'GTC' | 'IOC' | 'FOK' | 'GTD';

export type BacktestStatus = 'created' | 'running' | 'completed' | 'cancelled' | 'failed';
export type CandleIntervalLabel = '1m' | '5m' | '15m' | '1h' | '4h' | '1d';

/** POST /backtest/create body (validated again by the service). */
export interface CreateBacktestBody {
  start_time: string;
  end_time: string;
  starting_balance: string | number;
  /** A label (`1m` … `1d`) or integer seconds (60, 300, 900, 3600, 14400, 86400); default `1m`. */
  candle_interval?: string | number;
  /** Symbols like BTCUSDT; omitted: every pair with stored bars in the range. */
  pairs?: string[];
  /** ≤ 100 characters; default `default`. */
  strategy_label?: string;
  /** Resolved by the handler into the `agent` argument; ignored here. */
  agent_id?: string;
  /** Accepted for compatibility; only `binance` (the data is what the server stores). */
  exchange?: string;
  /** Accepted for compatibility; must be the live fee 0.001 (one engine, one fee). */
  fee_rate?: string | number;
}

export interface CreatedBacktest {
  session_id: string;
  status: 'created';
  total_steps: number;
  estimated_pairs: number;
  agent_id: string;
}

export interface StartedBacktest {
  session_id: string;
  status: 'running';
}

export interface StepOptions {
  /** 1 for POST /step; 1–10000 for /step/batch; 1–100000 for /step/batch/fast. */
  steps: number;
  /** True for /step/batch/fast: only fill and final snapshots besides the periodic metric samples. */
  fast: boolean;
  /** fast only: return the fills of every step of the call in `orders_filled`, not just the last step's. */
  includeIntermediateTrades?: boolean;
}

export interface FilledOrderDto {
  order_id: string;
  symbol: string;
  side: 'buy' | 'sell';
  type: BacktestOrderType;
  status: 'filled' | 'cancelled' | 'expired';
  /** null when cancelled (a triggered buy that could not pay its gap, an OCO sibling) or expired. */
  executed_price: string | null;
  executed_qty: string | null;
  fee: string | null;
  simulated_at: string;
}

export interface PortfolioPositionDto {
  symbol: string;
  quantity: string;
  avg_entry_price: string;
  current_price: string;
  market_value: string;
  unrealized_pnl: string;
}

export interface BacktestPortfolioDto {
  total_equity: string;
  /** Free + locked USDT. */
  available_cash: string;
  locked_cash: string;
  position_value: string;
  unrealized_pnl: string;
  /** Cumulative realized PnL of the session (gross of fees). */
  realized_pnl: string;
  fees_paid: string;
  positions: PortfolioPositionDto[];
  virtual_time: string;
}

export interface StepResponse {
  session_id: string;
  virtual_time: string;
  step: number;
  total_steps: number;
  /** 2 decimals. */
  progress_pct: string;
  prices: Record<string, string>;
  orders_filled: FilledOrderDto[];
  portfolio: BacktestPortfolioDto;
  is_complete: boolean;
  remaining_steps: number;
  /** Steps this call executed (fewer than asked when the session completed). */
  steps_executed: number;
  status: BacktestStatus;
}

export interface CancelledBacktest {
  session_id: string;
  status: 'cancelled';
  total_trades: number;
  roi_pct: string;
}

export interface BacktestListItem {
  session_id: string;
  agent_id: string;
  strategy_label: string;
  start_time: string;
  end_time: string;
  status: BacktestStatus;
  candle_interval: CandleIntervalLabel;
  /** The interval in seconds. */
  candle_interval_seconds: number;
  starting_balance: string;
  pairs: string[];
  /** 0–100, 2 decimals. */
  progress_pct: number;
  current_step: number;
  total_steps: number;
  virtual_clock: string;
  /** null until the session ends (completed, cancelled, failed). */
  final_equity: string | null;
  total_pnl: string | null;
  roi_pct: string | null;
  total_trades: number;
  total_fees: string;
  /** null until the session ends; then "0.000000" + listed in not_computable if undefined. */
  sharpe_ratio: string | null;
  max_drawdown_pct: string | null;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  duration_real_sec: number | null;
  /** Why a session failed; null otherwise. */
  error: string | null;
}

/** The advanced fields of an order request (BacktestOrderRequest, BattleOrderRequest). */
export type { AdvancedOrderFields };

/** POST /backtest/{id}/trade/order body. */
export interface BacktestOrderBody extends AdvancedOrderFields {
  symbol: string;
  side: 'buy' | 'sell';
  /** Default market. */
  type?: BacktestOrderType;
  quantity: string | number;
  /** Limit price; for stop_loss/take_profit accepted as an alias of trigger_price. */
  price?: string | number;
  trigger_price?: string | number;
}

/** POST /backtest/{id}/trade/oco body. */
export interface BacktestOcoBody {
  symbol: string;
  side: 'buy' | 'sell';
  quantity: string | number;
  take_profit: TakeProfitLegInput;
  stop_loss: StopLossLegInput;
  time_in_force?: 'GTC' | 'GTD';
  expire_at?: string;
}

/** The two legs of a sandbox OCO group, take-profit leg first. */
export interface BacktestOcoGroupDto {
  group_id: string;
  orders: [BacktestOrderDto, BacktestOrderDto];
}

export interface PlacedBacktestOrder {
  order_id: string;
  /** `expired`: an IOC/FOK limit that could not fill (nothing locked). */
  status: 'filled' | 'pending' | 'expired';
  symbol: string;
  side: 'buy' | 'sell';
  type: BacktestOrderType;
  quantity: string;
  price: string | null;
  executed_price: string | null;
  executed_qty: string | null;
  slippage_pct: string | null;
  fee: string | null;
  realized_pnl: string | null;
  locked_asset: string | null;
  locked_amount: string;
  simulated_at: string;
  time_in_force: TimeInForceDto;
  group_id: string | null;
  parent_order_id: string | null;
}

/** A bracket's legs as shown on its entry. */
export type BracketViewDto = BracketView;

export interface BacktestOrderDto {
  id: string;
  symbol: string;
  side: 'buy' | 'sell';
  type: BacktestOrderType;
  quantity: string;
  /** Limit price (limit orders), else null. */
  price: string | null;
  /** Trigger price (stop_loss / take_profit; a trailing stop's current trigger, null until active), else null. */
  stop_price: string | null;
  status: 'pending' | 'filled' | 'cancelled' | 'expired';
  executed_price: string | null;
  executed_qty: string | null;
  fee: string | null;
  locked_amount: string;
  cancel_reason: 'user' | 'insufficient_balance' | 'expired' | 'oco' | null;
  created_at: string;
  closed_at: string | null;
  time_in_force: TimeInForceDto;
  expire_at: string | null;
  post_only: boolean;
  group_id: string | null;
  parent_order_id: string | null;
  trail_percent: string | null;
  trail_amount: string | null;
  activation_price: string | null;
  /** A trailing stop's high (sell) or low (buy) since activation; null until active and for other types. */
  trail_best_price: string | null;
  bracket: BracketViewDto | null;
}

export interface BacktestOrdersDto {
  orders: BacktestOrderDto[];
  count: number;
}

export interface BacktestCancelOrderDto {
  order_id: string;
  cancelled: boolean;
}

export interface BacktestTradeDto {
  id: string;
  session_id: string;
  order_id: string;
  symbol: string;
  side: 'buy' | 'sell';
  type: BacktestOrderType;
  quantity: string;
  price: string;
  reference_price: string;
  quote_amount: string;
  fee: string;
  /** Percent, 8 decimals ("0.01000000" = 0.01 %). */
  slippage_pct: string;
  /** Sells: gross realized PnL; buys: null. */
  realized_pnl: string | null;
  /** Sells: realized − fee − opening fees released; buys: null. */
  net_pnl: string | null;
  /** Trigger price of a stop_loss / take_profit order (a trailing stop's when it fired), else null. */
  stop_price: string | null;
  simulated_at: string;
}

export interface TradeHistoryDto {
  trades: BacktestTradeDto[];
  count: number;
}

export interface TradesPageDto {
  session_id: string;
  trades: BacktestTradeDto[];
  total: number;
}

export interface SandboxPriceDto {
  symbol: string;
  /** Close of the latest closed bar (a pair without one is PRICE_NOT_AVAILABLE, never "0"). */
  price: string;
  virtual_time: string;
}

export interface SandboxPricesDto {
  prices: Record<string, string>;
  virtual_time: string;
}

export interface SandboxTickerDto {
  symbol: string;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  quote_volume: string;
  trade_count: number;
  price_change: string;
  /** 2 decimals. */
  price_change_pct: string;
  virtual_time: string;
}

export interface SandboxCandleDto {
  /** Bucket start. */
  bucket: string;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  trade_count: number;
}

export interface SandboxCandlesDto {
  symbol: string;
  interval: CandleIntervalLabel;
  candles: SandboxCandleDto[];
  count: number;
  virtual_time: string;
}

export interface BalanceDto {
  balances: Array<{ asset: string; available: string; locked: string; total: string }>;
}

export interface PositionsDto {
  positions: Array<{ symbol: string; quantity: string; avg_entry_price: string; realized_pnl: string }>;
}

export interface BacktestMetricsDto {
  sharpe_ratio: string;
  sortino_ratio: string;
  max_drawdown_pct: string;
  /** Whole days (floor), as /analytics/performance. */
  max_drawdown_duration_days: number;
  max_drawdown_duration_seconds: number;
  win_rate: string;
  profit_factor: string;
  avg_win: string;
  avg_loss: string;
  best_trade: string;
  worst_trade: string;
  avg_trade_duration_minutes: string;
  trades_per_day: string;
  /** Closing (sell) fills the trade metrics are computed over. */
  closed_trades: number;
  /** The equity series' spacing the ratios were annualised with, seconds. */
  series_interval_seconds: number;
  data_points: number;
  not_computable: string[];
}

export interface ByPairDto {
  symbol: string;
  /** Fills. */
  trades: number;
  wins: number;
  losses: number;
  /** 2 decimals; "0.00" with no deciding trade. */
  win_rate: string;
  net_pnl: string;
  total_volume: string;
}

export interface BacktestResultsDto {
  session_id: string;
  status: BacktestStatus;
  config: {
    start_time: string;
    end_time: string;
    starting_balance: string;
    candle_interval: CandleIntervalLabel;
    candle_interval_seconds: number;
    pairs: string[];
    strategy_label: string;
    agent_id: string;
  };
  summary: {
    final_equity: string;
    total_pnl: string;
    roi_pct: string;
    /** Fills (buys and sells). */
    total_trades: number;
    total_fees: string;
    duration_real_sec: number | null;
    current_step: number;
    total_steps: number;
  };
  metrics: BacktestMetricsDto;
  by_pair: ByPairDto[];
}

export interface EquitySnapshotDto {
  step: number;
  simulated_at: string;
  total_equity: string;
  available_cash: string;
  position_value: string;
  unrealized_pnl: string;
  realized_pnl: string;
}

export interface EquityCurveDto {
  session_id: string;
  /** Every Nth snapshot, as asked. */
  interval: string;
  snapshots: EquitySnapshotDto[];
}

export interface ListFilter {
  strategyLabel?: string;
  status?: BacktestStatus;
  agentId?: string;
  /** Descending; default created_at. */
  sortBy?: 'created_at' | 'roi_pct' | 'sharpe_ratio' | 'max_drawdown_pct' | 'total_trades' | 'final_equity';
  /** 1–200, default 50. */
  limit?: number;
  /** Sessions skipped (after sorting) before the page; default 0. */
  offset?: number;
}

export interface BacktestListDto {
  backtests: BacktestListItem[];
  total: number;
}

export interface ComparisonDto {
  comparisons: Array<{
    session_id: string;
    strategy_label: string;
    status: BacktestStatus;
    roi_pct: string | null;
    sharpe_ratio: string | null;
    max_drawdown_pct: string | null;
    total_trades: number;
    win_rate: string | null;
    profit_factor: string | null;
  }>;
  best_by_roi: string | null;
  best_by_sharpe: string | null;
  best_by_drawdown: string | null;
  recommendation: string | null;
}

export type BestMetric =
  'roi_pct' | 'sharpe_ratio' | 'sortino_ratio' | 'max_drawdown_pct' | 'win_rate' | 'profit_factor' | 'total_trades' | 'total_pnl';

export interface BestDto {
  session_id: string;
  strategy_label: string;
  metric: BestMetric;
  value: string;
}

export interface AccountModeDto {
  mode: 'live' | 'backtest';
  active_strategy_label: string | null;
  /** Sessions of the account in created or running. */
  active_backtests: number;
  total_backtests_completed: number;
}

export interface SetModeBody {
  mode: 'live' | 'backtest';
  strategy_label?: string;
}

// --- battles (internal: src/battles/historical.ts drives its participants' sessions) ---------------

/** What a historical battle's session is made of (the battle's backtest_config and starting balance). */
export interface BattleSessionSpec {
  start_time: string;
  end_time: string;
  /** Seconds (60 … 86400). */
  candle_interval: number;
  /** null: every pair with stored bars in the range. */
  pairs: string[] | null;
  starting_balance: string;
}

/** One episode of a strategy test, as BacktestService.createForStrategyTest takes it. */
export interface StrategyTestSessionSpec {
  start_time: string;
  end_time: string;
  /** Seconds: the strategy's timeframe. */
  candle_interval: number;
  pairs: string[];
  starting_balance: string;
  strategy_label: string;
}

/** The running episode after a step, as the strategy test's driver sees it. Amounts are exact. */
export interface StrategyStepView {
  step: number;
  totalSteps: number;
  /** Virtual time, Unix ms: every bar closed by now is loaded. */
  now: number;
  equity: Amount;
  /** Unlocked quote cash. */
  cash: Amount;
  /** Open positions by symbol. */
  positions: ReadonlyMap<string, { quantity: Amount; avgEntryPrice: Amount }>;
  /** Places an order in the sandbox at the virtual time (a rejection is returned, not thrown). */
  place(intent: OrderIntent): PlaceOrderResult;
}

/** What drives a strategy test's episode (BacktestService.runForStrategyTest). */
export interface StrategyTestHooks {
  /** Reads what the driver needs up to virtual time `until` (inside the bar read, through its `tx`). */
  load(tx: Tx, until: number): Promise<void>;
  /** After every step but the last. */
  onStep(view: StrategyStepView): void;
  /** Asked before every step: true stops the episode (stored `cancelled`). */
  shouldStop(): boolean;
  /** Inside the write that ends the session, with its final row: it may only await statements on `tx`. */
  onEnd(tx: Tx, row: BacktestSessionRow): Promise<void>;
}

/** A battle session's standing at its virtual time. Amounts are exact (bigint). */
export interface BattleSessionState {
  sessionId: string;
  agentId: string;
  status: BacktestStatus;
  step: number;
  totalSteps: number;
  virtualMs: number;
  startingBalance: bigint;
  /** The stored final equity once ended; else cash and positions valued at the step prices. */
  equity: bigint;
  realizedPnl: bigint;
  unrealizedPnl: bigint;
  /** Fills (opening buys included). */
  tradeCount: number;
  openPositions: number;
  /** Close of each session pair at the virtual time. */
  prices: Record<string, string>;
  /** Unrounded; null where not computable. */
  metrics: {
    sharpe: number | null;
    sortino: number | null;
    maxDrawdownPct: number | null;
    winRatePct: number | null;
    profitFactor: number | null;
  };
}
