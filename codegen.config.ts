// Drives @hey-api/openapi-ts: openapi.yaml -> generated/ (types and JSON schemas).
// `npm run codegen` runs this, then scripts/codegen-extra.ts (request validators, operation map,
// the JSON copy of the spec and the offline docs page), which must run after because `clean` wipes
// the folder.
import { defineConfig } from '@hey-api/openapi-ts';

export default defineConfig({
  input: './openapi.yaml',
  output: {
    path: './generated',
    clean: true,
    header: ['// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.'],
    module: { extension: '.js' },
  },
  plugins: ['@hey-api/typescript', '@hey-api/schemas'],
});
