// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.

export type ClientOptions = {
    baseUrl: 'http://localhost:8000' | 'https://api.tradeready.io' | (string & {});
};

/**
 * A ratio with 6 decimals.
 */
export type Ratio = string;

/**
 * A percentage with 4 decimals.
 */
export type Percent = string;

/**
 * A percentage with 4 decimals, or null when undefined.
 */
export type NullablePercent = string | null;

export type Performance = {
    period: '1d' | '7d' | '30d' | '90d' | 'all';
    agent_id: string;
    /**
     * Start of the period; null for `all`.
     */
    since: string | null;
    /**
     * Start of the trading session measured (registration or last reset).
     */
    session_started_at: string;
    snapshot_interval: '1m' | '1h' | '1d';
    /**
     * Snapshots used.
     */
    data_points: number;
    /**
     * True when some documented metric could not be computed and is sent as zero.
     */
    insufficient_data: boolean;
    /**
     * The documented metrics sent as zero because the data does not define them.
     */
    not_computable: Array<'sharpe_ratio' | 'sortino_ratio' | 'max_drawdown_pct' | 'max_drawdown_duration_days' | 'win_rate' | 'profit_factor' | 'avg_win' | 'avg_loss' | 'best_trade' | 'worst_trade'>;
    total_return_pct: NullablePercent;
    sharpe_ratio: Ratio;
    sortino_ratio: Ratio;
    max_drawdown_pct: Percent;
    /**
     * Whole days from the peak of the deepest drawdown to its recovery (or the last snapshot).
     */
    max_drawdown_duration_days: number;
    max_drawdown_duration_seconds: number | null;
    win_rate: Percent;
    profit_factor: Ratio;
    avg_win: Money;
    avg_loss: Money;
    best_trade: Money;
    worst_trade: Money;
    net_pnl: Money;
    total_trades: number;
    /**
     * Closed trades per day measured, 2 decimals.
     */
    avg_trades_per_day: string;
    winning_trades: number;
    losing_trades: number;
    break_even_trades: number;
    longest_win_streak: number;
    longest_loss_streak: number;
    /**
     * +k after k winning trades in a row, −k after k losing ones.
     */
    current_streak: number;
};

export type PortfolioSnapshot = {
    /**
     * Start of the minute, hour or day the snapshot stands for (UTC).
     */
    time: string;
    total_equity: Money;
    available_cash: Money;
    locked_cash: Money;
    position_value: Money;
    unrealized_pnl: Money;
    /**
     * Cumulative realized PnL of the agent.
     */
    realized_pnl: Money;
    /**
     * Cumulative fees of the agent.
     */
    fees_paid: Money;
};

export type PortfolioHistory = {
    agent_id: string;
    interval: '1m' | '1h' | '1d';
    snapshots: Array<PortfolioSnapshot>;
};

export type LeaderboardEntry = {
    rank: number;
    agent_id: string;
    agent_display_name: string;
    account_id: string;
    /**
     * The account's name (same as `account_display_name`).
     */
    display_name: string;
    account_display_name: string;
    /**
     * Return within the current session over the period, percent.
     */
    total_return_pct: string;
    /**
     * Same as `total_return_pct` (the name clients of the original API read).
     */
    roi_pct: string;
    sharpe_ratio: Ratio;
    max_drawdown_pct: Percent;
    win_rate: Percent;
    total_trades: number;
    /**
     * True when one of this row's metrics could not be computed and is sent as zero.
     */
    insufficient_data: boolean;
    /**
     * This row's metrics sent as zero because the data does not define them.
     */
    not_computable: Array<'sharpe_ratio' | 'max_drawdown_pct' | 'win_rate'>;
};

export type Leaderboard = {
    period: '1d' | '7d' | '30d' | '90d' | 'all';
    since: string | null;
    computed_at: string;
    rankings: Array<LeaderboardEntry>;
};

export type OrderRequest = {
    /**
     * The pair (case-insensitive).
     */
    symbol: string;
    side: 'buy' | 'sell';
    type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    /**
     * Base-asset quantity; a multiple of the pair's step size.
     */
    quantity: DecimalAmount;
    /**
     * Limit price (limit orders); an alias of `trigger_price` on stop-loss and take-profit orders; not allowed on market orders.
     */
    price?: DecimalAmount;
    /**
     * Trigger price of stop-loss and take-profit orders.
     */
    trigger_price?: DecimalAmount;
    /**
     * Your own id, unique per agent; a repeat returns the original order.
     */
    client_order_id?: string;
};

export type Order = {
    order_id: string;
    client_order_id: string | null;
    status: 'pending' | 'filled' | 'cancelled' | 'expired';
    symbol: string;
    side: 'buy' | 'sell';
    type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    quantity: Money;
    /**
     * Same as `quantity`.
     */
    requested_quantity: Money;
    /**
     * Limit or trigger price; null for market orders.
     */
    price: string | null;
    /**
     * Trigger price of stop-loss and take-profit orders, else null.
     */
    trigger_price: string | null;
    /**
     * Filled quantity (orders fill whole); null until filled.
     */
    executed_quantity: string | null;
    /**
     * Same as `executed_quantity`.
     */
    executed_qty: string | null;
    executed_price: string | null;
    /**
     * Slippage of the fill in percent (0 for limit fills).
     */
    slippage_pct: string | null;
    /**
     * USDT.
     */
    fee: string | null;
    /**
     * USDT moved by the fill: buys `executed_quantity × executed_price + fee`, sells `… − fee`.
     */
    total_cost: string | null;
    /**
     * What a pending order holds locked; null once it is closed.
     */
    locked_asset: string | null;
    locked_amount: Money;
    /**
     * Why the order was cancelled: by the user, expired, by a reset, for lack of balance at trigger time, or by a battle (its start or end with `wallet_mode: fresh`, or the agent's elimination).
     */
    cancel_reason: 'user' | 'expired' | 'reset' | 'insufficient_balance' | 'battle' | null;
    created_at: string;
    filled_at: string | null;
    /**
     * When a cancelled or expired order closed.
     */
    cancelled_at: string | null;
};

export type OrderList = {
    orders: Array<Order>;
    /**
     * Every matching order, over all pages.
     */
    total: number;
    limit: number;
    offset: number;
};

export type CancelledOrder = {
    order_id: string;
    status: 'cancelled';
    unlocked_asset: string;
    unlocked_amount: Money;
    cancelled_at: string;
    order: Order;
};

export type CancelledOrders = {
    cancelled_count: number;
    order_ids: Array<string>;
    /**
     * Released amount per asset.
     */
    unlocked: {
        [key: string]: Money;
    };
    /**
     * USDT released (locks of other assets are in `unlocked`).
     */
    total_unlocked: Money;
};

export type Fill = {
    trade_id: string;
    order_id: string;
    symbol: string;
    side: 'buy' | 'sell';
    quantity: Money;
    price: Money;
    fee: Money;
    /**
     * quantity × price, fee excluded.
     */
    total: Money;
    /**
     * Sells — proceeds minus the cost basis released (fees excluded); buys — 0.
     */
    realized_pnl: Money;
    slippage_pct: Money;
    executed_at: string;
};

export type TradeHistory = {
    trades: Array<Fill>;
    total: number;
    limit: number;
    offset: number;
};

export type Position = {
    symbol: string;
    asset: string;
    quantity: Money;
    /**
     * Cost basis / quantity (fees excluded).
     */
    avg_entry_price: Money;
    /**
     * The feed's last price; while the feed has none, the price of the position's last fill
     * (its average entry if that is unknown) and `price_available` is false.
     *
     */
    current_price: Money;
    /**
     * False when the feed has no price for the pair; the position is then valued at cost.
     */
    price_available: boolean;
    market_value: Money;
    cost_basis: Money;
    unrealized_pnl: Money;
    /**
     * unrealized / cost basis × 100, 2 decimals.
     */
    unrealized_pnl_pct: string;
    /**
     * Realized on this symbol, all sessions' fills since the position row opened.
     */
    realized_pnl: Money;
    opened_at: string;
};

export type PositionList = {
    positions: Array<Position>;
    total_unrealized_pnl: Money;
};

export type Portfolio = {
    total_equity: Money;
    available_cash: Money;
    locked_cash: Money;
    total_position_value: Money;
    unrealized_pnl: Money;
    realized_pnl: Money;
    fees_paid: Money;
    total_pnl: Money;
    /**
     * total_pnl / starting_balance × 100, 2 decimals.
     */
    roi_pct: string;
    starting_balance: Money;
    positions: Array<Position>;
    timestamp: string;
};

export type PnlReport = {
    period: '1d' | '7d' | '30d' | 'all';
    /**
     * Start of the period; null for `all`.
     */
    since: string | null;
    realized_pnl: Money;
    unrealized_pnl: Money;
    total_pnl: Money;
    fees_paid: Money;
    net_pnl: Money;
    winning_trades: number;
    losing_trades: number;
    /**
     * Percent, 2 decimals; `"0.00"` when no trade won or lost (then listed in `not_computable`).
     */
    win_rate: string;
    /**
     * The documented metrics sent as zero because the data does not define them.
     */
    not_computable: Array<'win_rate'>;
};

export type ResetRequest = {
    /**
     * Must be `true`.
     */
    confirm: true;
    new_starting_balance?: DecimalAmount;
    /**
     * Alias of `new_starting_balance`.
     */
    starting_balance?: DecimalAmount;
};

export type ResetResult = {
    message: string;
    previous_session: {
        session_id: string;
        started_at: string;
        ending_equity: Money;
        total_pnl: Money;
        duration_days: number;
    };
    new_session: {
        session_id: string;
        starting_balance: Money;
        started_at: string;
    };
};

export type Pair = {
    symbol: string;
    base_asset: string;
    quote_asset: string;
    status: 'active' | 'inactive';
    min_qty: Money;
    max_qty: Money;
    step_size: Money;
    tick_size: Money;
    min_notional: Money;
    /**
     * Whether the feed has a price for the pair yet.
     */
    has_price: boolean;
};

export type PairList = {
    pairs: Array<Pair>;
    total: number;
};

export type PriceQuote = {
    symbol: string;
    price: Money;
    /**
     * When that price traded.
     */
    timestamp: string;
};

export type PriceMap = {
    prices: {
        [key: string]: Money;
    };
    /**
     * Server time of the answer.
     */
    timestamp: string;
    count: number;
    /**
     * True when the freshest price is more than 60 seconds old (or there is none).
     */
    stale: boolean;
    /**
     * Age of the freshest price in seconds, one decimal; null when there is none.
     */
    data_age_seconds: number | null;
};

export type Ticker = {
    symbol: string;
    open: Money;
    high: Money;
    low: Money;
    close: Money;
    /**
     * Base-asset volume in the window.
     */
    volume: Money;
    /**
     * USDT volume in the window (Σ price × quantity).
     */
    quote_volume: Money;
    /**
     * `close` − `open`.
     */
    change: Money;
    /**
     * `change` / `open` × 100, 2 decimals.
     */
    change_pct: string;
    trade_count: number;
    open_time: string;
    close_time: string;
    /**
     * Time of the last trade.
     */
    timestamp: string;
};

export type TickerMap = {
    tickers: {
        [key: string]: Ticker;
    };
    count: number;
    timestamp: string;
};

export type Candle = {
    /**
     * Open time of the bucket (UTC).
     */
    time: string;
    open: Money;
    high: Money;
    low: Money;
    close: Money;
    volume: Money;
    trade_count: number;
};

export type CandleSeries = {
    symbol: string;
    interval: '1m' | '5m' | '15m' | '1h' | '4h' | '1d';
    candles: Array<Candle>;
    count: number;
};

export type PublicTrade = {
    trade_id: number;
    price: Money;
    quantity: Money;
    time: string;
    is_buyer_maker: boolean;
};

export type TradeList = {
    symbol: string;
    trades: Array<PublicTrade>;
    count: number;
};

/**
 * [price, quantity]
 */
export type BookLevel = [
    Money,
    Money
];

export type OrderBook = {
    symbol: string;
    /**
     * Best (highest) first.
     */
    bids: Array<BookLevel>;
    /**
     * Best (lowest) first.
     */
    asks: Array<BookLevel>;
    timestamp: string;
    /**
     * Always true here; the levels are generated around the last price.
     */
    synthetic: boolean;
};

export type DataGap = {
    symbol: string;
    /**
     * Open time of the first missing minute.
     */
    from: string;
    /**
     * Open time of the next bar present (the gap's exclusive end).
     */
    to: string;
    missing_minutes: number;
};

export type PairDataRange = {
    symbol: string;
    earliest: string;
    latest: string;
};

export type DataRange = {
    /**
     * Open time of the oldest stored 1-minute bar of any pair; null when none is stored.
     */
    earliest: string | null;
    /**
     * Open time of the newest stored 1-minute bar of any pair; null when none is stored.
     */
    latest: string | null;
    /**
     * Pairs with at least one stored 1-minute bar.
     */
    total_pairs: number;
    /**
     * The intervals `/market/candles` serves.
     */
    intervals_available: Array<'1m' | '5m' | '15m' | '1h' | '4h' | '1d'>;
    /**
     * Each pair with data, by symbol.
     */
    pairs: Array<PairDataRange>;
    /**
     * The most recent gaps first.
     */
    data_gaps: Array<DataGap>;
    total_gaps: number;
    min_gap_minutes: number;
};

export type IndicatorName = 'adx_14' | 'atr_14' | 'bb_lower' | 'bb_mid' | 'bb_upper' | 'ema_12' | 'ema_26' | 'macd_hist' | 'macd_line' | 'macd_signal' | 'price' | 'rsi_14' | 'sma_20' | 'sma_50' | 'volume_ma_20' | 'vwap';

export type IndicatorList = {
    indicators: Array<IndicatorName>;
};

export type IndicatorValues = {
    symbol: string;
    timestamp: string;
    candles_used: number;
    /**
     * By name; an indicator the window is too short for is left out.
     */
    indicators: {
        [key in IndicatorName]?: string;
    };
};

export type DeflatedSharpeRequest = {
    /**
     * Periodic simple returns (0.01 = 1 %), oldest first.
     */
    returns: Array<number>;
    /**
     * Strategies or parameter sets tried before this one was chosen.
     */
    num_trials: number;
    /**
     * Return periods per year (252 trading days; 525600 for 1-minute returns).
     */
    annualization_factor?: number;
};

