// The stream feeds against a recording StreamHub: what each channel publishes, only while someone
// listens, with payloads equal to what the REST handlers return for the same thing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationId } from '../../generated/operations.gen.js';
import type { Account, Agent } from '../../src/db/schema.js';
import * as marketHandlers from '../../src/http/handlers/market.handlers.js';
import * as tradingHandlers from '../../src/http/handlers/trading.handlers.js';
import type { Handler, HandlerContext, Reply } from '../../src/http/types.js';
import type { Logger } from '../../src/logger.js';
import { MarketData } from '../../src/market/market-data.service.js';
import { INTERVALS, type Interval } from '../../src/market/types.js';
import { registerAccount } from '../../src/services/auth.service.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { startFeeds, type Feeds } from '../../src/ws/feeds.js';
import type { DataMessage, StreamHub } from '../../src/ws/types.js';
import { createServiceContext } from '../support/services.js';
import { ManualTimers } from '../support/manual-timers.js';
import { ScriptedSource } from '../support/scripted-source.js';

/** As the wire would carry it: serialisable (no bigint), copied at the time of the call. */
const wire = (msg: DataMessage): DataMessage => JSON.parse(JSON.stringify(msg)) as DataMessage;

type Subscriber = (sub: { connectionId: number; channel: string; agentId: string | undefined }) => void;

/** A StreamHub that records what the feeds ask of it; tests subscribe as the gateway would after an ack. */
class RecordingHub implements StreamHub {
  private readonly counts = new Map<string, number>();
  private readonly agents = { orders: new Set<string>(), portfolio: new Set<string>() };
  private readonly listeners = new Set<Subscriber>();
  published: Array<{ msg: DataMessage; droppable: boolean }> = [];
  toAgent: Array<{ agentId: string; msg: DataMessage }> = [];
  sent: Array<{ connectionId: number; msg: DataMessage }> = [];

  publish(msg: DataMessage, opts?: { droppable?: boolean }): void {
    this.published.push({ msg: wire(msg), droppable: opts?.droppable ?? false });
  }
  publishToAgent(agentId: string, msg: DataMessage): void {
    this.toAgent.push({ agentId, msg: wire(msg) });
  }
  subscriberCount(channel: string): number {
    return this.counts.get(channel) ?? 0;
  }
  subscribedAgents(channel: 'orders' | 'portfolio'): ReadonlySet<string> {
    return this.agents[channel];
  }
  onSubscribe(listener: Subscriber): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  sendTo(connectionId: number, msg: DataMessage): void {
    this.sent.push({ connectionId, msg: wire(msg) });
  }

  subscribe(connectionId: number, channel: string, agentId?: string): void {
    if (channel === 'orders' || channel === 'portfolio') this.agents[channel].add(agentId!);
    else this.counts.set(channel, this.subscriberCount(channel) + 1);
    for (const listener of this.listeners) listener({ connectionId, channel, agentId });
  }
  unsubscribe(channel: string, agentId?: string): void {
    if (channel === 'orders' || channel === 'portfolio') this.agents[channel].delete(agentId!);
    else this.counts.set(channel, this.subscriberCount(channel) - 1);
  }
  clear(): void {
    this.published = [];
    this.toAgent = [];
    this.sent = [];
  }
}

let ctx: Awaited<ReturnType<typeof createServiceContext>>;
let source: ScriptedSource;
let timers: ManualTimers;
let hub: RecordingHub;
let feeds: Feeds;
let errors: Array<Record<string, unknown>>;

const PORTFOLIO_INTERVAL_MS = 5000;

