// Timers driven by a manual clock, for code that takes injectable timers (src/market/live-candles.ts
// Timers): nothing fires until the test moves time, and then each timer at its own due time.
import type { ManualClock } from '../../src/clock.js';
import type { Timers } from '../../src/market/live-candles.js';

/** Timers that fire only when the test moves time, each at its own due time. */
export class ManualTimers implements Timers {
  private next = 0;
  private readonly pending = new Map<number, { at: number; fn: () => void; every?: number }>();
  constructor(private readonly clock: ManualClock) {}
  setTimeout(fn: () => void, ms: number): number {
    this.pending.set(++this.next, { at: this.clock.now() + ms, fn });
    return this.next;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  setInterval(fn: () => void, ms: number): number {
    this.pending.set(++this.next, { at: this.clock.now() + ms, fn, every: ms });
    return this.next;
  }
  clearInterval(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  get count(): number {
    return this.pending.size;
  }
  /** Moves the clock to `time`, running every timer due on the way at its due time. */
  runTo(time: number): void {
    for (;;) {
      let due: [number, { at: number; fn: () => void; every?: number }] | undefined;
      for (const entry of this.pending) if (entry[1].at <= time && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      const [id, timer] = due;
      this.clock.set(Math.max(this.clock.now(), timer.at));
      if (timer.every) timer.at += timer.every;
      else this.pending.delete(id);
      timer.fn();
    }
    this.clock.set(time);
  }
}
