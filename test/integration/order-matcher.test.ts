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
import { placeOrder } from '../../src/services/trading.service.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-matcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function boot(file: string, clock: ManualClock) {
  const source = new ScriptedSource(clock, ['BTCUSDT'], 'matcher');
  const app = await createApp(loadConfig({ ...TEST_ENV, DATABASE_URL: join(dir, file), MARKET_HISTORY_DAYS: '0' }), { clock, source });
  await app.start();
  return { app, source, ctx: app.services };
}

describe('order matcher', () => {
  it('keeps pending orders across a restart and fills them on the next crossing tick', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const first = await boot('restart.db', clock);
    first.source.push('BTCUSDT', '60000');
    const reg = await registerAccount(first.ctx, { displayName: 'restart' });
    const placed = await placeOrder(first.ctx, reg.account, reg.agent, { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '59000' });
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
    const old = await placeOrder(ctx, reg.account, reg.agent, { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '50000' });
    clock.advance(6 * 86_400_000);
    const young = await placeOrder(ctx, reg.account, reg.agent, { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.001', price: '50000' });
    clock.advance(86_400_000 + 1);
    expect(await ctx.matcher.expireStale()).toBe(1);
    const rows = await ctx.db.selectFrom('orders').select(['id', 'status', 'cancel_reason']).orderBy('created_ms').execute();
    expect(rows).toEqual([
      { id: old.view.order.id, status: 'expired', cancel_reason: 'expired' },
      { id: young.view.order.id, status: 'pending', cancel_reason: null },
    ]);
    const usdt = await ctx.db.selectFrom('balances').selectAll().where('agent_id', '=', reg.agent.id).where('asset', '=', 'USDT').executeTakeFirstOrThrow();
    expect(usdt.locked).toBe(young.view.order.locked_amount);
    expect(ctx.matcher.pendingCount).toBe(1);
    await app.stop();
  });
});
