import { cidrsOverlap } from './cidr.ts';

/** A VSwitch of the simulated cloud: one zone's slice of a VPC. */
export interface VSwitch {
  id: string;
  zone: string;
  cidr: string;
}

export interface Vpc {
  id: string;
  region: string;
  name: string;
  cidr: string;
  vswitches: VSwitch[];
}

/** The VPCs the demo account owns; a VPC cluster picks one of them and one of its VSwitches. */
export const VPCS: readonly Vpc[] = [
  {
    id: 'vpc-bp1659u1p811058ea3npd',
    region: 'cn-hangzhou',
    name: 'production',
    cidr: '192.168.0.0/16',
    vswitches: [
      { id: 'vsw-bp1kqhfcl2tj1oq3yxmd8', zone: 'cn-hangzhou-b', cidr: '192.168.1.0/24' },
      { id: 'vsw-bp1t2qaqlzb6dpk7bz0mv', zone: 'cn-hangzhou-d', cidr: '192.168.2.0/24' },
      { id: 'vsw-bp19xaub0mlxyhc3mg1ta', zone: 'cn-hangzhou-e', cidr: '192.168.3.0/24' },
    ],
  },
  {
    id: 'vpc-bp1q2ww8d5tfvrc9cbw0z',
    region: 'cn-hangzhou',
    name: 'staging',
    cidr: '10.0.0.0/8',
    vswitches: [{ id: 'vsw-bp1s5fnvk4gn2tws03624', zone: 'cn-hangzhou-b', cidr: '10.1.0.0/16' }],
  },
  {
    id: 'vpc-2zeg8eu2lm6xz1lq6bs1s',
    region: 'cn-beijing',
    name: 'default',
    cidr: '172.16.0.0/12',
    vswitches: [
      { id: 'vsw-2zedpzdt3uu0l2gd0ok0x', zone: 'cn-beijing-a', cidr: '172.16.1.0/24' },
      { id: 'vsw-2ze5ohv7c9qnu0jdmlp8d', zone: 'cn-beijing-c', cidr: '172.16.2.0/24' },
    ],
  },
  {
    id: 'vpc-wz9k5qu7ohb8s2e7o4w3e',
    region: 'cn-shenzhen',
    name: 'default',
    cidr: '172.16.0.0/12',
    vswitches: [{ id: 'vsw-wz9ulgsxqgr0blh6a0ye5', zone: 'cn-shenzhen-a', cidr: '172.16.0.0/24' }],
  },
];

export function findVpc(id: string): Vpc | undefined {
  return VPCS.find((v) => v.id === id);
}

/**
 * Why a VPC cluster cannot use this container network segment, or undefined when it can: it must
 * not overlap any VSwitch of the VPC, since every node address (a new node in any zone, an added
 * instance) comes from one of them.
 */
export function containerCidrProblem(vpc: Pick<Vpc, 'vswitches'>, containerCidr: string): string | undefined {
  const vswitch = vpc.vswitches.find((v) => cidrsOverlap(containerCidr, v.cidr));
  if (!vswitch) return undefined;
  return `The container subnet segment should not conflict with the virtual machine segment: ${containerCidr} overlaps VSwitch ${vswitch.id} (${vswitch.cidr}, ${vswitch.zone}).`;
}

/** One rule of a cluster's security group, in the columns of the guide's rule tables. */
export interface SecurityGroupRule {
  policy: 'Allow';
  protocol: 'All' | 'Custom TCP' | 'All ICMP';
  portRange: string;
  authorizationType: 'Address Field Access';
  authorizationObject: string;
  priority: number;
}

const rule = (
  protocol: SecurityGroupRule['protocol'],
  portRange: string,
  authorizationObject = '0.0.0.0/0',
): SecurityGroupRule => ({
  policy: 'Allow',
  protocol,
  portRange,
  authorizationType: 'Address Field Access',
  authorizationObject,
  priority: 1,
});

/**
 * The hardened default rules of a cluster's security group (clusters created after February 28):
 * VPC clusters also let the container CIDR in; ports 22 and 2376 initialise the nodes.
 */
export function defaultSecurityGroupRules(
  networkType: 'classic' | 'vpc',
  containerCidr: string | null,
): SecurityGroupRule[] {
  const common = [
    rule('Custom TCP', '443/443'),
    rule('All ICMP', '-1/-1'),
    rule('Custom TCP', '2376/2376'),
    rule('Custom TCP', '80/80'),
    rule('Custom TCP', '22/22'),
  ];
  if (networkType === 'classic' || !containerCidr) return common;
  return [rule('All', '-1/-1', containerCidr), ...common];
}
