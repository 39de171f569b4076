import { z } from 'zod';
import { ObjectMetaSchema, listSchema, statusSchema } from './resource.ts';

/** `nginx`, `nginx:1.11`, `registry.aliyuncs.com/acs-sample/wordpress:4.5`: what can be pushed. */
const IMAGE_REFERENCE =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;

export const ImagePushRequestSchema = z.object({
  image: z
    .string('Name the image to push a new digest for.')
    .trim()
    .max(255, 'An image reference is at most 255 characters.')
    .regex(IMAGE_REFERENCE, 'Name an image such as nginx or nginx:1.11.'),
});
export type ImagePushRequest = z.input<typeof ImagePushRequestSchema>;

export const RegistryImageSchema = z.object({
  metadata: ObjectMetaSchema,
  spec: z.object({ reference: z.string() }),
  status: statusSchema(['Pushed']).extend({ pushes: z.number().int(), digest: z.string() }),
});
export type RegistryImageDto = z.infer<typeof RegistryImageSchema>;
export const RegistryImageListSchema = listSchema(RegistryImageSchema);

/** Take a zone of a cluster down (every node Offline) or bring it back. */
export const ZoneOutageRequestSchema = z.object({
  clusterId: z.string('Select a cluster.').trim().min(1, 'Select a cluster.'),
  zone: z.string('Select a zone.').trim().min(1, 'Select a zone.'),
});
export type ZoneOutageRequest = z.input<typeof ZoneOutageRequestSchema>;
