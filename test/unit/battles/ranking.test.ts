// The battle ranking: one ordering rule (metric descending, null last, earlier join on a tie,
// eliminated after survivors), the wire standings' decimals, and the point-by-point equity metrics
// the scheduler keeps against the batch formulas they must agree with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFill,
  battleStartingBalance,
  EquityTracker,
  rankParticipants,
  roiPctOf,
  standingsOf,
  type ParticipantFigures,
} from '../../../src/battles/ranking.js';
import type { BattleConfig } from '../../../src/battles/types.js';
import { computeEquityMetrics, computeTradeMetrics } from '../../../src/domain/performance-metrics.js';
import { EMPTY_TRADE_STATS } from '../../../src/domain/trade-stats.js';
import { tradeMetricsOf } from '../../../src/domain/performance-metrics.js';
import { parseAmount } from '../../../src/money.js';

const JOINED = '2026-03-01T10:00:00.000Z';

function fig(id: string, over: Partial<ParticipantFigures> = {}): ParticipantFigures {
  return {
    participantId: `p-${id}`,
    agentId: id,
    joinedAt: JOINED,
    status: 'active',
    blownUpAt: null,
    startingBalance: parseAmount('10000'),
    equity: parseAmount('10000'),
    realizedPnl: 0n,
    unrealizedPnl: 0n,
    tradeCount: 0,
    openPositions: 0,
    metrics: { sharpe: null, maxDrawdownPct: null, winRatePct: null, profitFactor: null },
    ...over,
  };
}

const order = (list: ParticipantFigures[], metric: Parameters<typeof rankParticipants>[1]) =>
  rankParticipants(list, metric).map((f) => f.agentId);

describe('rankParticipants', () => {
  it('orders by the exact return on each participant’s own starting balance', () => {
    const a = fig('a', { equity: parseAmount('11000') }); // +10 %
    const b = fig('b', { startingBalance: parseAmount('5000'), equity: parseAmount('5600') }); // +12 %
    const c = fig('c', { startingBalance: parseAmount('20000'), equity: parseAmount('21000') }); // +5 %
    const d = fig('d', { equity: parseAmount('9000') }); // −10 %
    expect(order([d, c, a, b], 'roi_pct')).toEqual(['b', 'a', 'c', 'd']);
    // The same participants by absolute PnL: a and c tie at +1000 (earlier join first), then b.
    const later = { ...c, joinedAt: '2026-03-01T10:00:01.000Z' };
    expect(order([later, b, d, a], 'total_pnl')).toEqual(['a', 'c', 'b', 'd']);
  });

  it('puts a participant whose metric cannot be computed after every one whose metric can, even a negative one', () => {
    const list = [
      fig('none', { metrics: { sharpe: null, maxDrawdownPct: null, winRatePct: null, profitFactor: null } }),
      fig('neg', { metrics: { sharpe: -1.5, maxDrawdownPct: 3, winRatePct: 0, profitFactor: 0 } }),
      fig('pos', { metrics: { sharpe: 2.25, maxDrawdownPct: 1, winRatePct: 50, profitFactor: 1.2 } }),
    ];
    expect(order(list, 'sharpe_ratio')).toEqual(['pos', 'neg', 'none']);
    expect(order(list, 'win_rate')).toEqual(['pos', 'neg', 'none']);
    expect(order(list, 'profit_factor')).toEqual(['pos', 'neg', 'none']);
    // roi_pct of a participant measured from nothing (an empty existing wallet) is not computable.
    const empty = fig('empty', { startingBalance: 0n, equity: parseAmount('50') });
    const loser = fig('loser', { equity: parseAmount('1') });
    expect(order([empty, loser], 'roi_pct')).toEqual(['loser', 'empty']);
  });

  it('breaks ties by the earlier join, then by the time-ordered participant id', () => {
    const first = fig('first', { joinedAt: '2026-03-01T09:00:00.000Z', participantId: 'p-9' });
    const sameMs1 = fig('same1', { participantId: '0190a000-0000-7000-8000-000000000001' });
    const sameMs2 = fig('same2', { participantId: '0190a000-0000-7000-8000-000000000002' });
    expect(order([sameMs2, sameMs1, first], 'roi_pct')).toEqual(['first', 'same1', 'same2']);
    const nulls = [sameMs2, first, sameMs1];
    expect(order(nulls, 'sharpe_ratio')).toEqual(['first', 'same1', 'same2']);
  });

  it('ranks the eliminated after the survivors, the later elimination higher', () => {
    const survivor = fig('survivor', { equity: parseAmount('2000') });
    const outEarly = fig('early', { status: 'blown_up', blownUpAt: '2026-03-01T11:00:00.000Z', equity: parseAmount('900') });
    const outLate = fig('late', { status: 'blown_up', blownUpAt: '2026-03-01T12:00:00.000Z', equity: parseAmount('500') });
    const paused = fig('paused', { status: 'paused', equity: parseAmount('1500') });
    expect(order([outEarly, outLate, paused, survivor], 'roi_pct')).toEqual(['survivor', 'paused', 'late', 'early']);
    // Even a metric the eliminated would win does not lift them.
    const richOut = fig('rich', { status: 'blown_up', blownUpAt: '2026-03-01T13:00:00.000Z', equity: parseAmount('99999') });
    expect(order([richOut, survivor], 'total_pnl')).toEqual(['survivor', 'rich']);
  });

  it('does not change the list it is given', () => {
    const list = [fig('a'), fig('b', { equity: parseAmount('10001') })];
    rankParticipants(list, 'roi_pct');
    expect(list.map((f) => f.agentId)).toEqual(['a', 'b']);
  });
});

