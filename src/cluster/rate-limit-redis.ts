// Rate limits shared by every instance on one Redis: the same 60 s sliding window as
// SlidingWindowLimiter, kept as one sorted set per key (member: one allowed request, score: when it was
// allowed), checked and updated by one Lua script so two instances can never both take the last slot.
//
// Time is the instance's own clock, passed to the script, not Redis TIME: the clocks of the instances
// are assumed synchronised (NTP), and a few milliseconds of skew only move a slot's expiry by as much.
// It also lets tests drive the window with a ManualClock.
//
// When Redis fails (not connected, a command error or timeout), a request is not refused and not
// failed: it is decided by this instance's own in-memory window, which has recorded every request this
// instance allowed, so a client cannot start from zero at each outage. The switch is logged once per
// outage, and so is the return. Requests decided locally are not replayed into Redis afterwards.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import { WINDOW_MS, SlidingWindowLimiter, rateDecision, type RateDecision, type RateLimiter } from '../http/rate-limit.js';
import type { Logger } from '../logger.js';
import type { RedisConnection } from './redis.js';

/**
 * KEYS[1]: the key's sorted set. ARGV: now (ms), window (ms), limit, a member unique to this request.
 * Returns {1 if allowed else 0, requests in the window before this one, score of the oldest left}.
 * The oldest score goes back as Redis formats it (a string): a Lua number would be cut to an integer.
 */
const CHECK_SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local used = redis.call('ZCARD', KEYS[1])
local allowed = 0
if used < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  allowed = 1
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {allowed, used, oldest[2] or ARGV[1]}
`;

const COMMAND = 'tradereadyRateCheck';

type CheckReply = [allowed: number, used: number, oldest: string];

interface ScriptedClient {
  [COMMAND](key: string, now: number, windowMs: number, limit: number, member: string): Promise<CheckReply>;
}

export class RedisRateLimiter implements RateLimiter {
  /** This instance's window: a record of what it allowed, and the decision while Redis is away. */
  private readonly local: SlidingWindowLimiter;
  /** Members are `<instance>:<sequence>`: unique across instances even within one millisecond. */
  private readonly instance = randomBytes(9).toString('base64url');
  private sequence = 0;
  private fallingBack = false;

  constructor(
    private readonly redis: RedisConnection,
    private readonly clock: Clock,
    private readonly logger?: Logger,
  ) {
    this.local = new SlidingWindowLimiter(clock);
    // EVALSHA, with the script loaded on the first NOSCRIPT (a new or flushed server).
    redis.client.defineCommand(COMMAND, { numberOfKeys: 1, lua: CHECK_SCRIPT });
  }

  async check(key: string, limit: number): Promise<RateDecision> {
    if (!this.redis.ready) return this.fallBack(key, limit, 'not connected');
    const now = this.clock.now();
    const member = `${this.instance}:${(this.sequence++).toString(36)}`;
    let reply: CheckReply;
    try {
      const client = this.redis.client as unknown as ScriptedClient;
      reply = await client[COMMAND](this.redis.key('rate', key), now, WINDOW_MS, limit, member);
    } catch (err) {
      return this.fallBack(key, limit, err instanceof Error ? err.message : String(err));
    }
    if (this.fallingBack) {
      this.fallingBack = false;
      this.logger?.info('rate limits shared through redis again');
    }
    const allowed = reply[0] === 1;
    if (allowed) this.local.check(key, limit);
    return rateDecision(now, limit, reply[1], allowed, Number(reply[2]));
  }

  private fallBack(key: string, limit: number, reason: string): RateDecision {
    if (!this.fallingBack) {
      this.fallingBack = true;
      this.logger?.warn("rate limits fall back to this instance's own window: redis failed", { error: reason });
    }
    return this.local.check(key, limit);
  }

  /** True while requests are decided by this instance's window alone. */
  get degraded(): boolean {
    return this.fallingBack;
  }
}
