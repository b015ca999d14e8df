// The delivery worker. Every WEBHOOK_POLL_INTERVAL_MS (and at once when an event is enqueued) it
//  1. fans new outbox rows out: one delivery per active subscription of the account that lists the
//     event, with the body fixed then (a retry sends the same bytes, so `delivery_id` de-duplicates);
//  2. attempts the due deliveries, a bounded number at a time.
// An attempt re-checks the URL against the SSRF rules, connects to the address it checked (never a
// second DNS answer), does not follow redirects, and gives up after WEBHOOK_TIMEOUT_MS. Any 2xx is
// a success; anything else is retried after each of WEBHOOK_RETRY_DELAYS_MS, then the delivery has
// failed: the subscription's failure_count grows by one, and at 10 consecutive failed deliveries it
// is disabled. A success resets the count.
//
// All state is in the database, so a restart loses nothing: an attempt cut short by a stop leaves
// its delivery pending and due, and the next process sends it (at-least-once delivery).
//
// No write work spans a network call (DNS in the SSRF check, the POST): an attempt reads what it
// needs, sends, and then records the outcome in a short write of its own that re-reads the delivery.
// Workers of several instances sharing a PostgreSQL database may attempt the same due delivery (the
// receiver de-duplicates by delivery id); each outcome is recorded on the delivery as it then stands,
// under a row lock, so none overwrites another.
import http from 'node:http';
import https from 'node:https';
import { isoTime } from '../clock.js';
import type { WebhookSettings } from '../config.js';
import type { WebhookDeliveryRow, WebhookEventRow, WebhookRow } from '../db/schema.js';
import { readNow, type Tx } from '../db/store.js';
import type { Logger } from '../logger.js';
import type { ServiceContext } from '../services/context.js';
import * as repo from './repository.js';
import { WEBHOOK_TEST_EVENT } from './outbox.js';
import { deliveryHeaders } from './signing.js';
import { checkWebhookUrl, pinnedLookup, UrlRefused, type CheckedTarget } from './ssrf.js';

/** Consecutive failed deliveries after which a subscription is disabled. */
export const MAX_CONSECUTIVE_FAILURES = 10;
/** Attempts in flight at once. */
const CONCURRENCY = 8;
/** Outbox rows fanned out per transaction. */
const FAN_OUT_BATCH = 200;

export interface SendOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** The attempt was cut short by stop(): not an outcome to record. */
  aborted?: boolean;
}

/** One POST to the checked address; never throws. */
export function sendOnce(
  target: CheckedTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<SendOutcome> {
  if (signal.aborted) return Promise.resolve({ ok: false, statusCode: null, error: 'aborted', aborted: true });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const { url } = target;
    const secure = url.protocol === 'https:';
    const payload = Buffer.from(body, 'utf8');
    const req = (secure ? https : http).request({
      method: 'POST',
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers: { ...headers, 'Content-Length': String(payload.length) },
      // The connection goes to the address the SSRF check approved; TLS still verifies the name.
      ...(target.address === null ? {} : { lookup: pinnedLookup({ address: target.address, family: target.family }) }),
      agent: false,
    });
    const timer = setTimeout(() => {
      req.destroy();
      finish({ ok: false, statusCode: null, error: `timeout after ${timeoutMs} ms` });
    }, timeoutMs);
    const onAbort = () => {
      req.destroy();
      finish({ ok: false, statusCode: null, error: 'aborted', aborted: true });
    };
    signal.addEventListener('abort', onAbort);
    req.on('response', (res) => {
      const code = res.statusCode ?? 0;
      // Only the status matters; the body is not read (nor a redirect followed).
      res.destroy();
      const ok = code >= 200 && code < 300;
      finish({ ok, statusCode: code, error: ok ? null : `HTTP ${code}` });
    });
    req.on('error', (err: Error & { code?: string }) => {
      finish({ ok: false, statusCode: null, error: err.code ? `${err.code}: ${err.message}` : err.message });
    });
    req.end(payload);
  });
}

/** The body of one delivery (decisions ruling 11), with the event's data also at the top level for the original clients. */
export function deliveryBody(event: WebhookEventRow, webhookId: string, deliveryId: string): string {
  const data = JSON.parse(event.data) as Record<string, unknown>;
  return JSON.stringify({
    ...data,
    event: event.event,
    webhook_id: webhookId,
    delivery_id: deliveryId,
    created_at: event.created_at,
    data,
  });
}

