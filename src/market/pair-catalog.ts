// The simulated market's universe: real Binance USDT pairs with Binance-like filters, plausible
// late-2026 starting prices and per-pair annualised volatility. Also the metadata fallback for
// replayed symbols.
import { parseAmount, type Amount } from '../money.js';
import type { PairInfo } from './types.js';

/** 1: the two majors; 2: large caps; 3: the rest. Sets trade rate and typical trade size. */
export type LiquidityTier = 1 | 2 | 3;

export interface CatalogPair extends PairInfo {
  startPrice: Amount;
  /** Annualised volatility of log returns, e.g. 0.55 = 55 %. */
  volatility: number;
  tier: LiquidityTier;
}

// symbol, start price, volatility, tickSize, stepSize, maxQty, tier
type Row = [string, string, number, string, string, string, LiquidityTier];

const ROWS: Row[] = [
  ['BTCUSDT', '96512.37', 0.55, '0.01', '0.00001', '9000', 1],
  ['ETHUSDT', '3421.58', 0.7, '0.01', '0.0001', '9000', 1],
  ['BNBUSDT', '905.42', 0.6, '0.01', '0.001', '9000', 2],
  ['SOLUSDT', '182.36', 0.85, '0.01', '0.001', '9000', 2],
  ['XRPUSDT', '2.3127', 0.85, '0.0001', '0.1', '9222449', 2],
  ['ADAUSDT', '0.7124', 0.9, '0.0001', '0.1', '9000000', 2],
  ['DOGEUSDT', '0.18734', 1.0, '0.00001', '1', '9000000', 2],
  ['TRXUSDT', '0.2914', 0.55, '0.0001', '0.1', '9000000', 2],
  ['AVAXUSDT', '28.45', 0.95, '0.01', '0.01', '9000000', 2],
  ['LINKUSDT', '19.87', 0.9, '0.01', '0.01', '9000000', 2],
  ['DOTUSDT', '4.512', 0.9, '0.001', '0.01', '9000000', 3],
  ['TONUSDT', '3.218', 0.85, '0.001', '0.01', '9000000', 3],
  ['SHIBUSDT', '0.00001342', 1.1, '0.00000001', '1', '46116860414', 2],
  ['LTCUSDT', '104.37', 0.75, '0.01', '0.001', '9000000', 2],
  ['BCHUSDT', '512.3', 0.8, '0.1', '0.001', '9000', 3],
  ['NEARUSDT', '3.142', 1.0, '0.001', '0.1', '9000000', 3],
  ['UNIUSDT', '9.874', 1.0, '0.001', '0.01', '9000000', 3],
  ['APTUSDT', '5.612', 1.0, '0.001', '0.01', '9000000', 3],
  ['ICPUSDT', '6.432', 1.0, '0.001', '0.01', '9000000', 3],
  ['ETCUSDT', '21.06', 0.85, '0.01', '0.01', '9000000', 3],
  ['XLMUSDT', '0.3921', 0.9, '0.0001', '1', '9000000', 3],
  ['FILUSDT', '2.984', 1.0, '0.001', '0.01', '9000000', 3],
  ['ATOMUSDT', '4.873', 0.9, '0.001', '0.01', '9000000', 3],
  ['HBARUSDT', '0.23412', 1.0, '0.00001', '1', '9000000', 3],
  ['ARBUSDT', '0.4621', 1.05, '0.0001', '0.1', '9000000', 3],
  ['OPUSDT', '0.7912', 1.05, '0.0001', '0.01', '9000000', 3],
  ['SUIUSDT', '3.6124', 1.1, '0.0001', '0.1', '9000000', 2],
  ['PEPEUSDT', '0.00001124', 1.3, '0.00000001', '1', '9223372036', 2],
  ['INJUSDT', '14.32', 1.1, '0.01', '0.01', '9000000', 3],
  ['RENDERUSDT', '4.213', 1.1, '0.001', '0.01', '9000000', 3],
  ['AAVEUSDT', '287.45', 0.95, '0.01', '0.001', '9000', 3],
  ['STXUSDT', '0.7213', 1.1, '0.0001', '0.1', '9000000', 3],
  ['IMXUSDT', '0.6112', 1.1, '0.0001', '0.01', '9000000', 3],
  ['GRTUSDT', '0.09871', 1.05, '0.00001', '1', '9000000', 3],
  ['ALGOUSDT', '0.2387', 0.95, '0.0001', '1', '9000000', 3],
  ['VETUSDT', '0.02731', 1.0, '0.00001', '0.1', '9000000', 3],
  ['SEIUSDT', '0.3124', 1.15, '0.0001', '0.1', '9000000', 3],
  ['TIAUSDT', '2.134', 1.15, '0.001', '0.01', '9000000', 3],
  ['WLDUSDT', '1.243', 1.2, '0.001', '0.1', '9000000', 3],
  ['FETUSDT', '0.7214', 1.15, '0.0001', '0.1', '9000000', 3],
  ['SANDUSDT', '0.3012', 1.0, '0.0001', '1', '9000000', 3],
  ['MANAUSDT', '0.3214', 1.0, '0.0001', '1', '9000000', 3],
  ['AXSUSDT', '2.873', 1.0, '0.001', '0.01', '9000000', 3],
  ['EGLDUSDT', '15.43', 0.95, '0.01', '0.001', '9000000', 3],
  ['THETAUSDT', '0.9123', 1.0, '0.0001', '0.1', '9000000', 3],
  ['FLOWUSDT', '0.4213', 1.0, '0.0001', '0.01', '9000000', 3],
  ['XTZUSDT', '0.7321', 0.9, '0.0001', '0.1', '9000000', 3],
  ['CRVUSDT', '0.8123', 1.1, '0.0001', '0.1', '9000000', 3],
  ['LDOUSDT', '1.342', 1.1, '0.001', '0.01', '9000000', 3],
  ['RUNEUSDT', '1.712', 1.1, '0.001', '0.1', '9000000', 3],
  ['KAVAUSDT', '0.4123', 1.0, '0.0001', '0.1', '9000000', 3],
  ['GALAUSDT', '0.01873', 1.1, '0.00001', '1', '9000000', 3],
  ['CHZUSDT', '0.04312', 1.0, '0.00001', '1', '9000000', 3],
  ['ENSUSDT', '21.43', 1.05, '0.01', '0.01', '9000000', 3],
  ['JUPUSDT', '0.5712', 1.15, '0.0001', '0.1', '9000000', 3],
  ['PENDLEUSDT', '4.812', 1.15, '0.001', '0.1', '9000000', 3],
  ['ENAUSDT', '0.6124', 1.2, '0.0001', '0.01', '9000000', 3],
  ['WIFUSDT', '1.023', 1.35, '0.001', '0.01', '9000000', 3],
  ['BONKUSDT', '0.00002134', 1.35, '0.00000001', '1', '9223372036', 3],
  ['FLOKIUSDT', '0.00011234', 1.3, '0.00000001', '1', '9223372036', 3],
  ['TAOUSDT', '412.3', 1.1, '0.1', '0.0001', '9000', 3],
  ['ZECUSDT', '312.45', 1.0, '0.01', '0.001', '9000', 3],
  ['ONDOUSDT', '0.9812', 1.1, '0.0001', '0.1', '9000000', 3],
  ['POLUSDT', '0.2312', 1.0, '0.0001', '0.1', '9000000', 3],
  ['TRUMPUSDT', '9.873', 1.4, '0.001', '0.001', '9000000', 3],
];

const big = { maxIntegerDigits: 20 };

export const PAIR_CATALOG: readonly CatalogPair[] = Object.freeze(
  ROWS.map(([symbol, price, volatility, tick, step, maxQty, tier]) => {
    const stepSize = parseAmount(step);
    return Object.freeze({
      symbol,
      baseAsset: symbol.slice(0, -4),
      quoteAsset: 'USDT',
      status: 'active' as const,
      tickSize: parseAmount(tick),
      stepSize,
      minQty: stepSize,
      maxQty: parseAmount(maxQty, big),
      minNotional: parseAmount('5'),
      startPrice: parseAmount(price),
      volatility,
      tier,
    });
  }),
);

const BY_SYMBOL = new Map(PAIR_CATALOG.map((p) => [p.symbol, p]));

export function catalogPair(symbol: string): CatalogPair | undefined {
  return BY_SYMBOL.get(symbol.toUpperCase());
}

/** Strips the simulation-only fields. */
export function toPairInfo(p: CatalogPair): PairInfo {
  const { symbol, baseAsset, quoteAsset, status, tickSize, stepSize, minQty, maxQty, minNotional } = p;
  return { symbol, baseAsset, quoteAsset, status, tickSize, stepSize, minQty, maxQty, minNotional };
}