export type DeflatedSharpe = {
    observed_sharpe: number;
    expected_max_sharpe: number;
    deflated_sharpe: number;
    p_value: number;
    is_significant: boolean;
    num_trials: number;
    num_returns: number;
    skewness: number;
    kurtosis: number;
};

/**
 * Every error code the API returns. Clients should branch on these, not on messages.
 */
export type ErrorCode = 'VALIDATION_ERROR' | 'INVALID_API_KEY' | 'INVALID_TOKEN' | 'ACCOUNT_SUSPENDED' | 'PERMISSION_DENIED' | 'ACCOUNT_NOT_FOUND' | 'AGENT_NOT_FOUND' | 'DUPLICATE_ACCOUNT' | 'IDEMPOTENCY_CONFLICT' | 'RATE_LIMIT_EXCEEDED' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'INSUFFICIENT_BALANCE' | 'INVALID_SYMBOL' | 'INVALID_QUANTITY' | 'INVALID_PRICE' | 'INVALID_ORDER_TYPE' | 'ORDER_REJECTED' | 'POSITION_LIMIT_EXCEEDED' | 'DAILY_LOSS_LIMIT' | 'ORDER_NOT_FOUND' | 'ORDER_NOT_CANCELLABLE' | 'TRADE_NOT_FOUND' | 'PRICE_NOT_AVAILABLE' | 'BATTLE_NOT_FOUND' | 'BATTLE_INVALID_STATE' | 'BACKTEST_NOT_FOUND' | 'BACKTEST_INVALID_STATE' | 'BACKTEST_NO_DATA' | 'LIMIT_REACHED' | 'SERVICE_UNAVAILABLE' | 'UPGRADE_REQUIRED' | 'INTERNAL_ERROR';

/**
 * The envelope of every non-2xx reply.
 */
export type Error = {
    error: {
        code: ErrorCode;
        /**
         * Human-readable explanation; do not parse it.
         */
        message: string;
        /**
         * Machine-readable context, present when there is any.
         */
        details?: {
            [key: string]: unknown;
        };
    };
};

/**
 * A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at
 * most 8 decimals, greater than zero.
 *
 */
export type DecimalAmount = string | number;

/**
 * An exact decimal with 8 decimal places. Requests accept at most 12 integer digits
 * (`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be
 * larger: replies carry up to 36 integer digits.
 *
 */
export type Money = string;

export type RegisterRequest = {
    /**
     * Human-readable name, 1–64 characters after trimming surrounding whitespace.
     */
    display_name: string;
    /**
     * Optional contact email, unique case-insensitively. Needed for `/auth/user-login`.
     */
    email?: string;
    /**
     * Optional password (8–128 characters) that enables `/auth/user-login` together with `email`.
     */
    password?: string;
    /**
     * Initial USDT balance of the default agent; default `"10000.00"`.
     */
    starting_balance?: DecimalAmount;
};

export type RegisterResponse = {
    account_id: string;
    /**
     * The account-level API key.
     */
    api_key: string;
    /**
     * The account's API secret. Shown once; store it now.
     */
    api_secret: string;
    display_name: string;
    /**
     * The starting balance as requested (its scale is kept), e.g. `"10000.00"`.
     */
    starting_balance: string;
    message: string;
    /**
     * The default agent, created with the account and holding the starting balance.
     */
    agent_id: string;
    /**
     * The default agent's API key.
     */
    agent_api_key: string;
};

export type LoginRequest = {
    /**
     * Your `ak_live_` account API key.
     */
    api_key: string;
    /**
     * Your `sk_live_` API secret.
     */
    api_secret: string;
};

export type UserLoginRequest = {
    email: string;
    password: string;
};

export type TokenResponse = {
    /**
     * HS256 JWT; send it as `Authorization: Bearer <token>`.
     */
    token: string;
    /**
     * Expiry time (ISO-8601 UTC).
     */
    expires_at: string;
    /**
     * Seconds until expiry (3600).
     */
    expires_in: number;
    token_type: 'Bearer';
};

/**
 * Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.
 */
export type RiskProfile = {
    /**
     * Largest single-coin position as a percentage of equity (default 25).
     */
    max_position_size_pct: number;
    /**
     * Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20).
     */
    daily_loss_limit_pct: number;
    /**
     * Most pending orders at once (default 50).
     */
    max_open_orders: number;
    /**
     * Largest single order as a percentage of available balance (default 50).
     */
    max_order_size_pct: number;
    /**
     * Smallest order value in USDT (default 1).
     */
    min_order_size_usd: Money;
    /**
     * Most orders per minute (default 100).
     */
    order_rate_limit: number;
};

/**
 * Risk-limit overrides; fields left out fall back to the next source (account, then default).
 */
export type RiskProfileFields = {
    max_position_size_pct?: number;
    daily_loss_limit_pct?: number;
    max_open_orders?: number;
    max_order_size_pct?: number;
    min_order_size_usd?: DecimalAmount;
    order_rate_limit?: number;
};

/**
 * Risk limits to set (at least one); fields left out keep their current source.
 */
export type RiskProfileUpdate = RiskProfileFields;

export type ScopedRiskProfile = {
    /**
     * Whose limits were set.
     */
    scope: 'account' | 'agent';
    /**
     * The agent, when `scope` is `agent`.
     */
    agent_id: string | null;
    risk_profile: RiskProfile;
};

export type BalanceRow = {
    asset: string;
    available: Money;
    locked: Money;
    total: Money;
};

export type BalanceSheet = {
    scope: 'agent' | 'account';
    /**
     * The agent in scope; null for `scope=account`.
     */
    agent_id: string | null;
    /**
     * One row per asset, sorted by asset.
     */
    balances: Array<BalanceRow>;
    total_equity_usdt: Money;
};

/**
 * 1–100 characters; surrounding whitespace is trimmed.
 */
export type AgentName = string;

/**
 * A colour as `#rrggbb`.
 */
export type HexColor = string;

export type StrategyTags = Array<string>;

export type AgentFields = {
    id: string;
    account_id: string;
    display_name: string;
    /**
     * The first 12 characters of the agent's key, then `...`.
     */
    api_key_preview: string;
    starting_balance: Money;
    llm_model: string | null;
    framework: string | null;
    strategy_tags: Array<string>;
    risk_profile: RiskProfile;
    /**
     * A generated identicon as an SVG data URI.
     */
    avatar_url: string;
    /**
     * The agent's colour, `#rrggbb` (derived from its id when not set).
     */
    color: string;
    status: 'active' | 'paused' | 'archived';
    /**
     * Whether account-level credentials act as this agent when no `X-Agent-Id` is sent.
     */
    is_default: boolean;
    created_at: string;
    updated_at: string;
};

/**
 * An agent with its own key, wallet, risk limits and history.
 */
export type Agent = AgentFields;

export type AgentList = {
    agents: Array<Agent>;
    /**
     * How many agents match, over all pages.
     */
    total: number;
    limit: number;
    offset: number;
};

/**
 * An agent with its current numbers.
 */
export type AgentOverviewItem = AgentFields & {
    equity: Money;
    total_pnl: Money;
    /**
     * `total_pnl` as a percentage of the starting balance, 2 decimals.
     */
    total_pnl_pct: string;
    open_orders: number;
};

export type AgentOverview = {
    agents: Array<AgentOverviewItem>;
};

export type AgentCreateRequest = {
    display_name: AgentName;
    /**
     * USDT in the new wallet; default `"10000.00"`.
     */
    starting_balance?: DecimalAmount;
    llm_model?: string;
    framework?: string;
    strategy_tags?: StrategyTags;
    risk_profile?: RiskProfileFields;
    color?: HexColor;
};

export type AgentUpdateRequest = {
    display_name?: AgentName;
    llm_model?: string | null;
    framework?: string | null;
    strategy_tags?: StrategyTags;
    /**
     * Replaces the agent's overrides; `{}` removes them all.
     */
    risk_profile?: RiskProfileFields;
    color?: HexColor | null;
};

export type AgentCreatedResponse = {
    agent_id: string;
    api_key: string;
    display_name: string;
    starting_balance: Money;
    message: string;
    agent: Agent;
};

export type AgentKeyResponse = {
    agent_id: string;
    api_key: string;
    message: string;
};

export type SessionSummary = {
    session_id: string;
    started_at: string;
    ended_at: string | null;
    starting_balance: Money;
};

export type AgentReset = {
    agent: Agent;
    previous_session: SessionSummary;
    new_session: SessionSummary;
};

export type TradingSession = {
    session_id: string;
    started_at: string;
};

export type AccountInfo = {
    account_id: string;
    /**
     * The account's name.
     */
    display_name: string;
    status: 'active' | 'suspended' | 'archived';
    starting_balance: Money;
    current_session: TradingSession;
    risk_profile: RiskProfile;
    created_at: string;
    /**
     * The agent in scope.
     */
    agent_id: string;
    /**
     * The agent in scope's name.
     */
    agent_display_name: string;
};

export type Health = {
    /**
     * `degraded` when the price feed is not live or some pairs have gone stale.
     */
    status: 'ok' | 'degraded';
    version: string;
    db_connected: boolean;
    uptime_seconds: number;
    market: {
        source: 'simulated' | 'binance' | 'replay';
        /**
         * The feed is connected and a trade arrived within the last 60 seconds.
         */
        ingestion_active: boolean;
        last_tick_at: string | null;
        total_pairs: number;
        pairs_with_price: number;
        /**
         * Active pairs without a trade for more than 60 seconds.
         */
        stale_pairs: Array<string>;
    };
    checks: {
        /**
         * Round-trip time of a trivial query; -1 when it failed.
         */
        db_latency_ms: number;
    };
};

/**
 * A backtest session's id.
 */
export type BacktestId = string;

/**
 * `created` (configured, not started), `running` (stepping), `completed` (reached its last step:
 * positions closed, results final), `cancelled` (stopped by the owner or after an hour without
 * any call: positions kept, results partial), `failed` (could not continue; `error` says why).
 *
 */
export type BacktestStatus = 'created' | 'running' | 'completed' | 'cancelled' | 'failed';

export type CandleIntervalLabel = '1m' | '5m' | '15m' | '1h' | '4h' | '1d';

/**
 * A percentage or figure with 2 decimals.
 */
export type Pct2 = string;

/**
 * A ratio with 6 decimals, or null before the session has ended.
 */
export type NullableRatio = string | null;

export type BacktestCreateRequest = {
    /**
     * Virtual start.
     */
    start_time: string;
    /**
     * Virtual end, after `start_time`.
     */
    end_time: string;
    /**
     * Virtual USDT to start with, 1 to 10,000,000.
     */
    starting_balance: DecimalAmount;
    /**
     * The step: a label or the same interval in seconds. Default `1m`. Each step moves the
     * virtual clock by one interval.
     *
     */
    candle_interval?: CandleIntervalLabel | 60 | 300 | 900 | 3600 | 14400 | 86400;
    /**
     * Pairs to trade and price; omitted, every pair with stored candles in the range.
     */
    pairs?: Array<string>;
    /**
     * Free label used by `list`, `best` and `/account/mode`. Default `default`.
     */
    strategy_label?: string;
    /**
     * The agent whose risk profile the sandbox applies: one of the account's agents. Default:
     * the agent in scope (an agent key's agent, `X-Agent-Id`, else the default agent). With an
     * agent key only that agent may be named.
     *
     */
    agent_id?: string;
    /**
     * Accepted for compatibility; the data is what this server stores.
     */
    exchange?: 'binance';
    /**
     * Accepted for compatibility; only the live fee `0.001` (one engine, one fee).
     */
    fee_rate?: string | number;
};

export type BacktestCreated = {
    session_id: BacktestId;
    status: 'created';
    /**
     * floor((end − start) / interval).
     */
    total_steps: number;
    /**
     * Pairs with a price at `start_time` (a candle closed at or before it).
     */
    estimated_pairs: number;
    agent_id: string;
};

export type BacktestStarted = {
    session_id: BacktestId;
    status: 'running';
};

export type BacktestBatchRequest = {
    /**
     * Steps to run; fewer are run when the session completes first.
     */
    steps: number;
};

export type BacktestFastBatchRequest = {
    /**
     * Steps to run; fewer are run when the session completes first.
     */
    steps: number;
    /**
     * Return the fills of every step of the call in `orders_filled`, not only the last step's.
     */
    include_intermediate_trades?: boolean;
};

/**
 * A resting order that a step filled (or cancelled, when a triggered buy could not pay for its price gap).
 */
export type BacktestFilledOrder = {
    order_id: string;
    symbol: string;
    side: 'buy' | 'sell';
    type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    status: 'filled' | 'cancelled';
    executed_price: Money | null;
    executed_qty: Money | null;
    fee: Money | null;
    simulated_at: string;
};

export type BacktestPortfolioPosition = {
    symbol: string;
    quantity: Money;
    avg_entry_price: Money;
    current_price: Money;
    market_value: Money;
    unrealized_pnl: Money;
};

export type BacktestPortfolio = {
    total_equity: Money;
    /**
     * USDT held, free plus locked by resting orders.
     */
    available_cash: Money;
    /**
     * The part of `available_cash` locked by resting orders.
     */
    locked_cash: Money;
    position_value: Money;
    unrealized_pnl: Money;
    /**
     * Realized PnL of the session so far, before fees.
     */
    realized_pnl: Money;
    fees_paid: Money;
    positions: Array<BacktestPortfolioPosition>;
    virtual_time: string;
};

/**
 * The session after the last step the call ran.
 */
export type BacktestStep = {
    session_id: BacktestId;
    /**
     * The virtual clock after the step; only candles closed at or before it are visible.
     */
    virtual_time: string;
    step: number;
    total_steps: number;
    progress_pct: Pct2;
    /**
     * Close of each pair's latest closed candle.
     */
    prices: {
        [key: string]: Money;
    };
    /**
     * Resting orders filled by the last step (by every step of a `step/batch`, or of a fast batch with `include_intermediate_trades`).
     */
    orders_filled: Array<BacktestFilledOrder>;
    portfolio: BacktestPortfolio;
    /**
     * True once the last step ran; the session is then `completed`.
     */
    is_complete: boolean;
    remaining_steps: number;
    /**
     * Steps this call ran.
     */
    steps_executed: number;
    status: BacktestStatus;
};

