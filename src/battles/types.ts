// Wire shapes of the battle API (fact sheet §2, settled by issue 14's rulings): what BattleService
// returns, ready to send. Money, prices and quantities are 8-decimal strings; percentages and
// ratios are fixed-decimal strings (null where a ratio cannot be computed: a Sharpe ratio over
// fewer than two returns, a profit factor without a loss); times are ISO-8601 UTC.
import type { AdvancedOrderFields, BacktestOrderType } from '../backtest/types.js';
import type { BattleMode, BattleStatus, ParticipantStatus } from '../db/schema.js';

export type { BattleMode, BattleStatus, ParticipantStatus };

/** What a battle may be ranked by; all higher-is-better. */
export const RANKING_METRICS = ['roi_pct', 'total_pnl', 'sharpe_ratio', 'win_rate', 'profit_factor'] as const;
export type RankingMetric = (typeof RANKING_METRICS)[number];

export type WalletMode = 'fresh' | 'existing';
export type DurationType = 'fixed' | 'unlimited' | 'historical';

/** The stored, normalised config (preset keys; durations in seconds; `pairs` folded into allowed_pairs). */
export interface BattleConfig {
  /** Decimal string, 1–10,000,000; default "10000". */
  starting_balance: string;
  /** Default `fresh`. */
  wallet_mode: WalletMode;
  duration_type: DurationType;
  /** fixed: the battle stops itself this long after it starts; null for unlimited. */
  duration_seconds: number | null;
  /** Symbols participants may trade during a live battle (and the pairs of a historical one); null: all. */
  allowed_pairs: string[] | null;
  /** Historical presets: the candle interval in seconds. */
  candle_interval?: number;
  /** Survival: a participant whose equity falls below 10 % of its battle starting balance is eliminated. */
  survival?: boolean;
  /** Historical presets carry it; the battle's own battle_mode wins. */
  battle_mode?: BattleMode;
}

/** POST /battles body (validated again by the service). */
export interface CreateBattleBody {
  name: string;
  preset?: string;
  /** Merged over the preset's config (caller keys win). Also accepts duration_minutes, duration_hours and pairs. */
  config?: Record<string, unknown>;
  ranking_metric?: string;
  battle_mode?: BattleMode;
  backtest_config?: BacktestConfigBody;
}

export interface BacktestConfigBody {
  start_time: string;
  end_time: string;
  /** Seconds (60, 300, 900, 3600, 14400, 86400) or a label (1m … 1d); default: the config's, else 60. */
  candle_interval?: number | string;
  pairs?: string[];
}

/** Stored and returned backtest_config of a historical battle. */
export interface BacktestConfigDto {
  start_time: string;
  end_time: string;
  candle_interval: number;
  pairs: string[] | null;
}

/** PUT /battles/{id}: only the fields sent are applied. */
export interface UpdateBattleBody {
  name?: string;
  config?: Record<string, unknown>;
  ranking_metric?: string;
  backtest_config?: BacktestConfigBody;
}

export interface ParticipantDto {
  id: string;
  battle_id: string;
  agent_id: string;
  agent_name: string;
  status: ParticipantStatus;
  joined_at: string;
  /** Valued equity (USDT) of the agent's own wallet when the battle started; null before. */
  snapshot_balance: string | null;
  /** The balance the battle measures from: the battle's starting_balance (fresh, historical) or snapshot_balance (existing). */
  starting_balance: string | null;
  final_equity: string | null;
  final_rank: number | null;
  backtest_session_id: string | null;
  blown_up_at: string | null;
}

export interface BattleDto {
  id: string;
  account_id: string;
  name: string;
  status: BattleStatus;
  battle_mode: BattleMode;
  preset: string | null;
  config: BattleConfig;
  ranking_metric: RankingMetric;
  backtest_config: BacktestConfigDto | null;
  participant_count: number;
  /** Always loaded (the original server returned [] on create/update: a defect). */
  participants: ParticipantDto[];
  winner_agent_id: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  ended_at: string | null;
  /** When a fixed-duration live battle stops itself; null otherwise. */
  ends_at: string | null;
}

export interface BattleListDto {
  battles: BattleDto[];
  /** Battles matching the filter (all pages). */
  total: number;
  limit: number;
  offset: number;
}

export interface PresetDto {
  key: string;
  name: string;
  description: string;
  duration_type: DurationType;
  duration_seconds: number | null;
  starting_balance: string;
  /** null: every pair. */
  allowed_pairs: string[] | null;
  best_for: string;
  wallet_mode: WalletMode;
  battle_mode: BattleMode;
  /** Historical presets only (seconds). */
  candle_interval: number | null;
  survival: boolean;
}

/** One participant's standing: /live, the channel's battle_snapshot and (with final values) /results. */
export interface StandingDto {
  rank: number;
  agent_id: string;
  agent_name: string;
  /** The original server's names for the same agent fields. */
  display_name: string;
  avatar_url: string | null;
  color: string | null;
  status: ParticipantStatus;
  starting_balance: string;
  current_equity: string;
  total_pnl: string;
  roi_pct: string;
  realized_pnl: string;
  unrealized_pnl: string;
  /** Fills of the agent since the battle started (opening buys included). */
  trade_count: number;
  total_trades: number;
  open_positions: number;
  win_rate: string | null;
  sharpe_ratio: string | null;
  max_drawdown_pct: string | null;
  profit_factor: string | null;
}