beforeEach(async () => {
  ctx = await createServiceContext({ MARKET_HISTORY_DAYS: '0' });
  errors = [];
  const ignore = () => undefined;
  const logger: Logger = { debug: ignore, info: ignore, warn: ignore, error: (msg, fields) => errors.push({ msg, ...fields }) };
  source = new ScriptedSource(ctx.clock, ['BTCUSDT', 'ETHUSDT'], 'ws-feeds');
  // The context's market was built on the configured source; give it this one instead.
  const market = new MarketData({ db: ctx.db, clock: ctx.clock, source, historyDays: 0, flushIntervalMs: null, pruneIntervalMs: null });
  Object.assign(ctx, { market, prices: { lastPrice: (s: string) => market.lastPrice(s)?.price }, logger });
  await market.start();
  timers = new ManualTimers(ctx.clock);
  hub = new RecordingHub();
  feeds = startFeeds(ctx, hub, { timers, portfolioIntervalMs: PORTFOLIO_INTERVAL_MS, candleThrottleMs: 250 });
});

afterEach(async () => {
  feeds.stop();
  await ctx.market.stop();
  await ctx.writes.idle();
  await ctx.db.destroy();
});

type OkBody<K extends OperationId> = Extract<Reply<K>, { status: 200 }>['body'];

/** Calls a REST handler as the router would and returns its 200 body. */
async function rest<K extends OperationId>(
  handler: Handler<K>,
  req: { path?: object; query?: object },
  who?: { account: Account; agent: Agent },
): Promise<OkBody<K>> {
  const hctx = {
    services: ctx,
    caller: who && { principal: { account: who.account }, agent: who.agent, explicitAgent: true },
    requestId: 'test',
    startedAt: 0,
  } as unknown as HandlerContext;
  const reply = await handler({ body: {}, headers: {}, path: {}, query: {}, ...req } as never, hctx);
  expect(reply.status).toBe(200);
  return reply.body;
}

const restCandle = async (interval: Interval) =>
  (await rest(marketHandlers.getCandles, { path: { symbol: 'BTCUSDT' }, query: { interval, limit: 1 } })).candles[0];

async function newAgent(name: string): Promise<{ account: Account; agent: Agent }> {
  const reg = await registerAccount(ctx, { displayName: name });
  return { account: reg.account, agent: reg.agent };
}

