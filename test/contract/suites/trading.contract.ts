// Trading as a client following the docs sees it: orders, fills, positions, portfolio, PnL and the
// account reset. Prices are pushed exactly, so every amount below is computed by hand from the
// documented rules — fee 0.1 % of gross; market (and triggered stop/take-profit) fills at the last
// price × (1 ± 0.01 %) for orders that are small against the pair's 24 h volume; limit fills at
// exactly the limit, no slippage; a resting buy locks qty × limit × 1.001, a resting sell its
// quantity — and asserted as exact 8-decimal strings.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials, type Reply } from '../../support/harness.js';

type Headers = Record<string, string>;
type OrderBody = Record<string, unknown>;

const DAY_MS = 86_400_000;
const key = (apiKey: string): Headers => ({ 'X-API-Key': apiKey });
const bearer = (token: string): Headers => ({ Authorization: `Bearer ${token}` });

// --- exact decimals in the test itself (the wire format is fixed 8-decimal strings) --------------

/** A decimal string as an integer count of 10^-8. */
function units(text: string): bigint {
  const negative = text.startsWith('-');
  const [int, frac = ''] = text.replace('-', '').split('.');
  const value = BigInt(int! + frac.padEnd(8, '0'));
  return negative ? -value : value;
}

/** An integer count of 10^-8 as the API writes it. */
function dec(value: bigint): string {
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100_000_000n}.${(abs % 100_000_000n).toString().padStart(8, '0')}`;
}

const sum = (texts: string[]) => dec(texts.reduce((total, t) => total + units(t), 0n));

// --- a client's helpers ---------------------------------------------------------------------------

const place = (server: TestServer, headers: Headers, body: OrderBody, extra: Headers = {}) =>
  server.call('placeOrder', { headers: { ...headers, ...extra }, body });
const buy = (server: TestServer, headers: Headers, body: Omit<OrderBody, 'side'>, extra?: Headers) =>
  place(server, headers, { type: 'market', ...body, side: 'buy' }, extra);
const sell = (server: TestServer, headers: Headers, body: Omit<OrderBody, 'side'>, extra?: Headers) =>
  place(server, headers, { type: 'market', ...body, side: 'sell' }, extra);

/** Places an order that must be accepted; returns the order. */
async function placed(reply: Promise<Reply>): Promise<any> {
  const res = await reply;
  if (res.status !== 201) throw new Error(`order refused: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The balance sheet of the agent in scope as { ASSET: { available, locked } }. */
async function wallet(server: TestServer, headers: Headers): Promise<Record<string, { available: string; locked: string }>> {
  const res = await server.call('getBalance', { headers });
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.balances.map((b: any) => [b.asset, { available: b.available, locked: b.locked }]));
}

/** A fresh account; its default agent's key is what a trading bot would use. */
async function newTrader(server: TestServer, overrides: Record<string, unknown> = {}): Promise<{ creds: Credentials; h: Headers }> {
  const creds = await server.registerAccount(overrides);
  return { creds, h: key(creds.agentApiKey) };
}

/** Sets the risk limits of the agent whose key is in `headers`. */
async function setRisk(server: TestServer, headers: Headers, body: Record<string, unknown>): Promise<void> {
  const res = await server.call('updateAccountRiskProfile', { headers, body });
  expect(res.status).toBe(200);
  expect(res.body.scope).toBe('agent');
}

/** Pushes one exact trade and waits until every order it triggered is written. */
async function tradeAt(server: TestServer, symbol: string, price: string): Promise<void> {
  server.pushPrice(symbol, price);
  await server.app.services.matcher.idle();
}

const idsOf = (orders: Array<{ order_id: string }>) => orders.map((o) => o.order_id);

interface PairRules {
  min_qty: string;
  step_size: string;
  tick_size: string;
  min_notional: string;
}

async function pairRules(server: TestServer): Promise<Record<string, PairRules>> {
  const res = await server.call('listPairs');
  return Object.fromEntries(res.body.pairs.map((p: any) => [p.symbol, p]));
}

const isMultiple = (value: string, step: string) => units(value) % units(step) === 0n;

// =================================================================================================