describe('standingsOf', () => {
  it('renders ranks, money with 8 decimals, percentages with 2 and ratios with 4, null when not computable', () => {
    const ranked = [
      fig('a', {
        equity: parseAmount('11234.5678'),
        realizedPnl: parseAmount('1000.1'),
        unrealizedPnl: parseAmount('234.4678'),
        tradeCount: 7,
        openPositions: 2,
        metrics: { sharpe: 1.234567, maxDrawdownPct: 3.14159, winRatePct: 66.6667, profitFactor: 2.5 },
      }),
      fig('b', {
        equity: parseAmount('8749.99'),
        realizedPnl: parseAmount('-1250.01'),
        metrics: { sharpe: -0.00001, maxDrawdownPct: 0, winRatePct: null, profitFactor: null },
      }),
    ];
    const cards = new Map([
      ['a', { display_name: 'Alpha', color: '#ff0000' }],
      ['b', { display_name: 'Beta', color: null }],
    ]);
    const [a, b] = standingsOf(ranked, cards);
    expect(a).toEqual({
      rank: 1,
      agent_id: 'a',
      agent_name: 'Alpha',
      display_name: 'Alpha',
      avatar_url: null,
      color: '#ff0000',
      status: 'active',
      starting_balance: '10000.00000000',
      current_equity: '11234.56780000',
      total_pnl: '1234.56780000',
      roi_pct: '12.35',
      realized_pnl: '1000.10000000',
      unrealized_pnl: '234.46780000',
      trade_count: 7,
      total_trades: 7,
      open_positions: 2,
      win_rate: '66.67',
      sharpe_ratio: '1.2346',
      max_drawdown_pct: '3.14',
      profit_factor: '2.5000',
    });
    expect(b).toMatchObject({
      rank: 2,
      agent_name: 'Beta',
      color: null,
      total_pnl: '-1250.01000000',
      roi_pct: '-12.50',
      realized_pnl: '-1250.01000000',
      win_rate: null,
      // A tiny negative ratio rounds to zero without a sign.
      sharpe_ratio: '0.0000',
      max_drawdown_pct: '0.00',
      profit_factor: null,
    });
  });

  it('gives a return of "0.00" when there is nothing to measure from', () => {
    expect(roiPctOf(parseAmount('5'), 0n)).toBe('0.00');
    // Rounded once, half-even, like every amount.
    expect(roiPctOf(parseAmount('10000.5'), parseAmount('10000'))).toBe('0.00');
    expect(roiPctOf(parseAmount('10001.5'), parseAmount('10000'))).toBe('0.02');
  });
});

