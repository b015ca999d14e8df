// A webhook client written from openapi.yaml: subscribe a local receiver, send a test delivery and
// verify its signature as the spec says, read the delivery log, change and delete the subscription;
// then every refusal the webhook routes document: no credential, an agent key on a write, another
// account's subscription (404 like an unknown id), malformed ids and bodies, the 25 limit.
// The server runs with WEBHOOK_ALLOW_PRIVATE_URLS=true so that it may call the loopback receiver.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';
import { Receiver } from '../../integration/webhooks-fixtures.js';

const UNKNOWN = '0193c7a2-5b1e-7f00-9a3c-2d4e6f8a0b1c';

describe('webhooks: subscribe, deliver, read the log, change, delete; every refusal', () => {
  let server: TestServer;
  let receiver: Receiver;
  let alice: Credentials;
  let bob: Credentials;
  let jwt: Record<string, string>;
  let hookId: string;
  let secret: string;
  const aliceKey = () => ({ 'X-API-Key': alice.apiKey });
  const agentKey = () => ({ 'X-API-Key': alice.agentApiKey });

  beforeAll(async () => {
    server = await TestServer.start({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_POLL_INTERVAL_MS: '50' });
    receiver = await Receiver.start();
    alice = await server.registerAccount({ display_name: 'Hook Alice' });
    bob = await server.registerAccount({ display_name: 'Hook Bob' });
    jwt = { Authorization: `Bearer ${await server.login(alice)}` };
  });
  afterAll(async () => {
    await server.stop();
    await receiver.close();
  });

  it('creates a subscription and shows its secret once', async () => {
    const res = await server.call('createWebhook', {
      headers: jwt,
      body: { url: `${receiver.url}/hook`, events: ['backtest.completed', 'battle.completed'], description: 'contract' },
    });
    expect(res.status).toBe(201);
    hookId = res.body.id;
    secret = res.body.secret;
    expect(res.body).toMatchObject({
      webhook_id: hookId,
      active: true,
      failure_count: 0,
      description: 'contract',
      last_triggered_at: null,
    });
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const got = await server.call('getWebhook', { headers: aliceKey(), path: { webhook_id: hookId } });
    expect(got.status).toBe(200);
    expect(got.body).not.toHaveProperty('secret');
    // An agent key reads account-level data (ruling 12).
    const list = await server.call('listWebhooks', { headers: agentKey() });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, webhooks: [{ id: hookId }] });
  });

  it('sends a signed test delivery the receiver can verify, and logs it', async () => {
    const res = await server.call('testWebhook', { headers: aliceKey(), path: { webhook_id: hookId } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ enqueued: 1, webhook_id: hookId });
    await receiver.count(1);
    await server.app.services.webhooks.worker.settled();
    const r = receiver.received[0]!;
    const ts = String(r.headers['x-tradeready-timestamp']);
    expect(r.headers['x-tradeready-signature']).toBe(`sha256=${createHmac('sha256', secret).update(`${ts}.${r.body}`).digest('hex')}`);
    expect(r.headers['x-webhook-signature']).toBe(createHmac('sha256', secret).update(r.body).digest('hex'));
    expect(r.headers['x-tradeready-event']).toBe('webhook.test');
    expect(JSON.parse(r.body)).toMatchObject({ event: 'webhook.test', webhook_id: hookId, delivery_id: res.body.delivery_id });

    const log = await server.call('listWebhookDeliveries', { headers: agentKey(), path: { webhook_id: hookId }, query: { limit: '10' } });
    expect(log.status).toBe(200);
    expect(log.body).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(log.body.deliveries[0]).toMatchObject({
      id: res.body.delivery_id,
      status: 'delivered',
      attempts: 1,
      last_status_code: 200,
      event: 'webhook.test',
    });
  });

  it('changes only the fields sent; an empty body changes nothing', async () => {
    const res = await server.call('updateWebhook', {
      headers: jwt,
      path: { webhook_id: hookId },
      body: { events: ['strategy.deployed'], active: false },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ events: ['strategy.deployed'], active: false, description: 'contract', url: `${receiver.url}/hook` });
    const same = await server.call('updateWebhook', { headers: aliceKey(), path: { webhook_id: hookId }, body: {} });
    expect(same.status).toBe(200);
    expect(same.body).toEqual(res.body);
  });

  it('refuses a request without a credential on every operation', async () => {
    const path = { webhook_id: hookId };
    const calls: Array<[string, Record<string, unknown>]> = [
      ['createWebhook', { body: { url: `${receiver.url}/x`, events: ['backtest.completed'] } }],
      ['listWebhooks', {}],
      ['getWebhook', { path }],
      ['updateWebhook', { path, body: {} }],
      ['deleteWebhook', { path }],
      ['testWebhook', { path }],
      ['listWebhookDeliveries', { path }],
    ];
    for (const [op, opts] of calls) {
      const res = await server.call(op, opts);
      expect(res.status, op).toBe(401);
    }
  });

  it('refuses an agent key on every write with 403 agent_key_read_only', async () => {
    const path = { webhook_id: hookId };
    const calls: Array<[string, Record<string, unknown>]> = [
      ['createWebhook', { body: { url: `${receiver.url}/x`, events: ['backtest.completed'] } }],
      ['updateWebhook', { path, body: { active: true } }],
      ['deleteWebhook', { path }],
      ['testWebhook', { path }],
    ];
    for (const [op, opts] of calls) {
      const res = await server.call(op, { headers: agentKey(), ...opts });
      expect(res.status, op).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'PERMISSION_DENIED', details: { reason: 'agent_key_read_only' } });
    }
    expect((await server.call('getWebhook', { headers: aliceKey(), path })).body.active).toBe(false);
  });

  it("answers another account's subscription and an unknown id with the same 404", async () => {
    const bobKey = { 'X-API-Key': bob.apiKey };
    for (const id of [hookId, UNKNOWN]) {
      const path = { webhook_id: id };
      for (const [op, opts] of [
        ['getWebhook', { path }],
        ['updateWebhook', { path, body: { active: true } }],
        ['testWebhook', { path }],
        ['listWebhookDeliveries', { path }],
        ['deleteWebhook', { path }],
      ] as Array<[string, Record<string, unknown>]>) {
        const res = await server.call(op, { headers: bobKey, ...opts });
        expect(res.status, `${op} ${id}`).toBe(404);
        expect(res.body.error).toMatchObject({ code: 'WEBHOOK_NOT_FOUND', details: { webhook_id: id } });
      }
    }
    expect((await server.call('listWebhooks', { headers: bobKey })).body).toEqual({ webhooks: [], total: 0 });
    // Bob's attempts changed nothing.
    expect((await server.call('getWebhook', { headers: aliceKey(), path: { webhook_id: hookId } })).status).toBe(200);
  });

  it('answers malformed ids, bodies, queries and refused URLs with 422', async () => {
    const bad = { webhook_id: 'not-a-uuid' };
    for (const op of ['getWebhook', 'deleteWebhook', 'testWebhook', 'listWebhookDeliveries']) {
      const res = await server.call(op, { headers: jwt, path: bad });
      expect(res.status, op).toBe(422);
    }
    const q = await server.call('listWebhookDeliveries', { headers: jwt, path: { webhook_id: hookId }, query: { limit: '0' } });
    expect(q.status).toBe(422);
    const unknownEvent = await server.call('createWebhook', { headers: jwt, body: { url: `${receiver.url}/x`, events: ['order.filled'] } });
    expect(unknownEvent.status).toBe(422);
    const noEvents = await server.call('createWebhook', { headers: jwt, body: { url: `${receiver.url}/x`, events: [] } });
    expect(noEvents.status).toBe(422);
    const scheme = await server.call('createWebhook', {
      headers: jwt,
      body: { url: 'ftp://example.com/x', events: ['backtest.completed'] },
    });
    expect(scheme.status).toBe(422);
    expect(scheme.body.error.details).toMatchObject({ reason: 'scheme_not_allowed', errors: [{ field: 'body.url' }] });
    const put = await server.call('updateWebhook', { headers: jwt, path: { webhook_id: hookId }, body: { url: 'not a url' } });
    expect(put.status).toBe(422);
    expect(put.body.error.details.reason).toBe('invalid_url');
    const extra = await server.call('updateWebhook', { headers: jwt, path: { webhook_id: hookId }, body: { secret: 'mine' } });
    expect(extra.status).toBe(422);
  });

  it('holds at most 25 subscriptions per account (409 limit_reached), inactive ones included', async () => {
    for (let i = 1; i < 25; i++) {
      const res = await server.call('createWebhook', {
        headers: aliceKey(),
        body: { url: `${receiver.url}/h${i}`, events: ['battle.completed'] },
      });
      expect(res.status).toBe(201);
    }
    const over = await server.call('createWebhook', {
      headers: aliceKey(),
      body: { url: `${receiver.url}/h25`, events: ['battle.completed'] },
    });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'LIMIT_REACHED', details: { reason: 'limit_reached', limit: 25, current: 25 } });
    expect((await server.call('listWebhooks', { headers: jwt })).body.total).toBe(25);
  });

  it('deletes a subscription with its log', async () => {
    const res = await server.call('deleteWebhook', { headers: jwt, path: { webhook_id: hookId } });
    expect(res.status).toBe(204);
    expect((await server.call('getWebhook', { headers: jwt, path: { webhook_id: hookId } })).status).toBe(404);
    const again = await server.call('createWebhook', {
      headers: jwt,
      body: { url: `${receiver.url}/again`, events: ['battle.completed'] },
    });
    expect(again.status).toBe(201);
  });
});
