// The trade-stats migration replays the fills stored before it: each sell's net PnL with its share
// of the opening fees, the running totals, and the open positions' opening fees and last price.
import { describe, expect, it } from 'vitest';
import { databaseAt } from '../support/migration-db.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 20, 10);
const at = new Date(T0).toISOString();

describe('migration 20261202010000_trade-stats', () => {
  it('replays stored fills into net PnL, running totals and opening fees', async () => {
    const { db, raw, migrator } = await databaseAt('20261127040000_order-indexes', at);
    const fills: Array<[string, 'buy' | 'sell', string, string, string, string, number]> = [
      // session, side, quantity, price, fee, realized, time
      ['s1', 'buy', '1', '100', '0.1', '0', T0],
      ['s1', 'buy', '1', '110', '0.11', '0', T0 + 1],
      ['s1', 'sell', '1', '120', '0.12', '15', T0 + HOUR],
      // A reset: the old position is gone without a trade; a new one opens.
      ['s2', 'buy', '2', '50', '0.1', '0', T0 + 2 * HOUR],
    ];
    for (const [i, [session, side, quantity, price, fee, realized, time]] of fills.entries()) {
      const id = `o${i}`;
      await raw
        .insertInto('orders')
        .values({
          id,
          agent_id: 'ag',
          session_id: session,
          symbol: 'BTCUSDT',
          base_asset: 'BTC',
          quote_asset: 'USDT',
          side,
          type: 'market',
          status: 'filled',
          quantity,
          locked_amount: '0',
          created_ms: time,
          closed_ms: time,
        })
        .execute();
      await raw
        .insertInto('fills')
        .values({
          id: `f${i}`,
          order_id: id,
          agent_id: 'ag',
          session_id: session,
          symbol: 'BTCUSDT',
          side,
          quantity,
          price,
          reference_price: price,
          slippage_pct: '0',
          gross: '0',
          fee,
          realized_pnl: realized,
          executed_ms: time,
        })
        .execute();
    }
    await raw
      .insertInto('positions')
      .values({
        agent_id: 'ag',
        symbol: 'BTCUSDT',
        quantity: '2.00000000',
        cost: '100.00000000',
        realized_pnl: '0.00000000',
        opened_ms: T0,
        updated_ms: T0,
      })
      .execute();

    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const net = await db.selectFrom('fills').select(['id', 'net_pnl']).orderBy('id').execute();
    expect(net).toEqual([
      { id: 'f0', net_pnl: '0.00000000' },
      { id: 'f1', net_pnl: '0.00000000' },
      { id: 'f2', net_pnl: '14.77500000' }, // 15 − 0.12 − 0.21 / 2
      { id: 'f3', net_pnl: '0.00000000' },
    ]);
    const stats = await db
      .selectFrom('agent_trade_stats')
      .selectAll()
      .orderBy('scope')
      .orderBy('bucket_ms')
      .orderBy('session_id')
      .execute();
    const brief = stats.map((s) => [
      s.scope,
      Number(s.bucket_ms),
      s.session_id,
      s.fills,
      s.fees,
      s.realized_pnl,
      s.trades,
      s.wins,
      s.best_trade,
    ]);
    expect(brief).toEqual([
      ['all', 0, '', 4, '0.43000000', '15.00000000', 1, 1, '14.77500000'],
      ['hour', T0, 's1', 2, '0.21000000', '0.00000000', 0, 0, null],
      ['hour', T0 + HOUR, 's1', 1, '0.12000000', '15.00000000', 1, 1, '14.77500000'],
      ['hour', T0 + 2 * HOUR, 's2', 1, '0.10000000', '0.00000000', 0, 0, null],
      ['session', 0, 's1', 3, '0.33000000', '15.00000000', 1, 1, '14.77500000'],
      ['session', 0, 's2', 1, '0.10000000', '0.00000000', 0, 0, null],
    ]);
    expect(await db.selectFrom('positions').select(['open_fees', 'last_price']).executeTakeFirst()).toEqual({
      open_fees: '0.10000000',
      last_price: '50',
    });

    // And back down.
    expect((await migrator.migrateTo('20261127040000_order-indexes')).error).toBeUndefined();
    await db.destroy();
  });
});
