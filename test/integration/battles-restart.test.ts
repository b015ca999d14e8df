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
import { bars, MIN, storeBars, T0, walk } from './backtest-fixtures.js';
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

  it('brings back a battle in every state, and each carries on from where it was', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
    const first = await boot('states.db', clock);
    const ctx = first.ctx;
    // History for the historical battle: 120 minutes of BTCUSDT (a listed pair of the scripted source).
    await storeBars(ctx, 'BTCUSDT', bars(T0, walk(120, 7)));
    const reg = await registerAccount(ctx, { displayName: 'states' });
    const account = reg.account;
    const agents = [reg.agent];
    for (const name of ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']) {
      agents.push((await createAgent(ctx, account, { displayName: name })).view.agent);
    }
    const battles = ctx.battles;
    const make = async (name: string, members: number[], extra: Record<string, unknown> = {}) => {
      const { id } = await battles.create(account, { name, preset: 'day_trader', ...extra });
      for (const i of members) await battles.addParticipant(account, id, agents[i]!.id);
      return id;
    };
    const draft = await make('draft', []);
    const pending = await make('pending', [0]);
    const active = await make('active', [1, 2]);
    await battles.start(account, active);
    await placeOrder(ctx, account, agents[1]!, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    const completed = await make('completed', [3, 4]);
    await battles.start(account, completed);
    await battles.stop(account, completed);
    const cancelled = await make('cancelled', [5, 6]);
    await battles.start(account, cancelled);
    await battles.remove(account, cancelled);
    const historical = await make('historical', [7, 8], {
      preset: 'historical_day',
      backtest_config: { start_time: new Date(T0).toISOString(), end_time: new Date(T0 + 100 * MIN).toISOString(), pairs: ['BTCUSDT'] },
    });
    await battles.start(account, historical);
    await battles.step(account, historical, 10);
    await battles.placeOrder(account, historical, { agent_id: agents[7]!.id, symbol: 'BTCUSDT', side: 'buy', quantity: '0.1' });
    await battles.step(account, historical, 5);

    const ids = [draft, pending, active, completed, cancelled, historical];
    const before = await Promise.all(ids.map((id) => battles.get(account, id)));
    const results = await battles.results(account, completed);
    const historicalLive = await battles.live(account, historical);
    await first.app.stop();

    const second = await boot('states.db', clock);
    const again = second.ctx.battles;
    const after = await Promise.all(ids.map((id) => again.get(account, id)));
    expect(after.map((b) => b.status)).toEqual(['draft', 'pending', 'active', 'completed', 'cancelled', 'active']);
    expect(after).toEqual(before);
    expect(await again.results(account, completed)).toEqual(results);
    expect((await again.live(account, historical)).participants).toEqual(historicalLive.participants);
    // Each carries on: the pending one starts, the live one trades and stops, the historical one steps to its end.
    await again.addParticipant(account, pending, agents[9]!.id);
    expect((await again.start(account, pending)).status).toBe('active');
    await placeOrder(second.ctx, account, agents[1]!, { symbol: 'BTCUSDT', side: 'sell', type: 'market', quantity: '0.01' });
    const live = await again.live(account, active);
    expect(live.participants.find((p) => p.agent_id === agents[1]!.id)?.trade_count).toBe(2);
    expect((await again.stop(account, active)).status).toBe('completed');
    const end = await again.step(account, historical, 10_000);
    expect(end.is_complete).toBe(true);
    expect(end.step).toBe(100);
    expect((await again.results(account, historical)).rankings).toHaveLength(2);
    await second.app.stop();
  });
});
