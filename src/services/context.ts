// What services need from the outside world, built once at start-up and passed in.
import type { Clock } from '../clock.js';
import { ClusterPriceSource } from '../cluster/price-source.js';
import type { ClusterRuntime } from '../cluster/runtime.js';
import type { Config, MarketSettings } from '../config.js';
import type { Logger } from '../logger.js';
import { MarketData } from '../market/market-data.service.js';
import { createPriceSource } from '../market/price-source.factory.js';
import type { PriceSource } from '../market/types.js';
import { migrateToLatest, openDatabase, type Db } from '../db/connection.js';
import { WriteWatchPlugin } from '../db/write-watch.plugin.js';
import { storeOf, type Store } from '../db/store.js';
import type { PriceLookup } from '../domain/valuation.js';
import { IdGenerator } from '../ids.js';
import { KeyBox, KeyHasher } from '../security/credentials.js';
import { HashQueue } from '../security/hash-queue.js';
import { TokenService } from '../security/jwt.js';
import { DomainEvents } from './events.js';
import { OrderMatcher } from './order-matcher.js';
import { OrderRateTracker } from './order-rate.js';
import { PRINCIPAL_TABLES, PrincipalCache } from './principal-cache.js';
import { SnapshotScheduler } from './snapshot.service.js';
import { Metrics } from '../observability/metrics.js';
import { loadServerSecrets } from '../security/server-secrets.js';
import { BacktestService } from '../backtest/service.js';
import { BattleService } from '../battles/service.js';
import { StrategyTestService } from '../strategies/tests-service.js';
import { StrategyService } from '../strategies/service.js';
import { WebhookService } from '../webhooks/service.js';

export interface ServiceContext {
  db: Db;
  clock: Clock;
  /** Time-ordered UUIDv7 ids for every new row. */
  ids: IdGenerator;
  config: Config;
  hasher: KeyHasher;
  keyBox: KeyBox;
  tokens: TokenService;
  /** The one market-data hub: prices, candles, tickers; started by the app. */
  market: MarketData;
  /** Last prices for valuing holdings (the market's). */
  prices: PriceLookup;
  /** Pending orders and the fills each tick triggers; started by the app after the market. */
  matcher: OrderMatcher;
  /** Recently accepted orders per agent, for the order-rate risk rule. */
  orderRate: OrderRateTracker;
  /** The ledger's storage boundary (group commit on SQLite, short locked transactions on PostgreSQL). */
  writes: Store;
  /** Committed changes (order status, an agent's cash and positions) announced to live consumers. */
  events: DomainEvents;
  /** Portfolio snapshots of every active agent; started by the app after the matcher. */
  snapshots: SnapshotScheduler;
  /** Counts writes to the principal tables; a write that bypasses Kysely must call `noteWrite()`. */
  writeWatch: WriteWatchPlugin;
  /** Resolved credentials (key owners, JWT accounts, scoped agents), current as of the last write. */
  principals: PrincipalCache;
  /** Bounds the scrypt work of registrations and logins (see hash-queue.ts). */
  hashing: HashQueue;
  /** This app's Prometheus registry (GET /metrics); services count what they decide. */
  metrics: Metrics;
  /** Backtest sessions on the live engine (src/backtest); resumed and housekept by the app. */
  backtests: BacktestService;
  /** Battles (src/battles): lifecycle, wallets, the 5 s snapshots; opened and closed by the app. */
  battles: BattleService;
  /** Strategy test runs (src/strategies/tests-service.ts) and their background worker; opened and closed by the app. */
  strategyTests: StrategyTestService;
  /** Strategies (src/strategies): versions, deploys, and the live runner of deployed ones; opened and closed by the app. */
  strategies: StrategyService;
  /** Webhook subscriptions and their delivery worker (src/webhooks); opened and closed by the app. */
  webhooks: WebhookService;
  /** Multi-instance mode (REDIS_URL): this instance's leases and the bus to the others; absent on a single server. */
  cluster?: ClusterRuntime;
  /** For what a service skips and must report once (a row it cannot read); absent: not reported. */
  logger?: Logger;
}

