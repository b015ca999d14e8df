import { describe, it, expect } from 'vitest';
import {
  DecimalFormatError,
  divAmount,
  formatAmount,
  formatAmountTo,
  INPUT_LIMITS,
  mulAmount,
  parseAmount,
  parseInputAmount,
  percentOf,
  scaleAmount,
  STORED_LIMITS,
} from '../../src/money.js';

describe('parseAmount: decimal strings', () => {
  it('parses plain decimals into units of 10^-8', () => {
    expect(parseAmount('10000.5')).toBe(1_000_050_000_000n);
    expect(parseAmount('0.00000001')).toBe(1n);
    expect(parseAmount('1')).toBe(100_000_000n);
    expect(parseAmount('0')).toBe(0n);
  });

  it('ignores leading zeros in the integer part', () => {
    expect(parseAmount('00012.50')).toBe(1_250_000_000n);
    // Leading zeros do not count towards the 12-digit integer limit.
    expect(parseAmount('0000000000000001')).toBe(100_000_000n);
  });

  it('accepts trailing zeros, even beyond the 8th decimal', () => {
    expect(parseAmount('1.50')).toBe(150_000_000n);
    expect(parseAmount('1.1234567800')).toBe(112_345_678n);
    expect(parseAmount('2.000000000000')).toBe(200_000_000n);
  });

  it('parses negative amounts', () => {
    expect(parseAmount('-1.5')).toBe(-150_000_000n);
    expect(parseAmount('-0.00000001')).toBe(-1n);
    expect(parseAmount('-0')).toBe(0n);
  });

  it('accepts 12 integer digits from a client and refuses 13', () => {
    expect(parseInputAmount('999999999999.99999999')).toBe(99_999_999_999_999_999_999n);
    expect(() => parseInputAmount('1234567890123')).toThrow(/at most 12 digits before the decimal point/);
    expect(() => parseInputAmount(1e12)).toThrow(/at most 12 digits/);
  });

  it('reads back every stored amount the server can derive from valid inputs', () => {
    // Each input is below 10^12, so a product of two (a notional) is below 10^24 ...
    const maxInput = parseInputAmount('999999999999.99999999');
    const notional = mulAmount(maxInput, maxInput);
    expect(parseAmount(formatAmount(notional))).toBe(notional);
    // ... a position bought at the smallest price step with a 12-digit balance is below 10^20 units,
    // and its value at a 12-digit price below 10^32, summed over many rows.
    const units = divAmount(maxInput, 1n);
    const value = mulAmount(units, maxInput) * 10_000n;
    expect(parseAmount(formatAmount(value))).toBe(value);
    expect(parseAmount(formatAmount(-value))).toBe(-value);
  });

  it('refuses a stored value past the stored bound, and the bounds are one documented pair', () => {
    expect(INPUT_LIMITS).toEqual({ maxIntegerDigits: 12, maxDecimals: 8 });
    expect(STORED_LIMITS.maxIntegerDigits).toBeGreaterThanOrEqual(36);
    expect(() => parseAmount('1'.repeat(STORED_LIMITS.maxIntegerDigits + 1))).toThrow(DecimalFormatError);
    expect(parseAmount('9'.repeat(STORED_LIMITS.maxIntegerDigits))).toBe(BigInt('9'.repeat(STORED_LIMITS.maxIntegerDigits)) * 100_000_000n);
  });

  it('refuses more than 8 significant decimals', () => {
    expect(() => parseAmount('1.123456789')).toThrow(/at most 8 decimal places/);
    expect(() => parseAmount('0.000000001')).toThrow(DecimalFormatError);
  });

  it('honours custom digit limits', () => {
    expect(parseAmount('12.34', { maxIntegerDigits: 2, maxDecimals: 2 })).toBe(1_234_000_000n);
    expect(() => parseAmount('123', { maxIntegerDigits: 2 })).toThrow(/at most 2 digits/);
    expect(() => parseAmount('1.234', { maxDecimals: 2 })).toThrow(/at most 2 decimal places/);
  });

  it.each(['1e5', '', '.5', '5.', ' 5', '5 ', '0x10', '+5', '-', '1,5', 'abc', 'NaN', 'Infinity'])(
    'refuses %j as not plain decimal notation',
    (text) => {
      expect(() => parseAmount(text)).toThrow(DecimalFormatError);
      expect(() => parseAmount(text)).toThrow('must be a decimal number such as "10000.00"');
    },
  );
});

