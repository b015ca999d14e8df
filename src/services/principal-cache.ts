// Resolved credentials kept in memory, so an authenticated request does not re-read its key, account
// and agent rows every time. Never stale: every entry is stamped with the write generation of the
// tables it came from (see WriteWatchPlugin), read BEFORE its rows were read, and is used only while
// that generation is unchanged. Any write to accounts, agents or api_keys therefore retires every
// entry at once — coarse, but those tables change rarely next to how often they are read.
import type { Account, Agent } from '../db/schema.js';
import type { KeyOwner } from '../repositories/api-key.repository.js';

/** The tables a principal is made of; the write watch on them is what keeps this cache honest. */
export const PRINCIPAL_TABLES = ['accounts', 'agents', 'api_keys'] as const;

export const DEFAULT_PRINCIPAL_CACHE_ENTRIES = 10_000;

interface Entry<V> {
  generation: number;
  value: V;
}

/** Least recently used first out, at most `limit` entries. */
class Lru<K, V> {
  readonly #entries = new Map<K, Entry<V>>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): Entry<V> | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: K, entry: Entry<V>): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value as K);
    this.#entries.set(key, entry);
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}

// Callers get their own copies: services may patch a row they were handed (handOverDefault moves
// `account.default_agent_id`), and that must not reach another request through a shared object.
const copyRow = <T extends object>(row: T): T => ({ ...row });
const copyOwner = (o: KeyOwner): KeyOwner => ({
  key: { ...o.key },
  account: o.account && { ...o.account },
  agent: o.agent && { ...o.agent },
});

export class PrincipalCache {
  /** By the key's HMAC lookup hash, never the key itself. */
  readonly #owners: Lru<string, KeyOwner>;
  /** By account id, for JWTs (whose signature and expiry are still checked on every request). */
  readonly #accounts: Lru<string, Account>;
  /** By `${accountId}:${agentId}`, for the agent a request is scoped to. */
  readonly #agents: Lru<string, Agent>;
  #seenGeneration: number;

  /** `generation` must rise with every write to PRINCIPAL_TABLES, before and after it runs. */
  constructor(
    private readonly generation: () => number,
    maxEntries = DEFAULT_PRINCIPAL_CACHE_ENTRIES,
  ) {
    this.#owners = new Lru(maxEntries);
    this.#accounts = new Lru(maxEntries);
    this.#agents = new Lru(maxEntries);
    this.#seenGeneration = generation();
  }

  /** The key's owner rows; `load` reads them when no current entry exists. Misses are not kept. */
  keyOwner(keyHash: string, load: () => Promise<KeyOwner | undefined>): Promise<KeyOwner | undefined> {
    return this.#through(this.#owners, keyHash, load, copyOwner);
  }

  account(accountId: string, load: () => Promise<Account | undefined>): Promise<Account | undefined> {
    return this.#through(this.#accounts, accountId, load, copyRow);
  }

  /** The account's agent with this id (the caller lower-cases it). */
  agent(accountId: string, agentId: string, load: () => Promise<Agent | undefined>): Promise<Agent | undefined> {
    return this.#through(this.#agents, `${accountId}:${agentId}`, load, copyRow);
  }

  /** Entries held (current or not), for tests and diagnostics. */
  get size(): number {
    return this.#owners.size + this.#accounts.size + this.#agents.size;
  }

  async #through<V>(lru: Lru<string, V>, key: string, load: () => Promise<V | undefined>, copy: (v: V) => V): Promise<V | undefined> {
    // The stamp is taken before the read: if a write lands while the read is in flight, the
    // generation moves past the stamp and what was read is never used again.
    const stamp = this.generation();
    if (stamp !== this.#seenGeneration) {
      // Everything held is older than the latest write: drop it now rather than when it is evicted.
      this.#owners.clear();
      this.#accounts.clear();
      this.#agents.clear();
      this.#seenGeneration = stamp;
    }
    const hit = lru.get(key);
    if (hit) {
      if (hit.generation === stamp) return copy(hit.value);
      lru.delete(key);
    }
    const value = await load();
    // Unknown keys are not remembered, so guessing keys cannot push real entries out.
    if (value === undefined) return undefined;
    if (this.generation() === stamp) lru.set(key, { generation: stamp, value: copy(value) });
    return value;
  }
}
