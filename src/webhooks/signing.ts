// Webhook signatures (decisions ruling 11). The receiver recomputes
//   X-TradeReady-Signature: sha256=<hex HMAC-SHA-256(secret, "<X-TradeReady-Timestamp>.<raw body>")>
// and rejects a timestamp too far from its clock, so a captured request cannot be replayed later.
// X-Webhook-Signature (bare hex HMAC of the body alone) is kept for the original clients; it has no
// replay protection.
import { createHmac, randomBytes } from 'node:crypto';

/** A new signing secret: 32 random bytes, URL-safe base64 (43 characters). */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export function legacySignatureOf(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/** The headers of one attempt; `timestamp` is Unix seconds at sending. */
export function deliveryHeaders(input: {
  secret: string;
  event: string;
  deliveryId: string;
  timestamp: number;
  body: string;
}): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'TradeReady-Webhooks/1',
    'X-TradeReady-Event': input.event,
    'X-TradeReady-Delivery': input.deliveryId,
    'X-TradeReady-Timestamp': String(input.timestamp),
    'X-TradeReady-Signature': `sha256=${signatureOf(input.secret, input.timestamp, input.body)}`,
    'X-Webhook-Event': input.event,
    'X-Webhook-Signature': legacySignatureOf(input.secret, input.body),
  };
}