export type BacktestCancelled = {
    session_id: BacktestId;
    status: 'cancelled';
    total_trades: number;
    roi_pct: Pct2;
};

/**
 * A session as `status` and `list` show it.
 */
export type BacktestSession = {
    session_id: BacktestId;
    agent_id: string;
    strategy_label: string;
    start_time: string;
    end_time: string;
    status: BacktestStatus;
    candle_interval: CandleIntervalLabel;
    /**
     * The interval in seconds (60, 300, 900, 3600, 14400 or 86400).
     */
    candle_interval_seconds: number;
    starting_balance: Money;
    pairs: Array<string>;
    /**
     * 0–100, 2 decimals.
     */
    progress_pct: number;
    current_step: number;
    total_steps: number;
    virtual_clock: string;
    /**
     * Null until the session has ended (completed, cancelled or failed).
     */
    final_equity: Money | null;
    total_pnl: Money | null;
    roi_pct: Pct2 | null;
    /**
     * Fills so far, buys and sells.
     */
    total_trades: number;
    total_fees: Money;
    sharpe_ratio: NullableRatio;
    max_drawdown_pct: NullablePercent;
    created_at: string;
    started_at: string | null;
    completed_at: string | null;
    /**
     * Wall-clock seconds the session has spent running steps; null before it has started.
     */
    duration_real_sec: number | null;
    /**
     * Why a `failed` session failed; null otherwise.
     */
    error: string | null;
};

export type BacktestList = {
    backtests: Array<BacktestSession>;
    /**
     * Every session that matches the filters.
     */
    total: number;
};

export type BacktestOrderRequest = {
    /**
     * One of the session's pairs (case-insensitive).
     */
    symbol: string;
    side: 'buy' | 'sell';
    type?: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    quantity: DecimalAmount;
    /**
     * The limit price (`limit`); for `stop_loss` / `take_profit` an alias of `trigger_price`.
     */
    price?: DecimalAmount;
    /**
     * The trigger of a `stop_loss` / `take_profit`.
     */
    trigger_price?: DecimalAmount;
};

export type BacktestPlacedOrder = {
    /**
     * Derived from the virtual time and the session's order counter, so a rerun gives the same ids.
     */
    order_id: string;
    status: 'filled' | 'pending';
    symbol: string;
    side: 'buy' | 'sell';
    type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    quantity: Money;
    /**
     * The limit price or trigger; null for a market order.
     */
    price: Money | null;
    executed_price: Money | null;
    executed_qty: Money | null;
    /**
     * Percent, 8 decimals; null while pending.
     */
    slippage_pct: string | null;
    fee: Money | null;
    realized_pnl: Money | null;
    /**
     * What a pending order locked (USDT for a buy, the base asset for a sell).
     */
    locked_asset: string | null;
    locked_amount: Money;
    simulated_at: string;
};

export type BacktestOrder = {
    id: string;
    symbol: string;
    side: 'buy' | 'sell';
    type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    quantity: Money;
    /**
     * Limit price of a limit order, else null.
     */
    price: Money | null;
    /**
     * Trigger of a stop-loss or take-profit, else null.
     */
    stop_price: Money | null;
    status: 'pending' | 'filled' | 'cancelled';
    executed_price: Money | null;
    executed_qty: Money | null;
    fee: Money | null;
    locked_amount: Money;
    cancel_reason: 'user' | 'insufficient_balance' | null;
    /**
     * Virtual time of placement.
     */
    created_at: string;
    /**
     * Virtual time of the fill or cancel.
     */
    closed_at: string | null;
};

export type BacktestOrderList = {
    /**
     * Oldest first.
     */
    orders: Array<BacktestOrder>;
    count: number;
};

export type BacktestOrderCancel = {
    order_id: string;
    /**
     * False when the order was no longer pending (filled or cancelled before).
     */
    cancelled: boolean;
};

export type BacktestTrade = {
    id: string;
    session_id: BacktestId;
    order_id: string;
    symbol: string;
    side: 'buy' | 'sell';
    type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    quantity: Money;
    /**
     * The fill price (slippage included).
     */
    price: Money;
    /**
     * The step price the fill was measured against.
     */
    reference_price: Money;
    quote_amount: Money;
    fee: Money;
    /**
     * Percent, 8 decimals (`"0.01000000"` is 0.01 %).
     */
    slippage_pct: string;
    /**
     * A sell's realized PnL before fees; null for a buy.
     */
    realized_pnl: Money | null;
    /**
     * A sell's PnL after its fee and its share of the opening fees; null for a buy.
     */
    net_pnl: Money | null;
    stop_price: Money | null;
    simulated_at: string;
};

export type BacktestTradeHistory = {
    /**
     * Oldest first.
     */
    trades: Array<BacktestTrade>;
    count: number;
};

export type BacktestTradePage = {
    session_id: BacktestId;
    /**
     * Oldest first.
     */
    trades: Array<BacktestTrade>;
    /**
     * Every fill of the session.
     */
    total: number;
};

export type BacktestPrice = {
    symbol: string;
    /**
     * Close of the pair's latest candle closed at or before the virtual time.
     */
    price: Money;
    virtual_time: string;
};

export type BacktestPrices = {
    prices: {
        [key: string]: Money;
    };
    virtual_time: string;
};

/**
 * 24-hour statistics over the 1-minute candles closed in (t − 24 h, t].
 */
export type BacktestTicker = {
    symbol: string;
    open: Money;
    high: Money;
    low: Money;
    close: Money;
    volume: Money;
    quote_volume: Money;
    trade_count: number;
    price_change: Money;
    price_change_pct: Pct2;
    virtual_time: string;
};

export type BacktestCandle = {
    /**
     * Open time of the candle; the candle closed at or before the virtual time.
     */
    bucket: string;
    open: Money;
    high: Money;
    low: Money;
    close: Money;
    volume: Money;
    trade_count: number;
};

export type BacktestCandles = {
    symbol: string;
    interval: CandleIntervalLabel;
    /**
     * Oldest first.
     */
    candles: Array<BacktestCandle>;
    count: number;
    virtual_time: string;
};

export type BacktestBalances = {
    /**
     * Non-zero holdings only.
     */
    balances: Array<{
        asset: string;
        available: Money;
        locked: Money;
        total: Money;
    }>;
};

export type BacktestPositions = {
    positions: Array<{
        symbol: string;
        quantity: Money;
        avg_entry_price: Money;
        realized_pnl: Money;
    }>;
};

/**
 * The formulas of `GET /api/v1/analytics/performance`, on the session's regular equity series
 * (one point an hour of virtual time for intervals below `1h`, one a step from `1h` up;
 * annualised with that spacing, `series_interval_seconds`) and its closing (sell) fills.
 * Never null: a metric the data does not define is zero in its format and listed in
 * `not_computable`.
 *
 */
export type BacktestMetrics = {
    sharpe_ratio: Ratio;
    sortino_ratio: Ratio;
    max_drawdown_pct: Percent;
    /**
     * Whole days of `max_drawdown_duration_seconds`.
     */
    max_drawdown_duration_days: number;
    max_drawdown_duration_seconds: number;
    win_rate: Percent;
    profit_factor: Ratio;
    avg_win: Money;
    avg_loss: Money;
    best_trade: Money;
    worst_trade: Money;
    /**
     * Mean virtual time between consecutive fills, minutes, 2 decimals (0 with fewer than two fills).
     */
    avg_trade_duration_minutes: Pct2;
    /**
     * Fills per virtual day, 2 decimals.
     */
    trades_per_day: Pct2;
    /**
     * Closing (sell) fills the trade metrics are computed over.
     */
    closed_trades: number;
    /**
     * The equity series' spacing the ratios are annualised with.
     */
    series_interval_seconds: number;
    data_points: number;
    not_computable: Array<string>;
};

export type BacktestPairStats = {
    symbol: string;
    /**
     * Fills of the pair.
     */
    trades: number;
    wins: number;
    losses: number;
    win_rate: Pct2;
    net_pnl: Money;
    /**
     * Σ quote amount of the pair's fills.
     */
    total_volume: Money;
};

export type BacktestResults = {
    session_id: BacktestId;
    status: BacktestStatus;
    config: {
        start_time: string;
        end_time: string;
        starting_balance: Money;
        candle_interval: CandleIntervalLabel;
        /**
         * The interval in seconds (60, 300, 900, 3600, 14400 or 86400).
         */
        candle_interval_seconds: number;
        pairs: Array<string>;
        strategy_label: string;
        agent_id: string;
    };
    summary: {
        final_equity: Money;
        total_pnl: Money;
        roi_pct: Pct2;
        /**
         * Fills, buys and sells.
         */
        total_trades: number;
        total_fees: Money;
        duration_real_sec: number | null;
        current_step: number;
        total_steps: number;
    };
    metrics: BacktestMetrics;
    /**
     * Per pair with fills, by symbol.
     */
    by_pair: Array<BacktestPairStats>;
};

export type BacktestEquityCurve = {
    session_id: BacktestId;
    /**
     * Every Nth snapshot, as asked.
     */
    interval: string;
    /**
     * Oldest first.
     */
    snapshots: Array<{
        step: number;
        simulated_at: string;
        total_equity: Money;
        available_cash: Money;
        position_value: Money;
        unrealized_pnl: Money;
        realized_pnl: Money;
    }>;
};

export type BacktestComparison = {
    /**
     * In the order asked.
     */
    comparisons: Array<{
        session_id: BacktestId;
        strategy_label: string;
        status: BacktestStatus;
        roi_pct: Pct2 | null;
        sharpe_ratio: NullableRatio;
        max_drawdown_pct: NullablePercent;
        total_trades: number;
        win_rate: NullablePercent;
        profit_factor: NullableRatio;
    }>;
    best_by_roi: BacktestId | null;
    best_by_sharpe: BacktestId | null;
    best_by_drawdown: BacktestId | null;
    /**
     * `best_by_sharpe`.
     */
    recommendation: BacktestId | null;
};

export type BacktestBest = {
    session_id: BacktestId;
    strategy_label: string;
    metric: 'roi_pct' | 'sharpe_ratio' | 'sortino_ratio' | 'max_drawdown_pct' | 'win_rate' | 'profit_factor' | 'total_trades' | 'total_pnl';
    /**
     * The metric's value in its own format.
     */
    value: string;
};

export type AccountMode = {
    mode: 'live' | 'backtest';
    active_strategy_label: string | null;
    /**
     * The account's sessions that are `created` or `running`.
     */
    active_backtests: number;
    total_backtests_completed: number;
};

export type AccountModeUpdate = {
    mode: 'live' | 'backtest';
    strategy_label?: string;
};

export type BacktestIndicatorValues = {
    symbol: string;
    /**
     * The virtual time the values were computed at.
     */
    timestamp: string;
    candles_used: number;
    /**
     * By name; an indicator the window is too short for is left out.
     */
    indicators: {
        [key in IndicatorName]?: string;
    };
    virtual_time: string;
};

/**
 * `draft` (being configured, no participant), `pending` (has participants, not started),
 * `active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one
 * participant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no
 * ranking, `fresh` wallets restored).
 *
 */
export type BattleStatus = 'draft' | 'pending' | 'active' | 'paused' | 'completed' | 'cancelled';

/**
 * `live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client.
 */
export type BattleMode = 'live' | 'historical';

/**
 * `active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle).
 */
export type BattleParticipantStatus = 'active' | 'paused' | 'stopped' | 'blown_up';

/**
 * What the battle is ranked by; higher is better for all five.
 */
export type BattleRankingMetric = 'roi_pct' | 'total_pnl' | 'sharpe_ratio' | 'win_rate' | 'profit_factor';

/**
 * `fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet.
 */
export type BattleWalletMode = 'fresh' | 'existing';

export type BattleDurationType = 'fixed' | 'unlimited' | 'historical';

/**
 * A positive decimal string.
 */
export type BattleDecimal = string;

/**
 * Pairs (case-insensitive); `"all"` or `null` for every pair.
 */
export type BattlePairList = Array<string> | 'all' | null;

/**
 * Config keys of `POST /battles` (merged over the preset's) and of `PUT` (merged over the battle's).
 */
export type BattleConfigInput = {
    /**
     * USDT each participant measures from (and trades, `fresh`), 1 to 10,000,000. Default `10000`.
     */
    starting_balance?: DecimalAmount;
    wallet_mode?: BattleWalletMode;
    duration_type?: BattleDurationType;
    /**
     * `fixed`: the battle stops itself this long after it starts.
     */
    duration_seconds?: number | null;
    /**
     * The duration in minutes (converted to `duration_seconds`).
     */
    duration_minutes?: number;
    /**
     * The duration in hours (converted to `duration_seconds`).
     */
    duration_hours?: number;
    allowed_pairs?: BattlePairList;
    /**
     * Alias of `allowed_pairs`.
     */
    pairs?: BattlePairList;
    /**
     * Historical battles' step, as a label or in seconds.
     */
    candle_interval?: CandleIntervalLabel | 60 | 300 | 900 | 3600 | 14400 | 86400;
    /**
     * Eliminate a participant whose equity falls below 10 % of its battle starting balance.
     */
    survival?: boolean;
    battle_mode?: BattleMode;
};

export type BattleBacktestConfigInput = {
    start_time: string;
    /**
     * After `start_time`.
     */
    end_time: string;
    /**
     * The step, as a label or in seconds; default the config's `candle_interval`, else 60.
     */
    candle_interval?: CandleIntervalLabel | 60 | 300 | 900 | 3600 | 14400 | 86400;
    /**
     * Pairs to trade and price; default the config's `allowed_pairs`, else every pair with stored history.
     */
    pairs?: Array<string>;
};

export type BattleCreateRequest = {
    name: string;
    /**
     * The preset whose config is the base (`GET /battles/presets`).
     */
    preset?: 'quick_1h' | 'day_trader' | 'marathon' | 'scalper_duel' | 'survival' | 'historical_day' | 'historical_week' | 'historical_month';
    config?: BattleConfigInput;
    ranking_metric?: BattleRankingMetric;
    /**
     * Default the preset config's, else `live`.
     */
    battle_mode?: BattleMode;
    backtest_config?: BattleBacktestConfigInput;
};

