// The one bridge between a model's floating-point values (random walks, size distributions) and
// exact amounts: everything a model produces is snapped onto a tick or step grid as an Amount.
import type { Amount } from '../money.js';

const PER_UNIT = 1e8;

/** An amount as a float, for model arithmetic only (never for money that leaves a model). */
export function toModelNumber(value: Amount): number {
  return Number(value) / PER_UNIT;
}

/** The multiple of `unit` nearest to (or, with 'floor', not above) the model value `x`. */
export function snapToGrid(x: number, unit: Amount, mode: 'nearest' | 'floor' = 'nearest'): Amount {
  const steps = (x * PER_UNIT) / Number(unit);
  // The epsilon keeps float noise such as 2.9999999999 from flooring a whole step away.
  const n = mode === 'floor' ? Math.floor(steps + 1e-9) : Math.round(steps);
  if (!Number.isFinite(n)) throw new RangeError(`cannot snap ${x} to a grid`);
  return BigInt(n) * unit;
}

export const maxAmount = (a: Amount, b: Amount): Amount => (a > b ? a : b);
export const minAmount = (a: Amount, b: Amount): Amount => (a < b ? a : b);
