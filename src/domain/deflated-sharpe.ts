// The Deflated Sharpe Ratio of Bailey and López de Prado ("The Deflated Sharpe Ratio: Correcting for
// Selection Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio Management 40(5),
// 2014): how likely a strategy's Sharpe ratio beats the best one expected from `numTrials` tries by
// luck, given the skew and fat tails of its returns. Statistics, not money: plain floats.
//
// The formulas are the contract's (fact sheet §5.6), which differ from the paper in two places, kept
// on purpose so clients of the original server get the same numbers:
// - the expected maximum Sharpe of N trials is the extreme-value approximation
//   √(2 ln N)·(1 − γ/(2 ln N)) + γ/√(2 ln N) in units of one standard deviation of the trials'
//   Sharpe ratios taken as 1 (the paper mixes two normal quantiles and scales by the trials' spread,
//   which this API is not given);
// - the variance of the Sharpe estimate divides by T, not T − 1.
// The observed Sharpe is annualised (mean / population std × √factor).

/** Euler–Mascheroni constant, to the digits the contract gives. */
const EULER_GAMMA = 0.5772156649;
/** The variance of the Sharpe estimate is floored so a near-degenerate series does not divide by zero. */
const MIN_VARIANCE = 1e-12;
/** A standard deviation this small relative to the mean is float noise from equal returns. */
const SPREAD_EPSILON = 1e-12;
/** p above this is significant (a one-sided 95 % test). */
const SIGNIFICANCE = 0.95;

export interface DeflatedSharpeInput {
  /** Periodic simple returns, oldest first (10 – 10,000 of them). */
  returns: readonly number[];
  /** Strategies or parameter sets tried before this one was picked (≥ 1). */
  numTrials: number;
  /** Return periods in a year: 252 for daily trading days, 525,600 for minutes. */
  annualizationFactor: number;
}

export interface DeflatedSharpe {
  observedSharpe: number;
  expectedMaxSharpe: number;
  deflatedSharpe: number;
  /** Φ(deflatedSharpe): the probability that the true Sharpe exceeds the expected maximum. */
  pValue: number;
  isSignificant: boolean;
  numTrials: number;
  numReturns: number;
  /** Population skewness m3 / m2^1.5. */
  skewness: number;
  /** Population (Pearson, not excess) kurtosis m4 / m2²: 3 for normal returns. */
  kurtosis: number;
}

/**
 * The Deflated Sharpe Ratio of a return series; undefined when the returns do not vary (a Sharpe
 * ratio needs a spread). With the paper's numbers (SR = 2.5/√250 a day, T = 1250, skew −3, kurtosis
 * 10, SR₀ = 0.1132) the z-score step gives Φ ≈ 0.900, the paper's 0.9004 up to its T − 1.
 *
 * @example deflatedSharpe({ returns, numTrials: 100, annualizationFactor: 252 })?.pValue
 */
export function deflatedSharpe(input: DeflatedSharpeInput): DeflatedSharpe | undefined {
  const { returns, numTrials, annualizationFactor } = input;
  const t = returns.length;
  const moments = centralMoments(returns);
  if (!moments) return undefined;
  const std = Math.sqrt(moments.m2);
  // Equal returns leave a rounding-error spread, not a real one.
  if (std <= SPREAD_EPSILON * Math.abs(moments.mean) || std === 0) return undefined;
  const skewness = moments.m3 / moments.m2 ** 1.5;
  const kurtosis = moments.m4 / moments.m2 ** 2;
  const observedSharpe = (moments.mean / std) * Math.sqrt(annualizationFactor);
  const expectedMaxSharpe = expectedMaxSharpeOf(numTrials);
  const z = deflatedZ(observedSharpe, expectedMaxSharpe, skewness, kurtosis, t);
  const pValue = normalCdf(z);
  return {
    observedSharpe,
    expectedMaxSharpe,
    deflatedSharpe: z,
    pValue,
    isSignificant: pValue > SIGNIFICANCE,
    numTrials,
    numReturns: t,
    skewness,
    kurtosis,
  };
}

/** E[max] of `n` trials' Sharpe ratios (standard-normal units): 0 for a single trial. */
export function expectedMaxSharpeOf(n: number): number {
  if (n <= 1) return 0;
  const twoLnN = 2 * Math.log(n);
  const root = Math.sqrt(twoLnN);
  return root * (1 - EULER_GAMMA / twoLnN) + EULER_GAMMA / root;
}

/**
 * (SR − SR₀) / √Var with Var = (1 − skew·SR + (kurt − 1)/4·SR²) / T, the variance floored at
 * 1e-12: the z-score of the Probabilistic Sharpe Ratio against the benchmark SR₀.
 */
export function deflatedZ(sharpe: number, benchmark: number, skewness: number, kurtosis: number, t: number): number {
  const variance = Math.max((1 - skewness * sharpe + ((kurtosis - 1) / 4) * sharpe * sharpe) / t, MIN_VARIANCE);
  return (sharpe - benchmark) / Math.sqrt(variance);
}

/**
 * The standard normal CDF Φ(x), to about 1e-14: Hart's (1968) double-precision rational
 * approximation as given by G. West, "Better approximations to cumulative normal functions",
 * Wilmott Magazine (2005), figure 2.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  let tail: number;
  if (a > 37) {
    tail = 0;
  } else {
    const e = Math.exp((-a * a) / 2);
    if (a < 7.07106781186547) {
      let num = 3.52624965998911e-2 * a + 0.700383064443688;
      num = num * a + 6.37396220353165;
      num = num * a + 33.912866078383;
      num = num * a + 112.079291497871;
      num = num * a + 221.213596169931;
      num = num * a + 220.206867912376;
      let den = 8.83883476483184e-2 * a + 1.75566716318264;
      den = den * a + 16.064177579207;
      den = den * a + 86.7807322029461;
      den = den * a + 296.564248779674;
      den = den * a + 637.333633378831;
      den = den * a + 793.826512519948;
      den = den * a + 440.413735824752;
      tail = (e * num) / den;
    } else {
      let b = a + 0.65;
      b = a + 4 / b;
      b = a + 3 / b;
      b = a + 2 / b;
      b = a + 1 / b;
      tail = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

/** Mean and population central moments 2–4; undefined for an empty series or non-finite sums. */
function centralMoments(xs: readonly number[]): { mean: number; m2: number; m3: number; m4: number } | undefined {
  const n = xs.length;
  if (n === 0) return undefined;
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d = x - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  const out = { mean, m2: m2 / n, m3: m3 / n, m4: m4 / n };
  return Object.values(out).every(Number.isFinite) ? out : undefined;
}
