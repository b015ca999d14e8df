import { describe, it, expect } from 'vitest';
import { requestValidators } from '../../generated/validators.gen.js';
import type { RequestValidator, ValidationIssue } from '../../generated/validators.gen.js';
import { DomainError, type FieldIssue } from '../../src/errors.js';
import { runValidator, toFieldIssues } from '../../src/http/validate.js';

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const registerBody = defined(requestValidators.registerAccount.body, 'registerAccount body validator');
const accountInfoParams = defined(requestValidators.getAccountInfo.params, 'getAccountInfo params validator');

/** Runs the validator the way the router does and returns the reported field issues ([] when valid). */
function issuesOf(validator: RequestValidator, data: unknown, prefix: string): FieldIssue[] {
  try {
    runValidator(validator, data, prefix);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    const domain = err as DomainError;
    expect(domain.code).toBe('VALIDATION_ERROR');
    expect(domain.status).toBe(422);
    return (domain.details as { errors: FieldIssue[] }).errors;
  }
}

const DECIMAL_HINT =
  'is invalid: A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at most 8 decimals, greater than zero.';

describe('registerAccount body validation', () => {
  it('accepts a complete valid body', () => {
    const body = { display_name: 'AlphaBot', email: 'alpha@example.com', password: 'my-secure-password', starting_balance: '10000.00' };
    expect(issuesOf(registerBody, body, 'body')).toEqual([]);
  });

  it('accepts a body with only display_name', () => {
    expect(issuesOf(registerBody, { display_name: 'AlphaBot' }, 'body')).toEqual([]);
  });

  it('accepts starting_balance as a JSON number', () => {
    expect(issuesOf(registerBody, { display_name: 'A', starting_balance: 5000.5 }, 'body')).toEqual([]);
  });

  it('reports a missing display_name as required', () => {
    expect(issuesOf(registerBody, { email: 'alpha@example.com' }, 'body')).toEqual([
      { field: 'body.display_name', message: 'is required' },
    ]);
  });

  it('reports an unknown field as not allowed', () => {
    expect(issuesOf(registerBody, { display_name: 'A', x: 1 }, 'body')).toEqual([{ field: 'body.x', message: 'is not an allowed field' }]);
  });

  it('reports every problem of a body, one entry per field', () => {
    expect(issuesOf(registerBody, { x: 1, email: 'nope' }, 'body')).toEqual([
      { field: 'body.display_name', message: 'is required' },
      { field: 'body.x', message: 'is not an allowed field' },
      { field: 'body.email', message: 'must be a valid email' },
    ]);
  });

  it.each(['abc', '1.123456789', '1e5', '-5', 0, -1, true, null])(
    'reports starting_balance %j as ONE invalid-decimal issue, not one per alternative',
    (value) => {
      const issues = issuesOf(registerBody, { display_name: 'A', starting_balance: value }, 'body');
      expect(issues).toHaveLength(1);
      expect(issues[0]?.field).toBe('body.starting_balance');
      expect(issues[0]?.message.startsWith('is invalid')).toBe(true);
      expect(issues[0]?.message).toBe(DECIMAL_HINT);
    },
  );

  it('reports a bad email with a message about email', () => {
    const issues = issuesOf(registerBody, { display_name: 'A', email: 'not-an-email' }, 'body');
    expect(issues).toEqual([{ field: 'body.email', message: 'must be a valid email' }]);
  });

  it('explains a blank display_name with the schema description', () => {
    expect(issuesOf(registerBody, { display_name: '   ' }, 'body')).toEqual([
      {
        field: 'body.display_name',
        message: 'is invalid: Human-readable name, 1–64 characters after trimming surrounding whitespace.',
      },
    ]);
  });

  it('reports a too-short password with ajv’s own message', () => {
    expect(issuesOf(registerBody, { display_name: 'A', password: 'short' }, 'body')).toEqual([
      { field: 'body.password', message: 'must NOT have fewer than 8 characters' },
    ]);
  });
});

