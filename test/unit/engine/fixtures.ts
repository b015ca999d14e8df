// Builders for engine inputs: a BTCUSDT pair with Binance-like filters, an agent with 10,000 USDT
// and a market deep enough that a small market order gets the minimum slippage (0.01 %).
import { parseAmount, type Amount } from '../../../src/money.js';
import { DEFAULT_RISK_PROFILE, type RiskProfile } from '../../../src/domain/risk-profile.js';
import type {
  AgentSnapshot,
  OcoIntent,
  OrderIntent,
  PairRules,
  PlaceOcoInput,
  PlaceOrderInput,
  Position,
  WalletBalance,
} from '../../../src/engine/index.js';

export const a = (text: string): Amount => parseAmount(text);

/** 2026-03-01T12:00:00Z */
export const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);

export const BTCUSDT: PairRules = {
  symbol: 'BTCUSDT',
  baseAsset: 'BTC',
  quoteAsset: 'USDT',
  status: 'active',
  tickSize: a('0.01'),
  stepSize: a('0.00001'),
  minQty: a('0.00001'),
  maxQty: a('9000'),
  minNotional: a('5'),
};

export const ETHUSDT: PairRules = {
  symbol: 'ETHUSDT',
  baseAsset: 'ETH',
  quoteAsset: 'USDT',
  status: 'active',
  tickSize: a('0.01'),
  stepSize: a('0.0001'),
  minQty: a('0.0001'),
  maxQty: a('9000'),
  minNotional: a('5'),
};

/** Limits that never get in the way, for tests about something else. */
export const LOOSE_RISK: RiskProfile = {
  max_position_size_pct: 100,
  daily_loss_limit_pct: 100,
  max_open_orders: 1000,
  max_order_size_pct: 100,
  min_order_size_usd: a('1'),
  order_rate_limit: 1_000_000,
};

export { DEFAULT_RISK_PROFILE };

/** 1e9 USDT of 24 h volume: a 600 USDT order is far below 0.01 % participation. */
export const DEEP_VOLUME = a('1000000000');

export function usdt(available: string, locked = '0'): WalletBalance {
  return { asset: 'USDT', available: a(available), locked: a(locked) };
}

export function btc(available: string, locked = '0'): WalletBalance {
  return { asset: 'BTC', available: a(available), locked: a(locked) };
}

export function position(quantity: string, cost: string, realizedPnl = '0', symbol = 'BTCUSDT', openFees = '0'): Position {
  return { symbol, quantity: a(quantity), cost: a(cost), realizedPnl: a(realizedPnl), openFees: a(openFees) };
}

export function agentState(overrides: Partial<AgentSnapshot> = {}): AgentSnapshot {
  return {
    agentId: 'agent-1',
    startingBalance: a('10000'),
    balances: [usdt('10000')],
    position: undefined,
    netRealizedPnlToday: 0n,
    openOrderCount: 0,
    ordersLastMinute: 0,
    ...overrides,
  };
}

export interface InputOptions {
  agent?: Partial<AgentSnapshot>;
  pair?: PairRules | undefined;
  price?: Amount | undefined;
  quoteVolume24h?: Amount | undefined;
  /** Other symbols' prices for equity. */
  prices?: Record<string, Amount>;
  risk?: Partial<RiskProfile>;
  now?: number;
}

/** A placeOrder input at BTCUSDT = 60000 with the given order and options. */
export function placeInput(order: OrderIntent, options: InputOptions = {}): PlaceOrderInput {
  const price = 'price' in options ? options.price : a('60000');
  const prices = options.prices ?? {};
  return {
    agent: agentState(options.agent),
    pair: 'pair' in options ? options.pair : BTCUSDT,
    market: {
      price,
      quoteVolume24h: 'quoteVolume24h' in options ? options.quoteVolume24h : DEEP_VOLUME,
      prices: { lastPrice: (symbol) => (symbol === 'BTCUSDT' ? price : prices[symbol]) },
    },
    risk: { ...LOOSE_RISK, ...options.risk },
    order,
    now: options.now ?? NOW,
    orderId: 'order-1',
    fillId: 'fill-1',
  };
}

export const market = (side: 'buy' | 'sell', quantity: string, symbol = 'BTCUSDT'): OrderIntent => ({
  symbol,
  side,
  type: 'market',
  quantity: a(quantity),
});

export const resting = (
  type: 'limit' | 'stop_loss' | 'take_profit',
  side: 'buy' | 'sell',
  quantity: string,
  price: string,
  symbol = 'BTCUSDT',
): OrderIntent => ({ symbol, side, type, quantity: a(quantity), price: a(price) });

/** Ids `id-1`, `id-2`, … in the order the engine asks for them (group before legs, legs before fills). */
export function idSequence(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A trailing stop intent: `amount` or `percent` (exactly one), optional activation price. */
export const trailing = (
  side: 'buy' | 'sell',
  quantity: string,
  trail: { amount?: string; percent?: string; activation?: string },
  symbol = 'BTCUSDT',
): OrderIntent => ({
  symbol,
  side,
  type: 'trailing_stop',
  quantity: a(quantity),
  trail: {
    amount: trail.amount === undefined ? null : a(trail.amount),
    percent: trail.percent === undefined ? null : a(trail.percent),
    activationPrice: trail.activation === undefined ? null : a(trail.activation),
  },
});

/** A placeOco input at BTCUSDT = 60000 (same options as `placeInput`), ids from `idSequence()`. */
export function ocoInput(oco: OcoIntent, options: InputOptions = {}): PlaceOcoInput {
  const { order: _order, orderId: _id, fillId: _fill, nextId: _next, ...rest } = placeInput(market('buy', '1'), options);
  return { ...rest, oco, nextId: idSequence() };
}
