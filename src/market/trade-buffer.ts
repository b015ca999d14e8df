// The recent public trades of one symbol: a fixed-size ring, so memory stays bounded however long
// the feed runs. Raw ticks are kept nowhere else.
import type { Tick } from './types.js';

export class TradeRingBuffer {
  private readonly slots: Array<Tick | undefined>;
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    this.slots = new Array<Tick | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  push(tick: Tick): void {
    this.slots[this.next] = tick;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /** Up to `limit` trades, newest first. */
  recent(limit: number): Tick[] {
    const n = Math.min(Math.max(0, Math.floor(limit)), this.count);
    const out: Tick[] = new Array<Tick>(n);
    for (let i = 0; i < n; i++) {
      out[i] = this.slots[(this.next - 1 - i + this.capacity) % this.capacity]!;
    }
    return out;
  }
}
