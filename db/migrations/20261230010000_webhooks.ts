// Webhooks (src/webhooks): an account's subscriptions, the outbox of events to announce, and one
// delivery per event and subscription. Everything the delivery worker knows is here, so a restart
// loses nothing: an event not yet fanned out is fanned out, a delivery not yet delivered is retried.
import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    // JSON array of event names, as submitted (duplicates kept).
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('active', t.int, (c) => c.notNull())
    // The signing secret, sealed with the server's KeyBox: it must be read back to sign.
    .addColumn('secret_sealed', 'text', (c) => c.notNull())
    // Consecutive deliveries that finally failed; 10 disables the subscription.
    .addColumn('failure_count', t.int, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_triggered_at', 'text')
    .execute();
  await db.schema.createIndex('webhooks_account_created').on('webhooks').columns(['account_id', 'created_at']).execute();

  // The outbox: written in the same transaction as the fact it announces.
  await db.schema
    .createTable('webhook_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    // JSON object: the event's `data`.
    .addColumn('data', 'text', (c) => c.notNull())
    // Set for a test event: the one subscription it goes to (active or not, subscribed or not).
    .addColumn('webhook_id', 'text')
    // 0 until the worker has created its deliveries.
    .addColumn('fanned_out', t.int, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_events_pending').on('webhook_events').columns(['fanned_out', 'id']).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('webhook_events.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    // The exact body sent on every attempt (so a retry is byte-identical and de-duplicable).
    .addColumn('body', 'text', (c) => c.notNull())
    // pending | delivered | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', t.int, (c) => c.notNull())
    // Unix ms of the next attempt while pending; null once settled.
    .addColumn('next_attempt_ms', t.int)
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_status_code', t.int)
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_ms']).execute();
  await db.schema.createIndex('webhook_deliveries_webhook').on('webhook_deliveries').columns(['webhook_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhook_deliveries').execute();
  await db.schema.dropTable('webhook_events').execute();
  await db.schema.dropTable('webhooks').execute();
}
