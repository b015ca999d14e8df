// A live battle across server restarts (file database, the whole app): a paused fresh-wallet battle
// comes back paused with the battle wallet in place, carries on, and gives the agent's own wallet
// back when it is stopped; a fixed battle whose end passed while the server was down stops on the
// first scheduler tick after the start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createAgent } from '../../src/services/agent.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';
import { positionsOf, walletOf } from './battles-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-battles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function boot(file: string, clock: ManualClock) {
  const source = new ScriptedSource(clock, ['BTCUSDT', 'ETHUSDT'], 'battle-restart');
  // A long snapshot period: the only ticks are the one at start and the ones the test asks for.
  const env = { ...TEST_ENV, DATABASE_URL: join(dir, file), MARKET_HISTORY_DAYS: '0', BATTLE_SNAPSHOT_INTERVAL_MS: '3600000' };
  const app = await createApp(loadConfig(env), { clock, source });
  await app.start();
  source.push('BTCUSDT', '60000');
  source.push('ETHUSDT', '3000');
  return { app, source, ctx: app.services };
}

describe('battles across a restart', () => {
  it('keeps a paused fresh-wallet battle, then stops it and gives the own wallet back', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const first = await boot('paused.db', clock);
    const reg = await registerAccount(first.ctx, { displayName: 'restart' });
    const account = reg.account;
    const a = reg.agent;
    const b = (await createAgent(first.ctx, account, { displayName: 'Bravo' })).view.agent;
    await placeOrder(first.ctx, account, a, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    const own = await walletOf(first.ctx, a.id);
    const ownPositions = await positionsOf(first.ctx, a.id);
    const { id } = await first.ctx.battles.create(account, { name: 'Durable', preset: 'day_trader', config: { starting_balance: '3000' } });
    await first.ctx.battles.addParticipant(account, id, a.id);
    await first.ctx.battles.addParticipant(account, id, b.id);
    await first.ctx.battles.start(account, id);
    await first.ctx.battles.pause(account, id, b.id);
    await first.app.stop();

    const second = await boot('paused.db', clock);
    const battles = second.ctx.battles;
    expect((await battles.get(account, id)).status).toBe('paused');
    expect(await walletOf(second.ctx, a.id)).toEqual(['USDT: 3000.00000000/0.00000000']);
    await battles.resume(account, id, b.id);
    await second.app.stop();

    const third = await boot('paused.db', clock);
    expect((await third.ctx.battles.get(account, id)).status).toBe('active');
    const stopped = await third.ctx.battles.stop(account, id);
    expect(stopped.status).toBe('completed');
    expect(await walletOf(third.ctx, a.id)).toEqual(own);
    expect(await positionsOf(third.ctx, a.id)).toEqual(ownPositions);
    expect(await walletOf(third.ctx, b.id)).toEqual(['USDT: 10000.00000000/0.00000000']);
    await third.app.stop();
  });

  it('stops a fixed battle whose end passed while the server was down on the first tick', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const first = await boot('overdue.db', clock);
    const reg = await registerAccount(first.ctx, { displayName: 'overdue' });
    const b = (await createAgent(first.ctx, reg.account, { displayName: 'Bravo' })).view.agent;
    const { id } = await first.ctx.battles.create(reg.account, { name: 'Sprint', preset: 'quick_1h', config: { starting_balance: '500' } });
    await first.ctx.battles.addParticipant(reg.account, id, reg.agent.id);
    await first.ctx.battles.addParticipant(reg.account, id, b.id);
    await first.ctx.battles.start(reg.account, id);
    await first.app.stop();

    clock.advance(2 * 3_600_000);
    const second = await boot('overdue.db', clock);
    // The scheduler's first tick runs at start; close() waits for it and the completion it asked for.
    await second.ctx.battles.close();
    const done = await second.ctx.battles.get(reg.account, id);
    expect(done.status).toBe('completed');
    expect(await walletOf(second.ctx, reg.agent.id)).toEqual(['USDT: 10000.00000000/0.00000000']);
    await second.app.stop();
  });
});
