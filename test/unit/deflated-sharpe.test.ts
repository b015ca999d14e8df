import { describe, expect, it } from 'vitest';
import { deflatedSharpe, deflatedZ, expectedMaxSharpeOf, normalCdf } from '../../src/domain/deflated-sharpe.js';

describe('normalCdf', () => {
  // Reference values: scipy.stats.norm.cdf (SciPy 1.17), which uses Cephes' ndtr.
  it.each([
    [1.96, 0.9750021048517795],
    [-1, 0.15865525393145707],
    [3, 0.9986501019683699],
    [0.5, 0.6914624612740131],
    [0, 0.5],
  ])('Φ(%d) = %d', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-14);
  });

  it('keeps the far tail relative, not just absolute', () => {
    expect(normalCdf(-8) / 6.22096057427174e-16).toBeCloseTo(1, 7);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(-40)).toBe(0);
  });
});

describe('deflated Sharpe', () => {
  it("reproduces the paper's numerical example (Bailey & López de Prado 2014, JPM 40(5), §'A numerical example')", () => {
    // SR = 2.5 a year on daily data (2.5/√250 a day), T = 1,250 days, skewness −3, kurtosis 10,
    // SR₀ = 0.1132 from 100 trials: the paper reports DSR = 0.9004. The contract divides by T, the
    // paper by T − 1; both land within 1e-3 of the paper's figure.
    const z = deflatedZ(2.5 / Math.sqrt(250), 0.1132, -3, 10, 1250);
    expect(Math.abs(normalCdf(z) - 0.9004)).toBeLessThan(1e-3);
    expect(z).toBeCloseTo(1.28353, 5);
  });

  it('uses the contract formula for the expected maximum of N trials', () => {
    expect(expectedMaxSharpeOf(1)).toBe(0);
    // √(2 ln 50)(1 − γ/(2 ln 50)) + γ/√(2 ln 50), computed independently with Python's math module.
    expect(expectedMaxSharpeOf(50)).toBeCloseTo(2.797149622536537, 12);
    expect(expectedMaxSharpeOf(1000)).toBeGreaterThan(expectedMaxSharpeOf(100));
  });

  it('matches an independent computation of every field (numpy + scipy.stats)', () => {
    const returns = [0.012, -0.004, 0.007, 0.001, -0.009, 0.015, 0.003, -0.002, 0.006, -0.011, 0.008, 0.004, -0.001, 0.009, -0.006, 0.002];
    const r = deflatedSharpe({ returns, numTrials: 50, annualizationFactor: 252 })!;
    // numpy std (population), scipy.stats.skew and kurtosis(fisher=False), scipy.stats.norm.cdf.
    expect(r.observedSharpe).toBeCloseTo(4.724334665588949, 10);
    expect(r.expectedMaxSharpe).toBeCloseTo(2.797149622536537, 12);
    expect(r.skewness).toBeCloseTo(-0.12016656022042498, 10);
    expect(r.kurtosis).toBeCloseTo(2.220735014161981, 10);
    expect(r.deflatedSharpe).toBeCloseTo(2.6630662062831263, 9);
    expect(r.pValue).toBeCloseTo(0.9961283911205714, 10);
    expect(r).toMatchObject({ isSignificant: true, numTrials: 50, numReturns: 16 });
  });

  it('is not significant when many trials explain the Sharpe away', () => {
    const returns = [0.01, -0.008, 0.004, 0.002, -0.006, 0.007, -0.003, 0.005, -0.001, 0.003];
    const one = deflatedSharpe({ returns, numTrials: 1, annualizationFactor: 252 })!;
    const many = deflatedSharpe({ returns, numTrials: 100_000, annualizationFactor: 252 })!;
    expect(one.expectedMaxSharpe).toBe(0);
    expect(many.pValue).toBeLessThan(one.pValue);
    expect(many.isSignificant).toBe(false);
  });

  it('has no answer for returns without spread', () => {
    expect(deflatedSharpe({ returns: Array(10).fill(0.01), numTrials: 5, annualizationFactor: 252 })).toBeUndefined();
  });
});
