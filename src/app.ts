// createApp wires configuration, storage, services and HTTP together. It has no side effects until
// start() is called; only src/main.ts starts it for real.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { PriceSource } from './market/types.js';
import { metaRoutes } from './http/meta-routes.js';
import { cors, requestContext } from './http/middleware.js';
import { SlidingWindowLimiter, type RateLimiter } from './http/rate-limit.js';
import { createApiRouter } from './http/router.js';
import { createLogger, type Logger } from './logger.js';
import { openRedis } from './cluster/redis.js';
import { shareCredentialChanges } from './cluster/principals.js';
import { openCluster } from './cluster/runtime.js';
import { RedisRateLimiter } from './cluster/rate-limit-redis.js';
import { createServiceContext, type ServiceContext } from './services/context.js';
import { wsUpgradeRequired } from './http/ws-upgrade-required.js';
import { mcpEndpoint } from './mcp/http.js';
import { startBattleStream } from './battles/stream.js';
import { startFeeds } from './ws/feeds.js';
import { createStreamGateway, type StreamGateway } from './ws/gateway.js';

export interface AppDeps {
  clock?: Clock;
  logger?: Logger;
  /** A price source to use instead of the configured one. */
  source?: PriceSource;
}

export interface App {
  readonly koa: Koa;
  readonly services: ServiceContext;
  /** The WebSocket gateway at /ws/v1: the StreamHub event sources publish through. */
  readonly streams: StreamGateway;
  /** Starts the market feed (backfilling history on first run), then listens; resolves to the bound URL. */
  start(): Promise<string>;
  /** Stops accepting connections, lets in-flight requests finish, stops the feed, then closes the database. */
  stop(): Promise<void>;
}

