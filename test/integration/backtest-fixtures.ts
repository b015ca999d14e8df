// Shared set-up of the backtest tests: a context on a fresh database, a pair, synthetic 1-minute
// bars written as the hub writes them (candles_1m plus the rollups), and an account that may take
// large positions.
import { isoTime } from '../../src/clock.js';
import type { Account, Agent } from '../../src/db/schema.js';
import { storeMinuteBars } from '../../src/market/candle-store.js';
import { upsertPairs } from '../../src/market/market.repository.js';
import type { Candle } from '../../src/market/types.js';
import { parseAmount } from '../../src/money.js';
import { registerAccount } from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';

export const MIN = 60_000;
/** A Monday, 00:00 UTC. */
export const T0 = Date.UTC(2025, 0, 6);

export async function addPair(ctx: ServiceContext, symbol: string, base: string): Promise<void> {
  await upsertPairs(ctx.db, [
    {
      symbol,
      base_asset: base,
      quote_asset: 'USDT',
      status: 'active',
      tick_size: '0.01000000',
      step_size: '0.00010000',
      min_qty: '0.00010000',
      max_qty: '9000.00000000',
      min_notional: '5.00000000',
      updated_at: isoTime(T0),
    },
  ]);
}

/** One bar a minute from `from`, closing at `closes[i]`; quote volume 1,000,000 each unless given. */
export function bars(from: number, closes: readonly string[], quoteVolume = '1000000'): Candle[] {
  return closes.map((c, i) => {
    const close = parseAmount(c);
    const open = i === 0 ? close : parseAmount(closes[i - 1]!);
    return {
      openTime: from + i * MIN,
      open,
      high: open > close ? open : close,
      low: open < close ? open : close,
      close,
      volume: parseAmount('10'),
      quoteVolume: parseAmount(quoteVolume),
      tradeCount: 5,
    };
  });
}

export async function storeBars(ctx: ServiceContext, symbol: string, candles: readonly Candle[]): Promise<void> {
  await ctx.db.transaction().execute((trx) => storeMinuteBars(trx, [{ symbol, bars: candles }], 'replace'));
}

/** A walk of `n` closes around 100 from a seed, 2 decimals. */
export function walk(n: number, seed = 1): string[] {
  let x = seed;
  let price = 10_000;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    price = Math.max(5_000, price + ((x % 201) - 100));
    out.push((price / 100).toFixed(2));
  }
  return out;
}

export async function trader(ctx: ServiceContext, name: string): Promise<{ account: Account; agent: Agent }> {
  const reg = await registerAccount(ctx, { displayName: name });
  const profile = JSON.stringify({ max_position_size_pct: 100, max_order_size_pct: 100 });
  await ctx.db.updateTable('accounts').set({ risk_profile: profile }).where('id', '=', reg.account.id).execute();
  return { account: { ...reg.account, risk_profile: profile }, agent: reg.agent };
}
