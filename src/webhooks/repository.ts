// Storage of webhook subscriptions, the outbox and deliveries, as statements of the ledger's store
// (db/statement.ts): writes inside the store's `submit` work (so a limit check and its insert, or an
// attempt's outcome and the subscription's failure count, commit together), reads through readNow.
// On PostgreSQL a piece that reads a row and then writes it whole locks the row first (the `…ForUpdate`
// finders), so two pieces cannot both write from the same stale read; on SQLite one piece runs at a
// time and the finders are plain reads.
import type { WebhookDeliveryRow, WebhookEventRow, WebhookRow } from '../db/schema.js';
import { columnsOf, statement } from '../db/statement.js';
import type { Tx } from '../db/store.js';

const WEBHOOK_COLUMNS = [
  'id',
  'account_id',
  'url',
  'events',
  'description',
  'active',
  'secret_sealed',
  'failure_count',
  'created_at',
  'updated_at',
  'last_triggered_at',
] as const satisfies ReadonlyArray<keyof WebhookRow>;

const DELIVERY_COLUMNS = [
  'id',
  'webhook_id',
  'event_id',
  'event',
  'body',
  'status',
  'attempts',
  'next_attempt_ms',
  'last_attempt_at',
  'last_status_code',
  'last_error',
  'delivered_at',
  'created_at',
] as const satisfies ReadonlyArray<keyof WebhookDeliveryRow>;

// --- subscriptions -----------------------------------------------------------------------------

const insertWebhookQuery = statement(WEBHOOK_COLUMNS, (db, p) =>
  db.insertInto('webhooks').values(columnsOf(WEBHOOK_COLUMNS, p) as WebhookRow),
);
export async function insertWebhook(tx: Tx, row: WebhookRow): Promise<void> {
  await insertWebhookQuery.run(tx, row);
}

// The owner and the secret never change; everything else is written whole.
const updateWebhookQuery = statement(WEBHOOK_COLUMNS, (db, p) =>
  db
    .updateTable('webhooks')
    .set({
      url: p.url,
      events: p.events,
      description: p.description,
      active: p.active,
      failure_count: p.failure_count,
      updated_at: p.updated_at,
      last_triggered_at: p.last_triggered_at,
    })
    .where('id', '=', p.id),
);
export async function updateWebhook(tx: Tx, row: WebhookRow): Promise<void> {
  await updateWebhookQuery.run(tx, row);
}

const deleteWebhookQuery = statement(['id'], (db, p) => db.deleteFrom('webhooks').where('id', '=', p.id));
export function deleteWebhook(tx: Tx, id: string): Promise<number> {
  return deleteWebhookQuery.run(tx, { id });
}

const findWebhookQuery = statement(['id'], (db, p) => db.selectFrom('webhooks').selectAll().where('id', '=', p.id));
export function findWebhook(tx: Tx, id: string): Promise<WebhookRow | undefined> {
  return findWebhookQuery.get(tx, { id });
}

// FOR NO KEY UPDATE: the id never changes, so inserting a delivery that references the row (which
// takes FOR KEY SHARE) need not wait for it.
const findWebhookForUpdateQuery = statement(['id'], (db, p, dialect) => {
  const query = db.selectFrom('webhooks').selectAll().where('id', '=', p.id);
  return dialect === 'postgres' ? query.forNoKeyUpdate() : query;
});
/** The subscription, locked until the end of the transaction on PostgreSQL: call it in write work that then updates the row. */
export function findWebhookForUpdate(tx: Tx, id: string): Promise<WebhookRow | undefined> {
  return findWebhookForUpdateQuery.get(tx, { id });
}

const countAccountQuery = statement(['account_id'], (db, p) =>
  db
    .selectFrom('webhooks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', p.account_id),
);
export async function countAccountWebhooks(tx: Tx, accountId: string): Promise<number> {
  return Number((await countAccountQuery.get(tx, { account_id: accountId }))?.n ?? 0);
}

// Two creations for one account count, then insert: on PostgreSQL each would count the other's
// row only once it commits, so both could take the last slot. The account row is the lock they queue on.
const lockAccountQuery = statement(['id'], (db, p) => db.selectFrom('accounts').select('id').where('id', '=', p.id).forNoKeyUpdate());
/** Serializes, until the end of the transaction, the work that counts an account's subscriptions and then adds one (PostgreSQL; no-op on SQLite). */
export async function lockAccountWebhooks(tx: Tx, accountId: string): Promise<void> {
  if (tx.dialect === 'postgres') await lockAccountQuery.get(tx, { id: accountId });
}

const listAccountQuery = statement(['account_id'], (db, p) =>
  db.selectFrom('webhooks').selectAll().where('account_id', '=', p.account_id).orderBy('id', 'desc'),
);
/** Newest first (ids are time-ordered). */
export function listAccountWebhooks(tx: Tx, accountId: string): Promise<WebhookRow[]> {
  return listAccountQuery.all(tx, { account_id: accountId });
}

