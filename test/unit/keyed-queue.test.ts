import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../src/keyed-queue.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('KeyedQueue', () => {
  it('runs the calls on one key one at a time, in order, and other keys alongside', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run('a', async () => {
      log.push('a1 start');
      await gate;
      log.push('a1 end');
      return 1;
    });
    const second = queue.run('a', async () => {
      log.push('a2');
      return 2;
    });
    const other = queue.run('b', async () => {
      log.push('b1');
      return 3;
    });
    await tick();
    expect(log).toEqual(['a1 start', 'b1']);
    release();
    expect(await Promise.all([first, second, other])).toEqual([1, 2, 3]);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('lets a failed call reject its caller without stopping the next one', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('boom')));
    const next = queue.run('a', async () => 'ran');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('ran');
  });

  it('idle waits for every queued call, failed ones included', async () => {
    const queue = new KeyedQueue();
    let done = 0;
    void queue.run('a', async () => {
      await tick();
      done++;
    });
    queue
      .run('b', async () => {
        await tick();
        done++;
        throw new Error('late failure');
      })
      .catch(() => undefined);
    await queue.idle();
    expect(done).toBe(2);
  });
});