describe('parseAmount: JSON numbers', () => {
  it('parses ordinary numbers exactly', () => {
    expect(parseAmount(123.456)).toBe(12_345_600_000n);
    expect(parseAmount(5000.5)).toBe(500_050_000_000n);
    expect(parseAmount(0)).toBe(0n);
    expect(parseAmount(-2.25)).toBe(-225_000_000n);
  });

  it('expands small exponent forms such as 1e-7', () => {
    expect(parseAmount(1e-7)).toBe(10n);
    expect(parseAmount(1e-8)).toBe(1n);
    expect(parseAmount(1.5e-7)).toBe(15n);
    expect(parseAmount(-1e-7)).toBe(-10n);
  });

  it('parses 1.5e3 and 1e11 as whole numbers', () => {
    expect(parseAmount(1.5e3)).toBe(150_000_000_000n);
    expect(parseAmount(1e11)).toBe(10_000_000_000_000_000_000n);
  });

  it('refuses numbers with too many decimals, including float noise', () => {
    expect(() => parseAmount(1e-9)).toThrow(/at most 8 decimal places/);
    expect(() => parseAmount(0.1 + 0.2)).toThrow(/at most 8 decimal places/);
  });

  it('refuses numbers with more than 12 integer digits, including large exponent forms', () => {
    expect(() => parseInputAmount(1e12)).toThrow(/at most 12 digits/);
    expect(() => parseInputAmount(1e21)).toThrow(/at most 12 digits/);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s', (value) => {
    expect(() => parseAmount(value)).toThrow('must be a finite number');
  });
});

describe('formatAmount', () => {
  it('always renders exactly 8 decimals', () => {
    expect(formatAmount(0n)).toBe('0.00000000');
    expect(formatAmount(1n)).toBe('0.00000001');
    expect(formatAmount(1_000_050_000_000n)).toBe('10000.50000000');
  });

  it('renders negatives, including ones smaller than 1', () => {
    expect(formatAmount(-1n)).toBe('-0.00000001');
    expect(formatAmount(-150_000_000n)).toBe('-1.50000000');
  });

  it('renders large amounts without exponent notation', () => {
    expect(formatAmount(99_999_999_999_999_999_999n)).toBe('999999999999.99999999');
    expect(formatAmount(10n ** 30n)).toBe('10000000000000000000000.00000000');
  });

  it('round-trips with parseAmount', () => {
    for (const text of ['0.00000000', '12.34567890', '-7.00000001', '123456789012.00000000']) {
      expect(formatAmount(parseAmount(text))).toBe(text);
    }
  });
});

describe('mulAmount', () => {
  const a = (text: string) => parseAmount(text);

  it('multiplies exactly when no rounding is needed', () => {
    expect(mulAmount(a('0.01'), a('60006'))).toBe(a('600.06'));
    expect(mulAmount(a('1.5'), a('2'))).toBe(a('3'));
  });

  it('rounds exact ties to the even neighbour', () => {
    // 0.00000001 * 0.5 = 0.000000005 -> 0.00000000 (0 is even)
    expect(mulAmount(a('0.00000001'), a('0.5'))).toBe(0n);
    // 0.00000003 * 0.5 = 0.000000015 -> 0.00000002
    expect(mulAmount(a('0.00000003'), a('0.5'))).toBe(2n);
    // 0.00000005 * 0.5 = 0.000000025 -> 0.00000002
    expect(mulAmount(a('0.00000005'), a('0.5'))).toBe(2n);
    // 0.00000007 * 0.5 = 0.000000035 -> 0.00000004
    expect(mulAmount(a('0.00000007'), a('0.5'))).toBe(4n);
  });

  it('rounds non-ties to the nearest value', () => {
    // 0.00000001 * 0.6 = 0.000000006 -> 0.00000001
    expect(mulAmount(a('0.00000001'), a('0.6'))).toBe(1n);
    // 0.00000003 * 0.4 = 0.000000012 -> 0.00000001
    expect(mulAmount(a('0.00000003'), a('0.4'))).toBe(1n);
  });

  it('rounds negative ties symmetrically (half-even on the magnitude)', () => {
    expect(mulAmount(a('-0.00000003'), a('0.5'))).toBe(-2n);
    expect(mulAmount(a('0.00000003'), a('-0.5'))).toBe(-2n);
    expect(mulAmount(a('-0.00000001'), a('0.5'))).toBe(0n);
    expect(mulAmount(a('-0.00000003'), a('-0.5'))).toBe(2n);
  });
});

