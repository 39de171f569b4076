import { describe, expect, it } from 'vitest';
import { loadBalancerBindProblem, loadBalancersOf } from './load-balancers.ts';

describe('loadBalancerBindProblem', () => {
  const [hangzhou] = loadBalancersOf('cn-hangzhou');

  it("accepts the account's Server Load Balancer of the region, and one created with a cluster there", () => {
    expect(loadBalancerBindProblem(hangzhou!.id, 'cn-hangzhou', [])).toBeUndefined();
    const created = 'lb-bp1createdwithcluster';
    expect(loadBalancerBindProblem(created, 'cn-hangzhou', [created])).toBeUndefined();
  });
  it('refuses one of another region or none, naming the id and the region', () => {
    expect(loadBalancerBindProblem(hangzhou!.id, 'cn-beijing', [])).toBe(
      `Server Load Balancer ${hangzhou!.id} does not exist in China North 2 (Beijing) (cn-beijing). Log on to the Server Load Balancer console and create a Server Load Balancer instance there; then return to this page and bind it.`,
    );
    expect(loadBalancerBindProblem('lb-bp1abcdefgh12345678', 'cn-hangzhou', [])).toMatch(
      /^Server Load Balancer lb-bp1abcdefgh12345678 does not exist in China East 1 \(Hangzhou\)/,
    );
  });
});
