import { describe, expect, it } from 'vitest';
import { agentChannels, ChannelRegistry, marketChannels } from '../../src/ws/channels.js';

const pairs = {
  pair: (symbol: string) =>
    ['BTCUSDT', 'ETHUSDT'].includes(symbol) ? { status: 'active' } : symbol === 'OLDUSDT' ? { status: 'inactive' } : undefined,
};

function registry(): ChannelRegistry {
  const r = new ChannelRegistry();
  for (const family of [...marketChannels(pairs), ...agentChannels()]) r.register(family);
  return r;
}

const withAgent = { agentId: 'agent-1', accountId: 'acct-1' };
const noAgent = { agentId: undefined, accountId: 'acct-1' };

describe('channel registry', () => {
  it.each([
    ['ticker', { symbol: 'btcusdt' }, 'ticker:BTCUSDT'],
    ['ticker:ethusdt', {}, 'ticker:ETHUSDT'],
    ['ticker_all', {}, 'ticker:all'],
    ['ticker:all', {}, 'ticker:all'],
    ['candles', { symbol: 'BTCUSDT', interval: '4h' }, 'candles:BTCUSDT:4h'],
    ['candles:BTCUSDT:1m', {}, 'candles:BTCUSDT:1m'],
    ['trades', { symbol: 'ETHUSDT' }, 'trades:ETHUSDT'],
    ['trades:BTCUSDT', {}, 'trades:BTCUSDT'],
  ])('resolves %s %j to the public key %s', (channel, params, key) => {
    expect(registry().resolve(channel, params, noAgent)).toEqual({ key, private: false });
  });

  it('resolves the private channels to per-agent keys, and only with an agent', () => {
    const r = registry();
    expect(r.resolve('orders', {}, withAgent)).toEqual({ key: 'orders', private: true });
    expect(r.resolve('portfolio', {}, withAgent)).toEqual({ key: 'portfolio', private: true });
    expect(r.resolve('orders', {}, noAgent)).toEqual({ error: expect.stringMatching(/needs an agent/) });
  });

  it.each([
    ['tickers', {}, /^Unknown channel\. Channels: ticker, ticker_all, candles, trades, orders, portfolio\.$/],
    ['ticker', {}, /symbol is required/],
    ['ticker', { symbol: 7 }, /symbol must be a string/],
    ['ticker', { symbol: 'NOPEUSDT' }, /Unknown symbol/],
    ['ticker:OLDUSDT', {}, /Unknown symbol/],
    ['ticker:BTC-USDT', {}, /Unknown symbol/],
    ['ticker:BTCUSDT:1m', {}, /Malformed channel key/],
    ['ticker_all:x', {}, /Malformed channel key/],
    ['candles', { symbol: 'BTCUSDT' }, /interval is required/],
    ['candles', { symbol: 'BTCUSDT', interval: '2m' }, /interval is required.*1m, 5m, 15m, 1h, 4h, 1d/],
    ['candles:BTCUSDT', {}, /Malformed channel key/],
    ['candles:BTCUSDT:1m:x', {}, /Malformed channel key/],
    ['trades', {}, /symbol is required/],
    ['orders:x', {}, /Malformed channel key/],
  ])('refuses %s %j', (channel, params, message) => {
    const result = registry().resolve(channel, params, withAgent);
    expect(result).toEqual({ error: expect.stringMatching(message) });
  });

  it('takes new families (battles) and lists them; names are unique', () => {
    const r = registry();
    const remove = r.register({
      name: 'battle',
      resolve: (req) => {
        const id = req.keyParts ? req.keyParts[0] : req.params.battle_id;
        return typeof id === 'string' ? { key: `battle:${id}`, private: false } : { error: 'battle_id is required.' };
      },
    });
    expect(r.resolve('battle:b1', {}, noAgent)).toEqual({ key: 'battle:b1', private: false });
    expect(r.resolve('battle', { battle_id: 'b2' }, noAgent)).toEqual({ key: 'battle:b2', private: false });
    expect(r.names()).toContain('battle');
    expect(() => r.register({ name: 'battle', resolve: () => ({ error: 'x' }) })).toThrow(/already registered/);
    remove();
    expect(r.resolve('battle:b1', {}, noAgent)).toEqual({ error: expect.stringMatching(/^Unknown channel/) });
  });
});
