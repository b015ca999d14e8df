// Exact decimal money. Every amount, price and quantity in the domain is a `bigint` count of
// 10^-8 units (the wire and storage scale). Nothing here ever goes through a JS `number`.

/** Decimal places of every stored and returned amount. */
const SCALE = 8;
const UNIT = 10n ** BigInt(SCALE);

/** An exact decimal amount in units of 10^-8. */
export type Amount = bigint;

export class DecimalFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecimalFormatError';
  }
}

export interface ParseLimits {
  /** Most digits allowed before the decimal point (default: {@link STORED_LIMITS}). */
  maxIntegerDigits?: number;
  /** Most digits allowed after the decimal point (default 8). */
  maxDecimals?: number;
}

/**
 * The one pair of bounds on amounts. What a client sends is checked against INPUT_LIMITS (the
 * spec's `DecimalAmount`: at most 12 integer digits); what the server reads back — balances,
 * positions, fills, daily totals, snapshots — against STORED_LIMITS, which is wide enough for
 * everything the server can derive from valid inputs, so nothing it wrote is ever unreadable:
 * - a quantity or price sent is < 10^12, so one product (notional, gross) is < 10^24;
 * - a position can grow past one order: a cash balance < 10^12 buys < 10^20 units at the
 *   smallest price step (10^-8), worth < 10^32 at any price a client could send;
 * - sums (equity over positions, realized PnL over fills and days) add a few digits more.
 * 36 integer digits covers all of it with room to spare, and still refuses a runaway value.
 */
export const INPUT_LIMITS: Readonly<Required<ParseLimits>> = Object.freeze({ maxIntegerDigits: 12, maxDecimals: SCALE });
export const STORED_LIMITS: Readonly<Required<ParseLimits>> = Object.freeze({ maxIntegerDigits: 36, maxDecimals: SCALE });

/** An amount as the server stores and sends it: digits, a point and exactly 8 decimals. */
const STORED_FORM = /^-?\d+\.\d{8}$/;

/** Turns a JSON number into its exact decimal text, expanding exponent notation. */
function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) throw new DecimalFormatError('must be a finite number');
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign, int, frac = '', expText] = match;
  const exp = Number(expText);
  const digits = `${int}${frac}`;
  const point = int!.length + exp;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Parses a decimal string (or JSON number) into an exact {@link Amount}. Rejects anything that is
 * not plain decimal notation or that exceeds the digit limits (by default {@link STORED_LIMITS},
 * for reading what the server stored; use {@link parseInputAmount} for what a client sent); never
 * rounds.
 *
 * @example parseAmount('10000.5') === 1000050000000n
 */
export function parseAmount(input: string | number, limits: ParseLimits = {}): Amount {
  const { maxIntegerDigits = STORED_LIMITS.maxIntegerDigits, maxDecimals = SCALE } = limits;
  // The form every stored amount has (exactly 8 decimals): one BigInt of its digits, none of the
  // intermediate strings of the general path below. Reading rows on the order path does this
  // dozens of times per fill, and the garbage it saved shortens the young-generation collections.
  if (typeof input === 'string' && STORED_FORM.test(input)) {
    const intDigits = input.length - SCALE - 1 - (input.charCodeAt(0) === 45 ? 1 : 0);
    if (intDigits <= maxIntegerDigits) return BigInt(input.slice(0, -SCALE - 1) + input.slice(-SCALE));
  }
  const text = typeof input === 'number' ? numberToDecimalText(input) : input;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new DecimalFormatError('must be a decimal number such as "10000.00"');
  const [, sign, intPart, fracPart = ''] = match;
  const int = intPart!.replace(/^0+(?=\d)/, '');
  if (int.length > maxIntegerDigits) {
    throw new DecimalFormatError(`must have at most ${maxIntegerDigits} digits before the decimal point`);
  }
  const frac = fracPart.replace(/0+$/, '');
  if (frac.length > maxDecimals) throw new DecimalFormatError(`must have at most ${maxDecimals} decimal places`);
  const units = BigInt(int) * UNIT + BigInt(frac.padEnd(SCALE, '0') || '0');
  return sign === '-' ? -units : units;
}

/**
 * Parses an amount a client sent, within {@link INPUT_LIMITS} (at most 12 integer digits).
 *
 * @example parseInputAmount('999999999999.5') === 99999999999950000000n
 * @example parseInputAmount('1000000000000') // throws DecimalFormatError
 */
export function parseInputAmount(input: string | number): Amount {
  return parseAmount(input, INPUT_LIMITS);
}

/**
 * Renders an amount with exactly 8 decimals.
 *
 * @example formatAmount(0n) === '0.00000000'
 */
export function formatAmount(value: Amount): string {
  const negative = value < 0n;
  // One conversion of all the digits, then the point put in: fewer temporaries than dividing.
  const digits = (negative ? -value : value).toString().padStart(SCALE + 1, '0');
  const cut = digits.length - SCALE;
  return (negative ? '-' : '') + digits.slice(0, cut) + '.' + digits.slice(cut);
}

/** `formatAmount` of a value that may be absent: null stays null. */
export function formatOptionalAmount(value: Amount | null): string | null {
  return value === null ? null : formatAmount(value);
}

/**
 * Divides with round-half-even, the one rounding rule of the money module.
 */
function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  const twiceRemainder = (n % d) * 2n;
  if (twiceRemainder > d || (twiceRemainder === d && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/**
 * Multiplies two amounts, rounding the result half-even to 8 decimals.
 *
 * @example mulAmount(parseAmount('0.01'), parseAmount('60006')) === parseAmount('600.06')
 */
export function mulAmount(a: Amount, b: Amount): Amount {
  return divRound(a * b, UNIT);
}

/**
 * Divides two amounts, rounding the result half-even to 8 decimals.
 *
 * @example divAmount(parseAmount('1'), parseAmount('3')) === parseAmount('0.33333333')
 */
export function divAmount(a: Amount, b: Amount): Amount {
  return divRound(a * UNIT, b);
}

/**
 * Scales an amount by an exact ratio, `amount × numerator / denominator`, with a single
 * round-half-even at the end. For proportions and percentages (the ratio's parts are plain
 * integers or amounts of the same unit), so no intermediate value is ever rounded.
 *
 * @example scaleAmount(parseAmount('300'), 3n, 4n) === parseAmount('225')
 * @example scaleAmount(parseAmount('10000'), 20n, 100n) === parseAmount('2000')
 */
export function scaleAmount(amount: Amount, numerator: bigint, denominator: bigint): Amount {
  return divRound(amount * numerator, denominator);
}

/**
 * Renders an amount with `decimals` places (0–8), rounding half-even: for percentages and other
 * figures shown at a coarser scale than money.
 *
 * @example formatAmountTo(parseAmount('-12.505'), 2) === '-12.50'
 */
export function formatAmountTo(value: Amount, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > SCALE) throw new RangeError('decimals must be 0–8');
  const step = 10n ** BigInt(SCALE - decimals);
  const text = formatAmount(divRound(value, step) * step);
  return decimals === 0 ? text.slice(0, text.indexOf('.')) : text.slice(0, text.length - (SCALE - decimals));
}

/**
 * `part` as a percentage of `whole`, as an amount (8 decimals), with one half-even rounding.
 *
 * @example percentOf(parseAmount('-50'), parseAmount('400')) === parseAmount('-12.5')
 */
export function percentOf(part: Amount, whole: Amount): Amount {
  return divRound(part * 100n * UNIT, whole);
}
