// Order events (ctx.events): every status change of an order is announced once, after its
// transaction has committed, with the order exactly as REST returns it; what is not stored — a
// rejected order, a rolled-back one, a replayed request — is never announced.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawHandleOf } from '../../src/db/connection.js';
import type { Account, Agent } from '../../src/db/schema.js';
import { toOrderDto } from '../../src/http/dto.js';
import type { Logger } from '../../src/logger.js';
import { MarketData } from '../../src/market/market-data.service.js';
import { archiveAgent, getAgent, resetAgent, updateAgentRiskProfile } from '../../src/services/agent.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { DomainEvents } from '../../src/services/events.js';
import { OrderMatcher } from '../../src/services/order-matcher.js';
import { resetAccount } from '../../src/services/portfolio.service.js';
import { cancelAllOrders, cancelOrder, getOrder, placeOrder, type OrderRequest } from '../../src/services/trading.service.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { ScriptedSource } from '../support/scripted-source.js';

interface Seen {
  id: string;
  agentId: string;
  status: string;
  cancelReason: string | null;
  hasFill: boolean;
  /** The order's status in the database when the event came: the change must be stored by then. */
  stored: string | undefined;
  /** Whether the connection was inside a transaction when the event came: it must not be. */
  inTransaction: boolean;
  dto: ReturnType<typeof toOrderDto>;
}

let ctx: Awaited<ReturnType<typeof createServiceContext>>;
let source: ScriptedSource;
let seen: Seen[];
let changed: string[];
let errors: Array<Record<string, unknown>>;

beforeEach(async () => {
  ctx = await createServiceContext({ MARKET_HISTORY_DAYS: '0' });
  errors = [];
  const ignore = () => undefined;
  const logger: Logger = { debug: ignore, info: ignore, warn: ignore, error: (msg, fields) => errors.push({ msg, ...fields }) };
  source = new ScriptedSource(ctx.clock, ['BTCUSDT'], 'order-events');
  // The context's market was built on the configured source; give it this one, and a matcher on it.
  const market = new MarketData({ db: ctx.db, clock: ctx.clock, source, historyDays: 0, flushIntervalMs: null, pruneIntervalMs: null });
  Object.assign(ctx, { market, prices: { lastPrice: (s: string) => market.lastPrice(s)?.price }, logger });
  Object.assign(ctx, { events: new DomainEvents(ctx.clock, logger) });
  Object.assign(ctx, { matcher: new OrderMatcher(ctx as ServiceContext, logger) });
  await market.start();
  await ctx.matcher.start();
  source.push('BTCUSDT', '60000');

  const h = rawHandleOf(ctx.db);
  const statusStmt = h.prepare('SELECT status FROM orders WHERE id = ?');
  seen = [];
  changed = [];
  ctx.events.onOrder((e) =>
    seen.push({
      id: e.view.order.id,
      agentId: e.agentId,
      status: e.view.order.status,
      cancelReason: e.view.order.cancel_reason,
      hasFill: e.view.fill !== undefined,
      stored: (statusStmt.get(e.view.order.id) as { status: string } | undefined)?.status,
      inTransaction: h.inTransaction,
      dto: toOrderDto(e.view),
    }),
  );
  ctx.events.onAgentChanged((agentId) => changed.push(agentId));
});

afterEach(async () => {
  await ctx.matcher.stop();
  await ctx.market.stop();
  await ctx.writes.idle();
  await ctx.db.destroy();
});

async function newAgent(name: string, startingBalance = '10000'): Promise<{ account: Account; agent: Agent }> {
  const reg = await registerAccount(ctx, { displayName: name, startingBalance });
  return { account: reg.account, agent: reg.agent };
}

const limitBuy = (price: string, quantity = '0.01'): OrderRequest => ({ symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity, price });

/** What REST would return for the order now. */
const restOrder = async (agent: Agent, id: string) => toOrderDto(await getOrder(ctx, agent, id));

