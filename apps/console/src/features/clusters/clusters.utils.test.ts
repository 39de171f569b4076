import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTAS } from '@cs/domain';
import { makeCluster } from '../../testing/factories.ts';
import {
  MORE_OPERATIONS,
  clusterOperationProblem,
  clusterPhaseLook,
  clusterStatusDetail,
  defaultRootDomain,
  expansionRoom,
  networkTypeLabel,
  operationDescription,
  regionName,
  snapshotFailed,
} from './clusters.utils.ts';

const NODES = DEFAULT_QUOTAS.nodesPerCluster;

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

  it('says in the guide words that an Inactive cluster waits for nodes', () => {
    expect(clusterStatusDetail(makeCluster({ status: { phase: 'Inactive', nodeCount: 0 } }))).toBe(
      'The cluster is waiting to add nodes.',
    );
  });

  it('says a cluster Scaling without an operation of its own is having nodes removed', () => {
    const stale = [condition('AgentReady', 'Register Agent completed.', '2026-11-27T08:00:01.000Z')];
    expect(clusterStatusDetail(makeCluster({ status: { phase: 'Scaling', conditions: stale } }))).toBe(
      'Nodes are being removed from the cluster.',
    );
  });

  it('adds nothing for a Running cluster', () => {
    expect(clusterStatusDetail(makeCluster())).toBeUndefined();
  });
});

describe('clusterOperationProblem', () => {
  it('allows everything on a Running cluster with room for nodes', () => {
    for (const operation of MORE_OPERATIONS)
      expect(clusterOperationProblem(makeCluster(), operation, NODES)).toBeUndefined();
  });

  it('says when an operation is possible and what the cluster is now', () => {
    const initial = makeCluster({ status: { phase: 'Initial' } });
    expect(clusterOperationProblem(initial, 'upgrade-agent', NODES)).toBe(
      'Upgrade Agent is possible when the cluster is Running; it is Initial.',
    );
    expect(clusterOperationProblem(initial, 'attach', NODES)).toBe(
      'Add Existing Instances is possible when the cluster is Inactive or Running; it is Initial.',
    );
    expect(clusterOperationProblem(initial, 'delete', NODES)).toMatch(
      /^Delete is possible when the cluster is Inactive, /,
    );
  });

  it('lets a zero-node cluster take existing instances', () => {
    const inactive = makeCluster({ status: { phase: 'Inactive', nodeCount: 0 } });
    expect(clusterOperationProblem(inactive, 'attach', NODES)).toBeUndefined();
    expect(clusterOperationProblem(inactive, 'clear-disk', NODES)).toBeDefined();
  });

  it('stops adding nodes at 20: the cluster is full', () => {
    const full = makeCluster({ status: { nodeCount: 20 } });
    for (const operation of ['expand', 'attach'] as const) {
      expect(clusterOperationProblem(full, operation, NODES)).toBe(
        'A cluster can contain up to 20 nodes; this one is full.',
      );
    }
  });

  it('stops adding nodes at the configured quota instead', () => {
    const twenty = makeCluster({ status: { nodeCount: 20 } });
    expect(clusterOperationProblem(twenty, 'expand', 500)).toBeUndefined();
    expect(clusterOperationProblem(makeCluster({ status: { nodeCount: 500 } }), 'attach', 500)).toBe(
      'A cluster can contain up to 500 nodes; this one is full.',
    );
  });

  it('offers Upgrade Docker while a failed snapshot waits for Continue or Quit', () => {
    const waiting = makeCluster({
      status: {
        phase: 'Updating',
        conditions: [condition('SnapshotFailed', 'Snapshot failed.', '2026-11-27T08:00:00Z')],
      },
    });
    expect(snapshotFailed(waiting)).toBe(true);
    expect(clusterOperationProblem(waiting, 'upgrade-docker', NODES)).toBeUndefined();
    expect(clusterOperationProblem(waiting, 'upgrade-agent', NODES)).toBeDefined();
    expect(clusterStatusDetail(waiting)).toMatch(/Continue the upgrade or Quit it/);
  });
});

describe('expansionRoom', () => {
  it('says how many more nodes the cluster can take', () => {
    expect(expansionRoom(makeCluster({ status: { nodeCount: 2 } }), NODES)).toEqual({
      room: 18,
      note: 'A cluster can contain up to 20 nodes; demo has 2, so up to 18 more can be added.',
    });
  });

  it('counts the room under the configured quota', () => {
    expect(expansionRoom(makeCluster({ status: { nodeCount: 20 } }), 500)).toEqual({
      room: 480,
      note: 'A cluster can contain up to 500 nodes; demo has 20, so up to 480 more can be added.',
    });
  });

  it('says a cluster of 20 nodes is full instead of "up to 0 more"', () => {
    expect(expansionRoom(makeCluster({ status: { nodeCount: 20 } }), NODES)).toEqual({
      room: 0,
      note: 'A cluster can contain up to 20 nodes; this one is full. No more nodes can be added.',
    });
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
