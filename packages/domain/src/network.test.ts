import { describe, expect, it } from 'vitest';
import { containerCidrProblem, findVpc } from './network.ts';

describe('containerCidrProblem', () => {
  const production = findVpc('vpc-bp1659u1p811058ea3npd')!;

  it('accepts a segment inside the VPC range that no VSwitch uses', () => {
    expect(containerCidrProblem(production, '192.168.128.0/17')).toBeUndefined();
    expect(containerCidrProblem(production, '172.18.0.0/16')).toBeUndefined();
  });
  it("refuses a segment equal to another zone's VSwitch, naming it and its CIDR", () => {
    expect(containerCidrProblem(production, '192.168.2.0/24')).toBe(
      'The container subnet segment should not conflict with the virtual machine segment: 192.168.2.0/24 overlaps VSwitch vsw-bp1t2qaqlzb6dpk7bz0mv (192.168.2.0/24, cn-hangzhou-d).',
    );
  });
  it('refuses a segment that contains a VSwitch', () => {
    expect(containerCidrProblem(production, '192.168.0.0/22')).toMatch(/overlaps VSwitch vsw-bp1kqhfcl2tj1oq3yxmd8 /);
  });
});
