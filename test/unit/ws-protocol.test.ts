import { describe, expect, it } from 'vitest';
import { ackMessage, dataFrame, errorMessage, laggedMessage, parseClientMessage } from '../../src/ws/protocol.js';

describe('parseClientMessage', () => {
  it('reads both subscribe forms and unsubscribe, keeping the whole message as params', () => {
    expect(parseClientMessage('{"action":"subscribe","channel":"ticker","symbol":"BTCUSDT"}', false)).toEqual({
      kind: 'subscribe',
      channel: 'ticker',
      params: { action: 'subscribe', channel: 'ticker', symbol: 'BTCUSDT' },
    });
    expect(parseClientMessage('{"action":"subscribe","channel":"ticker:BTCUSDT"}', false)).toMatchObject({
      kind: 'subscribe',
      channel: 'ticker:BTCUSDT',
    });
    expect(parseClientMessage(Buffer.from('{"action":"unsubscribe","channel":"orders","id":7}'), false)).toMatchObject({
      kind: 'unsubscribe',
      channel: 'orders',
      id: 7,
    });
  });

  it('accepts both pong forms', () => {
    expect(parseClientMessage('{"action":"pong"}', false)).toEqual({ kind: 'pong' });
    expect(parseClientMessage('{"type":"pong"}', false)).toEqual({ kind: 'pong' });
  });

  it.each([
    ['not json', 'INVALID_MESSAGE'],
    ['[1,2]', 'INVALID_MESSAGE'],
    ['null', 'INVALID_MESSAGE'],
    ['"subscribe"', 'INVALID_MESSAGE'],
    ['{"action":"subscribe","channel":"ticker","id":{"a":1}}', 'INVALID_MESSAGE'],
    [`{"action":"subscribe","channel":"ticker","id":"${'x'.repeat(65)}"}`, 'INVALID_MESSAGE'],
    ['{"action":"subscribe","channel":"ticker","id":1.5}', 'INVALID_MESSAGE'],
    ['{"action":"ping"}', 'UNKNOWN_ACTION'],
    ['{"type":"ping"}', 'UNKNOWN_ACTION'],
    ['{}', 'UNKNOWN_ACTION'],
    ['{"action":"subscribe"}', 'INVALID_CHANNEL'],
    ['{"action":"subscribe","channel":""}', 'INVALID_CHANNEL'],
    ['{"action":"unsubscribe","channel":42}', 'INVALID_CHANNEL'],
  ])('answers %s with %s', (text, code) => {
    expect(parseClientMessage(text, false)).toMatchObject({ kind: 'error', code });
  });

  it('refuses binary frames', () => {
    expect(parseClientMessage(Buffer.from('{"action":"pong"}'), true)).toMatchObject({ kind: 'error', code: 'INVALID_MESSAGE' });
  });

  it('carries a valid id into the error so it can be echoed', () => {
    expect(parseClientMessage('{"action":"nope","id":"req-1"}', false)).toMatchObject({ code: 'UNKNOWN_ACTION', id: 'req-1' });
    expect(parseClientMessage(`{"action":"subscribe","id":"${'y'.repeat(64)}"}`, false)).toMatchObject({
      code: 'INVALID_CHANNEL',
      id: 'y'.repeat(64),
    });
  });
});

describe('server messages', () => {
  it('writes acks and errors with the id only when given', () => {
    expect(JSON.parse(ackMessage('subscribed', 'ticker:BTCUSDT', undefined))).toEqual({ type: 'subscribed', channel: 'ticker:BTCUSDT' });
    expect(JSON.parse(ackMessage('unsubscribed', 'orders', 3))).toEqual({ type: 'unsubscribed', channel: 'orders', id: 3 });
    expect(JSON.parse(errorMessage({ code: 'SUBSCRIPTION_LIMIT', message: 'm', channel: 'trades', id: 'a' }))).toEqual({
      type: 'error',
      code: 'SUBSCRIPTION_LIMIT',
      message: 'm',
      channel: 'trades',
      id: 'a',
    });
    expect(JSON.parse(laggedMessage(12))).toEqual({ type: 'lagged', dropped: 12 });
  });

  it('serialises a data message once around its seq, keys in wire order', () => {
    const frame = dataFrame({ type: 'candle', channel: 'candles:BTCUSDT:1m', symbol: 'BTCUSDT', interval: '1m', data: { close: '1.5' } });
    const text = frame.prefix + 41 + frame.suffix;
    expect(text).toBe(
      '{"type":"candle","channel":"candles:BTCUSDT:1m","seq":41,"symbol":"BTCUSDT","interval":"1m","data":{"close":"1.5"}}',
    );
    expect(Object.keys(JSON.parse(text))).toEqual(['type', 'channel', 'seq', 'symbol', 'interval', 'data']);
    const order = dataFrame({ type: 'order', channel: 'orders', data: { status: 'filled' } });
    expect(order.prefix + 1 + order.suffix).toBe('{"type":"order","channel":"orders","seq":1,"data":{"status":"filled"}}');
  });
});
