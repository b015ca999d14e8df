// Webhook subscriptions (account-level, decisions ruling 12): CRUD, the test delivery and the owner's
// delivery log; the delivery worker is opened and closed by the app. A foreign or unknown id is
// 404 WEBHOOK_NOT_FOUND (one answer for both, so other accounts' ids do not leak).
import { isoTime } from '../clock.js';
import type { Account, WebhookDeliveryRow, WebhookRow } from '../db/schema.js';
import { readNow, type Tx } from '../db/store.js';
import { DomainError } from '../errors.js';
import type { ServiceContext } from '../services/context.js';
import type { Webhook, WebhookCreated, WebhookDelivery, WebhookTestResult } from '../../generated/types.gen.js';
import { WebhookWorker } from './delivery.js';
import { insertWebhookEventSync, WEBHOOK_TEST_EVENT, type WebhookEventName } from './outbox.js';
import * as repo from './repository.js';
import { newWebhookSecret } from './signing.js';
import { checkWebhookUrl, UrlRefused } from './ssrf.js';

/** Subscriptions an account may hold (inactive ones count). */
export const MAX_WEBHOOKS_PER_ACCOUNT = 25;
export const TEST_EVENT_MESSAGE = 'This is a test event from the AgentExchange platform.';

export type WebhookDto = Webhook;
export type WebhookCreatedDto = WebhookCreated;
export type WebhookDeliveryDto = WebhookDelivery;

export interface CreateWebhookInput {
  url: string;
  events: WebhookEventName[];
  description?: string | null | undefined;
}

export interface UpdateWebhookInput {
  url?: string | null | undefined;
  events?: WebhookEventName[] | null | undefined;
  active?: boolean | null | undefined;
  description?: string | null | undefined;
}

function toDto(row: WebhookRow): WebhookDto {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as WebhookEventName[],
    description: row.description,
    active: row.active === 1,
    failure_count: row.failure_count,
    created_at: row.created_at,
    updated_at: row.updated_at,
    last_triggered_at: row.last_triggered_at,
  };
}

function deliveryDto(row: WebhookDeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    webhook_id: row.webhook_id,
    event_id: row.event_id,
    event: row.event,
    status: row.status,
    attempts: row.attempts,
    next_attempt_at: row.next_attempt_ms === null ? null : isoTime(row.next_attempt_ms),
    last_attempt_at: row.last_attempt_at,
    last_status_code: row.last_status_code,
    last_error: row.last_error,
    delivered_at: row.delivered_at,
    created_at: row.created_at,
    payload: JSON.parse(row.body) as Record<string, unknown>,
  };
}

const notFound = (id: string) => new DomainError('WEBHOOK_NOT_FOUND', 'Webhook not found.', { webhook_id: id });

export class WebhookService {
  readonly worker: WebhookWorker;

  constructor(private readonly ctx: ServiceContext) {
    this.worker = new WebhookWorker(ctx, ctx.config.webhooks, ctx.logger);
  }

  /** Starts the delivery worker (pending deliveries from before a restart go out at once). */
  open(): void {
    this.worker.start();
  }

  async close(): Promise<void> {
    await this.worker.stop();
  }

  /** An event was enqueued: deliver without waiting for the next poll. */
  wake(): void {
    this.worker.wake();
  }

  private async checkUrl(url: string): Promise<void> {
    try {
      await checkWebhookUrl(url, { allowPrivate: this.ctx.config.webhooks.allowPrivateUrls });
    } catch (err) {
      if (!(err instanceof UrlRefused)) throw err;
      throw new DomainError('VALIDATION_ERROR', 'The webhook URL is not allowed.', {
        reason: err.reason,
        errors: [{ field: 'body.url', message: err.message }],
      });
    }
  }

  private async owned(tx: Tx, account: Account, id: string): Promise<WebhookRow> {
    const row = await repo.findWebhook(tx, id);
    if (!row || row.account_id !== account.id) throw notFound(id);
    return row;
  }

  /** As owned, for write work that then changes the row: locked until the commit on PostgreSQL. */
  private async ownedForUpdate(tx: Tx, account: Account, id: string): Promise<WebhookRow> {
    const row = await repo.findWebhookForUpdate(tx, id);
    if (!row || row.account_id !== account.id) throw notFound(id);
    return row;
  }

