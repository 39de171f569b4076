import { useMutation } from '@tanstack/react-query';
import type { TestAccessRequest, TestAccessResult } from '@cs/contracts';
import { api } from '../api.ts';

export interface TestAccessVars {
  clusterId: string;
  body: TestAccessRequest;
}

/** Test access: simulated requests through the cluster's Server Load Balancer; it changes nothing. */
export function testAccess({ clusterId, body }: TestAccessVars): Promise<TestAccessResult> {
  return api.testAccess(clusterId, body);
}

export function useTestAccessMutation() {
  return useMutation<TestAccessResult, Error, TestAccessVars>({ mutationFn: testAccess });
}