export interface LiveDto {
  battle_id: string;
  status: BattleStatus;
  battle_mode: BattleMode;
  ranking_metric: RankingMetric;
  /** Historical: the shared virtual clock; live: null. */
  virtual_time: string | null;
  elapsed_seconds: number;
  elapsed_minutes: number;
  /** Fixed-duration battles; else null. */
  remaining_seconds: number | null;
  remaining_minutes: number | null;
  participants: StandingDto[];
  updated_at: string;
}

export interface RankingDto extends StandingDto {
  final_equity: string;
  snapshot_balance: string | null;
  backtest_session_id: string | null;
}

export interface ResultsDto {
  battle_id: string;
  name: string;
  status: 'completed';
  battle_mode: BattleMode;
  ranking_metric: RankingMetric;
  started_at: string | null;
  ended_at: string | null;
  /** The docs' name for ended_at. */
  completed_at: string | null;
  duration_seconds: number;
  winner_agent_id: string | null;
  winner_agent_name: string | null;
  /** Best first (rank 1 = winner; ties: earlier join first). */
  rankings: RankingDto[];
  /** The original server's name for the same list. */
  participants: RankingDto[];
}

export interface ReplaySnapshotDto {
  agent_id: string;
  timestamp: string;
  /** Historical battles: the virtual time of the snapshot; live: null. */
  virtual_time: string | null;
  equity: string;
  unrealized_pnl: string;
  realized_pnl: string;
  trade_count: number;
  open_positions: number;
}

export interface ReplayDto {
  battle_id: string;
  battle_mode: BattleMode;
  /** Oldest first, every participant interleaved. */
  snapshots: ReplaySnapshotDto[];
  /** Snapshots in all pages. */
  total: number;
  limit: number;
  offset: number;
}

/** POST /battles/{id}/replay body. */
export interface RematchBody {
  override_config?: Record<string, unknown>;
  agent_ids?: string[];
}

// --- historical ----------------------------------------------------------------------------------

export interface HistoricalParticipantDto {
  agent_id: string;
  agent_name: string;
  status: ParticipantStatus;
  equity: string;
  /** equity − starting balance. */
  pnl: string;
  roi_pct: string;
  trade_count: number;
}

export interface HistoricalStepDto {
  battle_id: string;
  status: BattleStatus;
  virtual_time: string;
  step: number;
  total_steps: number;
  progress_pct: string;
  is_complete: boolean;
  remaining_steps: number;
  steps_executed: number;
  /** Close of each battle pair at the virtual time. */
  prices: Record<string, string>;
  participants: HistoricalParticipantDto[];
}

/** POST /battles/{id}/trade/order body. */
export interface HistoricalOrderBody extends AdvancedOrderFields {
  agent_id: string;
  symbol: string;
  side: 'buy' | 'sell';
  /** The fact sheet's name; `type` is accepted too. Default `market`. */
  order_type?: BacktestOrderType;
  type?: BacktestOrderType;
  quantity: string | number;
  price?: string | number;
  trigger_price?: string | number;
}

export interface HistoricalOrderDto {
  order_id: string;
  battle_id: string;
  agent_id: string;
  status: 'filled' | 'pending' | 'expired';
  symbol: string;
  side: 'buy' | 'sell';
  type: BacktestOrderType;
  quantity: string;
  price: string | null;
  executed_price: string | null;
  executed_qty: string | null;
  fee: string | null;
  realized_pnl: string | null;
  virtual_time: string;
}

export interface HistoricalPricesDto {
  battle_id: string;
  virtual_time: string;
  prices: Record<string, string>;
}

// --- stream (the `battle:{id}` channel) and the event bus ------------------------------------------

export type BattleStatusEventName =
  'battle_started' | 'battle_completed' | 'battle_cancelled' | 'agent_paused' | 'agent_resumed' | 'agent_blown_up' | 'agent_took_lead';

/** `data` of a `status` message on battle:{id}. */
export interface BattleStatusEventDto {
  battle_id: string;
  event: BattleStatusEventName;
  timestamp: string;
  /** agent_* events: the agent. */
  agent_id?: string;
  agent_name?: string;
  /** battle_completed. */
  winner_agent_id?: string | null;
  participant_count?: number;
  /** agent_took_lead: who led before (null at the first ranking). */
  previous_leader_agent_id?: string | null;
  /** agent_blown_up: the equity that fell under the threshold. */
  equity?: string;
}

/** `data` of a `battle_snapshot` message: the standings every 5 s (live) or after each step call (historical). */
export interface BattleSnapshotEventDto {
  battle_id: string;
  status: BattleStatus;
  timestamp: string;
  virtual_time: string | null;
  participants: StandingDto[];
}

/** `data` of a `trade` message: one fill of a participant. */
export interface BattleTradeEventDto {
  battle_id: string;
  agent_id: string;
  agent_name: string;
  color: string | null;
  order_id: string;
  symbol: string;
  side: 'buy' | 'sell';
  type: string;
  quantity: string;
  price: string;
  fee: string;
  /** Realized PnL of the fill (0 for an opening buy). */
  pnl: string;
  executed_at: string;
  virtual_time: string | null;
}

/** What the battle services announce on the event bus (after commit); the stream fans it out. */
export type BattleStreamEvent =
  | { battleId: string; type: 'status'; data: BattleStatusEventDto }
  | { battleId: string; type: 'battle_snapshot'; data: BattleSnapshotEventDto }
  | { battleId: string; type: 'trade'; data: BattleTradeEventDto };

/** Webhook event `battle.completed` (for the webhooks work). */
export interface BattleCompletedEvent {
  battle_id: string;
  account_id: string;
  name: string;
  battle_mode: BattleMode;
  winner_agent_id: string | null;
  participant_count: number;
  ended_at: string;
}
