// Who does what in a cluster: one leader (the market-data ingester and the once-per-cluster jobs)
// and the owners of the resting-order partitions, each held through a lease in Redis that its owner
// renews and that lapses when the owner dies.
//
// Every instance runs one heartbeat script every third of the lease time. The script, atomic in
// Redis, (1) marks the instance alive until now + ttl and forgets members whose mark has lapsed,
// (2) renews or takes the leader lease, (3) renews the partitions it holds, gives back those above
// its fair share (⌈partitions / live members⌉, so a newcomer gets work) and takes free ones up to
// it. Redis's own clock times every lease, so instances' clocks need not agree.
//
// A lease can lapse while its holder still believes it holds it (a stalled process); nothing that
// matters depends on it being exclusive: a fill locks the agent's ledger and fills only a row still
// pending, so two matchers crossing one order fill it once. The instance also gives everything up
// by itself once its last successful heartbeat is older than the lease, so it stops working on
// what another instance has by then taken.
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

const HEARTBEAT = `
local prefix, id = ARGV[1], ARGV[2]
local ttl, partitions = tonumber(ARGV[3]), tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local members = prefix .. 'members'
redis.call('ZADD', members, now + ttl, id)
redis.call('ZREMRANGEBYSCORE', members, '-inf', now)
redis.call('PEXPIRE', members, ttl * 4)
local live = redis.call('ZCARD', members)
local leaderKey = prefix .. 'leader'
local leader = 0
local current = redis.call('GET', leaderKey)
if current == id then
  redis.call('PEXPIRE', leaderKey, ttl)
  leader = 1
elseif not current then
  redis.call('SET', leaderKey, id, 'PX', ttl)
  leader = 1
end
local share = math.ceil(partitions / live)
local mine = {}
for i = 0, partitions - 1 do
  local key = prefix .. 'part:' .. i
  if redis.call('GET', key) == id then
    if #mine < share then
      redis.call('PEXPIRE', key, ttl)
      table.insert(mine, i)
    else
      redis.call('DEL', key)
    end
  end
end
for i = 0, partitions - 1 do
  if #mine >= share then break end
  local key = prefix .. 'part:' .. i
  if redis.call('SET', key, id, 'NX', 'PX', ttl) then table.insert(mine, i) end
end
return {leader, mine}
`;

const RELEASE = `
local prefix, id, partitions = ARGV[1], ARGV[2], tonumber(ARGV[3])
redis.call('ZREM', prefix .. 'members', id)
if redis.call('GET', prefix .. 'leader') == id then redis.call('DEL', prefix .. 'leader') end
for i = 0, partitions - 1 do
  local key = prefix .. 'part:' .. i
  if redis.call('GET', key) == id then redis.call('DEL', key) end
end
return 1
`;

export interface LeaseOptions {
  /** Key prefix shared by the cluster's instances (e.g. `tradeready:`). */
  prefix: string;
  /** This instance's id, unique in the cluster. */
  instanceId: string;
  /** How long a lease outlives its last renewal (ms); heartbeats run every third of it. */
  ttlMs?: number;
  /** Number of resting-order partitions. Every instance of a cluster must use the same. */
  partitions?: number;
  logger?: Logger;
}

export interface LeaseChange {
  leader: boolean;
  /** Whether this change made or unmade this instance the leader. */
  leaderChanged: boolean;
  partitions: ReadonlySet<number>;
  gained: number[];
  lost: number[];
}

export const DEFAULT_PARTITIONS = 16;

/** The partition of an agent's resting orders: FNV-1a of its id, modulo the partition count. */
export function partitionOf(agentId: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < agentId.length; i++) {
    hash ^= agentId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}

export class ClusterLeases {
  readonly ttlMs: number;
  readonly partitionCount: number;
  private isLeader = false;
  private owned = new Set<number>();
  private lastSuccess = -Infinity;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private failing = false;
  private readonly listeners: Array<(change: LeaseChange) => void> = [];

  constructor(
    private readonly redis: Redis,
    private readonly options: LeaseOptions,
  ) {
    this.ttlMs = options.ttlMs ?? 3000;
    this.partitionCount = options.partitions ?? DEFAULT_PARTITIONS;
  }

  get leader(): boolean {
    return this.isLeader;
  }

  get partitions(): ReadonlySet<number> {
    return this.owned;
  }

  /** Whether this instance holds the partition of `agentId`'s resting orders. */
  ownsAgent(agentId: string): boolean {
    return this.owned.has(partitionOf(agentId, this.partitionCount));
  }

  /** Called after every heartbeat that changed what this instance holds. */
  onChange(listener: (change: LeaseChange) => void): void {
    this.listeners.push(listener);
  }

  /** Runs the first heartbeat (so the instance knows its role before it serves) and keeps beating. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.beat();
    this.schedule();
  }

  /** Stops beating and gives back every lease, so the others take over at once rather than after the ttl. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    try {
      await this.redis.eval(RELEASE, 0, this.options.prefix, this.options.instanceId, String(this.partitionCount));
    } catch {
      // Unreachable Redis: the leases lapse on their own.
    }
    this.apply(false, new Set());
  }

  /** One heartbeat now (tests; the timer calls it otherwise). */
  heartbeat(): Promise<void> {
    this.running = this.running.then(() => this.beat());
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        void this.heartbeat().finally(() => this.schedule());
      },
      Math.max(50, Math.floor(this.ttlMs / 3)),
    );
    this.timer.unref();
  }

  private async beat(): Promise<void> {
    if (this.stopped) return;
    const started = performance.now();
    try {
      const [leader, mine] = (await this.redis.eval(
        HEARTBEAT,
        0,
        this.options.prefix,
        this.options.instanceId,
        String(this.ttlMs),
        String(this.partitionCount),
      )) as [number, number[]];
      if (this.stopped) return;
      this.lastSuccess = started;
      if (this.failing) this.options.logger?.info('cluster heartbeat recovered', { instance: this.options.instanceId });
      this.failing = false;
      this.apply(leader === 1, new Set(mine));
    } catch (err) {
      if (!this.failing) {
        this.options.logger?.error('cluster heartbeat failed', { instance: this.options.instanceId, error: String(err) });
      }
      this.failing = true;
      // Past the lease, another instance may hold what this one had: stop acting on it.
      if (performance.now() - this.lastSuccess >= this.ttlMs) this.apply(false, new Set());
    }
  }

  private apply(leader: boolean, partitions: Set<number>): void {
    const gained = [...partitions].filter((p) => !this.owned.has(p));
    const lost = [...this.owned].filter((p) => !partitions.has(p));
    const leaderChanged = leader !== this.isLeader;
    this.isLeader = leader;
    this.owned = partitions;
    if (!leaderChanged && gained.length === 0 && lost.length === 0) return;
    const change: LeaseChange = { leader, leaderChanged, partitions, gained, lost };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        this.options.logger?.error('a lease change listener failed', { error: String(err) });
      }
    }
  }
}
