// Ids are UUID version 7 (RFC 9562): time-ordered, so "oldest first" is also "by id", and ids made
// in the same millisecond keep their creation order through a 12-bit counter (method 1).
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.js';

export class IdGenerator {
  private lastMs = 0;
  private counter = 0;

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
      this.counter = randomBytes(1)[0]! & 0x7f; // start low, leaving room to count up
    }
    this.lastMs = ms;
    const bytes = randomBytes(16);
    bytes.writeUIntBE(ms, 0, 6);
    bytes[6] = 0x70 | (this.counter >> 8);
    bytes[7] = this.counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
