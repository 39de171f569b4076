import { describe, expect, it } from 'vitest';
import { clusterLoadBalancer, loadBalancerAddress } from './load-balancer.ts';
import { isValidLoadBalancerName } from './names.ts';
import { certificateExpiryProblem } from './certificates.ts';
import { isValidHealthCheckDomain, isValidHealthCheckPath } from './listener-limits.ts';

describe('load balancer values', () => {
  it('derives a stable address of the address type from the id', () => {
    const a = loadBalancerAddress('lb-bp1abc', 'internet');
    expect(a).toMatch(/^101\.37\.\d{1,3}\.\d{1,3}$/);
    expect(loadBalancerAddress('lb-bp1abc', 'internet')).toBe(a);
    expect(loadBalancerAddress('lb-bp1abc', 'intranet')).toMatch(/^10\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
  });

  it('makes the cluster instance acs-slb-<clusterId> with HTTP 80 -> 9080', () => {
    const lb = clusterLoadBalancer({ id: 'c1', region: 'cn-hangzhou', networkType: 'vpc' }, 'lb-1', 'T');
    expect(lb).toMatchObject({ id: 'lb-1', name: 'acs-slb-c1', scope: 'cn-hangzhou', status: { phase: 'Running' } });
    expect(lb.spec.listeners.map((l) => [l.frontendProtocol, l.frontendPort, l.backendPort])).toEqual([
      ['http', 80, 9080],
    ]);
  });

  it('follows the guide name rules', () => {
    expect(isValidLoadBalancerName('slb_redis_app')).toBe(true);
    expect(isValidLoadBalancerName('a/b.c-d')).toBe(true);
    for (const bad of ['', 'x'.repeat(81), 'with space', '名字', 'a\u0000b'])
      expect(isValidLoadBalancerName(bad)).toBe(false);
    expect(isValidHealthCheckDomain('www.example.com')).toBe(true);
    expect(isValidHealthCheckDomain('WWW')).toBe(false);
    expect(isValidHealthCheckPath('/haproxy-monitor?a=1&b=2')).toBe(true);
    expect(isValidHealthCheckPath('haproxy')).toBe(false);
  });

  it('refuses an expired certificate', () => {
    expect(certificateExpiryProblem('2020-01-01T00:00:00Z', Date.parse('2026-01-01'))).toMatch(/expired on 2020-01-01/);
    expect(certificateExpiryProblem('2030-01-01T00:00:00Z', Date.parse('2026-01-01'))).toBeUndefined();
  });
});
