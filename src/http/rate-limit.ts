// Sliding-window rate limiting: a request is allowed when fewer than `limit` requests of the same
// caller and tier were allowed in the last 60 seconds. Refused requests are not counted, so a
// client that backs off recovers on time.
import type { ServerResponse } from 'node:http';
import type { Clock } from '../clock.js';
import { DomainError } from '../errors.js';

export const WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds at which the next request slot frees up. */
  resetAt: number;
  /** Whole seconds to wait before retrying (only meaningful when refused). */
  retryAfter: number;
}

/** Timestamps of allowed requests, oldest first; `head` marks the first one still in the window. */
interface Window {
  stamps: number[];
  head: number;
}

export class SlidingWindowLimiter {
  private readonly windows = new Map<string, Window>();
  private checksSinceSweep = 0;

  constructor(private readonly clock: Clock) {}

  check(key: string, limit: number): RateDecision {
    const now = this.clock.now();
    if (++this.checksSinceSweep >= 10_000) this.sweep(now);
    let w = this.windows.get(key);
    if (!w) {
      w = { stamps: [], head: 0 };
      this.windows.set(key, w);
    }
    const cutoff = now - WINDOW_MS;
    while (w.head < w.stamps.length && w.stamps[w.head]! <= cutoff) w.head++;
    if (w.head > 256 && w.head * 2 > w.stamps.length) {
      w.stamps = w.stamps.slice(w.head);
      w.head = 0;
    }
    const used = w.stamps.length - w.head;
    const allowed = used < limit;
    if (allowed) w.stamps.push(now);
    const oldest = w.stamps[w.head] ?? now;
    const freeAt = oldest + WINDOW_MS;
    return {
      allowed,
      limit,
      remaining: Math.max(0, limit - used - (allowed ? 1 : 0)),
      resetAt: Math.ceil(freeAt / 1000),
      retryAfter: Math.max(1, Math.ceil((freeAt - now) / 1000)),
    };
  }

  /** Drops callers with nothing left in their window, keeping memory bounded by active callers. */
  private sweep(now: number): void {
    this.checksSinceSweep = 0;
    const cutoff = now - WINDOW_MS;
    for (const [key, w] of this.windows) {
      const newest = w.stamps[w.stamps.length - 1];
      if (newest === undefined || newest <= cutoff) this.windows.delete(key);
    }
  }

  get trackedCallers(): number {
    return this.windows.size;
  }
}

/**
 * Puts a decision's X-RateLimit-* headers on the response (straight onto the Node response: nothing
 * has been sent yet, and koa's ctx.set costs more than the header on every request) and, when the
 * request is over its limit, adds Retry-After and throws the 429.
 */
export function enforceRateDecision(res: ServerResponse, decision: RateDecision): void {
  res.setHeader('X-RateLimit-Limit', String(decision.limit));
  res.setHeader('X-RateLimit-Remaining', String(decision.remaining));
  res.setHeader('X-RateLimit-Reset', String(decision.resetAt));
  if (!decision.allowed) {
    res.setHeader('Retry-After', String(decision.retryAfter));
    throw new DomainError('RATE_LIMIT_EXCEEDED', 'Too many requests.', {
      limit: decision.limit,
      window_seconds: 60,
      retry_after_seconds: decision.retryAfter,
    });
  }
}
