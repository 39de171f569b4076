import type { ImageListQuery } from '@cs/contracts';

/** Query keys of the image catalogue (static on the server: never invalidated by changes). */
export const imageKeys = {
  all: () => ['images'] as const,
  list: (query: ImageListQuery) => ['images', 'list', query] as const,
  tags: (name: string) => ['images', name, 'tags'] as const,
};