describe('trading end to end: the issue\'s "done means" as a client sees it', () => {
  let server: TestServer;
  let trader: Credentials;
  let h: Headers;
  let rules: Record<string, PairRules>;
  const placedIds: Record<string, string> = {};
  let firstBuyAt: string;

  beforeAll(async () => {
    server = await TestServer.start();
    ({ creds: trader, h } = await newTrader(server, { display_name: 'E2E' }));
    rules = await pairRules(server);
    // Every order here is a whole number of steps and ticks, and tiny against the 24 h volume
    // (≤ 0.01 % of it), so the documented minimum slippage of 0.01 % applies to every market fill.
    const btc = rules.BTCUSDT!;
    for (const qty of ['0.02', '0.005', '0.01']) expect(isMultiple(qty, btc.step_size), qty).toBe(true);
    for (const price of ['60000', '59000', '58000', '61000']) expect(isMultiple(price, btc.tick_size), price).toBe(true);
    server.pushPrice('BTCUSDT', '60000');
    const ticker = await server.call('getTicker', { path: { symbol: 'BTCUSDT' } });
    expect(units(ticker.body.quote_volume)).toBeGreaterThanOrEqual(units('1200') * 10_000n);
  });
  afterAll(() => server.stop());

  it('buys at market: last price + 0.01 % slippage, 0.1 % fee, USDT debited by exactly the total cost', async () => {
    // 0.02 BTC at 60000 × 1.0001 = 60006; gross 1200.12; fee 1.20012; cost 1201.32012.
    const res = await buy(server, h, { symbol: 'btcusdt', quantity: '0.02' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'filled',
      symbol: 'BTCUSDT',
      side: 'buy',
      type: 'market',
      quantity: '0.02000000',
      requested_quantity: '0.02000000',
      price: null,
      trigger_price: null,
      executed_quantity: '0.02000000',
      executed_qty: '0.02000000',
      executed_price: '60006.00000000',
      slippage_pct: '0.01000000',
      fee: '1.20012000',
      total_cost: '1201.32012000',
      locked_asset: null,
      locked_amount: '0.00000000',
      cancel_reason: null,
      cancelled_at: null,
      client_order_id: null,
    });
    const now = new Date(server.clock.now()).toISOString();
    expect(res.body.created_at).toBe(now);
    expect(res.body.filled_at).toBe(now);
    firstBuyAt = now;
    placedIds.marketBuy = res.body.order_id;
    // 10000 − 1201.32012
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.02000000', locked: '0.00000000' },
      USDT: { available: '8798.67988000', locked: '0.00000000' },
    });
  });

  it('sells at market: last price − 0.01 % slippage, fee taken from the proceeds, realized PnL against the average entry', async () => {
    // 0.005 BTC at 60000 × 0.9999 = 59994; gross 299.97; fee 0.29997; proceeds 299.67003.
    // Cost basis released: 1200.12 × 0.005 / 0.02 = 300.03 → realized 299.97 − 300.03 = −0.06.
    const res = await sell(server, h, { symbol: 'BTCUSDT', quantity: 0.005 }); // a JSON number is accepted too
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'filled',
      side: 'sell',
      executed_price: '59994.00000000',
      slippage_pct: '0.01000000',
      fee: '0.29997000',
      total_cost: '299.67003000',
    });
    placedIds.marketSell = res.body.order_id;
    const fill = (await server.call('getTradeHistory', { headers: h, query: { limit: '1' } })).body.trades[0];
    expect(fill).toMatchObject({
      order_id: res.body.order_id,
      quantity: '0.00500000',
      price: '59994.00000000',
      total: '299.97000000',
      fee: '0.29997000',
      realized_pnl: '-0.06000000',
    });
    // 8798.67988 + 299.67003
    expect((await wallet(server, h)).USDT).toEqual({ available: '9098.34991000', locked: '0.00000000' });
  });

  it('rests a limit buy with its lock, and fills it at exactly the limit when a pushed price crosses it', async () => {
    // Lock: 0.01 × 59000 × 1.001 = 590.59.
    const order = await placed(buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.01', price: '59000' }));
    expect(order).toMatchObject({
      status: 'pending',
      price: '59000.00000000',
      trigger_price: null,
      executed_price: null,
      fee: null,
      locked_asset: 'USDT',
      locked_amount: '590.59000000',
      filled_at: null,
    });
    placedIds.limitBuy = order.order_id;
    expect((await wallet(server, h)).USDT).toEqual({ available: '8507.75991000', locked: '590.59000000' });

    await tradeAt(server, 'BTCUSDT', '59000.01'); // not crossed yet
    expect((await server.call('getOrder', { headers: h, path: { order_id: order.order_id } })).body.status).toBe('pending');

    await tradeAt(server, 'BTCUSDT', '58950'); // crossed: fills at 59000, not at 58950, no slippage
    const filled = await server.call('getOrder', { headers: h, path: { order_id: order.order_id } });
    expect(filled.body).toMatchObject({
      status: 'filled',
      executed_price: '59000.00000000',
      slippage_pct: '0.00000000',
      fee: '0.59000000',
      total_cost: '590.59000000',
      locked_asset: null,
      locked_amount: '0.00000000',
      filled_at: new Date(server.clock.now()).toISOString(),
    });
    // The whole lock paid for the fill: nothing released, nothing left locked.
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.02500000', locked: '0.00000000' },
      USDT: { available: '8507.75991000', locked: '0.00000000' },
    });
  });

  it('places a stop-loss that locks the coins and fires as a market sell at the crossing price with slippage', async () => {
    const order = await placed(sell(server, h, { symbol: 'BTCUSDT', type: 'stop_loss', quantity: '0.01', trigger_price: '58000' }));
    expect(order).toMatchObject({
      status: 'pending',
      type: 'stop_loss',
      price: '58000.00000000',
      trigger_price: '58000.00000000',
      locked_asset: 'BTC',
      locked_amount: '0.01000000',
    });
    placedIds.stopLoss = order.order_id;
    expect((await wallet(server, h)).BTC).toEqual({ available: '0.01500000', locked: '0.01000000' });

    await tradeAt(server, 'BTCUSDT', '58000.01');
    expect((await server.call('getOrder', { headers: h, path: { order_id: order.order_id } })).body.status).toBe('pending');

    // Fires at 57900 × 0.9999 = 57894.21; gross 578.9421; fee 0.5789421; proceeds 578.3631579.
    // Basis released: 1490.09 × 0.01 / 0.025 = 596.036 → realized 578.9421 − 596.036 = −17.0939.
    await tradeAt(server, 'BTCUSDT', '57900');
    const filled = (await server.call('getOrder', { headers: h, path: { order_id: order.order_id } })).body;
    expect(filled).toMatchObject({
      status: 'filled',
      executed_price: '57894.21000000',
      slippage_pct: '0.01000000',
      fee: '0.57894210',
      total_cost: '578.36315790',
    });
    const fill = (await server.call('getTradeHistory', { headers: h, query: { limit: '1' } })).body.trades[0];
    expect(fill).toMatchObject({ order_id: order.order_id, realized_pnl: '-17.09390000' });
    // 8507.75991 + 578.3631579
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.01500000', locked: '0.00000000' },
      USDT: { available: '9086.12306790', locked: '0.00000000' },
    });
  });

  it('places a take-profit (trigger given as the `price` alias) that fires when the price rises to it', async () => {
    const order = await placed(sell(server, h, { symbol: 'BTCUSDT', type: 'take_profit', quantity: '0.005', price: '61000' }));
    expect(order).toMatchObject({
      status: 'pending',
      type: 'take_profit',
      trigger_price: '61000.00000000',
      locked_asset: 'BTC',
      locked_amount: '0.00500000',
    });
    placedIds.takeProfit = order.order_id;

    // Fires at 61500 × 0.9999 = 61493.85; gross 307.46925; fee 0.30746925; proceeds 307.16178075.
    // Basis released: 894.054 × 0.005 / 0.015 = 298.018 → realized 307.46925 − 298.018 = 9.45125.
    await tradeAt(server, 'BTCUSDT', '61500');
    const filled = (await server.call('getOrder', { headers: h, path: { order_id: order.order_id } })).body;
    expect(filled).toMatchObject({
      status: 'filled',
      executed_price: '61493.85000000',
      slippage_pct: '0.01000000',
      fee: '0.30746925',
      total_cost: '307.16178075',
    });
    // 9086.1230679 + 307.16178075
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.01000000', locked: '0.00000000' },
      USDT: { available: '9393.28484865', locked: '0.00000000' },
    });
  });

  it('shows the open position at the last price', async () => {
    // Left: 0.01 BTC with basis 596.036 (avg 59603.6); at 61500 worth 615 → unrealized 18.964 (3.18 %).
    // Realized on BTC: −0.06 − 17.0939 + 9.45125 = −7.70265.
    const res = await server.call('getPositions', { headers: h });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      positions: [
        {
          symbol: 'BTCUSDT',
          asset: 'BTC',
          quantity: '0.01000000',
          avg_entry_price: '59603.60000000',
          current_price: '61500.00000000',
          price_available: true,
          market_value: '615.00000000',
          cost_basis: '596.03600000',
          unrealized_pnl: '18.96400000',
          unrealized_pnl_pct: '3.18',
          realized_pnl: '-7.70265000',
          opened_at: firstBuyAt,
        },
      ],
      total_unrealized_pnl: '18.96400000',
    });
  });

  it('adds up the portfolio to the cent: equity = cash + locked + positions; total PnL = realized + unrealized − fees', async () => {
    const res = await server.call('getPortfolio', { headers: h });
    expect(res.status).toBe(200);
    // fees: 1.20012 + 0.29997 + 0.59 + 0.5789421 + 0.30746925 = 2.97650135
    // total_pnl: −7.70265 + 18.964 − 2.97650135 = 8.28484865 = 10008.28484865 − 10000
    expect(res.body).toMatchObject({
      total_equity: '10008.28484865',
      available_cash: '9393.28484865',
      locked_cash: '0.00000000',
      total_position_value: '615.00000000',
      unrealized_pnl: '18.96400000',
      realized_pnl: '-7.70265000',
      fees_paid: '2.97650135',
      total_pnl: '8.28484865',
      roi_pct: '0.08',
      starting_balance: '10000.00000000',
      timestamp: new Date(server.clock.now()).toISOString(),
    });
    const p = res.body;
    expect(sum([p.available_cash, p.locked_cash, p.total_position_value])).toBe(p.total_equity);
    expect(dec(units(p.realized_pnl) + units(p.unrealized_pnl) - units(p.fees_paid))).toBe(p.total_pnl);
    expect(dec(units(p.total_equity) - units(p.starting_balance))).toBe(p.total_pnl);
    expect(p.positions).toEqual((await server.call('getPositions', { headers: h })).body.positions);

    // The balance sheet tells the same story.
    const sheet = await server.call('getBalance', { headers: h });
    expect(sheet.body.total_equity_usdt).toBe(p.total_equity);
    const usdt = sheet.body.balances.find((b: any) => b.asset === 'USDT');
    expect([usdt.available, usdt.locked]).toEqual([p.available_cash, p.locked_cash]);
  });

  it('reports PnL for every period with wins, losses and win rate', async () => {
    const expected = {
      realized_pnl: '-7.70265000',
      unrealized_pnl: '18.96400000',
      total_pnl: '11.26135000', // realized + unrealized
      fees_paid: '2.97650135',
      net_pnl: '8.28484865', // total − fees
      winning_trades: 1, // the take-profit
      losing_trades: 2, // the market sell and the stop-loss
      win_rate: '33.33',
      not_computable: [],
    };
    const all = await server.call('getPnl', { headers: h });
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ period: 'all', since: null, ...expected });
    const now = server.clock.now();
    const today = await server.call('getPnl', { headers: h, query: { period: '1d' } });
    expect(today.body).toEqual({ period: '1d', since: new Date(Math.floor(now / DAY_MS) * DAY_MS).toISOString(), ...expected });
    // Rolling periods count whole UTC hours, from the hour holding their start.
    const hourOf = (t: number) => Math.floor(t / 3_600_000) * 3_600_000;
    const week = await server.call('getPnl', { headers: h, query: { period: '7d' } });
    expect(week.body).toEqual({ period: '7d', since: new Date(hourOf(now - 7 * DAY_MS)).toISOString(), ...expected });
    expect((await server.call('getPnl', { headers: h, query: { period: '30d' } })).body.since).toBe(
      new Date(hourOf(now - 30 * DAY_MS)).toISOString(),
    );
  });

  it('lists every fill in the history, newest first', async () => {
    const res = await server.call('getTradeHistory', { headers: h });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 5, limit: 50, offset: 0 });
    expect(res.body.trades.map((t: any) => t.order_id)).toEqual([
      placedIds.takeProfit,
      placedIds.stopLoss,
      placedIds.limitBuy,
      placedIds.marketSell,
      placedIds.marketBuy,
    ]);
    expect(res.body.trades.map((t: any) => t.realized_pnl)).toEqual([
      '9.45125000',
      '-17.09390000',
      '0.00000000',
      '-0.06000000',
      '0.00000000',
    ]);
    expect(sum(res.body.trades.map((t: any) => t.fee))).toBe('2.97650135');
  });

  it('resets the agent to a clean start: orders cancelled, locks released, positions gone, history kept, a new session', async () => {
    // Something open to clean up: a resting buy (locks USDT) and a resting sell (locks the BTC).
    const restingBuy = await placed(buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.01', price: '50000' }));
    const restingSell = await placed(sell(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.01', price: '70000' }));
    // 9393.28484865 − 0.01 × 50000 × 1.001
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.00000000', locked: '0.01000000' },
      USDT: { available: '8892.78484865', locked: '500.50000000' },
    });
    const before = (await server.call('getAccountInfo', { headers: h })).body.current_session;

    const res = await server.call('resetAccount', { headers: h, body: { confirm: true } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      previous_session: {
        session_id: before.session_id,
        started_at: before.started_at,
        ending_equity: '10008.28484865',
        total_pnl: '8.28484865',
        duration_days: 0,
      },
      new_session: { starting_balance: '10000.00000000', started_at: new Date(server.clock.now()).toISOString() },
    });
    const info = (await server.call('getAccountInfo', { headers: h })).body;
    expect(info.current_session.session_id).toBe(res.body.new_session.session_id);
    expect(info.current_session.session_id).not.toBe(before.session_id);

    expect(await wallet(server, h)).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
    expect((await server.call('listOpenOrders', { headers: h })).body.total).toBe(0);
    for (const id of [restingBuy.order_id, restingSell.order_id]) {
      const order = (await server.call('getOrder', { headers: h, path: { order_id: id } })).body;
      expect(order).toMatchObject({ status: 'cancelled', cancel_reason: 'reset', locked_asset: null, locked_amount: '0.00000000' });
    }
    expect((await server.call('getPositions', { headers: h })).body).toEqual({ positions: [], total_unrealized_pnl: '0.00000000' });
    // The new session starts from zero, even though its first millisecond is the old one's last.
    expect((await server.call('getPortfolio', { headers: h })).body).toMatchObject({
      total_equity: '10000.00000000',
      available_cash: '10000.00000000',
      locked_cash: '0.00000000',
      total_position_value: '0.00000000',
      unrealized_pnl: '0.00000000',
      realized_pnl: '0.00000000',
      fees_paid: '0.00000000',
      total_pnl: '0.00000000',
      roi_pct: '0.00',
      starting_balance: '10000.00000000',
      positions: [],
    });
    // History is kept.
    const history = await server.call('getTradeHistory', { headers: h });
    expect(history.body.total).toBe(5);
    expect(history.body.trades.map((t: any) => t.order_id)).toContain(placedIds.marketBuy);

    // Cancelled orders are out of the matcher: prices that would have crossed them fill nothing.
    await tradeAt(server, 'BTCUSDT', '49000');
    await tradeAt(server, 'BTCUSDT', '71000');
    expect((await server.call('getOrder', { headers: h, path: { order_id: restingBuy.order_id } })).body.status).toBe('cancelled');
    expect((await server.call('getOrder', { headers: h, path: { order_id: restingSell.order_id } })).body.status).toBe('cancelled');
    expect(await wallet(server, h)).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
  });

  it('resets with a new starting balance, which becomes the starting balance', async () => {
    await placed(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }));
    const res = await server.call('resetAccount', { headers: h, body: { confirm: true, new_starting_balance: '25000.5' } });
    expect(res.status).toBe(200);
    expect(res.body.new_session.starting_balance).toBe('25000.50000000');
    expect(await wallet(server, h)).toEqual({ USDT: { available: '25000.50000000', locked: '0.00000000' } });
    const info = (await server.call('getAccountInfo', { headers: h })).body;
    expect(info).toMatchObject({ starting_balance: '25000.50000000', current_session: { session_id: res.body.new_session.session_id } });
    expect((await server.call('getPortfolio', { headers: h })).body).toMatchObject({
      starting_balance: '25000.50000000',
      total_equity: '25000.50000000',
      fees_paid: '0.00000000',
      total_pnl: '0.00000000',
    });
    // A later plain reset goes back to the new starting balance, not the original one.
    await server.call('resetAccount', { headers: h, body: { confirm: true } });
    expect((await wallet(server, h)).USDT!.available).toBe('25000.50000000');
    expect((await server.call('getTradeHistory', { headers: h })).body.total).toBe(6);
    expect(trader.agentId).toBe(info.agent_id);
  });
});

