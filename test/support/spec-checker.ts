// Checks every HTTP response the contract tests see against openapi.yaml and records which
// (operation, status) pairs were observed, so a coverage test can demand all documented ones.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { componentsSchema, deref, listOperations, loadSpec, rewriteRefs, type OperationEntry, type Spec } from '../../scripts/lib/spec.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;

interface DocumentedResponse {
  headers: string[];
  validate: ValidateFunction | undefined;
}

export class SpecChecker {
  readonly spec: Spec;
  readonly operations: Map<string, OperationEntry>;
  private readonly responses = new Map<string, DocumentedResponse>();
  private readonly errorValidator: ValidateFunction;
  /** operationId -> statuses seen. */
  readonly observed = new Map<string, Set<string>>();

  constructor(specPath = new URL('../../openapi.yaml', import.meta.url).pathname) {
    this.spec = loadSpec(specPath);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(componentsSchema(this.spec));
    this.operations = new Map(listOperations(this.spec).map((o) => [o.operationId, o]));
    for (const { operationId, op } of this.operations.values()) {
      for (const [status, raw] of Object.entries(op.responses)) {
        const response = deref(this.spec, raw) as {
          headers?: Record<string, unknown>;
          content?: Record<string, { schema: Record<string, unknown> }>;
        };
        const schema = response.content?.['application/json']?.schema;
        this.responses.set(`${operationId} ${status}`, {
          headers: Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()),
          validate: schema ? ajv.compile(rewriteRefs(schema)) : undefined,
        });
      }
    }
    this.errorValidator = ajv.compile({ $ref: 'tradeready:components#/$defs/Error' });
  }

  documentedStatuses(operationId: string): string[] {
    return Object.keys(this.operations.get(operationId)?.op.responses ?? {});
  }

  /** Throws with a precise message when the response breaks the spec. */
  check(operationId: string, status: number, headers: Headers, body: unknown): void {
    const documented = this.responses.get(`${operationId} ${status}`);
    if (!documented) {
      throw new Error(`${operationId} answered ${status}, which openapi.yaml does not document: ${JSON.stringify(body)}`);
    }
    for (const header of documented.headers) {
      if (!headers.has(header)) throw new Error(`${operationId} ${status}: documented header ${header} is missing`);
    }
    if (documented.validate && !documented.validate(body)) {
      throw new Error(
        `${operationId} ${status}: body does not match the spec: ${JSON.stringify(documented.validate.errors)}\n${JSON.stringify(body)}`,
      );
    }
    if (status >= 400 && !this.errorValidator(body)) {
      throw new Error(`${operationId} ${status}: not the Error envelope: ${JSON.stringify(body)}`);
    }
    let seen = this.observed.get(operationId);
    if (!seen) this.observed.set(operationId, (seen = new Set()));
    seen.add(String(status));
  }

  /** Replies outside any operation (unknown route, wrong method) must still be the Error envelope. */
  checkError(body: unknown): void {
    if (!this.errorValidator(body)) throw new Error(`not the Error envelope: ${JSON.stringify(body)}`);
  }

  /** Every documented (operation, status) never observed, as "operationId status". */
  unobserved(): string[] {
    const missing: string[] = [];
    for (const operationId of this.operations.keys()) {
      for (const status of this.documentedStatuses(operationId)) {
        if (!this.observed.get(operationId)?.has(status)) missing.push(`${operationId} ${status}`);
      }
    }
    return missing;
  }
}
