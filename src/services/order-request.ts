// Reading order requests into the engine's intents, and the columns every stored order (live and
// backtest) keeps for the advanced options: time in force, post-only, OCO group, bracket parent,
// trail and bracket legs. One reader for live, backtest and battle orders, so the same body means
// the same order everywhere.
import { createHash } from 'node:crypto';
import type {
  BracketSpec,
  OrderAttributes,
  LegSpec,
  OcoIntent,
  OrderIntent,
  OrderOptions,
  Side,
  TimeInForce,
  TrailSpec,
  TrailState,
} from '../engine/index.js';
import { isoTime } from '../clock.js';
import type { AdvancedOrderColumns } from '../db/schema.js';
import { validationError } from '../errors.js';
import { formatAmount, formatOptionalAmount, parseAmount, type Amount } from '../money.js';
import { parseDecimalInput } from './input.js';

type Decimal = string | number;

/** A bracket's profit leg as sent. */
export interface TakeProfitLegInput {
  type?: 'take_profit' | 'limit';
  price: Decimal;
}

/** A bracket's or OCO's stop leg as sent. */
export interface StopLossLegInput {
  type?: 'stop_loss' | 'trailing_stop';
  trigger_price?: Decimal;
  trail_percent?: Decimal;
  trail_amount?: Decimal;
  activation_price?: Decimal;
}

export interface OrderRequest {
  symbol: string;
  side: 'buy' | 'sell';
  type: 'market' | 'limit' | 'stop_loss' | 'take_profit' | 'trailing_stop';
  quantity: Decimal;
  price?: Decimal;
  triggerPrice?: Decimal;
  clientOrderId?: string;
  timeInForce?: TimeInForce;
  /** RFC 3339 date-time (GTD). */
  expireAt?: string;
  postOnly?: boolean;
  trailPercent?: Decimal;
  trailAmount?: Decimal;
  activationPrice?: Decimal;
  takeProfit?: TakeProfitLegInput;
  stopLoss?: StopLossLegInput;
}

export interface OcoRequest {
  symbol: string;
  side: 'buy' | 'sell';
  quantity: Decimal;
  takeProfit: TakeProfitLegInput;
  stopLoss: StopLossLegInput;
  timeInForce?: 'GTC' | 'GTD';
  expireAt?: string;
}

/** The advanced fields of an order body (OrderRequest, BacktestOrderRequest, BattleOrderRequest). */
export interface AdvancedOrderFields {
  time_in_force?: TimeInForce;
  /** RFC 3339; GTD only. */
  expire_at?: string;
  post_only?: boolean;
  trail_percent?: Decimal;
  trail_amount?: Decimal;
  activation_price?: Decimal;
  /** Bracket legs (buy market/limit entries). */
  take_profit?: TakeProfitLegInput;
  stop_loss?: StopLossLegInput;
}

/** An order body as the API sends it (live, backtest and battle orders share these fields). */
export interface OrderBody extends AdvancedOrderFields {
  symbol: string;
  side: 'buy' | 'sell';
  quantity: Decimal;
  price?: Decimal;
  trigger_price?: Decimal;
  client_order_id?: string;
}

/** The request a wire body asks for; `type` is the body's (its name differs between routes). */
export function orderRequestOf(body: OrderBody, type: OrderRequest['type']): OrderRequest {
  return {
    symbol: body.symbol,
    side: body.side,
    type,
    quantity: body.quantity,
    price: body.price,
    triggerPrice: body.trigger_price,
    clientOrderId: body.client_order_id,
    timeInForce: body.time_in_force,
    expireAt: body.expire_at,
    postOnly: body.post_only,
    trailPercent: body.trail_percent,
    trailAmount: body.trail_amount,
    activationPrice: body.activation_price,
    takeProfit: body.take_profit,
    stopLoss: body.stop_loss,
  };
}

/** An OCO body as the API sends it. */
export interface OcoBody {
  symbol: string;
  side: 'buy' | 'sell';
  quantity: Decimal;
  take_profit: TakeProfitLegInput;
  stop_loss: StopLossLegInput;
  time_in_force?: 'GTC' | 'GTD';
  expire_at?: string;
}

