// Binance kline CSV files (data.binance.vision layout, no header): open_time, open, high, low,
// close, volume, close_time, quote_asset_volume, number_of_trades, taker_buy_base,
// taker_buy_quote, ignore. Spot files switched open_time from milliseconds to microseconds in
// 2025; both are read. Also turns a bar back into the few trades that could have made it.
import { basename } from 'node:path';
import { DecimalFormatError, parseAmount, type Amount } from '../money.js';
import { MINUTE_MS } from './candle-aggregator.js';
import type { Candle, Tick } from './types.js';

export class KlineFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KlineFormatError';
  }
}

const COLUMNS = 12;
/** Anything above this is microseconds: 10^14 ms is the year 5138. */
const MICROSECOND_THRESHOLD = 1e14;
const WIDE = { maxIntegerDigits: 20 };
const FILE_NAME = /^([A-Z0-9]+)-1m-.*\.csv$/;

/** `BTCUSDT-1m-2024-03.csv` → `BTCUSDT`. */
export function symbolFromKlineFileName(path: string): string {
  const match = FILE_NAME.exec(basename(path));
  if (!match) throw new KlineFormatError(`${basename(path)}: kline file names must look like SYMBOL-1m-<anything>.csv`);
  return match[1]!;
}

/** Parses 1-minute klines, oldest first; any malformed row fails the whole file with its line number. */
export function parseKlineCsv(text: string, source = 'klines'): Candle[] {
  const bars: Candle[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    // Some exports carry a header row.
    if (bars.length === 0 && line.toLowerCase().startsWith('open_time')) continue;
    const where = `${source}:${i + 1}`;
    const cells = line.split(',');
    if (cells.length !== COLUMNS) throw new KlineFormatError(`${where}: expected ${COLUMNS} columns, found ${cells.length}`);
    const bar = parseRow(cells, where);
    const previous = bars[bars.length - 1];
    if (previous && bar.openTime <= previous.openTime) {
      throw new KlineFormatError(`${where}: open_time ${bar.openTime} is not after the previous row's ${previous.openTime}`);
    }
    bars.push(bar);
  }
  return bars;
}

function parseRow(cells: string[], where: string): Candle {
  const int = (index: number, name: string): number => {
    const cell = cells[index]!.trim();
    if (!/^\d+$/.test(cell)) throw new KlineFormatError(`${where}: ${name} "${cell}" is not a whole number`);
    return Number(cell);
  };
  const amount = (index: number, name: string): Amount => {
    const cell = cells[index]!.trim();
    try {
      const value = parseAmount(cell, WIDE);
      if (value < 0n) throw new DecimalFormatError('must not be negative');
      return value;
    } catch (err) {
      if (err instanceof DecimalFormatError) throw new KlineFormatError(`${where}: ${name} "${cell}" ${err.message}`);
      throw err;
    }
  };
  const rawTime = int(0, 'open_time');
  const openTime = rawTime >= MICROSECOND_THRESHOLD ? Math.floor(rawTime / 1000) : rawTime;
  if (openTime % MINUTE_MS !== 0) throw new KlineFormatError(`${where}: open_time ${rawTime} is not at a whole minute`);
  const bar: Candle = {
    openTime,
    open: amount(1, 'open'),
    high: amount(2, 'high'),
    low: amount(3, 'low'),
    close: amount(4, 'close'),
    volume: amount(5, 'volume'),
    quoteVolume: amount(7, 'quote_asset_volume'),
    tradeCount: int(8, 'number_of_trades'),
  };
  const { open, high, low, close } = bar;
  if (low > open || low > close || high < open || high < close || low <= 0n) {
    throw new KlineFormatError(`${where}: prices are inconsistent (need 0 < low ≤ open, close ≤ high)`);
  }
  return bar;
}

/** Where in the minute each of a bar's four trades happens, in ms. */
const KLINE_TICK_OFFSETS = [0, 20_000, 40_000, MINUTE_MS - 1] as const;
/** Share of the bar's volume each trade carries, in percent. */
const VOLUME_SHARES = [15n, 35n, 35n] as const;

/**
 * Four trades that reproduce a bar: the open, then the low and the high (low first when the bar
 * closed up, high first when it closed down, as the path most likely ran), then the close.
 * Quantities sum exactly to the bar's volume. Times are the bar's own (data) times.
 */
export function ticksFromKline(symbol: string, bar: Candle, firstTradeId: number, previousPrice: Amount = bar.open): Tick[] {
  const up = bar.close >= bar.open;
  const prices = [bar.open, up ? bar.low : bar.high, up ? bar.high : bar.low, bar.close];
  const quantities = VOLUME_SHARES.map((share) => (bar.volume * share) / 100n);
  quantities.push(bar.volume - quantities.reduce((a, b) => a + b, 0n));
  let before = previousPrice;
  return prices.map((price, k) => {
    // Downticks come from sellers hitting bids (the buyer was the maker); flat ticks alternate.
    const isBuyerMaker = price < before ? true : price > before ? false : k % 2 === 1;
    before = price;
    return {
      symbol,
      price,
      quantity: quantities[k]!,
      time: bar.openTime + KLINE_TICK_OFFSETS[k]!,
      tradeId: firstTradeId + k,
      isBuyerMaker,
    };
  });
}
