import type { HealthState } from '@cs/domain';
import { StatusTag } from './StatusTag.tsx';
import { healthLook } from './workload-status.utils.ts';

/** A container's Health Check: Initial, Normal or Unhealthy; "-" while it has none (not running). */
export function HealthCheckTag({ health }: { health: HealthState | null }) {
  if (health === null) return <span aria-label="No health check">-</span>;
  return <StatusTag label={health} look={healthLook(health)} />;
}