describe('getAccountInfo params validation', () => {
  const params = (header: Record<string, unknown>) => ({ path: {}, query: {}, header });

  it('accepts a UUID X-Agent-Id header or none at all', () => {
    expect(issuesOf(accountInfoParams, params({ 'x-agent-id': '7d3c8a1e-2b4f-4c6d-9e8f-0a1b2c3d4e5f' }), '')).toEqual([]);
    expect(issuesOf(accountInfoParams, params({ accept: 'application/json' }), '')).toEqual([]);
  });

  it('reports an X-Agent-Id that is not a UUID under header.x-agent-id', () => {
    expect(issuesOf(accountInfoParams, params({ 'x-agent-id': 'not-a-uuid' }), '')).toEqual([
      { field: 'header.x-agent-id', message: 'must be a valid uuid' },
    ]);
  });
});

describe('toFieldIssues', () => {
  it('uses the prefix alone for issues at the root', () => {
    const issue: ValidationIssue = { instancePath: '', keyword: 'type', message: 'must be object', params: { type: 'object' } };
    expect(toFieldIssues('body', [issue])).toEqual([{ field: 'body', message: 'must be object' }]);
  });

  it('joins nested paths with dots and unescapes JSON-pointer segments', () => {
    const issue: ValidationIssue = { instancePath: '/a~1b/c~0d/0', keyword: 'minimum', message: 'must be >= 1', params: {} };
    expect(toFieldIssues('body', [issue])).toEqual([{ field: 'body.a/b.c~d.0', message: 'must be >= 1' }]);
  });

  it('drops the if/then/else wrapper issue and keeps the branch issue that names the field', () => {
    const issues: ValidationIssue[] = [
      {
        instancePath: '/definition/entry_conditions',
        keyword: 'additionalProperties',
        message: 'must NOT have additional properties',
        params: { additionalProperty: 'rsi_blow' },
      },
      {
        instancePath: '/definition/entry_conditions',
        keyword: 'if',
        message: 'must match "else" schema',
        params: { failingKeyword: 'else' },
      },
    ];
    const fields = toFieldIssues('body', issues);
    expect(fields).toHaveLength(1);
    expect(fields[0]!.message).not.toContain('"else"');
  });

  it('leaves out an empty prefix', () => {
    const issue: ValidationIssue = { instancePath: '/query', keyword: 'required', params: { missingProperty: 'limit' } };
    expect(toFieldIssues('', [issue])).toEqual([{ field: 'query.limit', message: 'is required' }]);
  });

  it('joins different messages for the same field with "or" and drops duplicates', () => {
    const issues: ValidationIssue[] = [
      { instancePath: '/side', keyword: 'enum', message: 'must be equal to one of the allowed values', params: {} },
      { instancePath: '/side', keyword: 'type', message: 'must be string', params: {} },
      { instancePath: '/side', keyword: 'enum', message: 'must be equal to one of the allowed values', params: {} },
    ];
    expect(toFieldIssues('body', issues)).toEqual([
      { field: 'body.side', message: 'must be equal to one of the allowed values or must be string' },
    ]);
  });

  it('falls back to "is invalid" when ajv gives no message and to the description for patterns', () => {
    const issues: ValidationIssue[] = [
      { instancePath: '/a', keyword: 'custom', params: {} },
      {
        instancePath: '/b',
        keyword: 'pattern',
        message: 'must match pattern',
        params: {},
        parentSchema: { description: '  An\n  upper-case   symbol. ' },
      },
      { instancePath: '/c', keyword: 'pattern', message: 'must match pattern "^x$"', params: {}, parentSchema: {} },
    ];
    expect(toFieldIssues('body', issues)).toEqual([
      { field: 'body.a', message: 'is invalid' },
      { field: 'body.b', message: 'is invalid: An upper-case symbol.' },
      { field: 'body.c', message: 'must match pattern "^x$"' },
    ]);
  });
});

