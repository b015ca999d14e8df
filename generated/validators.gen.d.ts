// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.
import type { OperationId } from './operations.gen.js';

export interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  parentSchema?: unknown;
}
export interface RequestValidator {
  (data: unknown): boolean;
  errors?: ValidationIssue[] | null;
}
export declare const requestValidators: Record<OperationId, { body?: RequestValidator; params?: RequestValidator }>;
