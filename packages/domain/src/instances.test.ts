import { describe, expect, it } from 'vitest';
import { attachProblem, manualAttachProblem } from './instances.ts';
import type { Instance } from './instances.ts';

function instance(spec: Partial<Instance['spec']>, status: Partial<Instance['status']>) {
  return {
    metadata: { id: 'i-1' },
    spec: { networkType: 'classic', kernelVersion: '4.4.0', ...spec },
    status: { publicIp: '47.96.1.1', ...status },
  } as Pick<Instance, 'metadata' | 'spec' | 'status'>;
}

describe('attachProblem', () => {
  it('accepts an instance with a public address', () => {
    expect(attachProblem(instance({}, {}))).toBeUndefined();
  });
  it.each([
    ['classic', 'public IP'],
    ['vpc', 'EIP'],
  ] as const)('refuses a %s instance without %s, in the words of the guide', (networkType, missing) => {
    expect(attachProblem(instance({ networkType }, { publicIp: null }))).toBe(
      `i-1 has no ${missing}. Make sure that your ECS instance has a public IP (classic network) or EIP (VPC); otherwise, the ECS instance might not be added successfully.`,
    );
  });
});

describe('manualAttachProblem', () => {
  it('checks the kernel first, then the public address', () => {
    expect(manualAttachProblem(instance({ kernelVersion: '3.10.0' }, { publicIp: null }))).toMatch(
      /requires Linux 3\.18 or higher/,
    );
    expect(manualAttachProblem(instance({}, { publicIp: null }))).toBe(attachProblem(instance({}, { publicIp: null })));
  });
});