export function ocoRequestOf(body: OcoBody): OcoRequest {
  return {
    symbol: body.symbol,
    side: body.side,
    quantity: body.quantity,
    takeProfit: body.take_profit,
    stopLoss: body.stop_loss,
    timeInForce: body.time_in_force,
    expireAt: body.expire_at,
  };
}

const HUNDRED = parseAmount('100');

function issue(field: string, message: string): never {
  throw validationError([{ field, message }]);
}

function forbid(present: boolean, field: string, message: string): void {
  if (present) issue(field, message);
}

/** `trail_percent` xor `trail_amount`, optional activation price; `prefix` names the fields in errors. */
function trailOf(input: { trail_percent?: Decimal; trail_amount?: Decimal; activation_price?: Decimal }, prefix: string): TrailSpec {
  const { trail_percent: pct, trail_amount: amount, activation_price: activation } = input;
  if ((pct === undefined) === (amount === undefined)) {
    issue(`${prefix}.trail_percent`, 'a trailing stop needs exactly one of trail_percent and trail_amount');
  }
  const percent = pct === undefined ? null : parseDecimalInput(pct, `${prefix}.trail_percent`);
  if (percent !== null && (percent <= 0n || percent >= HUNDRED))
    issue(`${prefix}.trail_percent`, 'must be greater than 0 and less than 100');
  const trailAmount = amount === undefined ? null : parseDecimalInput(amount, `${prefix}.trail_amount`);
  if (trailAmount !== null && trailAmount <= 0n) issue(`${prefix}.trail_amount`, 'must be greater than 0');
  return {
    percent,
    amount: trailAmount,
    activationPrice: activation === undefined ? null : parseDecimalInput(activation, `${prefix}.activation_price`),
  };
}

function takeProfitLeg(input: TakeProfitLegInput, prefix: string): LegSpec {
  return { type: input.type ?? 'take_profit', price: parseDecimalInput(input.price, `${prefix}.price`) };
}

function stopLossLeg(input: StopLossLegInput, prefix: string): LegSpec {
  const type = input.type ?? 'stop_loss';
  const hasTrail = input.trail_percent !== undefined || input.trail_amount !== undefined || input.activation_price !== undefined;
  if (type === 'trailing_stop') {
    forbid(input.trigger_price !== undefined, `${prefix}.trigger_price`, 'must not be sent with a trailing_stop leg');
    return { type, trail: trailOf(input, prefix) };
  }
  forbid(hasTrail, `${prefix}.trail_percent`, 'trail fields are only for a trailing_stop leg');
  if (input.trigger_price === undefined) issue(`${prefix}.trigger_price`, 'is required for a stop_loss leg');
  return { type, price: parseDecimalInput(input.trigger_price, `${prefix}.trigger_price`) };
}

function optionsOf(type: OrderRequest['type'], req: Pick<OrderRequest, 'timeInForce' | 'expireAt' | 'postOnly'>): OrderOptions {
  const timeInForce = req.timeInForce ?? 'GTC';
  // A market order fills at once whatever GTC/IOC/FOK says; only a date it would rest until is wrong.
  if (timeInForce === 'GTD' && type === 'market') issue('body.time_in_force', 'GTD does not apply to a market order: it never rests');
  if ((timeInForce === 'IOC' || timeInForce === 'FOK') && type !== 'limit' && type !== 'market') {
    issue('body.time_in_force', `${timeInForce} applies to limit orders only`);
  }
  if (req.postOnly === true && type !== 'limit') issue('body.post_only', 'applies to limit orders only');
  if (req.postOnly === true && (timeInForce === 'IOC' || timeInForce === 'FOK')) {
    issue('body.post_only', `cannot be combined with ${timeInForce}: a post-only order must be able to rest`);
  }
  let expireAt: number | null = null;
  if (timeInForce === 'GTD') {
    if (req.expireAt === undefined) issue('body.expire_at', 'is required with time_in_force GTD');
    expireAt = Date.parse(req.expireAt);
    if (!Number.isFinite(expireAt)) issue('body.expire_at', 'must be an RFC 3339 date-time');
  } else if (req.expireAt !== undefined) {
    issue('body.expire_at', 'is only allowed with time_in_force GTD');
  }
  return { timeInForce, expireAt, postOnly: req.postOnly === true };
}