  async create(account: Account, input: CreateWebhookInput): Promise<WebhookCreatedDto> {
    await this.checkUrl(input.url);
    const secret = newWebhookSecret();
    const row = await this.ctx.writes.submit(async (tx) => {
      // In the inserting transaction, so two concurrent creations cannot both take the last slot.
      await repo.lockAccountWebhooks(tx, account.id);
      const current = await repo.countAccountWebhooks(tx, account.id);
      if (current >= MAX_WEBHOOKS_PER_ACCOUNT) {
        throw new DomainError(
          'LIMIT_REACHED',
          `An account may hold at most ${MAX_WEBHOOKS_PER_ACCOUNT} webhooks; delete one to make room.`,
          {
            reason: 'limit_reached',
            resource: 'webhooks',
            limit: MAX_WEBHOOKS_PER_ACCOUNT,
            current,
          },
        );
      }
      const now = isoTime(this.ctx.clock.now());
      const created: WebhookRow = {
        id: this.ctx.ids.next(),
        account_id: account.id,
        url: input.url,
        events: JSON.stringify(input.events),
        description: input.description ?? null,
        active: 1,
        secret_sealed: this.ctx.keyBox.seal(secret),
        failure_count: 0,
        created_at: now,
        updated_at: now,
        last_triggered_at: null,
      };
      await repo.insertWebhook(tx, created);
      return created;
    });
    return { ...toDto(row), webhook_id: row.id, secret };
  }

  async list(account: Account): Promise<{ webhooks: WebhookDto[]; total: number }> {
    const rows = await readNow(this.ctx.db, (tx) => repo.listAccountWebhooks(tx, account.id));
    return { webhooks: rows.map(toDto), total: rows.length };
  }

  async get(account: Account, id: string): Promise<WebhookDto> {
    return toDto(await readNow(this.ctx.db, (tx) => this.owned(tx, account, id)));
  }

  /** Partial: an absent or null field is unchanged; an empty body changes nothing. */
  async update(account: Account, id: string, input: UpdateWebhookInput): Promise<WebhookDto> {
    // Ownership first: a foreign id is 404 whatever the URL.
    await readNow(this.ctx.db, (tx) => this.owned(tx, account, id));
    if (input.url !== undefined && input.url !== null) await this.checkUrl(input.url);
    const row = await this.ctx.writes.submit(async (tx) => {
      // Locked: the worker's settle writes the same row (failure count, active) and must not be overwritten.
      const current = await this.ownedForUpdate(tx, account, id);
      const next: WebhookRow = {
        ...current,
        url: input.url ?? current.url,
        events: input.events ? JSON.stringify(input.events) : current.events,
        description: input.description ?? current.description,
        // Re-enabling keeps failure_count: one more failed delivery disables it again.
        active: input.active === undefined || input.active === null ? current.active : input.active ? 1 : 0,
      };
      const changed =
        next.url !== current.url ||
        next.events !== current.events ||
        next.description !== current.description ||
        next.active !== current.active;
      if (!changed) return current;
      next.updated_at = isoTime(this.ctx.clock.now());
      await repo.updateWebhook(tx, next);
      return next;
    });
    return toDto(row);
  }

  /** Hard delete; its pending deliveries go with it. */
  async remove(account: Account, id: string): Promise<void> {
    await this.ctx.writes.submit(async (tx) => {
      await this.owned(tx, account, id);
      await repo.deleteWebhook(tx, id);
    });
  }

  /** Queues a `webhook.test` delivery to this subscription, active or not, subscribed or not. */
  async test(account: Account, id: string): Promise<WebhookTestResult> {
    const delivery = await this.ctx.writes.submit(async (tx) => {
      await this.owned(tx, account, id);
      const data = { webhook_id: id, message: TEST_EVENT_MESSAGE };
      const eventId = await insertWebhookEventSync(tx, this.ctx, {
        accountId: account.id,
        event: WEBHOOK_TEST_EVENT,
        data,
        webhookId: id,
        fannedOut: true,
      });
      const created = isoTime(this.ctx.clock.now());
      return this.worker.insertDeliverySync(
        tx,
        {
          id: eventId,
          account_id: account.id,
          event: WEBHOOK_TEST_EVENT,
          data: JSON.stringify(data),
          webhook_id: id,
          fanned_out: 1,
          created_at: created,
        },
        id,
      );
    });
    this.wake();
    return { enqueued: 1, webhook_id: id, delivery_id: delivery.id };
  }

  /** The owner's delivery log, newest first. */
  async deliveries(
    account: Account,
    id: string,
    page: { limit?: number | undefined; offset?: number | undefined },
  ): Promise<{ deliveries: WebhookDeliveryDto[]; total: number; limit: number; offset: number }> {
    const limit = page.limit ?? 50;
    const offset = page.offset ?? 0;
    const { rows, total } = await readNow(this.ctx.db, async (tx) => {
      await this.owned(tx, account, id);
      return repo.deliveriesPage(tx, id, limit, offset);
    });
    return { deliveries: rows.map(deliveryDto), total, limit, offset };
  }
}
