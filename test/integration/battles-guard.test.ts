// The live-battle order guard in placeOrder: a participant of a running live battle may trade only
// the battle's allowed pairs, not while paused and not once eliminated — each an ORDER_REJECTED
// with its reason, nothing stored. Agents outside a running battle trade as before.
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../src/db/schema.js';
import { DomainError } from '../../src/errors.js';
import { parseAmount } from '../../src/money.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { battleWorld, newAgent, owner, type BattleWorld } from './battles-fixtures.js';

async function rejection(promise: Promise<unknown>): Promise<{ code: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, ...(err.details ? { details: err.details } : {}) };
    throw err;
  }
  return { code: 'placed' };
}

describe('battle order guard', () => {
  let world: BattleWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function setup(config: Record<string, unknown>) {
    world = await battleWorld();
    const { ctx, battles } = world;
    const me = await owner(ctx, 'guard');
    const a = me.agent;
    const b = await newAgent(ctx, me.account, 'Bravo');
    const outsider = await newAgent(ctx, me.account, 'Outsider');
    const { id } = await battles.create(me.account, { name: 'Guarded', config });
    await battles.addParticipant(me.account, id, a.id);
    await battles.addParticipant(me.account, id, b.id);
    const buy = (agent: Agent, symbol: string) =>
      rejection(placeOrder(ctx, me.account, agent, { symbol, side: 'buy', type: 'market', quantity: symbol === 'BTCUSDT' ? '0.01' : '1' }));
    const orderCount = async (agentId: string) =>
      Number(
        (
          await ctx.db
            .selectFrom('orders')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('agent_id', '=', agentId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { ctx, battles, account: me.account, id, a, b, outsider, buy, orderCount };
  }

  it('confines participants of a running battle to its allowed pairs', async () => {
    const { battles, account, id, a, outsider, buy, orderCount } = await setup({ allowed_pairs: ['BTCUSDT', 'SOLUSDT'] });
    // Before the start the battle restricts nothing.
    expect(await buy(a, 'ETHUSDT')).toEqual({ code: 'placed' });
    await battles.start(account, id);
    const before = await orderCount(a.id);
    expect(await buy(a, 'ETHUSDT')).toEqual({
      code: 'ORDER_REJECTED',
      details: { reason: 'pair_not_allowed_in_battle', battle_id: id, symbol: 'ETHUSDT', allowed_pairs: ['BTCUSDT', 'SOLUSDT'] },
    });
    // Any case: the symbol is the pair's.
    expect((await buy(a, 'ethusdt')).details?.reason).toBe('pair_not_allowed_in_battle');
    expect(await orderCount(a.id)).toBe(before);
    expect(await buy(a, 'BTCUSDT')).toEqual({ code: 'placed' });
    expect(await buy(outsider, 'ETHUSDT')).toEqual({ code: 'placed' });
    await battles.stop(account, id);
    expect(await buy(a, 'ETHUSDT')).toEqual({ code: 'placed' });
  });

  it('refuses orders of a paused participant until it is resumed', async () => {
    const { battles, account, id, a, b, outsider, buy } = await setup({});
    await battles.start(account, id);
    await battles.pause(account, id, a.id);
    expect(await buy(a, 'ETHUSDT')).toEqual({
      code: 'ORDER_REJECTED',
      details: { reason: 'battle_participant_paused', battle_id: id, agent_id: a.id },
    });
    expect(await buy(b, 'ETHUSDT')).toEqual({ code: 'placed' });
    expect(await buy(outsider, 'ETHUSDT')).toEqual({ code: 'placed' });
    await battles.resume(account, id, a.id);
    expect(await buy(a, 'ETHUSDT')).toEqual({ code: 'placed' });
  });

  it('refuses orders of an eliminated participant, and cancels its resting ones', async () => {
    const { ctx, battles, account, id, a, b, buy } = await setup({ survival: true });
    const participantC = await newAgent(ctx, account, 'Charlie');
    await battles.addParticipant(account, id, participantC.id);
    await battles.start(account, id);
    const resting = await placeOrder(ctx, account, a, { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.01', price: '50000' });
    expect(ctx.matcher.pendingCount).toBe(1);
    await battles.eliminate(id, a.id, parseAmount('400'));
    expect(await buy(a, 'BTCUSDT')).toEqual({
      code: 'ORDER_REJECTED',
      details: { reason: 'battle_participant_eliminated', battle_id: id, agent_id: a.id },
    });
    const row = await ctx.db.selectFrom('orders').selectAll().where('id', '=', resting.view.order.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'cancelled', cancel_reason: 'battle' });
    expect(ctx.matcher.pendingCount).toBe(0);
    expect(await buy(b, 'BTCUSDT')).toEqual({ code: 'placed' });
  });
});
