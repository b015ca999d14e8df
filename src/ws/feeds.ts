// The event sources of the WebSocket streams: market ticks (ticker, trades, live candles), order
// events and portfolio pushes, published into a StreamHub (the gateway). Every payload comes from
// the REST serializers (src/http/dto.ts), so a streamed order or portfolio is exactly what REST
// returns for it.
//
// Work follows subscriptions: a tick costs a couple of map look-ups for a symbol nobody watches;
// a candle key is followed only while some connection holds its channel (it starts on subscribe,
// and is dropped lazily, at its next tick or timer, once the count is 0); orders and portfolios
// are serialised only for agents with a subscriber.
import type { Logger } from '../logger.js';
import { isInterval } from '../market/candle-aggregator.js';
import { LiveCandles, nodeTimers, type CandleUpdate, type Timers } from '../market/live-candles.js';
import type { Tick } from '../market/types.js';
import { formatAmount } from '../money.js';
import { isoTime } from '../clock.js';
import { toCandleDto, toOrderDto, toPortfolioDto, toPublicTradeDto } from '../http/dto.js';
import type { ServiceContext } from '../services/context.js';
import type { OrderEvent } from '../services/events.js';
import { getPortfolio } from '../services/portfolio.service.js';
import type { DataMessage, StreamHub } from './types.js';

export interface FeedOptions {
  /** How often subscribed agents holding positions get a portfolio push (default 5000 ms, WS_PORTFOLIO_INTERVAL_MS). */
  portfolioIntervalMs?: number;
  /** Least time between two open-bar updates of a candle channel (default 250 ms). */
  candleThrottleMs?: number;
  timers?: Timers;
}

export interface Feeds {
  /** Unsubscribes from every source and clears every timer. */
  stop(): void;
  /** Resolves when every portfolio push asked for so far has been sent (or has failed and been logged). */
  idle(): Promise<void>;
}

const TICKER_ALL = 'ticker:all';
const DEFAULT_PORTFOLIO_INTERVAL_MS = 5000;

/** The channel keys of a symbol, built once rather than per tick. */
interface SymbolChannels {
  ticker: string;
  trades: string;
}

/** What one agent's next portfolio computation must deliver. */
interface PortfolioWant {
  /** To every portfolio subscriber of the agent (after a change, or the periodic push). */
  publish: boolean;
  /** Connections that just subscribed and wait for their first snapshot. */
  connections: Set<number>;
}

