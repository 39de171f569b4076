import { describe, expect, it } from 'vitest';
import { expansionZones, generationOf, instanceTypeOptions, vswitchesOf } from './node-spec.utils.ts';

describe('instanceTypeOptions', () => {
  it('labels types as the guide does and filters by generation', () => {
    const second = instanceTypeOptions('Generation II');
    expect(second[0]).toEqual({ value: 'ecs.n1.small', label: '1-core, 2 GB ( ecs.n1.small )' });
    expect(second.every((o) => generationOf(o.value) === 'Generation II')).toBe(true);
    expect(instanceTypeOptions('Generation III').some((o) => o.value === 'ecs.n1.small')).toBe(false);
  });
});

describe('vswitchesOf', () => {
  it('offers the VSwitches of the VPC in the chosen zone only', () => {
    expect(vswitchesOf('vpc-bp1659u1p811058ea3npd', 'cn-hangzhou-d').map((s) => s.id)).toEqual([
      'vsw-bp1t2qaqlzb6dpk7bz0mv',
    ]);
    expect(vswitchesOf('vpc-bp1q2ww8d5tfvrc9cbw0z', 'cn-hangzhou-d')).toEqual([]);
    expect(vswitchesOf(undefined, 'cn-hangzhou-b')).toEqual([]);
  });
});

describe('expansionZones', () => {
  it('marks other zones as cross-zone and zones without a VSwitch as unusable', () => {
    const zones = expansionZones({ region: 'cn-hangzhou', zone: 'cn-hangzhou-b', vpcId: 'vpc-bp1q2ww8d5tfvrc9cbw0z' });
    expect(zones).toEqual([
      { zone: 'cn-hangzhou-b', crossZone: false, problem: undefined },
      {
        zone: 'cn-hangzhou-d',
        crossZone: true,
        problem: 'The VPC vpc-bp1q2ww8d5tfvrc9cbw0z has no VSwitch in cn-hangzhou-d.',
      },
      {
        zone: 'cn-hangzhou-e',
        crossZone: true,
        problem: 'The VPC vpc-bp1q2ww8d5tfvrc9cbw0z has no VSwitch in cn-hangzhou-e.',
      },
    ]);
  });

  it('lets a classic cluster use every zone of its region', () => {
    expect(expansionZones({ region: 'cn-shanghai', zone: 'cn-shanghai-a' }).every((z) => !z.problem)).toBe(true);
  });
});
