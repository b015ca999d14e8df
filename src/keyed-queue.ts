// Calls on one key (a backtest session, a battle) run one at a time, in the order they came;
// calls on different keys run concurrently. A call that fails does not stop the ones queued after
// it. The map holds only keys with work queued, so it does not grow with every id ever seen.
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `work` after every earlier call on `key`; resolves or rejects as `work` does. */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves once every call queued so far has ended (succeeded or failed). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.tails.values()]);
  }
}
