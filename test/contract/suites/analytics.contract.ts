import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';

const HOUR = 3_600_000;

/** Exact decimal arithmetic on 8-decimal strings, for hand calculations in the test. */
const units = (s: string) => BigInt(s.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1'));
const fmt = (u: bigint) => {
  const neg = u < 0n;
  const a = neg ? -u : u;
  return `${neg ? '-' : ''}${a / 100_000_000n}.${(a % 100_000_000n).toString().padStart(8, '0')}`;
};
const mul8 = (a: string, b: string) => fmt((units(a) * units(b)) / 100_000_000n);

describe('analytics after a scripted day of trading', () => {
  let server: TestServer;
  let winner: Credentials;
  let loser: Credentials;
  let idle: Credentials;
  const key = (c: Credentials) => ({ 'X-API-Key': c.agentApiKey });

  async function snapshot(): Promise<void> {
    await server.app.services.snapshots.tick();
  }

  async function trade(c: Credentials, side: 'buy' | 'sell', quantity: string) {
    const res = await server.call('placeOrder', { headers: key(c), body: { symbol: 'BTCUSDT', side, type: 'market', quantity } });
    expect(res.status).toBe(201);
    return res.body;
  }

  beforeAll(async () => {
    server = await TestServer.start();
    // Start on a whole hour so every step lands in its own hourly bucket.
    server.clock.set(Math.ceil(server.clock.now() / HOUR) * HOUR + 1_000);
    winner = await server.registerAccount({ display_name: 'Winner Inc' });
    loser = await server.registerAccount({ display_name: 'Loser Ltd' });
    idle = await server.registerAccount({ display_name: 'Idle Co' });
    for (const c of [winner, loser]) {
      await server.call('updateAccountRiskProfile', { headers: key(c), body: { max_position_size_pct: 100, max_order_size_pct: 100 } });
    }
    server.pushPrice('BTCUSDT', '60000.00');
    await snapshot(); // hour 0: everyone at 10000

    await trade(winner, 'buy', '0.05');
    await trade(loser, 'buy', '0.05');
    // Price first, then time: the background scheduler may snapshot as soon as the hour turns.
    server.pushPrice('BTCUSDT', '63000.00');
    server.clock.advance(HOUR);
    await snapshot(); // hour 1

    await trade(winner, 'sell', '0.05');
    // Price first, then time: the background scheduler may snapshot as soon as the hour turns.
    server.pushPrice('BTCUSDT', '57000.00');
    server.clock.advance(HOUR);
    await snapshot(); // hour 2

    await trade(loser, 'sell', '0.05');
    // Price first, then time: the background scheduler may snapshot as soon as the hour turns.
    server.pushPrice('BTCUSDT', '57500.00');
    server.clock.advance(HOUR);
    await snapshot(); // hour 3
  });
  afterAll(() => server.stop());

  it('records hourly equity equal to cash plus positions at the last price', async () => {
    const res = await server.call('getPortfolioHistory', { headers: key(loser), query: { interval: '1h', limit: '10' } });
    expect(res.status).toBe(200);
    const points = res.body.snapshots;
    expect(points).toHaveLength(4);
    expect(points[0].total_equity).toBe('10000.00000000');
    // At hour 1 the loser holds 0.05 BTC bought at the fill price, valued at 63000.
    const orders = (await server.call('getTradeHistory', { headers: key(loser) })).body.trades;
    const buy = orders.find((t: any) => t.side === 'buy');
    const cash = fmt(units('10000.00000000') - units(buy.total) - units(buy.fee));
    expect(points[1].available_cash).toBe(cash);
    expect(points[1].position_value).toBe(mul8('0.05000000', '63000.00000000'));
    expect(points[1].total_equity).toBe(fmt(units(cash) + units(mul8('0.05000000', '63000.00000000'))));
    // The portfolio now and the last snapshot agree.
    const portfolio = (await server.call('getPortfolio', { headers: key(loser) })).body;
    expect(points[3].total_equity).toBe(portfolio.total_equity);
    const times = points.map((p: any) => Date.parse(p.time));
    expect(times.every((t: number, i: number) => i === 0 || t - times[i - 1] === HOUR)).toBe(true);
  });

  it('computes performance that agrees with the history and the trades', async () => {
    const history = (await server.call('getPortfolioHistory', { headers: key(winner), query: { interval: '1h' } })).body.snapshots;
    const res = await server.call('getPerformance', { headers: key(winner), query: { period: '30d' } });
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p).toMatchObject({
      period: '30d',
      snapshot_interval: '1h',
      data_points: history.length,
      total_trades: 1,
      winning_trades: 1,
      losing_trades: 0,
    });
    const first = Number(history[0].total_equity);
    const last = Number(history[history.length - 1].total_equity);
    expect(p.total_return_pct).toBe((((last - first) / first) * 100).toFixed(4));
    const trades = (await server.call('getTradeHistory', { headers: key(winner) })).body.trades;
    const sell = trades.find((t: any) => t.side === 'sell');
    const buy = trades.find((t: any) => t.side === 'buy');
    // The sale closes the whole position, so it carries the whole fee of the buy that opened it.
    const net = fmt(units(sell.realized_pnl) - units(sell.fee) - units(buy.fee));
    expect(p).toMatchObject({ best_trade: net, worst_trade: net, avg_win: net, net_pnl: net, win_rate: '100.0000', current_streak: 1 });
    // Undefined for the data: no losing trade means no profit factor and no average loss. Sent as
    // zero (the documented "0 if none"), and said so beside them.
    expect(p).toMatchObject({ profit_factor: '0.000000', avg_loss: '0.00000000', insufficient_data: true });
    expect(p.not_computable).toEqual(['profit_factor', 'avg_loss']);
    // The session is three hours old, so the measured span is one day (the least counted).
    expect(p).toMatchObject({ avg_trades_per_day: '1.00', max_drawdown_duration_days: 0 });
  });

  it('answers zeros flagged as not computable, never null, for an agent without trades', async () => {
    const res = await server.call('getPerformance', { headers: key(idle), query: { period: '1d' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      total_trades: 0,
      win_rate: '0.0000',
      sharpe_ratio: '0.000000',
      best_trade: '0.00000000',
      profit_factor: '0.000000',
      net_pnl: '0.00000000',
      avg_trades_per_day: '0.00',
      insufficient_data: true,
    });
    expect(res.body.not_computable).toEqual(
      expect.arrayContaining([
        'sharpe_ratio',
        'sortino_ratio',
        'win_rate',
        'profit_factor',
        'avg_win',
        'avg_loss',
        'best_trade',
        'worst_trade',
      ]),
    );
  });

  it('ranks agents by return over the period, consistent with their performance', async () => {
    const res = await server.call('getLeaderboard', { headers: key(idle), query: { period: '30d' } });
    expect(res.status).toBe(200);
    const names = res.body.rankings.map((r: any) => r.account_display_name);
    expect(names.indexOf('Winner Inc')).toBeLessThan(names.indexOf('Loser Ltd'));
    const winnerRow = res.body.rankings.find((r: any) => r.account_display_name === 'Winner Inc');
    const perf = (await server.call('getPerformance', { headers: key(winner), query: { period: '30d' } })).body;
    expect(winnerRow).toMatchObject({ total_return_pct: perf.total_return_pct, sharpe_ratio: perf.sharpe_ratio, total_trades: 1 });
    expect(res.body.rankings.map((r: any) => r.rank)).toEqual(res.body.rankings.map((_: unknown, i: number) => i + 1));
    expect(JSON.stringify(res.body)).not.toMatch(/available_cash|total_equity/);
    const top = await server.call('getLeaderboard', { headers: key(idle), query: { period: '30d', limit: '1' } });
    expect(top.body.rankings).toHaveLength(1);
  });

  it('lets the period really scope the ranking', async () => {
    server.pushPrice('BTCUSDT', '57500.00');
    server.clock.advance(25 * HOUR);
    await snapshot();
    server.clock.advance(61_000);
    await snapshot();
    // In the last day only one minute went by with snapshots, and nobody traded: nobody gained.
    const day = await server.call('getLeaderboard', { headers: key(idle), query: { period: '1d' } });
    for (const row of day.body.rankings) expect(row.total_trades).toBe(0);
    const all = await server.call('getLeaderboard', { headers: key(idle), query: { period: 'all' } });
    expect(all.body.rankings.find((r: any) => r.account_display_name === 'Winner Inc').total_trades).toBe(1);
  });

  it('validates its parameters and scopes to the agent', async () => {
    expect((await server.call('getPerformance', { headers: key(idle), query: { period: '2y' } })).status).toBe(422);
    expect((await server.call('getPortfolioHistory', { headers: key(idle), query: { interval: '5m' } })).status).toBe(422);
    expect((await server.call('getPortfolioHistory', { headers: key(idle), query: { limit: '0' } })).status).toBe(422);
    expect((await server.call('getLeaderboard', { headers: key(idle), query: { limit: '101' } })).status).toBe(422);
    for (const operationId of ['getPerformance', 'getPortfolioHistory', 'getLeaderboard'] as const) {
      expect((await server.call(operationId, {})).status).toBe(401);
    }
    const suspended = await server.registerAccount();
    await server.setAccountStatus(suspended.accountId, 'suspended');
    for (const operationId of ['getPerformance', 'getPortfolioHistory', 'getLeaderboard'] as const) {
      expect((await server.call(operationId, { headers: { 'X-API-Key': suspended.apiKey } })).status).toBe(403);
    }
    const token = await server.login(winner);
    for (const operationId of ['getPerformance', 'getPortfolioHistory'] as const) {
      const res = await server.call(operationId, { headers: { Authorization: `Bearer ${token}`, 'X-Agent-Id': loser.agentId } });
      expect(res.status).toBe(404);
    }
  });
});

describe('the leaderboard ranks the current session only', () => {
  let server: TestServer;
  const key = (c: Credentials) => ({ 'X-API-Key': c.agentApiKey });
  beforeAll(async () => {
    server = await TestServer.start();
    // Snapshots only when the test takes them.
    await server.app.services.snapshots.stop();
    server.clock.set(Math.ceil(server.clock.now() / HOUR) * HOUR + 1_000);
  });
  afterAll(() => server.stop());

  it('does not rank a reset to a huge balance as a gain, and measures a session from its starting balance', async () => {
    const honest = await server.registerAccount({ display_name: 'Honest Trader' });
    const gamer = await server.registerAccount({ display_name: 'Balance Gamer' });
    await server.call('updateAccountRiskProfile', { headers: key(honest), body: { max_position_size_pct: 100, max_order_size_pct: 100 } });
    server.pushPrice('BTCUSDT', '60000.00');
    await server.app.services.snapshots.tick(); // both at 10000
    expect(
      (await server.call('placeOrder', { headers: key(honest), body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.1' } }))
        .status,
    ).toBe(201);
    server.pushPrice('BTCUSDT', '66000.00');
    server.clock.advance(HOUR);
    const reset = await server.call('resetAccount', { headers: key(gamer), body: { confirm: true, new_starting_balance: '999999999999' } });
    expect(reset.status).toBe(200);
    server.clock.advance(1_000);
    await server.app.services.snapshots.tick(); // the gamer now holds 999999999999 USDT

    const board = await server.call('getLeaderboard', { headers: key(honest), query: { period: 'all' } });
    expect(board.status).toBe(200);
    const names = board.body.rankings.map((r: any) => r.display_name);
    expect(names[0]).toBe('Honest Trader');
    const gamerRow = board.body.rankings.find((r: any) => r.agent_id === gamer.agentId);
    // Measured from the new session's starting balance: nothing gained.
    expect(gamerRow).toMatchObject({ roi_pct: '0.0000', total_trades: 0 });
    // The honest trader's return runs from its session's starting balance (10000) to its equity now.
    const portfolio = (await server.call('getPortfolio', { headers: key(honest) })).body;
    const expected = ((Number(portfolio.total_equity) - 10000) / 10000) * 100;
    expect(Number(board.body.rankings[0].roi_pct)).toBeCloseTo(expected, 4);
    // Performance reports the same session.
    const perf = (await server.call('getPerformance', { headers: key(gamer), query: { period: 'all' } })).body;
    expect(perf).toMatchObject({ total_return_pct: '0.0000', session_started_at: reset.body.new_session.started_at, data_points: 1 });
  });
});
