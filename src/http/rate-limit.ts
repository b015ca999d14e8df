// Sliding-window rate limiting: a request is allowed when fewer than `limit` requests of the same
// caller and tier were allowed in the last 60 seconds. Refused requests are not counted, so a
// client that backs off recovers on time. One process keeps its windows in memory
// (SlidingWindowLimiter); instances sharing a Redis share them there (src/cluster/rate-limit-redis.ts).
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

/**
 * What router.ts and mcp/http.ts count requests with. The in-memory limiter answers at once; the
 * Redis one after a round trip, so callers go through enforceRateLimit, which awaits only then.
 */
export interface RateLimiter {
  check(key: string, limit: number): RateDecision | Promise<RateDecision>;
}

/**
 * The decision for a window that held `used` requests before this one, the oldest of them (or of
 * this one, when it was the first) at `oldest`: the one shape both limiters answer in.
 */
export function rateDecision(now: number, limit: number, used: number, allowed: boolean, oldest: number): RateDecision {
  const freeAt = oldest + WINDOW_MS;
  return {
    allowed,
    limit,
    remaining: Math.max(0, limit - used - (allowed ? 1 : 0)),
    resetAt: Math.ceil(freeAt / 1000),
    retryAfter: Math.max(1, Math.ceil((freeAt - now) / 1000)),
  };
}

/** Timestamps of allowed requests, oldest first; `head` marks the first one still in the window. */
interface Window {
  stamps: number[];
  head: number;
}

export class SlidingWindowLimiter implements RateLimiter {
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
    return rateDecision(now, limit, used, allowed, w.stamps[w.head] ?? now);
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
 * Counts a request against `key` and applies the decision (see enforceRateDecision); a promise only
 * when the limiter answered with one, so the in-memory path stays synchronous.
 */
export function enforceRateLimit(res: ServerResponse, limiter: RateLimiter, key: string, limit: number): void | Promise<void> {
  const decision = limiter.check(key, limit);
  if (decision instanceof Promise) return decision.then((d) => enforceRateDecision(res, d));
  enforceRateDecision(res, decision);
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
