// Webhook delivery against a local receiver (WEBHOOK_ALLOW_PRIVATE_URLS=true, so http on loopback
// is allowed): signatures per ruling 11, retries with back-off on the manual clock, the final
// failure and the auto-disable after 10, redirects not followed, timeouts, the send-time SSRF
// re-check, and backtest.completed announced from a real backtest's completion write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/db/schema.js';
import { registerAccount } from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { sendOnce, WebhookWorker } from '../../src/webhooks/delivery.js';
import { WebhookService } from '../../src/webhooks/service.js';
import { enqueueWebhookEventSync, type WebhookEventName } from '../../src/webhooks/outbox.js';
import type { ManualClock } from '../../src/clock.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { addPair, bars, MIN, storeBars, T0, trader } from './backtest-fixtures.js';
import { legacySignatureOk, Receiver, verifySignature } from './webhooks-fixtures.js';

describe('webhook delivery', () => {
  let ctx: ServiceContext & { clock: ManualClock };
  let receiver: Receiver;
  let account: Account;

  async function setup(env: Record<string, string> = {}) {
    ctx = await createServiceContext({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', ...env });
    account = (await registerAccount(ctx, { displayName: 'hooks' })).account;
  }
  beforeEach(async () => {
    receiver = await Receiver.start();
  });
  afterEach(async () => {
    await ctx.webhooks.close();
    await receiver.close();
    await ctx.backtests.close();
    await ctx.db.destroy();
  });

  const enqueue = (event: WebhookEventName, data: Record<string, unknown>, accountId = account.id) =>
    ctx.writes.submit((tx) => enqueueWebhookEventSync(tx, ctx, accountId, event, data));
  const round = async (worker = ctx.webhooks.worker) => {
    await worker.runOnce();
    await worker.settled();
  };
  const subscribe = (events: WebhookEventName[] = ['backtest.completed']) =>
    ctx.webhooks.create(account, { url: `${receiver.url}/hook?x=1`, events });
  const log = async (id: string) => (await ctx.webhooks.deliveries(account, id, {})).deliveries;
  const nowSeconds = () => Math.floor(ctx.clock.now() / 1000);

  it('delivers a signed request to the subscribed events only (ruling 11 headers, body and signature)', async () => {
    await setup();
    const hook = await subscribe(['backtest.completed']);
    await enqueue('backtest.completed', { backtest_id: 'b-1', status: 'completed' });
    await enqueue('strategy.deployed', { strategy_id: 's-1' });
    await round();

    expect(receiver.received).toHaveLength(1);
    const r = receiver.received[0]!;
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/hook?x=1');
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers['x-tradeready-event']).toBe('backtest.completed');
    expect(r.headers['x-webhook-event']).toBe('backtest.completed');
    expect(r.headers['x-tradeready-timestamp']).toBe(String(nowSeconds()));
    expect(verifySignature(hook.secret, r, nowSeconds())).toBe(true);
    expect(legacySignatureOk(hook.secret, r)).toBe(true);
    // A wrong secret, a changed body or a stale timestamp do not verify.
    expect(verifySignature('another-secret', r, nowSeconds())).toBe(false);
    expect(verifySignature(hook.secret, { ...r, body: r.body.replace('b-1', 'b-2') }, nowSeconds())).toBe(false);
    expect(verifySignature(hook.secret, r, nowSeconds() + 301)).toBe(false);

    const body = JSON.parse(r.body);
    const [delivery] = await log(hook.id);
    expect(body).toEqual({
      event: 'backtest.completed',
      webhook_id: hook.id,
      delivery_id: delivery!.id,
      created_at: new Date(ctx.clock.now()).toISOString(),
      data: { backtest_id: 'b-1', status: 'completed' },
      backtest_id: 'b-1',
      status: 'completed',
    });
    expect(r.headers['x-tradeready-delivery']).toBe(delivery!.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, last_status_code: 200, last_error: null, next_attempt_at: null });
    expect(await ctx.webhooks.get(account, hook.id)).toMatchObject({
      failure_count: 0,
      active: true,
      last_triggered_at: expect.any(String),
    });
  });

  it('retries a failed attempt after each back-off delay with the same body, then delivers', async () => {
    await setup({ WEBHOOK_RETRY_DELAYS_MS: '10000,30000,60000' });
    const hook = await subscribe();
    receiver.script = [500, 503, 200];
    await enqueue('backtest.completed', { backtest_id: 'b-2' });
    await round();
    expect(receiver.received).toHaveLength(1);
    let [d] = await log(hook.id);
    expect(d).toMatchObject({ status: 'pending', attempts: 1, last_status_code: 500, last_error: 'HTTP 500' });
    expect(d!.next_attempt_at).toBe(new Date(ctx.clock.now() + 10_000).toISOString());

    // Not due yet: nothing is sent.
    ctx.clock.advance(9_999);
    await round();
    expect(receiver.received).toHaveLength(1);
    ctx.clock.advance(1);
    await round();
    expect(receiver.received).toHaveLength(2);
    [d] = await log(hook.id);
    expect(d).toMatchObject({ status: 'pending', attempts: 2, last_status_code: 503 });
    expect(d!.next_attempt_at).toBe(new Date(ctx.clock.now() + 30_000).toISOString());

    ctx.clock.advance(30_000);
    await round();
    [d] = await log(hook.id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 3, last_status_code: 200, last_error: null });
    expect(receiver.received).toHaveLength(3);
    // The same delivery and bytes every time; each attempt signed with its own timestamp.
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.headers['x-tradeready-delivery'])).size).toBe(1);
    expect(receiver.received.map((r) => r.headers['x-tradeready-timestamp'])).toEqual([
      String(nowSeconds() - 40),
      String(nowSeconds() - 30),
      String(nowSeconds()),
    ]);
    const last = receiver.received[2]!;
    expect(verifySignature(hook.secret, last, nowSeconds())).toBe(true);
    expect((await ctx.webhooks.get(account, hook.id)).failure_count).toBe(0);
  });

  it('fails a delivery after the last retry, counts it, and a later success resets the count', async () => {
    await setup({ WEBHOOK_RETRY_DELAYS_MS: '10000,30000,60000' });
    const hook = await subscribe();
    receiver.fallback = 500;
    await enqueue('backtest.completed', { backtest_id: 'b-3' });
    for (const wait of [0, 10_000, 30_000, 60_000]) {
      ctx.clock.advance(wait);
      await round();
    }
    expect(receiver.received).toHaveLength(4);
    expect((await log(hook.id))[0]).toMatchObject({ status: 'failed', attempts: 4, next_attempt_at: null, last_status_code: 500 });
    expect(await ctx.webhooks.get(account, hook.id)).toMatchObject({ failure_count: 1, active: true });

    receiver.fallback = 204;
    await enqueue('backtest.completed', { backtest_id: 'b-4' });
    await round();
    expect((await log(hook.id))[0]).toMatchObject({ status: 'delivered', last_status_code: 204 });
    expect((await ctx.webhooks.get(account, hook.id)).failure_count).toBe(0);
  });

  it('disables a subscription after 10 consecutive failed deliveries; test deliveries still go out', async () => {
    await setup({ WEBHOOK_RETRY_DELAYS_MS: '1000' });
    const hook = await subscribe();
    receiver.fallback = 500;
    for (let i = 0; i < 10; i++) await enqueue('backtest.completed', { backtest_id: `b-${i}` });
    await round();
    expect((await ctx.webhooks.get(account, hook.id)).failure_count).toBe(0);
    ctx.clock.advance(1000);
    await round();
    expect(receiver.received).toHaveLength(20);
    expect(await ctx.webhooks.get(account, hook.id)).toMatchObject({ failure_count: 10, active: false });

    // Inactive: new events are not delivered to it.
    await enqueue('backtest.completed', { backtest_id: 'b-late' });
    await round();
    expect(receiver.received).toHaveLength(20);
    expect((await ctx.webhooks.deliveries(account, hook.id, {})).total).toBe(10);

    // The test endpoint sends even to an inactive subscription.
    receiver.fallback = 200;
    const test = await ctx.webhooks.test(account, hook.id);
    await round();
    expect(receiver.received).toHaveLength(21);
    const body = JSON.parse(receiver.received[20]!.body);
    expect(body).toMatchObject({
      event: 'webhook.test',
      webhook_id: hook.id,
      delivery_id: test.delivery_id,
      data: { webhook_id: hook.id },
    });
    expect(body.message).toBe('This is a test event from the AgentExchange platform.');

    // Re-enabling keeps the count at 0 after that success; a re-enabled one gets events again.
    await ctx.webhooks.update(account, hook.id, { active: true });
    await enqueue('backtest.completed', { backtest_id: 'b-again' });
    await round();
    expect(receiver.received).toHaveLength(22);
  });

  it('keeps failure_count when re-enabled, so one more failed delivery disables it again', async () => {
    await setup({ WEBHOOK_RETRY_DELAYS_MS: '' + 1000 });
    const hook = await subscribe();
    receiver.fallback = 500;
    for (let i = 0; i < 10; i++) await enqueue('backtest.completed', { backtest_id: `b-${i}` });
    await round();
    ctx.clock.advance(1000);
    await round();
    expect((await ctx.webhooks.update(account, hook.id, { active: true })).failure_count).toBe(10);
    await enqueue('backtest.completed', { backtest_id: 'b-11' });
    await round();
    ctx.clock.advance(1000);
    await round();
    expect(await ctx.webhooks.get(account, hook.id)).toMatchObject({ failure_count: 11, active: false });
  });

  it('fans each event out once when two workers run at the same time (two instances on one database)', async () => {
    await setup();
    const hook = await subscribe(['backtest.completed']);
    for (let i = 0; i < 3; i++) await enqueue('backtest.completed', { backtest_id: `b-${i}` });
    const other = new WebhookWorker(ctx, ctx.config.webhooks);
    await Promise.all([ctx.webhooks.worker.runOnce(), other.runOnce()]);
    await Promise.all([ctx.webhooks.worker.settled(), other.settled()]);
    const deliveries = await log(hook.id);
    expect(deliveries).toHaveLength(3);
    expect(new Set(deliveries.map((d) => d.event_id)).size).toBe(3);
  });

  it('connects to the checked address, not to what the name resolves to now (pinned lookup)', async () => {
    await setup();
    const port = new URL(receiver.url).port;
    // `.invalid` never resolves: the request can only arrive through the pinned address.
    const target = { url: new URL(`http://pinned.invalid:${port}/pinned`), address: '127.0.0.1', family: 4 as const };
    const outcome = await sendOnce(target, { 'Content-Type': 'application/json' }, '{"ok":true}', 5000, new AbortController().signal);
    expect(outcome).toEqual({ ok: true, statusCode: 200, error: null });
    expect(receiver.received[0]).toMatchObject({ path: '/pinned', body: '{"ok":true}' });
    expect(receiver.received[0]!.headers.host).toBe(`pinned.invalid:${port}`);
  });

  it('drops a pending retry once its subscription is disabled, without counting it', async () => {
    await setup({ WEBHOOK_RETRY_DELAYS_MS: '1000' });
    const hook = await subscribe();
    receiver.script = [500];
    await enqueue('backtest.completed', { backtest_id: 'p' });
    await round();
    await ctx.webhooks.update(account, hook.id, { active: false });
    ctx.clock.advance(1000);
    await round();
    expect(receiver.received).toHaveLength(1);
    expect((await log(hook.id))[0]).toMatchObject({ status: 'failed', attempts: 1, last_error: 'webhook inactive' });
    expect((await ctx.webhooks.get(account, hook.id)).failure_count).toBe(0);
  });

  it('does not follow redirects, and counts a timeout as a failed attempt', async () => {
    await setup({ WEBHOOK_TIMEOUT_MS: '200' });
    const hook = await subscribe();
    receiver.script = [302, 'hang'];
    await enqueue('backtest.completed', { backtest_id: 'r' });
    await round();
    expect(receiver.received).toHaveLength(1);
    expect((await log(hook.id))[0]).toMatchObject({ status: 'pending', attempts: 1, last_status_code: 302, last_error: 'HTTP 302' });
    ctx.clock.advance(10_000);
    await round();
    expect(receiver.received).toHaveLength(2);
    expect((await log(hook.id))[0]).toMatchObject({
      status: 'pending',
      attempts: 2,
      last_status_code: null,
      last_error: 'timeout after 200 ms',
    });
  });

  it('drops a delivery whose URL fails the send-time SSRF check, without counting it', async () => {
    await setup();
    const hook = await subscribe();
    await enqueue('backtest.completed', { backtest_id: 'x' });
    // The same database and settings but for the operator flag: loopback is now refused.
    const strict = new WebhookWorker(ctx, { ...ctx.config.webhooks, allowPrivateUrls: false });
    await round(strict);
    expect(receiver.received).toHaveLength(0);
    const [d] = await log(hook.id);
    expect(d).toMatchObject({ status: 'failed', attempts: 0, last_status_code: null });
    expect(d!.last_error).toBe('url refused: Must use https.');
    expect(await ctx.webhooks.get(account, hook.id)).toMatchObject({ failure_count: 0, active: true });

    // And an update to a private target is refused by a service without the flag.
    const strictService = new WebhookService({
      ...ctx,
      config: { ...ctx.config, webhooks: { ...ctx.config.webhooks, allowPrivateUrls: false } },
    });
    const err = await strictService.update(account, hook.id, { url: 'https://10.0.0.1/hook' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION_ERROR', details: { reason: 'address_not_allowed', errors: [{ field: 'body.url' }] } });
    expect((await ctx.webhooks.get(account, hook.id)).url).toBe(`${receiver.url}/hook?x=1`);
  });

  it('refuses private targets at create when the operator flag is off', async () => {
    await setup({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false' });
    for (const url of [
      `${receiver.url}/hook`,
      'https://127.0.0.1/hook',
      'https://10.0.0.8/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::ffff:127.0.0.1]/hook',
      'https://localhost/hook',
    ]) {
      const err = await ctx.webhooks.create(account, { url, events: ['backtest.completed'] }).catch((e: unknown) => e);
      expect(err, url).toMatchObject({ code: 'VALIDATION_ERROR', details: { errors: [{ field: 'body.url' }] } });
    }
    expect((await ctx.webhooks.list(account)).total).toBe(0);
  });

  it('announces a plain backtest completion in the completing write, with the SDK fields', async () => {
    await setup();
    await addPair(ctx, 'BTCUSDT', 'BTC');
    await storeBars(ctx, 'BTCUSDT', bars(T0, ['100', '101', '102', '103', '104']));
    const who = await trader(ctx, 'bt-hooks');
    account = who.account;
    const hook = await subscribe(['backtest.completed']);
    const created = await ctx.backtests.create(who.account, who.agent, {
      start_time: new Date(T0 + MIN).toISOString(),
      end_time: new Date(T0 + 4 * MIN).toISOString(),
      starting_balance: '10000',
      candle_interval: '1m',
      pairs: ['BTCUSDT'],
    });
    await ctx.backtests.start(who.account, created.session_id);
    await round();
    expect(receiver.received).toHaveLength(0);
    await ctx.backtests.step(who.account, created.session_id, { steps: 100, fast: true });
    await round();
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body).toMatchObject({
      event: 'backtest.completed',
      webhook_id: hook.id,
      backtest_id: created.session_id,
      session_id: created.session_id,
      status: 'completed',
      data: {
        backtest_id: created.session_id,
        session_id: created.session_id,
        status: 'completed',
        total_trades: 0,
        final_equity: '10000.00000000',
        metrics: { total_return_pct: 0 },
      },
    });
    expect(typeof body.data.roi_pct).toBe('string');
    expect(await codeOf(ctx.webhooks.get({ ...account, id: 'someone-else' }, hook.id))).toBe('WEBHOOK_NOT_FOUND');
  });
});
