// Narrower order indexes. Most orders fill at once, so indexing every order by status made each
// insert touch one more B-tree page per agent for rows never looked up by status; only pending
// orders are. Likewise most orders have no client_order_id. Both become partial indexes, which
// queries use when they name the status or the non-null id as a literal.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('orders_status_idx').execute();
  await db.schema
    .createIndex('orders_pending_idx')
    .on('orders')
    .columns(['agent_id', 'created_ms'])
    .where(sql.ref('status'), '=', sql.lit('pending'))
    .execute();
  await db.schema.dropIndex('orders_client_id_idx').execute();
  await db.schema
    .createIndex('orders_client_id_idx')
    .on('orders')
    .columns(['agent_id', 'client_order_id'])
    .unique()
    .where(sql.ref('client_order_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('orders_client_id_idx').execute();
  await db.schema.createIndex('orders_client_id_idx').on('orders').columns(['agent_id', 'client_order_id']).unique().execute();
  await db.schema.dropIndex('orders_pending_idx').execute();
  await db.schema.createIndex('orders_status_idx').on('orders').columns(['status', 'agent_id']).execute();
}