export async function createApp(config: Config, deps: AppDeps = {}): Promise<App> {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? createLogger(config.logLevel);
  // Multi-instance mode: rate limits are shared through Redis. First, so that an unreachable Redis
  // fails start-up before anything else is opened.
  const limiterRedis = config.redisUrl ? await openRedis(config.redisUrl, { logger, prefix: config.redisKeyPrefix }) : undefined;
  const cluster = config.redisUrl ? await openCluster(config, logger) : undefined;
  const services = await createServiceContext(config, clock, { source: deps.source, logger, ...(cluster ? { cluster } : {}) });
  const { db } = services;

  // ctx.ip (used in logs) must name the same client as the per-IP rate limits (src/http/client-address.ts).
  const koa = new Koa({ proxy: config.trustProxy, maxIpsCount: config.trustProxyHops });
  koa.silent = true;
  const { metrics } = services;
  metrics.collectProcessMetrics();
  services.writes.onCommit = (size) => metrics.groupCommitted(size);
  services.snapshots.onRound = (report) => metrics.snapshotTaken(report.ms / 1000);
  services.matcher.onMatch((event) => metrics.orderMatched(event.outcome, (event.committedAt - event.tickReceivedAt) / 1000));
  koa.use(requestContext(logger, metrics));
  koa.use(cors({ origins: config.corsOrigins }));
  koa.use(metaRoutes());
  koa.use(wsUpgradeRequired());
  const limiter: RateLimiter = limiterRedis ? new RedisRateLimiter(limiterRedis, clock, logger) : new SlidingWindowLimiter(clock);
  // Set once listening: MCP tool calls are REST requests to this server, over loopback.
  let loopbackUrl: string | undefined;
  koa.use(mcpEndpoint({ services, config, limiter, loopbackUrl: () => loopbackUrl }));
  koa.use(await createApiRouter({ services, limiter, config, startedAt: clock.now() }));

  const streams = createStreamGateway(services, config, logger);

  let server: Server | undefined;
  let expiryTimer: NodeJS.Timeout | undefined;
  const clusterLinks: Array<() => Promise<void>> = [];
  let leadership: Promise<void> = Promise.resolve();
  let jobsRunning = false;
  // The background work a deployment runs once: on a single server always, in a cluster on the
  // leader. Started and stopped as leadership comes and goes, one change at a time.
  const clusterJobs = {
    async start(): Promise<void> {
      if (jobsRunning) return;
      jobsRunning = true;
      try {
        // Running live battles resume their 5 s snapshots (a fixed one past its end stops at once).
        await services.battles.open({ snapshotIntervalMs: config.battles.snapshotIntervalMs });
        // Deployed strategies trade again from the next candle close (live-runner.ts).
        logger.info('live strategies resumed', { deployed: await services.strategies.open() });
        // Queued and running strategy tests carry on from their first unfinished episode.
        logger.info('strategy tests resumed', { runs: await services.strategyTests.open() });
        // Webhook deliveries left pending by the last run go out on the worker's first round.
        services.webhooks.open();
        // In the background: after a long outage, filling the missed buckets can take a while, and
        // the API need not wait for it (ticks queue behind it; stop() waits for it).
        services.snapshots.start().then(
          (first) => logger.info('portfolio snapshots started', { agents: first.agents, filled_in: first.filled }),
          (err: unknown) => logger.error('portfolio snapshots failed to start', { error: String(err) }),
        );
        expiryTimer = setInterval(() => {
          services.matcher.expireStale().catch((err: unknown) => logger.error('order expiry failed', { error: String(err) }));
        }, 60_000);
        expiryTimer.unref();
      } catch (err) {
        logger.error('starting the background jobs failed', { error: String(err) });
      }
    },
    async stop(): Promise<void> {
      if (!jobsRunning) return;
      jobsRunning = false;
      if (expiryTimer) clearInterval(expiryTimer);
      expiryTimer = undefined;
      // Attempts in flight are cut short; their deliveries stay pending for the next start.
      await services.webhooks.close();
      await services.snapshots.stop();
      await services.strategies.close();
      await services.strategyTests.close();
      await services.battles.close();
    },
  };
  let feeds: { stop(): void } | undefined;
  let battleStream: { stop(): void } | undefined;
  return {
    koa,
    services,
    streams,
    async start() {
      if (cluster) {
        await cluster.join();
        // Live streams hear changes made on every instance; credentials changed elsewhere are not served from cache.
        clusterLinks.push(await services.events.bridge(cluster.bus), await shareCredentialChanges(cluster.bus, services.writeWatch));
      }
      // The market hub logs its own start (and any backfill).
      await services.market.start();
      const pending = await services.matcher.start();
      logger.info('order matcher started', { pending_orders: pending });
      // Running backtests continue from their last persisted step; idle ones are cancelled hourly.
      logger.info('backtests resumed', { running: await services.backtests.open() });
      feeds = startFeeds(services, streams, { portfolioIntervalMs: config.ws.portfolioIntervalMs });
      battleStream = startBattleStream(services, streams);
      if (!cluster) await clusterJobs.start();
      else {
        // Once per cluster: the leader runs them, and the next leader takes them over.
        cluster.leases.onChange((change) => {
          if (change.leaderChanged) leadership = leadership.then(() => (change.leader ? clusterJobs.start() : clusterJobs.stop()));
        });
        if (cluster.leases.leader) leadership = leadership.then(() => clusterJobs.start());
        await leadership;
      }
      const handle = koa.callback();
      server = createServer((req, res) => void handle(req, res));
      server.keepAliveTimeout = 5000;
      streams.attach(server);
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(config.port, config.host, () => resolve());
      });
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      // A wildcard address is not one to connect to; its loopback is always among those bound.
      const loopbackHost = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '[::1]' : host;
      loopbackUrl = `http://${loopbackHost}:${port}`;
      logger.info('listening', { url: `http://${host}:${port}` });
      return `http://${host}:${port}`;
    },
    async stop() {
      // First: upgraded sockets would keep server.close() waiting.
      await streams.close();
      feeds?.stop();
      battleStream?.stop();
      feeds = undefined;
      if (server) {
        const s = server;
        server = undefined;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeIdleConnections();
        });
      }
      // Before the market stops: a candle close in flight places its orders or none; a running
      // strategy-test episode stops after its step and is run again next start.
      leadership = leadership.then(() => clusterJobs.stop());
      await leadership;
      await services.market.stop();
      await services.matcher.stop();
      await services.backtests.close();
      await services.writes.idle();
      for (const unlink of clusterLinks.splice(0)) await unlink();
      // Gives the leases back, so the other instances take over at once.
      await cluster?.close();
      await db.destroy();
      await limiterRedis?.close();
    },
  };
}
