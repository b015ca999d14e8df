// The published Python client (`agentexchange`) as a strict parser: every reply of the analytics and
// account calls it makes must parse the way its models parse them — decimals with
// `Decimal(str(value))`, counts with `int(value)`, times with `datetime.fromisoformat`, ids with
// `UUID(value)` — for a brand-new agent and for one that has traded, including a leaderboard row
// whose metrics cannot be computed and a position whose pair has no price.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoTime } from '../../../src/clock.js';
import { TestServer, type Credentials } from '../../support/harness.js';

const HOUR = 3_600_000;

// --- the SDK's parsing rules, emulated strictly --------------------------------------------------

type Kind = 'decimal' | 'int' | 'str' | 'datetime' | 'uuid';
type Model = { [field: string]: Kind | Model | [Model] };

/** `Decimal(str(value))`: str(None) is "None" and str(True) is "True", neither a decimal. */
function pyDecimal(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value.trim());
}

/** `int(value)`: an integer, or a string of one; "3.5", None and booleans raise. */
function pyInt(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  return typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value);
}

/** `datetime.fromisoformat(value.replace("Z", "+00:00"))`, with a zone. */
function pyDatetime(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

const pyUuid = (value: unknown) =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const PARSERS: Record<Kind, (v: unknown) => boolean> = {
  decimal: pyDecimal,
  int: pyInt,
  str: (v) => typeof v === 'string',
  datetime: pyDatetime,
  uuid: pyUuid,
};

/** Every place the model's parse would raise (a missing key is a KeyError), as `path: value`. */
function sdkParseErrors(model: Model, data: unknown, path = '$'): string[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [`${path}: not an object`];
  const errors: string[] = [];
  for (const [field, kind] of Object.entries(model)) {
    const at = `${path}.${field}`;
    if (!(field in data)) {
      errors.push(`${at}: missing`);
      continue;
    }
    const value = (data as Record<string, unknown>)[field];
    if (typeof kind === 'string') {
      if (!PARSERS[kind](value)) errors.push(`${at}: ${kind}(${JSON.stringify(value)})`);
    } else if (Array.isArray(kind)) {
      if (!Array.isArray(value)) errors.push(`${at}: not a list`);
      else value.forEach((item, i) => errors.push(...sdkParseErrors(kind[0], item, `${at}[${i}]`)));
    } else {
      errors.push(...sdkParseErrors(kind, value, at));
    }
  }
  return errors;
}

const POSITION: Model = {
  symbol: 'str',
  asset: 'str',
  quantity: 'decimal',
  avg_entry_price: 'decimal',
  current_price: 'decimal',
  market_value: 'decimal',
  unrealized_pnl: 'decimal',
  unrealized_pnl_pct: 'decimal',
  opened_at: 'datetime',
};

const MODELS = {
  getPerformance: {
    period: 'str',
    sharpe_ratio: 'decimal',
    sortino_ratio: 'decimal',
    max_drawdown_pct: 'decimal',
    max_drawdown_duration_days: 'int',
    win_rate: 'decimal',
    profit_factor: 'decimal',
    avg_win: 'decimal',
    avg_loss: 'decimal',
    total_trades: 'int',
    avg_trades_per_day: 'decimal',
    best_trade: 'decimal',
    worst_trade: 'decimal',
    current_streak: 'int',
  },
  getPnl: {
    period: 'str',
    realized_pnl: 'decimal',
    unrealized_pnl: 'decimal',
    total_pnl: 'decimal',
    fees_paid: 'decimal',
    net_pnl: 'decimal',
    winning_trades: 'int',
    losing_trades: 'int',
    win_rate: 'decimal',
  },
  getLeaderboard: {
    rankings: [
      {
        rank: 'int',
        account_id: 'uuid',
        display_name: 'str',
        roi_pct: 'decimal',
        sharpe_ratio: 'decimal',
        total_trades: 'int',
        win_rate: 'decimal',
      },
    ],
  },
  getPositions: { positions: [POSITION] },
  getPortfolio: {
    total_equity: 'decimal',
    available_cash: 'decimal',
    locked_cash: 'decimal',
    total_position_value: 'decimal',
    unrealized_pnl: 'decimal',
    realized_pnl: 'decimal',
    total_pnl: 'decimal',
    roi_pct: 'decimal',
    starting_balance: 'decimal',
    positions: [POSITION],
    timestamp: 'datetime',
  },
  getPortfolioHistory: { snapshots: [{ time: 'datetime', total_equity: 'decimal', unrealized_pnl: 'decimal', realized_pnl: 'decimal' }] },
  getAccountInfo: {
    account_id: 'uuid',
    display_name: 'str',
    status: 'str',
    starting_balance: 'decimal',
    current_session: { session_id: 'uuid', started_at: 'datetime' },
    risk_profile: { max_position_size_pct: 'int', daily_loss_limit_pct: 'int', max_open_orders: 'int' },
    created_at: 'datetime',
  },
  getBalance: { balances: [{ asset: 'str', available: 'decimal', locked: 'decimal', total: 'decimal' }] },
} satisfies Record<string, Model>;

type SdkCall = [operationId: keyof typeof MODELS, query: Record<string, string>];

/** Every call the SDK's analytics and account methods make, with each period it offers. */
const SDK_CALLS: SdkCall[] = [
  ...['1d', '7d', '30d', '90d', 'all'].map((period): SdkCall => ['getPerformance', { period }]),
  ...['1d', '7d', '30d', 'all'].map((period): SdkCall => ['getPnl', { period }]),
  ...['1d', '7d', '30d', '90d', 'all'].map((period): SdkCall => ['getLeaderboard', { period, limit: '100' }]),
  ['getPositions', {}],
  ['getPortfolio', {}],
  ...['1m', '1h', '1d'].map((interval): SdkCall => ['getPortfolioHistory', { interval, limit: '100' }]),
  ['getAccountInfo', {}],
  ['getBalance', {}],
];

describe('the published Python SDK parses every analytics and account reply', () => {
  let server: TestServer;
  const key = (c: Credentials) => ({ 'X-API-Key': c.agentApiKey });

  /** Calls every SDK method as `creds`; returns the parse errors, keyed by call. */
  async function parseAll(creds: Credentials): Promise<Record<string, string[]>> {
    const failures: Record<string, string[]> = {};
    for (const [operationId, query] of SDK_CALLS) {
      const res = await server.call(operationId, { headers: key(creds), query });
      expect(res.status, `${operationId} ${JSON.stringify(query)}`).toBe(200);
      const errors = sdkParseErrors(MODELS[operationId], res.body);
      if (errors.length > 0) failures[`${operationId} ${JSON.stringify(query)}`] = errors;
    }
    return failures;
  }

  async function trade(c: Credentials, side: 'buy' | 'sell', quantity: string): Promise<void> {
    const res = await server.call('placeOrder', { headers: key(c), body: { symbol: 'BTCUSDT', side, type: 'market', quantity } });
    expect(res.status).toBe(201);
  }

  beforeAll(async () => {
    server = await TestServer.start();
    // Snapshots only when the test takes them, so "no snapshots yet" is exactly that.
    await server.app.services.snapshots.stop();
    server.clock.set(Math.ceil(server.clock.now() / HOUR) * HOUR + 1_000);
  });
  afterAll(() => server.stop());

  it('for a brand-new agent: no trades, no snapshots', async () => {
    const fresh = await server.registerAccount({ display_name: 'Fresh Start' });
    expect(await parseAll(fresh)).toEqual({});
    // The documented "0 if none" values, with the honest flags beside them.
    const perf = (await server.call('getPerformance', { headers: key(fresh) })).body;
    expect(perf).toMatchObject({
      sharpe_ratio: '0.000000',
      win_rate: '0.0000',
      total_trades: 0,
      avg_trades_per_day: '0.00',
      insufficient_data: true,
      data_points: 0,
    });
    const pnl = (await server.call('getPnl', { headers: key(fresh) })).body;
    expect(pnl).toMatchObject({ win_rate: '0.00', winning_trades: 0, losing_trades: 0 });
  });

  it('after a few trades, with a row of uncomputable metrics on the leaderboard and a position without a price', async () => {
    const trader = await server.registerAccount({ display_name: 'Trader' });
    const flat = await server.registerAccount({ display_name: 'Flat' });
    await server.call('updateAccountRiskProfile', { headers: key(trader), body: { max_position_size_pct: 100, max_order_size_pct: 100 } });
    server.pushPrice('BTCUSDT', '60000.00');
    await server.app.services.snapshots.tick();
    await trade(trader, 'buy', '0.02');
    server.pushPrice('BTCUSDT', '61000.00');
    await trade(trader, 'sell', '0.01');
    server.clock.advance(HOUR);
    await server.app.services.snapshots.tick();
    // A holding in a pair the feed has no price for (as after a restart, before its first tick).
    await server.db
      .insertInto('positions')
      .values({
        agent_id: trader.agentId,
        symbol: 'XRPUSDT',
        quantity: '10.00000000',
        cost: '5.00000000',
        realized_pnl: '0.00000000',
        last_price: '0.60000000',
        opened_ms: server.clock.now(),
        updated_ms: server.clock.now(),
      })
      .execute();

    expect(await parseAll(trader)).toEqual({});
    expect(await parseAll(flat)).toEqual({});

    const board = (await server.call('getLeaderboard', { headers: key(flat), query: { period: 'all', limit: '100' } })).body;
    const flatRow = board.rankings.find((r: any) => r.agent_id === flat.agentId);
    // Two flat snapshots and no trade: no Sharpe ratio and no win rate can be computed.
    expect(flatRow).toMatchObject({ sharpe_ratio: '0.000000', win_rate: '0.0000', total_trades: 0, insufficient_data: true });

    const positions = (await server.call('getPositions', { headers: key(trader) })).body.positions;
    const xrp = positions.find((p: any) => p.symbol === 'XRPUSDT');
    // Its last fill's price, said to be no live price; valued at cost meanwhile.
    expect(xrp).toMatchObject({
      current_price: '0.60000000',
      price_available: false,
      market_value: '5.00000000',
      unrealized_pnl: '0.00000000',
    });
    expect(positions.find((p: any) => p.symbol === 'BTCUSDT')).toMatchObject({ current_price: '61000.00000000', price_available: true });
    expect(isoTime(Date.parse(xrp.opened_at))).toBe(xrp.opened_at);
  });
});
