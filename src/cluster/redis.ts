// The Redis connection of multi-instance mode (REDIS_URL): what the instances of one deployment share
// goes through it. Every cluster feature opens its connection here, so they all fail the same way:
// unreachable at start-up is a start-up error, a connection lost later is retried in the background
// while commands fail fast (each feature decides what a failed command means for it).
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/** The namespace of every key this server writes, so a Redis shared with other software stays tidy. */
export const KEY_PREFIX = 'tradeready:';

export interface RedisOptions {
  /** Replaces KEY_PREFIX (tests use one per run, so runs sharing a Redis cannot see each other's keys). */
  prefix?: string;
  /** Connection lost and restored are logged here, once per outage. */
  logger?: Logger;
  /** How long a command may wait for its reply before it fails (default 1000 ms). */
  commandTimeoutMs?: number;
  /** How long the first connection may take (default 5000 ms). */
  connectTimeoutMs?: number;
}

export interface RedisConnection {
  readonly client: Redis;
  /** The prefixed key of `parts` joined by ':', e.g. key('rate', 'general|ip:1.2.3.4'). */
  key(...parts: string[]): string;
  /** True while commands can be sent: false while the connection is being re-established. */
  readonly ready: boolean;
  /** Closes the connection for good: replies still pending are waited for, new commands fail. */
  close(): Promise<void>;
}

/** The URL without its credentials, for messages. */
export function describeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return 'the configured Redis';
  }
}

/**
 * Connects to the Redis at `url` and resolves once it answers, or rejects with an error naming the
 * server and the cause: a deployment that asked for Redis must not start without it.
 */
export async function openRedis(url: string, options: RedisOptions = {}): Promise<RedisConnection> {
  const prefix = options.prefix ?? KEY_PREFIX;
  const where = describeRedisUrl(url);
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    commandTimeout: options.commandTimeoutMs ?? 1000,
    // While reconnecting, a command waits for at most this many attempts instead of forever.
    maxRetriesPerRequest: 1,
    // Commands sent while disconnected fail at once: a request must not queue behind an outage.
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  });

  let lastError: Error | undefined;
  let connected = false;
  let lost = false;
  let closing = false;
  client.on('error', (err: Error) => {
    lastError = err;
  });
  client.on('ready', () => {
    connected = true;
    lastError = undefined;
    if (!lost) return;
    lost = false;
    options.logger?.info('redis connection restored', { redis: where });
  });
  // 'close' rather than 'error': a server that shuts down cleanly closes the socket without one.
  client.on('close', () => {
    if (!connected || closing) return;
    connected = false;
    lost = true;
    options.logger?.warn('redis connection lost', { redis: where, error: lastError?.message ?? 'connection closed' });
  });

  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    // The rejection only says the connection closed; the 'error' event before it says why.
    const reason = lastError?.message ?? (err instanceof Error ? err.message : String(err));
    throw new Error(`Redis at ${where} is unreachable: ${reason}`, { cause: err });
  }

  return {
    client,
    key: (...parts) => prefix + parts.join(':'),
    get ready() {
      return client.status === 'ready';
    },
    async close() {
      if (closing) return;
      closing = true;
      if (client.status === 'ready') {
        await client.quit().catch(() => client.disconnect());
      } else {
        client.disconnect();
      }
    },
  };
}