export type BattleUpdateRequest = {
    name?: string;
    config?: BattleConfigInput;
    ranking_metric?: BattleRankingMetric;
    backtest_config?: BattleBacktestConfigInput;
};

export type BattleParticipantRequest = {
    /**
     * One of the account's agents.
     */
    agent_id: string;
};

export type BattleStepBatchRequest = {
    /**
     * Steps to run; fewer when the battle completes first.
     */
    steps?: number;
};

export type BattleOrderRequest = {
    /**
     * The participant the order is for.
     */
    agent_id: string;
    /**
     * One of the battle's pairs (case-insensitive).
     */
    symbol: string;
    side: 'buy' | 'sell';
    order_type?: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    /**
     * Alias of `order_type`.
     */
    type?: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    quantity: DecimalAmount;
    /**
     * The limit price (`limit`); for `stop_loss` / `take_profit` an alias of `trigger_price`.
     */
    price?: DecimalAmount;
    /**
     * The trigger of a `stop_loss` / `take_profit`.
     */
    trigger_price?: DecimalAmount;
};

export type BattleRematchRequest = {
    override_config?: BattleConfigInput;
    /**
     * The participants; default the source's agents.
     */
    agent_ids?: Array<string>;
};

/**
 * The battle's normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).
 */
export type BattleConfig = {
    starting_balance: BattleDecimal;
    wallet_mode: BattleWalletMode;
    duration_type: BattleDurationType;
    /**
     * `fixed`: how long the battle runs; null otherwise (historical: informative).
     */
    duration_seconds: number | null;
    /**
     * The only pairs participants may trade while the live battle runs; null for every pair.
     */
    allowed_pairs: Array<string> | null;
    /**
     * Historical presets' candle interval in seconds.
     */
    candle_interval?: number;
    survival?: boolean;
    battle_mode?: BattleMode;
};

/**
 * The history a historical battle replays.
 */
export type BattleBacktestConfig = {
    start_time: string;
    end_time: string;
    /**
     * Seconds per step (60, 300, 900, 3600, 14400 or 86400).
     */
    candle_interval: number;
    /**
     * Null for every pair with stored history.
     */
    pairs: Array<string> | null;
};

export type BattleParticipant = {
    id: string;
    battle_id: string;
    agent_id: string;
    agent_name: string;
    status: BattleParticipantStatus;
    joined_at: string;
    /**
     * The agent's own wallet valued in USDT when the battle started; null before.
     */
    snapshot_balance: Money | null;
    /**
     * What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.
     */
    starting_balance: Money | null;
    /**
     * Equity when the battle completed; null before.
     */
    final_equity: Money | null;
    /**
     * 1 = winner; null before completion.
     */
    final_rank: number | null;
    /**
     * Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}*`).
     */
    backtest_session_id: string | null;
    /**
     * When a survival battle eliminated the participant.
     */
    blown_up_at: string | null;
};

export type Battle = {
    id: string;
    account_id: string;
    name: string;
    status: BattleStatus;
    battle_mode: BattleMode;
    /**
     * The preset it was created from.
     */
    preset: string | null;
    config: BattleConfig;
    ranking_metric: BattleRankingMetric;
    /**
     * Historical battles; null for live ones.
     */
    backtest_config: BattleBacktestConfig | null;
    participant_count: number;
    /**
     * In join order.
     */
    participants: Array<BattleParticipant>;
    /**
     * Rank 1, once completed.
     */
    winner_agent_id: string | null;
    created_at: string;
    updated_at: string;
    started_at: string | null;
    ended_at: string | null;
    /**
     * When a running fixed-duration live battle stops itself.
     */
    ends_at: string | null;
};

export type BattleList = {
    battles: Array<Battle>;
    /**
     * Battles that match the filter, over all pages.
     */
    total: number;
    limit: number;
    offset: number;
};

export type BattlePreset = {
    key: string;
    name: string;
    description: string;
    duration_type: BattleDurationType;
    duration_seconds: number | null;
    starting_balance: BattleDecimal;
    /**
     * Null for every pair.
     */
    allowed_pairs: Array<string> | null;
    best_for: string;
    wallet_mode: BattleWalletMode;
    battle_mode: BattleMode;
    /**
     * Historical presets' candle interval in seconds.
     */
    candle_interval: number | null;
    survival: boolean;
};

export type BattlePresetList = Array<BattlePreset>;

/**
 * One participant's standing: money as 8-decimal strings; `roi_pct`, `win_rate` and
 * `max_drawdown_pct` with 2 decimals, `sharpe_ratio` and `profit_factor` with 4 (the backtest
 * and battle metric calculator's rounding); a metric the data does not define is null.
 *
 */
export type BattleStandingFields = {
    rank: number;
    agent_id: string;
    agent_name: string;
    /**
     * Same as `agent_name` (the original server's name).
     */
    display_name: string;
    avatar_url: string | null;
    color: string | null;
    status: BattleParticipantStatus;
    /**
     * What the battle measures the participant from.
     */
    starting_balance: Money;
    current_equity: Money;
    /**
     * `current_equity` − `starting_balance`.
     */
    total_pnl: Money;
    /**
     * `total_pnl` / `starting_balance` × 100.
     */
    roi_pct: Pct2;
    /**
     * Of the fills since the battle started.
     */
    realized_pnl: Money;
    unrealized_pnl: Money;
    /**
     * Fills since the battle started (opening buys included).
     */
    trade_count: number;
    /**
     * Same as `trade_count`.
     */
    total_trades: number;
    open_positions: number;
    /**
     * Winning fills ÷ fills with a realized PnL × 100; null without such a fill.
     */
    win_rate: string | null;
    /**
     * Over the participant's equity snapshots; null with fewer than two returns.
     */
    sharpe_ratio: string | null;
    /**
     * Largest fall from a running peak of the equity snapshots, percent.
     */
    max_drawdown_pct: string | null;
    /**
     * Gross profit / gross loss of the fills with a realized PnL; null without a loss.
     */
    profit_factor: string | null;
};

export type BattleStanding = BattleStandingFields;

export type BattleLive = {
    battle_id: string;
    status: BattleStatus;
    battle_mode: BattleMode;
    ranking_metric: BattleRankingMetric;
    /**
     * Historical battles' shared clock; null for live battles.
     */
    virtual_time: string | null;
    elapsed_seconds: number;
    elapsed_minutes: number;
    /**
     * Fixed-duration battles; null otherwise.
     */
    remaining_seconds: number | null;
    remaining_minutes: number | null;
    /**
     * Best first.
     */
    participants: Array<BattleStanding>;
    updated_at: string;
};

/**
 * A participant's final standing.
 */
export type BattleRanking = BattleStandingFields & {
    final_equity: Money;
    /**
     * The agent's own wallet valued in USDT at the start (live battles).
     */
    snapshot_balance: Money | null;
    backtest_session_id: string | null;
};

export type BattleResults = {
    battle_id: string;
    name: string;
    status: 'completed';
    battle_mode: BattleMode;
    ranking_metric: BattleRankingMetric;
    started_at: string | null;
    ended_at: string | null;
    /**
     * Same as `ended_at` (the docs' name).
     */
    completed_at: string | null;
    duration_seconds: number;
    winner_agent_id: string | null;
    winner_agent_name: string | null;
    /**
     * Best first; rank 1 is the winner.
     */
    rankings: Array<BattleRanking>;
    /**
     * The same list as `rankings` (the original server's name).
     */
    participants: Array<BattleRanking>;
};

export type BattleReplaySnapshot = {
    agent_id: string;
    timestamp: string;
    /**
     * Historical battles; null for live ones.
     */
    virtual_time: string | null;
    equity: Money;
    unrealized_pnl: Money;
    realized_pnl: Money;
    trade_count: number;
    open_positions: number;
};

export type BattleReplay = {
    battle_id: string;
    battle_mode: BattleMode;
    /**
     * Oldest first, every participant interleaved.
     */
    snapshots: Array<BattleReplaySnapshot>;
    /**
     * Snapshots over all pages.
     */
    total: number;
    limit: number;
    offset: number;
};

export type BattleStepParticipant = {
    agent_id: string;
    agent_name: string;
    status: BattleParticipantStatus;
    equity: Money;
    /**
     * `equity` − starting balance.
     */
    pnl: Money;
    roi_pct: Pct2;
    trade_count: number;
};

export type BattleStep = {
    battle_id: string;
    status: BattleStatus;
    /**
     * The shared virtual clock after the step.
     */
    virtual_time: string;
    step: number;
    total_steps: number;
    progress_pct: Pct2;
    /**
     * True once the last step ran; the battle is then `completed` and ranked.
     */
    is_complete: boolean;
    remaining_steps: number;
    /**
     * Steps this call ran.
     */
    steps_executed: number;
    /**
     * Close of each battle pair at the virtual time.
     */
    prices: {
        [key: string]: Money;
    };
    participants: Array<BattleStepParticipant>;
};

export type BattleOrder = {
    order_id: string;
    battle_id: string;
    agent_id: string;
    status: 'filled' | 'pending';
    symbol: string;
    side: 'buy' | 'sell';
    type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
    quantity: Money;
    /**
     * The limit or trigger price; null for a market order.
     */
    price: Money | null;
    /**
     * Null while pending.
     */
    executed_price: Money | null;
    executed_qty: Money | null;
    fee: Money | null;
    realized_pnl: Money | null;
    /**
     * When the order was placed, on the battle's clock.
     */
    virtual_time: string;
};

export type BattlePrices = {
    battle_id: string;
    virtual_time: string;
    /**
     * Close of each battle pair's latest candle closed at or before the virtual time.
     */
    prices: {
        [key: string]: Money;
    };
};

/**
 * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
 * with an agent key). An unknown id and another account's agent get the same `404
 * AGENT_NOT_FOUND`.
 *
 */
export type AgentId = string;

/**
 * The agent's id. Another account's agent answers `404` exactly like an unknown id.
 */
export type AgentPathId = string;

/**
 * Most items to return.
 */
export type Limit = number;

/**
 * Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like
 * every integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a
 * `422 VALIDATION_ERROR` naming the field).
 *
 */
export type Offset = number;

/**
 * A pair such as `BTCUSDT` (case-insensitive).
 */
export type Symbol = string;

/**
 * Comma-separated pairs (case-insensitive); an unknown one is a `400 INVALID_SYMBOL`.
 */
export type SymbolsFilter = string;

/**
 * Any unique string per intended order (e.g. a UUID). A retry with the same key and the same
 * body returns the original order instead of placing another; the same key with a different
 * body is a `409 IDEMPOTENCY_CONFLICT`.
 *
 */
export type IdempotencyKey = string;

/**
 * The order's id.
 */
export type OrderId = string;

/**
 * Only orders in this state.
 */
export type OrderStatusFilter = 'pending' | 'filled' | 'cancelled' | 'expired';

/**
 * Only this pair (case-insensitive).
 */
export type SymbolFilter = string;

/**
 * Only this side.
 */
export type SideFilter = 'buy' | 'sell';

/**
 * Most fills to return.
 */
export type HistoryLimit = number;

/**
 * `1d` (today, UTC), `7d`, `30d` (rolling) or `all`.
 */
export type PnlPeriod = '1d' | '7d' | '30d' | 'all';

/**
 * `1d`, `7d`, `30d`, `90d` (the last N × 24 hours) or `all`.
 */
export type MetricsPeriod = '1d' | '7d' | '30d' | '90d' | 'all';

/**
 * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
 */
export type BacktestSessionId = string;

/**
 * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
 */
export type BattleId = string;

/**
 * A participant's agent id. Not one of the account's agents, or not in this battle: `404
 * AGENT_NOT_FOUND` (`details.reason: not_in_battle` for an agent of the account that is not a
 * participant).
 *
 */
export type BattleAgentId = string;

export type GetHealthData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/health';
};

export type GetHealthErrors = {
    /**
     * `SERVICE_UNAVAILABLE`: the database does not answer. `details` holds the health report.
     */
    503: Error;
};

export type GetHealthError = GetHealthErrors[keyof GetHealthErrors];

export type GetHealthResponses = {
    /**
     * The service is up.
     */
    200: Health;
};

export type GetHealthResponse = GetHealthResponses[keyof GetHealthResponses];

export type GetMetricsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/metrics';
};

export type GetMetricsErrors = {
    /**
     * `INVALID_TOKEN`: the server sets `METRICS_TOKEN` and the request did not send it as a Bearer token.
     */
    401: Error;
};

export type GetMetricsError = GetMetricsErrors[keyof GetMetricsErrors];

export type GetMetricsResponses = {
    /**
     * Every metric, in the Prometheus text format.
     */
    200: string;
};

export type GetMetricsResponse = GetMetricsResponses[keyof GetMetricsResponses];

export type RegisterAccountData = {
    body: RegisterRequest;
    path?: never;
    query?: never;
    url: '/api/v1/auth/register';
};

export type RegisterAccountErrors = {
    /**
     * `DUPLICATE_ACCOUNT`: the email address is already registered.
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `SERVICE_UNAVAILABLE`: too many registrations and logins are being hashed right now (their
     * scrypt work is bounded so that it cannot stall other requests; see `AUTH_HASH_CONCURRENCY`
     * and `AUTH_HASH_QUEUE`). Nothing was done; retry after `Retry-After` seconds.
     *
     */
    503: Error;
};

export type RegisterAccountError = RegisterAccountErrors[keyof RegisterAccountErrors];

export type RegisterAccountResponses = {
    /**
     * Account created. Save `api_secret` now; it will not be shown again.
     */
    201: RegisterResponse;
};

export type RegisterAccountResponse = RegisterAccountResponses[keyof RegisterAccountResponses];

export type LoginData = {
    body: LoginRequest;
    path?: never;
    query?: never;
    url: '/api/v1/auth/login';
};