/**
 * Checks a GTD order's `expire_at` against the clock at placement: later than `now` and, live, at
 * most `maxAheadMs` ahead (the pending-order TTL would expire it first). 422 otherwise.
 */
export function checkExpiry(options: OrderOptions | undefined, now: number, maxAheadMs: number | null): void {
  const at = options?.expireAt ?? null;
  if (at === null) return;
  if (at <= now) issue('body.expire_at', `must be later than now (${new Date(now).toISOString()})`);
  if (maxAheadMs !== null && at > now + maxAheadMs) {
    issue('body.expire_at', `must be at most ${maxAheadMs / 86_400_000} days ahead (${new Date(now + maxAheadMs).toISOString()})`);
  }
}

/** What an order request asks for, with its amounts parsed (live, backtest and battle orders alike). */
export function orderIntentOf(req: OrderRequest): OrderIntent {
  const symbol = req.symbol.trim().toUpperCase();
  const quantity = parseDecimalInput(req.quantity, 'body.quantity');
  const options = optionsOf(req.type, req);
  const hasTrail = req.trailPercent !== undefined || req.trailAmount !== undefined || req.activationPrice !== undefined;
  if (req.type !== 'trailing_stop') forbid(hasTrail, 'body.trail_percent', 'trail fields are only for trailing_stop orders');
  const hasBracket = req.takeProfit !== undefined || req.stopLoss !== undefined;
  if (hasBracket) {
    if (req.type !== 'market' && req.type !== 'limit') issue('body.take_profit', 'a bracket needs a market or limit entry');
    if (req.side !== 'buy') issue('body.take_profit', 'a bracket protects a long: its entry must be a buy');
  }
  const bracket: BracketSpec | null = hasBracket
    ? {
        takeProfit: req.takeProfit ? takeProfitLeg(req.takeProfit, 'body.take_profit') : null,
        stopLoss: req.stopLoss ? stopLossLeg(req.stopLoss, 'body.stop_loss') : null,
      }
    : null;
  const extra = { options, ...(bracket ? { bracket } : {}) };
  if (req.type === 'market') {
    if (req.price !== undefined || req.triggerPrice !== undefined) {
      issue(req.price !== undefined ? 'body.price' : 'body.trigger_price', 'must not be sent with a market order');
    }
    return { symbol, side: req.side, type: 'market', quantity, ...extra };
  }
  if (req.type === 'trailing_stop') {
    if (req.price !== undefined || req.triggerPrice !== undefined) {
      issue(
        req.price !== undefined ? 'body.price' : 'body.trigger_price',
        'must not be sent with a trailing_stop order: its trigger follows the price',
      );
    }
    const trail = trailOf(
      { trail_percent: req.trailPercent, trail_amount: req.trailAmount, activation_price: req.activationPrice },
      'body',
    );
    return { symbol, side: req.side, type: 'trailing_stop', quantity, trail, ...extra };
  }
  if (req.type === 'limit') {
    if (req.price === undefined) issue('body.price', 'is required for a limit order');
    forbid(req.triggerPrice !== undefined, 'body.trigger_price', 'must not be sent with a limit order');
    return { symbol, side: req.side, type: 'limit', quantity, price: parseDecimalInput(req.price, 'body.price'), ...extra };
  }
  // stop_loss / take_profit: `trigger_price` as documented, `price` accepted as an alias.
  const trigger = req.triggerPrice ?? req.price;
  if (trigger === undefined) issue('body.trigger_price', `is required for a ${req.type} order`);
  if (
    req.triggerPrice !== undefined &&
    req.price !== undefined &&
    parseDecimalInput(req.price, 'body.price') !== parseDecimalInput(req.triggerPrice, 'body.trigger_price')
  ) {
    issue('body.price', 'differs from trigger_price; send only trigger_price');
  }
  return { symbol, side: req.side, type: req.type, quantity, price: parseDecimalInput(trigger, 'body.trigger_price'), ...extra };
}

