// The channel registry: which channel names exist and how a subscribe request becomes a key. Both
// request forms go through one family: the docs form (`"channel":"ticker","symbol":"BTCUSDT"`)
// passes the message as params; the key form (`"channel":"ticker:BTCUSDT"`) passes the parts after
// the prefix as keyParts. Battles add `battle` with registerChannel.
import { INTERVALS } from '../market/types.js';
import type { ChannelFamily, ChannelRequest, ChannelResolution } from './types.js';

/** What the market channels need of the market hub: the listed pairs. */
export interface PairDirectory {
  pair(symbol: string): { status: string } | undefined;
}

const SYMBOL = /^[A-Z0-9]{1,30}$/;

export class ChannelRegistry {
  private readonly families = new Map<string, ChannelFamily>();

  /** Adds a family; its name must be new. Returns a function that removes it again. */
  register(family: ChannelFamily): () => void {
    if (!/^[a-z][a-z0-9_]*$/.test(family.name)) throw new Error(`invalid channel family name "${family.name}"`);
    if (this.families.has(family.name)) throw new Error(`channel family "${family.name}" is already registered`);
    this.families.set(family.name, family);
    return () => {
      if (this.families.get(family.name) === family) this.families.delete(family.name);
    };
  }

  /** The docs-form channel names, in registration order (the "Unknown channel." message lists them). */
  names(): string[] {
    return [...this.families.keys()];
  }

  resolve(channel: string, params: Record<string, unknown>, scope: { agentId: string | undefined; accountId: string }) {
    const colon = channel.indexOf(':');
    const name = colon < 0 ? channel : channel.slice(0, colon);
    const family = this.families.get(name);
    if (!family) return { error: `Unknown channel. Channels: ${this.names().join(', ')}.` } satisfies ChannelResolution;
    const keyParts = colon < 0 ? undefined : channel.slice(colon + 1).split(':');
    const request: ChannelRequest = { channel, params, keyParts, agentId: scope.agentId, accountId: scope.accountId };
    return family.resolve(request);
  }
}

/** A symbol from the key form or the `symbol` param, upper-cased and checked against the listed pairs. */
function symbolOf(channelName: string, pairs: PairDirectory, raw: unknown): { symbol: string } | { error: string } {
  if (raw === undefined || raw === '') return { error: `symbol is required for the ${channelName} channel.` };
  if (typeof raw !== 'string') return { error: 'symbol must be a string such as "BTCUSDT".' };
  const symbol = raw.toUpperCase();
  if (!SYMBOL.test(symbol) || pairs.pair(symbol)?.status !== 'active') {
    return { error: `Unknown symbol "${raw.slice(0, 40)}": not an active pair (see GET /api/v1/market/pairs).` };
  }
  return { symbol };
}

function tooManyParts(req: ChannelRequest, form: string): { error: string } {
  return { error: `Malformed channel key "${req.channel.slice(0, 80)}"; expected ${form}.` };
}

/** `ticker` (`ticker:{SYMBOL}`, and `ticker:all` in the key form), `ticker_all`, `candles`, `trades`. */
export function marketChannels(pairs: PairDirectory): ChannelFamily[] {
  const ticker: ChannelFamily = {
    name: 'ticker',
    resolve(req) {
      if (req.keyParts && req.keyParts.length !== 1) return tooManyParts(req, '"ticker:{SYMBOL}" or "ticker:all"');
      // The SDK subscribes to every ticker as the key `ticker:all`; it names no pair.
      if (req.keyParts?.[0] === 'all') return { key: 'ticker:all', private: false };
      const checked = symbolOf('ticker', pairs, req.keyParts ? req.keyParts[0] : req.params.symbol);
      return 'error' in checked ? checked : { key: `ticker:${checked.symbol}`, private: false };
    },
  };
  const tickerAll: ChannelFamily = {
    name: 'ticker_all',
    resolve(req) {
      return req.keyParts ? tooManyParts(req, '"ticker_all" or "ticker:all"') : { key: 'ticker:all', private: false };
    },
  };
  const candles: ChannelFamily = {
    name: 'candles',
    resolve(req) {
      if (req.keyParts && req.keyParts.length !== 2) return tooManyParts(req, '"candles:{SYMBOL}:{interval}"');
      const checked = symbolOf('candles', pairs, req.keyParts ? req.keyParts[0] : req.params.symbol);
      if ('error' in checked) return checked;
      const interval = req.keyParts ? req.keyParts[1] : req.params.interval;
      if (typeof interval !== 'string' || !(INTERVALS as readonly string[]).includes(interval)) {
        return { error: `interval is required for the candles channel: one of ${INTERVALS.join(', ')}.` };
      }
      return { key: `candles:${checked.symbol}:${interval}`, private: false };
    },
  };
  const trades: ChannelFamily = {
    name: 'trades',
    resolve(req) {
      if (req.keyParts && req.keyParts.length !== 1) return tooManyParts(req, '"trades:{SYMBOL}"');
      const checked = symbolOf('trades', pairs, req.keyParts ? req.keyParts[0] : req.params.symbol);
      return 'error' in checked ? checked : { key: `trades:${checked.symbol}`, private: false };
    },
  };
  return [ticker, tickerAll, candles, trades];
}

/** `orders` and `portfolio`: the connection's agent's own events, so they need an agent. */
export function agentChannels(): ChannelFamily[] {
  return (['orders', 'portfolio'] as const).map((name) => ({
    name,
    resolve(req: ChannelRequest): ChannelResolution {
      if (req.keyParts) return tooManyParts(req, `"${name}"`);
      if (!req.agentId) {
        return {
          error: `The ${name} channel needs an agent: connect with an agent's API key, or with agent_id, or give the account a default agent.`,
        };
      }
      return { key: name, private: true };
    },
  }));
}
