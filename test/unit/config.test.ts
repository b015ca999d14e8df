import { describe, it, expect } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

type Env = Record<string, string | undefined>;

/** Runs loadConfig and returns the ConfigError it throws (failing the test if it does not throw one). */
function configError(env: Env): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig(${JSON.stringify(env)}) did not throw`);
}

const HEX_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

describe('loadConfig defaults', () => {
  it('fills every setting from an empty environment', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 8000,
      host: '127.0.0.1',
      databasePath: './data/tradeready.db',
      databaseSchema: undefined,
      redisUrl: undefined,
      redisKeyPrefix: 'tradeready:',
      clusterLeaseMs: 3000,
      instanceId: expect.stringMatching(/^.+-\d+-[0-9a-f]{6}$/),
      jwtSecret: undefined,
      keyHashSecret: undefined,
      keyEncryptionKey: undefined,
      bodyLimitBytes: 65536,
      trustProxy: false,
      trustProxyHops: 1,
      authHashConcurrency: 1,
      authHashQueue: 16,
      maxAgentsPerAccount: 50,
      rateLimits: { orders: 100, market_data: 1200, general: 600, auth_register: 20, auth_login: 60, backtest: 6000 },
      logLevel: 'info',
      passwordHashLogN: 15,
      secretHashLogN: 12,
      market: { source: 'simulated', seed: 'tradeready', symbols: undefined, historyDays: 7 },
      candle1mRetentionDays: 30,
      corsOrigins: '*',
      metricsToken: undefined,
      battles: { snapshotIntervalMs: 5000, snapshotRetentionDays: 90 },
      strategyTestConcurrency: 1,
      webhooks: { allowPrivateUrls: false, pollIntervalMs: 1000, retryDelaysMs: [10_000, 30_000, 60_000], timeoutMs: 10_000 },
      ws: {
        maxConnectionsPerIp: 100,
        maxConnectionsPerKey: 20,
        maxSubscriptions: 10,
        pingIntervalMs: 30_000,
        pongTimeoutMs: 10_000,
        sendBufferBytes: 1_048_576,
        slowCloseMs: 10_000,
        portfolioIntervalMs: 5000,
        revalidateIntervalMs: 5000,
      },
    });
  });

  it('reads the battle snapshot settings and refuses a zero interval', () => {
    const c = loadConfig({ BATTLE_SNAPSHOT_INTERVAL_MS: '1000', BATTLE_SNAPSHOT_RETENTION_DAYS: '7' });
    expect(c.battles).toEqual({ snapshotIntervalMs: 1000, snapshotRetentionDays: 7 });
    expect(() => loadConfig({ BATTLE_SNAPSHOT_INTERVAL_MS: '0' })).toThrow(/BATTLE_SNAPSHOT_INTERVAL_MS/);
  });

  it('reads the webhook settings and refuses a malformed retry list', () => {
    const c = loadConfig({
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      WEBHOOK_POLL_INTERVAL_MS: '50',
      WEBHOOK_RETRY_DELAYS_MS: '100, 200',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    expect(c.webhooks).toEqual({ allowPrivateUrls: true, pollIntervalMs: 50, retryDelaysMs: [100, 200], timeoutMs: 2000 });
    expect(loadConfig({ WEBHOOK_RETRY_DELAYS_MS: '' }).webhooks.retryDelaysMs).toEqual([10_000, 30_000, 60_000]);
    expect(() => loadConfig({ WEBHOOK_RETRY_DELAYS_MS: '10,abc' })).toThrow(/WEBHOOK_RETRY_DELAYS_MS/);
    expect(() => loadConfig({ WEBHOOK_RETRY_DELAYS_MS: '5' })).toThrow(/WEBHOOK_RETRY_DELAYS_MS/);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_URLS: 'maybe' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_URLS/);
  });

  it('reads the retention of 1-minute candles', () => {
    expect(loadConfig({ CANDLE_1M_RETENTION_DAYS: '90' }).candle1mRetentionDays).toBe(90);
  });

  it('reads the market source settings', () => {
    expect(loadConfig({ MARKET_SOURCE: 'Binance', MARKET_SYMBOLS: 'btcusdt, ethusdt' }).market).toEqual({
      source: 'binance',
      streamUrl: 'wss://stream.binance.com:9443',
      exchangeInfoUrl: 'https://api.binance.com/api/v3/exchangeInfo',
      symbols: ['BTCUSDT', 'ETHUSDT'],
      historyDays: 7,
    });
    expect(
      loadConfig({ MARKET_SOURCE: 'replay', REPLAY_DIR: '/data/klines', REPLAY_SPEED: '60', MARKET_HISTORY_DAYS: '0' }).market,
    ).toEqual({
      source: 'replay',
      dir: '/data/klines',
      speed: 60,
      symbols: undefined,
      historyDays: 0,
    });
  });

  it.each([
    [{ MARKET_SOURCE: 'coinbase' }, 'MARKET_SOURCE'],
    [{ MARKET_SOURCE: 'replay' }, 'REPLAY_DIR'],
    [{ MARKET_SYMBOLS: 'BTC-USDT' }, 'MARKET_SYMBOLS'],
    [{ MARKET_HISTORY_DAYS: '365' }, 'MARKET_HISTORY_DAYS'],
    [{ CANDLE_1M_RETENTION_DAYS: '1' }, 'CANDLE_1M_RETENTION_DAYS'],
    [{ CANDLE_1M_RETENTION_DAYS: 'forever' }, 'CANDLE_1M_RETENTION_DAYS'],
    [{ MARKET_SOURCE: 'binance', BINANCE_STREAM_URL: 'http://localhost:9443' }, 'BINANCE_STREAM_URL'],
    [{ MARKET_SOURCE: 'binance', BINANCE_EXCHANGE_INFO_URL: 'not a url' }, 'BINANCE_EXCHANGE_INFO_URL'],
  ])('names the bad market variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(variable));
  });

  it('treats empty or blank values as unset', () => {
    const config = loadConfig({ PORT: '', HOST: '  ', DATABASE_URL: ' ', JWT_SECRET: '', LOG_LEVEL: '', TRUST_PROXY: '' });
    expect(config.port).toBe(8000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databasePath).toBe('./data/tradeready.db');
    expect(config.jwtSecret).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.trustProxy).toBe(false);
  });

  it('returns a frozen object with frozen rate limits', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.rateLimits)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(config.port).toBe(8000);
  });
});

describe('loadConfig reads valid values', () => {
  it('reads numbers, booleans, host and log level', () => {
    const config = loadConfig({
      PORT: ' 9090 ',
      HOST: '0.0.0.0',
      BODY_LIMIT_BYTES: '2048',
      TRUST_PROXY: 'Yes',
      LOG_LEVEL: 'DEBUG',
      RATE_LIMIT_ORDERS: '5',
      RATE_LIMIT_MARKET_DATA: '6',
      RATE_LIMIT_GENERAL: '7',
      RATE_LIMIT_AUTH_REGISTER: '8',
      RATE_LIMIT_AUTH_LOGIN: '9',
      RATE_LIMIT_BACKTEST: '10',
    });
    expect(config.port).toBe(9090);
    expect(config.host).toBe('0.0.0.0');
    expect(config.bodyLimitBytes).toBe(2048);
    expect(config.trustProxy).toBe(true);
    expect(config.logLevel).toBe('debug');
    expect(config.rateLimits).toEqual({ orders: 5, market_data: 6, general: 7, auth_register: 8, auth_login: 9, backtest: 10 });
  });

  it.each([
    ['1', true],
    ['true', true],
    ['on', true],
    ['0', false],
    ['false', false],
    ['OFF', false],
    ['no', false],
  ])('reads TRUST_PROXY=%s as %s', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toBe(expected);
  });

  it('reads the proxy hops and the bounds of credential hashing, naming a bad variable', () => {
    const config = loadConfig({ TRUST_PROXY_HOPS: '2', AUTH_HASH_CONCURRENCY: '3', AUTH_HASH_QUEUE: '0' });
    expect([config.trustProxyHops, config.authHashConcurrency, config.authHashQueue]).toEqual([2, 3, 0]);
    expect(() => loadConfig({ TRUST_PROXY_HOPS: '0' })).toThrow(/TRUST_PROXY_HOPS/);
    expect(() => loadConfig({ AUTH_HASH_CONCURRENCY: '0' })).toThrow(/AUTH_HASH_CONCURRENCY/);
    expect(() => loadConfig({ AUTH_HASH_QUEUE: '-1' })).toThrow(/AUTH_HASH_QUEUE/);
  });

  it('keeps secrets of 32 or more characters', () => {
    const secret = 'x'.repeat(32);
    const config = loadConfig({ JWT_SECRET: secret, KEY_HASH_SECRET: `${secret}y` });
    expect(config.jwtSecret).toBe(secret);
    expect(config.keyHashSecret).toBe(`${secret}y`);
  });

  it('reads KEY_ENCRYPTION_KEY as 64 hex characters or base64 of 32 bytes', () => {
    const fromHex = loadConfig({ KEY_ENCRYPTION_KEY: HEX_KEY }).keyEncryptionKey;
    expect(fromHex?.toString('hex')).toBe(HEX_KEY);
    const base64 = Buffer.from(HEX_KEY, 'hex').toString('base64');
    expect(loadConfig({ KEY_ENCRYPTION_KEY: base64 }).keyEncryptionKey?.toString('hex')).toBe(HEX_KEY);
  });

  it.each([
    [':memory:', ':memory:'],
    ['sqlite::memory:', ':memory:'],
    ['file::memory:', ':memory:'],
    ['sqlite:/tmp/x.db', '/tmp/x.db'],
    ['sqlite:///tmp/x.db', '/tmp/x.db'],
    ['file:/tmp/x.db', '/tmp/x.db'],
    ['/tmp/x.db', '/tmp/x.db'],
    ['./data/other.db', './data/other.db'],
  ])('reads DATABASE_URL=%s as the SQLite path %s', (raw, path) => {
    expect(loadConfig({ DATABASE_URL: raw }).databasePath).toBe(path);
  });

  it('keeps a postgres:// URL whole, with the schema, Redis and cluster settings beside it', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@db:5432/tradeready',
      DATABASE_SCHEMA: 'arena',
      REDIS_URL: 'redis://cache:6379',
      REDIS_KEY_PREFIX: 'arena:',
      CLUSTER_LEASE_MS: '5000',
      INSTANCE_ID: 'node-1',
    });
    expect(config).toMatchObject({
      databasePath: 'postgres://app@db:5432/tradeready',
      databaseSchema: 'arena',
      redisUrl: 'redis://cache:6379',
      redisKeyPrefix: 'arena:',
      clusterLeaseMs: 5000,
      instanceId: 'node-1',
    });
  });
});

describe('loadConfig rejects bad values, naming the variable', () => {
  it.each([
    ['PORT', 'abc', /must be a whole number/],
    ['PORT', '70000', /between 0 and 65535/],
    ['PORT', '-1', /must be a whole number/],
    ['PORT', '80.5', /must be a whole number/],
    ['RATE_LIMIT_GENERAL', '0', /between 1 and/],
    ['RATE_LIMIT_ORDERS', 'many', /must be a whole number/],
    ['BODY_LIMIT_BYTES', '100', /between 1024 and/],
    ['PASSWORD_HASH_LOG_N', '9', /between 10 and 20/],
    ['JWT_SECRET', 'short-secret', /at least 32 characters/],
    ['KEY_HASH_SECRET', 'x'.repeat(31), /at least 32 characters/],
    ['KEY_ENCRYPTION_KEY', 'abcd', /32 bytes/],
    ['KEY_ENCRYPTION_KEY', HEX_KEY.slice(0, 32), /32 bytes/],
    ['KEY_ENCRYPTION_KEY', `${HEX_KEY}00`, /32 bytes/],
    ['LOG_LEVEL', 'loud', /must be one of debug, info, warn, error, silent/],
    ['TRUST_PROXY', 'maybe', /must be true or false/],
    ['DATABASE_URL', 'postgres://', /or a postgres:\/\/ URL/],
    ['DATABASE_SCHEMA', 'Bad-Name', /lower-case SQL identifier/],
    ['REDIS_URL', 'http://localhost:6379', /redis:\/\/ or rediss:\/\//],
    ['CLUSTER_LEASE_MS', '100', /between 300 and/],
    ['DATABASE_URL', 'mysql://user@host/db', /must be a SQLite file path/],
  ])('%s=%s', (variable, value, problem) => {
    const err = configError({ [variable]: value });
    expect(err.name).toBe('ConfigError');
    expect(err.message).toContain(`Invalid configuration: ${variable} `);
    expect(err.message).toMatch(problem);
  });

  it('does not echo a secret value in the error message', () => {
    expect(configError({ JWT_SECRET: 'hunter2-password' }).message).not.toContain('hunter2');
  });
});