// Query strings arrive as strings (qs). An integer parameter is accepted only in its canonical
// decimal spelling ("0", "42", "-7": no sign on zero, no "+", no leading zeros, no blanks, no
// exponent, no fraction, no hex/octal/binary) and only within its documented range; everything
// else is a 422 naming the field, decided by the generated validator.
describe('integer query parameters', () => {
  const historyParams = defined(requestValidators.getPortfolioHistory.params, 'getPortfolioHistory params validator');
  const tradeParams = defined(requestValidators.getTradeHistory.params, 'getTradeHistory params validator');
  const bookParams = defined(requestValidators.getOrderBook.params, 'getOrderBook params validator');

  /** Validates `query` as the router does; returns the coerced query or the issues. */
  function run(validator: RequestValidator, query: Record<string, unknown>) {
    const data = { path: { symbol: 'BTCUSDT' }, query: { ...query }, header: {} };
    const issues = issuesOf(validator, data, '');
    return { issues, query: data.query as Record<string, unknown> };
  }

  it.each([
    ['1', 1],
    ['42', 42],
    ['1000', 1000],
  ])('accepts limit=%j as the number %d', (raw, value) => {
    const { issues, query } = run(historyParams, { limit: raw });
    expect(issues).toEqual([]);
    expect(query.limit).toBe(value);
  });

  it('fills in the documented default as a number', () => {
    expect(run(historyParams, {}).query.limit).toBe(100);
    expect(run(tradeParams, {}).query).toMatchObject({ limit: 50, offset: 0 });
  });

  it.each([
    'Infinity',
    '-Infinity',
    '1e400',
    'NaN',
    '1e2',
    '1.0',
    '10.5',
    ' 5',
    '5 ',
    '0x10',
    '0b1',
    '0o7',
    '+5',
    '-0',
    '007',
    '',
    'abc',
    '٣',
  ])('refuses limit=%j with 422 naming query.limit', (raw) => {
    const { issues } = run(historyParams, { limit: raw });
    expect(issues.map((i) => i.field)).toEqual(['query.limit']);
  });

  it('refuses repeated and bracketed keys (arrays and objects from qs)', () => {
    expect(run(historyParams, { limit: ['1', '2'] }).issues.map((i) => i.field)).toEqual(['query.limit']);
    expect(run(historyParams, { limit: { a: '1' } }).issues.map((i) => i.field)).toEqual(['query.limit']);
  });

  it('refuses values past the documented range, however many digits', () => {
    expect(run(historyParams, { limit: '1001' }).issues).toEqual([{ field: 'query.limit', message: 'must be <= 1000' }]);
    expect(run(historyParams, { limit: '0' }).issues).toEqual([{ field: 'query.limit', message: 'must be >= 1' }]);
    expect(run(historyParams, { limit: '-3' }).issues).toEqual([{ field: 'query.limit', message: 'must be >= 1' }]);
    for (const raw of ['10000000000000000000', '9'.repeat(400)]) {
      expect(
        run(tradeParams, { offset: raw }).issues.map((i) => i.field),
        raw,
      ).toEqual(['query.offset']);
    }
  });

  it('bounds offset too', () => {
    expect(run(tradeParams, { offset: '100000' }).issues).toEqual([]);
    expect(run(tradeParams, { offset: '100001' }).issues).toEqual([{ field: 'query.offset', message: 'must be <= 100000' }]);
    expect(run(tradeParams, { offset: '1e19' }).issues.map((i) => i.field)).toEqual(['query.offset']);
  });

  it('checks an integer enum on the number, not the string', () => {
    expect(run(bookParams, { depth: '20' })).toMatchObject({ issues: [], query: { depth: 20 } });
    expect(run(bookParams, { depth: '20.0' }).issues.map((i) => i.field)).toEqual(['query.depth']);
    expect(run(bookParams, { depth: '7' }).issues.map((i) => i.field)).toEqual(['query.depth']);
  });

  it('says what an integer looks like', () => {
    expect(run(historyParams, { limit: '1e2' }).issues).toEqual([
      { field: 'query.limit', message: 'must be an integer from 1 to 1000 in decimal digits' },
    ]);
  });
});