export type LoginErrors = {
    /**
     * `INVALID_API_KEY` when the key is unknown, malformed or belongs to an agent;
     * `INVALID_TOKEN` when the secret does not match.
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `ACCOUNT_NOT_FOUND`: the key resolves to an account that no longer exists.
     */
    404: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `SERVICE_UNAVAILABLE`: too many registrations and logins are being hashed right now (their
     * scrypt work is bounded so that it cannot stall other requests; see `AUTH_HASH_CONCURRENCY`
     * and `AUTH_HASH_QUEUE`). Nothing was done; retry after `Retry-After` seconds.
     *
     */
    503: Error;
};

export type LoginError = LoginErrors[keyof LoginErrors];

export type LoginResponses = {
    /**
     * A JWT valid for one hour.
     */
    200: TokenResponse;
};

export type LoginResponse = LoginResponses[keyof LoginResponses];

export type UserLoginData = {
    body: UserLoginRequest;
    path?: never;
    query?: never;
    url: '/api/v1/auth/user-login';
};

export type UserLoginErrors = {
    /**
     * `INVALID_TOKEN`: email not found or password incorrect.
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `SERVICE_UNAVAILABLE`: too many registrations and logins are being hashed right now (their
     * scrypt work is bounded so that it cannot stall other requests; see `AUTH_HASH_CONCURRENCY`
     * and `AUTH_HASH_QUEUE`). Nothing was done; retry after `Retry-After` seconds.
     *
     */
    503: Error;
};

export type UserLoginError = UserLoginErrors[keyof UserLoginErrors];

export type UserLoginResponses = {
    /**
     * A JWT valid for one hour.
     */
    200: TokenResponse;
};

export type UserLoginResponse = UserLoginResponses[keyof UserLoginResponses];

export type GetAccountInfoData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/account/info';
};

export type GetAccountInfoErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetAccountInfoError = GetAccountInfoErrors[keyof GetAccountInfoErrors];

export type GetAccountInfoResponses = {
    /**
     * The account and the agent in scope.
     */
    200: AccountInfo;
};

export type GetAccountInfoResponse = GetAccountInfoResponses[keyof GetAccountInfoResponses];

export type GetBalanceData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: {
        /**
         * `agent` (default) for the agent in scope, `account` for sums over all active agents.
         */
        scope?: 'agent' | 'account';
    };
    url: '/api/v1/account/balance';
};

export type GetBalanceErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBalanceError = GetBalanceErrors[keyof GetBalanceErrors];

export type GetBalanceResponses = {
    /**
     * The balances.
     */
    200: BalanceSheet;
};

export type GetBalanceResponse = GetBalanceResponses[keyof GetBalanceResponses];

export type UpdateAccountRiskProfileData = {
    body: RiskProfileUpdate;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/account/risk-profile';
};

export type UpdateAccountRiskProfileErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived; or `PERMISSION_DENIED` with
     * `details.reason: agent_archived`: the agent in scope is archived, and an archived agent is
     * read-only (its data can be read, nothing can change it).
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type UpdateAccountRiskProfileError = UpdateAccountRiskProfileErrors[keyof UpdateAccountRiskProfileErrors];

export type UpdateAccountRiskProfileResponses = {
    /**
     * The limits now in force for the scope.
     */
    200: ScopedRiskProfile;
};

export type UpdateAccountRiskProfileResponse = UpdateAccountRiskProfileResponses[keyof UpdateAccountRiskProfileResponses];

export type ListAgentsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only agents in this state.
         */
        status?: 'active' | 'paused' | 'archived';
        /**
         * Include archived agents.
         */
        include_archived?: boolean;
        /**
         * Most items to return.
         */
        limit?: number;
        /**
         * Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like
         * every integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a
         * `422 VALIDATION_ERROR` naming the field).
         *
         */
        offset?: number;
    };
    url: '/api/v1/agents';
};

export type ListAgentsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListAgentsError = ListAgentsErrors[keyof ListAgentsErrors];

export type ListAgentsResponses = {
    /**
     * One page of agents and the number of agents that match.
     */
    200: AgentList;
};

export type ListAgentsResponse = ListAgentsResponses[keyof ListAgentsResponses];

export type CreateAgentData = {
    body: AgentCreateRequest;
    path?: never;
    query?: never;
    url: '/api/v1/agents';
};

export type CreateAgentErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `LIMIT_REACHED` with `details.reason: limit_reached`: the account already holds `MAX_AGENTS_PER_ACCOUNT` agents (archived ones count); delete one to make room.
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CreateAgentError = CreateAgentErrors[keyof CreateAgentErrors];

export type CreateAgentResponses = {
    /**
     * The new agent and its API key.
     */
    201: AgentCreatedResponse;
};

export type CreateAgentResponse = CreateAgentResponses[keyof CreateAgentResponses];

export type GetAgentsOverviewData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/agents/overview';
};

export type GetAgentsOverviewErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetAgentsOverviewError = GetAgentsOverviewErrors[keyof GetAgentsOverviewErrors];

export type GetAgentsOverviewResponses = {
    /**
     * The overview.
     */
    200: AgentOverview;
};

export type GetAgentsOverviewResponse = GetAgentsOverviewResponses[keyof GetAgentsOverviewResponses];

export type DeleteAgentData = {
    body?: never;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}';
};

export type DeleteAgentErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type DeleteAgentError = DeleteAgentErrors[keyof DeleteAgentErrors];

export type DeleteAgentResponses = {
    /**
     * Deleted.
     */
    204: void;
};

export type DeleteAgentResponse = DeleteAgentResponses[keyof DeleteAgentResponses];

export type GetAgentData = {
    body?: never;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}';
};

export type GetAgentErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetAgentError = GetAgentErrors[keyof GetAgentErrors];

export type GetAgentResponses = {
    /**
     * The agent.
     */
    200: Agent;
};

export type GetAgentResponse = GetAgentResponses[keyof GetAgentResponses];

export type UpdateAgentData = {
    body: AgentUpdateRequest;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}';
};

export type UpdateAgentErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT, or with
     * `details.reason: agent_archived` when the agent is archived (read-only);
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type UpdateAgentError = UpdateAgentErrors[keyof UpdateAgentErrors];

export type UpdateAgentResponses = {
    /**
     * The agent.
     */
    200: Agent;
};

export type UpdateAgentResponse = UpdateAgentResponses[keyof UpdateAgentResponses];

export type CloneAgentData = {
    body?: never;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: {
        /**
         * Name of the clone (1–100 characters); default `Copy of <source name>`.
         */
        new_name?: string;
    };
    url: '/api/v1/agents/{agent_id}/clone';
};

export type CloneAgentErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `LIMIT_REACHED` with `details.reason: limit_reached`: the account already holds `MAX_AGENTS_PER_ACCOUNT` agents (archived ones count); delete one to make room.
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CloneAgentError = CloneAgentErrors[keyof CloneAgentErrors];

export type CloneAgentResponses = {
    /**
     * The new agent and its API key.
     */
    201: AgentCreatedResponse;
};

export type CloneAgentResponse = CloneAgentResponses[keyof CloneAgentResponses];

export type ResetAgentData = {
    body?: never;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}/reset';
};

export type ResetAgentErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT, or with
     * `details.reason: agent_archived` when the agent is archived (read-only);
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ResetAgentError = ResetAgentErrors[keyof ResetAgentErrors];

export type ResetAgentResponses = {
    /**
     * The agent after the reset, with both sessions.
     */
    200: AgentReset;
};

export type ResetAgentResponse = ResetAgentResponses[keyof ResetAgentResponses];

export type ArchiveAgentData = {
    body?: never;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}/archive';
};

export type ArchiveAgentErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ArchiveAgentError = ArchiveAgentErrors[keyof ArchiveAgentErrors];

export type ArchiveAgentResponses = {
    /**
     * The agent.
     */
    200: Agent;
};

export type ArchiveAgentResponse = ArchiveAgentResponses[keyof ArchiveAgentResponses];

export type GetAgentApiKeyData = {
    body?: never;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}/api-key';
};

export type GetAgentApiKeyErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetAgentApiKeyError = GetAgentApiKeyErrors[keyof GetAgentApiKeyErrors];

export type GetAgentApiKeyResponses = {
    /**
     * The agent's current API key.
     */
    200: AgentKeyResponse;
};

export type GetAgentApiKeyResponse = GetAgentApiKeyResponses[keyof GetAgentApiKeyResponses];

export type RegenerateAgentKeyData = {
    body?: never;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}/regenerate-key';
};

export type RegenerateAgentKeyErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type RegenerateAgentKeyError = RegenerateAgentKeyErrors[keyof RegenerateAgentKeyErrors];

export type RegenerateAgentKeyResponses = {
    /**
     * The agent's current API key.
     */
    200: AgentKeyResponse;
};

export type RegenerateAgentKeyResponse = RegenerateAgentKeyResponses[keyof RegenerateAgentKeyResponses];

export type GetAgentRiskProfileData = {
    body?: never;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}/risk-profile';
};

export type GetAgentRiskProfileErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetAgentRiskProfileError = GetAgentRiskProfileErrors[keyof GetAgentRiskProfileErrors];

export type GetAgentRiskProfileResponses = {
    /**
     * The limits in force for the agent.
     */
    200: RiskProfile;
};

export type GetAgentRiskProfileResponse = GetAgentRiskProfileResponses[keyof GetAgentRiskProfileResponses];

export type UpdateAgentRiskProfileData = {
    body: RiskProfileUpdate;
    path: {
        /**
         * The agent's id. Another account's agent answers `404` exactly like an unknown id.
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/agents/{agent_id}/risk-profile';
};

export type UpdateAgentRiskProfileErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT, or with
     * `details.reason: agent_archived` when the agent is archived (read-only);
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type UpdateAgentRiskProfileError = UpdateAgentRiskProfileErrors[keyof UpdateAgentRiskProfileErrors];

export type UpdateAgentRiskProfileResponses = {
    /**
     * The limits in force for the agent.
     */
    200: RiskProfile;
};

export type UpdateAgentRiskProfileResponse = UpdateAgentRiskProfileResponses[keyof UpdateAgentRiskProfileResponses];

export type ListPairsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only pairs in this state.
         */
        status?: 'active' | 'inactive';
    };
    url: '/api/v1/market/pairs';
};

export type ListPairsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListPairsError = ListPairsErrors[keyof ListPairsErrors];

export type ListPairsResponses = {
    /**
     * The pairs.
     */
    200: PairList;
};

export type ListPairsResponse = ListPairsResponses[keyof ListPairsResponses];

export type GetPriceData = {
    body?: never;
    path: {
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: never;
    url: '/api/v1/market/price/{symbol}';
};

export type GetPriceErrors = {
    /**
     * `INVALID_SYMBOL`: no such pair.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.
     */
    503: Error;
};

export type GetPriceError = GetPriceErrors[keyof GetPriceErrors];

export type GetPriceResponses = {
    /**
     * The last price and when it traded.
     */
    200: PriceQuote;
};

export type GetPriceResponse = GetPriceResponses[keyof GetPriceResponses];

export type GetPricesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Comma-separated pairs (case-insensitive); an unknown one is a `400 INVALID_SYMBOL`.
         */
        symbols?: string;
    };
    url: '/api/v1/market/prices';
};

export type GetPricesErrors = {
    /**
     * `INVALID_SYMBOL`: no such pair.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetPricesError = GetPricesErrors[keyof GetPricesErrors];

export type GetPricesResponses = {
    /**
     * The prices.
     */
    200: PriceMap;
};

export type GetPricesResponse = GetPricesResponses[keyof GetPricesResponses];

export type GetTickerData = {
    body?: never;
    path: {
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: never;
    url: '/api/v1/market/ticker/{symbol}';
};

export type GetTickerErrors = {
    /**
     * `INVALID_SYMBOL`: no such pair.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.
     */
    503: Error;
};

export type GetTickerError = GetTickerErrors[keyof GetTickerErrors];

export type GetTickerResponses = {
    /**
     * The ticker.
     */
    200: Ticker;
};

export type GetTickerResponse = GetTickerResponses[keyof GetTickerResponses];

export type GetTickersData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Comma-separated pairs (case-insensitive); an unknown one is a `400 INVALID_SYMBOL`.
         */
        symbols?: string;
    };
    url: '/api/v1/market/tickers';
};

export type GetTickersErrors = {
    /**
     * `INVALID_SYMBOL`: no such pair.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetTickersError = GetTickersErrors[keyof GetTickersErrors];

export type GetTickersResponses = {
    /**
     * The tickers of every requested pair that has traded.
     */
    200: TickerMap;
};

export type GetTickersResponse = GetTickersResponses[keyof GetTickersResponses];

export type GetCandlesData = {
    body?: never;
    path: {
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: {
        /**
         * Candle width.
         */
        interval?: '1m' | '5m' | '15m' | '1h' | '4h' | '1d';
        /**
         * Most candles to return.
         */
        limit?: number;
        /**
         * Earliest candle open time (ISO-8601).
         */
        start_time?: string;
        /**
         * Latest candle open time (ISO-8601).
         */
        end_time?: string;
    };
    url: '/api/v1/market/candles/{symbol}';
};

export type GetCandlesErrors = {
    /**
     * `INVALID_SYMBOL`: no such pair.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetCandlesError = GetCandlesErrors[keyof GetCandlesErrors];

export type GetCandlesResponses = {
    /**
     * The candles.
     */
    200: CandleSeries;
};

export type GetCandlesResponse = GetCandlesResponses[keyof GetCandlesResponses];

export type GetRecentTradesData = {
    body?: never;
    path: {
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: {
        /**
         * Most trades to return.
         */
        limit?: number;
    };
    url: '/api/v1/market/trades/{symbol}';
};

export type GetRecentTradesErrors = {
    /**
     * `INVALID_SYMBOL`: no such pair.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetRecentTradesError = GetRecentTradesErrors[keyof GetRecentTradesErrors];

export type GetRecentTradesResponses = {
    /**
     * The trades.
     */
    200: TradeList;
};

export type GetRecentTradesResponse = GetRecentTradesResponses[keyof GetRecentTradesResponses];

export type GetOrderBookData = {
    body?: never;
    path: {
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: {
        /**
         * Levels per side.
         */
        depth?: 5 | 10 | 20 | 50 | 100;
    };
    url: '/api/v1/market/orderbook/{symbol}';
};

export type GetOrderBookErrors = {
    /**
     * `INVALID_SYMBOL`: no such pair.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.
     */
    503: Error;
};

export type GetOrderBookError = GetOrderBookErrors[keyof GetOrderBookErrors];

export type GetOrderBookResponses = {
    /**
     * The book.
     */
    200: OrderBook;
};

export type GetOrderBookResponse = GetOrderBookResponses[keyof GetOrderBookResponses];

export type GetDataRangeData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Smallest run of missing minutes reported as a gap.
         */
        min_gap_minutes?: number;
    };
    url: '/api/v1/market/data-range';
};

export type GetDataRangeErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetDataRangeError = GetDataRangeErrors[keyof GetDataRangeErrors];

export type GetDataRangeResponses = {
    /**
     * The stored range.
     */
    200: DataRange;
};

export type GetDataRangeResponse = GetDataRangeResponses[keyof GetDataRangeResponses];

export type ListIndicatorsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/market/indicators/available';
};

