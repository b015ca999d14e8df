// Deterministic ids for the rows of one backtest session: UUID version 7 whose 48-bit time is the
// VIRTUAL time and whose random bits are a per-session counter. The same script over the same data
// gives the same ids, and they sort by creation like every other id. They are unique within a
// session only, which is why the sandbox tables are keyed (session_id, id).

/**
 * The id of the `seq`-th row a session creates, at virtual time `virtualMs`.
 *
 * @example backtestId(Date.UTC(2024, 0, 1), 1) === '018cc251-f400-7000-8000-000000000001'
 */
export function backtestId(virtualMs: number, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 0) throw new RangeError('seq must be a non-negative safe integer');
  const time = virtualMs.toString(16).padStart(12, '0');
  // rand_a (12 bits) takes the counter's bits above 62; variant `10` then the counter's low 62 bits.
  const counter = BigInt(seq);
  const randA = Number(counter >> 62n) & 0xfff;
  const randB = (counter & ((1n << 62n) - 1n)) | (1n << 63n);
  const b = randB.toString(16).padStart(16, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randA.toString(16).padStart(3, '0')}-${b.slice(0, 4)}-${b.slice(4)}`;
}
