import { describe, expect, it } from 'vitest';
import { TradeRingBuffer } from '../../../src/market/trade-buffer.js';
import type { Tick } from '../../../src/market/types.js';

const tick = (tradeId: number): Tick => ({ symbol: 'BTCUSDT', price: 1n, quantity: 1n, time: tradeId, tradeId, isBuyerMaker: false });

describe('TradeRingBuffer', () => {
  it('returns the newest trades first', () => {
    const buffer = new TradeRingBuffer(5);
    for (let id = 1; id <= 3; id++) buffer.push(tick(id));
    expect(buffer.recent(10).map((t) => t.tradeId)).toEqual([3, 2, 1]);
    expect(buffer.recent(2).map((t) => t.tradeId)).toEqual([3, 2]);
    expect(buffer.size).toBe(3);
  });

  it('never holds more than its capacity, dropping the oldest', () => {
    const buffer = new TradeRingBuffer(1000);
    for (let id = 1; id <= 2500; id++) buffer.push(tick(id));
    expect(buffer.size).toBe(1000);
    const all = buffer.recent(5000);
    expect(all).toHaveLength(1000);
    expect(all[0]!.tradeId).toBe(2500);
    expect(all[999]!.tradeId).toBe(1501);
  });

  it('wraps around exactly at the capacity', () => {
    const buffer = new TradeRingBuffer(3);
    for (let id = 1; id <= 4; id++) buffer.push(tick(id));
    expect(buffer.recent(3).map((t) => t.tradeId)).toEqual([4, 3, 2]);
  });

  it('answers an empty list for no trades or a zero limit, and refuses a zero capacity', () => {
    expect(new TradeRingBuffer(3).recent(10)).toEqual([]);
    const buffer = new TradeRingBuffer(3);
    buffer.push(tick(1));
    expect(buffer.recent(0)).toEqual([]);
    expect(() => new TradeRingBuffer(0)).toThrow(RangeError);
  });
});
