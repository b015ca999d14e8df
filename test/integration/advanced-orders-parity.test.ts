// One engine, two clocks: the same advanced orders placed live (prices pushed through the feed,
// the matcher filling on ticks, GTD expiry by the matcher) and in a backtest (the same prices as
// recorded 1-minute closes, stepped one by one) give the same fills — same order kinds, sides,
// quantities, prices, fees and PnL — and end in the same statuses. Both markets are deep enough
// that every market-style fill gets the same minimum slippage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { formatAmount, parseAmount } from '../../src/money.js';
import { registerAccount } from '../../src/services/auth.service.js';
import type { OrderRequest } from '../../src/services/order-request.js';
import { placeOco, placeOrder } from '../../src/services/trading.service.js';
import { TEST_ENV } from '../support/harness.js';
import { ScriptedSource } from '../support/scripted-source.js';
import { bars, MIN, storeBars, T0 } from './backtest-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The closes both runs see, one a minute; index 0 is the price when the orders are placed. */
const CLOSES = ['60000', '60500', '61000', '60300', '59800', '58900', '58400', '59700', '62600', '62100', '60800', '60000'];

/** What one order's request is, in both runs; `at` names it in the comparison. */
type Scripted =
  | { at: string; kind: 'order'; body: Omit<OrderRequest, 'symbol'> & { expireInMs?: number } }
  | {
      at: string;
      kind: 'oco';
      side: 'buy' | 'sell';
      quantity: string;
      takeProfit: { type?: 'take_profit' | 'limit'; price: string };
      stopLoss: { type?: 'stop_loss' | 'trailing_stop'; trigger_price?: string; trail_amount?: string; trail_percent?: string };
    };

const SCRIPT: Scripted[] = [
  // A bracket: the entry fills at once, its take-profit and trailing stop legs rest as a group.
  {
    at: 'bracket',
    kind: 'order',
    body: {
      side: 'buy',
      type: 'market',
      quantity: '0.01',
      takeProfit: { price: '62500' },
      stopLoss: { type: 'trailing_stop', trail_amount: '1500' },
    },
  },
  // Base for a trailing sell that waits for its activation price.
  { at: 'buy-for-trail', kind: 'order', body: { side: 'buy', type: 'market', quantity: '0.02' } },
  {
    at: 'trailing-sell',
    kind: 'order',
    body: { side: 'sell', type: 'trailing_stop', quantity: '0.02', trailPercent: '2', activationPrice: '60400' },
  },
  // A buy OCO: buy the dip at 58500, or the breakout at 62400.
  {
    at: 'oco',
    kind: 'oco',
    side: 'buy',
    quantity: '0.005',
    takeProfit: { type: 'limit', price: '58500' },
    stopLoss: { trigger_price: '62400' },
  },
  // A trailing buy (the low plus 1 %), a limit that expires before it is reached, an IOC that misses.
  { at: 'trailing-buy', kind: 'order', body: { side: 'buy', type: 'trailing_stop', quantity: '0.003', trailPercent: '1' } },
  {
    at: 'gtd',
    kind: 'order',
    body: { side: 'buy', type: 'limit', quantity: '0.002', price: '58000', timeInForce: 'GTD', expireInMs: 4.5 * MIN },
  },
  { at: 'ioc', kind: 'order', body: { side: 'buy', type: 'limit', quantity: '0.002', price: '59000', timeInForce: 'IOC' } },
  // A post-only limit that would take is refused; one below the market rests and later fills.
  { at: 'post-only-taker', kind: 'order', body: { side: 'buy', type: 'limit', quantity: '0.002', price: '60100', postOnly: true } },
  { at: 'post-only', kind: 'order', body: { side: 'buy', type: 'limit', quantity: '0.002', price: '58400', postOnly: true } },
  // A plain take-profit on more base, reached on the rally.
  { at: 'buy-for-tp', kind: 'order', body: { side: 'buy', type: 'market', quantity: '0.005' } },
  { at: 'take-profit', kind: 'order', body: { side: 'sell', type: 'take_profit', quantity: '0.005', triggerPrice: '62500' } },
];

interface Outcome {
  /** Per scripted order (and each leg/child, by role): final status and cancel reason. */
  statuses: string[];
  /** Every fill, in execution order: kind, side, quantity, price, fee, realized PnL. */
  fills: string[];
  balances: string[];
}

/** Every order of the run, named by the script entry (or entry + leg) that made it, oldest first. */
function roleOf(
  order: { id: string; group_id: string | null; parent_order_id: string | null; type: string },
  names: Map<string, string>,
): string {
  if (names.has(order.id)) return names.get(order.id)!;
  const parent = order.parent_order_id ? names.get(order.parent_order_id) : undefined;
  if (parent) return `${parent}/${order.type}`;
  const group = order.group_id ? names.get(`group:${order.group_id}`) : undefined;
  if (group) return `${group}/${order.type}`;
  throw new Error(`order ${order.id} has no role`);
}