export type ListIndicatorsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListIndicatorsError = ListIndicatorsErrors[keyof ListIndicatorsErrors];

export type ListIndicatorsResponses = {
    /**
     * The names.
     */
    200: IndicatorList;
};

export type ListIndicatorsResponse = ListIndicatorsResponses[keyof ListIndicatorsResponses];

export type GetIndicatorsData = {
    body?: never;
    path: {
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: {
        /**
         * Comma-separated names from `/market/indicators/available` (default: all). An unknown name
         * is a `422 VALIDATION_ERROR` naming it.
         *
         */
        indicators?: string;
        /**
         * How many of the newest 1-minute candles to compute over.
         */
        lookback?: number;
    };
    url: '/api/v1/market/indicators/{symbol}';
};

export type GetIndicatorsErrors = {
    /**
     * `INVALID_SYMBOL`: no such pair.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.
     */
    503: Error;
};

export type GetIndicatorsError = GetIndicatorsErrors[keyof GetIndicatorsErrors];

export type GetIndicatorsResponses = {
    /**
     * The indicator values.
     */
    200: IndicatorValues;
};

export type GetIndicatorsResponse = GetIndicatorsResponses[keyof GetIndicatorsResponses];

export type ComputeDeflatedSharpeData = {
    body: DeflatedSharpeRequest;
    path?: never;
    query?: never;
    url: '/api/v1/metrics/deflated-sharpe';
};

export type ComputeDeflatedSharpeErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ComputeDeflatedSharpeError = ComputeDeflatedSharpeErrors[keyof ComputeDeflatedSharpeErrors];

export type ComputeDeflatedSharpeResponses = {
    /**
     * The deflated Sharpe ratio.
     */
    200: DeflatedSharpe;
};

export type ComputeDeflatedSharpeResponse = ComputeDeflatedSharpeResponses[keyof ComputeDeflatedSharpeResponses];

export type PlaceOrderData = {
    body: OrderRequest;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
        /**
         * Any unique string per intended order (e.g. a UUID). A retry with the same key and the same
         * body returns the original order instead of placing another; the same key with a different
         * body is a `409 IDEMPOTENCY_CONFLICT`.
         *
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/trade/order';
};

export type PlaceOrderErrors = {
    /**
     * The order breaks a rule; nothing was placed or locked. `INVALID_SYMBOL` (unknown or inactive pair), `INVALID_QUANTITY` (below the minimum, above the maximum, off the step size, or below the minimum notional), `INVALID_PRICE` (off the tick size), `INSUFFICIENT_BALANCE`, `POSITION_LIMIT_EXCEEDED`, or `ORDER_REJECTED` with `details.reason` one of `order_too_small`, `order_too_large`, `max_open_orders_exceeded`, `rate_limit_exceeded`, `would_trigger_immediately`, or, for a participant of a running live battle, `pair_not_allowed_in_battle` (the pair is outside the battle's `allowed_pairs`; `details.battle_id`, `symbol`, `allowed_pairs`), `battle_participant_paused` (the agent is paused in the battle) or `battle_participant_eliminated` (the agent was eliminated from a survival battle).
     *
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`; `DAILY_LOSS_LIMIT`: the net realized loss since the later of 00:00 UTC and the start of the agent's current session reached the daily limit, so trading resumes at 00:00 UTC (`details.resets_at`) or after a reset; or `PERMISSION_DENIED` with `details.reason: agent_archived`: the agent in scope is archived and read-only.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `IDEMPOTENCY_CONFLICT`: the `Idempotency-Key` or `client_order_id` was already used for a different order.
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.
     */
    503: Error;
};

export type PlaceOrderError = PlaceOrderErrors[keyof PlaceOrderErrors];

export type PlaceOrderResponses = {
    /**
     * A retry of an earlier request (same `Idempotency-Key` or `client_order_id`); the original order as it is now.
     */
    200: Order;
    /**
     * The order, `filled` at once or `pending`.
     */
    201: Order;
};

export type PlaceOrderResponse = PlaceOrderResponses[keyof PlaceOrderResponses];

export type CancelOrderData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path: {
        /**
         * The order's id.
         */
        order_id: string;
    };
    query?: never;
    url: '/api/v1/trade/order/{order_id}';
};

export type CancelOrderErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived; or `PERMISSION_DENIED` with
     * `details.reason: agent_archived`: the agent in scope is archived, and an archived agent is
     * read-only (its data can be read, nothing can change it).
     *
     */
    403: Error;
    /**
     * `ORDER_NOT_FOUND`: the agent in scope has no such order; or `AGENT_NOT_FOUND` for an unknown `X-Agent-Id`.
     */
    404: Error;
    /**
     * `ORDER_NOT_CANCELLABLE`: the order is already filled, cancelled or expired.
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CancelOrderError = CancelOrderErrors[keyof CancelOrderErrors];

export type CancelOrderResponses = {
    /**
     * The cancelled order and what was released.
     */
    200: CancelledOrder;
};

export type CancelOrderResponse = CancelOrderResponses[keyof CancelOrderResponses];

export type GetOrderData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path: {
        /**
         * The order's id.
         */
        order_id: string;
    };
    query?: never;
    url: '/api/v1/trade/order/{order_id}';
};

export type GetOrderErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `ORDER_NOT_FOUND`: the agent in scope has no such order; or `AGENT_NOT_FOUND` for an unknown `X-Agent-Id`.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetOrderError = GetOrderErrors[keyof GetOrderErrors];

export type GetOrderResponses = {
    /**
     * The order.
     */
    200: Order;
};

export type GetOrderResponse = GetOrderResponses[keyof GetOrderResponses];

export type ListOrdersData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: {
        /**
         * Only orders in this state.
         */
        status?: 'pending' | 'filled' | 'cancelled' | 'expired';
        /**
         * Only this pair (case-insensitive).
         */
        symbol?: string;
        /**
         * Most items to return.
         */
        limit?: number;
        /**
         * Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like
         * every integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a
         * `422 VALIDATION_ERROR` naming the field).
         *
         */
        offset?: number;
    };
    url: '/api/v1/trade/orders';
};

export type ListOrdersErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListOrdersError = ListOrdersErrors[keyof ListOrdersErrors];

export type ListOrdersResponses = {
    /**
     * One page of orders.
     */
    200: OrderList;
};

export type ListOrdersResponse = ListOrdersResponses[keyof ListOrdersResponses];

export type CancelOpenOrdersData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/trade/orders/open';
};

export type CancelOpenOrdersErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived; or `PERMISSION_DENIED` with
     * `details.reason: agent_archived`: the agent in scope is archived, and an archived agent is
     * read-only (its data can be read, nothing can change it).
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CancelOpenOrdersError = CancelOpenOrdersErrors[keyof CancelOpenOrdersErrors];

export type CancelOpenOrdersResponses = {
    /**
     * What was cancelled and released.
     */
    200: CancelledOrders;
};

export type CancelOpenOrdersResponse = CancelOpenOrdersResponses[keyof CancelOpenOrdersResponses];

export type ListOpenOrdersData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: {
        /**
         * Most items to return.
         */
        limit?: number;
        /**
         * Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like
         * every integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a
         * `422 VALIDATION_ERROR` naming the field).
         *
         */
        offset?: number;
    };
    url: '/api/v1/trade/orders/open';
};

export type ListOpenOrdersErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListOpenOrdersError = ListOpenOrdersErrors[keyof ListOpenOrdersErrors];

export type ListOpenOrdersResponses = {
    /**
     * One page of pending orders.
     */
    200: OrderList;
};

export type ListOpenOrdersResponse = ListOpenOrdersResponses[keyof ListOpenOrdersResponses];

export type GetTradeHistoryData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: {
        /**
         * Only this pair (case-insensitive).
         */
        symbol?: string;
        /**
         * Only this side.
         */
        side?: 'buy' | 'sell';
        /**
         * Most fills to return.
         */
        limit?: number;
        /**
         * Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like
         * every integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a
         * `422 VALIDATION_ERROR` naming the field).
         *
         */
        offset?: number;
    };
    url: '/api/v1/trade/history';
};

export type GetTradeHistoryErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetTradeHistoryError = GetTradeHistoryErrors[keyof GetTradeHistoryErrors];

export type GetTradeHistoryResponses = {
    /**
     * One page of fills.
     */
    200: TradeHistory;
};

export type GetTradeHistoryResponse = GetTradeHistoryResponses[keyof GetTradeHistoryResponses];

export type GetPositionsData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/account/positions';
};

export type GetPositionsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetPositionsError = GetPositionsErrors[keyof GetPositionsErrors];

export type GetPositionsResponses = {
    /**
     * The positions.
     */
    200: PositionList;
};

export type GetPositionsResponse = GetPositionsResponses[keyof GetPositionsResponses];

export type GetPortfolioData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/account/portfolio';
};

export type GetPortfolioErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetPortfolioError = GetPortfolioErrors[keyof GetPortfolioErrors];

export type GetPortfolioResponses = {
    /**
     * The portfolio.
     */
    200: Portfolio;
};

export type GetPortfolioResponse = GetPortfolioResponses[keyof GetPortfolioResponses];

export type GetPnlData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: {
        /**
         * `1d` (today, UTC), `7d`, `30d` (rolling) or `all`.
         */
        period?: '1d' | '7d' | '30d' | 'all';
    };
    url: '/api/v1/account/pnl';
};

export type GetPnlErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetPnlError = GetPnlErrors[keyof GetPnlErrors];

export type GetPnlResponses = {
    /**
     * The PnL report.
     */
    200: PnlReport;
};

export type GetPnlResponse = GetPnlResponses[keyof GetPnlResponses];

export type ResetAccountData = {
    body: ResetRequest;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/account/reset';
};

export type ResetAccountErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived; or `PERMISSION_DENIED` with
     * `details.reason: agent_archived`: the agent in scope is archived, and an archived agent is
     * read-only (its data can be read, nothing can change it).
     *
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ResetAccountError = ResetAccountErrors[keyof ResetAccountErrors];

export type ResetAccountResponses = {
    /**
     * The closed and the new session.
     */
    200: ResetResult;
};

export type ResetAccountResponse = ResetAccountResponses[keyof ResetAccountResponses];

export type GetPerformanceData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: {
        /**
         * `1d`, `7d`, `30d`, `90d` (the last N × 24 hours) or `all`.
         */
        period?: '1d' | '7d' | '30d' | '90d' | 'all';
    };
    url: '/api/v1/analytics/performance';
};

export type GetPerformanceErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetPerformanceError = GetPerformanceErrors[keyof GetPerformanceErrors];

export type GetPerformanceResponses = {
    /**
     * The metrics.
     */
    200: Performance;
};

export type GetPerformanceResponse = GetPerformanceResponses[keyof GetPerformanceResponses];

export type GetPortfolioHistoryData = {
    body?: never;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: {
        /**
         * Snapshot interval.
         */
        interval?: '1m' | '1h' | '1d';
        /**
         * Most snapshots to return.
         */
        limit?: number;
    };
    url: '/api/v1/analytics/portfolio/history';
};

export type GetPortfolioHistoryErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetPortfolioHistoryError = GetPortfolioHistoryErrors[keyof GetPortfolioHistoryErrors];

export type GetPortfolioHistoryResponses = {
    /**
     * The snapshots.
     */
    200: PortfolioHistory;
};

export type GetPortfolioHistoryResponse = GetPortfolioHistoryResponses[keyof GetPortfolioHistoryResponses];

export type GetLeaderboardData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * `1d`, `7d`, `30d`, `90d` (the last N × 24 hours) or `all`.
         */
        period?: '1d' | '7d' | '30d' | '90d' | 'all';
        /**
         * Most entries to return.
         */
        limit?: number;
    };
    url: '/api/v1/analytics/leaderboard';
};

export type GetLeaderboardErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetLeaderboardError = GetLeaderboardErrors[keyof GetLeaderboardErrors];

export type GetLeaderboardResponses = {
    /**
     * The ranking.
     */
    200: Leaderboard;
};

export type GetLeaderboardResponse = GetLeaderboardResponses[keyof GetLeaderboardResponses];

export type CreateBacktestData = {
    body: BacktestCreateRequest;
    headers?: {
        /**
         * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
         * with an agent key). An unknown id and another account's agent get the same `404
         * AGENT_NOT_FOUND`.
         *
         */
        'X-Agent-Id'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/backtest/create';
};

export type CreateBacktestErrors = {
    /**
     * `BACKTEST_NO_DATA`: no stored candle of the interval closes inside the range (for a pair asked for, or for any pair when `pairs` is omitted); or `INVALID_SYMBOL`: a pair the server does not know.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `AGENT_NOT_FOUND`: no agent of this account has that id.
     */
    404: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CreateBacktestError = CreateBacktestErrors[keyof CreateBacktestErrors];

export type CreateBacktestResponses = {
    /**
     * The new session.
     */
    201: BacktestCreated;
};

export type CreateBacktestResponse = CreateBacktestResponses[keyof CreateBacktestResponses];

export type ListBacktestsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only sessions with this label.
         */
        strategy_label?: string;
        /**
         * Only sessions in this state.
         */
        status?: BacktestStatus;
        /**
         * Only sessions of this agent.
         */
        agent_id?: string;
        /**
         * Sort key, descending.
         */
        sort_by?: 'created_at' | 'roi_pct' | 'sharpe_ratio' | 'max_drawdown_pct' | 'total_trades' | 'final_equity';
        /**
         * Most sessions to return.
         */
        limit?: number;
        /**
         * Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like
         * every integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a
         * `422 VALIDATION_ERROR` naming the field).
         *
         */
        offset?: number;
    };
    url: '/api/v1/backtest/list';
};