describe('battleStartingBalance', () => {
  const config = (wallet_mode: 'fresh' | 'existing'): BattleConfig => ({
    starting_balance: '5000',
    wallet_mode,
    duration_type: 'fixed',
    duration_seconds: 3600,
    allowed_pairs: null,
  });
  it('measures a fresh wallet (and a historical battle) from the battle’s balance, an existing one from its valued start', () => {
    const p = { snapshot_balance: '12345.67800000' };
    expect(battleStartingBalance({ battle_mode: 'live' }, config('fresh'), p)).toBe(parseAmount('5000'));
    expect(battleStartingBalance({ battle_mode: 'live' }, config('existing'), p)).toBe(parseAmount('12345.678'));
    expect(battleStartingBalance({ battle_mode: 'historical' }, config('existing'), p)).toBe(parseAmount('5000'));
    expect(battleStartingBalance({ battle_mode: 'live' }, config('existing'), { snapshot_balance: null })).toBe(0n);
  });
});

describe('addFill', () => {
  it('keeps the trade metrics of the fills it folded, buys counted as fills but not as trades', () => {
    const fills = [
      { side: 'buy' as const, realized_pnl: '0', fee: '1', net_pnl: '0' },
      { side: 'sell' as const, realized_pnl: '50', fee: '1', net_pnl: '48' },
      { side: 'sell' as const, realized_pnl: '-20', fee: '1', net_pnl: '-22' },
      { side: 'sell' as const, realized_pnl: '10', fee: '1', net_pnl: '8' },
    ];
    const stats = fills.reduce(addFill, EMPTY_TRADE_STATS);
    expect(stats.fills).toBe(4);
    expect(stats.realizedPnl).toBe(parseAmount('40'));
    const expected = computeTradeMetrics(
      fills
        .filter((f) => f.side === 'sell')
        .map((f, i) => ({
          realizedPnl: parseAmount(f.realized_pnl),
          fee: parseAmount(f.fee),
          openingFees: parseAmount(f.realized_pnl) - parseAmount(f.fee) - parseAmount(f.net_pnl),
          closedAt: i,
        })),
    );
    expect(tradeMetricsOf(stats)).toEqual(expected);
    expect(tradeMetricsOf(stats).winRatePct).toBe(66.6667);
  });
});

describe('EquityTracker', () => {
  const INTERVAL = 5000;
  const track = (equities: bigint[]) => {
    const t = new EquityTracker(INTERVAL);
    for (const e of equities) t.add(e);
    return t;
  };
  const batch = (equities: bigint[]) =>
    computeEquityMetrics(
      equities.map((equity, i) => ({ time: i * INTERVAL, equity })),
      { intervalMs: INTERVAL },
    );

  it('has no metrics under two points, and no Sharpe ratio for a flat or constant-rate series', () => {
    expect(track([]).sharpe).toBeNull();
    expect(track([parseAmount('100')]).maxDrawdownPct).toBeNull();
    expect(track([parseAmount('100'), parseAmount('100'), parseAmount('100')]).sharpe).toBeNull();
    expect(track([parseAmount('100'), parseAmount('100'), parseAmount('100')]).maxDrawdownPct).toBe(0);
    expect(track([parseAmount('100'), parseAmount('110'), parseAmount('121')]).sharpe).toBeNull();
  });

  it('finds the deepest fall from a running peak', () => {
    const t = track(['100', '120', '90', '130', '117'].map((e) => parseAmount(e)));
    expect(t.maxDrawdownPct).toBe(25);
  });

  it('agrees with the batch metrics at the 4 decimals a standing shows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 0, maxLength: 60 }), (cents) => {
        const equities = cents.map((c) => BigInt(c) * 1_000_000n);
        const t = track(equities);
        const m = batch(equities);
        expect(t.maxDrawdownPct).toBe(m.maxDrawdownPct);
        expect(t.sharpe === null ? null : t.sharpe.toFixed(4)).toBe(m.sharpeRatio === null ? null : m.sharpeRatio.toFixed(4));
      }),
      { numRuns: 300 },
    );
  });
});