// =================================================================================================

describe('order rules: every rejection has its own code and reason, and nothing is placed or locked', () => {
  let server: TestServer;
  let rules: Record<string, PairRules>;
  beforeAll(async () => {
    server = await TestServer.start();
    rules = await pairRules(server);
  });
  afterAll(() => server.stop());

  /** A fresh trader at BTC 60000; checks afterwards that a rejection left the wallet untouched. */
  async function traderAt60k(overrides: Record<string, unknown> = {}) {
    server.pushPrice('BTCUSDT', '60000');
    return newTrader(server, overrides);
  }

  async function expectRejected(reply: Promise<Reply>, status: number, code: string, details: Record<string, unknown>) {
    const res = await reply;
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.details).toMatchObject(details);
    return res;
  }

  async function expectNothingPlaced(h: Headers, usdt = '10000.00000000') {
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(0);
    expect((await wallet(server, h)).USDT).toEqual({ available: usdt, locked: '0.00000000' });
  }

  it('INVALID_SYMBOL for a pair that is not traded', async () => {
    const { h } = await traderAt60k();
    await expectRejected(buy(server, h, { symbol: 'FOOUSDT', quantity: '1' }), 400, 'INVALID_SYMBOL', {
      reason: 'unknown_symbol',
      symbol: 'FOOUSDT',
    });
    await expectNothingPlaced(h);
  });

  it('INVALID_QUANTITY off the step size, below the minimum notional, and zero', async () => {
    const { h } = await traderAt60k();
    const btc = rules.BTCUSDT!;
    const offStep = dec(units(btc.step_size) + units(btc.step_size) / 2n); // 1.5 steps
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: offStep }), 400, 'INVALID_QUANTITY', {
      reason: 'invalid_step_size',
      step_size: btc.step_size,
    });
    // The smallest quantity at 60000 is worth less than the pair's minimum notional.
    const tiny = btc.min_qty;
    const notional = dec(units(tiny) * 60_000n);
    expect(units(notional)).toBeLessThan(units(btc.min_notional));
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: tiny }), 400, 'INVALID_QUANTITY', {
      reason: 'below_min_notional',
      notional,
      min_notional: btc.min_notional,
    });
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: '0' }), 400, 'INVALID_QUANTITY', {
      reason: 'quantity_not_positive',
    });
    await expectNothingPlaced(h);
  });

  it('INVALID_PRICE for a limit off the tick size', async () => {
    const { h } = await traderAt60k();
    const btc = rules.BTCUSDT!;
    const offTick = dec(units('59000') + units(btc.tick_size) / 2n);
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.001', price: offTick }), 400, 'INVALID_PRICE', {
      reason: 'invalid_tick_size',
      price: offTick,
      tick_size: btc.tick_size,
    });
    await expectNothingPlaced(h);
  });

  it('INSUFFICIENT_BALANCE with what was required and what was available, for USDT and for coins', async () => {
    const { h } = await traderAt60k({ starting_balance: '100' });
    // 0.002 × 60006 = 120.012 + fee 0.120012 = 120.132012 > 100
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.002' }), 400, 'INSUFFICIENT_BALANCE', {
      reason: 'insufficient_balance',
      asset: 'USDT',
      required: '120.13201200',
      available: '100.00000000',
    });
    // A resting limit buy needs its whole lock: 0.001 × 99999 × 1.001 = 100.098999 > 100.
    server.pushPrice('BTCUSDT', '100500');
    await expectRejected(
      buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.001', price: '99999' }),
      400,
      'INSUFFICIENT_BALANCE',
      {
        required: '100.09899900',
      },
    );
    server.pushPrice('BTCUSDT', '60000');
    await expectRejected(sell(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }), 400, 'INSUFFICIENT_BALANCE', {
      asset: 'BTC',
      required: '0.00100000',
      available: '0.00000000',
    });
    await expectNothingPlaced(h, '100.00000000');
  });

  it('POSITION_LIMIT_EXCEEDED when the coin would be over max_position_size_pct of equity', async () => {
    const { h } = await traderAt60k();
    // 0.045 × 60000 = 2700 > 25 % of 10000
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.045' }), 400, 'POSITION_LIMIT_EXCEEDED', {
      reason: 'position_limit_exceeded',
      limit_pct: 25,
      would_be_pct: '27.00000000',
      requested_value: '2700.00000000',
      equity: '10000.00000000',
    });
    await expectNothingPlaced(h);
    // What is already held counts: 0.04 fits (2400), then another 0.002 (2400 + 120 = 2520) does not.
    await placed(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.04' }));
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.002' }), 400, 'POSITION_LIMIT_EXCEEDED', {
      current_value: '2400.00000000',
    });
  });

  it("ORDER_REJECTED order_too_small below the profile's min_order_size_usd", async () => {
    const { h } = await traderAt60k();
    await setRisk(server, h, { min_order_size_usd: '100' });
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }), 400, 'ORDER_REJECTED', {
      reason: 'order_too_small',
      notional: '60.00000000',
      min_order_size_usd: '100.00000000',
    });
    await expectNothingPlaced(h);
    expect((await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.002' })).status).toBe(201); // 120 ≥ 100
  });

  it('ORDER_REJECTED order_too_large over max_order_size_pct of available USDT', async () => {
    const { h } = await traderAt60k();
    // 0.09 × 60000 = 5400 > 50 % of 10000
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.09' }), 400, 'ORDER_REJECTED', {
      reason: 'order_too_large',
      notional: '5400.00000000',
      max_notional: '5000.00000000',
      max_order_size_pct: 50,
    });
    await expectNothingPlaced(h);
  });

  it('ORDER_REJECTED max_open_orders_exceeded for a resting order, while a market order still fills', async () => {
    const { h } = await traderAt60k();
    await setRisk(server, h, { max_open_orders: 1 });
    await placed(buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.001', price: '50000' }));
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.001', price: '49000' }), 400, 'ORDER_REJECTED', {
      reason: 'max_open_orders_exceeded',
      open_orders: 1,
      max_open_orders: 1,
    });
    expect((await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' })).status).toBe(201);
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(2);
    // 10000 − 50.05 locked − 60.066006 spent
    expect((await wallet(server, h)).USDT).toEqual({ available: '9889.88399400', locked: '50.05000000' });
  });

  it('ORDER_REJECTED rate_limit_exceeded over order_rate_limit in 60 s, accepted again once the window moves', async () => {
    const { h } = await traderAt60k();
    await setRisk(server, h, { order_rate_limit: 2 });
    await placed(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }));
    await placed(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }));
    await expectRejected(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }), 400, 'ORDER_REJECTED', {
      reason: 'rate_limit_exceeded',
      orders_last_minute: 2,
      order_rate_limit: 2,
    });
    server.clock.advance(60_001);
    expect((await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' })).status).toBe(201);
  });

  it('ORDER_REJECTED would_trigger_immediately for a stop or take-profit the market has already crossed', async () => {
    const { h } = await traderAt60k();
    const cases: OrderBody[] = [
      { side: 'sell', type: 'stop_loss', trigger_price: '61000' }, // a sell stop fires at or below
      { side: 'sell', type: 'take_profit', trigger_price: '59000' }, // a sell take-profit at or above
      { side: 'buy', type: 'stop_loss', trigger_price: '59000' }, // a buy stop at or above
      { side: 'buy', type: 'take_profit', trigger_price: '61000' }, // a buy take-profit at or below
    ];
    for (const c of cases) {
      await expectRejected(place(server, h, { symbol: 'BTCUSDT', quantity: '0.001', ...c }), 400, 'ORDER_REJECTED', {
        reason: 'would_trigger_immediately',
        trigger_price: `${String(c.trigger_price)}.00000000`,
        market_price: '60000.00000000',
      });
    }
    await expectNothingPlaced(h);
  });

  it('fills a limit that is already better than the market at once, at the market price and without slippage', async () => {
    const { h } = await traderAt60k();
    // 0.01 × 60000 = 600; fee 0.6; not at the 61000 limit.
    const order = await placed(buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.01', price: '61000' }));
    expect(order).toMatchObject({
      status: 'filled',
      executed_price: '60000.00000000',
      slippage_pct: '0.00000000',
      fee: '0.60000000',
      total_cost: '600.60000000',
    });
    expect((await wallet(server, h)).USDT).toEqual({ available: '9399.40000000', locked: '0.00000000' });
  });

  it.each([
    ['a limit order without price', { side: 'buy', type: 'limit', quantity: '0.001' }, 'body.price'],
    ['a market order with a price', { side: 'buy', type: 'market', quantity: '0.001', price: '60000' }, 'body.price'],
    ['a stop-loss without a trigger', { side: 'sell', type: 'stop_loss', quantity: '0.001' }, 'body.trigger_price'],
    ['an unknown field', { side: 'buy', type: 'market', quantity: '0.001', leverage: 10 }, 'body.leverage'],
    ['an unknown order type', { side: 'buy', type: 'iceberg', quantity: '0.001' }, 'body.type'],
    ['a negative quantity', { side: 'buy', type: 'market', quantity: '-1' }, 'body.quantity'],
    ['a quantity with 9 decimals', { side: 'buy', type: 'market', quantity: '0.000000001' }, 'body.quantity'],
    [
      'a malformed client_order_id',
      { side: 'buy', type: 'market', quantity: '0.001', client_order_id: 'has space' },
      'body.client_order_id',
    ],
  ])('refuses %s with 422 VALIDATION_ERROR', async (_name, body, field) => {
    const { h } = await traderAt60k();
    const res = await place(server, h, { symbol: 'BTCUSDT', ...body });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.details.errors.map((e: any) => e.field)).toContain(field);
    await expectNothingPlaced(h);
  });
});

