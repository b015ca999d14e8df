// Kysely access to agent_trade_stats: the read-and-write of the fill path (statements run through a
// Tx of the store, see db/store.ts) and the bounded reads of the reports. Rows in, rows out.
import type { Tx } from '../db/store.js';
import { sql, type Kysely } from 'kysely';
import type { Database, TradeStatsRow, TradeStatsScope } from '../db/schema.js';
import { statement } from '../db/statement.js';

type Q = Kysely<Database>;

const STATS_COLUMNS = [
  'agent_id',
  'scope',
  'bucket_ms',
  'session_id',
  'fills',
  'realized_pnl',
  'fees',
  'trades',
  'wins',
  'losses',
  'gross_profit',
  'gross_loss',
  'best_trade',
  'worst_trade',
  'lead_sign',
  'lead_len',
  'trail_sign',
  'trail_len',
  'longest_win',
  'longest_loss',
] as const satisfies ReadonlyArray<keyof TradeStatsRow>;

const KEY_COLUMNS = ['agent_id', 'scope', 'bucket_ms', 'session_id'] as const;

export interface TradeStatsKey {
  agent_id: string;
  scope: TradeStatsScope;
  bucket_ms: number;
  session_id: string;
}

/**
 * The fill path's statements, one per scope, with the scope written as a literal: bound as a
 * parameter, it could make the partial index on `scope = 'all'` usable, and SQLite then prepares
 * the statement again whenever the bound scope changes (measured: about a third of each call).
 */
const SCOPES = ['all', 'session', 'hour'] as const satisfies readonly TradeStatsScope[];

function perScope<T>(make: (scope: TradeStatsScope) => T): Record<TradeStatsScope, T> {
  return Object.fromEntries(SCOPES.map((scope) => [scope, make(scope)])) as Record<TradeStatsScope, T>;
}

const findStatsQuery = perScope((scope) =>
  statement(['agentId', 'bucketMs', 'sessionId'], (db, p) =>
    db
      .selectFrom('agent_trade_stats')
      .selectAll()
      .where('agent_id', '=', p.agentId)
      .where('scope', '=', sql.lit(scope))
      .where('bucket_ms', '=', p.bucketMs)
      .where('session_id', '=', p.sessionId),
  ),
);

/** One row of totals, on the caller's connection. */
export async function findTradeStatsRow(tx: Tx, key: TradeStatsKey): Promise<TradeStatsRow | undefined> {
  return findStatsQuery[key.scope].get(tx, { agentId: key.agent_id, bucketMs: key.bucket_ms, sessionId: key.session_id });
}

const VALUE_COLUMNS = STATS_COLUMNS.filter((c) => c !== 'scope');

const upsertStatsQuery = perScope((scope) =>
  statement(VALUE_COLUMNS, (db, p) =>
    db
      .insertInto('agent_trade_stats')
      .values({ ...(Object.fromEntries(VALUE_COLUMNS.map((c) => [c, p[c]])) as unknown as TradeStatsRow), scope: sql.lit(scope) })
      .onConflict((oc) =>
        oc
          .columns([...KEY_COLUMNS])
          .doUpdateSet((eb) =>
            Object.fromEntries(
              STATS_COLUMNS.filter((c) => !(KEY_COLUMNS as readonly string[]).includes(c)).map((c) => [c, eb.ref(`excluded.${c}`)]),
            ),
          ),
      ),
  ),
);

/** Writes one row of totals whole, on the caller's connection. */
export async function upsertTradeStatsRow(tx: Tx, row: TradeStatsRow): Promise<void> {
  await upsertStatsQuery[row.scope].run(tx, row);
}

/** The agent's all-time totals, or its totals in one session. */
export async function findTradeTotals(db: Q, agentId: string, sessionId?: string): Promise<TradeStatsRow | undefined> {
  return db
    .selectFrom('agent_trade_stats')
    .selectAll()
    .where('agent_id', '=', agentId)
    .where('scope', '=', sessionId === undefined ? 'all' : 'session')
    .where('bucket_ms', '=', 0)
    .where('session_id', '=', sessionId ?? '')
    .executeTakeFirst();
}

/**
 * The agent's hourly totals of hours starting at or after `sinceHourMs` (of one session, if given),
 * oldest first: at most one row per session and hour of the window, whatever the agent's history.
 */
export async function findHourlyTradeStats(db: Q, agentId: string, sinceHourMs: number, sessionId?: string): Promise<TradeStatsRow[]> {
  let q = db
    .selectFrom('agent_trade_stats')
    .selectAll()
    .where('agent_id', '=', agentId)
    .where('scope', '=', 'hour')
    .where('bucket_ms', '>=', sinceHourMs);
  if (sessionId !== undefined) q = q.where('session_id', '=', sessionId);
  // Session ids are time-ordered (UUIDv7), so two sessions within one hour come in their order.
  return q.orderBy('bucket_ms').orderBy('session_id').execute();
}
