// `npm run import:klines -- <files or folders>`: imports Binance 1-minute kline CSV files into the
// database named by DATABASE_URL (see README, "History for backtests"). Progress goes to stderr (one
// redrawn line on a terminal, a line per file otherwise), the summary to stdout.
import { basename } from 'node:path';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { migrateToLatest, openDatabase } from '../src/db/connection.js';
import { findKlineFiles, importKlineFiles, type ImportProgress } from '../src/market/history-import.js';

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help')) {
    process.stderr.write('usage: npm run import:klines -- <SYMBOL-1m-*.csv files or folders> ...\n');
    return argv.length === 0 ? 2 : 0;
  }
  const config = loadConfig(process.env);
  const files = await findKlineFiles(argv);
  if (files.length === 0) {
    process.stderr.write('no SYMBOL-1m-*.csv files found\n');
    return 1;
  }
  const db = openDatabase(config.databasePath);
  try {
    await migrateToLatest(db);
    const tty = process.stderr.isTTY === true;
    const onProgress = (p: ImportProgress) => {
      const head = `[${p.fileIndex + 1}/${p.fileCount}] ${basename(p.file)}`;
      if (tty) {
        const width = 30;
        const filled = p.total === 0 ? width : Math.round((p.done / p.total) * width);
        process.stderr.write(`\r${head} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} bars\x1b[K`);
        if (p.done === p.total) process.stderr.write('\n');
      } else if (p.done === p.total) {
        process.stderr.write(`${head}: ${p.total} bars\n`);
      }
    };
    const s = await importKlineFiles(db, files, { clock: systemClock, onProgress });
    const pairs = s.newPairs.length > 0 ? `; new inactive pairs: ${s.newPairs.join(', ')}` : '';
    process.stdout.write(
      `imported ${s.files} file(s), ${s.bars} bars (${s.newBars} new) for ${s.symbols.join(', ')} in ${(s.ms / 1000).toFixed(1)} s${pairs}\n`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
