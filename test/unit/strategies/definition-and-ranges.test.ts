import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/errors.js';
import { normaliseDefinition } from '../../../src/strategies/definition.js';
import { intersectRanges } from '../../../src/strategies/episodes.js';

const lookup = (s: string) => (['BTCUSDT', 'ETHUSDT'].includes(s.toUpperCase()) ? s.toUpperCase() : undefined);

describe("normaliseDefinition: the rule-list form's top-level name", () => {
  const genetic = {
    name: 'genetic_variant_01',
    type: 'indicator_crossover',
    symbol: 'BTCUSDT',
    entry_conditions: [
      { indicator: 'rsi', period: 14, operator: '<', threshold: 35 },
      { indicator: 'macd', fast: 12, slow: 26, signal: 9, operator: 'crossover' },
    ],
    exit_conditions: [{ indicator: 'rsi', period: 14, operator: '>', threshold: 65 }],
    position_size_pct: 0.1,
  };

  it('is accepted in the rule-list form and dropped', () => {
    const def = normaliseDefinition(genetic, lookup);
    expect(def).not.toHaveProperty('name');
    expect(def).toMatchObject({
      pairs: ['BTCUSDT'],
      entry_conditions: { rsi_below: 35, macd_cross_above: true },
      exit_conditions: { rsi_above: 65 },
      position_size_pct: 10,
    });
    const { name: _name, ...without } = genetic;
    expect(def).toEqual(normaliseDefinition(without, lookup));
  });

  it('is refused in the flat form, naming the field', () => {
    let err: unknown;
    try {
      normaliseDefinition({ name: 'x', pairs: ['BTCUSDT'], entry_conditions: { rsi_below: 30 } }, lookup);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    expect(JSON.stringify((err as DomainError).details)).toContain('body.definition.name');
  });
});

describe('intersectRanges', () => {
  it('keeps only the time both lists cover', () => {
    const a = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
      { start: 40, end: 50 },
    ];
    const b = [
      { start: 5, end: 25 },
      { start: 45, end: 60 },
    ];
    expect(intersectRanges(a, b)).toEqual([
      { start: 5, end: 10 },
      { start: 20, end: 25 },
      { start: 45, end: 50 },
    ]);
    expect(intersectRanges(b, a)).toEqual(intersectRanges(a, b));
  });

  it('drops ranges that only touch, and is empty when either list is', () => {
    expect(intersectRanges([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([]);
    expect(intersectRanges([], [{ start: 0, end: 10 }])).toEqual([]);
  });
});
