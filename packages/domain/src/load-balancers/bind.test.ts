import { describe, expect, it } from 'vitest';
import { loadBalancerBindProblem } from './bind.ts';

describe('loadBalancerBindProblem', () => {
  const hangzhou = { spec: { region: 'cn-hangzhou' } } as Parameters<typeof loadBalancerBindProblem>[2];

  it('accepts a stored instance of the cluster region', () => {
    expect(loadBalancerBindProblem('lb-1', 'cn-hangzhou', hangzhou)).toBeUndefined();
  });
  it('refuses one of another region or none, naming the id and the region', () => {
    expect(loadBalancerBindProblem('lb-1', 'cn-beijing', hangzhou)).toBe(
      'Server Load Balancer lb-1 does not exist in China North 2 (Beijing) (cn-beijing). Log on to the Server Load Balancer console and create a Server Load Balancer instance there; then return to this page and bind it.',
    );
    expect(loadBalancerBindProblem('lb-bp1abcdefgh12345678', 'cn-hangzhou', undefined)).toMatch(
      /^Server Load Balancer lb-bp1abcdefgh12345678 does not exist in China East 1 \(Hangzhou\)/,
    );
  });
});
