// Orders each agent had accepted in the last 60 s, for the order-rate risk rule. Counting them in
// the database on every order made each order cost more the busier the agent was; the timestamps
// are kept in memory instead, seeded from the database the first time an agent trades after a
// start, so the rule holds across restarts too.
// On PostgreSQL other instances accept orders of the same agent too, so there the database is asked
// every time (inside the piece that holds the agent's lock, so the count cannot go stale).
import type { Tx } from '../db/store.js';
import { findOrderTimesSince } from '../repositories/ledger.repository.js';

const WINDOW_MS = 60_000;

export class OrderRateTracker {
  private readonly windows = new Map<string, number[]>();
  private recordsSinceSweep = 0;

  /** Accepted orders of the agent in (now − 60 s, now]. */
  async count(tx: Tx, agentId: string, now: number): Promise<number> {
    if (tx.dialect === 'postgres') return (await findOrderTimesSince(tx, agentId, now - WINDOW_MS)).length;
    let stamps = this.windows.get(agentId);
    if (!stamps) {
      stamps = await findOrderTimesSince(tx, agentId, now - WINDOW_MS);
      this.windows.set(agentId, stamps);
    }
    const cutoff = now - WINDOW_MS;
    let drop = 0;
    while (drop < stamps.length && stamps[drop]! <= cutoff) drop++;
    if (drop > 0) stamps.splice(0, drop);
    return stamps.length;
  }

  /** Notes an accepted order; call it inside the transaction that stores the order. */
  record(agentId: string, at: number): void {
    const stamps = this.windows.get(agentId);
    if (stamps) stamps.push(at);
    else this.windows.set(agentId, [at]);
    if (++this.recordsSinceSweep >= 10_000) this.sweep(at);
  }

  /** Forgets an agent (deleted or reset), so its next order reseeds from the database. */
  forget(agentId: string): void {
    this.windows.delete(agentId);
  }

  private sweep(now: number): void {
    this.recordsSinceSweep = 0;
    for (const [agentId, stamps] of this.windows) {
      if ((stamps[stamps.length - 1] ?? 0) <= now - WINDOW_MS) this.windows.delete(agentId);
    }
  }
}
