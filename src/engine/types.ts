// The vocabulary of the trading core. Everything is plain data: the caller loads it, the engine
// returns what changes, the caller persists it. Money, prices and quantities are exact `Amount`s;
// times are Unix milliseconds supplied by the caller.
import type { PairInfo } from '../market/types.js';
import type { Amount } from '../money.js';
import type { PriceLookup } from '../domain/valuation.js';
import type { RiskProfile } from '../domain/risk-profile.js';
import type { ErrorCode } from '../errors.js';

export type Side = 'buy' | 'sell';
export type OrderType = 'market' | 'limit' | 'stop_loss' | 'take_profit' | 'trailing_stop';
/** The order types that can wait for the market: everything but `market`. */
export type RestingType = Exclude<OrderType, 'market'>;
/**
 * Why an order stopped resting without a fill: the owner cancelled it, it expired, the account was
 * reset, a triggered buy could not pay for a fill that gapped past its lock, or a battle's fresh
 * wallet replaced (or gave back) the agent's own wallet, or eliminated the agent.
 */
export type CancelReason = 'user' | 'expired' | 'reset' | 'insufficient_balance' | 'battle' | 'oco';

/**
 * How long an order may wait. `GTC` rests until filled, cancelled or the pending TTL; `IOC` and
 * `FOK` (limits only; orders fill whole, so they are the same) fill at once or expire unfilled;
 * `GTD` rests until `expireAt`.
 */
export type TimeInForce = 'GTC' | 'IOC' | 'FOK' | 'GTD';

/**
 * A trailing stop's distance: exactly one of `percent` (5 % is `parseAmount('5')`) or `amount`
 * (quote units), and the price that activates it (null: active from placement).
 */
export interface TrailSpec {
  percent: Amount | null;
  amount: Amount | null;
  activationPrice: Amount | null;
}

/** A trailing stop's spec plus the best price since activation (the high for a sell, the low for a buy); null until active. */
export interface TrailState extends TrailSpec {
  best: Amount | null;
}

/** One leg of an OCO group or a bracket: the profit side (take_profit / limit) or the stop side (stop_loss / trailing_stop). */
export type LegSpec = { type: 'take_profit' | 'limit' | 'stop_loss'; price: Amount } | { type: 'trailing_stop'; trail: TrailSpec };

/** The legs a bracket entry places when it fills (at least one is set). Legs sell the entry's quantity. */
export interface BracketSpec {
  takeProfit: LegSpec | null;
  stopLoss: LegSpec | null;
}

/** The options every order carries; `DEFAULT_OPTIONS` for a plain order. */
export interface OrderOptions {
  timeInForce: TimeInForce;
  /** Unix ms; set only with GTD. */
  expireAt: number | null;
  postOnly: boolean;
}

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

/**
 * What the agent asks for. The limit or trigger price is `price`, absent on market orders and
 * trailing stops (which carry `trail`). `options` default to GTC, not post-only; `bracket` only on
 * buy market/limit entries.
 */
export type OrderIntent = (
  | { symbol: string; side: Side; type: 'market'; quantity: Amount }
  | { symbol: string; side: Side; type: 'limit' | 'stop_loss' | 'take_profit'; quantity: Amount; price: Amount }
  | { symbol: string; side: Side; type: 'trailing_stop'; quantity: Amount; trail: TrailSpec }
) & { options?: OrderOptions; bracket?: BracketSpec | null };

/** Two legs on the same quantity and side, one group: when one fills the other is cancelled. */
export interface OcoIntent {
  symbol: string;
  side: Side;
  quantity: Amount;
  /** The profit leg: `take_profit` or `limit`. */
  takeProfit: LegSpec;
  /** The stop leg: `stop_loss` or `trailing_stop`. */
  stopLoss: LegSpec;
  /** GTC or GTD (`expireAt` set). */
  options?: OrderOptions;
}

/** What every order has, whatever its state. */
export interface OrderCore extends OrderAttributes {
  id: string;
  agentId: string;
  symbol: string;
  baseAsset: string;
  quoteAsset: string;
  side: Side;
  quantity: Amount;
  createdAt: number;
}

/** What an order carries besides its identity: its options, its group or parent, its trail, its bracket. */
export interface OrderAttributes {
  timeInForce: TimeInForce;
  /** Unix ms (GTD); null otherwise. */
  expireAt: number | null;
  postOnly: boolean;
  /** The OCO group the order is a leg of; null for a lone order. */
  groupId: string | null;
  /** The bracket entry that placed this leg; null otherwise. */
  parentOrderId: string | null;
  /** Trailing stops only: spec and best price since activation (as of this object). */
  trail: TrailState | null;
  /** A bracket entry's legs, placed when it fills; null otherwise. */
  bracket: BracketSpec | null;
}

/**
 * A pending order. It carries its own lock (asset and amount), so release is exact and never
 * recomputed from a formula.
 */
export interface RestingOrder extends OrderCore {
  type: RestingType;
  /**
   * Limit price (`limit`) or trigger price (`stop_loss`, `take_profit`). A trailing stop: its
   * current trigger, or before activation the trigger it would start from at the activation price.
   */
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
  /** The position of the order's symbol after the fill (and after every linked fill). */
  position: Position;
  /**
   * Other orders this transaction changed, in order: a bracket's legs placed (or one filled at once
   * and its sibling closed), an OCO sibling cancelled. Their balance changes are in `balanceChanges`.
   */
  linked: LinkedResult[];
}

export interface RestingResult {
  kind: 'resting';
  order: RestingOrder;
  balanceChanges: BalanceChange[];
}

export interface CancelledResult {
  kind: 'cancelled';
  order: ClosedOrder;
  /** The whole lock the order (and its closed OCO siblings) held, now available again. */
  released: { asset: string; amount: Amount };
  balanceChanges: BalanceChange[];
  /** OCO siblings closed with it. */
  linked: LinkedResult[];
}

/** An order a transaction changed besides its main one. */
export type LinkedResult =
  { kind: 'resting'; order: RestingOrder } | { kind: 'filled'; order: ClosedOrder; fill: Fill } | { kind: 'cancelled'; order: ClosedOrder };

/** `cancelled` at placement: an IOC/FOK limit that could not fill now (status `expired`). */
export type PlaceOrderResult = Rejection | FilledResult | RestingResult | CancelledResult;

export interface OcoResult {
  kind: 'oco';
  groupId: string;
  /** The profit leg (holding the group's lock), then the stop leg. */
  orders: [RestingOrder, RestingOrder];
  balanceChanges: BalanceChange[];
}

export type PlaceOcoResult = Rejection | OcoResult;
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
  /** More ids (bracket legs, their group and fills); required when the order has a bracket. */
  nextId?: () => string;
}

export interface PlaceOcoInput {
  agent: AgentSnapshot;
  pair: PairRules | undefined;
  market: MarketSnapshot;
  risk: RiskProfile;
  oco: OcoIntent;
  now: number;
  /** Ids for the group and the two legs. */
  nextId: () => string;
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
  /** The order's OCO siblings still pending (required when `order.groupId` is set). */
  siblings?: readonly RestingOrder[];
  /** More ids: a bracket entry's legs, their group and fills (required when the order has a bracket). */
  nextId?: () => string;
}
