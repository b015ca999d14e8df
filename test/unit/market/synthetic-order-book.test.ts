import { describe, expect, it } from 'vitest';
import { catalogPair, toPairInfo } from '../../../src/market/pair-catalog.js';
import { synthesizeOrderBook } from '../../../src/market/synthetic-order-book.js';
import { parseAmount as a } from '../../../src/money.js';

const btc = toPairInfo(catalogPair('BTCUSDT')!);
const pepe = toPairInfo(catalogPair('PEPEUSDT')!);
const last = { price: a('96512.37'), time: 1_795_780_800_000 };

describe('synthetic order book', () => {
  it('says it is synthetic and spaces levels one tick apart around the last price', () => {
    const book = synthesizeOrderBook(btc, last, 5);
    expect(book.synthetic).toBe(true);
    expect(book.lastPrice).toBe(a('96512.37'));
    expect(book.time).toBe(last.time);
    expect(book.bids.map((l) => l.price)).toEqual(['96512.36', '96512.35', '96512.34', '96512.33', '96512.32'].map((p) => a(p)));
    expect(book.asks.map((l) => l.price)).toEqual(['96512.38', '96512.39', '96512.40', '96512.41', '96512.42'].map((p) => a(p)));
  });

  it('brackets a last price that is off the tick grid with the nearest ticks', () => {
    const book = synthesizeOrderBook(btc, { price: a('96512.375'), time: 0 }, 2);
    expect(book.bids.map((l) => l.price)).toEqual([a('96512.37'), a('96512.36')]);
    expect(book.asks.map((l) => l.price)).toEqual([a('96512.38'), a('96512.39')]);
  });

  it('is identical for the same symbol and price, and changes with the price', () => {
    const one = synthesizeOrderBook(btc, last, 20);
    expect(synthesizeOrderBook(btc, { ...last, time: last.time + 5000 }, 20).bids).toEqual(one.bids);
    const moved = synthesizeOrderBook(btc, { price: a('96512.38'), time: last.time }, 20);
    expect(moved.bids.map((l) => l.quantity)).not.toEqual(one.bids.map((l) => l.quantity));
    // Same price, other symbol: other sizes.
    const eth = toPairInfo({ ...catalogPair('BTCUSDT')!, symbol: 'XBTUSDT' });
    expect(synthesizeOrderBook(eth, last, 20).asks.map((l) => l.quantity)).not.toEqual(one.asks.map((l) => l.quantity));
  });

  it('extends a shallow book unchanged when more depth is asked', () => {
    const shallow = synthesizeOrderBook(btc, last, 5);
    const deep = synthesizeOrderBook(btc, last, 20);
    expect(deep.bids.slice(0, 5)).toEqual(shallow.bids);
    expect(deep.asks.slice(0, 5)).toEqual(shallow.asks);
    expect(deep.bids).toHaveLength(20);
    expect(synthesizeOrderBook(btc, last, 100).asks).toHaveLength(100);
  });

  it('sizes levels on the step grid, at least the minimum quantity', () => {
    for (const pair of [btc, pepe]) {
      const price = pair === btc ? last.price : a('0.00001124');
      const book = synthesizeOrderBook(pair, { price, time: 0 }, 20);
      for (const level of [...book.bids, ...book.asks]) {
        expect(level.quantity % pair.stepSize).toBe(0n);
        expect(level.quantity).toBeGreaterThanOrEqual(pair.minQty);
        expect(level.quantity).toBeLessThanOrEqual(pair.maxQty);
      }
    }
  });

  it('stops bids above zero for a price a few ticks from zero', () => {
    const book = synthesizeOrderBook(pepe, { price: a('0.00000003'), time: 0 }, 5);
    expect(book.bids.map((l) => l.price)).toEqual([2n, 1n]);
    expect(book.asks).toHaveLength(5);
  });

  it.each([0, 101, 2.5, -1])('refuses depth %s', (depth) => {
    expect(() => synthesizeOrderBook(btc, last, depth)).toThrow(RangeError);
  });
});
