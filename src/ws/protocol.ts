// The /ws/v1 wire format: parsing client frames, and the server's control and data messages.
// Data messages are serialised once per publish as the text before and after the seq, so that a
// publish to n connections costs one JSON.stringify and n string concatenations.
import type { DataMessage } from './types.js';

export type WsErrorCode = 'INVALID_CHANNEL' | 'SUBSCRIPTION_LIMIT' | 'UNKNOWN_ACTION' | 'INVALID_MESSAGE';

/** The client's optional `id`, echoed in the reply to the message that carried it. */
export type MessageId = string | number;

const MAX_ID_LENGTH = 64;

export type ClientMessage =
  { kind: 'subscribe' | 'unsubscribe'; channel: string; params: Record<string, unknown>; id?: MessageId } | { kind: 'pong' };

export interface ProtocolError {
  kind: 'error';
  code: WsErrorCode;
  message: string;
  /** The channel as the client sent it, when the error is about one. */
  channel?: string;
  id?: MessageId;
}

const ACTIONS_HINT = 'Use "subscribe", "unsubscribe" or "pong".';

function isValidId(id: unknown): id is MessageId {
  if (typeof id === 'string') return id.length <= MAX_ID_LENGTH;
  return typeof id === 'number' && Number.isSafeInteger(id) && String(id).length <= MAX_ID_LENGTH;
}

/** One client frame, parsed and checked; the errors keep the connection open. */
export function parseClientMessage(data: string | Buffer, isBinary: boolean): ClientMessage | ProtocolError {
  if (isBinary) return { kind: 'error', code: 'INVALID_MESSAGE', message: 'Binary frames are not accepted; send JSON text frames.' };
  let value: unknown;
  try {
    value = JSON.parse(typeof data === 'string' ? data : data.toString('utf8'));
  } catch {
    return { kind: 'error', code: 'INVALID_MESSAGE', message: 'Messages must be JSON objects.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', code: 'INVALID_MESSAGE', message: 'Messages must be JSON objects.' };
  }
  const msg = value as Record<string, unknown>;
  if (msg.id !== undefined && !isValidId(msg.id)) {
    return { kind: 'error', code: 'INVALID_MESSAGE', message: `id must be a string or an integer of at most ${MAX_ID_LENGTH} characters.` };
  }
  const id = msg.id;
  const withId = <T extends object>(reply: T): T & { id?: MessageId } => (id === undefined ? reply : { ...reply, id });
  const action = msg.action;
  // The SDK's `{"action":"pong"}` and the reference's `{"type":"pong"}` are both heartbeats.
  if (action === 'pong' || (action === undefined && msg.type === 'pong')) return { kind: 'pong' };
  if (action !== 'subscribe' && action !== 'unsubscribe') {
    const message = action === undefined ? `action is required. ${ACTIONS_HINT}` : `Unknown action. ${ACTIONS_HINT}`;
    return withId({ kind: 'error', code: 'UNKNOWN_ACTION', message });
  }
  const channel = msg.channel;
  if (typeof channel !== 'string' || channel === '') {
    return withId({
      kind: 'error',
      code: 'INVALID_CHANNEL',
      message: 'channel is required: a name such as "ticker" or a key such as "ticker:BTCUSDT".',
    });
  }
  return withId({ kind: action, channel, params: msg });
}

/** `{"type":"subscribed"|"unsubscribed","channel":key}` (+ id). */
export function ackMessage(type: 'subscribed' | 'unsubscribed', channel: string, id: MessageId | undefined): string {
  return JSON.stringify(id === undefined ? { type, channel } : { type, channel, id });
}

export function errorMessage(error: { code: WsErrorCode; message: string; channel?: string; id?: MessageId }): string {
  return JSON.stringify({
    type: 'error',
    code: error.code,
    message: error.message,
    ...(error.channel !== undefined ? { channel: error.channel } : {}),
    ...(error.id !== undefined ? { id: error.id } : {}),
  });
}

export const PING_MESSAGE = '{"type":"ping"}';

export function laggedMessage(dropped: number): string {
  return `{"type":"lagged","dropped":${dropped}}`;
}

/** A data message serialised around its seq: the frame for seq n is `prefix + n + suffix`. */
export interface DataFrame {
  type: string;
  prefix: string;
  suffix: string;
}

/** Keys in the wire order `type, channel, seq, symbol?, interval?, data`. */
export function dataFrame(msg: DataMessage): DataFrame {
  const prefix = `{"type":${JSON.stringify(msg.type)},"channel":${JSON.stringify(msg.channel)},"seq":`;
  let suffix = '';
  if (msg.symbol !== undefined) suffix += `,"symbol":${JSON.stringify(msg.symbol)}`;
  if (msg.interval !== undefined) suffix += `,"interval":${JSON.stringify(msg.interval)}`;
  // JSON.stringify yields undefined for `data: undefined`; null keeps the frame valid JSON.
  suffix += `,"data":${JSON.stringify(msg.data) ?? 'null'}}`;
  return { type: msg.type, prefix, suffix };
}
