// The matcher around the engine: pending orders survive a restart and still fire on the next
// crossing tick; orders older than seven days expire and give their locks back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { registerAccount } from '../../src/services/auth.service.js';
import { rawHandleOf, type Db } from '../../src/db/connection.js';
import { readNow } from '../../src/db/store.js';
import type { Logger } from '../../src/logger.js';
import { createAgent, deleteAgent } from '../../src/services/agent.service.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-matcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Error lines a test's app logged, as `{ msg, ...fields }`. */
type Logged = Array<Record<string, unknown>>;

function recordingLogger(errors: Logged): Logger {
  const ignore = () => undefined;
  return { debug: ignore, info: ignore, warn: ignore, error: (msg, fields) => errors.push({ msg, ...fields }) };
}

async function boot(file: string, clock: ManualClock, opts: { symbols?: string[]; errors?: Logged } = {}) {
  const source = new ScriptedSource(clock, opts.symbols ?? ['BTCUSDT'], 'matcher');
  const deps = { clock, source, ...(opts.errors ? { logger: recordingLogger(opts.errors) } : {}) };
  const app = await createApp(loadConfig({ ...TEST_ENV, DATABASE_URL: join(dir, file), MARKET_HISTORY_DAYS: '0' }), deps);
  await app.start();
  return { app, source, ctx: app.services };
}

/** Makes an agent's wallet unreadable under any bound, as a damaged row would be. */
async function corruptWallet(db: Db, agentId: string): Promise<void> {
  await db.updateTable('balances').set({ available: 'garbage' }).where('agent_id', '=', agentId).where('asset', '=', 'USDT').execute();
}

