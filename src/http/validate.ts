// Runs the precompiled request validators and turns ajv's findings into `{field, message}` pairs.
import type { RequestValidator, ValidationIssue } from '../../generated/validators.gen.js';
import { validationError, type FieldIssue } from '../errors.js';

function fieldOf(prefix: string, issue: ValidationIssue): string {
  const path = issue.instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = issue.params.missingProperty ?? issue.params.additionalProperty;
  if (typeof extra === 'string') path.push(extra);
  return [prefix, ...path].filter(Boolean).join('.');
}

function messageOf(issue: ValidationIssue): string {
  // A pattern or a set of alternatives says little by itself; the schema's description says more.
  const description = (issue.parentSchema as { description?: unknown } | undefined)?.description;
  if ((issue.keyword === 'pattern' || issue.keyword === 'oneOf') && typeof description === 'string') {
    return `is invalid: ${description.trim().replace(/\s+/g, ' ')}`;
  }
  switch (issue.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not an allowed field';
    case 'format':
      return `must be a valid ${String(issue.params.format)}`;
    default:
      return issue.message ?? 'is invalid';
  }
}

/** One message per field; the alternatives of a `oneOf` are joined with "or". */
export function toFieldIssues(prefix: string, issues: ValidationIssue[]): FieldIssue[] {
  const byField = new Map<string, string[]>();
  // When alternatives failed, report the alternatives as one, not each branch's complaint.
  const alternatives = new Set(issues.filter((i) => i.keyword === 'oneOf').map((i) => i.instancePath));
  for (const issue of issues) {
    if (alternatives.has(issue.instancePath) && issue.keyword !== 'oneOf') continue;
    // An if/then/else schema reports the failed branch twice: the branch's own issue names the
    // field, and `must match "then"/"else" schema` adds nothing to it.
    if (issue.keyword === 'if') continue;
    const field = fieldOf(prefix, issue);
    const messages = byField.get(field) ?? [];
    const message = messageOf(issue);
    if (!messages.includes(message)) messages.push(message);
    byField.set(field, messages);
  }
  return [...byField].map(([field, messages]) => ({ field, message: messages.join(' or ') }));
}

export function runValidator(validator: RequestValidator, data: unknown, prefix: string): void {
  if (!validator(data)) throw validationError(toFieldIssues(prefix, validator.errors ?? []));
}
