// A local webhook receiver for the webhook tests: records every request (headers and raw body) and
// answers from a script of statuses ('hang' never answers, until close()).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export class Receiver {
  readonly received: Received[] = [];
  /** Answers for the next requests, in order; then `fallback`. */
  script: Array<number | 'hang'> = [];
  fallback = 200;
  private readonly hanging: ServerResponse[] = [];
  private waiters: Array<() => void> = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    const receiver = new Receiver(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        receiver.received.push({ method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        const answer = receiver.script.shift() ?? receiver.fallback;
        if (answer === 'hang') receiver.hanging.push(res);
        else {
          res.writeHead(answer, answer >= 300 && answer < 400 ? { Location: '/elsewhere' } : {});
          res.end('ok');
        }
        const waiters = receiver.waiters;
        receiver.waiters = [];
        for (const w of waiters) w();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves once `n` requests in all have arrived. */
  async count(n: number): Promise<void> {
    while (this.received.length < n) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A receiver's check of ruling 11, written independently of src/webhooks/signing.ts. */
export function verifySignature(secret: string, r: Received, nowSeconds: number, toleranceSeconds = 300): boolean {
  const timestamp = String(r.headers['x-tradeready-timestamp']);
  const given = String(r.headers['x-tradeready-signature']);
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest('hex')}`;
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

export function legacySignatureOk(secret: string, r: Received): boolean {
  return r.headers['x-webhook-signature'] === createHmac('sha256', secret).update(r.body).digest('hex');
}