// =================================================================================================

describe('the daily loss limit', () => {
  it("answers 403 DAILY_LOSS_LIMIT once today's net realized loss reaches the limit, until 00:00 UTC", async () => {
    const server = await TestServer.start();
    try {
      const { h } = await newTrader(server);
      await setRisk(server, h, { daily_loss_limit_pct: 1 }); // 1 % of 10000 = 100 USDT
      server.pushPrice('BTCUSDT', '60000');
      // Buy 0.04 at 60006: gross 2400.24, fee 2.40024.
      await placed(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.04' }));
      server.pushPrice('BTCUSDT', '57000');
      // Sell 0.04 at 57000 × 0.9999 = 56994.3: gross 2279.772, fee 2.279772, realized −120.468.
      const out = await placed(sell(server, h, { symbol: 'BTCUSDT', quantity: '0.04' }));
      expect(out.executed_price).toBe('56994.30000000');
      // Net today: −120.468 − 2.40024 − 2.279772 = −125.148012, a loss over 100.
      const resetsAt = new Date((Math.floor(server.clock.now() / DAY_MS) + 1) * DAY_MS).toISOString();
      const res = await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        code: 'DAILY_LOSS_LIMIT',
        details: {
          reason: 'daily_loss_limit',
          daily_loss: '125.14801200',
          limit: '100.00000000',
          daily_loss_limit_pct: 1,
          resets_at: resetsAt,
        },
      });
      // Reads and cancels still work; only new orders stop.
      expect((await server.call('getPortfolio', { headers: h })).status).toBe(200);
      server.clock.set(Date.parse(resetsAt));
      expect((await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' })).status).toBe(201);
    } finally {
      await server.stop();
    }
  });

  it('starts clear after a reset: it counts only the losses since the later of 00:00 UTC and the session start', async () => {
    const server = await TestServer.start();
    try {
      const { h } = await newTrader(server);
      await setRisk(server, h, { daily_loss_limit_pct: 1 }); // 1 % of 10000 = 100 USDT
      // The same losing round trip as above: a net loss of 125.148012 today, over the limit.
      const loseOnce = async () => {
        server.pushPrice('BTCUSDT', '60000');
        await placed(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.04' }));
        server.pushPrice('BTCUSDT', '57000');
        await placed(sell(server, h, { symbol: 'BTCUSDT', quantity: '0.04' }));
      };
      await loseOnce();
      expect((await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' })).body.error.code).toBe('DAILY_LOSS_LIMIT');

      server.clock.advance(60_000);
      expect((await server.call('resetAccount', { headers: h, body: { confirm: true } })).status).toBe(200);
      // Same UTC day, new session: the breaker is clear and the agent trades at once.
      server.clock.advance(60_000);
      await loseOnce();
      // Only the new session's loss counts: 125.148012 again, not twice that.
      const res = await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'DAILY_LOSS_LIMIT', details: { daily_loss: '125.14801200', limit: '100.00000000' } });
    } finally {
      await server.stop();
    }
  });
});

// =================================================================================================

describe('safe retries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('places one order for the same Idempotency-Key sent twice; the retry is 200 with Idempotent-Replayed', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const idem = { 'Idempotency-Key': randomUUID() };
    const first = await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }, idem);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }, idem);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    // Moved once: 10000 − 0.001 × 60006 × 1.001 = 10000 − 60.066006
    expect((await wallet(server, h)).USDT!.available).toBe('9939.93399400');
    expect((await server.call('getTradeHistory', { headers: h })).body.total).toBe(1);

    // The same key for a different order is a conflict, and places nothing.
    const other = await buy(server, h, { symbol: 'BTCUSDT', quantity: '0.002' }, idem);
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', details: { idempotency_key: idem['Idempotency-Key'] } });
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(1);
  });

  it('places one order for the same client_order_id sent twice, and refuses it for different parameters', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const body = { symbol: 'BTCUSDT', type: 'limit', quantity: '0.01', price: '50000', client_order_id: 'grid-0001' };
    const first = await buy(server, h, body);
    expect(first.status).toBe(201);
    expect(first.body.client_order_id).toBe('grid-0001');
    const again = await buy(server, h, body);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.order_id).toBe(first.body.order_id);
    // Locked once: 0.01 × 50000 × 1.001
    expect((await wallet(server, h)).USDT).toEqual({ available: '9499.50000000', locked: '500.50000000' });

    const moved = await buy(server, h, { ...body, price: '49000' });
    expect(moved.status).toBe(409);
    expect(moved.body.error).toMatchObject({
      code: 'IDEMPOTENCY_CONFLICT',
      details: { client_order_id: 'grid-0001', order_id: first.body.order_id },
    });
    expect((await server.call('listOrders', { headers: h })).body.total).toBe(1);

    // The replay shows the order as it is now.
    await tradeAt(server, 'BTCUSDT', '49999');
    const later = await buy(server, h, body);
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ order_id: first.body.order_id, status: 'filled', executed_price: '50000.00000000' });
    // Another agent may use the same client_order_id.
    const { h: other } = await newTrader(server);
    expect((await buy(server, other, body)).status).toBe(201);
  });

  it('places exactly one order when the same Idempotency-Key arrives ten times at once', async () => {
    server.pushPrice('BTCUSDT', '60000');
    const { h } = await newTrader(server);
    const idem = { 'Idempotency-Key': `burst-${randomUUID()}` };
    const replies = await Promise.all(Array.from({ length: 10 }, () => buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }, idem)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(replies.map((r) => r.body.order_id)).size).toBe(1);
    expect((await wallet(server, h)).USDT!.available).toBe('9939.93399400');
  });
});

