// The webhook outbox. A service that announces a fact (a backtest completed, a strategy deployed…)
// calls enqueueWebhookEventSync inside the same write that records the fact: either both commit or
// neither does, so an event is never announced for a fact that rolled back, nor lost for one that
// committed. The delivery worker (delivery.ts) fans each row out to the account's subscriptions.
import type SQLite from 'better-sqlite3';
import { isoTime } from '../clock.js';
import { syncQuery } from '../db/sync-query.js';
import type { ServiceContext } from '../services/context.js';

/** The events an account may subscribe to. */
export const WEBHOOK_EVENTS = ['backtest.completed', 'strategy.test.completed', 'strategy.deployed', 'battle.completed'] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];
/** Sent only by POST /webhooks/{id}/test. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

const insertEvent = syncQuery(['id', 'account_id', 'event', 'data', 'webhook_id', 'fanned_out', 'created_at'], (db, p) =>
  db.insertInto('webhook_events').values({
    id: p.id,
    account_id: p.account_id,
    event: p.event,
    data: p.data,
    webhook_id: p.webhook_id,
    fanned_out: p.fanned_out,
    created_at: p.created_at,
  }),
);

/** Writes one outbox row; returns its id. Run it inside the caller's transaction (WriteBatcher work). */
export function insertWebhookEventSync(
  h: SQLite.Database,
  ctx: Pick<ServiceContext, 'ids' | 'clock'>,
  row: { accountId: string; event: string; data: Record<string, unknown>; webhookId: string | null; fannedOut: boolean },
): string {
  const id = ctx.ids.next();
  insertEvent.run(h, {
    id,
    account_id: row.accountId,
    event: row.event,
    data: JSON.stringify(row.data),
    webhook_id: row.webhookId,
    fanned_out: row.fannedOut ? 1 : 0,
    created_at: isoTime(ctx.clock.now()),
  });
  return id;
}

/**
 * Records that `event` happened for `accountId`, in the caller's transaction (`h` is the handle a
 * WriteBatcher piece or a Kysely transaction holds). Cheap when the account has no subscriptions:
 * the worker finds none and marks the row done. Wakes the worker once the write has had a chance to
 * commit, so a delivery does not wait for the next poll.
 */
export function enqueueWebhookEventSync(
  h: SQLite.Database,
  ctx: ServiceContext,
  accountId: string,
  event: WebhookEventName,
  data: Record<string, unknown>,
): void {
  insertWebhookEventSync(h, ctx, { accountId, event, data, webhookId: null, fannedOut: false });
  // Absent while the context is being built (nothing can complete then) and in narrow test contexts.
  const webhooks: { wake(): void } | undefined = ctx.webhooks;
  if (webhooks) setImmediate(() => webhooks.wake());
}