describe('order events', () => {
  it('announces a placed order once as pending, and a market order once as filled, after the commit', async () => {
    const { account, agent } = await newAgent('placer');
    const limit = await placeOrder(ctx, account, agent, limitBuy('59000'));
    const market = await placeOrder(ctx, account, agent, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });

    expect(seen.map((s) => [s.id, s.status, s.stored, s.inTransaction, s.hasFill])).toEqual([
      [limit.view.order.id, 'pending', 'pending', false, false],
      [market.view.order.id, 'filled', 'filled', false, true],
    ]);
    expect(seen.every((s) => s.agentId === agent.id)).toBe(true);
    expect(seen[0]!.dto).toEqual(await restOrder(agent, limit.view.order.id));
    expect(seen[1]!.dto).toEqual(await restOrder(agent, market.view.order.id));
    expect(changed).toEqual([agent.id, agent.id]);
  });

  it('announces nothing for a replayed request, a rejected order or one whose writes were rolled back', async () => {
    const { account, agent } = await newAgent('quiet');
    await placeOrder(ctx, account, agent, limitBuy('59000'), 'key-1');
    await placeOrder(ctx, account, agent, { ...limitBuy('58000'), clientOrderId: 'mine-1' });
    expect(seen).toHaveLength(2);

    const again = await placeOrder(ctx, account, agent, limitBuy('59000'), 'key-1');
    const sameClientId = await placeOrder(ctx, account, agent, { ...limitBuy('58000'), clientOrderId: 'mine-1' });
    expect([again.replayed, sameClientId.replayed]).toEqual([true, true]);
    // Risk: more than the wallet holds.
    expect(await codeOf(placeOrder(ctx, account, agent, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '5' }))).toBe(
      'INSUFFICIENT_BALANCE',
    );
    // A damaged wallet makes the piece throw half-way: its writes are undone.
    await ctx.db.updateTable('balances').set({ available: 'garbage' }).where('agent_id', '=', agent.id).execute();
    await expect(placeOrder(ctx, account, agent, limitBuy('57000'))).rejects.toThrow();
    expect(await ctx.db.selectFrom('orders').select('id').where('agent_id', '=', agent.id).execute()).toHaveLength(2);

    expect(seen).toHaveLength(2);
    expect(changed).toHaveLength(2);
  });

  it('announces a cancel, and each order of a cancel-all, once', async () => {
    const { account, agent } = await newAgent('canceller');
    const a = await placeOrder(ctx, account, agent, limitBuy('59000'));
    const b = await placeOrder(ctx, account, agent, limitBuy('58000'));
    const c = await placeOrder(ctx, account, agent, limitBuy('57000'));
    seen.length = 0;
    changed.length = 0;

    await cancelOrder(ctx, agent, a.view.order.id);
    expect(seen.map((s) => [s.id, s.status, s.stored, s.inTransaction])).toEqual([[a.view.order.id, 'cancelled', 'cancelled', false]]);
    expect(seen[0]!.dto).toEqual(await restOrder(agent, a.view.order.id));

    await cancelAllOrders(ctx, agent);
    const byId = (x: unknown[], y: unknown[]) => String(x[0]).localeCompare(String(y[0]));
    expect(
      seen
        .slice(1)
        .map((s) => [s.id, s.status, s.stored, s.cancelReason])
        .sort(byId),
    ).toEqual(
      [
        [b.view.order.id, 'cancelled', 'cancelled', 'user'],
        [c.view.order.id, 'cancelled', 'cancelled', 'user'],
      ].sort(byId),
    );
    for (const s of seen.slice(1)) expect(s.dto).toEqual(await restOrder(agent, s.id));
    expect(changed).toEqual([agent.id, agent.id]);

    // Nothing left to cancel: nothing to announce.
    await cancelAllOrders(ctx, agent);
    expect(seen).toHaveLength(3);
    expect(changed).toHaveLength(2);
  });

  it("announces the matcher's fill and its cancel of a buy that gapped past its funds", async () => {
    const { account, agent } = await newAgent('triggered');
    const limit = await placeOrder(ctx, account, agent, limitBuy('59000'));
    // A buy stop locking nearly all the cash (the risk limits lifted for it): a gap far above it
    // leaves its cost uncovered.
    await updateAgentRiskProfile(ctx, account, agent.id, { max_position_size_pct: 100, max_order_size_pct: 100 });
    const loose = (await getAgent(ctx, account, agent.id)).agent;
    const stop = await placeOrder(ctx, account, loose, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'stop_loss',
      quantity: '0.15',
      triggerPrice: '61000',
    });
    seen.length = 0;
    changed.length = 0;

    source.push('BTCUSDT', '58999');
    await ctx.matcher.idle();
    expect(seen.map((s) => [s.id, s.status, s.stored, s.inTransaction, s.hasFill])).toEqual([
      [limit.view.order.id, 'filled', 'filled', false, true],
    ]);
    expect(seen[0]!.dto).toEqual(await restOrder(agent, limit.view.order.id));

    source.push('BTCUSDT', '90000');
    await ctx.matcher.idle();
    expect(seen.slice(1).map((s) => [s.id, s.status, s.stored, s.cancelReason])).toEqual([
      [stop.view.order.id, 'cancelled', 'cancelled', 'insufficient_balance'],
    ]);
    expect(seen[1]!.dto).toEqual(await restOrder(agent, stop.view.order.id));
    expect(changed).toEqual([agent.id, agent.id]);
  });

  it('announces orders the expiry sweep expires', async () => {
    const { account, agent } = await newAgent('patient');
    const old = await placeOrder(ctx, account, agent, limitBuy('50000'));
    seen.length = 0;
    ctx.clock.advance(7 * 86_400_000 + 1);
    expect(await ctx.matcher.expireStale()).toBe(1);
    expect(seen.map((s) => [s.id, s.status, s.stored, s.inTransaction, s.cancelReason])).toEqual([
      [old.view.order.id, 'expired', 'expired', false, 'expired'],
    ]);
    expect(seen[0]!.dto).toEqual(await restOrder(agent, old.view.order.id));
    expect(await ctx.matcher.expireStale()).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('announces the cancels of a reset and of an archive after their transactions commit, and the reset itself', async () => {
    const { account, agent } = await newAgent('resetter');
    const first = await placeOrder(ctx, account, agent, limitBuy('59000'));
    seen.length = 0;
    changed.length = 0;

    await resetAccount(ctx, account, agent);
    expect(seen.map((s) => [s.id, s.status, s.stored, s.inTransaction, s.cancelReason])).toEqual([
      [first.view.order.id, 'cancelled', 'cancelled', false, 'reset'],
    ]);
    expect(changed).toEqual([agent.id]);

    // A reset with no order to cancel still changes the wallet.
    await resetAgent(ctx, account, agent.id);
    expect(seen).toHaveLength(1);
    expect(changed).toEqual([agent.id, agent.id]);

    const second = await placeOrder(ctx, account, agent, limitBuy('58000'));
    seen.length = 0;
    await archiveAgent(ctx, account, agent.id);
    expect(seen.map((s) => [s.id, s.status, s.stored, s.inTransaction, s.cancelReason])).toEqual([
      [second.view.order.id, 'cancelled', 'cancelled', false, 'user'],
    ]);
    expect(seen[0]!.dto).toEqual(await restOrder(agent, second.view.order.id));
  });

  it('keeps placing orders while a listener throws, counting the failures and logging them at most every 10 s', async () => {
    const { account, agent } = await newAgent('unlucky');
    ctx.events.onOrder(() => {
      throw new Error('listener broke');
    });
    await placeOrder(ctx, account, agent, limitBuy('59000'));
    await placeOrder(ctx, account, agent, limitBuy('58000'));
    expect(seen).toHaveLength(2); // the other listener still hears every event
    expect(ctx.events.listenerErrors).toBe(2);
    expect(errors.filter((e) => e.msg === 'domain event listener failed')).toHaveLength(1);
    ctx.clock.advance(10_000);
    await placeOrder(ctx, account, agent, limitBuy('57000'));
    expect(errors.filter((e) => e.msg === 'domain event listener failed')).toHaveLength(2);
  });
});
