import { createHash, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import { isoTime } from '../../clock.js';
import { DomainError } from '../../errors.js';
import type { Handler } from '../types.js';

const VERSION = '0.1.0';

export const getHealth: Handler<'getHealth'> = async (_req, ctx) => {
  const { db, clock, market } = ctx.services;
  const started = performance.now();
  let dbConnected = true;
  try {
    await sql`select 1`.execute(db);
  } catch {
    dbConnected = false;
  }
  const feed = market.health();
  const report = {
    version: VERSION,
    db_connected: dbConnected,
    uptime_seconds: Math.max(0, Math.floor((clock.now() - ctx.startedAt) / 1000)),
    market: {
      source: feed.source,
      ingestion_active: feed.live,
      last_tick_at: feed.lastTickTime === null ? null : isoTime(feed.lastTickTime),
      total_pairs: feed.pairs.total,
      pairs_with_price: feed.pairs.withPrice,
      stale_pairs: feed.stalePairs,
    },
    checks: { db_latency_ms: dbConnected ? Math.round((performance.now() - started) * 1000) / 1000 : -1 },
  };
  if (!dbConnected) {
    throw new DomainError('SERVICE_UNAVAILABLE', 'The database does not answer.', { status: 'unhealthy', ...report });
  }
  const degraded = !feed.live || feed.stalePairs.length > 0;
  return { status: 200, body: { status: degraded ? 'degraded' : 'ok', ...report } };
};

/** The Prometheus exposition of this app's registry; behind a Bearer token when METRICS_TOKEN is set. */
export const getMetrics: Handler<'getMetrics'> = async (req, ctx) => {
  const expected = ctx.services.config.metricsToken;
  if (expected !== undefined && !bearerMatches(req.headers.authorization, expected)) {
    throw new DomainError('INVALID_TOKEN', 'This endpoint needs the metrics token as a Bearer token.');
  }
  const { metrics } = ctx.services;
  return { status: 200, body: await metrics.render(), headers: { 'Content-Type': metrics.contentType } };
};

/** Constant-time comparison of `Authorization: Bearer <token>` with the configured token. */
function bearerMatches(header: string | undefined, expected: string): boolean {
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(header ?? '');
  // Hashing both sides first gives equal lengths, so the comparison time says nothing about the token.
  const sent = createHash('sha256')
    .update(match?.[1] ?? '')
    .digest();
  const wanted = createHash('sha256').update(expected).digest();
  return timingSafeEqual(sent, wanted) && match !== null;
}
