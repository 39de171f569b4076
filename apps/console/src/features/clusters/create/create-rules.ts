import type { FormRule } from 'antd';
import { ClusterCreateRequestSchema } from '@cs/contracts';
import { contractPathRule } from '../../../forms/contract-rule.ts';
import { toCreateRequest } from './cluster-create.utils.ts';
import type { ClusterCreateFormValues } from './cluster-create.utils.ts';

/** The request of the form's current values (all of them, including hidden ones). */
export function createRequestFromValues(values: Record<string, unknown>) {
  return toCreateRequest(values as unknown as ClusterCreateFormValues);
}

/** The rule of one request field: the whole request is checked by the contract, as the BFF will. */
export function createRule(path: string): FormRule[] {
  return [contractPathRule(ClusterCreateRequestSchema, path, createRequestFromValues)];
}
