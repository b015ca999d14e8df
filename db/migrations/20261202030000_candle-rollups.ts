// Stored candles for 5m, 15m, 1h, 4h and 1d, so a read of any interval costs what it returns
// instead of aggregating up to 1,440 one-minute rows per candle; and so 1-minute rows can be
// pruned without losing the history of the higher intervals.
//
// The table is filled here from the 1-minute history already stored, one symbol-day at a time (a
// day holds whole buckets of every interval). Amounts are TEXT exact decimals with 8 places, so
// sums are done on scaled bigints, never on floats, and written back with 8 places.
import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from '../column-types.js';

const MINUTE_MS = 60_000;
const DAY_MS = 1440 * MINUTE_MS;
const INTERVALS: ReadonlyArray<readonly [string, number]> = [
  ['5m', 5 * MINUTE_MS],
  ['15m', 15 * MINUTE_MS],
  ['1h', 60 * MINUTE_MS],
  ['4h', 240 * MINUTE_MS],
  ['1d', DAY_MS],
];
/** 10 columns a row: far below SQLite's 32,766 bound parameters. */
const INSERT_CHUNK = 1000;

interface Bar {
  openTime: number;
  open: bigint;
  high: bigint;
  low: bigint;
  close: bigint;
  volume: bigint;
  quoteVolume: bigint;
  tradeCount: number;
}

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  // The primary key serves every read: the newest N buckets of one symbol and interval.
  await db.schema
    .createTable('candle_rollups')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('interval', 'text', (c) => c.notNull())
    .addColumn('open_time', 'bigint', (c) => c.notNull())
    .addColumn('open', t.money, (c) => c.notNull())
    .addColumn('high', t.money, (c) => c.notNull())
    .addColumn('low', t.money, (c) => c.notNull())
    .addColumn('close', t.money, (c) => c.notNull())
    .addColumn('volume', t.money, (c) => c.notNull())
    .addColumn('quote_volume', t.money, (c) => c.notNull())
    .addColumn('trade_count', t.int, (c) => c.notNull())
    .addPrimaryKeyConstraint('candle_rollups_pk', ['symbol', 'interval', 'open_time'])
    .addCheckConstraint('candle_rollups_interval_check', sql`"interval" in ('5m', '15m', '1h', '4h', '1d')`)
    // SQLite: the rows live in the primary-key B-tree itself, not in a rowid table beside a copy of
    // the key, which halves what each write touches. PostgreSQL has no such clause.
    .$call((table) => (isPostgres(db) ? table : table.modifyEnd(sql`without rowid`)))
    .execute();

  // Symbol by symbol, each found with one seek on the primary key.
  for (let symbol = await nextSymbol(db, undefined); symbol !== undefined; symbol = await nextSymbol(db, symbol)) {
    let cursor = -Infinity;
    for (;;) {
      // Skip empty stretches with one index seek, then take the whole UTC day of the next bar.
      let next = db.selectFrom('candles_1m').select('open_time').where('symbol', '=', symbol);
      if (cursor !== -Infinity) next = next.where('open_time', '>=', cursor);
      const first = await next.orderBy('open_time').limit(1).executeTakeFirst();
      if (!first) break;
      const day = Math.floor(Number(first.open_time) / DAY_MS) * DAY_MS;
      const rows = await db
        .selectFrom('candles_1m')
        .selectAll()
        .where('symbol', '=', symbol)
        .where('open_time', '>=', day)
        .where('open_time', '<', day + DAY_MS)
        .orderBy('open_time')
        .execute();
      const bars = rows.map((row) => readBar(row as Record<string, unknown>));
      const out: Array<Record<string, unknown>> = [];
      for (const [interval, size] of INTERVALS) {
        for (const bar of aggregate(bars, size)) out.push(toRow(symbol, interval, bar));
      }
      for (let i = 0; i < out.length; i += INSERT_CHUNK) {
        await db
          .insertInto('candle_rollups')
          .values(out.slice(i, i + INSERT_CHUNK))
          .execute();
      }
      cursor = day + DAY_MS;
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('candle_rollups').execute();
}

async function nextSymbol(db: Kysely<any>, after: string | undefined): Promise<string | undefined> {
  let query = db.selectFrom('candles_1m').select('symbol');
  if (after !== undefined) query = query.where('symbol', '>', after);
  const row = await query.orderBy('symbol').limit(1).executeTakeFirst();
  return row?.symbol as string | undefined;
}

function aggregate(bars: readonly Bar[], size: number): Bar[] {
  const out: Bar[] = [];
  let current: Bar | undefined;
  for (const bar of bars) {
    const start = Math.floor(bar.openTime / size) * size;
    if (!current || current.openTime !== start) {
      current = { ...bar, openTime: start };
      out.push(current);
      continue;
    }
    if (bar.high > current.high) current.high = bar.high;
    if (bar.low < current.low) current.low = bar.low;
    current.close = bar.close;
    current.volume += bar.volume;
    current.quoteVolume += bar.quoteVolume;
    current.tradeCount += bar.tradeCount;
  }
  return out;
}

function readBar(row: Record<string, unknown>): Bar {
  return {
    openTime: Number(row.open_time),
    open: units(String(row.open)),
    high: units(String(row.high)),
    low: units(String(row.low)),
    close: units(String(row.close)),
    volume: units(String(row.volume)),
    quoteVolume: units(String(row.quote_volume)),
    tradeCount: Number(row.trade_count),
  };
}

function toRow(symbol: string, interval: string, bar: Bar): Record<string, unknown> {
  return {
    symbol,
    interval,
    open_time: bar.openTime,
    open: decimal(bar.open),
    high: decimal(bar.high),
    low: decimal(bar.low),
    close: decimal(bar.close),
    volume: decimal(bar.volume),
    quote_volume: decimal(bar.quoteVolume),
    trade_count: bar.tradeCount,
  };
}

/** A stored decimal (at most 8 places) as a count of 10⁻⁸ units. */
function units(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,8}))?$/.exec(text);
  if (!match) throw new Error(`candle_rollups: unreadable stored amount "${text}"`);
  const value = BigInt(match[2]! + (match[3] ?? '').padEnd(8, '0'));
  return match[1] ? -value : value;
}

function decimal(value: bigint): string {
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100_000_000n}.${(abs % 100_000_000n).toString().padStart(8, '0')}`;
}
