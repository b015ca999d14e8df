/// <reference types="vite/client" />
// The contract tier: every suite runs against real listening servers and every response is checked
// against openapi.yaml. The suites are imported first; the coverage check runs after all of them.
import { describe, expect, it } from 'vitest';
import { checker } from '../support/harness.js';

import.meta.glob('./suites/*.contract.ts', { eager: true });

describe('contract coverage', () => {
  it('observed every operation and every documented status in openapi.yaml', () => {
    expect(checker.unobserved()).toEqual([]);
  });
});
