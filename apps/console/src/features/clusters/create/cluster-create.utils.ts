import { REGIONS, findRegion } from '@cs/domain';
import type { ClusterCreateRequest, DISK_TYPES } from '@cs/contracts';
import {
  DEFAULT_OPERATING_SYSTEM,
  generationOf,
  instanceTypeOptions,
  vpcsOf,
  vswitchesOf,
} from '../node-spec.utils.ts';
import type { InstanceGeneration } from '../node-spec.utils.ts';

export type DiskType = (typeof DISK_TYPES)[number];
type NodesRequest = NonNullable<ClusterCreateRequest['nodes']>;

/** The Create Cluster form's values: the request's shape, plus the choices that only shape the form. */
export interface ClusterCreateFormValues {
  name: string;
  region: string;
  zone: string;
  networkType: 'classic' | 'vpc';
  vpc: { vpcId?: string; vswitchId?: string; containerCidr: string };
  /** Add: create new ECS instances with the cluster; Do not Add: a zero-node cluster. */
  addNodes: 'add' | 'none';
  /** Filters Instance Type. */
  generation: InstanceGeneration;
  attachDataDisk: boolean;
  nodes: Omit<NodesRequest, 'dataDisk'> & { dataDisk: { type: DiskType; sizeGiB: number } };
  createSlb: boolean;
}

/** The guide's default container CIDR. */
export const DEFAULT_CONTAINER_CIDR = '172.18.0.0/16';

/** The request fields the form shows, as the API names them in field errors. */
export const CREATE_FIELDS = [
  'name',
  'region',
  'zone',
  'networkType',
  'vpc.vpcId',
  'vpc.vswitchId',
  'vpc.containerCidr',
  'nodes.operatingSystem',
  'nodes.instanceType',
  'nodes.quantity',
  'nodes.systemDiskType',
  'nodes.dataDisk.type',
  'nodes.dataDisk.sizeGiB',
  'nodes.password',
  'nodes.confirmPassword',
  'nodes.eip',
  'nodes.cloudMonitorPlugin',
  'nodes.addToRdsWhitelist',
  'createSlb',
] as const;

/** The VPC settings that fit a region and zone: its first VPC and that VPC's VSwitch in the zone. */
function vpcFor(
  region: string,
  zone: string,
  vpcId?: string,
): Pick<ClusterCreateFormValues['vpc'], 'vpcId' | 'vswitchId'> {
  const vpcs = vpcsOf(region);
  const vpc = vpcs.find((v) => v.id === vpcId) ?? vpcs[0];
  return { vpcId: vpc?.id, vswitchId: vswitchesOf(vpc?.id, zone)[0]?.id };
}

/** What the form starts with: the first region and zone, a VPC cluster with two small nodes. */
export function initialCreateValues(): ClusterCreateFormValues {
  const region = REGIONS[0]!;
  const zone = region.zones[0]!;
  return {
    name: '',
    region: region.id,
    zone,
    networkType: 'vpc',
    vpc: { ...vpcFor(region.id, zone), containerCidr: DEFAULT_CONTAINER_CIDR },
    addNodes: 'add',
    generation: 'Generation II',
    attachDataDisk: false,
    nodes: {
      operatingSystem: DEFAULT_OPERATING_SYSTEM,
      instanceType: 'ecs.n1.small',
      quantity: 1,
      systemDiskType: 'cloud_efficiency',
      dataDisk: { type: 'cloud_ssd', sizeGiB: 100 },
      password: '',
      confirmPassword: '',
      eip: true,
      cloudMonitorPlugin: false,
      addToRdsWhitelist: false,
    },
    createSlb: true,
  };
}

/**
 * The values that must follow a change so the form stays consistent: a new region brings its first
 * zone and VPC, a new zone or VPC the matching VSwitch, a new generation its first instance type.
 */
export function followChange(
  changed: Partial<ClusterCreateFormValues>,
  all: ClusterCreateFormValues,
): Partial<ClusterCreateFormValues> | undefined {
  if (changed.region !== undefined) {
    const zone = findRegion(changed.region)?.zones[0] ?? '';
    return { zone, vpc: { ...all.vpc, ...vpcFor(changed.region, zone) } };
  }
  if (changed.zone !== undefined || changed.vpc?.vpcId !== undefined) {
    return { vpc: { ...all.vpc, vswitchId: vswitchesOf(all.vpc.vpcId, all.zone)[0]?.id } };
  }
  if (changed.generation !== undefined && generationOf(all.nodes.instanceType) !== changed.generation) {
    return { nodes: { ...all.nodes, instanceType: instanceTypeOptions(changed.generation)[0]?.value ?? '' } };
  }
  return undefined;
}

/** The request the form sends: only the contract's fields, VPC settings only for a VPC cluster. */
export function toCreateRequest(values: ClusterCreateFormValues): ClusterCreateRequest {
  const vpc = values.networkType === 'vpc' ? values.vpc : undefined;
  const nodes = values.nodes;
  return {
    name: values.name ?? '',
    region: values.region,
    zone: values.zone,
    networkType: values.networkType,
    vpc: vpc
      ? { vpcId: vpc.vpcId ?? '', vswitchId: vpc.vswitchId ?? '', containerCidr: vpc.containerCidr ?? '' }
      : null,
    nodes:
      values.addNodes === 'add'
        ? {
            quantity: nodes.quantity,
            instanceType: nodes.instanceType,
            operatingSystem: nodes.operatingSystem,
            systemDiskType: nodes.systemDiskType,
            dataDisk: values.attachDataDisk ? nodes.dataDisk : null,
            // Without an EIP a VPC node needs an SNAT gateway; classic nodes have public IPs anyway.
            eip: values.networkType === 'vpc' ? nodes.eip : true,
            cloudMonitorPlugin: nodes.cloudMonitorPlugin,
            addToRdsWhitelist: nodes.addToRdsWhitelist,
            password: nodes.password ?? '',
            confirmPassword: nodes.confirmPassword ?? '',
          }
        : null,
    createSlb: values.createSlb,
  };
}