const activeAccountQuery = statement(['account_id'], (db, p) =>
  db.selectFrom('webhooks').selectAll().where('account_id', '=', p.account_id).where('active', '=', 1).orderBy('id'),
);
export function activeAccountWebhooks(tx: Tx, accountId: string): Promise<WebhookRow[]> {
  return activeAccountQuery.all(tx, { account_id: accountId });
}

// --- outbox --------------------------------------------------------------------------------------

const unfannedQuery = statement(['limit'], (db, p) =>
  db.selectFrom('webhook_events').selectAll().where('fanned_out', '=', 0).orderBy('id').limit(p.limit),
);
/** The oldest events not yet fanned out (a read: says whether there is work). */
export function unfannedEvents(tx: Tx, limit: number): Promise<WebhookEventRow[]> {
  return unfannedQuery.all(tx, { limit });
}

// On PostgreSQL another instance's worker may be fanning out at the same time: it locks the rows it
// took, and this one takes the next ones instead of waiting for them.
const claimUnfannedQuery = statement(['limit'], (db, p, dialect) => {
  const query = db.selectFrom('webhook_events').selectAll().where('fanned_out', '=', 0).orderBy('id').limit(p.limit);
  return dialect === 'postgres' ? query.forUpdate().skipLocked() : query;
});
/** The oldest events not yet fanned out, for write work that fans them out (locked on PostgreSQL; others' locked rows skipped). */
export function claimUnfannedEvents(tx: Tx, limit: number): Promise<WebhookEventRow[]> {
  return claimUnfannedQuery.all(tx, { limit });
}

const markFannedQuery = statement(['id'], (db, p) =>
  db.updateTable('webhook_events').set({ fanned_out: 1 }).where('id', '=', p.id).where('fanned_out', '=', 0),
);
/** Marks an event fanned out; false if it already was (another worker got there first: create no deliveries). */
export async function markFannedOut(tx: Tx, id: string): Promise<boolean> {
  return (await markFannedQuery.run(tx, { id })) === 1;
}

// --- deliveries ----------------------------------------------------------------------------------

const insertDeliveryQuery = statement(DELIVERY_COLUMNS, (db, p) =>
  db.insertInto('webhook_deliveries').values(columnsOf(DELIVERY_COLUMNS, p) as WebhookDeliveryRow),
);
export async function insertDelivery(tx: Tx, row: WebhookDeliveryRow): Promise<void> {
  await insertDeliveryQuery.run(tx, row);
}

const updateDeliveryQuery = statement(DELIVERY_COLUMNS, (db, p) =>
  db
    .updateTable('webhook_deliveries')
    .set({
      status: p.status,
      attempts: p.attempts,
      next_attempt_ms: p.next_attempt_ms,
      last_attempt_at: p.last_attempt_at,
      last_status_code: p.last_status_code,
      last_error: p.last_error,
      delivered_at: p.delivered_at,
    })
    .where('id', '=', p.id),
);
export async function updateDelivery(tx: Tx, row: WebhookDeliveryRow): Promise<void> {
  await updateDeliveryQuery.run(tx, row);
}

const findDeliveryQuery = statement(['id'], (db, p) => db.selectFrom('webhook_deliveries').selectAll().where('id', '=', p.id));
export function findDelivery(tx: Tx, id: string): Promise<WebhookDeliveryRow | undefined> {
  return findDeliveryQuery.get(tx, { id });
}

const findDeliveryForUpdateQuery = statement(['id'], (db, p, dialect) => {
  const query = db.selectFrom('webhook_deliveries').selectAll().where('id', '=', p.id);
  return dialect === 'postgres' ? query.forNoKeyUpdate() : query;
});
/** The delivery, locked until the end of the transaction on PostgreSQL: call it in write work that then updates the row. */
export function findDeliveryForUpdate(tx: Tx, id: string): Promise<WebhookDeliveryRow | undefined> {
  return findDeliveryForUpdateQuery.get(tx, { id });
}

const dueQuery = statement(['now', 'limit'], (db, p) =>
  db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_ms', '<=', p.now)
    .orderBy('next_attempt_ms')
    .orderBy('id')
    .limit(p.limit),
);
/** Pending deliveries whose attempt is due, the longest-waiting first. */
export function dueDeliveries(tx: Tx, nowMs: number, limit: number): Promise<WebhookDeliveryRow[]> {
  return dueQuery.all(tx, { now: nowMs, limit });
}

const pageQuery = statement(['webhook_id', 'limit', 'offset'], (db, p) =>
  db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('webhook_id', '=', p.webhook_id)
    .orderBy('id', 'desc')
    .limit(p.limit)
    .offset(p.offset),
);
const countQuery = statement(['webhook_id'], (db, p) =>
  db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('webhook_id', '=', p.webhook_id),
);
/** Newest first. */
export async function deliveriesPage(
  tx: Tx,
  webhookId: string,
  limit: number,
  offset: number,
): Promise<{ rows: WebhookDeliveryRow[]; total: number }> {
  const rows = await pageQuery.all(tx, { webhook_id: webhookId, limit, offset });
  const total = Number((await countQuery.get(tx, { webhook_id: webhookId }))?.n ?? 0);
  return { rows, total };
}
