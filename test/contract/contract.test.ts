/// <reference types="vite/client" />
// The contract tier: every suite runs against real listening servers; every HTTP response is
// checked against openapi.yaml and every WebSocket message against asyncapi.yaml. The suites are
// imported first; the coverage checks run after all of them.
import { describe, expect, it } from 'vitest';
import { checker } from '../support/harness.js';
import { wsChecker } from '../support/ws-checker.js';

import.meta.glob('./suites/*.contract.ts', { eager: true });

describe('contract coverage', () => {
  it('observed every operation and every documented status in openapi.yaml', () => {
    expect(checker.unobserved()).toEqual([]);
  });

  it('observed every server message type, error code, close code and handshake refusal in asyncapi.yaml', () => {
    expect(wsChecker.unobserved()).toEqual([]);
  });
});
