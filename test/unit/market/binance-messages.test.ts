import { describe, expect, it } from 'vitest';
import { parseExchangeInfo, parseTradeMessage, reconnectDelay } from '../../../src/market/binance-source.js';
import { parseAmount as a } from '../../../src/money.js';

describe('parseTradeMessage', () => {
  it('reads a combined-stream trade', () => {
    const raw =
      '{"stream":"btcusdt@trade","data":{"e":"trade","E":1710000000001,"s":"BTCUSDT","t":123,"p":"64521.30000000","q":"0.01200000","T":1710000000000,"m":true,"M":true}}';
    expect(parseTradeMessage(raw)).toEqual({
      symbol: 'BTCUSDT',
      price: a('64521.3'),
      quantity: a('0.012'),
      time: 1710000000000,
      tradeId: 123,
      isBuyerMaker: true,
    });
  });

  it.each([
    ['not JSON', 'not json {'],
    ['null', 'null'],
    ['another event', '{"stream":"btcusdt@aggTrade","data":{"e":"aggTrade","s":"BTCUSDT","p":"1","q":"1","T":1,"m":true,"a":1}}'],
    ['a subscription reply', '{"result":null,"id":1}'],
    ['a numeric price', '{"data":{"e":"trade","s":"BTCUSDT","p":64521.3,"q":"1","T":1,"m":true,"t":1}}'],
    ['a bad decimal', '{"data":{"e":"trade","s":"BTCUSDT","p":"1e5","q":"1","T":1,"m":true,"t":1}}'],
    ['a zero price', '{"data":{"e":"trade","s":"BTCUSDT","p":"0.0","q":"1","T":1,"m":true,"t":1}}'],
    ['a missing time', '{"data":{"e":"trade","s":"BTCUSDT","p":"1","q":"1","m":true,"t":1}}'],
  ])('ignores %s', (_name, raw) => {
    expect(parseTradeMessage(raw)).toBeUndefined();
  });
});

describe('parseExchangeInfo', () => {
  const doc = {
    symbols: [
      {
        symbol: 'BTCUSDT',
        status: 'TRADING',
        baseAsset: 'BTC',
        quoteAsset: 'USDT',
        filters: [
          { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
          { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
          { filterType: 'NOTIONAL', minNotional: '5.00000000', applyMinToMarket: true, maxNotional: '9000000.00000000' },
        ],
      },
      {
        symbol: 'ETHUSDT',
        status: 'TRADING',
        baseAsset: 'ETH',
        quoteAsset: 'USDT',
        filters: [
          { filterType: 'PRICE_FILTER', tickSize: '0.01000000' },
          { filterType: 'LOT_SIZE', minQty: '0.00010000', maxQty: '9000.00000000', stepSize: '0.00010000' },
          { filterType: 'MIN_NOTIONAL', minNotional: '10.00000000' },
        ],
      },
      { symbol: 'BTCEUR', status: 'TRADING', baseAsset: 'BTC', quoteAsset: 'EUR', filters: [] },
      { symbol: 'LUNAUSDT', status: 'BREAK', baseAsset: 'LUNA', quoteAsset: 'USDT', filters: [] },
      {
        symbol: 'ODDUSDT',
        status: 'TRADING',
        baseAsset: 'ODD',
        quoteAsset: 'USDT',
        filters: [{ filterType: 'PRICE_FILTER', tickSize: 'n/a' }],
      },
    ],
  };

  it('keeps TRADING USDT pairs with their filters', () => {
    expect(parseExchangeInfo(doc)).toEqual([
      {
        symbol: 'BTCUSDT',
        baseAsset: 'BTC',
        quoteAsset: 'USDT',
        status: 'active',
        tickSize: a('0.01'),
        stepSize: a('0.00001'),
        minQty: a('0.00001'),
        maxQty: a('9000'),
        minNotional: a('5'),
      },
      {
        symbol: 'ETHUSDT',
        baseAsset: 'ETH',
        quoteAsset: 'USDT',
        status: 'active',
        tickSize: a('0.01'),
        stepSize: a('0.0001'),
        minQty: a('0.0001'),
        maxQty: a('9000'),
        minNotional: a('10'),
      },
    ]);
  });

  it('honours an allow-list, case-insensitively', () => {
    expect(parseExchangeInfo(doc, ['ethusdt']).map((p) => p.symbol)).toEqual(['ETHUSDT']);
  });

  it('refuses a document without symbols', () => {
    expect(() => parseExchangeInfo({ code: -1 })).toThrow('exchangeInfo: no "symbols" array');
  });
});

describe('reconnectDelay', () => {
  it('doubles from 1 s up to 60 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => reconnectDelay(n, 1000, 60_000))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });
});
