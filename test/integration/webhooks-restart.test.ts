// Webhook delivery across server restarts (file database, the whole app): a delivery cut short in
// flight by a stop, and one waiting for its retry, are both delivered by the next process; and a
// live battle's completion reaches its subscribers as battle.completed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createAgent } from '../../src/services/agent.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import { enqueueWebhookEventSync } from '../../src/webhooks/outbox.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';
import { Receiver, verifySignature } from './webhooks-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-webhooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function boot(file: string, clock: ManualClock) {
  const source = new ScriptedSource(clock, ['BTCUSDT', 'ETHUSDT'], 'webhooks-restart');
  // A long poll period: the rounds are the one at start, the ones an enqueue wakes, and the test's.
  const env = {
    ...TEST_ENV,
    DATABASE_URL: join(dir, file),
    MARKET_HISTORY_DAYS: '0',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    WEBHOOK_POLL_INTERVAL_MS: '3600000',
    WEBHOOK_RETRY_DELAYS_MS: '10000,30000,60000',
  };
  const app = await createApp(loadConfig(env), { clock, source });
  await app.start();
  source.push('BTCUSDT', '60000');
  source.push('ETHUSDT', '3000');
  return { app, ctx: app.services };
}

describe('webhooks across a restart', () => {
  let receiver: Receiver;
  beforeEach(async () => {
    receiver = await Receiver.start();
  });
  afterEach(async () => {
    await receiver.close();
  });

  it('delivers after a restart a delivery that was in flight when the server stopped', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const first = await boot('in-flight.db', clock);
    const { account } = await registerAccount(first.ctx, { displayName: 'in flight' });
    const hook = await first.ctx.webhooks.create(account, { url: `${receiver.url}/hook`, events: ['strategy.deployed'] });
    receiver.script = ['hang'];
    await first.ctx.writes.submit((tx) =>
      enqueueWebhookEventSync(tx, first.ctx, account.id, 'strategy.deployed', { strategy_id: 's-1', version: 2 }),
    );
    // The enqueue woke the worker: the receiver holds the request without answering.
    await receiver.count(1);
    await first.app.stop();

    const second = await boot('in-flight.db', clock);
    await receiver.count(2);
    await second.ctx.webhooks.worker.settled();
    const [a, b] = receiver.received;
    expect(b!.body).toBe(a!.body);
    expect(b!.headers['x-tradeready-delivery']).toBe(a!.headers['x-tradeready-delivery']);
    expect(verifySignature(hook.secret, b!, Math.floor(clock.now() / 1000))).toBe(true);
    const { deliveries } = await second.ctx.webhooks.deliveries(account, hook.id, {});
    // The attempt cut short by the stop left no outcome; the one after the restart delivered.
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: 'delivered', attempts: 1, last_status_code: 200 });
    await second.app.stop();
  });

  it('delivers after a restart a delivery waiting for its retry, and an event not yet fanned out', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const first = await boot('retry.db', clock);
    const { account } = await registerAccount(first.ctx, { displayName: 'retry' });
    const hook = await first.ctx.webhooks.create(account, {
      url: `${receiver.url}/hook`,
      events: ['backtest.completed', 'strategy.deployed'],
    });
    receiver.script = [500];
    await first.ctx.writes.submit((tx) => enqueueWebhookEventSync(tx, first.ctx, account.id, 'backtest.completed', { backtest_id: 'b-1' }));
    await receiver.count(1);
    await first.ctx.webhooks.worker.settled();
    expect((await first.ctx.webhooks.deliveries(account, hook.id, {})).deliveries[0]).toMatchObject({ status: 'pending', attempts: 1 });
    // Stop the worker first, so this event is still in the outbox (not fanned out) at the restart.
    await first.ctx.webhooks.close();
    await first.ctx.writes.submit((tx) => enqueueWebhookEventSync(tx, first.ctx, account.id, 'strategy.deployed', { strategy_id: 's-2' }));
    await first.app.stop();

    clock.advance(10_000);
    const second = await boot('retry.db', clock);
    await receiver.count(3);
    await second.ctx.webhooks.worker.settled();
    const events = receiver.received.map((r) => JSON.parse(r.body).event);
    expect(events.slice(1).sort()).toEqual(['backtest.completed', 'strategy.deployed']);
    const { deliveries } = await second.ctx.webhooks.deliveries(account, hook.id, {});
    expect(deliveries.map((d) => [d.event, d.status, d.attempts]).sort()).toEqual([
      ['backtest.completed', 'delivered', 2],
      ['strategy.deployed', 'delivered', 1],
    ]);
    await second.app.stop();
  });

  it('announces a completed live battle as battle.completed', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const { app, ctx } = await boot('battle.db', clock);
    const reg = await registerAccount(ctx, { displayName: 'battler' });
    const b = (await createAgent(ctx, reg.account, { displayName: 'Bravo' })).view.agent;
    const hook = await ctx.webhooks.create(reg.account, { url: `${receiver.url}/hook`, events: ['battle.completed'] });
    const { id } = await ctx.battles.create(reg.account, { name: 'Hooked', preset: 'day_trader' });
    await ctx.battles.addParticipant(reg.account, id, reg.agent.id);
    await ctx.battles.addParticipant(reg.account, id, b.id);
    await ctx.battles.start(reg.account, id);
    await ctx.battles.stop(reg.account, id);
    await receiver.count(1);
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body).toMatchObject({
      event: 'battle.completed',
      webhook_id: hook.id,
      battle_id: id,
      data: { battle_id: id, name: 'Hooked', battle_mode: 'live', status: 'completed', participant_count: 2 },
    });
    expect([reg.agent.id, b.id]).toContain(body.data.winner_agent_id);
    await app.stop();
  });
});
