// `npm run lint:asyncapi`: validates asyncapi.yaml with @asyncapi/parser (the AsyncAPI 3.0 schema
// and its Spectral ruleset, `$ref`s into openapi.yaml followed), and the self-contained bundle the
// server serves as /asyncapi.json. Every diagnostic is printed; errors fail the run, warnings and
// hints do not (the ruleset's advice, such as "use the latest AsyncAPI version", is not a defect).
// The parser does not check a message's examples against its payload; this does, with the same
// validators the contract tests use, so a documented example is always a valid message.
import { DiagnosticSeverity } from '@asyncapi/parser';
import { ASYNCAPI_PATH, bundleAsyncApi, documentedMessages, parseAsyncApi, parseAsyncApiDocument } from './lib/asyncapi.js';

interface Diagnostic {
  code: string | number;
  message: string;
  path: Array<string | number>;
  severity: DiagnosticSeverity;
  range: { start: { line: number; character: number } };
}

const SEVERITY: Record<DiagnosticSeverity, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** Prints the diagnostics (only the errors with `errorsOnly`); returns how many are errors. */
function report(label: string, diagnostics: Diagnostic[], { errorsOnly = false } = {}): number {
  let errors = 0;
  for (const d of diagnostics) {
    const severity = SEVERITY[d.severity];
    if (d.severity === DiagnosticSeverity.Error) errors++;
    else if (errorsOnly) continue;
    const where = `${label}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    console.log(`${where} ${severity} ${d.code} ${d.message}${d.path.length ? ` (at ${d.path.join('.')})` : ''}`);
  }
  return errors;
}

const file = await parseAsyncApi();
let errors = report('asyncapi.yaml', file.diagnostics);
if (!file.document && errors === 0) {
  console.log('asyncapi.yaml: the parser returned no document');
  errors++;
}
if (errors > 0) {
  console.log(`lint:asyncapi: ${errors} error(s)`);
  process.exit(1);
}
// The bundle is what clients download; it must stand alone. Its advice repeats the source's, so
// only its errors (a mistake of the bundling) are shown.
const bundled = bundleAsyncApi(ASYNCAPI_PATH);
const bundle = await parseAsyncApiDocument(bundled);
errors += report('asyncapi.json (bundle)', bundle.diagnostics, { errorsOnly: true });
for (const message of documentedMessages(bundled)) {
  if (message.examples.length === 0) {
    console.log(`asyncapi.yaml: error message ${message.key} has no example`);
    errors++;
  }
  for (const [i, example] of message.examples.entries()) {
    if (message.validate(example.payload)) continue;
    const issues = (message.validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
    console.log(`asyncapi.yaml: error example ${example.name ?? i} of message ${message.key} does not match its payload: ${issues}`);
    errors++;
  }
}
if (errors > 0) {
  console.log(`lint:asyncapi: ${errors} error(s)`);
  process.exit(1);
}
console.log(`lint:asyncapi: ${file.document!.allMessages().length} messages, ${file.document!.operations().length} operations, no errors`);
