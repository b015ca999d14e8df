// Stored amounts that can always be read back (issue 10, finding 1). A client may send amounts of up
// to 12 integer digits; what the server derives from them (equity, holdings, daily totals) grows
// past that, and one agent's large numbers must never stop a read or a loop serving every tenant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../../support/harness.js';

const key = (apiKey: string) => ({ 'X-API-Key': apiKey });

describe('stored bounds: what the server wrote it can read back', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  const order = (apiKey: string, body: Record<string, unknown>) => server.call('placeOrder', { headers: key(apiKey), body });

  it('keeps the leaderboard answering after a 12-digit account buys a coin and its equity passes 10^12', async () => {
    const bystander = await server.registerAccount({ display_name: 'Bystander' });
    const whale = await server.registerAccount({ display_name: 'Whale', starting_balance: '999999999999' });
    server.pushPrice('BTCUSDT', '96000.00');
    const bought = await order(whale.agentApiKey, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '9000' });
    expect(bought.status).toBe(201);
    server.pushPrice('BTCUSDT', '99000.00');
    for (let i = 0; i < 2; i++) {
      server.clock.advance(60_000);
      await server.app.services.snapshots.tick();
    }
    const stored = await server.db.selectFrom('portfolio_snapshots').select('total_equity').where('agent_id', '=', whale.agentId).execute();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((s) => s.total_equity.split('.')[0]!.length === 13)).toBe(true);

    for (const viewer of [bystander, whale]) {
      const board = await server.call('getLeaderboard', { headers: key(viewer.apiKey), query: { period: '1d' } });
      expect(board.status).toBe(200);
      expect(board.body.rankings.map((r: any) => r.account_display_name)).toContain('Whale');
    }
    const portfolio = await server.call('getPortfolio', { headers: key(whale.agentApiKey) });
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.total_equity.split('.')[0]).toHaveLength(13);
  });

  it('keeps snapshots of every agent going after one agent books more than 10^12 of profit in a day', async () => {
    const bystander = await server.registerAccount({ display_name: 'Quiet' });
    const trader = await server.registerAccount({ display_name: 'Lucky', starting_balance: '10000000000' });
    server.pushPrice('BTCUSDT', '96000.00');
    expect((await order(trader.agentApiKey, { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '9000' })).status).toBe(201);
    server.pushPrice('BTCUSDT', '200000000.00');
    const sold = await order(trader.agentApiKey, { symbol: 'BTCUSDT', side: 'sell', type: 'market', quantity: '9000' });
    expect(sold.body).toMatchObject({ status: 'filled' });
    const daily = await server.db
      .selectFrom('session_daily_pnl')
      .innerJoin('trading_sessions', 'trading_sessions.id', 'session_daily_pnl.session_id')
      .select('session_daily_pnl.realized_pnl')
      .where('trading_sessions.agent_id', '=', trader.agentId)
      .where('trading_sessions.status', '=', 'active')
      .executeTakeFirstOrThrow();
    expect(daily.realized_pnl.split('.')[0]).toHaveLength(13);

    server.clock.advance(60_000);
    const report = await server.app.services.snapshots.tick();
    expect(report.tiers).toContain('minute');
    const taken = await server.db
      .selectFrom('portfolio_snapshots')
      .select(['agent_id', 'realized_pnl'])
      .where('tier', '=', 'minute')
      .where('bucket_ms', '=', Math.floor(server.clock.now() / 60_000) * 60_000)
      .where('agent_id', 'in', [bystander.agentId, trader.agentId])
      .execute();
    expect(new Map(taken.map((t) => [t.agent_id, t.realized_pnl])).get(trader.agentId)).toBe(daily.realized_pnl);
    expect(taken.map((t) => t.agent_id)).toContain(bystander.agentId);
    expect((await server.call('getPnl', { headers: key(trader.agentApiKey) })).status).toBe(200);
    expect((await server.call('getLeaderboard', { headers: key(bystander.apiKey) })).status).toBe(200);
  });
});
