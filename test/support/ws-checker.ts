// Checks every WebSocket message the contract tests see (both ways) against asyncapi.yaml, in its
// bundled form generated/asyncapi.json, and records what was observed: the server message types,
// the error codes, the close codes and the handshake refusals, so a coverage test can demand every
// documented one, as SpecChecker does for the REST operations.
import { readFileSync } from 'node:fs';
import { documentedMessages, type AsyncApiDocument, type DocumentedMessage } from '../../scripts/lib/asyncapi.js';
import type { JsonSchema } from '../../scripts/lib/spec.js';

/** The values a payload schema pins `property` to with `const`, through allOf/oneOf/anyOf. */
function constsOf(schema: JsonSchema, property: string): unknown[] {
  const own = (schema.properties as Record<string, JsonSchema> | undefined)?.[property];
  const found = own && 'const' in own ? [own.const] : [];
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const sub of (schema[key] as JsonSchema[] | undefined) ?? []) found.push(...constsOf(sub, property));
  }
  return found;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/**
 * The channel family a data message travels on: its `channel` up to the first `:` (`trades` for
 * `trades:BTCUSDT`, `battle` for `battle:<id>`); '' for messages without a channel (control ones).
 */
function familyOf(message: unknown): string {
  const channel = (message as { channel?: unknown } | null)?.channel;
  return typeof channel === 'string' ? channel.split(':')[0]! : '';
}

export class WsChecker {
  readonly document: AsyncApiDocument;
  /**
   * Server → client messages by `type` and channel family (`trade` on `trades:…` and `trade` on
   * `battle:…` are two messages); the family comes from the message's documented examples.
   */
  readonly serverMessages = new Map<string, DocumentedMessage>();
  /** Server → client messages by their `type` alone. */
  private readonly byType = new Map<string, DocumentedMessage[]>();
  /** Client → server messages with the `action`/`type` values that identify them. */
  readonly clientMessages: Array<{ message: DocumentedMessage; actions: unknown[]; types: unknown[] }> = [];
  readonly errorCodes: string[];
  readonly closeCodes: number[];
  /** "status CODE" of every documented handshake refusal. */
  readonly handshakeRefusals: string[];

  /** Keys of serverMessages observed. */
  readonly observedTypes = new Set<string>();
  readonly observedErrorCodes = new Set<string>();
  readonly observedCloseCodes = new Set<number>();
  readonly observedRefusals = new Set<string>();

  constructor(file = new URL('../../generated/asyncapi.json', import.meta.url)) {
    this.document = JSON.parse(readFileSync(file, 'utf8')) as AsyncApiDocument;
    for (const message of documentedMessages(this.document)) {
      if (message.action === 'send') {
        const [type, ...more] = constsOf(message.payload, 'type');
        if (typeof type !== 'string' || more.length > 0) throw new Error(`asyncapi: server message ${message.key} needs one const type`);
        this.byType.set(type, [...(this.byType.get(type) ?? []), message]);
      } else {
        this.clientMessages.push({ message, actions: constsOf(message.payload, 'action'), types: constsOf(message.payload, 'type') });
      }
    }
    for (const [type, messages] of this.byType) {
      if (messages.length === 1) {
        this.serverMessages.set(type, messages[0]!);
        continue;
      }
      // A type several messages share is told apart by the channel family their examples use.
      for (const message of messages) {
        const families = new Set(message.examples.map((e) => familyOf(e.payload)));
        const family = [...families][0];
        if (families.size !== 1 || !family)
          throw new Error(`asyncapi: the examples of server message ${message.key} name no one channel family`);
        const key = `${type} on ${family}`;
        if (this.serverMessages.has(key)) throw new Error(`asyncapi: two server messages have type ${type} on channel family ${family}`);
        this.serverMessages.set(key, message);
      }
    }
    const error = [...this.serverMessages.values()].find((m) => m.name === 'error');
    this.errorCodes = ((error?.payload.properties as Record<string, { enum?: string[] }> | undefined)?.code?.enum ?? []).slice();
    if (this.errorCodes.length === 0) throw new Error('asyncapi: the error message documents no codes');
    this.closeCodes = (this.document['x-close-codes'] as Array<{ code: number }>).map((c) => c.code);
    this.handshakeRefusals = (this.document['x-handshake-responses'] as Array<{ status: number; codes: string[] }>).flatMap((r) =>
      r.codes.map((code) => `${r.status} ${code}`),
    );
  }