describe('market feeds', () => {
  it('publishes tickers and trades only to channels with subscribers, in the documented shapes, droppable', () => {
    source.push('BTCUSDT', '60000');
    expect(hub.published).toEqual([]);

    hub.subscribe(1, 'ticker:BTCUSDT');
    hub.subscribe(2, 'trades:BTCUSDT');
    source.push('BTCUSDT', '60001.5', '0.25');
    source.push('ETHUSDT', '3000');
    const trade = ctx.market.recentTrades('BTCUSDT', 1)[0]!;
    expect(hub.published).toEqual([
      {
        msg: {
          type: 'ticker',
          channel: 'ticker:BTCUSDT',
          symbol: 'BTCUSDT',
          data: {
            symbol: 'BTCUSDT',
            price: '60001.50000000',
            quantity: '0.25000000',
            timestamp: new Date(ctx.clock.now()).toISOString(),
            is_buyer_maker: false,
            trade_id: trade.tradeId,
          },
        },
        droppable: true,
      },
      { msg: { type: 'trade', channel: 'trades:BTCUSDT', symbol: 'BTCUSDT', data: expect.any(Object) }, droppable: true },
    ]);
  });

  it('streams each trade exactly as REST lists it, and every symbol on ticker:all', async () => {
    hub.subscribe(1, 'trades:BTCUSDT');
    hub.subscribe(2, 'ticker:all');
    source.push('BTCUSDT', '60000', '0.5');
    source.push('ETHUSDT', '3000');
    const listed = await rest(marketHandlers.getRecentTrades, { path: { symbol: 'BTCUSDT' }, query: { limit: 1 } });
    expect(hub.published.find((p) => p.msg.type === 'trade')!.msg.data).toEqual(listed.trades[0]);
    expect(hub.published.filter((p) => p.msg.channel === 'ticker:all').map((p) => p.msg.symbol)).toEqual(['BTCUSDT', 'ETHUSDT']);
  });

  it('seeds every interval from the bar in progress exactly as REST returns it, and keeps in step with REST tick by tick', async () => {
    // Trades over the last hours of the day, so that the 5m, 1h and 1d buckets hold many minutes.
    const start = ctx.clock.now();
    for (let i = 0; i < 40; i++) {
      timers.runTo(start + i * 7 * 60_000 + 13_000);
      source.push('BTCUSDT', String(60000 + ((i * 37) % 23) * 10 - 100), String(0.01 + (i % 5) / 100));
    }
    for (const interval of INTERVALS) {
      const bar = ctx.market.currentCandle('BTCUSDT', interval)!;
      const fromRest = await restCandle(interval);
      expect(new Date(bar.openTime).toISOString(), interval).toBe(fromRest!.time);
      hub.subscribe(10, `candles:BTCUSDT:${interval}`);
      expect(hub.sent.at(-1)).toEqual({
        connectionId: 10,
        msg: {
          type: 'candle',
          channel: `candles:BTCUSDT:${interval}`,
          symbol: 'BTCUSDT',
          interval,
          data: { ...fromRest, is_closed: false },
        },
      });
    }

    // More trades, some inside one throttle window; after it, each channel's last update is REST's bar.
    const t = ctx.clock.now();
    for (const [dt, price] of [
      [1000, '61000'],
      [1100, '59000.5'],
      [1150, '60500'],
    ] as const) {
      timers.runTo(t + dt);
      source.push('BTCUSDT', price, '0.3');
    }
    timers.runTo(t + 1150 + 250);
    for (const interval of INTERVALS) {
      const updates = hub.published.filter((p) => p.msg.channel === `candles:BTCUSDT:${interval}`);
      expect(updates.length, interval).toBeGreaterThan(0);
      expect(updates.at(-1), interval).toEqual({
        msg: {
          type: 'candle',
          channel: `candles:BTCUSDT:${interval}`,
          symbol: 'BTCUSDT',
          interval,
          data: { ...(await restCandle(interval)), is_closed: false },
        },
        droppable: true,
      });
    }
  });

  it('closes a candle once, not droppable, and stops following a channel nobody holds any more', async () => {
    const minute = Math.floor(ctx.clock.now() / 60_000) * 60_000;
    timers.runTo(minute + 10_000);
    source.push('BTCUSDT', '60000');
    hub.subscribe(3, 'candles:BTCUSDT:1m');
    expect(hub.sent).toHaveLength(1);
    timers.runTo(minute + 20_000);
    source.push('BTCUSDT', '60100');
    const lastOpen = await restCandle('1m');
    timers.runTo(minute + 60_000);
    const closing = hub.published.filter((p) => (p.msg.data as { is_closed: boolean }).is_closed);
    expect(closing).toEqual([
      {
        msg: { type: 'candle', channel: 'candles:BTCUSDT:1m', symbol: 'BTCUSDT', interval: '1m', data: { ...lastOpen, is_closed: true } },
        droppable: false,
      },
    ]);

    hub.unsubscribe('candles:BTCUSDT:1m');
    hub.clear();
    timers.runTo(minute + 70_000);
    source.push('BTCUSDT', '60200');
    timers.runTo(minute + 200_000);
    expect(hub.published).toEqual([]);
    expect(timers.count).toBe(1); // only the portfolio interval is left
  });
});

