// Rate limits shared through Redis (multi-instance mode), against a real Redis named by
// TEST_REDIS_URL: two limiters stand for two server processes. Every key of a run is under a prefix of
// its own, deleted at the end. A TCP relay between a limiter and Redis plays the connection loss.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { RedisRateLimiter } from '../../src/cluster/rate-limit-redis.js';
import { openRedis, type RedisConnection } from '../../src/cluster/redis.js';
import { SlidingWindowLimiter, WINDOW_MS, type RateDecision } from '../../src/http/rate-limit.js';
import type { Logger } from '../../src/logger.js';

const REDIS_URL = process.env.TEST_REDIS_URL;
const PREFIX = `tradeready-test:${randomUUID()}:`;
const T0 = Date.UTC(2026, 0, 1); // a whole second

interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  fields?: Record<string, unknown>;
}

function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (msg: string, fields?: Record<string, unknown>) => lines.push({ level, msg, fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A TCP relay to Redis that can cut every connection (a lost Redis) or stop forwarding (a hung one). */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private stalled = false;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.on('data', (chunk) => {
        if (!this.stalled) upstream.write(chunk);
      });
      upstream.on('data', (chunk) => {
        if (!this.stalled) client.write(chunk);
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Closes the listener and resets every connection through it. */
  async kill(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.resetAndDestroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  stall(): void {
    this.stalled = true;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
}

/** A port nothing listens on (the OS gave it out a moment ago and it was closed again). */
async function deadPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A small deterministic generator, so a failing sequence can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const suite = REDIS_URL ? describe : describe.skip;

suite(REDIS_URL ? 'rate limits shared through Redis' : 'skipped: TEST_REDIS_URL is not set', () => {
  const url = REDIS_URL!;
  let admin: RedisConnection;
  const opened: RedisConnection[] = [];
  const cleanups: Array<() => Promise<void>> = [];

  async function connection(at = url, options: Parameters<typeof openRedis>[1] = {}): Promise<RedisConnection> {
    const c = await openRedis(at, { prefix: PREFIX, ...options });
    opened.push(c);
    return c;
  }

  /** One limiter per "instance", each on a connection of its own, all on one clock. */
  async function instances(n: number, clock = new ManualClock(T0)) {
    const limiters: RedisRateLimiter[] = [];
    for (let i = 0; i < n; i++) limiters.push(new RedisRateLimiter(await connection(), clock));
    return { clock, limiters };
  }

  /** A key no other test of the run uses. */
  const freshKey = () => `general|ip:${randomUUID()}`;

  beforeAll(async () => {
    admin = await openRedis(url, { prefix: PREFIX });
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    for (const c of opened.splice(0)) await c.close();
  });

  afterAll(async () => {
    if (!admin) return;
    const keys = await admin.client.keys(`${PREFIX}*`);
    if (keys.length > 0) await admin.client.del(...keys);
    await admin.close();
  });

  it('fails start-up with a clear error when Redis is unreachable', async () => {
    const port = await deadPort();
    await expect(openRedis(`redis://user:hunter2@127.0.0.1:${port}`)).rejects.toThrow(
      new RegExp(`^Redis at redis://127\\.0\\.0\\.1:${port} is unreachable: .*ECONNREFUSED`),
    );
  });

  it('shares one window between two instances: the 101st request is refused, whichever gets it', async () => {
    const { limiters } = await instances(2);
    const [a, b] = limiters as [RedisRateLimiter, RedisRateLimiter];
    const key = freshKey();
    const random = prng(7);
    const remaining: number[] = [];
    // All in the same millisecond: two instances' members must still not collide.
    for (let i = 0; i < 100; i++) {
      const d = await (random() < 0.5 ? a : b).check(key, 100);
      expect(d.allowed).toBe(true);
      remaining.push(d.remaining);
    }
    expect(remaining).toEqual(Array.from({ length: 100 }, (_, i) => 99 - i));
    expect(await admin.client.zcard(admin.key('rate', key))).toBe(100);
    expect(await a.check(key, 100)).toMatchObject({ allowed: false, remaining: 0 });
    expect(await b.check(key, 100)).toMatchObject({ allowed: false, remaining: 0 });
    // Concurrently from both: exactly the limit goes through.
    const concurrentKey = freshKey();
    const decisions = await Promise.all(Array.from({ length: 150 }, (_, i) => (i % 2 ? a : b).check(concurrentKey, 100)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(100);
  });

  it('answers exactly what the in-memory limiter answers for the same sequence', async () => {
    const clock = new ManualClock(T0 + 250);
    const memory = new SlidingWindowLimiter(clock);
    const { limiters } = await instances(2, clock);
    const keys = [freshKey(), freshKey()];
    const random = prng(2026);
    for (let step = 0; step < 400; step++) {
      // Mostly bursts within a second, sometimes long pauses, so windows fill, refuse and slide; in
      // steps of 250 ms, so requests often land exactly 60 s after an earlier one.
      clock.advance(250 * (random() < 0.8 ? Math.floor(random() * 4) : Math.floor(random() * 100)));
      const k = random() < 0.5 ? 0 : 1;
      const limit = k === 0 ? 5 : 12;
      const expected = memory.check(`${k}`, limit);
      const actual = await limiters[step % 2]!.check(keys[k]!, limit);
      expect(actual, `step ${step}`).toEqual(expected);
    }
  });

  it('does not count refused requests', async () => {
    const { clock, limiters } = await instances(1);
    const [limiter] = limiters as [RedisRateLimiter];
    const key = freshKey();
    await limiter.check(key, 2);
    await limiter.check(key, 2);
    clock.advance(30_000);
    for (let i = 0; i < 10; i++) {
      expect(await limiter.check(key, 2)).toMatchObject({ allowed: false, remaining: 0, resetAt: T0 / 1000 + 60, retryAfter: 30 });
    }
    expect(await admin.client.zcard(admin.key('rate', key))).toBe(2);
    clock.advance(30_000);
    expect(await limiter.check(key, 2)).toMatchObject({ allowed: true, remaining: 1 });
    expect(await limiter.check(key, 2)).toMatchObject({ allowed: true, remaining: 0 });
    expect((await limiter.check(key, 2)).allowed).toBe(false);
  });

  it('slides the window with the clock and keeps each key no longer than the window', async () => {
    const { clock, limiters } = await instances(2);
    const [a, b] = limiters as [RedisRateLimiter, RedisRateLimiter];
    const key = freshKey();
    expect(await a.check(key, 3)).toMatchObject({ allowed: true, remaining: 2, resetAt: T0 / 1000 + 60 });
    clock.advance(20_000);
    expect(await b.check(key, 3)).toMatchObject({ allowed: true, remaining: 1, resetAt: T0 / 1000 + 60 });
    clock.advance(20_000);
    expect(await a.check(key, 3)).toMatchObject({ allowed: true, remaining: 0, resetAt: T0 / 1000 + 60 });
    clock.set(T0 + WINDOW_MS - 1);
    expect(await b.check(key, 3)).toMatchObject({ allowed: false, retryAfter: 1 });
    // At exactly 60 s the first request leaves the window.
    clock.set(T0 + WINDOW_MS);
    expect(await b.check(key, 3)).toMatchObject({ allowed: true, remaining: 0, resetAt: T0 / 1000 + 80 });
    expect(await a.check(key, 3)).toMatchObject({ allowed: false, retryAfter: 20 });
    expect(await admin.client.zcard(admin.key('rate', key))).toBe(3);
    const ttl = await admin.client.pttl(admin.key('rate', key));
    expect(ttl).toBeGreaterThan(WINDOW_MS - 5_000);
    expect(ttl).toBeLessThanOrEqual(WINDOW_MS);
  });

  it("falls back to the instance's own window when Redis goes away, logs it once, and returns", async () => {
    const target = new URL(url);
    const relay = new Relay({ host: target.hostname, port: Number(target.port || 6379) });
    await relay.start();
    cleanups.push(() => relay.kill());
    const clock = new ManualClock(T0);
    const logger = recordingLogger();
    const redis = await connection(relay.url, { logger });
    const limiter = new RedisRateLimiter(redis, clock, logger);
    const key = freshKey();
    for (let i = 0; i < 3; i++) expect((await limiter.check(key, 5)).allowed).toBe(true);

    await relay.kill();
    // Neither thrown nor refused: the instance's window, which holds the 3 it allowed, decides.
    const during: RateDecision[] = [];
    for (let i = 0; i < 4; i++) during.push(await limiter.check(key, 5));
    expect(during.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 1],
      [true, 0],
      [false, 0],
      [false, 0],
    ]);
    expect(during[3]).toMatchObject({ limit: 5, resetAt: T0 / 1000 + 60, retryAfter: 60 });
    expect(limiter.degraded).toBe(true);
    const warnings = logger.lines.filter((l) => l.msg.startsWith('rate limits fall back'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.level).toBe('warn');
    expect(logger.lines.filter((l) => l.msg === 'redis connection lost')).toHaveLength(1);

    // Back on the same port: the client reconnects and the shared window (3 entries) decides again.
    await relay.start();
    const deadline = Date.now() + 10_000;
    while (!redis.ready) {
      if (Date.now() > deadline) throw new Error('the client did not reconnect');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await limiter.check(key, 5)).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.degraded).toBe(false);
    expect(logger.lines.filter((l) => l.msg === 'rate limits shared through redis again')).toHaveLength(1);
    expect(logger.lines.filter((l) => l.msg === 'redis connection restored')).toHaveLength(1);
    expect(await admin.client.zcard(admin.key('rate', key))).toBe(4);
  });

  it('falls back when Redis stops answering, after the command timeout', async () => {
    const target = new URL(url);
    const relay = new Relay({ host: target.hostname, port: Number(target.port || 6379) });
    await relay.start();
    cleanups.push(() => relay.kill());
    const clock = new ManualClock(T0);
    const limiter = new RedisRateLimiter(await connection(relay.url, { commandTimeoutMs: 200 }), clock);
    const key = freshKey();
    expect(await limiter.check(key, 2)).toMatchObject({ allowed: true, remaining: 1 });
    relay.stall();
    const started = Date.now();
    expect(await limiter.check(key, 2)).toMatchObject({ allowed: true, remaining: 0 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(limiter.degraded).toBe(true);
    expect((await limiter.check(key, 2)).allowed).toBe(false);
  });

  describe('through the app (REDIS_URL)', () => {
    const apps: App[] = [];
    afterEach(async () => {
      for (const app of apps.splice(0)) await app.stop();
    });

    it('two app instances count one client against one window, with the same headers', async () => {
      // A client address of its own, so the run's key (under the production prefix) is its alone.
      const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      cleanups.push(async () => {
        await admin.client.del(`tradeready:rate:general|ip:${ip}`);
      });
      // Loaded here, so the limiter tests above do not depend on the whole app compiling.
      const { createApp } = await import('../../src/app.js');
      const { loadConfig } = await import('../../src/config.js');
      const { TEST_ENV } = await import('../support/harness.js');
      const env = { ...TEST_ENV, REDIS_URL: url, RATE_LIMIT_GENERAL: '3', TRUST_PROXY: 'true' };
      const urls: string[] = [];
      for (let i = 0; i < 2; i++) {
        const app = await createApp(loadConfig(env));
        apps.push(app);
        urls.push(await app.start());
      }
      const hit = (i: number) => fetch(`${urls[i % 2]}/api/v1/no-such-route`, { headers: { 'x-forwarded-for': ip } });
      const replies = [];
      for (let i = 0; i < 4; i++) replies.push(await hit(i));
      expect(replies.map((r) => r.status)).toEqual([404, 404, 404, 429]);
      expect(replies.map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
      expect(replies[3]!.headers.get('x-ratelimit-limit')).toBe('3');
      expect(Number(replies[3]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
      expect(await admin.client.zcard(`tradeready:rate:general|ip:${ip}`)).toBe(3);
    }, 120_000); // loading the whole app and starting two of them takes a while on a busy machine
  });
});
