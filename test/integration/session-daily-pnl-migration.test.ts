// The session-daily-pnl migration fills in the daily-loss breaker's counter of every active session
// from the fills stored before it, summed exactly per UTC day; closed sessions need none.
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseAt } from '../support/migration-db.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 23, 30);
const at = new Date(T0).toISOString();

/** Sessions `old` (closed) and `now` (active) of agent `ag`, with sell fills over two UTC days. */
async function storeFills(raw: Kysely<any>): Promise<void> {
  await raw
    .insertInto('trading_sessions')
    .values([
      { id: 'old', agent_id: 'ag', starting_balance: '10000', status: 'closed', started_at: at, ended_at: at },
      { id: 'now', agent_id: 'ag', starting_balance: '10000', status: 'active', started_at: at, ended_at: null },
    ])
    .execute();
  const fills: Array<[string, string, string, number]> = [
    // session, fee, realized, time
    ['old', '1.5', '-100', T0],
    ['now', '0.1', '0', T0 + 60_000],
    ['now', '0.12345678', '-20.5', T0 + 120_000],
    ['now', '0.00000001', '999999999999.99999999', T0 + DAY / 2], // the next UTC day
    ['now', '0.2', '0.00000001', T0 + DAY / 2 + 1],
  ];
  for (const [i, [session, fee, realized, time]] of fills.entries()) {
    await raw
      .insertInto('orders')
      .values({
        id: `o${i}`,
        agent_id: 'ag',
        session_id: session,
        symbol: 'BTCUSDT',
        base_asset: 'BTC',
        quote_asset: 'USDT',
        side: 'sell',
        type: 'market',
        status: 'filled',
        quantity: '1',
        locked_amount: '0',
        created_ms: time,
        closed_ms: time,
      })
      .execute();
    await raw
      .insertInto('fills')
      .values({
        id: `f${i}`,
        order_id: `o${i}`,
        agent_id: 'ag',
        session_id: session,
        symbol: 'BTCUSDT',
        side: 'sell',
        quantity: '1',
        price: '1',
        reference_price: '1',
        slippage_pct: '0',
        gross: '1',
        fee,
        realized_pnl: realized,
        net_pnl: '0',
        executed_ms: time,
      })
      .execute();
  }
}

describe('migration 20261202020000_session-daily-pnl', () => {
  it('sums the fills of active sessions per UTC day, and goes back down', async () => {
    const { db, raw, migrator } = await databaseAt('20261202010000_trade-stats', at);
    await storeFills(raw);

    expect((await migrator.migrateTo('20261202020000_session-daily-pnl')).error).toBeUndefined();
    const rows = await db.selectFrom('session_daily_pnl').selectAll().orderBy('day').execute();
    expect(rows).toEqual([
      { session_id: 'now', day: '2026-11-20', realized_pnl: '-20.50000000', fees: '0.22345678' },
      { session_id: 'now', day: '2026-11-21', realized_pnl: '1000000000000.00000000', fees: '0.20000001' },
    ]);

    await db.destroy();
  });
});

describe('migration 20261202040000_drop-agent-daily-pnl', () => {
  it('drops the per-agent daily totals, and going down rebuilds them from every fill, summed exactly', async () => {
    const { db, raw, migrator } = await databaseAt('20261202010000_trade-stats', at);
    await storeFills(raw);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect((await db.introspection.getTables()).map((t) => t.name)).not.toContain('agent_daily_pnl');

    expect((await migrator.migrateTo('20261202030000_candle-rollups')).error).toBeUndefined();
    expect(await raw.selectFrom('agent_daily_pnl').selectAll().orderBy('day').execute()).toEqual([
      { agent_id: 'ag', day: '2026-11-20', realized_pnl: '-120.50000000', fees: '1.72345678' },
      { agent_id: 'ag', day: '2026-11-21', realized_pnl: '1000000000000.00000000', fees: '0.20000001' },
    ]);

    expect((await migrator.migrateTo('20261202010000_trade-stats')).error).toBeUndefined();
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).not.toContain('session_daily_pnl');
    await db.destroy();
  });
});