// =================================================================================================

describe('concurrency', () => {
  it('fills exactly as many of 100 parallel market buys as the balance pays for; the rest get INSUFFICIENT_BALANCE; money adds up', async () => {
    const server = await TestServer.start();
    try {
      const { h } = await newTrader(server, { starting_balance: '2000' });
      await setRisk(server, h, { max_order_size_pct: 100, max_position_size_pct: 100, order_rate_limit: 10000 });
      server.pushPrice('BTCUSDT', '60000');
      // Each: 0.001 × 60006 = 60.006 + fee 0.060006 = 60.066006.
      const cost = units('60.066006');
      const affordable = Number(units('2000') / cost); // 33: 33 × 60.066006 = 1982.178198
      expect(affordable).toBe(33);

      const replies = await Promise.all(Array.from({ length: 100 }, () => buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' })));
      const accepted = replies.filter((r) => r.status === 201);
      const refused = replies.filter((r) => r.status !== 201);
      expect(accepted).toHaveLength(affordable);
      expect(refused).toHaveLength(100 - affordable);
      for (const r of refused) expect(r.body.error.code).toBe('INSUFFICIENT_BALANCE');
      for (const r of accepted) expect(r.body.total_cost).toBe('60.06600600');

      const w = await wallet(server, h);
      expect(w).toEqual({
        BTC: { available: '0.03300000', locked: '0.00000000' },
        USDT: { available: dec(units('2000') - BigInt(affordable) * cost), locked: '0.00000000' }, // 17.821802
      });
      expect(w.USDT!.available).toBe('17.82180200');
      const fills = (await server.call('getTradeHistory', { headers: h, query: { limit: '500' } })).body;
      expect(fills.total).toBe(affordable);
      const spent = fills.trades.reduce((s: bigint, f: any) => s + units(f.total) + units(f.fee), 0n);
      expect(dec(units(w.USDT!.available) + units(w.USDT!.locked) + spent)).toBe('2000.00000000');
    } finally {
      await server.stop();
    }
  });
});

// =================================================================================================

describe('listing and cancelling orders', () => {
  let server: TestServer;
  let h: Headers;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    server = await TestServer.start();
    ({ h } = await newTrader(server));
    server.pushPrice('BTCUSDT', '60000');
    server.pushPrice('ETHUSDT', '3000');
    // In this order, oldest first:
    id.btcBuy = (await placed(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.002' }))).order_id; // filled
    id.ethBuy = (await placed(buy(server, h, { symbol: 'ETHUSDT', quantity: '0.05' }))).order_id; // filled
    id.btcLimit = (await placed(buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.001', price: '50000' }))).order_id; // pending, locks 50.05 USDT
    id.ethLimit = (await placed(buy(server, h, { symbol: 'ETHUSDT', type: 'limit', quantity: '0.01', price: '2500' }))).order_id; // pending, locks 25.025 USDT
    id.ethSell = (await placed(sell(server, h, { symbol: 'ETHUSDT', type: 'limit', quantity: '0.02', price: '4000' }))).order_id; // pending, locks 0.02 ETH
    id.btcCancelled = (await placed(buy(server, h, { symbol: 'BTCUSDT', type: 'limit', quantity: '0.001', price: '40000' }))).order_id; // locks 40.04
    id.btcSell = (await placed(sell(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }))).order_id; // filled
  });
  afterAll(() => server.stop());

  const list = (query: Record<string, string> = {}) => server.call('listOrders', { headers: h, query });
  const history = (query: Record<string, string> = {}) => server.call('getTradeHistory', { headers: h, query });

  it('cancels one pending order and releases exactly its lock', async () => {
    const before = (await wallet(server, h)).USDT!;
    const res = await server.call('cancelOrder', { headers: h, path: { order_id: id.btcCancelled! } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      order_id: id.btcCancelled,
      status: 'cancelled',
      unlocked_asset: 'USDT',
      unlocked_amount: '40.04000000', // 0.001 × 40000 × 1.001
      cancelled_at: new Date(server.clock.now()).toISOString(),
      order: { status: 'cancelled', cancel_reason: 'user', locked_asset: null, locked_amount: '0.00000000', filled_at: null },
    });
    const after = (await wallet(server, h)).USDT!;
    expect(after.available).toBe(dec(units(before.available) + units('40.04')));
    expect(after.locked).toBe(dec(units(before.locked) - units('40.04')));
  });

  it('refuses to cancel a filled or an already cancelled order (409 ORDER_NOT_CANCELLABLE)', async () => {
    const filled = await server.call('cancelOrder', { headers: h, path: { order_id: id.btcBuy! } });
    expect(filled.status).toBe(409);
    expect(filled.body.error).toMatchObject({ code: 'ORDER_NOT_CANCELLABLE', details: { order_id: id.btcBuy, current_status: 'filled' } });
    const twice = await server.call('cancelOrder', { headers: h, path: { order_id: id.btcCancelled! } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.current_status).toBe('cancelled');
  });

  it('lists orders newest first, filtered by status and symbol, with total counting every match', async () => {
    const all = await list();
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 7, limit: 100, offset: 0 });
    expect(idsOf(all.body.orders)).toEqual([id.btcSell, id.btcCancelled, id.ethSell, id.ethLimit, id.btcLimit, id.ethBuy, id.btcBuy]);

    expect(idsOf((await list({ status: 'pending' })).body.orders)).toEqual([id.ethSell, id.ethLimit, id.btcLimit]);
    expect(idsOf((await list({ status: 'filled' })).body.orders)).toEqual([id.btcSell, id.ethBuy, id.btcBuy]);
    expect(idsOf((await list({ status: 'cancelled' })).body.orders)).toEqual([id.btcCancelled]);
    expect((await list({ status: 'expired' })).body).toMatchObject({ orders: [], total: 0 });
    const eth = await list({ symbol: 'ethusdt' });
    expect(eth.body.total).toBe(3);
    expect(idsOf(eth.body.orders)).toEqual([id.ethSell, id.ethLimit, id.ethBuy]);
    expect(idsOf((await list({ symbol: 'BTCUSDT', status: 'filled' })).body.orders)).toEqual([id.btcSell, id.btcBuy]);
    expect((await list({ symbol: 'SOLUSDT' })).body).toMatchObject({ orders: [], total: 0 });
  });

  it('pages with limit and offset while total stays the full count', async () => {
    const page = await list({ limit: '2', offset: '1' });
    expect(page.body).toMatchObject({ total: 7, limit: 2, offset: 1 });
    expect(idsOf(page.body.orders)).toEqual([id.btcCancelled, id.ethSell]);
    const last = await list({ limit: '5', offset: '5' });
    expect(idsOf(last.body.orders)).toEqual([id.ethBuy, id.btcBuy]);
    expect((await list({ offset: '7' })).body).toMatchObject({ orders: [], total: 7 });
  });

  it('lists only pending orders as open', async () => {
    const open = await server.call('listOpenOrders', { headers: h });
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ total: 3, limit: 100, offset: 0 });
    expect(idsOf(open.body.orders)).toEqual([id.ethSell, id.ethLimit, id.btcLimit]);
    expect(open.body.orders.every((o: any) => o.status === 'pending')).toBe(true);
    const page = await server.call('listOpenOrders', { headers: h, query: { limit: '1', offset: '1' } });
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(idsOf(page.body.orders)).toEqual([id.ethLimit]);
  });

  it('filters the trade history by symbol and side with a full total', async () => {
    const all = await history();
    expect(all.body).toMatchObject({ total: 3, limit: 50, offset: 0 });
    expect(all.body.trades.map((t: any) => t.order_id)).toEqual([id.btcSell, id.ethBuy, id.btcBuy]);
    const btc = await history({ symbol: 'btcusdt' });
    expect(btc.body.total).toBe(2);
    expect(btc.body.trades.map((t: any) => t.order_id)).toEqual([id.btcSell, id.btcBuy]);
    const sells = await history({ side: 'sell' });
    expect(sells.body.total).toBe(1);
    expect(sells.body.trades[0]).toMatchObject({
      order_id: id.btcSell,
      side: 'sell',
      price: '59994.00000000',
      total: '59.99400000',
      fee: '0.05999400',
    });
    const ethBuys = await history({ symbol: 'ETHUSDT', side: 'buy' });
    // 0.05 ETH at 3000 × 1.0001 = 3000.3: gross 150.015, fee 0.150015.
    expect(ethBuys.body.trades).toEqual([
      expect.objectContaining({
        order_id: id.ethBuy,
        quantity: '0.05000000',
        price: '3000.30000000',
        total: '150.01500000',
        fee: '0.15001500',
        realized_pnl: '0.00000000',
        slippage_pct: '0.01000000',
      }),
    ]);
    const page = await history({ limit: '1', offset: '1' });
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.body.trades.map((t: any) => t.order_id)).toEqual([id.ethBuy]);
  });

  it('cancels every open order at once, reporting what was unlocked per asset, and leaves nothing locked', async () => {
    const res = await server.call('cancelOpenOrders', { headers: h });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      cancelled_count: 3,
      unlocked: { USDT: '75.07500000', ETH: '0.02000000' }, // 50.05 + 25.025; the sell's 0.02 ETH
      total_unlocked: '75.07500000',
    });
    expect([...res.body.order_ids].sort()).toEqual([id.btcLimit, id.ethLimit, id.ethSell].sort());
    // USDT: 10000 − 120.132012 (BTC buy) − 150.165015 (ETH buy) + 59.934006 (BTC sell)
    expect(await wallet(server, h)).toEqual({
      BTC: { available: '0.00100000', locked: '0.00000000' },
      ETH: { available: '0.05000000', locked: '0.00000000' },
      USDT: { available: '9789.63697900', locked: '0.00000000' },
    });
    expect((await server.call('listOpenOrders', { headers: h })).body).toMatchObject({ orders: [], total: 0 });
    expect((await list({ status: 'cancelled' })).body.total).toBe(4);
    const again = await server.call('cancelOpenOrders', { headers: h });
    expect(again.body).toEqual({ cancelled_count: 0, order_ids: [], unlocked: {}, total_unlocked: '0.00000000' });
  });

  it('rejects bad list parameters with 422', async () => {
    expect((await list({ status: 'open' })).status).toBe(422);
    expect((await list({ limit: '0' })).status).toBe(422);
    expect((await list({ limit: '501' })).status).toBe(422);
    expect((await list({ symbol: 'BTC-USDT' })).status).toBe(422);
    expect((await server.call('listOpenOrders', { headers: h, query: { offset: '-1' } })).status).toBe(422);
    expect((await history({ side: 'long' })).status).toBe(422);
    expect((await server.call('getPnl', { headers: h, query: { period: '1w' } })).status).toBe(422);
  });

  it('rejects a malformed order id with 422 and an unknown one with 404 ORDER_NOT_FOUND', async () => {
    for (const operationId of ['getOrder', 'cancelOrder'] as const) {
      const bad = await server.call(operationId, { headers: h, path: { order_id: 'order-1' } });
      expect(bad.status, operationId).toBe(422);
      expect(bad.body.error.details.errors.map((e: any) => e.field)).toContain('path.order_id');
      const unknownId = randomUUID();
      const unknown = await server.call(operationId, { headers: h, path: { order_id: unknownId } });
      expect(unknown.status, operationId).toBe(404);
      expect(unknown.body.error).toMatchObject({ code: 'ORDER_NOT_FOUND', details: { order_id: unknownId } });
    }
  });
});