const statusOf = async (db: Db, id: string) =>
  (await db.selectFrom('orders').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

describe('order matcher', () => {
  it('keeps pending orders across a restart and fills them on the next crossing tick', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const first = await boot('restart.db', clock);
    first.source.push('BTCUSDT', '60000');
    const reg = await registerAccount(first.ctx, { displayName: 'restart' });
    const placed = await placeOrder(first.ctx, reg.account, reg.agent, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'limit',
      quantity: '0.001',
      price: '59000',
    });
    expect(placed.view.order.status).toBe('pending');
    await first.app.stop();

    const second = await boot('restart.db', clock);
    expect(second.ctx.matcher.pendingCount).toBe(1);
    second.source.push('BTCUSDT', '58999.99');
    await second.ctx.matcher.idle();
    const order = await second.ctx.db.selectFrom('orders').selectAll().where('id', '=', placed.view.order.id).executeTakeFirstOrThrow();
    expect(order.status).toBe('filled');
    const fill = await second.ctx.db.selectFrom('fills').selectAll().where('order_id', '=', order.id).executeTakeFirstOrThrow();
    expect(fill.price).toBe('59000.00000000');
    await second.app.stop();
  });

  it('expires orders older than seven days and releases their locks', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const { app, source, ctx } = await boot('expiry.db', clock);
    source.push('BTCUSDT', '60000');
    const reg = await registerAccount(ctx, { displayName: 'expiry' });
    const old = await placeOrder(ctx, reg.account, reg.agent, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'limit',
      quantity: '0.001',
      price: '50000',
    });
    clock.advance(6 * 86_400_000);
    const young = await placeOrder(ctx, reg.account, reg.agent, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'limit',
      quantity: '0.001',
      price: '50000',
    });
    clock.advance(86_400_000 + 1);
    expect(await ctx.matcher.expireStale()).toBe(1);
    const rows = await ctx.db.selectFrom('orders').select(['id', 'status', 'cancel_reason']).orderBy('created_ms').execute();
    expect(rows).toEqual([
      { id: old.view.order.id, status: 'expired', cancel_reason: 'expired' },
      { id: young.view.order.id, status: 'pending', cancel_reason: null },
    ]);
    const usdt = await ctx.db
      .selectFrom('balances')
      .selectAll()
      .where('agent_id', '=', reg.agent.id)
      .where('asset', '=', 'USDT')
      .executeTakeFirstOrThrow();
    expect(usdt.locked).toBe(young.view.order.locked_amount);
    expect(ctx.matcher.pendingCount).toBe(1);
    await app.stop();
  });

  it("expires every tenant's stale orders while one agent holds more than 10^12 of a cheap coin", async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const { app, source, ctx } = await boot('hoard.db', clock, { symbols: ['BTCUSDT', 'SHIBUSDT'] });
    source.push('BTCUSDT', '60000');
    const hoarder = await registerAccount(ctx, { displayName: 'hoarder', startingBalance: '100000000' });
    const other = await registerAccount(ctx, { displayName: 'other' });
    const limit = { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '50000' } as const;
    const stale = [await placeOrder(ctx, hoarder.account, hoarder.agent, limit), await placeOrder(ctx, other.account, other.agent, limit)];

    // At the pair's smallest price step, 22 orders of its maximum quantity pass 10^12 coins.
    source.push('SHIBUSDT', '0.00000001');
    for (let i = 0; i < 22; i++) {
      await placeOrder(ctx, hoarder.account, hoarder.agent, { symbol: 'SHIBUSDT', side: 'buy', type: 'market', quantity: '46116860414' });
    }
    const shib = await ctx.db
      .selectFrom('balances')
      .select('available')
      .where('agent_id', '=', hoarder.agent.id)
      .where('asset', '=', 'SHIB')
      .executeTakeFirstOrThrow();
    expect(shib.available).toBe('1014570929108.00000000');

    clock.advance(7 * 86_400_000 + 1);
    expect(await ctx.matcher.expireStale()).toBe(2);
    for (const placed of stale) expect(await statusOf(ctx.db, placed.view.order.id)).toBe('expired');
    expect(ctx.matcher.pendingCount).toBe(0);
    await app.stop();
  });

  it('skips an order it cannot expire, logs it once and expires the others', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const errors: Logged = [];
    const { app, source, ctx } = await boot('expiry-isolation.db', clock, { errors });
    source.push('BTCUSDT', '60000');
    const broken = await registerAccount(ctx, { displayName: 'broken' });
    const healthy = await registerAccount(ctx, { displayName: 'healthy' });
    const limit = { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '50000' } as const;
    const bad = await placeOrder(ctx, broken.account, broken.agent, limit);
    const good = await placeOrder(ctx, healthy.account, healthy.agent, limit);
    await corruptWallet(ctx.db, broken.agent.id);

    clock.advance(7 * 86_400_000 + 1);
    expect(await ctx.matcher.expireStale()).toBe(1);
    expect(await statusOf(ctx.db, good.view.order.id)).toBe('expired');
    expect(await statusOf(ctx.db, bad.view.order.id)).toBe('pending');
    expect(errors.filter((e) => e.order_id === bad.view.order.id)).toHaveLength(1);

    // The next run skips it again, without a second log line.
    expect(await ctx.matcher.expireStale()).toBe(0);
    expect(errors.filter((e) => e.order_id === bad.view.order.id)).toHaveLength(1);
    await app.stop();
  });

  it('skips an order it cannot fill, logs it once, fills the others and does not retry it on every tick', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const errors: Logged = [];
    const { app, source, ctx } = await boot('fill-isolation.db', clock, { errors });
    source.push('BTCUSDT', '60000');
    const broken = await registerAccount(ctx, { displayName: 'broken' });
    const healthy = await registerAccount(ctx, { displayName: 'healthy' });
    const limit = { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '59000' } as const;
    const bad = await placeOrder(ctx, broken.account, broken.agent, limit);
    const good = await placeOrder(ctx, healthy.account, healthy.agent, limit);
    expect(ctx.matcher.pendingCount).toBe(2);
    await corruptWallet(ctx.db, broken.agent.id);

    for (const price of ['58999', '58998', '58997']) {
      source.push('BTCUSDT', price);
      await ctx.matcher.idle();
    }
    expect(await statusOf(ctx.db, good.view.order.id)).toBe('filled');
    expect(await statusOf(ctx.db, bad.view.order.id)).toBe('pending');
    expect(errors.filter((e) => e.order_id === bad.view.order.id)).toHaveLength(1);
    expect(ctx.matcher.pendingCount).toBe(0);
    await app.stop();
  });

  it('starts with every readable pending order when one stored order cannot be read', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const first = await boot('start-isolation.db', clock);
    first.source.push('BTCUSDT', '60000');
    const reg = await registerAccount(first.ctx, { displayName: 'restart' });
    const limit = { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '59000' } as const;
    const bad = await placeOrder(first.ctx, reg.account, reg.agent, limit);
    const good = await placeOrder(first.ctx, reg.account, reg.agent, limit);
    await first.ctx.db.updateTable('orders').set({ price: 'garbage' }).where('id', '=', bad.view.order.id).execute();
    await first.app.stop();

    const errors: Logged = [];
    const second = await boot('start-isolation.db', clock, { errors });
    expect(second.ctx.matcher.pendingCount).toBe(1);
    expect(errors.filter((e) => e.order_id === bad.view.order.id)).toHaveLength(1);
    second.source.push('BTCUSDT', '58999');
    await second.ctx.matcher.idle();
    expect(await statusOf(second.ctx.db, good.view.order.id)).toBe('filled');
    await second.app.stop();
  });

  it('answers and tracks every resting order that committed when its group commit failed', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const { app, source, ctx } = await boot('group-commit.db', clock);
    source.push('BTCUSDT', '60000');
    const alice = await registerAccount(ctx, { displayName: 'alice' });
    const bob = await registerAccount(ctx, { displayName: 'bob' });
    const limit = { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '59000' } as const;
    // Three pieces in one batch; the middle one breaks a deferred constraint, so the COMMIT fails.
    const outcomes = await Promise.allSettled([
      placeOrder(ctx, alice.account, alice.agent, limit),
      ctx.writes.submit(async () => {
        const h = rawHandleOf(ctx.db);
        h.pragma('defer_foreign_keys = ON');
        h.prepare(
          "INSERT INTO balances (agent_id, asset, available, locked, updated_at) VALUES ('no-such-agent', 'USDT', '1', '0', 'x')",
        ).run();
      }),
      placeOrder(ctx, bob.account, bob.agent, limit),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(ctx.writes.failedCommits).toBe(1);
    const placed = outcomes
      .filter((o) => o.status === 'fulfilled')
      .map((o) => (o as PromiseFulfilledResult<Awaited<ReturnType<typeof placeOrder>>>).value);
    for (const p of placed) expect(await statusOf(ctx.db, p.view.order.id)).toBe('pending');
    expect(ctx.matcher.pendingCount).toBe(2);
    // Each agent's order-rate count holds its one stored order, not the rolled-back first run too.
    const counts = await readNow(ctx.db, async (tx) => [
      await ctx.orderRate.count(tx, alice.agent.id, clock.now()),
      await ctx.orderRate.count(tx, bob.agent.id, clock.now()),
    ]);
    expect(counts).toEqual([1, 1]);

    source.push('BTCUSDT', '58999');
    await ctx.matcher.idle();
    for (const p of placed) expect(await statusOf(ctx.db, p.view.order.id)).toBe('filled');
    await app.stop();
  });

  it('forgets the resting orders of a deleted agent at once', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const errors: Logged = [];
    const { app, source, ctx } = await boot('delete.db', clock, { errors });
    source.push('BTCUSDT', '60000');
    const reg = await registerAccount(ctx, { displayName: 'owner' });
    const doomed = await createAgent(ctx, reg.account, { displayName: 'doomed' });
    const keeper = await placeOrder(ctx, reg.account, reg.agent, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'limit',
      quantity: '0.001',
      price: '59000',
    });
    for (const price of ['59000', '58000', '57000']) {
      await placeOrder(ctx, reg.account, doomed.view.agent, { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price });
    }
    expect(ctx.matcher.pendingCount).toBe(4);

    await deleteAgent(ctx, reg.account, doomed.view.agent.id);
    expect(ctx.matcher.pendingCount).toBe(1);

    source.push('BTCUSDT', '56000');
    await ctx.matcher.idle();
    expect(await statusOf(ctx.db, keeper.view.order.id)).toBe('filled');
    expect(await ctx.db.selectFrom('orders').select('id').where('agent_id', '=', doomed.view.agent.id).execute()).toEqual([]);
    expect(errors).toEqual([]);
    expect(ctx.matcher.pendingCount).toBe(0);
    await app.stop();
  });
});
