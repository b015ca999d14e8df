// Configuration is read once from the environment, validated, typed and frozen. A bad value stops
// start-up with a message that names the variable.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export interface RateLimits {
  /** `POST /trade/order` and the cancels, per key. */
  orders: number;
  /** `/market/*`, per key (or per IP without a credential). */
  market_data: number;
  /** Every other authenticated operation, per key. */
  general: number;
  /** `POST /auth/register`, per client IP. */
  auth_register: number;
  /** `POST /auth/login` and `POST /auth/user-login` together, per client IP. */
  auth_login: number;
  /** `/backtest/*`, per key: a backtest client steps, trades and reads its sandbox in tight loops. */
  backtest: number;
}

export type MarketSettings =
  | { source: 'simulated'; seed: string; symbols: string[] | undefined; historyDays: number }
  | { source: 'binance'; streamUrl: string; exchangeInfoUrl: string; symbols: string[] | undefined; historyDays: number }
  | { source: 'replay'; dir: string; speed: number; symbols: string[] | undefined; historyDays: number };

/** Battles (src/battles). */
export interface BattleSettings {
  /** `BATTLE_SNAPSHOT_INTERVAL_MS`: the standings snapshot of every running live battle (default 5 s). */
  snapshotIntervalMs: number;
  /** `BATTLE_SNAPSHOT_RETENTION_DAYS`: snapshots of battles that ended longer ago are deleted (default 90). */
  snapshotRetentionDays: number;
}

/** Webhook delivery (src/webhooks). */
export interface WebhookSettings {
  /** `WEBHOOK_ALLOW_PRIVATE_URLS`: allow http and loopback/private targets (local development only; default false). */
  allowPrivateUrls: boolean;
  /** `WEBHOOK_POLL_INTERVAL_MS`: how often the worker looks for new events and due retries (default 1 s). */
  pollIntervalMs: number;
  /** `WEBHOOK_RETRY_DELAYS_MS`: comma-separated waits before each retry (default 10000,30000,60000: 4 attempts). */
  retryDelaysMs: readonly number[];
  /** `WEBHOOK_TIMEOUT_MS`: per attempt, connection to last response byte (default 10 s). */
  timeoutMs: number;
}