async function runLive(): Promise<Outcome> {
  const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
  const source = new ScriptedSource(clock, ['BTCUSDT'], 'parity');
  const app = await createApp(loadConfig({ ...TEST_ENV, DATABASE_URL: join(dir, 'live.db'), MARKET_HISTORY_DAYS: '0' }), { clock, source });
  await app.start();
  const ctx = app.services;
  try {
    // A huge first trade makes the 24 h volume deep: every market-style fill gets the minimum slippage.
    source.push('BTCUSDT', CLOSES[0]!, '1000000');
    const reg = await registerAccount(ctx, { displayName: 'parity-live' });
    const profile = JSON.stringify({ max_position_size_pct: 100, max_order_size_pct: 100 });
    await ctx.db.updateTable('accounts').set({ risk_profile: profile }).where('id', '=', reg.account.id).execute();
    const account = { ...reg.account, risk_profile: profile };
    const names = new Map<string, string>();
    for (const s of SCRIPT) {
      if (s.kind === 'oco') {
        const placed = await placeOco(ctx, account, reg.agent, {
          symbol: 'BTCUSDT',
          side: s.side,
          quantity: s.quantity,
          takeProfit: s.takeProfit,
          stopLoss: s.stopLoss,
        });
        names.set(`group:${placed.groupId}`, s.at);
        continue;
      }
      const { expireInMs, ...body } = s.body;
      const expireAt = expireInMs === undefined ? undefined : new Date(clock.now() + expireInMs).toISOString();
      const placed = await placeOrder(ctx, account, reg.agent, { symbol: 'BTCUSDT', ...body, ...(expireAt ? { expireAt } : {}) }).catch(
        (err: unknown) => err,
      );
      if (placed instanceof Error) names.set(`rejected:${s.at}`, (placed as { details?: { reason?: string } }).details?.reason ?? 'error');
      else names.set((placed as Awaited<ReturnType<typeof placeOrder>>).view.order.id, s.at);
    }
    for (const close of CLOSES.slice(1)) {
      clock.advance(MIN);
      await ctx.matcher.expireDue();
      source.push('BTCUSDT', close, '0.0001');
      await ctx.matcher.idle();
    }
    const orders = await ctx.db
      .selectFrom('orders')
      .selectAll()
      .where('agent_id', '=', reg.agent.id)
      .orderBy('created_ms')
      .orderBy('id')
      .execute();
    const fills = await ctx.db
      .selectFrom('fills')
      .selectAll()
      .where('agent_id', '=', reg.agent.id)
      .orderBy('executed_ms')
      .orderBy('id')
      .execute();
    const typeOf = new Map(orders.map((o) => [o.id, o.type]));
    const balances = await ctx.db.selectFrom('balances').selectAll().where('agent_id', '=', reg.agent.id).orderBy('asset').execute();
    return {
      statuses: [
        ...[...names].filter(([k]) => k.startsWith('rejected:')).map(([k, v]) => `${k.slice(9)}: rejected ${v}`),
        ...orders.map((o) => `${roleOf(o, names)}: ${o.status} ${o.cancel_reason ?? ''}`.trim()),
      ].sort(),
      fills: fills.map((f) => `${typeOf.get(f.order_id)} ${f.side} ${f.quantity} @ ${f.price} fee ${f.fee} pnl ${f.realized_pnl}`),
      balances: balances.map((b) => `${b.asset} ${formatAmount(parseAmount(b.available) + parseAmount(b.locked))} locked ${b.locked}`),
    };
  } finally {
    await app.stop();
  }
}

