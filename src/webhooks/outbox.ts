// The webhook outbox. A service that announces a fact (a backtest completed, a strategy deployed…)
// calls enqueueWebhookEventSync with the `tx` of the same write that records the fact: either both
// commit or neither does, so an event is never announced for a fact that rolled back, nor lost for
// one that committed. The delivery worker (delivery.ts) fans each row out to the account's subscriptions.
import { isoTime } from '../clock.js';
import { statement } from '../db/statement.js';
import type { Tx } from '../db/store.js';
import type { ServiceContext } from '../services/context.js';

/** The events an account may subscribe to. */
export const WEBHOOK_EVENTS = ['backtest.completed', 'strategy.test.completed', 'strategy.deployed', 'battle.completed'] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];
/** Sent only by POST /webhooks/{id}/test. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

const insertEvent = statement(['id', 'account_id', 'event', 'data', 'webhook_id', 'fanned_out', 'created_at'], (db, p) =>
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

/** Writes one outbox row; returns its id. Run it inside the caller's transaction (the store's `submit` work). */
export async function insertWebhookEventSync(
  tx: Tx,
  ctx: Pick<ServiceContext, 'ids' | 'clock'>,
  row: { accountId: string; event: string; data: Record<string, unknown>; webhookId: string | null; fannedOut: boolean },
): Promise<string> {
  const id = ctx.ids.next();
  await insertEvent.run(tx, {
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
 * Records that `event` happened for `accountId`, in the caller's transaction (`tx` of the store's
 * `submit` work). Cheap when the account has no subscriptions: the worker finds none and marks the
 * row done. Wakes the worker once the write has committed, so a delivery does not wait for the next
 * poll.
 */
export async function enqueueWebhookEventSync(
  tx: Tx,
  ctx: ServiceContext,
  accountId: string,
  event: WebhookEventName,
  data: Record<string, unknown>,
): Promise<void> {
  await insertWebhookEventSync(tx, ctx, { accountId, event, data, webhookId: null, fannedOut: false });
  // Absent while the context is being built (nothing can complete then) and in narrow test contexts.
  const webhooks: { wake(): void } | undefined = ctx.webhooks;
  if (webhooks) tx.onCommit(() => webhooks.wake());
}
