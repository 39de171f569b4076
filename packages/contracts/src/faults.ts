import { z } from 'zod';
import { FAULTABLE_STEPS } from '@cs/domain';
import { ObjectMetaSchema, listSchema, statusSchema } from './resource.ts';

export const FaultCreateRequestSchema = z
  .object({
    targetKind: z.enum(
      ['cluster', 'node', 'image', 'service'],
      'Aim the fault at a cluster, a node, an image or a service.',
    ),
    targetId: z.string().min(1).nullable().default(null),
    step: z.string().nullable().default(null),
    message: z.string().trim().max(500).default(''),
    count: z.number().int().min(1, 'A fault fires at least once.').max(100).default(1),
  })
  .superRefine((f, ctx) => {
    const steps = FAULTABLE_STEPS[f.targetKind];
    if (f.step !== null && !steps.includes(f.step)) {
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: `A ${f.targetKind} fault hits one of: ${steps.join(', ')}.`,
      });
    }
  });
export type FaultCreateRequest = z.input<typeof FaultCreateRequestSchema>;

export const FaultSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    targetKind: z.enum(['cluster', 'node', 'image', 'service']),
    targetId: z.string().nullable(),
    step: z.string().nullable(),
    message: z.string(),
    count: z.number().int(),
  }),
  status: statusSchema(['Armed']),
});
export type FaultDto = z.infer<typeof FaultSchema>;
export const FaultListSchema = listSchema(FaultSchema);