describe('divAmount', () => {
  const a = (text: string) => parseAmount(text);

  it('divides and rounds to 8 decimals', () => {
    expect(divAmount(a('1'), a('3'))).toBe(a('0.33333333'));
    expect(divAmount(a('2'), a('3'))).toBe(a('0.66666667'));
    expect(divAmount(a('600.06'), a('60006'))).toBe(a('0.01'));
  });

  it('rounds exact ties to the even neighbour', () => {
    // 0.00000001 / 2 = 0.000000005 -> 0
    expect(divAmount(a('0.00000001'), a('2'))).toBe(0n);
    // 0.00000003 / 2 = 0.000000015 -> 0.00000002
    expect(divAmount(a('0.00000003'), a('2'))).toBe(2n);
    // 0.00000005 / 2 = 0.000000025 -> 0.00000002
    expect(divAmount(a('0.00000005'), a('2'))).toBe(2n);
  });

  it('handles negative operands', () => {
    expect(divAmount(a('-1'), a('3'))).toBe(a('-0.33333333'));
    expect(divAmount(a('2'), a('-3'))).toBe(a('-0.66666667'));
    expect(divAmount(a('-0.00000003'), a('2'))).toBe(-2n);
    expect(divAmount(a('-6'), a('-4'))).toBe(a('1.5'));
  });

  it('throws on division by zero', () => {
    expect(() => divAmount(a('1'), 0n)).toThrow(RangeError);
    expect(() => divAmount(0n, 0n)).toThrow('division by zero');
  });
});

describe('scaleAmount', () => {
  const a = (text: string) => parseAmount(text);

  it('scales by an exact ratio', () => {
    expect(scaleAmount(a('300'), 3n, 4n)).toBe(a('225'));
    expect(scaleAmount(a('10000'), 20n, 100n)).toBe(a('2000'));
    // a ratio of two amounts is unit-free
    expect(scaleAmount(a('1'), a('0.5'), a('2'))).toBe(a('0.25'));
  });

  it('rounds once, at the end, half-even', () => {
    expect(scaleAmount(a('1'), 1n, 3n)).toBe(a('0.33333333'));
    expect(scaleAmount(a('1'), 2n, 3n)).toBe(a('0.66666667'));
    // 0.00000001 × 1/2 = 0.000000005 -> 0 (even); 0.00000003 × 1/2 -> 0.00000002
    expect(scaleAmount(1n, 1n, 2n)).toBe(0n);
    expect(scaleAmount(3n, 1n, 2n)).toBe(2n);
    // no intermediate rounding: 1 × (1/3) × 3 stays exactly 1
    expect(scaleAmount(a('1'), 3n, 3n)).toBe(a('1'));
    expect(scaleAmount(a('-0.00000003'), 1n, 2n)).toBe(-2n);
  });

  it('throws on a zero denominator', () => {
    expect(() => scaleAmount(a('1'), 1n, 0n)).toThrow(RangeError);
  });
});

describe('formatAmountTo', () => {
  it.each([
    ['12.345', 2, '12.34'],
    ['12.355', 2, '12.36'],
    ['-12.505', 2, '-12.50'],
    ['-0.004', 2, '0.00'],
    ['0.005', 2, '0.00'],
    ['0.015', 2, '0.02'],
    ['99.995', 2, '100.00'],
    ['7.5', 0, '8'],
    ['1.23456789', 8, '1.23456789'],
  ])('renders %s with %i places as %s (half-even)', (input, places, expected) => {
    expect(formatAmountTo(parseAmount(input), places)).toBe(expected);
  });

  it('refuses more than 8 places', () => {
    expect(() => formatAmountTo(1n, 9)).toThrow(RangeError);
  });
});

describe('percentOf', () => {
  it('gives the exact percentage as an 8-decimal amount', () => {
    expect(percentOf(parseAmount('-50'), parseAmount('400'))).toBe(parseAmount('-12.5'));
    expect(percentOf(parseAmount('1'), parseAmount('3'))).toBe(parseAmount('33.33333333'));
    expect(percentOf(parseAmount('2'), parseAmount('3'))).toBe(parseAmount('66.66666667'));
  });
});