export type ListBacktestsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListBacktestsError = ListBacktestsErrors[keyof ListBacktestsErrors];

export type ListBacktestsResponses = {
    /**
     * The sessions.
     */
    200: BacktestList;
};

export type ListBacktestsResponse = ListBacktestsResponses[keyof ListBacktestsResponses];

export type CompareBacktestsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * 2 to 20 session ids, comma-separated.
         */
        sessions: string;
    };
    url: '/api/v1/backtest/compare';
};

export type CompareBacktestsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CompareBacktestsError = CompareBacktestsErrors[keyof CompareBacktestsErrors];

export type CompareBacktestsResponses = {
    /**
     * The comparison.
     */
    200: BacktestComparison;
};

export type CompareBacktestsResponse = CompareBacktestsResponses[keyof CompareBacktestsResponses];

export type GetBestBacktestData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * What to rank by.
         */
        metric?: 'roi_pct' | 'sharpe_ratio' | 'sortino_ratio' | 'max_drawdown_pct' | 'win_rate' | 'profit_factor' | 'total_trades' | 'total_pnl';
        /**
         * Only sessions with this label.
         */
        strategy_label?: string;
    };
    url: '/api/v1/backtest/best';
};

export type GetBestBacktestErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBestBacktestError = GetBestBacktestErrors[keyof GetBestBacktestErrors];

export type GetBestBacktestResponses = {
    /**
     * The best session.
     */
    200: BacktestBest;
};

export type GetBestBacktestResponse = GetBestBacktestResponses[keyof GetBestBacktestResponses];

export type StartBacktestData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/start';
};

export type StartBacktestErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: "battle_session"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}*`; reads stay open.
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type StartBacktestError = StartBacktestErrors[keyof StartBacktestErrors];

export type StartBacktestResponses = {
    /**
     * The session is running.
     */
    200: BacktestStarted;
};

export type StartBacktestResponse = StartBacktestResponses[keyof StartBacktestResponses];

export type StepBacktestData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/step';
};

export type StepBacktestErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: "battle_session"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}*`; reads stay open.
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type StepBacktestError = StepBacktestErrors[keyof StepBacktestErrors];

export type StepBacktestResponses = {
    /**
     * The session after the step.
     */
    200: BacktestStep;
};

export type StepBacktestResponse = StepBacktestResponses[keyof StepBacktestResponses];

export type StepBacktestBatchData = {
    body: BacktestBatchRequest;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/step/batch';
};

export type StepBacktestBatchErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: "battle_session"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}*`; reads stay open.
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type StepBacktestBatchError = StepBacktestBatchErrors[keyof StepBacktestBatchErrors];

export type StepBacktestBatchResponses = {
    /**
     * The session after the last step run.
     */
    200: BacktestStep;
};

export type StepBacktestBatchResponse = StepBacktestBatchResponses[keyof StepBacktestBatchResponses];

export type StepBacktestBatchFastData = {
    body: BacktestFastBatchRequest;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/step/batch/fast';
};

export type StepBacktestBatchFastErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: "battle_session"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}*`; reads stay open.
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type StepBacktestBatchFastError = StepBacktestBatchFastErrors[keyof StepBacktestBatchFastErrors];

export type StepBacktestBatchFastResponses = {
    /**
     * The session after the last step run.
     */
    200: BacktestStep;
};

export type StepBacktestBatchFastResponse = StepBacktestBatchFastResponses[keyof StepBacktestBatchFastResponses];

export type CancelBacktestData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/cancel';
};

export type CancelBacktestErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: "battle_session"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}*`; reads stay open.
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CancelBacktestError = CancelBacktestErrors[keyof CancelBacktestErrors];

export type CancelBacktestResponses = {
    /**
     * The session is cancelled.
     */
    200: BacktestCancelled;
};

export type CancelBacktestResponse = CancelBacktestResponses[keyof CancelBacktestResponses];

export type GetBacktestStatusData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/status';
};

export type GetBacktestStatusErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestStatusError = GetBacktestStatusErrors[keyof GetBacktestStatusErrors];

export type GetBacktestStatusResponses = {
    /**
     * The session.
     */
    200: BacktestSession;
};

export type GetBacktestStatusResponse = GetBacktestStatusResponses[keyof GetBacktestStatusResponses];

export type PlaceBacktestOrderData = {
    body: BacktestOrderRequest;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/trade/order';
};

export type PlaceBacktestOrderErrors = {
    /**
     * The order breaks a rule; nothing was placed or locked. `INVALID_SYMBOL` (unknown or inactive pair), `INVALID_QUANTITY` (below the minimum, above the maximum, off the step size, or below the minimum notional), `INVALID_PRICE` (off the tick size), `INSUFFICIENT_BALANCE`, `POSITION_LIMIT_EXCEEDED`, or `ORDER_REJECTED` with `details.reason` one of `order_too_small`, `order_too_large`, `max_open_orders_exceeded`, `rate_limit_exceeded`, `would_trigger_immediately`.
     *
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`; `DAILY_LOSS_LIMIT`: the net realized loss since the later of 00:00 UTC and the start of the agent's current session reached the daily limit, so trading resumes at 00:00 UTC (`details.resets_at`) or after a reset; or `PERMISSION_DENIED` with `details.reason: agent_archived`: the agent in scope is archived and read-only.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: "battle_session"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}*`; reads stay open.
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type PlaceBacktestOrderError = PlaceBacktestOrderErrors[keyof PlaceBacktestOrderErrors];

export type PlaceBacktestOrderResponses = {
    /**
     * The order, `filled` at once or `pending`.
     */
    201: BacktestPlacedOrder;
};

export type PlaceBacktestOrderResponse = PlaceBacktestOrderResponses[keyof PlaceBacktestOrderResponses];

export type ListBacktestOrdersData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/trade/orders';
};

export type ListBacktestOrdersErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListBacktestOrdersError = ListBacktestOrdersErrors[keyof ListBacktestOrdersErrors];

export type ListBacktestOrdersResponses = {
    /**
     * The orders.
     */
    200: BacktestOrderList;
};

export type ListBacktestOrdersResponse = ListBacktestOrdersResponses[keyof ListBacktestOrdersResponses];

export type ListBacktestOpenOrdersData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/trade/orders/open';
};

export type ListBacktestOpenOrdersErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListBacktestOpenOrdersError = ListBacktestOpenOrdersErrors[keyof ListBacktestOpenOrdersErrors];

export type ListBacktestOpenOrdersResponses = {
    /**
     * The pending orders.
     */
    200: BacktestOrderList;
};

export type ListBacktestOpenOrdersResponse = ListBacktestOpenOrdersResponses[keyof ListBacktestOpenOrdersResponses];

export type CancelBacktestOrderData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
        /**
         * The order's id.
         */
        order_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/trade/order/{order_id}';
};

export type CancelBacktestOrderErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no such session; or `ORDER_NOT_FOUND`: the session has no such order.
     */
    404: Error;
    /**
     * `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: "battle_session"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}*`; reads stay open.
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CancelBacktestOrderError = CancelBacktestOrderErrors[keyof CancelBacktestOrderErrors];

export type CancelBacktestOrderResponses = {
    /**
     * Whether the order was cancelled.
     */
    200: BacktestOrderCancel;
};

export type CancelBacktestOrderResponse = CancelBacktestOrderResponses[keyof CancelBacktestOrderResponses];

export type GetBacktestTradeHistoryData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/trade/history';
};

export type GetBacktestTradeHistoryErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestTradeHistoryError = GetBacktestTradeHistoryErrors[keyof GetBacktestTradeHistoryErrors];

export type GetBacktestTradeHistoryResponses = {
    /**
     * The fills.
     */
    200: BacktestTradeHistory;
};

export type GetBacktestTradeHistoryResponse = GetBacktestTradeHistoryResponses[keyof GetBacktestTradeHistoryResponses];

export type GetBacktestPriceData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/market/price/{symbol}';
};

export type GetBacktestPriceErrors = {
    /**
     * `INVALID_SYMBOL`: the symbol is not one of the session's pairs (the sandbox knows only those);
     * `details.session_pairs` lists them.
     *
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `PRICE_NOT_AVAILABLE`: the session pair has no candle closed by the virtual time (the price
     * and indicators: none yet, `reason: no_closed_candle` / `no_candles`; the ticker: none in the
     * 24 hours before it, `reason: no_candles_24h`). Step on: the answer changes once one closes.
     *
     */
    503: Error;
};

export type GetBacktestPriceError = GetBacktestPriceErrors[keyof GetBacktestPriceErrors];

export type GetBacktestPriceResponses = {
    /**
     * The price.
     */
    200: BacktestPrice;
};

export type GetBacktestPriceResponse = GetBacktestPriceResponses[keyof GetBacktestPriceResponses];

export type GetBacktestPricesData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/market/prices';
};

export type GetBacktestPricesErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestPricesError = GetBacktestPricesErrors[keyof GetBacktestPricesErrors];

export type GetBacktestPricesResponses = {
    /**
     * The prices.
     */
    200: BacktestPrices;
};

export type GetBacktestPricesResponse = GetBacktestPricesResponses[keyof GetBacktestPricesResponses];

export type GetBacktestTickerData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/market/ticker/{symbol}';
};

export type GetBacktestTickerErrors = {
    /**
     * `INVALID_SYMBOL`: the symbol is not one of the session's pairs (the sandbox knows only those);
     * `details.session_pairs` lists them.
     *
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `PRICE_NOT_AVAILABLE`: the session pair has no candle closed by the virtual time (the price
     * and indicators: none yet, `reason: no_closed_candle` / `no_candles`; the ticker: none in the
     * 24 hours before it, `reason: no_candles_24h`). Step on: the answer changes once one closes.
     *
     */
    503: Error;
};

export type GetBacktestTickerError = GetBacktestTickerErrors[keyof GetBacktestTickerErrors];

export type GetBacktestTickerResponses = {
    /**
     * The statistics.
     */
    200: BacktestTicker;
};

export type GetBacktestTickerResponse = GetBacktestTickerResponses[keyof GetBacktestTickerResponses];

export type GetBacktestCandlesData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: {
        /**
         * A label or the same interval in seconds; default the session's interval.
         */
        interval?: '1m' | '5m' | '15m' | '1h' | '4h' | '1d' | '60' | '300' | '900' | '3600' | '14400' | '86400';
        /**
         * Most candles to return.
         */
        limit?: number;
    };
    url: '/api/v1/backtest/{session_id}/market/candles/{symbol}';
};

export type GetBacktestCandlesErrors = {
    /**
     * `INVALID_SYMBOL`: the symbol is not one of the session's pairs (the sandbox knows only those);
     * `details.session_pairs` lists them.
     *
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestCandlesError = GetBacktestCandlesErrors[keyof GetBacktestCandlesErrors];

export type GetBacktestCandlesResponses = {
    /**
     * The candles.
     */
    200: BacktestCandles;
};

export type GetBacktestCandlesResponse = GetBacktestCandlesResponses[keyof GetBacktestCandlesResponses];

export type GetBacktestIndicatorsData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
        /**
         * A pair such as `BTCUSDT` (case-insensitive).
         */
        symbol: string;
    };
    query?: {
        /**
         * Comma-separated names from `/market/indicators/available` (default: all). An unknown name
         * is a `422 VALIDATION_ERROR` naming it.
         *
         */
        indicators?: string;
        /**
         * How many of the newest closed 1-minute candles to compute over.
         */
        lookback?: number;
    };
    url: '/api/v1/backtest/{session_id}/market/indicators/{symbol}';
};

export type GetBacktestIndicatorsErrors = {
    /**
     * `INVALID_SYMBOL`: the symbol is not one of the session's pairs (the sandbox knows only those);
     * `details.session_pairs` lists them.
     *
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
    /**
     * `PRICE_NOT_AVAILABLE`: the session pair has no candle closed by the virtual time (the price
     * and indicators: none yet, `reason: no_closed_candle` / `no_candles`; the ticker: none in the
     * 24 hours before it, `reason: no_candles_24h`). Step on: the answer changes once one closes.
     *
     */
    503: Error;
};

export type GetBacktestIndicatorsError = GetBacktestIndicatorsErrors[keyof GetBacktestIndicatorsErrors];

export type GetBacktestIndicatorsResponses = {
    /**
     * The indicator values.
     */
    200: BacktestIndicatorValues;
};

export type GetBacktestIndicatorsResponse = GetBacktestIndicatorsResponses[keyof GetBacktestIndicatorsResponses];

export type GetBacktestBalanceData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/account/balance';
};

export type GetBacktestBalanceErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestBalanceError = GetBacktestBalanceErrors[keyof GetBacktestBalanceErrors];

export type GetBacktestBalanceResponses = {
    /**
     * The balances.
     */
    200: BacktestBalances;
};

export type GetBacktestBalanceResponse = GetBacktestBalanceResponses[keyof GetBacktestBalanceResponses];

export type GetBacktestPositionsData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/account/positions';
};

export type GetBacktestPositionsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestPositionsError = GetBacktestPositionsErrors[keyof GetBacktestPositionsErrors];

export type GetBacktestPositionsResponses = {
    /**
     * The positions.
     */
    200: BacktestPositions;
};

export type GetBacktestPositionsResponse = GetBacktestPositionsResponses[keyof GetBacktestPositionsResponses];

export type GetBacktestPortfolioData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/account/portfolio';
};

export type GetBacktestPortfolioErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestPortfolioError = GetBacktestPortfolioErrors[keyof GetBacktestPortfolioErrors];

export type GetBacktestPortfolioResponses = {
    /**
     * The portfolio.
     */
    200: BacktestPortfolio;
};

export type GetBacktestPortfolioResponse = GetBacktestPortfolioResponses[keyof GetBacktestPortfolioResponses];

