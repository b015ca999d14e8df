// Credentials cached on one instance must not outlive a change made on another (a revoked key, a
// suspended account). Each write to the principal tables is announced on the bus; the others bump
// their write generation, which empties their principal caches (principal-cache.ts). The message
// can arrive before the writer's transaction commits, and a read made in between would be cached
// under the bumped generation, so the generation is bumped again a little later: a change made
// elsewhere is honoured here within about a second at most.
import type { WriteWatchPlugin } from '../db/write-watch.plugin.js';
import type { ClusterBus } from './bus.js';

const CHANNEL = 'principals';
const SETTLE_MS = 1000;

export async function shareCredentialChanges(bus: ClusterBus, writeWatch: WriteWatchPlugin): Promise<() => Promise<void>> {
  const timers = new Set<NodeJS.Timeout>();
  writeWatch.onWrite = () => bus.publish(CHANNEL, null);
  const unsubscribe = await bus.subscribe(CHANNEL, (_payload, fromSelf) => {
    if (fromSelf) return;
    writeWatch.noteWrite();
    const timer = setTimeout(() => {
      timers.delete(timer);
      writeWatch.noteWrite();
    }, SETTLE_MS);
    timer.unref();
    timers.add(timer);
  });
  return async () => {
    writeWatch.onWrite = undefined;
    for (const t of timers) clearTimeout(t);
    await unsubscribe();
  };
}
