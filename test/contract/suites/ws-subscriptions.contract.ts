// Subscribing as asyncapi.yaml documents it: both forms for every channel, the acks, the id echo,
// the subscription limit, and every error code, each of which leaves the connection open. Also
// the closes a client causes: 1000 when it closes, 1009 when it sends a frame over 16 KiB.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';
import { WsClient } from '../../support/ws-client.js';

/** Every channel in its named form, its key form, and the key the server acks. */
const CHANNELS: Array<{ named: Record<string, string>; key: string; resolved: string }> = [
  { named: { channel: 'ticker', symbol: 'BTCUSDT' }, key: 'ticker:BTCUSDT', resolved: 'ticker:BTCUSDT' },
  { named: { channel: 'ticker_all' }, key: 'ticker:all', resolved: 'ticker:all' },
  { named: { channel: 'trades', symbol: 'ETHUSDT' }, key: 'trades:ETHUSDT', resolved: 'trades:ETHUSDT' },
  { named: { channel: 'candles', symbol: 'SOLUSDT', interval: '5m' }, key: 'candles:SOLUSDT:5m', resolved: 'candles:SOLUSDT:5m' },
  { named: { channel: 'orders' }, key: 'orders', resolved: 'orders' },
  { named: { channel: 'portfolio' }, key: 'portfolio', resolved: 'portfolio' },
];

