import type { LoadBalancerSpec } from './load-balancer.ts';

/** One of the Server Load Balancers the demo account owns outside any cluster. */
export interface AccountLoadBalancer {
  id: string;
  region: string;
  name: string;
  /** The guide: an instance bound with an intranet address is supported too. */
  addressType: LoadBalancerSpec['addressType'];
}

/**
 * The Server Load Balancers the demo account owns outside any cluster, so Load Balancer Settings
 * has something to bind besides those created with clusters. The BFF stores them at start.
 */
export const LOAD_BALANCERS: readonly AccountLoadBalancer[] = [
  { id: 'lb-bp1h6n4j8q2x7k0w3v5ra', region: 'cn-hangzhou', name: 'web-public', addressType: 'internet' },
  { id: 'lb-bp1t9c2m5z8f1r4y7d0ke', region: 'cn-hangzhou', name: 'web-intranet', addressType: 'intranet' },
  { id: 'lb-2zeq3w8e1r6t9y2u5i0op', region: 'cn-beijing', name: 'bj-public', addressType: 'internet' },
];

/** The account's own Server Load Balancers of a region (made in the Server Load Balancer console). */
export function loadBalancersOf(region: string): AccountLoadBalancer[] {
  return LOAD_BALANCERS.filter((lb) => lb.region === region);
}
