import { Router } from 'express';
import { ImageListQuerySchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { ImageCatalog } from '../services/image-catalog.ts';

export function createImagesRouter({ images }: { images: ImageCatalog }): Router {
  const router = Router();

  router.get('/images', (req, res) => {
    res.json(images.list(parseInput(ImageListQuerySchema, req.query)));
  });

  // Names with a slash (acs/proxy) arrive encoded as one segment: /images/acs%2Fproxy/tags.
  router.get('/images/:name/tags', (req, res) => {
    res.json(images.tags(req.params.name));
  });

  return router;
}