export function startFeeds(ctx: ServiceContext, hub: StreamHub, opts: FeedOptions = {}): Feeds {
  const timers = opts.timers ?? nodeTimers;
  const logger: Logger | undefined = ctx.logger;
  const channels = new Map<string, SymbolChannels>();
  const channelsOf = (symbol: string): SymbolChannels => {
    let c = channels.get(symbol);
    if (!c) {
      c = { ticker: `ticker:${symbol}`, trades: `trades:${symbol}` };
      channels.set(symbol, c);
    }
    return c;
  };
  const candleChannel = (symbol: string, interval: string) => `candles:${symbol}:${interval}`;
  const candleMessage = (u: CandleUpdate): DataMessage => ({
    type: 'candle',
    channel: candleChannel(u.symbol, u.interval),
    symbol: u.symbol,
    interval: u.interval,
    data: { ...toCandleDto(u.candle), is_closed: u.closed },
  });

  const candles = new LiveCandles({
    clock: ctx.clock,
    source: ctx.market,
    throttleMs: opts.candleThrottleMs,
    timers,
    ...(logger ? { logger } : {}),
    wanted: (symbol, interval) => hub.subscriberCount(candleChannel(symbol, interval)) > 0,
    // Open bars may be dropped for a slow consumer (a newer one follows); the closing one never.
    emit: (u) => hub.publish(candleMessage(u), { droppable: !u.closed }),
  });

  const onTick = (tick: Tick): void => {
    const c = channelsOf(tick.symbol);
    const tickerSubs = hub.subscriberCount(c.ticker);
    const allSubs = hub.subscriberCount(TICKER_ALL);
    if (tickerSubs > 0 || allSubs > 0) {
      const data = {
        symbol: tick.symbol,
        price: formatAmount(tick.price),
        quantity: formatAmount(tick.quantity),
        timestamp: isoTime(tick.time),
        is_buyer_maker: tick.isBuyerMaker,
        trade_id: tick.tradeId,
      };
      if (tickerSubs > 0) hub.publish({ type: 'ticker', channel: c.ticker, symbol: tick.symbol, data }, { droppable: true });
      if (allSubs > 0) hub.publish({ type: 'ticker', channel: TICKER_ALL, symbol: tick.symbol, data }, { droppable: true });
    }
    if (hub.subscriberCount(c.trades) > 0) {
      hub.publish({ type: 'trade', channel: c.trades, symbol: tick.symbol, data: toPublicTradeDto(tick) }, { droppable: true });
    }
    candles.onTick(tick);
  };

  const onOrder = (e: OrderEvent): void => {
    if (!hub.subscribedAgents('orders').has(e.agentId)) return;
    hub.publishToAgent(e.agentId, { type: 'order', channel: 'orders', data: toOrderDto(e.view) });
  };

  // --- portfolio ---------------------------------------------------------------------------------
  // One computation per agent at a time (so pushes go out in the order of the state they show),
  // and the requests of one event-loop turn — a batch of fills, a fill and a subscribe — share it.
  const wants = new Map<string, PortfolioWant>();
  const running = new Map<string, Promise<void>>();
  /** Whether each agent held positions at its last computation: the periodic push is for those. */
  const holding = new Map<string, boolean>();
  /** Agents whose computation failed, logged once until it works again. */
  const failing = new Set<string>();
  let flushScheduled: NodeJS.Immediate | undefined;
  let stopped = false;

  const want = (agentId: string, publish: boolean, connectionId?: number): void => {
    let w = wants.get(agentId);
    if (!w) {
      w = { publish: false, connections: new Set() };
      wants.set(agentId, w);
    }
    if (publish) w.publish = true;
    if (connectionId !== undefined) w.connections.add(connectionId);
    scheduleFlush();
  };

  const scheduleFlush = (): void => {
    if (flushScheduled || stopped) return;
    flushScheduled = setImmediate(flush);
  };

  const flush = (): void => {
    flushScheduled = undefined;
    for (const [agentId, w] of wants) {
      if (running.has(agentId)) continue; // taken up when the running one ends
      wants.delete(agentId);
      const run = pushPortfolio(agentId, w).finally(() => {
        running.delete(agentId);
        if (wants.has(agentId)) scheduleFlush();
      });
      running.set(agentId, run);
    }
  };

  const pushPortfolio = async (agentId: string, w: PortfolioWant): Promise<void> => {
    try {
      const portfolio = await getPortfolio(ctx, { id: agentId });
      if (stopped) return;
      failing.delete(agentId);
      holding.set(agentId, portfolio.positions.length > 0);
      const msg: DataMessage = { type: 'portfolio', channel: 'portfolio', data: toPortfolioDto(portfolio) };
      // A publish reaches the connections that just subscribed too: they need no snapshot of their own.
      if (w.publish) {
        if (hub.subscribedAgents('portfolio').has(agentId)) hub.publishToAgent(agentId, msg);
      } else {
        for (const connectionId of w.connections) hub.sendTo(connectionId, msg);
      }
    } catch (err) {
      // One agent's failure (deleted meanwhile, an unreadable row) must not stop the others'.
      if (!failing.has(agentId)) {
        failing.add(agentId);
        logger?.error('portfolio push failed', {
          agent_id: agentId,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        });
      }
    }
  };

  const onAgentChanged = (agentId: string): void => {
    if (hub.subscribedAgents('portfolio').has(agentId)) want(agentId, true);
  };

  const periodic = (): void => {
    const subscribed = hub.subscribedAgents('portfolio');
    for (const agentId of holding.keys()) if (!subscribed.has(agentId)) holding.delete(agentId);
    // Unknown (never computed, or failed) counts as holding: better one push too many than none.
    for (const agentId of subscribed) if (holding.get(agentId) !== false) want(agentId, true);
  };

  // --- subscriptions -----------------------------------------------------------------------------
  const onSubscribe = (sub: { connectionId: number; channel: string; agentId: string | undefined }): void => {
    if (sub.channel === 'portfolio') {
      if (sub.agentId !== undefined) want(sub.agentId, false, sub.connectionId);
      return;
    }
    if (!sub.channel.startsWith('candles:')) return;
    const [, symbol, interval] = sub.channel.split(':');
    if (!symbol || !interval || !isInterval(interval) || !ctx.market.pair(symbol)) return;
    const bar = candles.track(symbol, interval);
    if (bar) hub.sendTo(sub.connectionId, candleMessage({ symbol, interval, candle: bar, closed: false }));
  };

  const unsubscribers = [
    ctx.market.subscribe(onTick),
    ctx.events.onOrder(onOrder),
    ctx.events.onAgentChanged(onAgentChanged),
    hub.onSubscribe(onSubscribe),
  ];
  const interval = timers.setInterval(periodic, opts.portfolioIntervalMs ?? DEFAULT_PORTFOLIO_INTERVAL_MS);

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      for (const unsubscribe of unsubscribers) unsubscribe();
      timers.clearInterval(interval);
      if (flushScheduled) clearImmediate(flushScheduled);
      flushScheduled = undefined;
      wants.clear();
      candles.stop();
    },
    async idle() {
      while (flushScheduled || running.size > 0) {
        if (flushScheduled) await new Promise((resolve) => setImmediate(resolve));
        await Promise.all(running.values());
      }
    },
  };
}
