// Storage of strategies and their versions. Writes (and the reads a write decides on: the count
// against the limit, the highest version, the row a deploy replaces) are synchronous queries
// (db/sync-query.ts) run inside WriteBatcher work, so each change commits whole, together with the
// webhook outbox row that announces it; the reads behind the routes are plain Kysely.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database, StrategyRow, StrategyStatus, StrategyVersionRow, StrategyVersionStatus } from '../db/schema.js';
import { syncQuery, columnsOf } from '../db/sync-query.js';

type H = SQLite.Database;
type Q = Kysely<Database>;

const STRATEGY_COLUMNS = [
  'id',
  'account_id',
  'name',
  'description',
  'status',
  'current_version',
  'deployed_version',
  'deployed_agent_id',
  'deployed_at',
  'created_at',
  'updated_at',
] as const satisfies ReadonlyArray<keyof StrategyRow>;

const VERSION_COLUMNS = [
  'id',
  'strategy_id',
  'version',
  'definition',
  'definition_input',
  'change_notes',
  'parent_version',
  'status',
  'created_at',
] as const satisfies ReadonlyArray<keyof StrategyVersionRow>;

// --- writes --------------------------------------------------------------------------------------

const insertStrategyQuery = syncQuery(STRATEGY_COLUMNS, (db, p) =>
  db.insertInto('strategies').values(columnsOf(STRATEGY_COLUMNS, p) as StrategyRow),
);
// Written whole but for the owner and the creation time.
const updateStrategyQuery = syncQuery(STRATEGY_COLUMNS, (db, p) =>
  db
    .updateTable('strategies')
    .set({
      name: p.name,
      description: p.description,
      status: p.status,
      current_version: p.current_version,
      deployed_version: p.deployed_version,
      deployed_agent_id: p.deployed_agent_id,
      deployed_at: p.deployed_at,
      updated_at: p.updated_at,
    })
    .where('id', '=', p.id),
);
const insertVersionQuery = syncQuery(VERSION_COLUMNS, (db, p) =>
  db.insertInto('strategy_versions').values(columnsOf(VERSION_COLUMNS, p) as StrategyVersionRow),
);
const setVersionStatusQuery = syncQuery(['strategyId', 'version', 'status'], (db, p) =>
  db.updateTable('strategy_versions').set({ status: p.status }).where('strategy_id', '=', p.strategyId).where('version', '=', p.version),
);

export function insertStrategy(h: H, row: StrategyRow): void {
  insertStrategyQuery.run(h, row);
}

export function updateStrategy(h: H, row: StrategyRow): void {
  updateStrategyQuery.run(h, row);
}

export function insertVersion(h: H, row: StrategyVersionRow): void {
  insertVersionQuery.run(h, row);
}

export function setVersionStatus(h: H, strategyId: string, version: number, status: StrategyVersionStatus): void {
  setVersionStatusQuery.run(h, { strategyId, version, status });
}

// --- reads inside a write ------------------------------------------------------------------------

const strategySyncQuery = syncQuery(['id'], (db, p) => db.selectFrom('strategies').selectAll().where('id', '=', p.id));
const versionSyncQuery = syncQuery(['strategyId', 'version'], (db, p) =>
  db.selectFrom('strategy_versions').selectAll().where('strategy_id', '=', p.strategyId).where('version', '=', p.version),
);
const maxVersionQuery = syncQuery(['strategyId'], (db, p) =>
  db
    .selectFrom('strategy_versions')
    .select((eb) => eb.fn.max<number>('version').as('max'))
    .where('strategy_id', '=', p.strategyId),
);
const countAccountQuery = syncQuery(['accountId'], (db, p) =>
  db
    .selectFrom('strategies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', p.accountId)
    .where('status', '<>', 'archived'),
);
const agentDeployedQuery = syncQuery(['agentId', 'exceptId'], (db, p) =>
  db
    .selectFrom('strategies')
    .select('id')
    .where('deployed_agent_id', '=', p.agentId)
    .where('status', '=', 'deployed')
    .where('id', '<>', p.exceptId),
);

export function findStrategySync(h: H, id: string): StrategyRow | undefined {
  return strategySyncQuery.get(h, { id });
}

export function findVersionSync(h: H, strategyId: string, version: number): StrategyVersionRow | undefined {
  return versionSyncQuery.get(h, { strategyId, version });
}

export function maxVersionSync(h: H, strategyId: string): number {
  return Number(maxVersionQuery.get(h, { strategyId })?.max ?? 0);
}

/** The account's strategies that count against its limit: archived ones do not (nothing deletes them). */
export function countAccountStrategiesSync(h: H, accountId: string): number {
  return Number(countAccountQuery.get(h, { accountId })?.n ?? 0);
}

/** Another strategy deployed on the agent, if any. */
export function findAgentDeployedSync(h: H, agentId: string, exceptId: string): string | undefined {
  return agentDeployedQuery.get(h, { agentId, exceptId })?.id;
}

// --- reads ---------------------------------------------------------------------------------------

export async function findStrategy(db: Q, id: string): Promise<StrategyRow | undefined> {
  return db.selectFrom('strategies').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The strategy if it belongs to the account; a foreign one reads as missing. */
export async function findOwnedStrategy(db: Q, accountId: string, id: string): Promise<StrategyRow | undefined> {
  return db.selectFrom('strategies').selectAll().where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
}

export async function findStrategiesByIds(db: Q, accountId: string, ids: readonly string[]): Promise<StrategyRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('strategies').selectAll().where('account_id', '=', accountId).where('id', 'in', ids).execute();
}

/** One page of the account's strategies, newest first, and how many match in all. */
export async function findAccountStrategies(
  db: Q,
  accountId: string,
  filter: { status?: StrategyStatus; limit: number; offset: number },
): Promise<{ rows: StrategyRow[]; total: number }> {
  let base = db.selectFrom('strategies').where('account_id', '=', accountId);
  if (filter.status) base = base.where('status', '=', filter.status);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function findVersion(db: Q, strategyId: string, version: number): Promise<StrategyVersionRow | undefined> {
  return db
    .selectFrom('strategy_versions')
    .selectAll()
    .where('strategy_id', '=', strategyId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Every version of the strategy, newest first. */
export async function findVersions(db: Q, strategyId: string): Promise<StrategyVersionRow[]> {
  return db.selectFrom('strategy_versions').selectAll().where('strategy_id', '=', strategyId).orderBy('version', 'desc').execute();
}

/** Every deployed strategy with its live version's row (the live runner's work list). */
export async function findDeployed(db: Q): Promise<Array<{ strategy: StrategyRow; version: StrategyVersionRow }>> {
  const strategies = await db.selectFrom('strategies').selectAll().where('status', '=', 'deployed').execute();
  const out: Array<{ strategy: StrategyRow; version: StrategyVersionRow }> = [];
  for (const strategy of strategies) {
    if (strategy.deployed_version === null) continue;
    const version = await findVersion(db, strategy.id, strategy.deployed_version);
    if (version) out.push({ strategy, version });
  }
  return out;
}
