import type { ImageAutoScaling } from '@cs/compose';
import type { ScalingPolicyInput } from '@cs/contracts';
import { SCALING_LIMITS, scalingBoundsProblem } from '@cs/domain';

/** What the Auto Scaling fields start from: CPU between 10 % and 70 %, step 1, 1 to 10 containers. */
export const DEFAULT_AUTO_SCALING: ImageAutoScaling = {
  metric: 'cpu',
  expansion: 70,
  contraction: 10,
  step: 1,
  minInstances: 1,
  maxInstances: 10,
};

/** The guide's Auto Scaling constraints, the first one broken; undefined when all hold. */
export function autoScalingProblem(
  a: ImageAutoScaling,
): { field: keyof ImageAutoScaling; message: string } | undefined {
  const bounds = scalingBoundsProblem({ expansion: a.expansion, contraction: a.contraction });
  if (bounds) return bounds;
  if (!(a.step >= SCALING_LIMITS.step.min && a.step <= SCALING_LIMITS.step.max))
    return { field: 'step', message: 'The range of the Step is 1~5, the default value is 1.' };
  if (!(a.maxInstances >= 1)) return { field: 'maxInstances', message: 'The Max Number of Containers is at least 1.' };
  if (a.minInstances > a.maxInstances)
    return {
      field: 'minInstances',
      message: 'The Min Number of Containers cannot be greater than the Max Number of Containers.',
    };
  return undefined;
}

/** The settings as the what-if replay takes a policy. */
export function toScalingPolicy(a: ImageAutoScaling): ScalingPolicyInput {
  return {
    bounds: { [a.metric]: { expansion: a.expansion, contraction: a.contraction } },
    step: a.step,
    min: a.minInstances,
    max: a.maxInstances,
  };
}

/** A policy back as the fields show it (its first metric). */
export function fromScalingPolicy(policy: ScalingPolicyInput): ImageAutoScaling {
  const metric = policy.bounds.cpu ? 'cpu' : 'memory';
  const bounds = policy.bounds[metric] ?? { expansion: 70, contraction: 10 };
  return { metric, ...bounds, step: policy.step, minInstances: policy.min, maxInstances: policy.max };
}
