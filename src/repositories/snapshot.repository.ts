// Kysely access to portfolio_snapshots, plus the all-agents reads the snapshot job values them from
// (one query each for every agent together, grouped by the caller). Rows in, rows out.
import { sql, type Kysely } from 'kysely';
import type { Database, NewPortfolioSnapshotRow, PortfolioSnapshotRow, SnapshotTier } from '../db/schema.js';

type Q = Kysely<Database>;

/** Rows per INSERT: 11 columns each stays well below SQLite's 32766 bound parameters. */
const SNAPSHOT_CHUNK = 2000;
/** Ids per IN list. */
const ID_CHUNK = 500;

/** Inserts snapshots, leaving a bucket already stored untouched; returns how many were new. */
export async function insertSnapshotsKeepingExisting(db: Q, rows: readonly NewPortfolioSnapshotRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += SNAPSHOT_CHUNK) {
    const result = await db
      .insertInto('portfolio_snapshots')
      .values(rows.slice(i, i + SNAPSHOT_CHUNK))
      .onConflict((oc) => oc.columns(['agent_id', 'tier', 'bucket_ms']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

/** The newest stored bucket of each tier, over all agents. */
export async function findNewestBuckets(db: Q): Promise<Map<SnapshotTier, number>> {
  const rows = await db
    .selectFrom('portfolio_snapshots')
    .select(['tier', (eb) => eb.fn.max('bucket_ms').as('newest')])
    .groupBy('tier')
    .execute();
  return new Map(rows.map((r) => [r.tier, Number(r.newest)]));
}

/** Deletes the tier's snapshots whose bucket starts before `beforeMs`; returns how many went. */
export async function deleteSnapshotsBefore(db: Q, tier: SnapshotTier, beforeMs: number): Promise<number> {
  const result = await db.deleteFrom('portfolio_snapshots').where('tier', '=', tier).where('bucket_ms', '<', beforeMs).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface SnapshotRange {
  /** Only buckets starting at or after this time, Unix ms. */
  since?: number;
  /** Only snapshots valued at or after this time (`taken_ms`), Unix ms: e.g. since a session began. */
  takenSince?: number;
  /** The newest `limit` buckets of the range. */
  limit?: number;
}

/**
 * One agent's snapshots of a tier: the newest `limit` buckets at or after `since`, returned oldest
 * first (all of the range without a limit).
 */
export async function findSnapshots(
  db: Q,
  agentId: string,
  tier: SnapshotTier,
  range: SnapshotRange = {},
): Promise<PortfolioSnapshotRow[]> {
  let q = db.selectFrom('portfolio_snapshots').selectAll().where('agent_id', '=', agentId).where('tier', '=', tier);
  if (range.since !== undefined) q = q.where('bucket_ms', '>=', range.since);
  if (range.takenSince !== undefined) q = q.where('taken_ms', '>=', range.takenSince);
  if (range.limit === undefined) return q.orderBy('bucket_ms', 'asc').execute();
  const newest = await q.orderBy('bucket_ms', 'desc').limit(range.limit).execute();
  return newest.reverse();
}

/** The newest snapshot of the tier for each of the agents that has one (order not defined). */
export async function findLatestSnapshots(db: Q, agentIds: readonly string[], tier: SnapshotTier): Promise<PortfolioSnapshotRow[]> {
  const out: PortfolioSnapshotRow[] = [];
  for (let i = 0; i < agentIds.length; i += ID_CHUNK) {
    const ids = agentIds.slice(i, i + ID_CHUNK);
    const rows = await db
      .selectFrom('portfolio_snapshots as s')
      .innerJoin(
        (eb) =>
          eb
            .selectFrom('portfolio_snapshots')
            .select(['agent_id', (e) => e.fn.max('bucket_ms').as('newest')])
            .where('tier', '=', tier)
            .where('agent_id', 'in', ids)
            .groupBy('agent_id')
            .as('latest'),
        (join) => join.onRef('latest.agent_id', '=', 's.agent_id').onRef('latest.newest', '=', 's.bucket_ms'),
      )
      .selectAll('s')
      .where('s.tier', '=', tier)
      .execute();
    out.push(...rows);
  }
  return out;
}

/** Agents that are snapshotted: not archived, of an active account. */
export async function findSnapshotAgents(db: Q): Promise<Array<{ id: string; created_at: string }>> {
  return db
    .selectFrom('agents')
    .innerJoin('accounts', 'accounts.id', 'agents.account_id')
    .select(['agents.id', 'agents.created_at'])
    .where('agents.status', '!=', 'archived')
    .where('accounts.status', '=', 'active')
    .execute();
}

interface RankableAgent {
  agent_id: string;
  agent_name: string;
  created_at: string;
  account_id: string;
  account_name: string;
  session_id: string;
  session_started_at: string;
  session_starting_balance: string;
}

/** Agents the leaderboard ranks (not archived, of an active account), each with its active session. */
export async function findRankableAgents(db: Q): Promise<RankableAgent[]> {
  return db
    .selectFrom('agents')
    .innerJoin('accounts', 'accounts.id', 'agents.account_id')
    .innerJoin('trading_sessions', (join) =>
      join.onRef('trading_sessions.agent_id', '=', 'agents.id').on('trading_sessions.status', '=', 'active'),
    )
    .select([
      'agents.id as agent_id',
      'agents.display_name as agent_name',
      'agents.created_at as created_at',
      'accounts.id as account_id',
      'accounts.display_name as account_name',
      'trading_sessions.id as session_id',
      'trading_sessions.started_at as session_started_at',
      'trading_sessions.starting_balance as session_starting_balance',
    ])
    .where('agents.status', '!=', 'archived')
    .where('accounts.status', '=', 'active')
    .execute();
}

/** Every agent's balance of one asset. */
export async function findAllBalancesOf(db: Q, asset: string): Promise<Array<{ agent_id: string; available: string; locked: string }>> {
  return db.selectFrom('balances').select(['agent_id', 'available', 'locked']).where('asset', '=', asset).execute();
}

/** Every agent's position rows (closed ones, of quantity zero, included). */
export async function findAllPositions(db: Q): Promise<Array<{ agent_id: string; symbol: string; quantity: string; cost: string }>> {
  return db.selectFrom('positions').select(['agent_id', 'symbol', 'quantity', 'cost']).execute();
}

/** Every agent's all-time realized PnL and fees, from its running trade totals. */
export async function findAllPnlTotals(db: Q): Promise<Array<{ agent_id: string; realized_pnl: string; fees: string }>> {
  // The scope as a literal, so SQLite can use the partial index of all-time rows.
  return db.selectFrom('agent_trade_stats').select(['agent_id', 'realized_pnl', 'fees']).where('scope', '=', sql.lit('all')).execute();
}
