import { isoTime } from '../../clock.js';
import { DomainError } from '../../errors.js';
import type { MarketData } from '../../market/market-data.service.js';
import type { Ticker } from '../../market/rolling-ticker.js';
import type { Interval, PairInfo } from '../../market/types.js';
import { formatAmount, formatAmountTo } from '../../money.js';
import { toCandleDto, toPublicTradeDto } from '../dto.js';
import type { Handler, HandlerContext } from '../types.js';

const STALE_AFTER_MS = 60_000;

function toPairDto(pair: PairInfo, market: MarketData) {
  return {
    symbol: pair.symbol,
    base_asset: pair.baseAsset,
    quote_asset: pair.quoteAsset,
    status: pair.status,
    min_qty: formatAmount(pair.minQty),
    max_qty: formatAmount(pair.maxQty),
    step_size: formatAmount(pair.stepSize),
    tick_size: formatAmount(pair.tickSize),
    min_notional: formatAmount(pair.minNotional),
    has_price: market.lastPrice(pair.symbol) !== undefined,
  };
}

function toTickerDto(t: Ticker) {
  return {
    symbol: t.symbol,
    open: formatAmount(t.open),
    high: formatAmount(t.high),
    low: formatAmount(t.low),
    close: formatAmount(t.close),
    volume: formatAmount(t.volume),
    quote_volume: formatAmount(t.quoteVolume),
    change: formatAmount(t.change),
    change_pct: formatAmountTo(t.changePct, 2),
    trade_count: t.tradeCount,
    open_time: isoTime(t.openTime),
    close_time: isoTime(t.closeTime),
    timestamp: isoTime(t.lastTradeTime),
  };
}

/** The canonical symbols of a comma-separated filter; an unknown one is a 400. */
function symbolsOf(market: MarketData, csv: string | undefined): string[] | undefined {
  if (csv === undefined) return undefined;
  return [...new Set(csv.split(',').map((s) => market.requirePair(s.trim()).symbol))];
}

function priceOf(market: MarketData, symbol: string) {
  const pair = market.requirePair(symbol);
  const last = market.lastPrice(pair.symbol);
  if (!last) throw new DomainError('PRICE_NOT_AVAILABLE', `No price is available for ${pair.symbol} yet.`, { symbol: pair.symbol });
  return { pair, last };
}

const marketOf = (ctx: HandlerContext) => ctx.services.market;

export const listPairs: Handler<'listPairs'> = async (req, ctx) => {
  const market = marketOf(ctx);
  const pairs = market.pairs().filter((p) => req.query.status === undefined || p.status === req.query.status);
  return { status: 200, body: { pairs: pairs.map((p) => toPairDto(p, market)), total: pairs.length } };
};

export const getPrice: Handler<'getPrice'> = async (req, ctx) => {
  const { pair, last } = priceOf(marketOf(ctx), req.path.symbol);
  return { status: 200, body: { symbol: pair.symbol, price: formatAmount(last.price), timestamp: isoTime(last.time) } };
};

export const getPrices: Handler<'getPrices'> = async (req, ctx) => {
  const market = marketOf(ctx);
  const now = ctx.services.clock.now();
  const wanted = symbolsOf(market, req.query.symbols);
  const all = market.lastPrices();
  const prices: Record<string, string> = {};
  let freshest: number | undefined;
  for (const symbol of wanted ?? [...all.keys()].sort()) {
    const point = all.get(symbol);
    if (!point) continue;
    prices[symbol] = formatAmount(point.price);
    freshest = Math.max(freshest ?? point.time, point.time);
  }
  const age = freshest === undefined ? null : Math.max(0, Math.round((now - freshest) / 100) / 10);
  return {
    status: 200,
    body: {
      prices,
      timestamp: isoTime(now),
      count: Object.keys(prices).length,
      stale: age === null || age * 1000 > STALE_AFTER_MS,
      data_age_seconds: age,
    },
  };
};

export const getTicker: Handler<'getTicker'> = async (req, ctx) => ({
  status: 200,
  body: toTickerDto(marketOf(ctx).ticker(req.path.symbol)),
});

export const getTickers: Handler<'getTickers'> = async (req, ctx) => {
  const market = marketOf(ctx);
  const tickers = market.tickers(symbolsOf(market, req.query.symbols));
  return {
    status: 200,
    body: {
      tickers: Object.fromEntries(tickers.map((t) => [t.symbol, toTickerDto(t)])),
      count: tickers.length,
      timestamp: isoTime(ctx.services.clock.now()),
    },
  };
};

export const getCandles: Handler<'getCandles'> = async (req, ctx) => {
  const market = marketOf(ctx);
  const pair = market.requirePair(req.path.symbol);
  const interval: Interval = req.query.interval ?? '1h';
  const candles = await market.candles(pair.symbol, interval, {
    limit: req.query.limit ?? 100,
    ...(req.query.start_time ? { startTime: Date.parse(req.query.start_time) } : {}),
    ...(req.query.end_time ? { endTime: Date.parse(req.query.end_time) } : {}),
  });
  return { status: 200, body: { symbol: pair.symbol, interval, candles: candles.map(toCandleDto), count: candles.length } };
};

export const getRecentTrades: Handler<'getRecentTrades'> = async (req, ctx) => {
  const market = marketOf(ctx);
  const pair = market.requirePair(req.path.symbol);
  const trades = market.recentTrades(pair.symbol, req.query.limit ?? 100).map(toPublicTradeDto);
  return { status: 200, body: { symbol: pair.symbol, trades, count: trades.length } };
};

export const getOrderBook: Handler<'getOrderBook'> = async (req, ctx) => {
  const market = marketOf(ctx);
  const { pair } = priceOf(market, req.path.symbol);
  const book = market.orderBook(pair.symbol, req.query.depth ?? 10);
  const level = (l: { price: bigint; quantity: bigint }): [string, string] => [formatAmount(l.price), formatAmount(l.quantity)];
  return {
    status: 200,
    body: { symbol: book.symbol, bids: book.bids.map(level), asks: book.asks.map(level), timestamp: isoTime(book.time), synthetic: true },
  };
};