/** The WebSocket gateway at `/ws/v1` (src/ws/gateway.ts). */
export interface WsSettings {
  /** `WS_MAX_CONNECTIONS_PER_IP`: open sockets per client address (IPv6 per /64), checked before auth. */
  maxConnectionsPerIp: number;
  /** `WS_MAX_CONNECTIONS_PER_KEY`: open sockets per credential (API key, or account for a JWT). */
  maxConnectionsPerKey: number;
  /** `WS_MAX_SUBSCRIPTIONS`: distinct channels one connection may hold. */
  maxSubscriptions: number;
  /** `WS_PING_INTERVAL_MS`: how often the server sends `{"type":"ping"}`. */
  pingIntervalMs: number;
  /** `WS_PONG_TIMEOUT_MS`: how long after a ping a pong may take before the socket is closed 4408. */
  pongTimeoutMs: number;
  /** `WS_SEND_BUFFER_BYTES`: unsent bytes past which ticker, trade and live-candle updates are dropped. */
  sendBufferBytes: number;
  /** `WS_SLOW_CLOSE_MS`: how long the buffer may stay past the limit before the socket is closed 4429. */
  slowCloseMs: number;
  /** `WS_PORTFOLIO_INTERVAL_MS`: the periodic portfolio push to agents holding positions. */
  portfolioIntervalMs: number;
  /**
   * `WS_REVALIDATE_INTERVAL_MS`: how often open sockets are checked against credential changes
   * (a key regenerated, an agent deleted or archived, an account suspended); only when accounts,
   * agents or keys were written since the last check. A socket whose credential no longer holds
   * is closed with 4401.
   */
  revalidateIntervalMs: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  /** `:memory:` or a file path for SQLite, or a `postgres://` URL for PostgreSQL. */
  readonly databasePath: string;
  /** PostgreSQL only: the schema to work in (DATABASE_SCHEMA); absent: the server's default search_path. */
  readonly databaseSchema: string | undefined;
  /** REDIS_URL: set, the server runs in multi-instance mode, sharing what instances must share through Redis. */
  readonly redisUrl: string | undefined;
  /** REDIS_KEY_PREFIX: the prefix of every Redis key and channel of this deployment (default `tradeready:`). */
  readonly redisKeyPrefix: string;
  /** CLUSTER_LEASE_MS: how long a dead instance's leader and partition leases outlive it (default 3000). */
  readonly clusterLeaseMs: number;
  /** INSTANCE_ID: this process's name in a cluster (leases, logs); default host, pid and a random suffix. */
  readonly instanceId: string;
  /** HS256 secret; when absent one is generated once and kept in the database. */
  readonly jwtSecret: string | undefined;
  /** HMAC key for API-key lookups; when absent one is generated once and kept in the database. */
  readonly keyHashSecret: string | undefined;
  /** 32-byte AES-256-GCM key for the retrievable copy of agent keys; generated and kept when absent. */
  readonly keyEncryptionKey: Buffer | undefined;
  readonly bodyLimitBytes: number;
  readonly trustProxy: boolean;
  /** With `trustProxy`: how many proxies append to X-Forwarded-For; the client is that many entries from the right. */
  readonly trustProxyHops: number;
  readonly rateLimits: Readonly<RateLimits>;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** scrypt cost (log2 N) for passwords; API secrets use a cheaper cost since they are random. */
  readonly passwordHashLogN: number;
  readonly secretHashLogN: number;
  /** scrypt jobs (registrations, logins) running at once; keep it below libuv's pool size (4). */
  readonly authHashConcurrency: number;
  /** scrypt jobs waiting for a slot; past it register and logins answer 503 with Retry-After. */
  readonly authHashQueue: number;
  readonly market: Readonly<MarketSettings>;
  /** `CANDLE_1M_RETENTION_DAYS`: days of 1-minute candles kept; the 5m–1d candles are kept for good. */
  readonly candle1mRetentionDays: number;
  /** `CORS_ORIGINS`: `'*'` (default) or the exact browser origins allowed. */
  readonly corsOrigins: '*' | readonly string[];
  /** `METRICS_TOKEN`: when set, `GET /metrics` needs `Authorization: Bearer <token>`. */
  readonly metricsToken: string | undefined;
  /** `MAX_AGENTS_PER_ACCOUNT`: agents an account may hold (archived ones count); past it 409. */
  readonly maxAgentsPerAccount: number;
  readonly ws: Readonly<WsSettings>;
  readonly battles: Readonly<BattleSettings>;
  readonly webhooks: Readonly<WebhookSettings>;
  /** `STRATEGY_TEST_CONCURRENCY`: strategy test runs executed at once (1–16, default 1); the others wait their turn. */
  readonly strategyTestConcurrency: number;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw.trim());
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function intList(env: Env, name: string, fallback: readonly number[], min: number, max: number): readonly number[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return Object.freeze([...fallback]);
  const parts = raw.split(',').map((x) => x.trim());
  if (parts.length > 20 || parts.some((x) => !/^\d+$/.test(x))) {
    throw new ConfigError(name, `must be up to 20 comma-separated whole numbers, got "${raw}"`);
  }
  const values = parts.map(Number);
  if (values.some((v) => v < min || v > max)) throw new ConfigError(name, `values must be between ${min} and ${max}, got "${raw}"`);
  return Object.freeze(values);
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

function secret(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 32) throw new ConfigError(name, 'must be at least 32 characters long');
  return raw;
}

function databasePath(env: Env): string {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return './data/tradeready.db';
  if (raw === ':memory:' || raw === 'sqlite::memory:' || raw === 'file::memory:') return ':memory:';
  if (/^postgres(?:ql)?:\/\/./i.test(raw)) return raw;
  const match = /^(?:sqlite:(?:\/\/)?|file:)?(.+)$/.exec(raw);
  const path = match?.[1];
  if (!path || /^[a-z]+:\/\//i.test(raw.replace(/^sqlite:\/\//, ''))) {
    throw new ConfigError(
      'DATABASE_URL',
      `must be a SQLite file path, "sqlite:<path>", "file:<path>", ":memory:" or a postgres:// URL, got "${raw}"`,
    );
  }
  return path;
}

