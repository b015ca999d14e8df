// Storage of webhook subscriptions, the outbox and deliveries. Everything runs synchronously on the
// one connection: writes inside WriteBatcher work (so a limit check and its insert, or an attempt's
// outcome and the subscription's failure count, commit together), reads through readNow.
import type SQLite from 'better-sqlite3';
import type { WebhookDeliveryRow, WebhookEventRow, WebhookRow } from '../db/schema.js';
import { syncQuery, columnsOf } from '../db/sync-query.js';

type H = SQLite.Database;

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

const insertWebhookQuery = syncQuery(WEBHOOK_COLUMNS, (db, p) =>
  db.insertInto('webhooks').values(columnsOf(WEBHOOK_COLUMNS, p) as WebhookRow),
);
export const insertWebhook = (h: H, row: WebhookRow): void => void insertWebhookQuery.run(h, row);

// The owner and the secret never change; everything else is written whole.
const updateWebhookQuery = syncQuery(WEBHOOK_COLUMNS, (db, p) =>
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
export const updateWebhook = (h: H, row: WebhookRow): void => void updateWebhookQuery.run(h, row);

const deleteWebhookQuery = syncQuery(['id'], (db, p) => db.deleteFrom('webhooks').where('id', '=', p.id));
export const deleteWebhook = (h: H, id: string): number => deleteWebhookQuery.run(h, { id });

const findWebhookQuery = syncQuery(['id'], (db, p) => db.selectFrom('webhooks').selectAll().where('id', '=', p.id));
export const findWebhook = (h: H, id: string): WebhookRow | undefined => findWebhookQuery.get(h, { id });

const countAccountQuery = syncQuery(['account_id'], (db, p) =>
  db
    .selectFrom('webhooks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', p.account_id),
);
export const countAccountWebhooks = (h: H, accountId: string): number => countAccountQuery.get(h, { account_id: accountId })?.n ?? 0;

const listAccountQuery = syncQuery(['account_id'], (db, p) =>
  db.selectFrom('webhooks').selectAll().where('account_id', '=', p.account_id).orderBy('id', 'desc'),
);
/** Newest first (ids are time-ordered). */
export const listAccountWebhooks = (h: H, accountId: string): WebhookRow[] => listAccountQuery.all(h, { account_id: accountId });

const activeAccountQuery = syncQuery(['account_id'], (db, p) =>
  db.selectFrom('webhooks').selectAll().where('account_id', '=', p.account_id).where('active', '=', 1).orderBy('id'),
);
export const activeAccountWebhooks = (h: H, accountId: string): WebhookRow[] => activeAccountQuery.all(h, { account_id: accountId });

// --- outbox --------------------------------------------------------------------------------------

const unfannedQuery = syncQuery(['limit'], (db, p) =>
  db.selectFrom('webhook_events').selectAll().where('fanned_out', '=', 0).orderBy('id').limit(p.limit),
);
export const unfannedEvents = (h: H, limit: number): WebhookEventRow[] => unfannedQuery.all(h, { limit });

const markFannedQuery = syncQuery(['id'], (db, p) => db.updateTable('webhook_events').set({ fanned_out: 1 }).where('id', '=', p.id));
export const markFannedOut = (h: H, id: string): void => void markFannedQuery.run(h, { id });

// --- deliveries ----------------------------------------------------------------------------------

const insertDeliveryQuery = syncQuery(DELIVERY_COLUMNS, (db, p) =>
  db.insertInto('webhook_deliveries').values(columnsOf(DELIVERY_COLUMNS, p) as WebhookDeliveryRow),
);
export const insertDelivery = (h: H, row: WebhookDeliveryRow): void => void insertDeliveryQuery.run(h, row);

const updateDeliveryQuery = syncQuery(DELIVERY_COLUMNS, (db, p) =>
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
export const updateDelivery = (h: H, row: WebhookDeliveryRow): void => void updateDeliveryQuery.run(h, row);

const findDeliveryQuery = syncQuery(['id'], (db, p) => db.selectFrom('webhook_deliveries').selectAll().where('id', '=', p.id));
export const findDelivery = (h: H, id: string): WebhookDeliveryRow | undefined => findDeliveryQuery.get(h, { id });

const dueQuery = syncQuery(['now', 'limit'], (db, p) =>
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
export const dueDeliveries = (h: H, nowMs: number, limit: number): WebhookDeliveryRow[] => dueQuery.all(h, { now: nowMs, limit });

const pageQuery = syncQuery(['webhook_id', 'limit', 'offset'], (db, p) =>
  db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('webhook_id', '=', p.webhook_id)
    .orderBy('id', 'desc')
    .limit(p.limit)
    .offset(p.offset),
);
const countQuery = syncQuery(['webhook_id'], (db, p) =>
  db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('webhook_id', '=', p.webhook_id),
);
/** Newest first. */
export function deliveriesPage(h: H, webhookId: string, limit: number, offset: number): { rows: WebhookDeliveryRow[]; total: number } {
  return {
    rows: pageQuery.all(h, { webhook_id: webhookId, limit, offset }),
    total: countQuery.get(h, { webhook_id: webhookId })?.n ?? 0,
  };
}
