/** The source of "now" for everything time-dependent, so tests can move time instead of sleeping. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  constructor(private ms: number = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  set(ms: number): void {
    this.ms = ms;
  }
}

export const isoTime = (ms: number): string => new Date(ms).toISOString();

/** The UTC calendar day of a time, `YYYY-MM-DD`: the key of per-day totals. */
export const utcDay = (ms: number): string => isoTime(ms).slice(0, 10);
