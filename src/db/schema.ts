// The one Database interface: a table interface per table, with Selectable/Insertable/Updateable.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type AccountStatus = 'active' | 'suspended' | 'archived';
export type AgentStatus = 'active' | 'paused' | 'archived';

export interface AccountsTable {
  id: string;
  display_name: string;
  email: string | null;
  email_normalized: string | null;
  password_hash: string | null;
  api_secret_hash: string;
  status: Generated<AccountStatus>;
  /** Exact decimal, 8 places. */
  starting_balance: string;
  /** JSON object of risk-limit overrides. */
  risk_profile: Generated<string>;
  default_agent_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgentsTable {
  id: string;
  account_id: string;
  display_name: string;
  starting_balance: string;
  llm_model: string | null;
  framework: string | null;
  /** JSON array of strings. */
  strategy_tags: Generated<string>;
  /** JSON object of risk-limit overrides. */
  risk_profile: Generated<string>;
  color: string | null;
  status: Generated<AgentStatus>;
  created_at: string;
  updated_at: string;
}

export interface ApiKeysTable {
  /** HMAC-SHA-256 (hex) of the key under the server's key-hash secret. */
  key_hash: string;
  account_id: string;
  agent_id: string | null;
  kind: 'account' | 'agent';
  key_preview: string;
  /** AES-256-GCM copy of agent keys, so the owner can read them again. */
  key_encrypted: string | null;
  created_at: string;
}

export interface BalancesTable {
  agent_id: string;
  asset: string;
  available: string;
  locked: string;
  updated_at: string;
}

export interface TradingSessionsTable {
  id: string;
  agent_id: string;
  starting_balance: string;
  status: 'active' | 'closed';
  started_at: string;
  ended_at: string | null;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export interface TradingPairsTable {
  symbol: string;
  base_asset: string;
  quote_asset: string;
  status: 'active' | 'inactive';
  /** Exact decimals, 8 places. */
  tick_size: string;
  step_size: string;
  min_qty: string;
  max_qty: string;
  min_notional: string;
  updated_at: string;
}

/**
 * Closed (and, at shutdown, in-progress) 1-minute bars. Kept for CANDLE_1M_RETENTION_DAYS; the
 * higher intervals live in candle_rollups.
 */
interface Candles1mTable {
  symbol: string;
  /** Bucket start, Unix ms. */
  open_time: number;
  /** Exact decimals, 8 places. */
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  quote_volume: string;
  trade_count: number;
}

export type RollupInterval = '5m' | '15m' | '1h' | '4h' | '1d';

/**
 * Stored 5m, 15m, 1h, 4h and 1d candles, rebuilt from the interval below in the transaction that
 * writes the 1-minute bars under them; never pruned.
 */
interface CandleRollupsTable {
  symbol: string;
  interval: RollupInterval;
  /** Bucket start, Unix ms, UTC-aligned to the interval. */
  open_time: number;
  /** Exact decimals, 8 places. */
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  quote_volume: string;
  trade_count: number;
}

/**
 * The advanced options of an order, the same columns on `orders` and `backtest_orders`
 * (src/services/order-request.ts reads and writes them).
 */
export interface AdvancedOrderColumns {
  /** GTC (default), IOC, FOK or GTD. */
  time_in_force: 'GTC' | 'IOC' | 'FOK' | 'GTD';
  /** GTD: when it expires (Unix ms); null otherwise. */
  expire_ms: number | null;
  /** 1 for a post-only limit, else 0. */
  post_only: number;
  /** The OCO group the order is a leg of. */
  group_id: string | null;
  /** The bracket entry that placed this leg. */
  parent_order_id: string | null;
  /** Trailing stops: percent or amount (one is set), activation price, best price since activation (written behind by the matcher). */
  trail_percent: string | null;
  trail_amount: string | null;
  activation_price: string | null;
  trail_best: string | null;
  /** A bracket entry's legs as JSON (src/services/order-request.ts bracketJson). */
  bracket: string | null;
}

/** The advanced columns' names, for the statements that write whole order rows (live and backtest). */
export const ADVANCED_COLUMNS = [
  'time_in_force',
  'expire_ms',
  'post_only',
  'group_id',
  'parent_order_id',
  'trail_percent',
  'trail_amount',
  'activation_price',
  'trail_best',
  'bracket',
] as const satisfies ReadonlyArray<keyof AdvancedOrderColumns>;

export interface OrdersTable extends AdvancedOrderColumns {
  id: string;
  agent_id: string;
  session_id: string;
  client_order_id: string | null;
  symbol: string;
  base_asset: string;
  quote_asset: string;
  side: 'buy' | 'sell';
  type: 'market' | 'limit' | 'stop_loss' | 'take_profit' | 'trailing_stop';
  status: 'pending' | 'filled' | 'cancelled' | 'expired';
  quantity: string;
  /** Limit or trigger price; null for market orders (a trailing stop: its trigger as last written, null until active). */
  price: string | null;
  locked_asset: string | null;
  locked_amount: string;
  cancel_reason: 'user' | 'expired' | 'reset' | 'insufficient_balance' | 'battle' | 'oco' | null;
  created_ms: number;
  closed_ms: number | null;
}

export interface FillsTable {
  id: string;
  order_id: string;
  agent_id: string;
  session_id: string;
  symbol: string;
  side: 'buy' | 'sell';
  quantity: string;
  price: string;
  reference_price: string;
  slippage_pct: string;
  gross: string;
  fee: string;
  realized_pnl: string;
  /** Sells: realized_pnl − fee − the opening fees released with the quantity sold; buys: 0. */
  net_pnl: string;
  executed_ms: number;
}

export interface PositionsTable {
  agent_id: string;
  symbol: string;
  quantity: string;
  cost: string;
  realized_pnl: string;
  /** Fees of the buys that built the quantity held, not yet charged to a closing trade. */
  open_fees: Generated<string>;
  /** Price of the last fill on this symbol: the price shown while the feed has none. */
  last_price: string | null;
  opened_ms: number;
  updated_ms: number;
}

/** Realized PnL and fees per trading session and UTC day: the daily-loss breaker's counter. */
export interface SessionDailyPnlTable {
  session_id: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  realized_pnl: string;
  fees: string;
}

export type TradeStatsScope = 'all' | 'session' | 'hour';

/**
 * Running totals of an agent's fills, updated with each fill (see src/domain/trade-stats.ts): one
 * row over all time (scope `all`), one per trading session (`session`), one per session and UTC hour
 * (`hour`, `bucket_ms` its start). `session_id` is '' and `bucket_ms` 0 where they do not apply.
 */
export interface AgentTradeStatsTable {
  agent_id: string;
  scope: TradeStatsScope;
  bucket_ms: number;
  session_id: string;
  fills: number;
  /** Exact decimals, 8 places. */
  realized_pnl: string;
  fees: string;
  trades: number;
  wins: number;
  losses: number;
  gross_profit: string;
  gross_loss: string;
  best_trade: string | null;
  worst_trade: string | null;
  lead_sign: number;
  lead_len: number;
  trail_sign: number;
  trail_len: number;
  longest_win: number;
  longest_loss: number;
}

export interface IdempotencyKeysTable {
  agent_id: string;
  key: string;
  request_hash: string;
  order_id: string;
  created_ms: number;
}

export type SnapshotTier = 'minute' | 'hourly' | 'daily';

/** One agent's portfolio in a UTC minute, hour or day (valued when the bucket was first seen). */
export interface PortfolioSnapshotsTable {
  agent_id: string;
  tier: SnapshotTier;
  /** UTC-aligned start of the bucket the snapshot stands for, Unix ms. */
  bucket_ms: number;
  /** Exact decimals, 8 places. realized_pnl and fees_paid are cumulative over all the agent's fills. */
  total_equity: string;
  available_cash: string;
  locked_cash: string;
  position_value: string;
  unrealized_pnl: string;
  realized_pnl: string;
  fees_paid: string;
  /** When the row was written, Unix ms (later than the bucket for buckets filled in after a restart). */
  taken_ms: number;
}

export type BacktestStatus = 'created' | 'running' | 'completed' | 'cancelled' | 'failed';

/** A backtest session: configuration, status, progress and the sandbox checkpoint (src/backtest). */
export interface BacktestSessionsTable {
  id: string;
  account_id: string;
  agent_id: string;
  strategy_label: string;
  status: BacktestStatus;
  start_ms: number;
  end_ms: number;
  interval_sec: number;
  starting_balance: string;
  /** JSON: pairs with their rules and the effective risk profile, frozen at creation. */
  config: string;
  total_steps: number;
  current_step: number;
  virtual_ms: number;
  /** JSON sandbox state as of `current_step`; null before start. */
  checkpoint: string | null;
  final_equity: string | null;
  total_pnl: string | null;
  roi_pct: string | null;
  total_trades: number;
  total_fees: string;
  /** JSON of the results' metrics once ended. */
  metrics: string | null;
  /** Unrounded copies for sorting and `best`; null until ended or not computable. */
  sharpe_ratio: number | null;
  max_drawdown_pct: number | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  /** Wall-clock ms spent stepping. */
  run_ms: number;
  /** Wall-clock ms of the last call that touched the session. */
  touched_ms: number;
  /** The historical battle this session trades for (its participant's sandbox); null for a plain backtest. */
  battle_id: string | null; /** The strategy test run whose episode this session is (src/strategies/tests-service.ts); null otherwise. */
  strategy_test_id: string | null;
  /** Bumped by every write of the session: a runtime kept in memory is current while it matches (cluster instances share the row). */
  version: Generated<number>;
}

export interface BacktestOrdersTable extends AdvancedOrderColumns {
  session_id: string;
  id: string;
  symbol: string;
  side: 'buy' | 'sell';
  type: 'market' | 'limit' | 'stop_loss' | 'take_profit' | 'trailing_stop';
  status: 'pending' | 'filled' | 'cancelled' | 'expired';
  quantity: string;
  price: string | null;
  locked_asset: string | null;
  locked_amount: string;
  cancel_reason: 'user' | 'insufficient_balance' | 'expired' | 'oco' | null;
  created_ms: number;
  closed_ms: number | null;
}

export interface BacktestTradesTable {
  session_id: string;
  id: string;
  order_id: string;
  symbol: string;
  side: 'buy' | 'sell';
  type: 'market' | 'limit' | 'stop_loss' | 'take_profit' | 'trailing_stop';
  /** The order's limit or trigger price. */
  order_price: string | null;
  quantity: string;
  price: string;
  reference_price: string;
  slippage_pct: string;
  gross: string;
  fee: string;
  realized_pnl: string;
  net_pnl: string;
  executed_ms: number;
}

export interface BacktestSnapshotsTable {
  session_id: string;
  step: number;
  virtual_ms: number;
  /** 1 for the points of the regular series the metrics use. */
  regular: number;
  total_equity: string;
  available_cash: string;
  position_value: string;
  unrealized_pnl: string;
  realized_pnl: string;
}

export interface BacktestAccountModesTable {
  account_id: string;
  mode: 'live' | 'backtest';
  strategy_label: string | null;
  updated_at: string;
}

/** A stretch of imported 1-minute bars [from_time, to_time), Unix ms; pruning leaves it alone. */
export interface ImportedCandleRangesTable {
  symbol: string;
  from_time: number;
  to_time: number;
  /** The file it came from (base name). */
  source: string;
  imported_at: string;
}

export type BattleStatus = 'draft' | 'pending' | 'active' | 'paused' | 'completed' | 'cancelled';
export type BattleMode = 'live' | 'historical';
export type ParticipantStatus = 'active' | 'paused' | 'stopped' | 'blown_up';

/** A battle (src/battles): configuration, status and outcome. */
export interface BattlesTable {
  id: string;
  account_id: string;
  name: string;
  status: BattleStatus;
  battle_mode: BattleMode;
  preset: string | null;
  /** JSON: preset config with the caller's keys merged over it. */
  config: string;
  ranking_metric: string;
  /** JSON {start_time, end_time, candle_interval, pairs}; historical only. */
  backtest_config: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  ended_at: string | null;
  /** Unix ms at which a fixed-duration live battle stops itself. */
  ends_ms: number | null;
  winner_agent_id: string | null;
  leader_agent_id: string | null;
}

export interface BattleParticipantsTable {
  id: string;
  battle_id: string;
  agent_id: string;
  status: ParticipantStatus;
  joined_at: string;
  snapshot_balance: string | null;
  final_equity: string | null;
  final_rank: number | null;
  /** JSON of the final metric set, written at completion. */
  final_metrics: string | null;
  /** Fresh wallet mode: JSON of the agent's own balances and positions, restored at the end. */
  saved_wallet: string | null;
  backtest_session_id: string | null;
  blown_up_at: string | null;
}

export interface BattleSnapshotsTable {
  battle_id: string;
  agent_id: string;
  ts_ms: number;
  equity: string;
  unrealized_pnl: string;
  realized_pnl: string;
  trade_count: number;
  open_positions: number;
}

export type StrategyStatus = 'draft' | 'testing' | 'validated' | 'deployed' | 'archived';
export type StrategyVersionStatus = 'draft' | 'validated' | 'deployed';

/** A strategy (src/strategies): account-level; the live deployment is bound to one agent. */
export interface StrategiesTable {
  id: string;
  account_id: string;
  name: string;
  description: string | null;
  status: StrategyStatus;
  current_version: number;
  /** Set only while deployed. */
  deployed_version: number | null;
  deployed_agent_id: string | null;
  deployed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface StrategyVersionsTable {
  id: string;
  strategy_id: string;
  version: Generated<number>;
  /** JSON: the normalised flat definition. */
  definition: string;
  /** JSON: the definition as submitted. */
  definition_input: string;
  change_notes: string | null;
  parent_version: number | null;
  /** draft until a test of this version completes (validated); deployed while live. */
  status: StrategyVersionStatus;
  created_at: string;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** A webhook subscription (src/webhooks): account-level. */
export interface WebhooksTable {
  id: string;
  account_id: string;
  url: string;
  /** JSON array of event names. */
  events: string;
  description: string | null;
  /** 1 or 0. */
  active: number;
  /** The signing secret, sealed with ctx.keyBox. */
  secret_sealed: string;
  failure_count: number;
  created_at: string;
  updated_at: string;
  last_triggered_at: string | null;
}

/** The webhook outbox: one row per announced event, written in the transaction of the fact. */
export interface WebhookEventsTable {
  id: string;
  account_id: string;
  event: string;
  /** JSON object. */
  data: string;
  /** A test event's one target subscription; null for a real event. */
  webhook_id: string | null;
  fanned_out: number;
  created_at: string;
}

/** One event sent to one subscription. */
export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  event_id: string;
  event: string;
  body: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_ms: number | null;
  last_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

export type TrainingRunStatus = 'running' | 'completed';

/** A reinforcement-learning run a client reports (src/training); keyed by (account, client run id). */
export interface TrainingRunsTable {
  account_id: string;
  run_id: string;
  status: TrainingRunStatus;
  /** JSON object as registered, or null. */
  config: string | null;
  strategy_id: string | null;
  started_at: string;
  completed_at: string | null;
}

/** One reported episode of a run; reporting the same number again replaces it. */
export interface TrainingEpisodesTable {
  account_id: string;
  run_id: string;
  episode_number: number;
  session_id: string | null;
  roi_pct: number | null;
  sharpe_ratio: number | null;
  max_drawdown_pct: number | null;
  total_trades: number | null;
  reward_sum: number | null;
  created_at: string;
}

export type StrategyTestStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';
export type StrategyTestEpisodeStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';

/** A strategy test run (src/strategies/tests-service.ts): one version over N episodes. */
export interface StrategyTestRunsTable {
  id: string;
  strategy_id: string;
  account_id: string;
  version: Generated<number>;
  status: StrategyTestStatus;
  /** JSON: the request's settings resolved (date range, seed, balance…) plus account_id. */
  config: string;
  episodes_total: number;
  episodes_completed: number;
  episodes_failed: number;
  /** JSON aggregate results / recommendations (string[]), once ended. */
  results: string | null;
  recommendations: string | null;
  error: string | null;
  /** 1 once a cancel was asked for. */
  cancel_requested: number;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
}

/** One episode of a test run: a window of history run as a backtest session the run owns. */
export interface StrategyTestEpisodesTable {
  test_run_id: string;
  episode_number: number;
  start_ms: number;
  end_ms: number;
  status: StrategyTestEpisodeStatus;
  session_id: string | null;
  /** JSON: the episode's metrics once completed. */
  metrics: string | null;
  error: string | null;
  completed_at: string | null;
}

export interface Database {
  strategy_test_runs: StrategyTestRunsTable;
  strategy_test_episodes: StrategyTestEpisodesTable;
  training_runs: TrainingRunsTable;
  training_episodes: TrainingEpisodesTable;
  webhooks: WebhooksTable;
  webhook_events: WebhookEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  strategies: StrategiesTable;
  strategy_versions: StrategyVersionsTable;
  battles: BattlesTable;
  battle_participants: BattleParticipantsTable;
  battle_snapshots: BattleSnapshotsTable;
  backtest_sessions: BacktestSessionsTable;
  backtest_orders: BacktestOrdersTable;
  backtest_trades: BacktestTradesTable;
  backtest_snapshots: BacktestSnapshotsTable;
  backtest_account_modes: BacktestAccountModesTable;
  orders: OrdersTable;
  fills: FillsTable;
  positions: PositionsTable;
  idempotency_keys: IdempotencyKeysTable;
  session_daily_pnl: SessionDailyPnlTable;
  agent_trade_stats: AgentTradeStatsTable;
  accounts: AccountsTable;
  agents: AgentsTable;
  api_keys: ApiKeysTable;
  balances: BalancesTable;
  trading_sessions: TradingSessionsTable;
  server_secrets: ServerSecretsTable;
  trading_pairs: TradingPairsTable;
  candles_1m: Candles1mTable;
  candle_rollups: CandleRollupsTable;
  imported_candle_ranges: ImportedCandleRangesTable;
  portfolio_snapshots: PortfolioSnapshotsTable;
}

export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type Agent = Selectable<AgentsTable>;
export type NewAgent = Insertable<AgentsTable>;
export type AgentUpdate = Updateable<AgentsTable>;
export type ApiKey = Selectable<ApiKeysTable>;
export type NewApiKey = Insertable<ApiKeysTable>;
export type Balance = Selectable<BalancesTable>;
export type NewBalance = Insertable<BalancesTable>;
export type TradingSession = Selectable<TradingSessionsTable>;
export type NewTradingSession = Insertable<TradingSessionsTable>;
export type TradingPair = Selectable<TradingPairsTable>;
export type NewTradingPair = Insertable<TradingPairsTable>;
export type Candle1mRow = Selectable<Candles1mTable>;
export type NewCandle1mRow = Insertable<Candles1mTable>;
export type CandleRollupRow = Selectable<CandleRollupsTable>;
export type NewCandleRollupRow = Insertable<CandleRollupsTable>;
export type OrderRow = Selectable<OrdersTable>;
export type FillRow = Selectable<FillsTable>;
export type PositionRow = Selectable<PositionsTable>;
export type PortfolioSnapshotRow = Selectable<PortfolioSnapshotsTable>;
export type TradeStatsRow = Selectable<AgentTradeStatsTable>;
export type NewPortfolioSnapshotRow = Insertable<PortfolioSnapshotsTable>;
export type BacktestSessionRow = Selectable<BacktestSessionsTable>;
export type BacktestOrderRow = Selectable<BacktestOrdersTable>;
export type BacktestTradeRow = Selectable<BacktestTradesTable>;
export type BacktestSnapshotRow = Selectable<BacktestSnapshotsTable>;
export type BattleRow = Selectable<BattlesTable>;
export type BattleParticipantRow = Selectable<BattleParticipantsTable>;
export type BattleSnapshotRow = Selectable<BattleSnapshotsTable>;
export type StrategyRow = Selectable<StrategiesTable>;
export type StrategyVersionRow = Selectable<StrategyVersionsTable>;
export type WebhookRow = Selectable<WebhooksTable>;
export type WebhookEventRow = Selectable<WebhookEventsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type TrainingRunRow = Selectable<TrainingRunsTable>;
export type TrainingEpisodeRow = Selectable<TrainingEpisodesTable>;
export type StrategyTestRunRow = Selectable<StrategyTestRunsTable>;
export type StrategyTestEpisodeRow = Selectable<StrategyTestEpisodesTable>;
