// Strategies (src/strategies): an account's strategy and its numbered versions. A version keeps the
// definition twice: normalised (the flat form the executor runs) and as submitted (what the owner
// reads back). The live deployment is on the strategy row: which version, bound to which agent.
import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('strategies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // draft | testing | validated | deployed | archived
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_version', t.int, (c) => c.notNull())
    // Set only while deployed: the live version and the agent whose orders it places.
    .addColumn('deployed_version', t.int)
    .addColumn('deployed_agent_id', 'text')
    .addColumn('deployed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('strategies_account_created').on('strategies').columns(['account_id', 'created_at']).execute();
  await db.schema.createIndex('strategies_status').on('strategies').column('status').execute();

  await db.schema
    .createTable('strategy_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('version', t.int, (c) => c.notNull())
    // JSON: the normalised flat definition (what tests and the live runner execute).
    .addColumn('definition', 'text', (c) => c.notNull())
    // JSON: the definition exactly as submitted (flat or rule-list form).
    .addColumn('definition_input', 'text', (c) => c.notNull())
    .addColumn('change_notes', 'text')
    .addColumn('parent_version', t.int)
    // draft | validated | deployed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('strategy_versions_strategy_version', ['strategy_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('strategy_versions').execute();
  await db.schema.dropIndex('strategies_status').execute();
  await db.schema.dropIndex('strategies_account_created').execute();
  await db.schema.dropTable('strategies').execute();
}
