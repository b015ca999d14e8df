// History and statistics for backtesting: the stored data range, technical indicators and the
// deflated Sharpe ratio. Public like market data; the numbers come from pure functions.
import { isoTime } from '../../clock.js';
import { DomainError, validationError } from '../../errors.js';
import { deflatedSharpe } from '../../domain/deflated-sharpe.js';
import { cachedDataRange } from '../../market/data-range.js';
import { computeIndicators, formatIndicatorValue, INDICATORS, parseIndicatorNames } from '../../market/indicators.js';
import type { Handler } from '../types.js';

const DEFAULT_LOOKBACK = 200;
/** Floats on the wire: 8 decimal places, enough for any statistic here. */
const round8 = (x: number) => Math.round(x * 1e8) / 1e8 || 0;

export const getDataRange: Handler<'getDataRange'> = async (req, ctx) => {
  const range = await cachedDataRange(ctx.services.db, ctx.services.clock.now(), req.query.min_gap_minutes);
  const iso = (ms: number | null) => (ms === null ? null : isoTime(ms));
  return {
    status: 200,
    body: {
      earliest: iso(range.earliest),
      latest: iso(range.latest),
      total_pairs: range.totalPairs,
      intervals_available: [...range.intervals],
      pairs: range.pairs.map((p) => ({ symbol: p.symbol, earliest: isoTime(p.earliest), latest: isoTime(p.latest) })),
      data_gaps: range.gaps.map((g) => ({ symbol: g.symbol, from: isoTime(g.from), to: isoTime(g.to), missing_minutes: g.missingMinutes })),
      total_gaps: range.totalGaps,
      min_gap_minutes: range.minGapMinutes,
    },
  };
};

export const listIndicators: Handler<'listIndicators'> = async () => ({ status: 200, body: { indicators: [...INDICATORS] } });

export const getIndicators: Handler<'getIndicators'> = async (req, ctx) => {
  const market = ctx.services.market;
  const pair = market.requirePair(req.path.symbol);
  const names = parseIndicatorNames(req.query.indicators);
  const candles = await market.candles(pair.symbol, '1m', { limit: req.query.lookback ?? DEFAULT_LOOKBACK });
  if (candles.length === 0) {
    throw new DomainError('PRICE_NOT_AVAILABLE', `No candles are available for '${pair.symbol}' yet.`, {
      symbol: pair.symbol,
      reason: 'no_candles',
    });
  }
  const values = computeIndicators(candles, names);
  return {
    status: 200,
    body: {
      symbol: pair.symbol,
      timestamp: isoTime(ctx.services.clock.now()),
      candles_used: candles.length,
      indicators: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, formatIndicatorValue(value)])),
    },
  };
};

export const computeDeflatedSharpe: Handler<'computeDeflatedSharpe'> = async (req) => {
  const { returns, num_trials: numTrials, annualization_factor: annualizationFactor = 252 } = req.body;
  const result = deflatedSharpe({ returns, numTrials, annualizationFactor });
  if (!result) throw validationError([{ field: 'returns', message: 'must not all be equal: a Sharpe ratio needs returns that vary' }]);
  return {
    status: 200,
    body: {
      observed_sharpe: round8(result.observedSharpe),
      expected_max_sharpe: round8(result.expectedMaxSharpe),
      deflated_sharpe: round8(result.deflatedSharpe),
      p_value: round8(result.pValue),
      is_significant: result.isSignificant,
      num_trials: result.numTrials,
      num_returns: result.numReturns,
      skewness: round8(result.skewness),
      kurtosis: round8(result.kurtosis),
    },
  };
};