function sourceFor(settings: MarketSettings, clock: Clock, logger: Logger | undefined): PriceSource {
  const symbols = settings.symbols ? { symbols: settings.symbols } : {};
  const deps = { clock, ...(logger ? { logger } : {}) };
  switch (settings.source) {
    case 'simulated':
      return createPriceSource({ kind: 'simulated', seed: settings.seed, ...symbols }, deps);
    case 'binance':
      return createPriceSource(
        { kind: 'binance', streamUrl: settings.streamUrl, exchangeInfoUrl: settings.exchangeInfoUrl, ...symbols },
        deps,
      );
    case 'replay':
      return createPriceSource({ kind: 'replay', dir: settings.dir, speed: settings.speed }, deps);
  }
}

/** In a cluster the leader runs the source and every instance takes its ticks from the bus. */
function inCluster(source: PriceSource, deps: ContextDeps): PriceSource {
  return deps.cluster ? new ClusterPriceSource(source, deps.cluster.bus, deps.cluster.leases, deps.logger) : source;
}

export interface ContextDeps {
  /** A price source to use instead of the configured one (tests drive a manual one). */
  source?: PriceSource;
  logger?: Logger;
  /** Multi-instance mode: the cluster this instance joined (app.ts opens it first). */
  cluster?: ClusterRuntime;
}

/**
 * Opens and migrates the database, loads (or first creates) the server secrets, and wires the rest.
 * The market hub is created but not started: the app starts it (backfill, then the live feed).
 */
export async function createServiceContext(config: Config, clock: Clock, deps: ContextDeps = {}): Promise<ServiceContext> {
  const writeWatch = new WriteWatchPlugin(PRINCIPAL_TABLES);
  const db = openDatabase(config.databasePath, {
    plugins: [writeWatch],
    ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
  });
  await migrateToLatest(db);
  const secrets = await loadServerSecrets(db, config, clock, deps.logger);
  const market = new MarketData({
    db,
    clock,
    source: inCluster(deps.source ?? sourceFor(config.market, clock, deps.logger), deps),
    historyDays: config.market.historyDays,
    minuteRetentionDays: config.candle1mRetentionDays,
    ...(deps.logger ? { logger: deps.logger } : {}),
  });
  const ctx: Omit<ServiceContext, 'matcher' | 'snapshots' | 'backtests' | 'battles' | 'strategies' | 'webhooks' | 'strategyTests'> & {
    matcher?: OrderMatcher;
    snapshots?: SnapshotScheduler;
    backtests?: BacktestService;
    battles?: BattleService;
    strategyTests?: StrategyTestService;
    strategies?: StrategyService;
    webhooks?: WebhookService;
  } = {
    db,
    clock,
    ids: new IdGenerator(clock),
    config,
    hasher: new KeyHasher(secrets.keyHashSecret),
    keyBox: new KeyBox(secrets.keyEncryptionKey),
    tokens: new TokenService(secrets.jwtSecret, clock),
    market,
    prices: { lastPrice: (symbol) => market.lastPrice(symbol)?.price },
    orderRate: new OrderRateTracker(),
    writeWatch,
    principals: new PrincipalCache(() => writeWatch.generation()),
    writes: storeOf(db),
    events: new DomainEvents(clock, deps.logger),
    hashing: new HashQueue({ concurrency: config.authHashConcurrency, maxQueued: config.authHashQueue }),
    metrics: new Metrics({ restingOrders: () => ctx.matcher?.pendingCount ?? 0 }),
    ...(deps.logger ? { logger: deps.logger } : {}),
    ...(deps.cluster ? { cluster: deps.cluster } : {}),
  };
  ctx.matcher = new OrderMatcher(ctx as ServiceContext, deps.logger);
  ctx.snapshots = new SnapshotScheduler(ctx, deps.logger ? { logger: deps.logger } : {});
  ctx.backtests = new BacktestService(ctx as ServiceContext);
  ctx.battles = new BattleService(ctx as ServiceContext);
  ctx.strategyTests = new StrategyTestService(ctx as ServiceContext);
  ctx.strategies = new StrategyService(ctx as ServiceContext);
  ctx.webhooks = new WebhookService(ctx as ServiceContext);
  return ctx as ServiceContext;
}
