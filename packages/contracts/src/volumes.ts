import { z } from 'zod';
import {
  ACCESS_DOMAINS,
  BUCKET_NAME_RULE,
  OTHER_PARAMETERS_RULE,
  VOLUME_NAME_RULE,
  findRegion,
  isValidBucketName,
  isValidVolumeName,
  parseOtherParameters,
} from '@cs/domain';
import { ObjectMetaSchema, PageQuerySchema, listSchema, statusSchema } from './resource.ts';

const ClusterIdSchema = z.string('Select a cluster.').trim().min(1, 'Select a cluster.').max(128, 'Select a cluster.');

const VolumeNameSchema = z
  .string(VOLUME_NAME_RULE)
  .trim()
  .refine((n) => isValidVolumeName(n), VOLUME_NAME_RULE);

const ACCESS_KEY_ID_RULE = 'The Access Key ID is 8 to 128 letters and digits.';
const ACCESS_KEY_SECRET_RULE = 'The Access Key Secret is 8 to 128 letters, digits, and + / = characters.';

/** Create Data Volume (OSS): the guide's dialog, field by field. */
export const VolumeCreateRequestSchema = z.object({
  clusterId: ClusterIdSchema,
  type: z.literal('oss', 'The type is OSS.').default('oss'),
  name: VolumeNameSchema,
  accessKeyId: z
    .string(ACCESS_KEY_ID_RULE)
    .trim()
    .regex(/^[A-Za-z0-9]{8,128}$/, ACCESS_KEY_ID_RULE),
  accessKeySecret: z
    .string(ACCESS_KEY_SECRET_RULE)
    .trim()
    .regex(/^[A-Za-z0-9+/=]{8,128}$/, ACCESS_KEY_SECRET_RULE),
  allowOther: z.boolean('allow_other is true or false.').default(false),
  noxattr: z.boolean('noxattr is true or false.').default(false),
  otherParameters: z
    .string(OTHER_PARAMETERS_RULE)
    .max(600, OTHER_PARAMETERS_RULE)
    .transform((text) => parseOtherParameters(text.trim()))
    .refine((items) => items !== undefined, OTHER_PARAMETERS_RULE)
    .transform((items) => items ?? [])
    .default([]),
  bucket: z
    .string('Select a bucket.')
    .trim()
    .refine((b) => isValidBucketName(b), 'Select a bucket.'),
  accessDomain: z.enum(ACCESS_DOMAINS, 'The Access Domain Name is Intranet, Internet or VPC.').default('intranet'),
  fileCaching: z.boolean('File Caching is Enable or Disable.').default(true),
});
export type VolumeCreateRequest = z.input<typeof VolumeCreateRequestSchema>;

export const VolumeListQuerySchema = PageQuerySchema.extend({
  clusterId: ClusterIdSchema,
  /** Volume names containing this text. */
  name: z.string().trim().max(64, 'Search at most 64 characters.').optional(),
});
export type VolumeListQuery = Partial<z.output<typeof VolumeListQuerySchema>> & { clusterId: string };

/** Delete All Volumes with the Same Name. */
export const VolumeDeleteQuerySchema = z.object({
  clusterId: ClusterIdSchema,
  // Any name a template may give a local volume, not only the rule of the names created here.
  name: z.string('Name the data volume.').trim().min(1, 'Name the data volume.').max(255, 'Name the data volume.'),
});
export type VolumeDeleteQuery = z.input<typeof VolumeDeleteQuerySchema>;

/** One row of the Data Volume List: a volume on one node. */
export const VolumeRowSchema = z.object({
  clusterId: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  name: z.string(),
  /** The Volume Name column: the name, or `node_name/volume_name` for a local volume. */
  displayName: z.string(),
  driver: z.enum(['ossfs', 'local']),
  mountPoint: z.string(),
  /** The containers on the node that mount it, by name (the first of them when many). */
  containers: z.array(z.string()),
  containerCount: z.number().int(),
  parameters: z.string(),
  /** The OSSFS data volume (View); null for a local volume. */
  volumeId: z.string().nullable(),
});
export type VolumeRowDto = z.infer<typeof VolumeRowSchema>;
export const VolumeListSchema = listSchema(VolumeRowSchema);
export type VolumeList = z.infer<typeof VolumeListSchema>;

/** An OSSFS data volume as View shows it: every parameter, the Access Key Secret never. */
export const OssfsVolumeSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({
    clusterId: z.string(),
    type: z.literal('oss'),
    bucket: z.string(),
    bucketRegion: z.string(),
    accessKeyId: z.string(),
    /** Always true: the secret was given at creation and is kept, not shown. */
    accessKeySecretSet: z.literal(true),
    accessDomain: z.enum(ACCESS_DOMAINS),
    endpoint: z.string(),
    fileCaching: z.boolean(),
    allowOther: z.boolean(),
    noxattr: z.boolean(),
    otherParameters: z.array(z.string()),
    mountPoint: z.string(),
  }),
  status: statusSchema(['Available']),
});
export type OssfsVolumeDto = z.infer<typeof OssfsVolumeSchema>;

const RegionSchema = z
  .string('Select a region.')
  .trim()
  .max(64, 'Select a region.')
  .refine((r) => findRegion(r) !== undefined, 'Select a region.');

export const OssBucketListQuerySchema = z.object({ region: RegionSchema.optional() });
export type OssBucketListQuery = z.input<typeof OssBucketListQuerySchema>;

export const OssBucketCreateRequestSchema = z.object({
  region: RegionSchema,
  name: z
    .string(BUCKET_NAME_RULE)
    .trim()
    .refine((n) => isValidBucketName(n), BUCKET_NAME_RULE),
});
export type OssBucketCreateRequest = z.input<typeof OssBucketCreateRequestSchema>;

export const OssBucketSchema = z.object({
  name: z.string(),
  region: z.string(),
  regionName: z.string(),
  createdAt: z.string(),
});
export type OssBucketDto = z.infer<typeof OssBucketSchema>;
export const OssBucketListSchema = z.object({ items: z.array(OssBucketSchema) });
export type OssBucketList = z.infer<typeof OssBucketListSchema>;