// =================================================================================================

describe('scoping: whose orders a credential sees', () => {
  let server: TestServer;
  let owner: Credentials;
  let jwt: Headers;
  let second: { agent_id: string; api_key: string };
  let defaultOrder: string;
  let secondOrder: string;
  beforeAll(async () => {
    server = await TestServer.start();
    owner = await server.registerAccount({ display_name: 'Owner' });
    jwt = bearer(await server.login(owner));
    const made = await server.call('createAgent', { headers: jwt, body: { display_name: 'Second' } });
    second = { agent_id: made.body.agent_id, api_key: made.body.api_key };
    server.pushPrice('BTCUSDT', '60000');
    defaultOrder = (
      await placed(buy(server, key(owner.agentApiKey), { symbol: 'BTCUSDT', type: 'limit', quantity: '0.001', price: '50000' }))
    ).order_id;
  });
  afterAll(() => server.stop());

  const orderIds = async (headers: Headers) => idsOf((await server.call('listOrders', { headers })).body.orders);

  it("lets an agent key see only its own agent's orders: another agent's order is 404 like an unknown one", async () => {
    const h = key(second.api_key);
    expect(await orderIds(h)).toEqual([]);
    const read = await server.call('getOrder', { headers: h, path: { order_id: defaultOrder } });
    expect(read.status).toBe(404);
    expect(read.body.error).toMatchObject({ code: 'ORDER_NOT_FOUND', details: { order_id: defaultOrder } });
    const cancel = await server.call('cancelOrder', { headers: h, path: { order_id: defaultOrder } });
    expect(cancel.status).toBe(404);
    expect(cancel.body.error.code).toBe('ORDER_NOT_FOUND');
    // Still pending, still locked, for its owner.
    expect((await server.call('getOrder', { headers: key(owner.agentApiKey), path: { order_id: defaultOrder } })).body.status).toBe(
      'pending',
    );
    expect((await server.call('cancelOpenOrders', { headers: h })).body.cancelled_count).toBe(0);
  });

  it('acts as the agent named by X-Agent-Id with a JWT', async () => {
    const asSecond = { ...jwt, 'X-Agent-Id': second.agent_id };
    secondOrder = (await placed(buy(server, asSecond, { symbol: 'BTCUSDT', quantity: '0.001' }))).order_id;
    expect(await orderIds(key(second.api_key))).toEqual([secondOrder]);
    expect(await orderIds(key(owner.agentApiKey))).toEqual([defaultOrder]);
    expect((await wallet(server, asSecond)).BTC).toEqual({ available: '0.00100000', locked: '0.00000000' });
    expect((await server.call('getPositions', { headers: asSecond })).body.positions.map((p: any) => p.symbol)).toEqual(['BTCUSDT']);
    expect((await server.call('getPositions', { headers: key(owner.agentApiKey) })).body.positions).toEqual([]);
    // An account key honours X-Agent-Id too; an agent key ignores it.
    expect(await orderIds({ ...key(owner.apiKey), 'X-Agent-Id': second.agent_id })).toEqual([secondOrder]);
    expect(await orderIds({ ...key(second.api_key), 'X-Agent-Id': owner.agentId })).toEqual([secondOrder]);
  });

  it('acts as the default agent for an account key or a JWT without X-Agent-Id', async () => {
    expect(await orderIds(key(owner.apiKey))).toEqual([defaultOrder]);
    expect(await orderIds(jwt)).toEqual([defaultOrder]);
    const viaAccountKey = await placed(buy(server, key(owner.apiKey), { symbol: 'BTCUSDT', quantity: '0.001' }));
    expect(await orderIds(key(owner.agentApiKey))).toEqual([viaAccountKey.order_id, defaultOrder]);
    expect((await server.call('getOrder', { headers: jwt, path: { order_id: defaultOrder } })).status).toBe(200);
  });

  it('resets only the agent in scope', async () => {
    const res = await server.call('resetAccount', { headers: { ...jwt, 'X-Agent-Id': second.agent_id }, body: { confirm: true } });
    expect(res.status).toBe(200);
    expect(await wallet(server, key(second.api_key))).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
    // The default agent keeps its resting order and its lock (0.001 × 50000 × 1.001 = 50.05).
    expect((await server.call('getOrder', { headers: jwt, path: { order_id: defaultOrder } })).body.status).toBe('pending');
    expect((await wallet(server, jwt)).USDT!.locked).toBe('50.05000000');
  });
});

