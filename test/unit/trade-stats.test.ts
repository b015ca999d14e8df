import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTradeMetrics, tradeMetricsOf } from '../../src/domain/performance-metrics.js';
import { EMPTY_TRADE_STATS, foldTradeStats, mergeTradeStats, statsOfFill, type BookedFill } from '../../src/domain/trade-stats.js';
import { parseAmount } from '../../src/money.js';

const sell = (net: string, fee = '0'): BookedFill => ({
  side: 'sell',
  realizedPnl: parseAmount(net) + parseAmount(fee),
  fee: parseAmount(fee),
  netPnl: parseAmount(net),
});
const buy = (fee: string): BookedFill => ({ side: 'buy', realizedPnl: 0n, fee: parseAmount(fee), netPnl: 0n });

describe('running trade totals', () => {
  it('count fills, fees and trades, with streaks that pass over break-even trades', () => {
    const fills = [buy('0.1'), sell('5'), sell('0'), sell('3'), sell('-2'), buy('0.2'), sell('-1'), sell('4')];
    const s = foldTradeStats(fills.map(statsOfFill));
    expect(s).toMatchObject({
      fills: 8,
      trades: 6,
      wins: 3,
      losses: 2,
      longestWin: 2,
      longestLoss: 2,
      trailSign: 1,
      trailLen: 1,
      leadSign: 1,
      leadLen: 2,
    });
    expect(s.fees).toBe(parseAmount('0.3'));
    expect(s.bestTrade).toBe(parseAmount('5'));
    expect(s.worstTrade).toBe(parseAmount('-2'));
    expect(mergeTradeStats(EMPTY_TRADE_STATS, s)).toEqual(s);
    expect(mergeTradeStats(s, EMPTY_TRADE_STATS)).toEqual(s);
  });

  it('merged over any split equal the totals of the whole run, and give the metrics of the trades themselves', () => {
    const fill = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 9n }).map((fee): BookedFill => ({ side: 'buy', realizedPnl: 0n, fee, netPnl: 0n })),
      fc
        .record({ net: fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }), fee: fc.bigInt({ min: 0n, max: 10n ** 8n }) })
        .map(({ net, fee }): BookedFill => ({ side: 'sell', realizedPnl: net + fee, fee, netPnl: net })),
      // Break-even and tiny trades, so runs of equal outcomes are common.
      fc.constantFrom(sell('0'), sell('1'), sell('-1')),
    );
    fc.assert(
      fc.property(fc.array(fill, { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 6 }), (fills, cuts) => {
        const whole = foldTradeStats(fills.map(statsOfFill));
        const bounds = [...new Set([0, ...cuts.map((c) => Math.min(c, fills.length)), fills.length])].sort((a, b) => a - b);
        const parts = bounds.slice(1).map((end, i) => foldTradeStats(fills.slice(bounds[i], end).map(statsOfFill)));
        expect(foldTradeStats(parts)).toEqual(whole);
        const trades = fills
          .map((f, i) => ({ f, i }))
          .filter(({ f }) => f.side === 'sell')
          .map(({ f, i }) => ({ realizedPnl: f.realizedPnl, fee: f.fee, openingFees: f.realizedPnl - f.fee - f.netPnl, closedAt: i }));
        expect(tradeMetricsOf(whole)).toEqual(computeTradeMetrics(trades));
      }),
    );
  });
});
