import { INSTANCE_TYPES, OPERATING_SYSTEMS, VPCS, findRegion, instanceTypeLabel } from '@cs/domain';
import type { InstanceType } from '@cs/domain';

export type InstanceGeneration = InstanceType['generation'];
export const INSTANCE_GENERATIONS: readonly InstanceGeneration[] = ['Generation II', 'Generation III'];

/** The operating system offered first: the guide's examples start with 64-bit Ubuntu. */
export const DEFAULT_OPERATING_SYSTEM = OPERATING_SYSTEMS[1];

/** Options of an Instance Type select, labelled as the guide does ("1-core, 2 GB ( ecs.n1.small )"). */
export function instanceTypeOptions(generation?: InstanceGeneration): { value: string; label: string }[] {
  return INSTANCE_TYPES.filter((t) => !generation || t.generation === generation).map((t) => ({
    value: t.id,
    label: instanceTypeLabel(t),
  }));
}

/** Instance types grouped by generation, for a select that offers them all. */
export function groupedInstanceTypeOptions() {
  return INSTANCE_GENERATIONS.map((generation) => ({ label: generation, options: instanceTypeOptions(generation) }));
}

/** The generation of an instance type. */
export function generationOf(instanceTypeId: string): InstanceGeneration | undefined {
  return INSTANCE_TYPES.find((t) => t.id === instanceTypeId)?.generation;
}

export const OPERATING_SYSTEM_OPTIONS = OPERATING_SYSTEMS.map((os) => ({ value: os, label: os }));

/** The VPCs of a region. */
export function vpcsOf(regionId: string) {
  return VPCS.filter((v) => v.region === regionId);
}

/** The VSwitches of a VPC in one zone: a VPC cluster's nodes live in one of them. */
export function vswitchesOf(vpcId: string | undefined, zone: string | undefined) {
  return VPCS.find((v) => v.id === vpcId)?.vswitches.filter((s) => s.zone === zone) ?? [];
}

/**
 * The zones nodes of a cluster can be added in, each with why it cannot be used (a VPC cluster needs
 * a VSwitch of its VPC in the zone) and whether it makes the cluster cross-zone.
 */
export function expansionZones(cluster: { region: string; zone: string; vpcId?: string }) {
  const zones = findRegion(cluster.region)?.zones ?? [cluster.zone];
  return zones.map((zone) => ({
    zone,
    crossZone: zone !== cluster.zone,
    problem:
      cluster.vpcId && vswitchesOf(cluster.vpcId, zone).length === 0
        ? `The VPC ${cluster.vpcId} has no VSwitch in ${zone}.`
        : undefined,
  }));
}
