// Shared driving for sources that compute their ticks from time (simulated, replay): in 'live' mode
// a timer catches up to the clock; in 'manual' mode only advance()/advanceTo() emit, so tests move
// a ManualClock and get exactly the ticks of that span, without sleeping.
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { SourceStatus, Tick } from './types.js';

export type DriveMode = 'live' | 'manual';

export interface DriveOptions {
  clock: Clock;
  /** Default 'live'. */
  mode?: DriveMode;
  /** Live mode: how often the timer catches up with the clock (default 100 ms). */
  timerIntervalMs?: number;
  logger?: Logger;
}

export abstract class ClockDrivenSource {
  protected readonly clock: Clock;
  protected readonly logger: Logger | undefined;
  private readonly mode: DriveMode;
  private readonly timerIntervalMs: number;
  private emitFn: ((tick: Tick) => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private cursorTime = 0;

  constructor(options: DriveOptions) {
    this.clock = options.clock;
    this.mode = options.mode ?? 'live';
    this.timerIntervalMs = options.timerIntervalMs ?? 100;
    this.logger = options.logger;
  }

  /** Time up to which ticks have been emitted (inclusive). */
  get cursor(): number {
    return this.cursorTime;
  }

  /** Emits every tick with a time in (cursor, cursor + ms]. */
  advance(ms: number): void {
    this.advanceTo(this.cursorTime + ms);
  }

  /** Emits every tick with a time in (cursor, time]. */
  advanceTo(time: number): void {
    const emit = this.emitFn;
    if (!emit) throw new Error('source is not started');
    if (time <= this.cursorTime) return;
    this.produce(this.cursorTime, time, emit);
    this.cursorTime = time;
  }

  status(): SourceStatus {
    return { connected: this.emitFn !== undefined && !this.exhausted() };
  }

  /** Starts emitting after `startTime` (normally the clock's now). */
  protected beginDriving(emit: (tick: Tick) => void, startTime: number): void {
    if (this.emitFn) throw new Error('source already started');
    this.emitFn = emit;
    this.cursorTime = startTime;
    if (this.mode === 'live') {
      this.timer = setInterval(() => {
        try {
          this.advanceTo(this.clock.now());
        } catch (err) {
          // A bug must not kill the process from a timer; the feed going stale shows in health().
          this.logger?.error('price source failed to produce ticks', { error: String(err) });
        }
      }, this.timerIntervalMs);
      this.timer.unref();
    }
  }

  protected endDriving(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.emitFn = undefined;
  }

  /** Emits, in time order, every tick with a time in (from, to]. */
  protected abstract produce(from: number, to: number, emit: (tick: Tick) => void): void;

  /** True when a finite source has nothing more to emit. */
  protected exhausted(): boolean {
    return false;
  }
}
