// Money is conserved through the real services and database: random sequences of orders, cancels
// and price moves for several agents, with the stored state checked after every step.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account, Agent } from '../../src/db/schema.js';
import { DomainError } from '../../src/errors.js';
import { formatAmount, parseAmount } from '../../src/money.js';
import { updateAgentRiskProfile } from '../../src/services/agent.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { cancelOrder, placeOrder } from '../../src/services/trading.service.js';
import { ScriptedSource } from '../support/scripted-source.js';
import { createServiceContext } from '../support/services.js';

const SYMBOLS = ['BTCUSDT', 'DOGEUSDT'] as const;
const BASE_PRICE = { BTCUSDT: 60_000, DOGEUSDT: 0.2 } as const;
const QTY = { BTCUSDT: ['0.001', '0.002', '0.005'], DOGEUSDT: ['100', '250', '1000'] } as const;

type Step =
  | {
      kind: 'order';
      agent: number;
      symbol: (typeof SYMBOLS)[number];
      side: 'buy' | 'sell';
      type: 'market' | 'limit' | 'stop_loss' | 'take_profit';
      qty: number;
      offsetPct: number;
    }
  | { kind: 'cancel'; agent: number; pick: number }
  | { kind: 'tick'; symbol: (typeof SYMBOLS)[number]; movePct: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('order' as const),
    agent: fc.integer({ min: 0, max: 2 }),
    symbol: fc.constantFrom(...SYMBOLS),
    side: fc.constantFrom('buy' as const, 'sell' as const),
    type: fc.constantFrom('market' as const, 'limit' as const, 'stop_loss' as const, 'take_profit' as const),
    qty: fc.integer({ min: 0, max: 2 }),
    offsetPct: fc.integer({ min: -5, max: 5 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), agent: fc.integer({ min: 0, max: 2 }), pick: fc.nat() }),
  fc.record({ kind: fc.constant('tick' as const), symbol: fc.constantFrom(...SYMBOLS), movePct: fc.integer({ min: -6, max: 6 }) }),
);

