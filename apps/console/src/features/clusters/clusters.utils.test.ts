import { describe, expect, it } from 'vitest';
import { makeCluster } from '../../testing/factories.ts';
import {
  MORE_OPERATIONS,
  clusterOperationProblem,
  clusterPhaseLook,
  clusterStatusDetail,
  defaultRootDomain,
  maxNodesToAdd,
  networkTypeLabel,
  operationDescription,
  regionName,
  snapshotFailed,
} from './clusters.utils.ts';

const condition = (type: string, message: string, at: string, status: 'True' | 'False' = 'True') => ({
  type,
  status,
  reason: 'Completed',
  message,
  lastTransitionTime: at,
});

describe('columns', () => {
  it('names regions as the guide does', () => {
    expect(regionName('cn-hangzhou')).toBe('China East 1 (Hangzhou)');
    expect(regionName('mars-1')).toBe('mars-1');
  });

  it('shows VPC with its id, or Classic network', () => {
    expect(networkTypeLabel(makeCluster().spec)).toEqual({ label: 'VPC', vpcId: 'vpc-bp1659u1p811058ea3npd' });
    expect(networkTypeLabel({ networkType: 'classic', vpc: null })).toEqual({ label: 'Classic network' });
  });

  it('gives every visible phase its own colour', () => {
    const phases = [
      'Inactive',
      'Initial',
      'Running',
      'Updating',
      'Scaling',
      'Failed',
      'Deleting',
      'DeleteFailed',
    ] as const;
    const colours = new Set(phases.map((p) => clusterPhaseLook(p).color));
    expect(colours.size).toBe(phases.length);
    expect(clusterPhaseLook('Scaling').busy).toBe(true);
    expect(clusterPhaseLook('Running').busy).toBe(false);
  });
});

describe('clusterStatusDetail', () => {
  it('explains a failure with its reason', () => {
    const failed = makeCluster({ status: { phase: 'Failed', reason: 'The VSwitch has no free IP addresses left.' } });
    expect(clusterStatusDetail(failed)).toBe('The VSwitch has no free IP addresses left.');
  });

  it('tells what a busy cluster did last', () => {
    const creating = makeCluster({
      status: {
        phase: 'Initial',
        conditions: [
          condition('NetworkReady', 'Network ready.', '2026-11-27T08:00:01.000Z'),
          condition('SecurityGroupReady', 'Create security group sg-1 completed.', '2026-11-27T08:00:05.000Z'),
        ],
      },
    });
    expect(clusterStatusDetail(creating)).toBe('Create security group sg-1 completed.');
  });

  it('adds nothing for a Running cluster', () => {
    expect(clusterStatusDetail(makeCluster())).toBeUndefined();
  });
});

describe('clusterOperationProblem', () => {
  it('allows everything on a Running cluster with room for nodes', () => {
    for (const operation of MORE_OPERATIONS) expect(clusterOperationProblem(makeCluster(), operation)).toBeUndefined();
  });

  it('says when an operation is possible and what the cluster is now', () => {
    const initial = makeCluster({ status: { phase: 'Initial' } });
    expect(clusterOperationProblem(initial, 'upgrade-agent')).toBe(
      'Upgrade Agent is possible when the cluster is Running; it is Initial.',
    );
    expect(clusterOperationProblem(initial, 'attach')).toBe(
      'Add Existing Instances is possible when the cluster is Inactive or Running; it is Initial.',
    );
    expect(clusterOperationProblem(initial, 'delete')).toMatch(/^Delete is possible when the cluster is Inactive, /);
  });

  it('lets a zero-node cluster take existing instances', () => {
    const inactive = makeCluster({ status: { phase: 'Inactive', nodeCount: 0 } });
    expect(clusterOperationProblem(inactive, 'attach')).toBeUndefined();
    expect(clusterOperationProblem(inactive, 'clear-disk')).toBeDefined();
  });

  it('stops adding nodes at 20', () => {
    const full = makeCluster({ status: { nodeCount: 20 } });
    expect(clusterOperationProblem(full, 'expand')).toBe(
      'The cluster has 20 nodes: a cluster can contain up to 20 nodes.',
    );
    expect(maxNodesToAdd(20)).toBe(0);
    expect(maxNodesToAdd(2)).toBe(18);
  });

  it('offers Upgrade Docker while a failed snapshot waits for Continue or Quit', () => {
    const waiting = makeCluster({
      status: {
        phase: 'Updating',
        conditions: [condition('SnapshotFailed', 'Snapshot failed.', '2026-11-27T08:00:00Z')],
      },
    });
    expect(snapshotFailed(waiting)).toBe(true);
    expect(clusterOperationProblem(waiting, 'upgrade-docker')).toBeUndefined();
    expect(clusterOperationProblem(waiting, 'upgrade-agent')).toBeDefined();
    expect(clusterStatusDetail(waiting)).toMatch(/Continue the upgrade or Quit it/);
  });
});

describe('defaultRootDomain', () => {
  it('is the cluster id and region under alicontainer.com', () => {
    expect(defaultRootDomain(makeCluster())).toBe('c0123456789abcdef0123456789abcdef.cn-hangzhou.alicontainer.com');
  });
});

describe('operationDescription', () => {
  it('says what an operation in progress does', () => {
    expect(
      operationDescription({
        kind: 'expand',
        quantity: 2,
        zone: 'cn-hangzhou-d',
        instanceType: 'ecs.n1.small',
        operatingSystem: 'Ubuntu 16.04 64-bit',
      }),
    ).toBe('Expanding the cluster by 2 Pay-As-You-Go instance(s) of ecs.n1.small in cn-hangzhou-d.');
    expect(
      operationDescription({ kind: 'attach', mode: 'manual', instanceIds: ['i-1'], tokenExpiresAt: null }),
    ).toMatch(/waiting for the command to run/);
  });
});