describe('WebSocket subscriptions', () => {
  let server: TestServer;
  let creds: Credentials;
  let ws: WsClient;
  beforeAll(async () => {
    server = await TestServer.start();
    creds = await server.registerAccount();
  });
  afterEach(async () => {
    if (!ws.isClosed) await ws.close();
    ws.assertClean();
  });
  afterAll(() => server.stop());

  it('acks both forms of every channel with the same key, and unsubscribes in both forms', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    for (const { named, key, resolved } of CHANNELS) {
      expect(await ws.subscribe(named)).toMatchObject({ type: 'subscribed', channel: resolved });
      expect(await ws.unsubscribe({ channel: key })).toMatchObject({ type: 'unsubscribed', channel: resolved });
      expect(await ws.subscribe({ channel: key })).toMatchObject({ type: 'subscribed', channel: resolved });
      expect(await ws.unsubscribe(named)).toMatchObject({ type: 'unsubscribed', channel: resolved });
    }
  });

  it('upper-cases symbols in both forms', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    expect(await ws.subscribe({ channel: 'ticker:btcusdt' })).toMatchObject({ type: 'subscribed', channel: 'ticker:BTCUSDT' });
    expect(await ws.subscribe({ channel: 'candles', symbol: 'ethusdt', interval: '1h' })).toMatchObject({
      type: 'subscribed',
      channel: 'candles:ETHUSDT:1h',
    });
  });

  it('echoes a string or integer id in the ack and the error, and acks without one', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    expect(await ws.subscribe({ channel: 'ticker:BTCUSDT' }, 'req-1')).toEqual({
      type: 'subscribed',
      channel: 'ticker:BTCUSDT',
      id: 'req-1',
    });
    expect(await ws.subscribe({ channel: 'trades:BTCUSDT' }, 42)).toEqual({ type: 'subscribed', channel: 'trades:BTCUSDT', id: 42 });
    expect(await ws.subscribe({ channel: 'ticker', symbol: 'NOPEUSDT' }, 43)).toMatchObject({
      type: 'error',
      code: 'INVALID_CHANNEL',
      id: 43,
    });
    ws.send({ action: 'unsubscribe', channel: 'trades:BTCUSDT' });
    expect(await ws.next((m) => m.type === 'unsubscribed')).toEqual({ type: 'unsubscribed', channel: 'trades:BTCUSDT' });
  });

  it('acks a held channel again without counting it twice, and refuses the 11th distinct one with SUBSCRIPTION_LIMIT', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    const ten = [
      'ticker:BTCUSDT',
      'ticker:ETHUSDT',
      'ticker:SOLUSDT',
      'ticker:DOGEUSDT',
      'ticker:all',
      'trades:BTCUSDT',
      'trades:ETHUSDT',
      'candles:BTCUSDT:1m',
      'orders',
      'portfolio',
    ];
    for (const channel of ten) expect(await ws.subscribe({ channel })).toMatchObject({ type: 'subscribed', channel });
    // Idempotent: the same channel, in either form, is acked and still counts once.
    expect(await ws.subscribe({ channel: 'ticker', symbol: 'BTCUSDT' })).toMatchObject({ type: 'subscribed', channel: 'ticker:BTCUSDT' });
    const eleventh = await ws.subscribe({ channel: 'trades:SOLUSDT' }, 'eleven');
    expect(eleventh).toMatchObject({ type: 'error', code: 'SUBSCRIPTION_LIMIT', channel: 'trades:SOLUSDT', id: 'eleven' });
    // Unsubscribing frees a slot.
    await ws.unsubscribe({ channel: 'ticker:all' });
    expect(await ws.subscribe({ channel: 'trades:SOLUSDT' })).toMatchObject({ type: 'subscribed', channel: 'trades:SOLUSDT' });
  });

  it('acks an unsubscribe of a channel not held', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    expect(await ws.unsubscribe({ channel: 'candles:DOGEUSDT:1d' })).toMatchObject({
      type: 'unsubscribed',
      channel: 'candles:DOGEUSDT:1d',
    });
  });

  it('answers INVALID_CHANNEL for an unknown name, symbol or interval and a missing parameter, naming the channel as sent', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    const unknownName = { action: 'subscribe', channel: 'tickers', symbol: 'BTCUSDT', id: 1 };
    ws.sendRaw(JSON.stringify(unknownName));
    const unknown = await ws.next((m) => m.id === 1);
    expect(unknown).toMatchObject({ type: 'error', code: 'INVALID_CHANNEL', channel: 'tickers' });
    expect(unknown.message).toMatch(/^Unknown channel\./);
    for (const name of ['ticker', 'ticker_all', 'trades', 'candles', 'orders', 'portfolio']) expect(unknown.message).toContain(name);

    const cases: Array<[Record<string, unknown>, string]> = [
      [{ channel: 'ticker', symbol: 'XYZUSDT' }, 'ticker'],
      [{ channel: 'ticker:XYZUSDT' }, 'ticker:XYZUSDT'],
      [{ channel: 'trades' }, 'trades'],
      [{ channel: 'candles', symbol: 'BTCUSDT' }, 'candles'],
      [{ channel: 'candles', symbol: 'BTCUSDT', interval: '2m' }, 'candles'],
      [{ channel: 'candles:BTCUSDT:3h' }, 'candles:BTCUSDT:3h'],
      [{ channel: 'candles:BTCUSDT' }, 'candles:BTCUSDT'],
    ];
    for (const [i, [selector, sent]] of cases.entries()) {
      ws.sendRaw(JSON.stringify({ action: 'subscribe', ...selector, id: `c${i}` }));
      expect(await ws.next((m) => m.id === `c${i}`)).toMatchObject({ type: 'error', code: 'INVALID_CHANNEL', channel: sent });
    }
    // And the connection still works.
    expect(await ws.subscribe({ channel: 'ticker:BTCUSDT' })).toMatchObject({ type: 'subscribed' });
  });

  it('answers UNKNOWN_ACTION for another action or none, and INVALID_MESSAGE for frames that are not JSON objects', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    ws.sendRaw(JSON.stringify({ action: 'dance', channel: 'ticker:BTCUSDT', id: 'a1' }));
    expect(await ws.next((m) => m.id === 'a1')).toMatchObject({ type: 'error', code: 'UNKNOWN_ACTION' });
    ws.sendRaw(JSON.stringify({ channel: 'ticker:BTCUSDT', id: 'a2' }));
    expect(await ws.next((m) => m.id === 'a2')).toMatchObject({ type: 'error', code: 'UNKNOWN_ACTION' });

    for (const frame of ['not json', '[1,2]', '"subscribe"', 'null']) {
      ws.sendRaw(frame);
      expect(await ws.next((m) => m.type === 'error')).toMatchObject({ type: 'error', code: 'INVALID_MESSAGE' });
    }
    ws.sendRaw(Buffer.from(JSON.stringify({ action: 'subscribe', channel: 'orders' })), { binary: true });
    expect(await ws.next((m) => m.type === 'error')).toMatchObject({ type: 'error', code: 'INVALID_MESSAGE' });
    // An id the reply could not echo faithfully.
    for (const id of ['x'.repeat(65), 1.5, { n: 1 }]) {
      ws.sendRaw(JSON.stringify({ action: 'subscribe', channel: 'orders', id }));
      expect(await ws.next((m) => m.type === 'error')).toMatchObject({ type: 'error', code: 'INVALID_MESSAGE' });
    }
    // Every one of them left the connection open.
    expect(await ws.subscribe({ channel: 'orders' })).toMatchObject({ type: 'subscribed', channel: 'orders' });
  });

  it('closes with 1009 on a client frame over 16 KiB', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    ws.sendRaw(JSON.stringify({ action: 'subscribe', channel: 'orders', id: 'x', padding: 'x'.repeat(17 * 1024) }));
    expect((await ws.expectClose()).code).toBe(1009);
  });

  it('answers a client close with 1000', async () => {
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    ws.socket.close(1000, 'bye');
    expect(await ws.expectClose()).toMatchObject({ code: 1000 });
  });
});