describe('trading through the database', () => {
  let ctx: Awaited<ReturnType<typeof createServiceContext>>;
  let source: ScriptedSource;
  const price: Record<string, number> = { ...BASE_PRICE };
  let agents: Array<{ account: Account; agent: Agent; starting: bigint }> = [];

  beforeAll(async () => {
    ctx = await createServiceContext({ MARKET_HISTORY_DAYS: '0' });
    source = new ScriptedSource(ctx.clock, [...SYMBOLS], 'property');
    // The context's market was built on the configured source; give it this one instead.
    const { MarketData } = await import('../../src/market/market-data.service.js');
    const market = new MarketData({ db: ctx.db, clock: ctx.clock, source, historyDays: 0, flushIntervalMs: null });
    Object.assign(ctx, { market, prices: { lastPrice: (s: string) => market.lastPrice(s)?.price } });
    const { OrderMatcher } = await import('../../src/services/order-matcher.js');
    Object.assign(ctx, { matcher: new OrderMatcher(ctx as ServiceContext) });
    await market.start();
    await ctx.matcher.start();
  });
  afterAll(async () => {
    await ctx.market.stop();
    await ctx.matcher.stop();
    await ctx.db.destroy();
  });

  const fmt = (n: number, decimals: number) => n.toFixed(decimals);

  async function checkInvariants(): Promise<void> {
    for (const { agent, starting } of agents) {
      const balances = await ctx.db.selectFrom('balances').selectAll().where('agent_id', '=', agent.id).execute();
      const positions = await ctx.db.selectFrom('positions').selectAll().where('agent_id', '=', agent.id).execute();
      const fills = await ctx.db.selectFrom('fills').selectAll().where('agent_id', '=', agent.id).execute();
      const orders = await ctx.db.selectFrom('orders').selectAll().where('agent_id', '=', agent.id).execute();
      for (const b of balances) {
        expect(parseAmount(b.available) >= 0n && parseAmount(b.locked) >= 0n, `${b.asset} negative`).toBe(true);
      }
      const usdt = balances.find((b) => b.asset === 'USDT')!;
      const cost = positions.reduce((s, p) => s + parseAmount(p.cost), 0n);
      const fees = fills.reduce((s, f) => s + parseAmount(f.fee), 0n);
      const realized = fills.reduce((s, f) => s + parseAmount(f.realized_pnl), 0n);
      const conserved = parseAmount(usdt.available) + parseAmount(usdt.locked) + cost + fees - realized;
      expect(formatAmount(conserved)).toBe(formatAmount(starting));
      for (const p of positions) {
        const base = balances.find((b) => `${b.asset}USDT` === p.symbol);
        const held = base ? parseAmount(base.available) + parseAmount(base.locked) : 0n;
        expect(formatAmount(held), p.symbol).toBe(p.quantity);
      }
      const lockedByOrders = new Map<string, bigint>();
      for (const o of orders.filter((o) => o.status === 'pending')) {
        lockedByOrders.set(o.locked_asset!, (lockedByOrders.get(o.locked_asset!) ?? 0n) + parseAmount(o.locked_amount));
      }
      for (const b of balances) expect(formatAmount(lockedByOrders.get(b.asset) ?? 0n), `${b.asset} locks`).toBe(b.locked);
      const fillsByOrder = new Map<string, number>();
      for (const f of fills) fillsByOrder.set(f.order_id, (fillsByOrder.get(f.order_id) ?? 0) + 1);
      for (const o of orders) expect(fillsByOrder.get(o.id) ?? 0, `fills of ${o.status} order`).toBe(o.status === 'filled' ? 1 : 0);
    }
  }

  /** Every agent's pending order ids, for cancel steps to pick from. */
  async function pendingIds(): Promise<string[][]> {
    return Promise.all(
      agents.map(async ({ agent }) =>
        (await ctx.db.selectFrom('orders').select('id').where('agent_id', '=', agent.id).where('status', '=', 'pending').execute()).map(
          (r) => r.id,
        ),
      ),
    );
  }

  /** Runs one step; a DomainError is an outcome (counted), anything else fails the property. */
  async function runStep(s: Step, pending: string[][], outcomes: Map<string, number>): Promise<void> {
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    try {
      if (s.kind === 'tick') {
        price[s.symbol] = Math.max(
          BASE_PRICE[s.symbol] * 0.5,
          Math.min(BASE_PRICE[s.symbol] * 1.5, price[s.symbol]! * (1 + s.movePct / 100)),
        );
        source.push(s.symbol, fmt(price[s.symbol]!, s.symbol === 'BTCUSDT' ? 2 : 4));
        count('tick');
      } else if (s.kind === 'cancel') {
        const ids = pending[s.agent]!;
        if (ids.length === 0) return;
        await cancelOrder(ctx, agents[s.agent]!.agent, ids[s.pick % ids.length]!);
        count('cancel');
      } else {
        const { account, agent } = agents[s.agent]!;
        const at = fmt(price[s.symbol]! * (1 + s.offsetPct / 100), s.symbol === 'BTCUSDT' ? 2 : 4);
        const placed = await placeOrder(ctx, account, agent, {
          symbol: s.symbol,
          side: s.side,
          type: s.type,
          quantity: QTY[s.symbol][s.qty]!,
          ...(s.type === 'market' ? {} : s.type === 'limit' ? { price: at } : { triggerPrice: at }),
        });
        count(placed.view.order.status);
      }
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      count(err.code);
    }
  }

  async function registerAgents(): Promise<void> {
    for (const symbol of SYMBOLS) source.push(symbol, String(BASE_PRICE[symbol]));
    agents = [];
    for (let i = 0; i < 3; i++) {
      const reg = await registerAccount(ctx, { displayName: `prop ${i}`, startingBalance: '5000' });
      await updateAgentRiskProfile(ctx, reg.account, reg.agent.id, {
        max_position_size_pct: 100,
        max_order_size_pct: 100,
        order_rate_limit: 10_000,
      });
      const agent = await ctx.db.selectFrom('agents').selectAll().where('id', '=', reg.agent.id).executeTakeFirstOrThrow();
      agents.push({ account: reg.account, agent, starting: parseAmount('5000') });
    }
  }

  it('conserves money, keeps nothing negative and gives every filled order exactly one fill', async () => {
    await registerAgents();
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        for (const s of steps) {
          await runStep(s, await pendingIds(), outcomes);
          if (s.kind === 'tick') await ctx.matcher.idle();
          await checkInvariants();
        }
      }),
      { numRuns: 25 },
    );
    // The runs reached every path that moves money.
    for (const path of ['filled', 'pending', 'cancel', 'INSUFFICIENT_BALANCE']) expect(outcomes.get(path) ?? 0, path).toBeGreaterThan(0);
    const filledByTrigger = await ctx.db
      .selectFrom('orders')
      .select('id')
      .where('type', '!=', 'market')
      .where('status', '=', 'filled')
      .execute();
    expect(filledByTrigger.length).toBeGreaterThan(0);
  });

  // Group commit: steps started in the same turn of the event loop share one transaction. Bursts of
  // orders, cancels and ticks (whose trigger fills join the same batches) run concurrently; the
  // stored state must hold the same invariants after every burst.
  it('keeps the same invariants when orders, cancels and fills of several agents land in one batch', async () => {
    await registerAgents();
    const outcomes = new Map<string, number>();
    ctx.writes.largestBatch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { minLength: 2, maxLength: 8 }), { minLength: 2, maxLength: 8 }), async (bursts) => {
        for (const burst of bursts) {
          const pending = await pendingIds();
          await Promise.all(burst.map((s) => runStep(s, pending, outcomes)));
          await ctx.matcher.idle();
          await ctx.writes.idle();
          await checkInvariants();
        }
      }),
      { numRuns: 20 },
    );
    expect(ctx.writes.largestBatch, 'some batch held several pieces of work').toBeGreaterThan(1);
    for (const path of ['filled', 'pending', 'cancel', 'INSUFFICIENT_BALANCE']) expect(outcomes.get(path) ?? 0, path).toBeGreaterThan(0);
  });
});