function databaseSchema(env: Env): string | undefined {
  const raw = env.DATABASE_SCHEMA?.trim();
  if (!raw) return undefined;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(raw))
    throw new ConfigError('DATABASE_SCHEMA', 'must be a lower-case SQL identifier (letters, digits, _)');
  return raw;
}

function redisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return undefined;
  if (!/^rediss?:\/\/./i.test(raw)) throw new ConfigError('REDIS_URL', `must be a redis:// or rediss:// URL, got "${raw}"`);
  return raw;
}

function encryptionKey(env: Env): Buffer | undefined {
  const raw = env.KEY_ENCRYPTION_KEY?.trim();
  if (!raw) return undefined;
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new ConfigError('KEY_ENCRYPTION_KEY', 'must be 32 bytes, as 64 hex characters or base64');
  return key;
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

function corsOrigins(env: Env): '*' | readonly string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw || raw === '*') return '*';
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // An origin is scheme://host[:port] exactly, as browsers send it in the Origin header.
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError('CORS_ORIGINS', `must be * or comma-separated origins such as https://app.example.com; "${origin}" is not one`);
    }
  }
  return Object.freeze(origins);
}

function metricsToken(env: Env): string | undefined {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16 || /\s/.test(raw)) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters, without spaces');
  return raw;
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name]?.trim() || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `must use ${protocols.join(' or ')}, got "${raw}"`);
  return raw;
}

function market(env: Env): MarketSettings {
  const source = env.MARKET_SOURCE?.trim().toLowerCase() || 'simulated';
  const rawSymbols = env.MARKET_SYMBOLS?.trim();
  let symbols: string[] | undefined;
  if (rawSymbols) {
    symbols = rawSymbols.split(',').map((s) => s.trim().toUpperCase());
    const bad = symbols.find((s) => !/^[A-Z0-9]{2,20}$/.test(s));
    if (bad !== undefined)
      throw new ConfigError('MARKET_SYMBOLS', `must be comma-separated pairs such as BTCUSDT,ETHUSDT; "${bad}" is not one`);
  }
  const historyDays = int(env, 'MARKET_HISTORY_DAYS', 7, 0, 90);
  switch (source) {
    case 'simulated':
      return { source, seed: env.MARKET_SEED?.trim() || 'tradeready', symbols, historyDays };
    case 'binance':
      return {
        source,
        streamUrl: url(env, 'BINANCE_STREAM_URL', 'wss://stream.binance.com:9443', ['ws:', 'wss:']),
        exchangeInfoUrl: url(env, 'BINANCE_EXCHANGE_INFO_URL', 'https://api.binance.com/api/v3/exchangeInfo', ['http:', 'https:']),
        symbols,
        historyDays,
      };
    case 'replay': {
      const dir = env.REPLAY_DIR?.trim();
      if (!dir) throw new ConfigError('REPLAY_DIR', 'is required when MARKET_SOURCE=replay (a folder of SYMBOL-1m-*.csv files)');
      return { source, dir, speed: int(env, 'REPLAY_SPEED', 1, 1, 100_000), symbols, historyDays };
    }
    default:
      throw new ConfigError('MARKET_SOURCE', `must be simulated, binance or replay, got "${env.MARKET_SOURCE}"`);
  }
}

