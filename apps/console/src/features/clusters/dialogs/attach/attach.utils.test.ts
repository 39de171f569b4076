import { describe, expect, it } from 'vitest';
import { makeCluster, makeInstance } from '../../../../testing/factories.ts';
import { attachStepTitles, candidateInstancesQuery, instanceAttachProblem, selectionProblem } from './attach.utils.ts';

describe('candidateInstancesQuery', () => {
  it('asks for free instances in the VPC cluster region and VPC', () => {
    expect(candidateInstancesQuery(makeCluster())).toEqual({
      region: 'cn-hangzhou',
      networkType: 'vpc',
      vpcId: 'vpc-bp1659u1p811058ea3npd',
      available: true,
      pageSize: 100,
    });
  });

  it('asks for classic instances without a VPC for a classic cluster', () => {
    const classic = makeCluster({ spec: { networkType: 'classic', vpc: null } });
    expect(candidateInstancesQuery(classic)).not.toHaveProperty('vpcId');
  });
});

describe('instanceAttachProblem', () => {
  it('refuses an old kernel for manual adding only', () => {
    const old = makeInstance({ spec: { kernelVersion: '3.10.0' } });
    expect(instanceAttachProblem(old, 'manual')).toMatch(/requires Linux 3.18 or higher/);
    expect(instanceAttachProblem(old, 'automatic')).toBeUndefined();
  });

  it('refuses a stopped instance', () => {
    expect(instanceAttachProblem(makeInstance({ status: { phase: 'Stopped' } }), 'automatic')).toMatch(/Stopped/);
  });

  it.each(['automatic', 'manual'] as const)(
    'refuses an instance without a public IP or EIP when adding %s, in the words of the guide',
    (mode) => {
      const noEip = makeInstance({ spec: { networkType: 'vpc' }, status: { publicIp: null } });
      expect(instanceAttachProblem(noEip, mode)).toBe(
        `${noEip.metadata.id} has no EIP. Make sure that your ECS instance has a public IP (classic network) or EIP (VPC); otherwise, the ECS instance might not be added successfully.`,
      );
      expect(instanceAttachProblem(makeInstance(), mode)).toBeUndefined();
    },
  );
});

describe('selectionProblem', () => {
  it('takes several instances automatically but exactly one manually', () => {
    expect(selectionProblem('automatic', 3, 2, 20)).toBeUndefined();
    expect(selectionProblem('manual', 1, 2, 20)).toBeUndefined();
    expect(selectionProblem('manual', 2, 2, 20)).toMatch(/only select one/);
    expect(selectionProblem('automatic', 0, 2, 20)).toBe('Select the instances to be added.');
  });

  it('keeps the cluster at 20 nodes at most', () => {
    expect(selectionProblem('automatic', 3, 18, 20)).toBe('A cluster can contain up to 20 nodes: select at most 2.');
  });

  it('counts the room under the configured quota', () => {
    expect(selectionProblem('automatic', 30, 20, 500)).toBeUndefined();
    expect(selectionProblem('automatic', 3, 498, 500)).toBe('A cluster can contain up to 500 nodes: select at most 2.');
    expect(selectionProblem('manual', 1, 500, 500)).toBe('A cluster can contain up to 500 nodes; this one is full.');
  });

  it('says a cluster of 20 nodes is full, whatever is selected', () => {
    expect(selectionProblem('automatic', 0, 20, 20)).toBe('A cluster can contain up to 20 nodes; this one is full.');
    expect(selectionProblem('manual', 1, 20, 20)).toBe('A cluster can contain up to 20 nodes; this one is full.');
  });
});

describe('attachStepTitles', () => {
  it('ends with the command to run when adding manually', () => {
    expect(attachStepTitles('manual').at(-1)).toBe('Execute Command');
    expect(attachStepTitles('automatic').at(-1)).toBe('Finish');
  });
});
