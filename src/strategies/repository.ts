// Storage of strategies and their versions. Writes (and the reads a write decides on: the count
// against the limit, the highest version, the row a deploy replaces) are prepared statements
// (db/statement.ts) run inside a write piece of the store, so each change commits whole, together
// with the webhook outbox row that announces it; the reads behind the routes are plain Kysely.
import type { Kysely } from 'kysely';
import type { Database, StrategyRow, StrategyStatus, StrategyVersionRow, StrategyVersionStatus } from '../db/schema.js';
import { statement, columnsOf } from '../db/statement.js';
import type { Tx } from '../db/store.js';
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

const insertStrategyQuery = statement(STRATEGY_COLUMNS, (db, p) =>
  db.insertInto('strategies').values(columnsOf(STRATEGY_COLUMNS, p) as StrategyRow),
);
// Written whole but for the owner and the creation time.
const updateStrategyQuery = statement(STRATEGY_COLUMNS, (db, p) =>
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
const insertVersionQuery = statement(VERSION_COLUMNS, (db, p) =>
  db.insertInto('strategy_versions').values(columnsOf(VERSION_COLUMNS, p) as StrategyVersionRow),
);
const setVersionStatusQuery = statement(['strategyId', 'version', 'status'], (db, p) =>
  db.updateTable('strategy_versions').set({ status: p.status }).where('strategy_id', '=', p.strategyId).where('version', '=', p.version),
);

export async function insertStrategy(tx: Tx, row: StrategyRow): Promise<void> {
  await insertStrategyQuery.run(tx, row);
}

export async function updateStrategy(tx: Tx, row: StrategyRow): Promise<void> {
  await updateStrategyQuery.run(tx, row);
}

export async function insertVersion(tx: Tx, row: StrategyVersionRow): Promise<void> {
  await insertVersionQuery.run(tx, row);
}

export async function setVersionStatus(tx: Tx, strategyId: string, version: number, status: StrategyVersionStatus): Promise<void> {
  await setVersionStatusQuery.run(tx, { strategyId, version, status });
}

// --- reads inside a write ------------------------------------------------------------------------
//
// A write decides on what these read. SQLite runs one writer at a time; on PostgreSQL the rows a
// decision rests on are locked for the rest of the transaction (FOR NO KEY UPDATE: it still lets
// other transactions insert rows that refer to them), so two pieces deciding on the same strategy,
// agent or account run one after the other, the second seeing what the first committed.

const strategyQuery = statement(['id'], (db, p, dialect) => {
  const query = db.selectFrom('strategies').selectAll().where('id', '=', p.id);
  return dialect === 'postgres' ? query.forNoKeyUpdate() : query;
});
const lockAccountQuery = statement(['id'], (db, p) => db.selectFrom('accounts').select('id').where('id', '=', p.id).forNoKeyUpdate());
const lockAgentQuery = statement(['id'], (db, p) => db.selectFrom('agents').select('id').where('id', '=', p.id).forNoKeyUpdate());
const versionQuery = statement(['strategyId', 'version'], (db, p) =>
  db.selectFrom('strategy_versions').selectAll().where('strategy_id', '=', p.strategyId).where('version', '=', p.version),
);
const maxVersionQuery = statement(['strategyId'], (db, p) =>
  db
    .selectFrom('strategy_versions')
    .select((eb) => eb.fn.max<number>('version').as('max'))
    .where('strategy_id', '=', p.strategyId),
);
const countAccountQuery = statement(['accountId'], (db, p) =>
  db
    .selectFrom('strategies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', p.accountId)
    .where('status', '<>', 'archived'),
);
const agentDeployedQuery = statement(['agentId', 'exceptId'], (db, p) =>
  db
    .selectFrom('strategies')
    .select('id')
    .where('deployed_agent_id', '=', p.agentId)
    .where('status', '=', 'deployed')
    .where('id', '<>', p.exceptId)
    .orderBy('id')
    .limit(1),
);

/** The strategy, locked for the rest of the write on PostgreSQL. */
export async function findStrategySync(tx: Tx, id: string): Promise<StrategyRow | undefined> {
  return strategyQuery.get(tx, { id });
}

/** Locks the account's row for the rest of the write on PostgreSQL (its strategy count is decided on); nothing on SQLite. */
export async function lockAccountSync(tx: Tx, accountId: string): Promise<void> {
  if (tx.dialect === 'postgres') await lockAccountQuery.all(tx, { id: accountId });
}

/** Locks the agent's row for the rest of the write on PostgreSQL (which strategy it runs is decided on); nothing on SQLite. */
export async function lockAgentSync(tx: Tx, agentId: string): Promise<void> {
  if (tx.dialect === 'postgres') await lockAgentQuery.all(tx, { id: agentId });
}

export async function findVersionSync(tx: Tx, strategyId: string, version: number): Promise<StrategyVersionRow | undefined> {
  return versionQuery.get(tx, { strategyId, version });
}

export async function maxVersionSync(tx: Tx, strategyId: string): Promise<number> {
  return Number((await maxVersionQuery.get(tx, { strategyId }))?.max ?? 0);
}

/** The account's strategies that count against its limit: archived ones do not (nothing deletes them). */
export async function countAccountStrategiesSync(tx: Tx, accountId: string): Promise<number> {
  return Number((await countAccountQuery.get(tx, { accountId }))?.n ?? 0);
}

/** Another strategy deployed on the agent, if any (the oldest, should there ever be several). */
export async function findAgentDeployedSync(tx: Tx, agentId: string, exceptId: string): Promise<string | undefined> {
  return (await agentDeployedQuery.get(tx, { agentId, exceptId }))?.id;
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
