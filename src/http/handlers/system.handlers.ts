import { sql } from 'kysely';
import { DomainError } from '../../errors.js';
import type { Handler } from '../types.js';

const VERSION = '0.1.0';

export const getHealth: Handler<'getHealth'> = async (_req, ctx) => {
  const { db, clock } = ctx.services;
  const started = performance.now();
  let dbConnected = true;
  try {
    await sql`select 1`.execute(db);
  } catch {
    dbConnected = false;
  }
  const report = {
    version: VERSION,
    db_connected: dbConnected,
    uptime_seconds: Math.max(0, Math.floor((clock.now() - ctx.startedAt) / 1000)),
    checks: { db_latency_ms: dbConnected ? Math.round((performance.now() - started) * 1000) / 1000 : -1 },
  };
  if (!dbConnected) {
    throw new DomainError('SERVICE_UNAVAILABLE', 'The database does not answer.', { status: 'unhealthy', ...report });
  }
  return { status: 200, body: { status: 'ok', ...report } };
};
