import { findRegion } from '../regions.ts';
import type { LoadBalancer } from './load-balancer.ts';

/**
 * Why a Server Load Balancer cannot be bound to a cluster of `region`, or undefined when it can:
 * `found` is the stored instance with that id, if any; it must be in the cluster's region.
 */
export function loadBalancerBindProblem(
  slbId: string,
  region: string,
  found: Pick<LoadBalancer, 'spec'> | undefined,
): string | undefined {
  if (found?.spec.region === region) return undefined;
  const name = findRegion(region)?.name ?? region;
  return `Server Load Balancer ${slbId} does not exist in ${name} (${region}). Log on to the Server Load Balancer console and create a Server Load Balancer instance there; then return to this page and bind it.`;
}
