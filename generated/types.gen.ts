// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.

export type ClientOptions = {
    baseUrl: 'http://localhost:8000' | 'https://api.tradeready.io' | (string & {});
};

/**
 * Every error code the API returns. Clients should branch on these, not on messages.
 */
export type ErrorCode = 'VALIDATION_ERROR' | 'INVALID_API_KEY' | 'INVALID_TOKEN' | 'ACCOUNT_SUSPENDED' | 'PERMISSION_DENIED' | 'ACCOUNT_NOT_FOUND' | 'AGENT_NOT_FOUND' | 'DUPLICATE_ACCOUNT' | 'RATE_LIMIT_EXCEEDED' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'INSUFFICIENT_BALANCE' | 'INVALID_SYMBOL' | 'INVALID_QUANTITY' | 'INVALID_ORDER_TYPE' | 'ORDER_REJECTED' | 'POSITION_LIMIT_EXCEEDED' | 'DAILY_LOSS_LIMIT' | 'ORDER_NOT_FOUND' | 'ORDER_NOT_CANCELLABLE' | 'TRADE_NOT_FOUND' | 'PRICE_NOT_AVAILABLE' | 'BATTLE_NOT_FOUND' | 'BATTLE_INVALID_STATE' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_ERROR';

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
 * An exact decimal with 8 decimal places.
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

export type RiskProfile = {
    /**
     * Largest single-coin position as a percentage of equity.
     */
    max_position_size_pct: number;
    /**
     * Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC.
     */
    daily_loss_limit_pct: number;
    /**
     * Most pending orders at once.
     */
    max_open_orders: number;
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
     * `degraded` when a part of the service (such as a price feed) is behind.
     */
    status: 'ok' | 'degraded';
    version: string;
    db_connected: boolean;
    uptime_seconds: number;
    checks: {
        /**
         * Round-trip time of a trivial query; -1 when it failed.
         */
        db_latency_ms: number;
    };
};

/**
 * Selects one of the account's agents when calling with a JWT or an account-level key (ignored
 * with an agent key). An unknown id and another account's agent get the same `404
 * AGENT_NOT_FOUND`.
 *
 */
export type AgentId = string;

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
