// The vocabulary of the trading core. Everything is plain data: the caller loads it, the engine
// returns what changes, the caller persists it. Money, prices and quantities are exact `Amount`s;
// times are Unix milliseconds supplied by the caller.
import type { PairInfo } from '../market/types.js';
import type { Amount } from '../money.js';
import type { PriceLookup } from '../domain/valuation.js';
import type { RiskProfile } from '../domain/risk-profile.js';
import type { ErrorCode } from '../errors.js';

export type Side = 'buy' | 'sell';
export type OrderType = 'market' | 'limit' | 'stop_loss' | 'take_profit';
/** The order types that can wait for the market: everything but `market`. */
export type RestingType = Exclude<OrderType, 'market'>;
/**
 * Why an order stopped resting without a fill: the owner cancelled it, it expired, the account was
 * reset, a triggered buy could not pay for a fill that gapped past its lock, or a battle's fresh
 * wallet replaced (or gave back) the agent's own wallet, or eliminated the agent.
 */
export type CancelReason = 'user' | 'expired' | 'reset' | 'insufficient_balance' | 'battle';

/**
 * A pair's exchange rules: the market's pair metadata. For the engine a zero tick size, step size
 * or maximum quantity means "no such rule".
 */
export type PairRules = PairInfo;

export interface WalletBalance {
  asset: string;
  available: Amount;
  locked: Amount;
}

/** A change to one asset's balance: deltas, added to `available` and `locked`. */
export interface BalanceChange {
  asset: string;
  available: Amount;
  locked: Amount;
}

/**
 * A long-only position of one agent in one symbol. `cost` is the cost basis of the quantity held
 * (gross, fees excluded); `avgEntryPrice()` derives the average from it. A closed position keeps
 * its `realizedPnl` (gross of fees; fees are tracked on the fills). `openFees` are the fees of the
 * buys that built the quantity held, not yet charged to a closing trade (see `applyFill`).
 */
export interface Position {
  symbol: string;
  quantity: Amount;
  cost: Amount;
  realizedPnl: Amount;
  openFees: Amount;
}

/** What the agent asks for. The limit or trigger price is `price`, absent only on market orders. */
export type OrderIntent =
  | { symbol: string; side: Side; type: 'market'; quantity: Amount }
  | { symbol: string; side: Side; type: RestingType; quantity: Amount; price: Amount };

/** What every order has, whatever its state. */
export interface OrderCore {
  id: string;
  agentId: string;
  symbol: string;
  baseAsset: string;
  quoteAsset: string;
  side: Side;
  quantity: Amount;
  createdAt: number;
}

/**
 * A pending order. It carries its own lock (asset and amount), so release is exact and never
 * recomputed from a formula.
 */
export interface RestingOrder extends OrderCore {
  type: RestingType;
  /** Limit price (`limit`) or trigger price (`stop_loss`, `take_profit`). */
  price: Amount;
  /** The quote asset for buys, the base asset for sells. */
  lockedAsset: string;
  lockedAmount: Amount;
}

/** An order in a final state. It holds no lock any more. */
export interface ClosedOrder extends OrderCore {
  type: OrderType;
  price: Amount | null;
  status: 'filled' | 'cancelled' | 'expired';
  closedAt: number;
  cancelReason: CancelReason | null;
}

/** One execution. Orders fill whole, so a filled order has exactly one. */
export interface Fill {
  id: string;
  orderId: string;
  agentId: string;
  symbol: string;
  side: Side;
  quantity: Amount;
  /** Execution price (after slippage for market and triggered orders). */
  price: Amount;
  /** The market price the execution was based on. */
  referencePrice: Amount;
  /** Slippage in percent (0.01 % is `parseAmount('0.01')`); 0 for limit fills. */
  slippagePct: Amount;
  /** quantity × price, fee excluded. */
  gross: Amount;
  /** In the quote asset (USDT). */
  fee: Amount;
  /** Sells: proceeds (gross) − cost basis released; buys: 0. Fees are not in it. */
  realizedPnl: Amount;
  /** Sells: realizedPnl − fee − the opening fees released with the quantity sold; buys: 0. */
  netPnl: Amount;
  executedAt: number;
}

/** The codes a new order can be rejected with. `INVALID_PRICE` is not yet in the spec's enum. */
export type RejectionCode =
  | Extract<
      ErrorCode,
      | 'INVALID_SYMBOL'
      | 'PRICE_NOT_AVAILABLE'
      | 'INVALID_QUANTITY'
      | 'ORDER_REJECTED'
      | 'INSUFFICIENT_BALANCE'
      | 'POSITION_LIMIT_EXCEEDED'
      | 'DAILY_LOSS_LIMIT'
    >
  | 'INVALID_PRICE';

export interface Rejection {
  kind: 'rejected';
  code: RejectionCode;
  message: string;
  /** Always has `reason`; amounts are 8-decimal strings, limits and counts numbers. */
  details: { reason: string } & Record<string, string | number>;
}

export interface FilledResult {
  kind: 'filled';
  order: ClosedOrder;
  fill: Fill;
  balanceChanges: BalanceChange[];
  /** The position of the order's symbol after the fill. */
  position: Position;
}

export interface RestingResult {
  kind: 'resting';
  order: RestingOrder;
  balanceChanges: BalanceChange[];
}

export interface CancelledResult {
  kind: 'cancelled';
  order: ClosedOrder;
  /** The whole lock the order held, now available again. */
  released: { asset: string; amount: Amount };
  balanceChanges: BalanceChange[];
}

export type PlaceOrderResult = Rejection | FilledResult | RestingResult;
export type FillRestingResult = FilledResult | CancelledResult;

/** What the engine needs to know about the market of the order's symbol. */
export interface MarketSnapshot {
  /** Last price of the symbol; undefined when the feed has none yet. */
  price: Amount | undefined;
  /** Rolling-24h quote volume of the symbol; undefined when unknown. */
  quoteVolume24h: Amount | undefined;
  /** Last prices of all symbols, to value the agent's holdings (equity). */
  prices: PriceLookup;
}

/** The agent's state as of the start of the transaction that places the order. */
export interface AgentSnapshot {
  agentId: string;
  startingBalance: Amount;
  /** All balances of the agent (missing assets count as zero). */
  balances: readonly WalletBalance[];
  /** The agent's position in the order's symbol, if it has one. */
  position: Position | undefined;
  /** Realized PnL − fees of fills since the later of 00:00 UTC today and the session's start. */
  netRealizedPnlToday: Amount;
  /** Pending orders of the agent, all symbols. */
  openOrderCount: number;
  /** Orders of the agent accepted in the last 60 s. */
  ordersLastMinute: number;
}

export interface PlaceOrderInput {
  agent: AgentSnapshot;
  /** The pair of `order.symbol`; undefined when it does not exist. */
  pair: PairRules | undefined;
  market: MarketSnapshot;
  risk: RiskProfile;
  order: OrderIntent;
  now: number;
  /** Id for the order, made by the caller. */
  orderId: string;
  /** Id for the fill, used only if the order fills at once. */
  fillId: string;
}

export interface FillRestingInput {
  order: RestingOrder;
  /** The tick price that crossed the order. */
  price: Amount;
  /** Rolling-24h quote volume of the symbol (slippage of triggered stop/take-profit fills). */
  quoteVolume24h: Amount | undefined;
  balances: readonly WalletBalance[];
  position: Position | undefined;
  now: number;
  fillId: string;
}