  /**
   * Checks a message the server sent, identified by its `type` and channel family (by its `type`
   * alone when only one message has it); throws a precise message when it breaks the contract.
   * Data messages (those with a `seq`) must also keep the documented key order (`type, channel,
   * seq, symbol?, interval?, data`), which is the order of the payload's properties in the document.
   */
  check(message: unknown): DocumentedMessage {
    const type = (message as { type?: unknown } | null)?.type;
    const candidates = typeof type === 'string' ? (this.byType.get(type) ?? []) : [];
    const documented = candidates.length === 1 ? candidates[0] : this.serverMessages.get(`${String(type)} on ${familyOf(message)}`);
    if (!documented) {
      throw new Error(
        `server sent a message of undocumented type ${show(type)} on channel ${show((message as { channel?: unknown }).channel)} (documented: ${[...this.serverMessages.keys()].join(', ')}): ${show(message)}`,
      );
    }
    if (!documented.validate(message)) {
      const issues = (documented.validate.errors ?? []).map(
        (e) => `  ${e.instancePath || '/'}: ${e.message ?? e.keyword} ${show(e.params)}`,
      );
      throw new Error(`server message ${documented.key} does not match asyncapi.yaml:\n${issues.join('\n')}\n${show(message)}`);
    }
    const properties = Object.keys((documented.payload.properties as Record<string, unknown> | undefined) ?? {});
    if (properties.includes('seq')) {
      const keys = Object.keys(message as object);
      const expected = properties.filter((p) => keys.includes(p));
      if (keys.join() !== expected.join()) {
        throw new Error(
          `server message ${documented.key}: keys in order ${keys.join(', ')}, documented ${expected.join(', ')}: ${show(message)}`,
        );
      }
    }
    for (const [k, m] of this.serverMessages) if (m === documented) this.observedTypes.add(k);
    if (type === 'error') this.observedErrorCodes.add((message as { code: string }).code);
    return documented;
  }

  /** Checks a message a test is about to send; only `sendRaw` bypasses this, for deliberately bad ones. */
  checkClient(message: unknown): DocumentedMessage {
    const { action, type } = (message ?? {}) as { action?: unknown; type?: unknown };
    const candidates = this.clientMessages.filter(
      (c) => (action !== undefined && c.actions.includes(action)) || (type !== undefined && c.types.includes(type)),
    );
    if (candidates.length === 0) {
      throw new Error(`client message is none of the documented ones (by action/type): ${show(message)}`);
    }
    for (const { message: documented } of candidates) if (documented.validate(message)) return documented;
    const issues = candidates.flatMap(({ message: documented }) =>
      (documented.validate.errors ?? []).map(
        (e) => `  ${documented.key} ${e.instancePath || '/'}: ${e.message ?? e.keyword} ${show(e.params)}`,
      ),
    );
    throw new Error(`client message does not match asyncapi.yaml:\n${issues.join('\n')}\n${show(message)}`);
  }

  /** A close the client saw; an undocumented code fails (1005/1006 mean no close frame, a failure here). */
  recordClose(code: number, reason: string): void {
    if (!this.closeCodes.includes(code)) {
      throw new Error(
        `connection closed with undocumented code ${code} (${reason || 'no reason'}); documented: ${this.closeCodes.join(', ')}`,
      );
    }
    this.observedCloseCodes.add(code);
  }

  /** A refused handshake (its body already checked as the REST Error envelope). */
  recordRefusal(status: number, code: string): void {
    const key = `${status} ${code}`;
    if (!this.handshakeRefusals.includes(key)) {
      throw new Error(
        `handshake refused with ${key}, which asyncapi.yaml does not document (documented: ${this.handshakeRefusals.join(', ')})`,
      );
    }
    this.observedRefusals.add(key);
  }

  /** Everything documented and never observed, one line each. */
  unobserved(): string[] {
    return [
      ...[...this.serverMessages.keys()].filter((t) => !this.observedTypes.has(t)).map((t) => `server message type ${t}`),
      ...this.errorCodes.filter((c) => !this.observedErrorCodes.has(c)).map((c) => `error code ${c}`),
      ...this.closeCodes.filter((c) => !this.observedCloseCodes.has(c)).map((c) => `close code ${c}`),
      ...this.handshakeRefusals.filter((r) => !this.observedRefusals.has(r)).map((r) => `handshake refusal ${r}`),
    ];
  }
}

/** One checker for the whole contract run, so coverage is counted across suites. */
export const wsChecker = new WsChecker();
