import { findRegion } from './regions.ts';

/** A Server Load Balancer instance of the account, made in the Server Load Balancer console. */
export interface LoadBalancer {
  id: string;
  region: string;
  name: string;
  /** The guide: an instance bound with an intranet address is supported too. */
  addressType: 'internet' | 'intranet';
}

/**
 * The Server Load Balancers the demo account owns outside any cluster, so Load Balancer Settings
 * has something to bind besides those created with clusters.
 */
export const LOAD_BALANCERS: readonly LoadBalancer[] = [
  { id: 'lb-bp1h6n4j8q2x7k0w3v5ra', region: 'cn-hangzhou', name: 'web-public', addressType: 'internet' },
  { id: 'lb-bp1t9c2m5z8f1r4y7d0ke', region: 'cn-hangzhou', name: 'web-intranet', addressType: 'intranet' },
  { id: 'lb-2zeq3w8e1r6t9y2u5i0op', region: 'cn-beijing', name: 'bj-public', addressType: 'internet' },
];

/** The account's Server Load Balancers of a region that were made in the Server Load Balancer console. */
export function loadBalancersOf(region: string): LoadBalancer[] {
  return LOAD_BALANCERS.filter((lb) => lb.region === region);
}

/**
 * Why a Server Load Balancer cannot be bound to a cluster of `region`, or undefined when it can: it
 * must exist there, made in the Server Load Balancer console or created with a cluster of the region.
 */
export function loadBalancerBindProblem(
  slbId: string,
  region: string,
  createdWithClusters: readonly string[],
): string | undefined {
  if (createdWithClusters.includes(slbId) || loadBalancersOf(region).some((lb) => lb.id === slbId)) return undefined;
  const name = findRegion(region)?.name ?? region;
  return `Server Load Balancer ${slbId} does not exist in ${name} (${region}). Log on to the Server Load Balancer console and create a Server Load Balancer instance there; then return to this page and bind it.`;
}
