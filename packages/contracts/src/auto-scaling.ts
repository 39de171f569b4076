import { z } from 'zod';
import { SCALING_LIMITS, scalingBoundsProblem } from '@cs/domain';

const percent = (what: string) =>
  z.number(`Give the ${what} as a percentage.`).min(0, `The ${what} is 0%~100%.`).max(100, `The ${what} is 0%~100%.`);

export const ScalingBoundsSchema = z
  .object({ expansion: percent('Expansion Condition'), contraction: percent('Contraction Condition') })
  .superRefine((bounds, ctx) => {
    const problem = scalingBoundsProblem(bounds);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });

/** A container auto scaling policy, as the replay takes it (the labels' shape, parsed). */
export const ScalingPolicySchema = z
  .object({
    bounds: z
      .object({ cpu: ScalingBoundsSchema.optional(), memory: ScalingBoundsSchema.optional() })
      .refine((b) => b.cpu !== undefined || b.memory !== undefined, 'Set the bounds of CPU usage or memory usage.'),
    step: z
      .number()
      .int('The Step is a whole number.')
      .min(SCALING_LIMITS.step.min, 'The range of the Step is 1~5, the default value is 1.')
      .max(SCALING_LIMITS.step.max, 'The range of the Step is 1~5, the default value is 1.'),
    min: z.number().int('A number of containers is a whole number.').min(0).max(1_000),
    max: z.number().int('A number of containers is a whole number.').min(1).max(1_000),
  })
  .superRefine((p, ctx) => {
    if (p.min > p.max)
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: 'The Min Number of Containers cannot be greater than the Max Number of Containers.',
      });
  });
export type ScalingPolicyInput = z.infer<typeof ScalingPolicySchema>;

const AveragesSchema = z.object({ cpu: z.number().nullable(), memory: z.number().nullable() });

/** A service's auto scaling: its policy and where the three-period count stands. */
export const AutoScalingStatusSchema = z.object({
  serviceId: z.string(),
  policy: ScalingPolicySchema.nullable(),
  /** Consecutive ended periods beyond the expansion (over) and contraction (under) bounds. */
  over: z.number().int(),
  under: z.number().int(),
  periodsNeeded: z.number().int(),
  judgedTo: z.string().nullable(),
  /** The last ended period's averages, in percent. */
  last: AveragesSchema,
  /** The guide's warning, when the figures already meet the policy and will after scaling. */
  warning: z.string().nullable(),
  scale: z.number().int(),
});
export type AutoScalingStatus = z.infer<typeof AutoScalingStatusSchema>;

export const ReplayRequestSchema = z.object({
  hours: z
    .number()
    .int('Replay whole hours.')
    .min(1, 'Replay 1 to 24 hours.')
    .max(24, 'Replay 1 to 24 hours.')
    .default(6),
  /** The policy to try; the service's own when absent. */
  policy: ScalingPolicySchema.optional(),
});
export type ReplayRequest = z.input<typeof ReplayRequestSchema>;

/** The what-if replay: what the policy would have done over the last hours of the service's metrics. */
export const ReplayResultSchema = z.object({
  from: z.string(),
  to: z.string(),
  periods: z.number().int(),
  /** Periods in which no container ran. */
  emptyPeriods: z.number().int(),
  start: z.number().int(),
  final: z.number().int(),
  expansions: z.number().int(),
  contractions: z.number().int(),
  scalings: z.array(z.object({ at: z.string(), direction: z.enum(['expand', 'contract']), count: z.number().int() })),
  /** One average per period (oldest first), for the chart. */
  series: z.array(z.object({ at: z.string(), cpu: z.number().nullable(), memory: z.number().nullable() })),
  warning: z.string().nullable(),
});
export type ReplayResult = z.infer<typeof ReplayResultSchema>;
