import { describe, expect, it } from 'vitest';
import { makeCluster, makeInstance } from '../../../../testing/factories.ts';
import {
  attachStepTitles,
  candidateInstancesQuery,
  instanceAttachProblem,
  instanceAttachWarning,
  selectionProblem,
} from './attach.utils.ts';

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

  it('warns about an instance without a public IP when adding automatically', () => {
    expect(instanceAttachWarning(makeInstance({ status: { publicIp: null } }), 'automatic')).toMatch(
      /might not be added/,
    );
    expect(instanceAttachWarning(makeInstance(), 'automatic')).toBeUndefined();
  });
});

describe('selectionProblem', () => {
  it('takes several instances automatically but exactly one manually', () => {
    expect(selectionProblem('automatic', 3, 2)).toBeUndefined();
    expect(selectionProblem('manual', 1, 2)).toBeUndefined();
    expect(selectionProblem('manual', 2, 2)).toMatch(/only select one/);
    expect(selectionProblem('automatic', 0, 2)).toBe('Select the instances to be added.');
  });

  it('keeps the cluster at 20 nodes at most', () => {
    expect(selectionProblem('automatic', 3, 18)).toBe('A cluster can contain up to 20 nodes: select at most 2.');
  });
});

describe('attachStepTitles', () => {
  it('ends with the command to run when adding manually', () => {
    expect(attachStepTitles('manual').at(-1)).toBe('Execute Command');
    expect(attachStepTitles('automatic').at(-1)).toBe('Finish');
  });
});
