import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { HashQueue } from '../../src/security/hash-queue.js';

/** A job the test finishes by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('HashQueue', () => {
  it('runs at most `concurrency` jobs at once and the rest in arrival order', async () => {
    const queue = new HashQueue({ concurrency: 2, maxQueued: 10 });
    const gates = Array.from({ length: 4 }, gate);
    const started: number[] = [];
    const done = gates.map((g, i) =>
      queue.run(async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await flush();
    expect(started).toEqual([0, 1]);
    expect(queue.stats()).toEqual({ running: 2, queued: 2 });
    gates[1]!.open();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    gates[3]!.open();
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3]);
    expect(queue.stats()).toEqual({ running: 0, queued: 0 });
  });

  it('refuses work past the queue with 503 SERVICE_UNAVAILABLE and a retry hint, without running it', async () => {
    const queue = new HashQueue({ concurrency: 1, maxQueued: 1 });
    const g = gate();
    const first = queue.run(() => g.opened);
    const second = queue.run(() => Promise.resolve('second'));
    let ran = false;
    const third = queue.run(() => {
      ran = true;
      return Promise.resolve();
    });
    const err = await third.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('SERVICE_UNAVAILABLE');
    expect((err as DomainError).status).toBe(503);
    expect((err as DomainError).details?.retry_after_seconds).toBeGreaterThanOrEqual(1);
    g.open();
    await first;
    expect(await second).toBe('second');
    expect(ran).toBe(false);
  });

  it('frees the slot when a job fails', async () => {
    const queue = new HashQueue({ concurrency: 1, maxQueued: 0 });
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('refuses a nonsensical configuration', () => {
    expect(() => new HashQueue({ concurrency: 0, maxQueued: 1 })).toThrow();
    expect(() => new HashQueue({ concurrency: 1, maxQueued: -1 })).toThrow();
  });
});