/** An OCO request's two legs, parsed. */
export function ocoIntentOf(req: OcoRequest): OcoIntent {
  const options = optionsOf('limit', req);
  return {
    symbol: req.symbol.trim().toUpperCase(),
    side: req.side,
    quantity: parseDecimalInput(req.quantity, 'body.quantity'),
    takeProfit: takeProfitLeg(req.takeProfit, 'body.take_profit'),
    stopLoss: stopLossLeg(req.stopLoss, 'body.stop_loss'),
    options,
  };
}

// --- the stored form of the advanced options (the same columns on `orders` and `backtest_orders`) ---

/** The advanced columns of a stored order. */
export type AdvancedColumns = AdvancedOrderColumns;

const back = (value: string | null): Amount | null => (value === null ? null : parseAmount(value));

interface LegJson {
  type: LegSpec['type'];
  price?: string;
  trail_percent?: string | null;
  trail_amount?: string | null;
  activation_price?: string | null;
}

function legJson(leg: LegSpec | null): LegJson | null {
  if (!leg) return null;
  return leg.type === 'trailing_stop'
    ? {
        type: leg.type,
        trail_percent: formatOptionalAmount(leg.trail.percent),
        trail_amount: formatOptionalAmount(leg.trail.amount),
        activation_price: formatOptionalAmount(leg.trail.activationPrice),
      }
    : { type: leg.type, price: formatAmount(leg.price) };
}

function legOf(json: LegJson | null): LegSpec | null {
  if (!json) return null;
  if (json.type === 'trailing_stop') {
    return {
      type: 'trailing_stop',
      trail: {
        percent: back(json.trail_percent ?? null),
        amount: back(json.trail_amount ?? null),
        activationPrice: back(json.activation_price ?? null),
      },
    };
  }
  return { type: json.type, price: parseAmount(json.price!) };
}

export function advancedColumns(order: OrderAttributes): AdvancedColumns {
  const { trail, bracket } = order;
  return {
    time_in_force: order.timeInForce,
    expire_ms: order.expireAt,
    post_only: order.postOnly ? 1 : 0,
    group_id: order.groupId,
    parent_order_id: order.parentOrderId,
    trail_percent: formatOptionalAmount(trail?.percent ?? null),
    trail_amount: formatOptionalAmount(trail?.amount ?? null),
    activation_price: formatOptionalAmount(trail?.activationPrice ?? null),
    trail_best: formatOptionalAmount(trail?.best ?? null),
    bracket: bracket ? JSON.stringify({ take_profit: legJson(bracket.takeProfit), stop_loss: legJson(bracket.stopLoss) }) : null,
  };
}

/** The engine's view of the advanced columns. */
export function advancedOf(row: AdvancedColumns): OrderAttributes {
  const trail: TrailState | null =
    row.trail_percent === null && row.trail_amount === null
      ? null
      : {
          percent: back(row.trail_percent),
          amount: back(row.trail_amount),
          activationPrice: back(row.activation_price),
          best: back(row.trail_best),
        };
  const bracketJson = row.bracket === null ? null : (JSON.parse(row.bracket) as { take_profit: LegJson | null; stop_loss: LegJson | null });
  return {
    timeInForce: row.time_in_force,
    expireAt: row.expire_ms === null ? null : Number(row.expire_ms),
    postOnly: Number(row.post_only) === 1,
    groupId: row.group_id,
    parentOrderId: row.parent_order_id,
    trail,
    bracket: bracketJson ? { takeProfit: legOf(bracketJson.take_profit), stopLoss: legOf(bracketJson.stop_loss) } : null,
  };
}

