// Accounts, agents, their API keys, balances, trading sessions and generated server secrets.
// Money is TEXT holding an exact decimal with 8 places on SQLite, NUMERIC on PostgreSQL (column-types.ts).
import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('email_normalized', 'text', (c) => c.unique())
    .addColumn('password_hash', 'text')
    .addColumn('api_secret_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('starting_balance', t.money, (c) => c.notNull())
    .addColumn('risk_profile', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('default_agent_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('accounts_status_check', sql`status in ('active', 'suspended', 'archived')`)
    .execute();

  await db.schema
    .createTable('agents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('starting_balance', t.money, (c) => c.notNull())
    .addColumn('llm_model', 'text')
    .addColumn('framework', 'text')
    .addColumn('strategy_tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('risk_profile', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('color', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('agents_status_check', sql`status in ('active', 'paused', 'archived')`)
    .execute();
  await db.schema.createIndex('agents_account_id_idx').on('agents').columns(['account_id', 'created_at']).execute();

  // API keys of accounts and agents, found by an HMAC of the key; the plaintext is never stored.
  await db.schema
    .createTable('api_keys')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('agent_id', 'text', (c) => c.references('agents.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key_preview', 'text', (c) => c.notNull())
    .addColumn('key_encrypted', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('api_keys_kind_check', sql`kind in ('account', 'agent')`)
    .execute();
  await db.schema.createIndex('api_keys_account_id_idx').on('api_keys').column('account_id').execute();
  await db.schema.createIndex('api_keys_agent_id_idx').on('api_keys').column('agent_id').execute();

  await db.schema
    .createTable('balances')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('asset', 'text', (c) => c.notNull())
    .addColumn('available', t.money, (c) => c.notNull())
    .addColumn('locked', t.money, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('balances_pk', ['agent_id', 'asset'])
    .execute();

  await db.schema
    .createTable('trading_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('starting_balance', t.money, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addCheckConstraint('trading_sessions_status_check', sql`status in ('active', 'closed')`)
    .execute();
  await db.schema.createIndex('trading_sessions_agent_idx').on('trading_sessions').columns(['agent_id', 'status']).execute();

  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['server_secrets', 'trading_sessions', 'balances', 'api_keys', 'agents', 'accounts']) {
    await db.schema.dropTable(table).execute();
  }
}
