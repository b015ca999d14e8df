// scrypt runs on libuv's thread pool (4 threads by default), the same pool JWT verification, other
// async crypto and file I/O use. Unbounded, a flood of logins or registrations fills every thread
// with scrypt work and every authenticated request waits behind it. This queue bounds the scrypt
// jobs running at once below the pool's size and the jobs waiting; past that it answers
// 503 SERVICE_UNAVAILABLE at once, with a retry hint, instead of queueing without end.
import { DomainError } from '../errors.js';

export interface HashQueueOptions {
  /** Jobs running at once (AUTH_HASH_CONCURRENCY). */
  concurrency: number;
  /** Jobs waiting for a slot (AUTH_HASH_QUEUE); past it a job is refused. */
  maxQueued: number;
}

interface Waiting {
  start: () => void;
}

/** Weight of the newest duration in the running average behind the retry hint. */
const SMOOTHING = 0.2;

export class HashQueue {
  readonly #concurrency: number;
  readonly #maxQueued: number;
  readonly #waiting: Waiting[] = [];
  #running = 0;
  /** Running average of a job's duration, in ms, for Retry-After. */
  #averageMs = 100;

  constructor(options: HashQueueOptions) {
    if (!Number.isSafeInteger(options.concurrency) || options.concurrency < 1) throw new Error('HashQueue: concurrency must be at least 1');
    if (!Number.isSafeInteger(options.maxQueued) || options.maxQueued < 0) throw new Error('HashQueue: maxQueued must be 0 or more');
    this.#concurrency = options.concurrency;
    this.#maxQueued = options.maxQueued;
  }

  /** Runs `work` when a slot is free; rejects with 503 SERVICE_UNAVAILABLE when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#concurrency) {
      if (this.#waiting.length >= this.#maxQueued) throw this.#refusal();
      await new Promise<void>((start) => this.#waiting.push({ start }));
    } else {
      this.#running++;
    }
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.#averageMs += SMOOTHING * (performance.now() - started - this.#averageMs);
      const next = this.#waiting.shift();
      // The slot passes straight to the next job, so a newcomer cannot overtake the queue.
      if (next) next.start();
      else this.#running--;
    }
  }

  stats(): { running: number; queued: number } {
    return { running: this.#running, queued: this.#waiting.length };
  }

  #refusal(): DomainError {
    const drainMs = ((this.#waiting.length + this.#running) * this.#averageMs) / this.#concurrency;
    const retryAfter = Math.max(1, Math.ceil(drainMs / 1000));
    return new DomainError('SERVICE_UNAVAILABLE', 'Too many sign-ins are being processed; retry shortly.', {
      reason: 'auth_busy',
      retry_after_seconds: retryAfter,
    });
  }
}
