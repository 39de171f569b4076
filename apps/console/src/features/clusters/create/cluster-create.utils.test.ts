import { describe, expect, it } from 'vitest';
import { ClusterCreateRequestSchema } from '@cs/contracts';
import { contractPathProblem } from '../../../forms/contract-rule.ts';
import { followChange, initialCreateValues, toCreateRequest } from './cluster-create.utils.ts';
import type { ClusterCreateFormValues } from './cluster-create.utils.ts';

const filled = (overrides: Partial<ClusterCreateFormValues> = {}): ClusterCreateFormValues => {
  const initial = initialCreateValues();
  return {
    ...initial,
    name: 'demo',
    nodes: { ...initial.nodes, password: 'Abcdef12!', confirmPassword: 'Abcdef12!' },
    ...overrides,
  };
};

describe('initialCreateValues', () => {
  it('starts as a VPC cluster whose request only lacks a name and a password', () => {
    const result = ClusterCreateRequestSchema.safeParse(toCreateRequest(initialCreateValues()));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'nodes.password']));
    expect(paths?.every((p) => p === 'name' || p.startsWith('nodes.'))).toBe(true);
  });

  it('uses the guide default container CIDR', () => {
    expect(initialCreateValues().vpc.containerCidr).toBe('172.18.0.0/16');
  });
});

describe('toCreateRequest', () => {
  it('builds a request the contract accepts', () => {
    expect(ClusterCreateRequestSchema.safeParse(toCreateRequest(filled())).success).toBe(true);
  });

  it('sends no VPC settings for a classic cluster and no nodes for Do not Add', () => {
    const request = toCreateRequest(filled({ networkType: 'classic', addNodes: 'none' }));
    expect(request.vpc).toBeNull();
    expect(request.nodes).toBeNull();
    expect(ClusterCreateRequestSchema.safeParse(request).success).toBe(true);
  });

  it('sends the data disk only when it is attached', () => {
    expect(toCreateRequest(filled()).nodes?.dataDisk).toBeNull();
    expect(toCreateRequest(filled({ attachDataDisk: true })).nodes?.dataDisk).toEqual({
      type: 'cloud_ssd',
      sizeGiB: 100,
    });
  });

  it('sends no keys of its own (generation, addNodes, attachDataDisk)', () => {
    const request = toCreateRequest(filled());
    expect(Object.keys(request).sort()).toEqual(['createSlb', 'name', 'networkType', 'nodes', 'region', 'vpc', 'zone']);
  });
});

describe('the container network segment, checked as the operator types', () => {
  const withCidr = (containerCidr: string) =>
    toCreateRequest(filled({ vpc: { ...initialCreateValues().vpc, containerCidr } }));

  it("refuses another zone's VSwitch segment, naming that VSwitch and its CIDR", () => {
    expect(contractPathProblem(ClusterCreateRequestSchema, withCidr('192.168.2.0/24'), 'vpc.containerCidr')).toBe(
      'The container subnet segment should not conflict with the virtual machine segment: 192.168.2.0/24 overlaps VSwitch vsw-bp1t2qaqlzb6dpk7bz0mv (192.168.2.0/24, cn-hangzhou-d).',
    );
  });

  it('accepts a segment of the VPC that no VSwitch uses', () => {
    expect(
      contractPathProblem(ClusterCreateRequestSchema, withCidr('192.168.128.0/17'), 'vpc.containerCidr'),
    ).toBeUndefined();
  });
});

describe('followChange', () => {
  it('moves zone, VPC and VSwitch along with the region', () => {
    const all = filled();
    expect(followChange({ region: 'cn-beijing' }, { ...all, region: 'cn-beijing' })).toEqual({
      zone: 'cn-beijing-a',
      vpc: {
        vpcId: 'vpc-2zeg8eu2lm6xz1lq6bs1s',
        vswitchId: 'vsw-2zedpzdt3uu0l2gd0ok0x',
        containerCidr: '172.18.0.0/16',
      },
    });
  });

  it('picks the VSwitch of the new zone', () => {
    const all = { ...filled(), zone: 'cn-hangzhou-d' };
    expect(followChange({ zone: 'cn-hangzhou-d' }, all)?.vpc?.vswitchId).toBe('vsw-bp1t2qaqlzb6dpk7bz0mv');
  });

  it('picks an instance type of the new generation', () => {
    const all = { ...filled(), generation: 'Generation III' as const };
    expect(followChange({ generation: 'Generation III' }, all)?.nodes?.instanceType).toBe('ecs.sn1.medium');
  });

  it('changes nothing else', () => {
    expect(followChange({ name: 'x' }, filled())).toBeUndefined();
  });
});