/** A bracket's legs as the API shows them on the entry (Order.bracket): every leg field present, null when unused. */
export interface BracketView {
  take_profit: { type: 'take_profit' | 'limit'; price: string } | null;
  stop_loss: {
    type: 'stop_loss' | 'trailing_stop';
    trigger_price: string | null;
    trail_percent: string | null;
    trail_amount: string | null;
    activation_price: string | null;
  } | null;
}

export function bracketView(json: string | null): BracketView | null {
  if (json === null) return null;
  const b = JSON.parse(json) as { take_profit: LegJson | null; stop_loss: LegJson | null };
  const tp = b.take_profit;
  const sl = b.stop_loss;
  return {
    take_profit: tp ? { type: tp.type as 'take_profit' | 'limit', price: tp.price! } : null,
    stop_loss: sl
      ? {
          type: sl.type as 'stop_loss' | 'trailing_stop',
          trigger_price: sl.price ?? null,
          trail_percent: sl.trail_percent ?? null,
          trail_amount: sl.trail_amount ?? null,
          activation_price: sl.activation_price ?? null,
        }
      : null,
  };
}

/** JSON with object keys sorted and bigints as digits: the same value always gives the same text. */
function canonicalJson(value: unknown): string {
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const isPlain = (intent: OrderIntent): boolean => {
  const o = intent.options;
  return !('trail' in intent) && !intent.bracket && (!o || (o.timeInForce === 'GTC' && o.expireAt === null && !o.postOnly));
};

/**
 * The advanced fields of an order as the API shows them, live and in a backtest alike.
 * `trailBest`: the trailing stop's best price now (the matcher's or the sandbox's live value, or
 * the stored one).
 */
export function advancedDto(row: AdvancedOrderColumns, trailBest: string | null) {
  return {
    time_in_force: row.time_in_force,
    expire_at: row.expire_ms === null ? null : isoTime(Number(row.expire_ms)),
    post_only: Number(row.post_only) === 1,
    group_id: row.group_id,
    parent_order_id: row.parent_order_id,
    trail_percent: row.trail_percent,
    trail_amount: row.trail_amount,
    activation_price: row.activation_price,
    trail_best_price: trailBest,
    bracket: bracketView(row.bracket),
  };
}

/**
 * A stable fingerprint of what was asked, to tell a retry from a different request: every field
 * the intent carries (amounts as exact integers), and the client's order id. A plain order keeps
 * the fingerprint it had before the advanced options existed, so a retry spanning an upgrade still
 * matches its idempotency record.
 */
export function intentFingerprint(intent: OrderIntent | OcoIntent, clientOrderId: string | undefined): string {
  let canonical: string;
  if ('type' in intent && isPlain(intent)) {
    const price = 'price' in intent ? intent.price.toString() : null;
    canonical = JSON.stringify([intent.symbol, intent.side, intent.type, intent.quantity.toString(), price, clientOrderId ?? null]);
  } else {
    canonical = canonicalJson([intent, clientOrderId ?? null]);
  }
  return createHash('sha256').update(canonical).digest('hex');
}

/** The intent a stored order was placed with (to fingerprint a client_order_id retry). */
export function intentOfStored(
  row: { symbol: string; side: Side; type: OrderRequest['type']; quantity: string; price: string | null } & AdvancedColumns,
): OrderIntent {
  const adv = advancedOf(row);
  const options: OrderOptions = { timeInForce: adv.timeInForce, expireAt: adv.expireAt, postOnly: adv.postOnly };
  const extra = { options, ...(adv.bracket ? { bracket: adv.bracket } : {}) };
  const base = { symbol: row.symbol, side: row.side, quantity: parseAmount(row.quantity) };
  if (row.type === 'market') return { ...base, type: 'market', ...extra };
  if (row.type === 'trailing_stop') {
    const { best: _best, ...trail } = adv.trail!;
    return { ...base, type: 'trailing_stop', trail, ...extra };
  }
  return { ...base, type: row.type, price: parseAmount(row.price ?? '0'), ...extra };
}