async function runBacktest(): Promise<Outcome> {
  const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
  const source = new ScriptedSource(clock, ['BTCUSDT'], 'parity');
  const app = await createApp(loadConfig({ ...TEST_ENV, DATABASE_URL: join(dir, 'backtest.db'), MARKET_HISTORY_DAYS: '0' }), {
    clock,
    source,
  });
  await app.start();
  const ctx = app.services;
  try {
    source.push('BTCUSDT', CLOSES[0]!); // the same pair rules as live, stored by the market service
    // Bar i closes at CLOSES[i]; each bar's quote volume is huge, so slippage is the minimum.
    // Two bars more than are stepped: the session must not complete (completion sells everything).
    const recorded = [...CLOSES, CLOSES.at(-1)!, CLOSES.at(-1)!];
    await storeBars(ctx, 'BTCUSDT', bars(T0, recorded, '1000000000000'));
    const reg = await registerAccount(ctx, { displayName: 'parity-backtest' });
    const profile = JSON.stringify({ max_position_size_pct: 100, max_order_size_pct: 100 });
    await ctx.db.updateTable('accounts').set({ risk_profile: profile }).where('id', '=', reg.account.id).execute();
    const account = { ...reg.account, risk_profile: profile };
    const { session_id: id } = await ctx.backtests.create(account, reg.agent, {
      start_time: new Date(T0 + MIN).toISOString(),
      end_time: new Date(T0 + recorded.length * MIN).toISOString(),
      starting_balance: '10000',
      pairs: ['BTCUSDT'],
    });
    await ctx.backtests.start(account, id);
    const names = new Map<string, string>();
    const virtualStart = T0 + MIN;
    for (const s of SCRIPT) {
      if (s.kind === 'oco') {
        const placed = await ctx.backtests.placeOco(account, id, {
          symbol: 'BTCUSDT',
          side: s.side,
          quantity: s.quantity,
          take_profit: s.takeProfit,
          stop_loss: s.stopLoss,
        });
        names.set(`group:${placed.group_id}`, s.at);
        continue;
      }
      const b = s.body;
      const placed = await ctx.backtests
        .placeOrder(account, id, {
          symbol: 'BTCUSDT',
          side: b.side,
          type: b.type,
          quantity: b.quantity,
          ...(b.price !== undefined ? { price: b.price } : {}),
          ...(b.triggerPrice !== undefined ? { trigger_price: b.triggerPrice } : {}),
          ...(b.timeInForce ? { time_in_force: b.timeInForce } : {}),
          ...(b.expireInMs !== undefined ? { expire_at: new Date(virtualStart + b.expireInMs).toISOString() } : {}),
          ...(b.postOnly ? { post_only: true } : {}),
          ...(b.trailPercent !== undefined ? { trail_percent: b.trailPercent } : {}),
          ...(b.trailAmount !== undefined ? { trail_amount: b.trailAmount } : {}),
          ...(b.activationPrice !== undefined ? { activation_price: b.activationPrice } : {}),
          ...(b.takeProfit ? { take_profit: b.takeProfit } : {}),
          ...(b.stopLoss ? { stop_loss: b.stopLoss } : {}),
        })
        .catch((err: unknown) => err);
      if (placed instanceof Error) names.set(`rejected:${s.at}`, (placed as { details?: { reason?: string } }).details?.reason ?? 'error');
      else names.set((placed as { order_id: string }).order_id, s.at);
    }
    for (let i = 1; i < CLOSES.length; i++) await ctx.backtests.step(account, id, { steps: 1, fast: false });
    const rows = await ctx.db
      .selectFrom('backtest_orders')
      .selectAll()
      .where('session_id', '=', id)
      .orderBy('created_ms')
      .orderBy('id')
      .execute();
    const trades = await ctx.db
      .selectFrom('backtest_trades')
      .selectAll()
      .where('session_id', '=', id)
      .orderBy('executed_ms')
      .orderBy('id')
      .execute();
    const balances = (await ctx.backtests.balance(account, id)).balances;
    return {
      statuses: [
        ...[...names].filter(([k]) => k.startsWith('rejected:')).map(([k, v]) => `${k.slice(9)}: rejected ${v}`),
        ...rows.map((o) => `${roleOf(o, names)}: ${o.status} ${o.cancel_reason ?? ''}`.trim()),
      ].sort(),
      fills: trades.map((t) => `${t.type} ${t.side} ${t.quantity} @ ${t.price} fee ${t.fee} pnl ${t.realized_pnl}`),
      balances: balances
        .filter((b) => parseAmount(b.available) + parseAmount(b.locked) !== 0n || b.asset === 'USDT')
        .map((b) => `${b.asset} ${formatAmount(parseAmount(b.available) + parseAmount(b.locked))} locked ${b.locked}`)
        .sort(),
    };
  } finally {
    await app.stop();
  }
}

describe('advanced orders live and in a backtest', () => {
  it('give the same fills and end in the same states', async () => {
    const live = await runLive();
    const backtest = await runBacktest();
    // The script exercises every kind: the comparison must not pass on two empty runs.
    expect(live.fills.length).toBeGreaterThanOrEqual(5);
    for (const kind of ['market', 'take_profit', 'trailing_stop', 'limit'])
      expect(live.fills.some((f) => f.startsWith(`${kind} `))).toBe(true);
    expect(live.statuses).toEqual(
      expect.arrayContaining([
        'gtd: expired expired',
        'ioc: expired expired',
        'post-only-taker: rejected would_take',
        'post-only: filled',
        'take-profit: filled',
      ]),
    );
    // Only the designed rejection: a request either run refused for another reason would hide a kind.
    expect([...live.statuses, ...backtest.statuses].filter((x) => x.includes('rejected') && !x.startsWith('post-only-taker:'))).toEqual([]);
    expect(backtest.fills).toEqual(live.fills);
    expect(backtest.statuses).toEqual(live.statuses);
    expect(backtest.balances).toEqual(live.balances.filter((b) => !b.startsWith('BTC 0.00000000 ')).sort());
  });
});
