// Leader and partition leases on a real Redis (TEST_REDIS_URL): one leader at a time, partitions
// split fairly and each held by one instance, and everything taken over when an instance stops or
// dies (its leases lapse).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { ClusterLeases, partitionOf } from '../../src/cluster/leases.js';

const url = process.env.TEST_REDIS_URL;

describe('partitionOf', () => {
  it('spreads agent ids over every partition, the same way on every call', () => {
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < 1600; i++) counts[partitionOf(randomUUID(), 16)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(50);
    const id = randomUUID();
    expect(partitionOf(id, 16)).toBe(partitionOf(id, 16));
  });
});

const suite = url ? describe : describe.skip;

suite(url ? 'cluster leases on Redis' : 'cluster leases on Redis — skipped: TEST_REDIS_URL is not set', () => {
  const clients: Redis[] = [];
  const leases: ClusterLeases[] = [];
  let prefix = '';

  function instance(id: string, ttlMs = 600): ClusterLeases {
    const redis = new Redis(url!, { maxRetriesPerRequest: 1 });
    clients.push(redis);
    const lease = new ClusterLeases(redis, { prefix, instanceId: id, ttlMs, partitions: 8 });
    leases.push(lease);
    return lease;
  }

  /** Heartbeats of every instance, in turn, `rounds` times: enough for shares to settle. */
  async function settle(all: ClusterLeases[], rounds = 3): Promise<void> {
    for (let r = 0; r < rounds; r++) for (const l of all) await l.heartbeat();
  }

  function ownersOk(all: ClusterLeases[]): void {
    const seen = new Map<number, number>();
    for (const l of all) for (const p of l.partitions) seen.set(p, (seen.get(p) ?? 0) + 1);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(seen.size).toBe(8);
  }

  afterEach(async () => {
    for (const l of leases.splice(0)) await l.stop();
    const probe = new Redis(url!);
    const keys = await probe.keys(`${prefix}*`);
    if (keys.length > 0) await probe.del(...keys);
    probe.disconnect();
    for (const c of clients.splice(0)) c.disconnect();
  });

  it('gives one instance the leadership and splits the partitions fairly, each to one owner', async () => {
    prefix = `test:${randomUUID()}:`;
    const a = instance('a');
    const b = instance('b');
    const c = instance('c');
    await a.start();
    expect(a.leader).toBe(true);
    expect(a.partitions.size).toBe(8);
    await b.start();
    await c.start();
    await settle([a, b, c]);
    expect([a, b, c].filter((l) => l.leader)).toHaveLength(1);
    ownersOk([a, b, c]);
    // ⌈8 / 3⌉ = 3 at most each.
    for (const l of [a, b, c]) expect(l.partitions.size).toBeLessThanOrEqual(3);
  });

  it('hands everything over at once when an instance stops, and reports what changed', async () => {
    prefix = `test:${randomUUID()}:`;
    const a = instance('a');
    const b = instance('b');
    await a.start();
    await b.start();
    await settle([a, b]);
    ownersOk([a, b]);
    const changes: Array<{ leaderChanged: boolean; gained: number[] }> = [];
    b.onChange((c) => changes.push({ leaderChanged: c.leaderChanged, gained: c.gained }));
    await a.stop();
    await settle([b], 1);
    expect(b.leader).toBe(true);
    expect(b.partitions.size).toBe(8);
    expect(changes.some((c) => c.leaderChanged)).toBe(true);
    expect(changes.flatMap((c) => c.gained).length).toBeGreaterThan(0);
  });

  it('takes over from an instance that died (stopped beating without giving back) once its leases lapse', async () => {
    prefix = `test:${randomUUID()}:`;
    const a = instance('a', 400);
    const b = instance('b', 400);
    await a.heartbeat(); // a beats once and then "dies": no timer, no release
    await b.heartbeat();
    expect(a.leader).toBe(true);
    expect(b.leader).toBe(false);
    expect(b.partitions.size).toBeLessThan(8);
    await new Promise((r) => setTimeout(r, 450));
    await b.heartbeat();
    expect(b.leader).toBe(true);
    // The dead member has lapsed too, so b's share is the whole set.
    expect(b.partitions.size).toBe(8);
  });

  it('gives up what it holds by itself when Redis stays unreachable past the lease', async () => {
    prefix = `test:${randomUUID()}:`;
    const redis = new Redis(url!, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    clients.push(redis);
    const lone = new ClusterLeases(redis, { prefix, instanceId: 'lone', ttlMs: 200, partitions: 8 });
    await lone.heartbeat();
    expect(lone.leader).toBe(true);
    redis.disconnect();
    await new Promise((r) => setTimeout(r, 250));
    await lone.heartbeat();
    expect(lone.leader).toBe(false);
    expect(lone.partitions.size).toBe(0);
  });
});
