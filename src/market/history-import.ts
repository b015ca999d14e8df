// `npm run import:klines`: loads Binance 1-minute kline CSV files (the data.binance.vision monthly
// or daily archives, unzipped) into the candle store, so months of real history serve
// /market/candles and backtests. Idempotent: a bar already stored for the same minute is left as
// it is, so importing a file twice changes nothing. Bars go through storeMinuteBars, which builds
// the 5m–1d candles in the same transaction, a week at a time; the imported stretches are recorded
// (imported_candle_ranges) so the 1-minute retention never prunes them.
//
// A symbol the pair list does not know is added as an `inactive` pair (the catalogue's rules if it
// has them, else permissive defaults): its candles are then served and backtests can trade it,
// while the live feed does not expect ticks for it.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isoTime, type Clock } from '../clock.js';
import type { Db } from '../db/connection.js';
import { parseAmount } from '../money.js';
import { bucketStart, MINUTE_MS } from './candle-aggregator.js';
import { storeMinuteBars } from './candle-store.js';
import { insertImportedRange, insertPairIfMissing } from './history.repository.js';
import { parseKlineCsv, symbolFromKlineFileName, KlineFormatError } from './kline-csv-parser.js';
import { toPairRow } from './market.mapper.js';
import { countCandles } from './market.repository.js';
import { catalogPair, toPairInfo } from './pair-catalog.js';
import type { Candle, PairInfo } from './types.js';

/** Bars written per transaction: whole UTC weeks, so the daily candles at the edges are rebuilt once. */
const CHUNK_MS = 7 * 1440 * MINUTE_MS;
const QUOTES = ['USDT', 'USDC', 'FDUSD', 'BUSD', 'TUSD', 'BTC', 'ETH', 'BNB', 'EUR', 'TRY'];

export interface ImportProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  /** Bars of this file written so far and in all. */
  done: number;
  total: number;
}

export interface ImportSummary {
  files: number;
  symbols: string[];
  /** Bars read from the files. */
  bars: number;
  /** Bars that were not stored before. */
  newBars: number;
  /** Symbols added to the pair list (inactive). */
  newPairs: string[];
  ms: number;
}

export interface ImportOptions {
  clock: Clock;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * The kline files named by `paths`: files as given, folders searched recursively for
 * `SYMBOL-1m-*.csv`. Sorted by name, so a symbol's months go in order. A `.zip` is refused with
 * the hint to unzip it (no unzip library is bundled).
 */
export async function findKlineFiles(paths: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new KlineFormatError(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      const entries = await readdir(path);
      for (const entry of entries.sort()) await visit(join(path, entry), false);
      return;
    }
    const name = basename(path);
    if (name.endsWith('.zip')) {
      if (explicit) throw new KlineFormatError(`${name}: unzip the archive first (unzip ${name}), then import the .csv inside`);
      return;
    }
    if (explicit) {
      symbolFromKlineFileName(path);
      out.add(path);
    } else if (/^[A-Z0-9]+-1m-.*\.csv$/.test(name)) out.add(path);
  };
  for (const path of paths) await visit(path, true);
  return [...out].sort((a, b) => basename(a).localeCompare(basename(b)) || a.localeCompare(b));
}

/** Imports the files in order; a malformed file stops the import before anything of it is written. */
export async function importKlineFiles(db: Db, files: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const symbols = new Set<string>();
  const newPairs: string[] = [];
  const before = new Map<string, number>();
  let bars = 0;
  for (const [index, file] of files.entries()) {
    const symbol = symbolFromKlineFileName(file);
    const parsed = parseKlineCsv(await readFile(file, 'utf8'), basename(file));
    if (!symbols.has(symbol)) {
      symbols.add(symbol);
      before.set(symbol, await countCandles(db, symbol));
      if (await insertPairIfMissing(db, toPairRow(importedPair(symbol), isoTime(options.clock.now())))) newPairs.push(symbol);
    }
    const progress = (done: number) =>
      options.onProgress?.({ file, fileIndex: index, fileCount: files.length, done, total: parsed.length });
    progress(0);
    let done = 0;
    for (const chunk of weeks(parsed)) {
      const from = chunk[0]!.openTime;
      const to = chunk[chunk.length - 1]!.openTime + MINUTE_MS;
      await db.transaction().execute(async (trx) => {
        await storeMinuteBars(trx, [{ symbol, bars: chunk }], 'keep');
        await insertImportedRange(trx, {
          symbol,
          from_time: from,
          to_time: to,
          source: basename(file),
          imported_at: isoTime(options.clock.now()),
        });
      });
      done += chunk.length;
      progress(done);
    }
    bars += parsed.length;
  }
  let newBars = 0;
  for (const symbol of symbols) newBars += (await countCandles(db, symbol)) - before.get(symbol)!;
  return { files: files.length, symbols: [...symbols].sort(), bars, newBars, newPairs, ms: Math.round(performance.now() - started) };
}

/** Bars split at UTC week boundaries (Unix weeks), oldest first. */
function* weeks(bars: readonly Candle[]): Iterable<Candle[]> {
  let start = 0;
  for (let i = 1; i <= bars.length; i++) {
    if (i === bars.length || bucketStart(bars[i]!.openTime, CHUNK_MS) !== bucketStart(bars[start]!.openTime, CHUNK_MS)) {
      yield bars.slice(start, i);
      start = i;
    }
  }
}

/**
 * The pair an imported symbol is registered as: the catalogue's rules when it has the symbol, else
 * the finest increments (1e-8) and a 5-unit minimum notional; inactive either way.
 */
function importedPair(symbol: string): PairInfo {
  const known = catalogPair(symbol);
  if (known) return { ...toPairInfo(known), status: 'inactive' };
  const quote = QUOTES.find((q) => symbol.endsWith(q) && symbol.length > q.length) ?? '';
  const finest = parseAmount('0.00000001');
  return {
    symbol,
    baseAsset: quote ? symbol.slice(0, -quote.length) : symbol,
    quoteAsset: quote,
    status: 'inactive',
    tickSize: finest,
    stepSize: finest,
    minQty: finest,
    maxQty: parseAmount('9000000000'),
    minNotional: parseAmount('5'),
  };
}
