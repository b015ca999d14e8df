import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KlineFormatError, parseKlineCsv, symbolFromKlineFileName, ticksFromKline } from '../../../src/market/kline-csv-parser.js';
import type { Candle } from '../../../src/market/types.js';
import { parseAmount as a } from '../../../src/money.js';

const MS_ROW =
  '1709251200000,61234.56000000,61255.54000000,61193.76000000,61238.78000000,5.98899000,1709251259999,366716.15876280,119,3.05438490,187046.80492642,0';
const US_ROW =
  '1709251260000000,61238.78,61257.42,61207.27,61252.75,12.37841,1709251319999999,758085.3933455,246,6.3129891,386687.94309502,0';

describe('parseKlineCsv', () => {
  it('reads millisecond and microsecond open times alike', () => {
    const bars = parseKlineCsv(`${MS_ROW}\n${US_ROW}\n`);
    expect(bars).toEqual([
      {
        openTime: Date.UTC(2024, 2, 1, 0, 0),
        open: a('61234.56'),
        high: a('61255.54'),
        low: a('61193.76'),
        close: a('61238.78'),
        volume: a('5.98899'),
        quoteVolume: a('366716.1587628'),
        tradeCount: 119,
      },
      {
        openTime: Date.UTC(2024, 2, 1, 0, 1),
        open: a('61238.78'),
        high: a('61257.42'),
        low: a('61207.27'),
        close: a('61252.75'),
        volume: a('12.37841'),
        quoteVolume: a('758085.3933455'),
        tradeCount: 246,
      },
    ]);
  });

  it('skips blank lines, CRLF endings and a header row', () => {
    const text = `open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,taker_buy_quote_volume,ignore\r\n${MS_ROW}\r\n\r\n`;
    expect(parseKlineCsv(text)).toHaveLength(1);
  });

  it('rejects a malformed line, naming the file, line and column', () => {
    const bad = MS_ROW.replace('61255.54000000', '61,255.54');
    expect(() => parseKlineCsv(`${US_ROW}\n${bad}`, 'BTCUSDT-1m-x.csv')).toThrow(KlineFormatError);
    expect(() => parseKlineCsv(`${MS_ROW}\n${MS_ROW.replace('61255.54000000', 'abc')}`, 'f.csv')).toThrow(
      'f.csv:2: high "abc" must be a decimal number such as "10000.00"',
    );
    expect(() => parseKlineCsv(`${MS_ROW}\n${US_ROW.replace('61252.75', '-1')}`, 'f.csv')).toThrow(
      'f.csv:2: close "-1" must not be negative',
    );
    expect(() => parseKlineCsv(`x${MS_ROW}`, 'f.csv')).toThrow('f.csv:1: open_time "x1709251200000" is not a whole number');
    expect(() => parseKlineCsv('1,2,3', 'f.csv')).toThrow('f.csv:1: expected 12 columns, found 3');
    expect(() => parseKlineCsv(MS_ROW.replace(',119,', ',1.5,'), 'f.csv')).toThrow('f.csv:1: number_of_trades "1.5" is not a whole number');
  });

  it('rejects inconsistent prices, unaligned times and rows out of order', () => {
    // high below close
    expect(() => parseKlineCsv(MS_ROW.replace('61255.54000000', '61238.00'), 'f.csv')).toThrow(/f\.csv:1: prices are inconsistent/);
    expect(() => parseKlineCsv(MS_ROW.replace('1709251200000,', '1709251200500,'), 'f.csv')).toThrow(
      'f.csv:1: open_time 1709251200500 is not at a whole minute',
    );
    expect(() => parseKlineCsv(`${US_ROW}\n${MS_ROW}`, 'f.csv')).toThrow(
      /f\.csv:2: open_time 1709251200000 is not after the previous row's/,
    );
    expect(() => parseKlineCsv(`${MS_ROW}\n${MS_ROW}`, 'f.csv')).toThrow(/is not after/);
  });

  it('reads the shipped samples: one in microseconds, one in milliseconds', () => {
    for (const name of ['BTCUSDT-1m-sample.csv', 'ETHUSDT-1m-sample.csv']) {
      const bars = parseKlineCsv(readFileSync(new URL(`../../fixtures/klines/${name}`, import.meta.url), 'utf8'), name);
      expect(bars).toHaveLength(360);
      expect(bars[0]!.openTime).toBe(Date.UTC(2024, 2, 1));
      expect(bars[359]!.openTime - bars[0]!.openTime).toBe(359 * 60_000);
    }
  });
});

describe('symbolFromKlineFileName', () => {
  it('takes the symbol from SYMBOL-1m-*.csv', () => {
    expect(symbolFromKlineFileName('/data/BTCUSDT-1m-2024-03.csv')).toBe('BTCUSDT');
    expect(symbolFromKlineFileName('ETHUSDT-1m-sample.csv')).toBe('ETHUSDT');
    expect(() => symbolFromKlineFileName('BTCUSDT-5m-2024-03.csv')).toThrow(/SYMBOL-1m-<anything>\.csv/);
    expect(() => symbolFromKlineFileName('btcusdt.csv')).toThrow(KlineFormatError);
  });
});

describe('ticksFromKline', () => {
  const base: Candle = {
    openTime: Date.UTC(2024, 2, 1, 0, 5),
    open: a('100'),
    high: a('110'),
    low: a('95'),
    close: a('105'),
    volume: a('1.00000003'),
    quoteVolume: a('100'),
    tradeCount: 7,
  };

  it('runs open, low, high, close for a bar that closed up', () => {
    const ticks = ticksFromKline('BTCUSDT', base, 41);
    expect(ticks.map((t) => t.price)).toEqual([a('100'), a('95'), a('110'), a('105')]);
    expect(ticks.map((t) => t.time - base.openTime)).toEqual([0, 20_000, 40_000, 59_999]);
    expect(ticks.map((t) => t.tradeId)).toEqual([41, 42, 43, 44]);
    expect(ticks.map((t) => t.isBuyerMaker)).toEqual([false, true, false, true]);
  });

  it('runs open, high, low, close for a bar that closed down', () => {
    const down = { ...base, close: a('96') };
    expect(ticksFromKline('BTCUSDT', down, 1).map((t) => t.price)).toEqual([a('100'), a('110'), a('95'), a('96')]);
  });

  it('splits the volume so the quantities sum to it exactly', () => {
    const ticks = ticksFromKline('BTCUSDT', base, 1);
    expect(ticks.map((t) => t.quantity)).toEqual([15000000n, 35000001n, 35000001n, 15000001n]);
    expect(ticks.reduce((s, t) => s + t.quantity, 0n)).toBe(base.volume);
  });
});
