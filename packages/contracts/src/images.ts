import { z } from 'zod';
import { PageQuerySchema, listSchema } from './resource.ts';

/** The guide's tabs: Popular (recommended by the Container Service) and Official (Docker Hub's). */
export const IMAGE_CATEGORIES = ['popular', 'official'] as const;
export const ImageCategorySchema = z.enum(IMAGE_CATEGORIES, 'Choose popular or official.');
export type ImageCategory = z.infer<typeof ImageCategorySchema>;

/** Where an image comes from, in the guide's words (its table shows DOCKER_HUB). */
export const IMAGE_SOURCES = ['DOCKER_HUB', 'ALIYUN_HUB'] as const;

export const ImageSchema = z.object({
  /** As the guide's Name column shows it: `nginx`, `acs/proxy`. */
  name: z.string(),
  /** What a template's `image:` names, without a tag: `nginx`, `registry.aliyuncs.com/acs/proxy`. */
  repository: z.string(),
  categories: z.array(ImageCategorySchema),
  /** Every catalogue image is public, as the guide's Type column shows. */
  type: z.literal('Public'),
  source: z.enum(IMAGE_SOURCES),
  stars: z.number().int(),
  description: z.string(),
  /** The tag a new service uses unless another version is selected. */
  defaultTag: z.string(),
});
export type ImageDto = z.infer<typeof ImageSchema>;

export const ImageListQuerySchema = PageQuerySchema.extend({
  tab: ImageCategorySchema.default('popular'),
  /** Images whose name contains this, ignoring case. */
  name: z.string().trim().max(128, 'Search with at most 128 characters.').optional(),
});
export type ImageListQuery = Partial<z.output<typeof ImageListQuerySchema>>;

export const ImageListSchema = listSchema(ImageSchema);
export type ImageList = z.infer<typeof ImageListSchema>;

/** The versions "Select image version" offers, newest first. */
export const ImageTagsSchema = z.object({
  name: z.string(),
  repository: z.string(),
  tags: z.array(z.string()),
});
export type ImageTags = z.infer<typeof ImageTagsSchema>;