export type GetBacktestResultsData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: never;
    url: '/api/v1/backtest/{session_id}/results';
};

export type GetBacktestResultsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestResultsError = GetBacktestResultsErrors[keyof GetBacktestResultsErrors];

export type GetBacktestResultsResponses = {
    /**
     * The results.
     */
    200: BacktestResults;
};

export type GetBacktestResultsResponse = GetBacktestResultsResponses[keyof GetBacktestResultsResponses];

export type GetBacktestEquityCurveData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: {
        /**
         * Keep every Nth snapshot.
         */
        interval?: number;
    };
    url: '/api/v1/backtest/{session_id}/results/equity-curve';
};

export type GetBacktestEquityCurveErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestEquityCurveError = GetBacktestEquityCurveErrors[keyof GetBacktestEquityCurveErrors];

export type GetBacktestEquityCurveResponses = {
    /**
     * The snapshots.
     */
    200: BacktestEquityCurve;
};

export type GetBacktestEquityCurveResponse = GetBacktestEquityCurveResponses[keyof GetBacktestEquityCurveResponses];

export type GetBacktestTradesData = {
    body?: never;
    path: {
        /**
         * The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.
         */
        session_id: string;
    };
    query?: {
        /**
         * Most fills to return.
         */
        limit?: number;
        /**
         * Fills to skip.
         */
        offset?: number;
    };
    url: '/api/v1/backtest/{session_id}/results/trades';
};

export type GetBacktestTradesErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBacktestTradesError = GetBacktestTradesErrors[keyof GetBacktestTradesErrors];

export type GetBacktestTradesResponses = {
    /**
     * One page of fills.
     */
    200: BacktestTradePage;
};

export type GetBacktestTradesResponse = GetBacktestTradesResponses[keyof GetBacktestTradesResponses];

export type GetAccountModeData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/account/mode';
};

export type GetAccountModeErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetAccountModeError = GetAccountModeErrors[keyof GetAccountModeErrors];

export type GetAccountModeResponses = {
    /**
     * The mode.
     */
    200: AccountMode;
};

export type GetAccountModeResponse = GetAccountModeResponses[keyof GetAccountModeResponses];

export type SetAccountModeData = {
    body: AccountModeUpdate;
    path?: never;
    query?: never;
    url: '/api/v1/account/mode';
};

export type SetAccountModeErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `ACCOUNT_SUSPENDED`: the account is suspended or archived.
     */
    403: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type SetAccountModeError = SetAccountModeErrors[keyof SetAccountModeErrors];

export type SetAccountModeResponses = {
    /**
     * The mode now.
     */
    200: AccountMode;
};

export type SetAccountModeResponse = SetAccountModeResponses[keyof SetAccountModeResponses];

export type ListBattlesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only battles in this state.
         */
        status?: BattleStatus;
        /**
         * Most battles to return.
         */
        limit?: number;
        /**
         * Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like
         * every integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a
         * `422 VALIDATION_ERROR` naming the field).
         *
         */
        offset?: number;
    };
    url: '/api/v1/battles';
};

export type ListBattlesErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListBattlesError = ListBattlesErrors[keyof ListBattlesErrors];

export type ListBattlesResponses = {
    /**
     * One page of battles and the number that match.
     */
    200: BattleList;
};

export type ListBattlesResponse = ListBattlesResponses[keyof ListBattlesResponses];

export type CreateBattleData = {
    body: BattleCreateRequest;
    path?: never;
    query?: never;
    url: '/api/v1/battles';
};

export type CreateBattleErrors = {
    /**
     * `INVALID_SYMBOL`: a pair of `allowed_pairs` / `pairs` (or `backtest_config.pairs`) the server does not know.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type CreateBattleError = CreateBattleErrors[keyof CreateBattleErrors];

export type CreateBattleResponses = {
    /**
     * The new battle.
     */
    201: Battle;
};

export type CreateBattleResponse = CreateBattleResponses[keyof CreateBattleResponses];

export type ListBattlePresetsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/battles/presets';
};

export type ListBattlePresetsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ListBattlePresetsError = ListBattlePresetsErrors[keyof ListBattlePresetsErrors];

export type ListBattlePresetsResponses = {
    /**
     * The presets.
     */
    200: BattlePresetList;
};

export type ListBattlePresetsResponse = ListBattlePresetsResponses[keyof ListBattlePresetsResponses];

export type DeleteBattleData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}';
};

export type DeleteBattleErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type DeleteBattleError = DeleteBattleErrors[keyof DeleteBattleErrors];

export type DeleteBattleResponses = {
    /**
     * Done; no body.
     */
    204: void;
};

export type DeleteBattleResponse = DeleteBattleResponses[keyof DeleteBattleResponses];

export type GetBattleData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}';
};

export type GetBattleErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBattleError = GetBattleErrors[keyof GetBattleErrors];

export type GetBattleResponses = {
    /**
     * The battle.
     */
    200: Battle;
};

export type GetBattleResponse = GetBattleResponses[keyof GetBattleResponses];

export type UpdateBattleData = {
    body: BattleUpdateRequest;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}';
};

export type UpdateBattleErrors = {
    /**
     * `INVALID_SYMBOL`: a pair of `allowed_pairs` / `pairs` (or `backtest_config.pairs`) the server does not know.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type UpdateBattleError = UpdateBattleErrors[keyof UpdateBattleErrors];

export type UpdateBattleResponses = {
    /**
     * The battle.
     */
    200: Battle;
};

export type UpdateBattleResponse = UpdateBattleResponses[keyof UpdateBattleResponses];

export type AddBattleParticipantData = {
    body: BattleParticipantRequest;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/participants';
};

export type AddBattleParticipantErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT, or with
     * `details.reason: agent_archived` when the agent is archived (read-only);
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: participants change only while the battle is `draft` or `pending`
     * (`details.current_status`, `required_status`), or the agent is already a participant
     * (`details.reason: already_participant`); `LIMIT_REACHED`: the battle already has 50
     * participants (`details.limit`).
     *
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type AddBattleParticipantError = AddBattleParticipantErrors[keyof AddBattleParticipantErrors];

export type AddBattleParticipantResponses = {
    /**
     * The new participant.
     */
    201: BattleParticipant;
};

export type AddBattleParticipantResponse = AddBattleParticipantResponses[keyof AddBattleParticipantResponses];

export type RemoveBattleParticipantData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
        /**
         * A participant's agent id. Not one of the account's agents, or not in this battle: `404
         * AGENT_NOT_FOUND` (`details.reason: not_in_battle` for an agent of the account that is not a
         * participant).
         *
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/participants/{agent_id}';
};

export type RemoveBattleParticipantErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type RemoveBattleParticipantError = RemoveBattleParticipantErrors[keyof RemoveBattleParticipantErrors];

export type RemoveBattleParticipantResponses = {
    /**
     * Done; no body.
     */
    204: void;
};

export type RemoveBattleParticipantResponse = RemoveBattleParticipantResponses[keyof RemoveBattleParticipantResponses];

export type StartBattleData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/start';
};

export type StartBattleErrors = {
    /**
     * `BACKTEST_NO_DATA`: a historical battle's range holds no stored candle of its interval (for a pair asked for, or for any pair when none is named); nothing changed.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type StartBattleError = StartBattleErrors[keyof StartBattleErrors];

export type StartBattleResponses = {
    /**
     * The battle.
     */
    200: Battle;
};

export type StartBattleResponse = StartBattleResponses[keyof StartBattleResponses];

export type PauseBattleParticipantData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
        /**
         * A participant's agent id. Not one of the account's agents, or not in this battle: `404
         * AGENT_NOT_FOUND` (`details.reason: not_in_battle` for an agent of the account that is not a
         * participant).
         *
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/pause/{agent_id}';
};

export type PauseBattleParticipantErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type PauseBattleParticipantError = PauseBattleParticipantErrors[keyof PauseBattleParticipantErrors];

export type PauseBattleParticipantResponses = {
    /**
     * The participant.
     */
    200: BattleParticipant;
};

export type PauseBattleParticipantResponse = PauseBattleParticipantResponses[keyof PauseBattleParticipantResponses];

export type ResumeBattleParticipantData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
        /**
         * A participant's agent id. Not one of the account's agents, or not in this battle: `404
         * AGENT_NOT_FOUND` (`details.reason: not_in_battle` for an agent of the account that is not a
         * participant).
         *
         */
        agent_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/resume/{agent_id}';
};

export type ResumeBattleParticipantErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type ResumeBattleParticipantError = ResumeBattleParticipantErrors[keyof ResumeBattleParticipantErrors];

export type ResumeBattleParticipantResponses = {
    /**
     * The participant.
     */
    200: BattleParticipant;
};

export type ResumeBattleParticipantResponse = ResumeBattleParticipantResponses[keyof ResumeBattleParticipantResponses];

export type StopBattleData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/stop';
};

export type StopBattleErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type StopBattleError = StopBattleErrors[keyof StopBattleErrors];

export type StopBattleResponses = {
    /**
     * The battle.
     */
    200: Battle;
};

export type StopBattleResponse = StopBattleResponses[keyof StopBattleResponses];

export type GetBattleLiveData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/live';
};

export type GetBattleLiveErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBattleLiveError = GetBattleLiveErrors[keyof GetBattleLiveErrors];

export type GetBattleLiveResponses = {
    /**
     * The standings.
     */
    200: BattleLive;
};

export type GetBattleLiveResponse = GetBattleLiveResponses[keyof GetBattleLiveResponses];

export type GetBattleResultsData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/results';
};

export type GetBattleResultsErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBattleResultsError = GetBattleResultsErrors[keyof GetBattleResultsErrors];

export type GetBattleResultsResponses = {
    /**
     * The final ranking.
     */
    200: BattleResults;
};

export type GetBattleResultsResponse = GetBattleResultsResponses[keyof GetBattleResultsResponses];

export type GetBattleReplayData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: {
        /**
         * Most snapshots to return.
         */
        limit?: number;
        /**
         * Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like
         * every integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a
         * `422 VALIDATION_ERROR` naming the field).
         *
         */
        offset?: number;
    };
    url: '/api/v1/battles/{battle_id}/replay';
};

export type GetBattleReplayErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBattleReplayError = GetBattleReplayErrors[keyof GetBattleReplayErrors];

export type GetBattleReplayResponses = {
    /**
     * One page of snapshots.
     */
    200: BattleReplay;
};

export type GetBattleReplayResponse = GetBattleReplayResponses[keyof GetBattleReplayResponses];

export type RematchBattleData = {
    body?: BattleRematchRequest;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/replay';
};

export type RematchBattleErrors = {
    /**
     * `INVALID_SYMBOL`: a pair of `allowed_pairs` / `pairs` (or `backtest_config.pairs`) the server does not know.
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type RematchBattleError = RematchBattleErrors[keyof RematchBattleErrors];

export type RematchBattleResponses = {
    /**
     * The new battle.
     */
    201: Battle;
};

export type RematchBattleResponse = RematchBattleResponses[keyof RematchBattleResponses];

export type StepBattleData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/step';
};

export type StepBattleErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type StepBattleError = StepBattleErrors[keyof StepBattleErrors];

export type StepBattleResponses = {
    /**
     * The battle after the last step the call ran.
     */
    200: BattleStep;
};

export type StepBattleResponse = StepBattleResponses[keyof StepBattleResponses];

export type StepBattleBatchData = {
    body?: BattleStepBatchRequest;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/step/batch';
};

export type StepBattleBatchErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type StepBattleBatchError = StepBattleBatchErrors[keyof StepBattleBatchErrors];

export type StepBattleBatchResponses = {
    /**
     * The battle after the last step the call ran.
     */
    200: BattleStep;
};

export type StepBattleBatchResponse = StepBattleBatchResponses[keyof StepBattleBatchResponses];

export type PlaceBattleOrderData = {
    body: BattleOrderRequest;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/trade/order';
};

export type PlaceBattleOrderErrors = {
    /**
     * The order breaks a rule and nothing was placed, answered as `POST /trade/order` answers it:
     * `INVALID_SYMBOL` (not one of the battle's pairs), `INVALID_QUANTITY`, `INVALID_PRICE`,
     * `INSUFFICIENT_BALANCE`, `POSITION_LIMIT_EXCEEDED`, or `ORDER_REJECTED` with
     * `details.reason` (the risk chain's, or `battle_participant_paused` /
     * `battle_participant_eliminated`).
     *
     */
    400: Error;
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).
     */
    413: Error;
    /**
     * `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.
     */
    415: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type PlaceBattleOrderError = PlaceBattleOrderErrors[keyof PlaceBattleOrderErrors];

export type PlaceBattleOrderResponses = {
    /**
     * The order, `filled` at once or `pending`.
     */
    200: BattleOrder;
};

export type PlaceBattleOrderResponse = PlaceBattleOrderResponses[keyof PlaceBattleOrderResponses];

export type GetBattlePricesData = {
    body?: never;
    path: {
        /**
         * The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.
         */
        battle_id: string;
    };
    query?: never;
    url: '/api/v1/battles/{battle_id}/market/prices';
};

export type GetBattlePricesErrors = {
    /**
     * Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or
     * archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).
     *
     */
    401: Error;
    /**
     * `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT;
     * `ACCOUNT_SUSPENDED` when the account is suspended or archived.
     *
     */
    403: Error;
    /**
     * `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).
     */
    404: Error;
    /**
     * `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`;
     * `details.required_status` lists the statuses that would), or `details.reason` says what
     * else is wrong: `not_enough_participants` (`participant_count`, at least 2),
     * `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` /
     * `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live`
     * (the battle's mode does not have this operation).
     *
     */
    409: Error;
    /**
     * `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields,
     * unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.
     *
     */
    422: Error;
    /**
     * `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.
     */
    429: Error;
    /**
     * `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.
     */
    500: Error;
};

export type GetBattlePricesError = GetBattlePricesErrors[keyof GetBattlePricesErrors];

export type GetBattlePricesResponses = {
    /**
     * The prices.
     */
    200: BattlePrices;
};

export type GetBattlePricesResponse = GetBattlePricesResponses[keyof GetBattlePricesResponses];