// =================================================================================================

describe('every trading operation: credentials and agent scope', () => {
  let server: TestServer;
  let alice: Credentials;
  let aliceJwt: Headers;
  let suspended: Credentials;
  let stranger: Credentials;
  beforeAll(async () => {
    server = await TestServer.start();
    server.pushPrice('BTCUSDT', '60000');
    alice = await server.registerAccount();
    aliceJwt = bearer(await server.login(alice));
    suspended = await server.registerAccount();
    await server.setAccountStatus(suspended.accountId, 'suspended');
    stranger = await server.registerAccount();
  });
  afterAll(() => server.stop());

  const requests: Array<[string, { path?: Record<string, string>; body?: unknown; query?: Record<string, string> }]> = [
    ['placeOrder', { body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.001' } }],
    ['getOrder', { path: { order_id: randomUUID() } }],
    ['cancelOrder', { path: { order_id: randomUUID() } }],
    ['listOrders', {}],
    ['listOpenOrders', {}],
    ['cancelOpenOrders', {}],
    ['getTradeHistory', {}],
    ['getPositions', {}],
    ['getPortfolio', {}],
    ['getPnl', { query: { period: '7d' } }],
    ['resetAccount', { body: { confirm: true } }],
  ];

  it.each(requests)('%s: 401 INVALID_API_KEY without a credential', async (operationId, request) => {
    const res = await server.call(operationId, { ...request, headers: {} });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_API_KEY');
  });

  it.each(requests)('%s: 403 ACCOUNT_SUSPENDED for every key of a suspended account', async (operationId, request) => {
    for (const apiKey of [suspended.apiKey, suspended.agentApiKey]) {
      const res = await server.call(operationId, { ...request, headers: key(apiKey) });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('ACCOUNT_SUSPENDED');
    }
  });

  it.each(requests)("%s: 404 AGENT_NOT_FOUND for another account's agent or an unknown one in X-Agent-Id", async (operationId, request) => {
    for (const agentId of [stranger.agentId, randomUUID()]) {
      const res = await server.call(operationId, { ...request, headers: { ...aliceJwt, 'X-Agent-Id': agentId } });
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'AGENT_NOT_FOUND', details: { agent_id: agentId } });
    }
    // Nothing happened to the stranger.
    expect(await wallet(server, key(stranger.agentApiKey))).toEqual({ USDT: { available: '10000.00000000', locked: '0.00000000' } });
  });

  it.each(requests)('%s: 422 for a malformed X-Agent-Id', async (operationId, request) => {
    const res = await server.call(operationId, { ...request, headers: { ...aliceJwt, 'X-Agent-Id': 'agent-7' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors.map((e: any) => e.field)).toContain('header.x-agent-id');
  });

  it('resetAccount: 422 unless confirm is true, and for a non-positive new balance; nothing is reset', async () => {
    const h = key(alice.agentApiKey);
    await placed(buy(server, h, { symbol: 'BTCUSDT', quantity: '0.001' }));
    const session = (await server.call('getAccountInfo', { headers: h })).body.current_session.session_id;
    for (const [body, field] of [
      [{ confirm: false }, 'body.confirm'],
      [{}, 'body.confirm'],
      [{ confirm: 'yes' }, 'body.confirm'],
      [{ confirm: true, new_starting_balance: '0' }, 'body.new_starting_balance'],
      [{ confirm: true, new_starting_balance: '-5' }, 'body.new_starting_balance'],
      [{ confirm: true, wipe_history: true }, 'body.wipe_history'],
    ] as const) {
      const res = await server.call('resetAccount', { headers: h, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(
        res.body.error.details.errors.map((e: any) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect((await server.call('getAccountInfo', { headers: h })).body.current_session.session_id).toBe(session);
    expect((await wallet(server, h)).BTC!.available).toBe('0.00100000');
  });
});

// =================================================================================================

describe('trading before the first price', () => {
  it('answers 503 PRICE_NOT_AVAILABLE for a pair that has not traded, and fills once it has', async () => {
    const server = await TestServer.start({ MARKET_HISTORY_DAYS: '0' });
    try {
      const { h } = await newTrader(server);
      for (const body of [
        { symbol: 'DOGEUSDT', side: 'buy', type: 'market', quantity: '200' },
        { symbol: 'DOGEUSDT', side: 'buy', type: 'limit', quantity: '200', price: '0.1' },
      ]) {
        const res = await place(server, h, body);
        expect(res.status).toBe(503);
        expect(res.body.error).toMatchObject({ code: 'PRICE_NOT_AVAILABLE', details: { symbol: 'DOGEUSDT' } });
      }
      expect((await server.call('listOrders', { headers: h })).body.total).toBe(0);

      server.pushPrice('DOGEUSDT', '0.12345');
      const res = await buy(server, h, { symbol: 'DOGEUSDT', quantity: '200' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'filled', executed_quantity: '200.00000000' });
      const { executed_price: price, fee, total_cost: totalCost } = res.body;
      // Whatever the slippage on a pair with (almost) no volume, the reply is self-consistent and
      // the wallet moved by exactly the total cost.
      expect(units(price)).toBeGreaterThan(units('0.12345'));
      expect(dec(units(price) * 200n + units(fee))).toBe(totalCost);
      expect(await wallet(server, h)).toEqual({
        DOGE: { available: '200.00000000', locked: '0.00000000' },
        USDT: { available: dec(units('10000') - units(totalCost)), locked: '0.00000000' },
      });
    } finally {
      await server.stop();
    }
  });
});
