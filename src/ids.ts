// Ids are UUID version 7 (RFC 9562): time-ordered, so "oldest first" is also "by id", and ids made
// in the same millisecond keep their creation order through a 12-bit counter (method 1).
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.js';

// Random bytes are drawn from the CSPRNG in blocks: one call per id cost more than the rest of it.
const POOL_BYTES = 4096;

export class IdGenerator {
  private lastMs = 0;
  private counter = 0;
  private pool = Buffer.alloc(0);
  private poolOffset = POOL_BYTES;

  private random(n: number): Buffer {
    if (this.poolOffset + n > this.pool.length) {
      this.pool = randomBytes(POOL_BYTES);
      this.poolOffset = 0;
    }
    const out = Buffer.from(this.pool.subarray(this.poolOffset, this.poolOffset + n));
    this.poolOffset += n;
    return out;
  }

  constructor(private readonly clock: Clock) {}

  next(): string {
    let ms = Math.max(this.clock.now(), this.lastMs);
    if (ms === this.lastMs) {
      this.counter++;
      if (this.counter > 0xfff) {
        // 4096 ids in one millisecond: borrow the next millisecond rather than lose the order.
        ms++;
        this.counter = 0;
      }
    } else {
      this.counter = this.random(1)[0]! & 0x7f; // start low, leaving room to count up
    }
    this.lastMs = ms;
    const bytes = this.random(16);
    bytes.writeUIntBE(ms, 0, 6);
    bytes[6] = 0x70 | (this.counter >> 8);
    bytes[7] = this.counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-sent id has the shape of a UUID (any version, either case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