describe('account feeds', () => {
  it("publishes an agent's order changes to that agent only while it subscribes, as REST returns the order", async () => {
    source.push('BTCUSDT', '60000');
    const alice = await newAgent('alice');
    const bob = await newAgent('bob');
    hub.subscribe(1, 'orders', alice.agent.id);
    const placed = await placeOrder(ctx, alice.account, alice.agent, {
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'limit',
      quantity: '0.01',
      price: '59000',
    });
    await placeOrder(ctx, bob.account, bob.agent, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    const fromRest = await rest(tradingHandlers.getOrder, { path: { order_id: placed.view.order.id } }, alice);
    expect(hub.toAgent.filter((m) => m.msg.type === 'order')).toEqual([
      { agentId: alice.agent.id, msg: { type: 'order', channel: 'orders', data: fromRest } },
    ]);
    expect(hub.published).toEqual([]);

    hub.unsubscribe('orders', alice.agent.id);
    await placeOrder(ctx, alice.account, alice.agent, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    expect(hub.toAgent.filter((m) => m.msg.type === 'order')).toHaveLength(1);
  });

  it('sends the portfolio on subscribe, once per turn after fills, and periodically only while positions are held', async () => {
    source.push('BTCUSDT', '60000');
    const alice = await newAgent('alice');
    const bob = await newAgent('bob');
    hub.subscribe(7, 'portfolio', alice.agent.id);
    hub.subscribe(8, 'portfolio', bob.agent.id);
    await feeds.idle();
    const restPortfolio = (who: { account: Account; agent: Agent }) => rest(tradingHandlers.getPortfolio, {}, who);
    expect(hub.sent).toEqual([
      { connectionId: 7, msg: { type: 'portfolio', channel: 'portfolio', data: await restPortfolio(alice) } },
      { connectionId: 8, msg: { type: 'portfolio', channel: 'portfolio', data: await restPortfolio(bob) } },
    ]);
    expect(hub.toAgent).toEqual([]);

    // Two fills committed together: one push, showing both.
    const buy = { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' } as const;
    await Promise.all([placeOrder(ctx, alice.account, alice.agent, buy), placeOrder(ctx, alice.account, alice.agent, buy)]);
    await feeds.idle();
    expect(hub.toAgent).toEqual([
      { agentId: alice.agent.id, msg: { type: 'portfolio', channel: 'portfolio', data: await restPortfolio(alice) } },
    ]);
    expect((hub.toAgent[0]!.msg.data as { positions: unknown[] }).positions).toHaveLength(1);

    // Periodic pushes go to alice (she holds BTC), not to bob (cash only).
    hub.clear();
    source.push('BTCUSDT', '61000');
    timers.runTo(ctx.clock.now() + PORTFOLIO_INTERVAL_MS);
    await feeds.idle();
    expect(hub.toAgent.map((m) => m.agentId)).toEqual([alice.agent.id]);
    expect(hub.toAgent[0]!.msg.data).toEqual(await restPortfolio(alice));

    // Once she has sold, the periodic push stops.
    await placeOrder(ctx, alice.account, alice.agent, { symbol: 'BTCUSDT', side: 'sell', type: 'market', quantity: '0.02' });
    await feeds.idle();
    hub.clear();
    timers.runTo(ctx.clock.now() + 3 * PORTFOLIO_INTERVAL_MS);
    await feeds.idle();
    expect(hub.toAgent).toEqual([]);
  });

  it('logs a portfolio it cannot compute, once, and still serves the other agents', async () => {
    source.push('BTCUSDT', '60000');
    const alice = await newAgent('alice');
    const ghost = '01900000-0000-7000-8000-000000000000';
    hub.subscribe(1, 'portfolio', ghost);
    hub.subscribe(2, 'portfolio', alice.agent.id);
    await feeds.idle();
    expect(hub.sent.map((s) => s.connectionId)).toEqual([2]);
    timers.runTo(ctx.clock.now() + 2 * PORTFOLIO_INTERVAL_MS);
    await feeds.idle();
    expect(errors.filter((e) => e.msg === 'portfolio push failed' && e.agent_id === ghost)).toHaveLength(1);
  });

  it('stops publishing and leaves no timer behind once stopped', async () => {
    source.push('BTCUSDT', '60000');
    const alice = await newAgent('alice');
    hub.subscribe(1, 'ticker:BTCUSDT');
    hub.subscribe(2, 'candles:BTCUSDT:1m');
    hub.subscribe(3, 'orders', alice.agent.id);
    source.push('BTCUSDT', '60001');
    feeds.stop();
    hub.clear();
    source.push('BTCUSDT', '60002');
    await placeOrder(ctx, alice.account, alice.agent, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' });
    expect([hub.published, hub.toAgent]).toEqual([[], []]);
    expect(timers.count).toBe(0);
  });
});
