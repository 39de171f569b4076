import { z } from 'zod';
import { ObjectMetaSchema, listSchema, statusSchema } from './resource.ts';

/** The trigger types of an application; the guide allows one of each. */
export const TRIGGER_TYPES = ['redeploy', 'scale-out'] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];
/** The words the console shows for each type. */
export const TRIGGER_TYPE_LABELS: Record<TriggerType, string> = { redeploy: 'Redeploy', 'scale-out': 'Scale Out' };

/** The guide's words when an application already has a trigger of the type. */
export const ONE_TRIGGER_PER_TYPE = 'You can only have one of each trigger type.';

/** A service's scale is at most this (as Change Configuration allows). */
export const MAX_SERVICE_SCALE = 1000;

/** The opaque token of a trigger link: url-safe base64. */
export const TRIGGER_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
/** The most characters a secret sent to the hook may have (ours have 36). */
export const MAX_TRIGGER_SECRET_LENGTH = 256;

const TypeSchema = z.enum(TRIGGER_TYPES, `Select a trigger type: ${TRIGGER_TYPES.join(' or ')}.`);

const AMOUNT_RULE = 'Enter how many containers a call adds: a whole number from 1.';
/** Scale Out: how many containers one call adds. */
export const TriggerAmountSchema = z
  .number(AMOUNT_RULE)
  .int(AMOUNT_RULE)
  .min(1, 'A call adds at least 1 container.')
  .max(MAX_SERVICE_SCALE, `A call adds at most ${MAX_SERVICE_SCALE} containers.`);
const SERVICE_RULE = 'Select a service of the application.';
export const TriggerServiceIdSchema = z.string(SERVICE_RULE).trim().min(1, SERVICE_RULE).max(128, SERVICE_RULE);

export const TriggerCreateRequestSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('redeploy') }),
    z.object({ type: z.literal('scale-out'), serviceId: TriggerServiceIdSchema, amount: TriggerAmountSchema }),
  ],
  { error: `Select a trigger type: ${TRIGGER_TYPES.join(' or ')}.` },
);
export type TriggerCreateRequest = z.input<typeof TriggerCreateRequestSchema>;

export const TriggerSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    applicationId: z.string(),
    type: TypeSchema,
    /** Scale Out: the service that grows, and by how many containers a call. */
    serviceId: z.string().nullable(),
    serviceName: z.string().nullable(),
    amount: z.number().int().nullable(),
  }),
  status: statusSchema(['Active']).extend({
    /** The link without its secret: the secret is shown once, when the trigger is created. */
    link: z.string(),
    /** The secret's last characters, for telling triggers apart. */
    maskedSecret: z.string(),
  }),
});
export type TriggerDto = z.infer<typeof TriggerSchema>;

/** The create answer: the only one that carries the secret and the full link. */
export const TriggerCreatedSchema = TriggerSchema.extend({
  secret: z.string(),
  /** The link to call, with its secret (`curl '<linkWithSecret>'`). */
  linkWithSecret: z.string(),
});
export type TriggerCreatedDto = z.infer<typeof TriggerCreatedSchema>;

export const TriggerListSchema = listSchema(TriggerSchema);
export type TriggerList = z.infer<typeof TriggerListSchema>;

/** The query of `GET/POST /hook/trigger`. A secret of any other shape is a wrong one (403); only an overlong one is a bad field. */
export const TriggerCallQuerySchema = z.object({
  triggerUrl: z
    .string('Give the triggerUrl of the trigger link.')
    .regex(TRIGGER_TOKEN_PATTERN, 'The triggerUrl is the token of a trigger link.'),
  secret: z
    .string('The secret is one value.')
    .max(MAX_TRIGGER_SECRET_LENGTH, `The secret has at most ${MAX_TRIGGER_SECRET_LENGTH} characters.`)
    .optional(),
});

/** What an accepted trigger call answers. */
export const TriggerCallResultSchema = z.object({
  accepted: z.literal(true),
  type: TypeSchema,
  application: z.string(),
  message: z.string(),
});
export type TriggerCallResult = z.infer<typeof TriggerCallResultSchema>;