function subscribes(webhook: WebhookRow, event: string): boolean {
  return (JSON.parse(webhook.events) as string[]).includes(event);
}

export class WebhookWorker {
  private timer: NodeJS.Timeout | undefined;
  /** Not polling (before start, after stop); rounds may still be run directly. */
  private stopped = true;
  /** stop() was called: no new attempt begins. */
  private closing = false;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly inFlight = new Map<string, AbortController>();
  private readonly rounds = new Set<Promise<unknown>>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly settings: Readonly<WebhookSettings>,
    private readonly logger?: Logger,
  ) {}

  /** Starts polling; the first round runs at once (what was pending before a restart is sent). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.closing = false;
    this.timer = setInterval(() => this.wake(), this.settings.pollIntervalMs);
    this.timer.unref();
    this.wake();
  }

  /** Runs a round soon (after the current one, if one is running). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.runOnce();
        } catch (err) {
          this.logger?.error('webhook round failed', { error: String(err) });
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
  }

  /** Stops polling and cuts attempts in flight short (their deliveries stay pending and due). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    for (const abort of this.inFlight.values()) abort.abort();
    await this.settled();
  }

  /** One round: fan out new events, then attempt every due delivery (awaited). Tests call it directly. */
  async runOnce(): Promise<void> {
    await this.fanOut();
    const now = this.ctx.clock.now();
    const due = await readNow(this.ctx.db, (tx) => repo.dueDeliveries(tx, now, CONCURRENCY * 4));
    // A full page: more may be due, so the polling loop goes round again at once.
    if (due.length === CONCURRENCY * 4) this.again = true;
    // Claimed at once (before any await), so an overlapping round cannot attempt them twice.
    const queue = due.filter((d) => !this.inFlight.has(d.id));
    for (const d of queue) this.inFlight.set(d.id, new AbortController());
    const workers = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        try {
          if (!this.closing) await this.attempt(d, this.inFlight.get(d.id)!);
        } catch (err) {
          this.logger?.error('webhook attempt failed', { delivery_id: d.id, error: String(err) });
        } finally {
          this.inFlight.delete(d.id);
        }
      }
    });
    const round = Promise.all(workers);
    this.rounds.add(round);
    try {
      await round;
    } finally {
      this.rounds.delete(round);
    }
  }

  /** Resolves once no round and no attempt is under way (tests). */
  async settled(): Promise<void> {
    while (this.running || this.rounds.size > 0) await Promise.allSettled([this.running, ...this.rounds]);
  }

  private async fanOut(): Promise<void> {
    // A read first: an idle round writes nothing (no empty transaction every poll).
    if ((await readNow(this.ctx.db, (tx) => repo.unfannedEvents(tx, 1))).length === 0) return;
    for (;;) {
      const done = await this.ctx.writes.submit(async (tx) => {
        const events = await repo.claimUnfannedEvents(tx, FAN_OUT_BATCH);
        const subscribers = new Map<string, WebhookRow[]>();
        for (const event of events) {
          // Marked first: if another worker fanned it out meanwhile, it has its deliveries already.
          if (!(await repo.markFannedOut(tx, event.id))) continue;
          let subs = subscribers.get(event.account_id);
          if (!subs) {
            subs = await repo.activeAccountWebhooks(tx, event.account_id);
            subscribers.set(event.account_id, subs);
          }
          for (const webhook of subs) if (subscribes(webhook, event.event)) await this.insertDeliverySync(tx, event, webhook.id);
        }
        return events.length < FAN_OUT_BATCH;
      });
      if (done) return;
    }
  }

  /** A pending delivery of `event` to one subscription, due now. */
  async insertDeliverySync(tx: Tx, event: WebhookEventRow, webhookId: string): Promise<WebhookDeliveryRow> {
    const id = this.ctx.ids.next();
    const now = this.ctx.clock.now();
    const row: WebhookDeliveryRow = {
      id,
      webhook_id: webhookId,
      event_id: event.id,
      event: event.event,
      body: deliveryBody(event, webhookId, id),
      status: 'pending',
      attempts: 0,
      next_attempt_ms: now,
      last_attempt_at: null,
      last_status_code: null,
      last_error: null,
      delivered_at: null,
      created_at: isoTime(now),
    };
    await repo.insertDelivery(tx, row);
    return row;
  }

  private async attempt(delivery: WebhookDeliveryRow, abort: AbortController): Promise<void> {
    const webhook = await readNow(this.ctx.db, (tx) => repo.findWebhook(tx, delivery.webhook_id));
    if (!webhook) {
      // Deleted meanwhile (its deliveries normally go with it, by the foreign key).
      await this.settle(delivery.id, { ok: false, statusCode: null, error: 'webhook deleted' }, { final: true, counted: false });
      return;
    }
    if (webhook.active !== 1 && delivery.event !== WEBHOOK_TEST_EVENT) {
      // Disabled since the event was fanned out: an inactive subscription gets no events (a test
      // delivery excepted); not counted.
      await this.settle(delivery.id, { ok: false, statusCode: null, error: 'webhook inactive' }, { final: true, counted: false });
      return;
    }
    let target: CheckedTarget;
    try {
      target = await checkWebhookUrl(webhook.url, { allowPrivate: this.settings.allowPrivateUrls });
    } catch (err) {
      // Dropped, not counted against the subscription: the receiver did not fail, the URL did.
      const reason = err instanceof UrlRefused ? `url refused: ${err.message}` : String(err);
      await this.settle(delivery.id, { ok: false, statusCode: null, error: reason }, { final: true, counted: false });
      return;
    }
    const secret = this.ctx.keyBox.open(webhook.secret_sealed);
    const timestamp = Math.floor(this.ctx.clock.now() / 1000);
    const headers = deliveryHeaders({ secret, event: delivery.event, deliveryId: delivery.id, timestamp, body: delivery.body });
    const outcome = await sendOnce(target, headers, delivery.body, this.settings.timeoutMs, abort.signal);
    if (outcome.aborted) return; // stopping: stays pending and due, sent again after the restart
    await this.settle(delivery.id, outcome, { final: false, counted: true });
  }

  /** Records an attempt's outcome and, when the delivery is settled, its effect on the subscription. */
  private async settle(deliveryId: string, outcome: SendOutcome, how: { final: boolean; counted: boolean }): Promise<void> {
    const disabled = await this.ctx.writes.submit(async (tx) => {
      // The subscription is locked before the delivery, the order in which deleting a subscription
      // (its deliveries go with it) takes them, so the two never wait on each other crosswise.
      const seen = await repo.findDelivery(tx, deliveryId);
      if (!seen) return null;
      const w = await repo.findWebhookForUpdate(tx, seen.webhook_id);
      const d = await repo.findDeliveryForUpdate(tx, deliveryId);
      if (!d || d.status !== 'pending') return null;
      const now = this.ctx.clock.now();
      const attempts = how.counted ? d.attempts + 1 : d.attempts;
      const retryIn = outcome.ok || how.final ? undefined : this.settings.retryDelaysMs[attempts - 1];
      const status = outcome.ok ? 'delivered' : retryIn === undefined ? 'failed' : 'pending';
      await repo.updateDelivery(tx, {
        ...d,
        status,
        attempts,
        next_attempt_ms: status === 'pending' ? now + retryIn! : null,
        last_attempt_at: how.counted ? isoTime(now) : d.last_attempt_at,
        last_status_code: outcome.statusCode,
        last_error: outcome.error,
        delivered_at: outcome.ok ? isoTime(now) : null,
      });
      if (status === 'pending' || !how.counted) return null;
      if (!w) return null;
      const failures = outcome.ok ? 0 : w.failure_count + 1;
      const disable = !outcome.ok && failures >= MAX_CONSECUTIVE_FAILURES && w.active === 1;
      await repo.updateWebhook(tx, {
        ...w,
        failure_count: failures,
        active: disable ? 0 : w.active,
        last_triggered_at: isoTime(now),
        updated_at: disable ? isoTime(now) : w.updated_at,
      });
      return disable ? w.id : null;
    });
    if (disabled) this.logger?.warn('webhook disabled after repeated failed deliveries', { webhook_id: disabled });
  }
}