export function loadConfig(env: Env = process.env): Config {
  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const host = env.HOST?.trim() || '127.0.0.1';
  return Object.freeze({
    port: int(env, 'PORT', 8000, 0, 65535),
    host,
    databasePath: databasePath(env),
    databaseSchema: databaseSchema(env),
    redisUrl: redisUrl(env),
    redisKeyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'tradeready:',
    clusterLeaseMs: int(env, 'CLUSTER_LEASE_MS', 3000, 300, 60_000),
    instanceId: env.INSTANCE_ID?.trim() || `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    jwtSecret: secret(env, 'JWT_SECRET'),
    keyHashSecret: secret(env, 'KEY_HASH_SECRET'),
    keyEncryptionKey: encryptionKey(env),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 65536, 1024, 50 * 1024 * 1024),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    trustProxyHops: int(env, 'TRUST_PROXY_HOPS', 1, 1, 10),
    rateLimits: Object.freeze({
      orders: int(env, 'RATE_LIMIT_ORDERS', 100, 1, 10_000_000),
      market_data: int(env, 'RATE_LIMIT_MARKET_DATA', 1200, 1, 10_000_000),
      general: int(env, 'RATE_LIMIT_GENERAL', 600, 1, 10_000_000),
      auth_register: int(env, 'RATE_LIMIT_AUTH_REGISTER', 20, 1, 10_000_000),
      auth_login: int(env, 'RATE_LIMIT_AUTH_LOGIN', 60, 1, 10_000_000),
      backtest: int(env, 'RATE_LIMIT_BACKTEST', 6000, 1, 10_000_000),
    }),
    logLevel,
    passwordHashLogN: int(env, 'PASSWORD_HASH_LOG_N', 15, 10, 20),
    secretHashLogN: int(env, 'SECRET_HASH_LOG_N', 12, 10, 20),
    authHashConcurrency: int(env, 'AUTH_HASH_CONCURRENCY', 1, 1, 64),
    authHashQueue: int(env, 'AUTH_HASH_QUEUE', 16, 0, 10_000),
    market: Object.freeze(market(env)),
    candle1mRetentionDays: int(env, 'CANDLE_1M_RETENTION_DAYS', 30, 2, 36_500),
    corsOrigins: corsOrigins(env),
    metricsToken: metricsToken(env),
    maxAgentsPerAccount: int(env, 'MAX_AGENTS_PER_ACCOUNT', 50, 1, 100_000),
    // The timing minimums are low so tests can run heartbeats in milliseconds; nothing here is a
    // production tuning guide.
    battles: Object.freeze({
      snapshotIntervalMs: int(env, 'BATTLE_SNAPSHOT_INTERVAL_MS', 5000, 10, 3_600_000),
      snapshotRetentionDays: int(env, 'BATTLE_SNAPSHOT_RETENTION_DAYS', 90, 1, 36_500),
    }),
    strategyTestConcurrency: int(env, 'STRATEGY_TEST_CONCURRENCY', 1, 1, 16),
    webhooks: Object.freeze({
      allowPrivateUrls: bool(env, 'WEBHOOK_ALLOW_PRIVATE_URLS', false),
      pollIntervalMs: int(env, 'WEBHOOK_POLL_INTERVAL_MS', 1000, 10, 3_600_000),
      retryDelaysMs: intList(env, 'WEBHOOK_RETRY_DELAYS_MS', [10_000, 30_000, 60_000], 10, 86_400_000),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 10, 600_000),
    }),
    ws: Object.freeze({
      maxConnectionsPerIp: int(env, 'WS_MAX_CONNECTIONS_PER_IP', 100, 1, 1_000_000),
      maxConnectionsPerKey: int(env, 'WS_MAX_CONNECTIONS_PER_KEY', 20, 1, 1_000_000),
      maxSubscriptions: int(env, 'WS_MAX_SUBSCRIPTIONS', 10, 1, 1000),
      pingIntervalMs: int(env, 'WS_PING_INTERVAL_MS', 30_000, 10, 3_600_000),
      pongTimeoutMs: int(env, 'WS_PONG_TIMEOUT_MS', 10_000, 10, 3_600_000),
      sendBufferBytes: int(env, 'WS_SEND_BUFFER_BYTES', 1_048_576, 1024, 1024 * 1024 * 1024),
      slowCloseMs: int(env, 'WS_SLOW_CLOSE_MS', 10_000, 10, 3_600_000),
      portfolioIntervalMs: int(env, 'WS_PORTFOLIO_INTERVAL_MS', 5000, 10, 3_600_000),
      revalidateIntervalMs: int(env, 'WS_REVALIDATE_INTERVAL_MS', 5000, 10, 3_600_000),
    }),
  });
}
