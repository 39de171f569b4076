import { NotFoundError } from '@cs/domain';
import type { ImageCategory, ImageDto, ImageTags } from '@cs/contracts';
import { CATALOGUE } from './images/catalogue-data.ts';
import type { CatalogueImage } from './images/catalogue-data.ts';

function toDto({ tags, ...image }: CatalogueImage): ImageDto {
  return { ...image, defaultTag: tags[0] ?? 'latest' };
}

/** The image catalogue of Docker Images and of Add Service: static data, read-only. */
export class ImageCatalog {
  constructor(private readonly images: readonly CatalogueImage[] = CATALOGUE) {}

  /** One tab, most stars first; `name` matches part of the name, ignoring case. */
  list(query: { tab: ImageCategory; name?: string; page: number; pageSize: number }): {
    items: ImageDto[];
    total: number;
  } {
    const text = query.name?.toLowerCase();
    const matching = this.images
      .filter((i) => i.categories.includes(query.tab) && (!text || i.name.toLowerCase().includes(text)))
      .sort((a, b) => b.stars - a.stars || a.name.localeCompare(b.name));
    const start = (query.page - 1) * query.pageSize;
    return { items: matching.slice(start, start + query.pageSize).map(toDto), total: matching.length };
  }

  /** The versions "Select image version" offers; 404 for an image the catalogue does not have. */
  tags(name: string): ImageTags {
    const image = this.images.find((i) => i.name === name);
    if (!image) throw new NotFoundError('Image', name);
    return { name: image.name, repository: image.repository, tags: [...image.tags] };
  }
}
