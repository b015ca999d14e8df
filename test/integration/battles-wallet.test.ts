// Live battle wallets: a fresh wallet holds exactly the battle's starting balance while the battle
// runs, and the agent's own holdings — unit for unit, with their positions — come back when it is
// stopped or cancelled; pending orders are cancelled (reason `battle`) with their locks released,
// on both sides of the battle. An existing wallet is left alone. Money is neither made nor lost.
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../src/db/schema.js';
import { formatAmount, mulAmount, parseAmount } from '../../src/money.js';
import type { OrderEvent } from '../../src/services/events.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { battleWorld, newAgent, owner, positionsOf, walletOf, type BattleWorld } from './battles-fixtures.js';

describe('battle wallets', () => {
  let world: BattleWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function setup() {
    world = await battleWorld();
    const { ctx, battles, source } = world;
    const me = await owner(ctx, 'wallets');
    const a = me.agent;
    const b = await newAgent(ctx, me.account, 'Bravo');
    const orderEvents: OrderEvent[] = [];
    const changed: string[] = [];
    ctx.events.onOrder((e) => orderEvents.push(e));
    ctx.events.onAgentChanged((id) => changed.push(id));
    const order = (agent: Agent, req: Parameters<typeof placeOrder>[3]) => placeOrder(ctx, me.account, agent, req);
    return { ctx, battles, source, account: me.account, a, b, orderEvents, changed, order };
  }

  const orderRow = (w: BattleWorld, id: string) => w.ctx.db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('gives a fresh wallet of exactly the starting balance and restores the agent’s own holdings after stop', async () => {
    const { ctx, battles, source, account, a, b, orderEvents, changed, order } = await setup();
    // The agent's own wallet: BTC bought, a position, and a resting ETH buy holding a lock.
    await order(a, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.05' });
    const resting = await order(a, { symbol: 'ETHUSDT', side: 'buy', type: 'limit', quantity: '1', price: '2000' });
    expect(resting.view.order.status).toBe('pending');
    expect(ctx.matcher.pendingCount).toBe(1);
    const usdt = await ctx.db
      .selectFrom('balances')
      .selectAll()
      .where('agent_id', '=', a.id)
      .where('asset', '=', 'USDT')
      .executeTakeFirstOrThrow();
    expect(parseAmount(usdt.locked)).toBeGreaterThan(0n);
    const freeUsdt = formatAmount(parseAmount(usdt.available) + parseAmount(usdt.locked));
    const ownPositions = await positionsOf(ctx, a.id);
    expect(ownPositions).toHaveLength(1);
    source.push('BTCUSDT', '62000');

    const { id } = await battles.create(account, { name: 'Fresh', config: { starting_balance: '5000' } });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    orderEvents.length = 0;
    changed.length = 0;
    const started = await battles.start(account, id);

    // Valued at the feed: the cash (its lock released) plus 0.05 BTC at 62000.
    const equity = parseAmount(freeUsdt) + mulAmount(parseAmount('0.05'), parseAmount('62000'));
    expect(started.participants.map((p) => [p.agent_id, p.snapshot_balance, p.starting_balance])).toEqual([
      [a.id, formatAmount(equity), '5000.00000000'],
      [b.id, '10000.00000000', '5000.00000000'],
    ]);
    expect(await walletOf(ctx, a.id)).toEqual(['USDT: 5000.00000000/0.00000000']);
    expect(await walletOf(ctx, b.id)).toEqual(['USDT: 5000.00000000/0.00000000']);
    expect(await positionsOf(ctx, a.id)).toEqual([]);
    expect(await orderRow(world!, resting.view.order.id)).toMatchObject({
      status: 'cancelled',
      cancel_reason: 'battle',
      locked_amount: '0.00000000',
    });
    expect(ctx.matcher.pendingCount).toBe(0);
    expect(orderEvents.map((e) => [e.view.order.id, e.view.order.status])).toEqual([[resting.view.order.id, 'cancelled']]);
    expect(new Set(changed)).toEqual(new Set([a.id, b.id]));

    // Trading in the battle wallet: a fill and a resting order of the battle.
    await order(a, { symbol: 'ETHUSDT', side: 'buy', type: 'market', quantity: '0.5' });
    const battleResting = await order(a, { symbol: 'SOLUSDT', side: 'buy', type: 'limit', quantity: '2', price: '100' });
    expect(ctx.matcher.pendingCount).toBe(1);
    const inBattle = await walletOf(ctx, a.id);
    expect(inBattle.map((r) => r.split(':')[0])).toEqual(['ETH', 'USDT']);

    orderEvents.length = 0;
    changed.length = 0;
    await battles.stop(account, id);
    // Exactly the rows the agent had when the battle started: holdings, not a USDT sum.
    expect(await walletOf(ctx, a.id)).toEqual(['BTC: 0.05000000/0.00000000', `USDT: ${freeUsdt}/0.00000000`]);
    expect(await positionsOf(ctx, a.id)).toEqual(ownPositions);
    expect(await walletOf(ctx, b.id)).toEqual(['USDT: 10000.00000000/0.00000000']);
    expect(await orderRow(world!, battleResting.view.order.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'battle' });
    expect(ctx.matcher.pendingCount).toBe(0);
    expect(orderEvents.map((e) => [e.view.order.id, e.view.order.status])).toEqual([[battleResting.view.order.id, 'cancelled']]);
    expect(new Set(changed)).toEqual(new Set([a.id, b.id]));
    const p = (await battles.get(account, id)).participants.find((x) => x.agent_id === a.id)!;
    // Ranked on the battle wallet, valued before it was given back: 5000 less what the ETH buy cost.
    expect(parseAmount(p.final_equity!)).toBeLessThan(parseAmount('5000'));
    expect(parseAmount(p.final_equity!)).toBeGreaterThan(parseAmount('4990'));
  });

  it('restores the own wallet when a running battle is cancelled', async () => {
    const { ctx, battles, account, a, b, order } = await setup();
    await order(a, { symbol: 'SOLUSDT', side: 'buy', type: 'market', quantity: '3' });
    const before = await walletOf(ctx, a.id);
    const positions = await positionsOf(ctx, a.id);
    const { id } = await battles.create(account, { name: 'Cancelled', preset: 'quick_1h', config: { starting_balance: 1234.5 } });
    await battles.addParticipant(account, id, a.id);
    await battles.addParticipant(account, id, b.id);
    await battles.start(account, id);
    expect(await walletOf(ctx, a.id)).toEqual(['USDT: 1234.50000000/0.00000000']);
    await order(a, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    const pending = await order(a, { symbol: 'BTCUSDT', side: 'sell', type: 'limit', quantity: '0.01', price: '70000' });
    expect((await walletOf(ctx, a.id)).some((r) => r.startsWith('BTC: 0.00000000/0.01000000'))).toBe(true);
    await battles.remove(account, id);
    expect((await battles.get(account, id)).status).toBe('cancelled');
    expect(await walletOf(ctx, a.id)).toEqual(before);
    expect(await positionsOf(ctx, a.id)).toEqual(positions);
    expect(await walletOf(ctx, b.id)).toEqual(['USDT: 10000.00000000/0.00000000']);
    expect(await orderRow(world!, pending.view.order.id)).toMatchObject({ status: 'cancelled', cancel_reason: 'battle' });
    expect(ctx.matcher.pendingCount).toBe(0);
  });

  it('leaves an existing wallet alone and measures it from its value at the start', async () => {
    const { ctx, battles, account, a, b, order } = await setup();
    await order(a, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.05' });
    const resting = await order(a, { symbol: 'ETHUSDT', side: 'buy', type: 'limit', quantity: '1', price: '2000' });
    const before = await walletOf(ctx, a.id);
    const { id } = await battles.create(account, { name: 'Existing', config: { wallet_mode: 'existing' } });
    const joined = await battles.addParticipant(account, id, a.id);
    expect(joined.starting_balance).toBeNull();
    await battles.addParticipant(account, id, b.id);
    const started = await battles.start(account, id);
    const pa = started.participants.find((p) => p.agent_id === a.id)!;
    const rows = await ctx.db.selectFrom('balances').selectAll().where('agent_id', '=', a.id).execute();
    const cash = rows.find((r) => r.asset === 'USDT')!;
    const expected =
      parseAmount(cash.available) + parseAmount(cash.locked) + mulAmount(parseAmount('0.05'), ctx.market.lastPrice('BTCUSDT')!.price);
    expect(pa.snapshot_balance).toBe(formatAmount(expected));
    expect(pa.starting_balance).toBe(formatAmount(expected));
    expect(await walletOf(ctx, a.id)).toEqual(before);
    expect((await orderRow(world!, resting.view.order.id)).status).toBe('pending');
    await battles.stop(account, id);
    expect(await walletOf(ctx, a.id)).toEqual(before);
    expect((await orderRow(world!, resting.view.order.id)).status).toBe('pending');
  });
});
