import { describe, expect, it } from 'vitest';
import { autoScalingProblem, fromScalingPolicy, toScalingPolicy } from './auto-scaling.utils.ts';

describe('the Auto Scaling fields', () => {
  const ok = { metric: 'cpu' as const, expansion: 70, contraction: 20, step: 1, minInstances: 1, maxInstances: 10 };

  it('holds them to the guide’s constraints', () => {
    expect(autoScalingProblem(ok)).toBeUndefined();
    expect(autoScalingProblem({ ...ok, expansion: 40 })?.field).toBe('expansion');
    expect(autoScalingProblem({ ...ok, contraction: 60 })?.field).toBe('contraction');
    expect(autoScalingProblem({ ...ok, expansion: 60, contraction: 40 })?.message).toMatch(/at least 30% higher/);
    expect(autoScalingProblem({ ...ok, step: 6 })?.field).toBe('step');
    expect(autoScalingProblem({ ...ok, minInstances: 11 })?.field).toBe('minInstances');
    expect(autoScalingProblem({ ...ok, maxInstances: 0 })?.field).toBe('maxInstances');
  });

  it('turns into the replay policy and back', () => {
    const memory = { ...ok, metric: 'memory' as const };
    expect(toScalingPolicy(memory)).toEqual({
      bounds: { memory: { expansion: 70, contraction: 20 } },
      step: 1,
      min: 1,
      max: 10,
    });
    expect(fromScalingPolicy(toScalingPolicy(memory))).toEqual(memory);
  });
});
