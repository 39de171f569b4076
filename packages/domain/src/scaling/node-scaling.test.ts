import { describe, expect, it } from 'vitest';
import { userTagProblem } from '../nodes.ts';
import { nodeScalingMessage, nodeScalingMetricsText, nodeScalingPolicyProblems } from './node-scaling.ts';

describe('node scaling rules in the guide words', () => {
  it('checks the bounds, the Expansion Step and the range', () => {
    expect(
      nodeScalingPolicyProblems({ bounds: { cpu: { expansion: 70, contraction: 10 } }, step: 1, min: 2, max: 10 }),
    ).toEqual([]);
    expect(
      nodeScalingPolicyProblems({
        bounds: { memory: { expansion: 100, contraction: 80 } },
        step: 0,
        min: 0,
        max: 0,
      }).map((p) => p.field),
    ).toEqual(['bounds.memory.contraction', 'step', 'min']);
    expect(nodeScalingPolicyProblems({ bounds: {}, step: 1, min: 3, max: 2 }).map((p) => p.message)).toEqual([
      'Set the CPU or the memory utilization.',
      'The Max Number of Cluster Nodes must not be less than the Min Number of Cluster Nodes.',
    ]);
  });

  it('writes the Metrics column and the scaling events', () => {
    expect(nodeScalingMetricsText({ cpu: { expansion: 70, contraction: 10 } })).toBe(
      'CPU Utilization: Maximum: 70 % Minimum: 10 % Memory Utilization: Not set',
    );
    expect(nodeScalingMessage('expand', { metric: 'cpu', value: 85.4, bound: 70 }, 1)).toBe(
      'Node auto scaling: cluster CPU average 85% > 70% for 3 periods: add 1 node.',
    );
    expect(nodeScalingMessage('contract', { metric: 'memory', value: 4.6, bound: 20 }, 1)).toBe(
      'Node auto scaling: cluster memory average 5% < 20% for 3 periods: remove 1 node.',
    );
  });

  it('lets the User Tags hold aliyun.reschedule, and no other aliyun. key', () => {
    expect(userTagProblem('aliyun.reschedule', 'true')).toBeUndefined();
    expect(userTagProblem('aliyun.other', 'true')?.message).toBe('Tag keys starting with aliyun. are reserved.');
  });
});
