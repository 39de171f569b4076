/** An ECS instance type of the simulated cloud, with the capacity the scheduler reserves against. */
export interface InstanceType {
  id: string;
  generation: 'Generation II' | 'Generation III';
  cpu: number;
  memoryGiB: number;
}

export const INSTANCE_TYPES: readonly InstanceType[] = [
  { id: 'ecs.n1.small', generation: 'Generation II', cpu: 1, memoryGiB: 2 },
  { id: 'ecs.n1.medium', generation: 'Generation II', cpu: 2, memoryGiB: 4 },
  { id: 'ecs.n1.large', generation: 'Generation II', cpu: 4, memoryGiB: 8 },
  { id: 'ecs.n2.medium', generation: 'Generation II', cpu: 2, memoryGiB: 8 },
  { id: 'ecs.n2.large', generation: 'Generation II', cpu: 4, memoryGiB: 16 },
  { id: 'ecs.sn1.medium', generation: 'Generation III', cpu: 2, memoryGiB: 4 },
  { id: 'ecs.sn1.large', generation: 'Generation III', cpu: 4, memoryGiB: 8 },
  { id: 'ecs.sn2.medium', generation: 'Generation III', cpu: 2, memoryGiB: 8 },
  { id: 'ecs.sn2.large', generation: 'Generation III', cpu: 4, memoryGiB: 16 },
];

export const OPERATING_SYSTEMS = ['Ubuntu 14.04 64-bit', 'Ubuntu 16.04 64-bit', 'CentOS 7.0 64-bit'] as const;
export type OperatingSystem = (typeof OPERATING_SYSTEMS)[number];

/** The label the guide uses for an instance type: "1-core, 2 GB ( ecs.n1.small )". */
export function instanceTypeLabel(type: InstanceType): string {
  return `${type.cpu}-core, ${type.memoryGiB} GB ( ${type.id} )`;
}

/** The instance type of an id; an unknown id (an instance of another era) counts as the smallest. */
export function findInstanceType(id: string): InstanceType {
  return INSTANCE_TYPES.find((t) => t.id === id) ?? { ...INSTANCE_TYPES[0]!, id };
}
