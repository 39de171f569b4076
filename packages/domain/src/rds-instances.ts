import { REGIONS } from './regions.ts';

/** An RDS instance of the simulated account: node auto scaling may add node IPs to its white list. */
export interface RdsInstance {
  id: string;
  region: string;
  description: string;
  engine: string;
}

const ENGINES = [
  { engine: 'MySQL 5.7', description: 'orders database' },
  { engine: 'MySQL 5.6', description: 'user accounts' },
] as const;

/** Two per region, with stable ids (`rm-` and a digest-like tail of the region and index). */
export const RDS_INSTANCES: readonly RdsInstance[] = REGIONS.flatMap((region, r) =>
  ENGINES.map(({ engine, description }, i) => ({
    id: `rm-${region.id.replace(/[^a-z0-9]/g, '').slice(0, 6)}${(r * 7919 + i * 104729 + 1_000_003).toString(36)}`,
    region: region.id,
    description,
    engine,
  })),
);

export function rdsInstancesIn(region: string): RdsInstance[] {
  return RDS_INSTANCES.filter((i) => i.region === region);
}
