import { Router } from 'express';
import {
  OssBucketCreateRequestSchema,
  OssBucketListQuerySchema,
  VolumeCreateRequestSchema,
  VolumeDeleteQuerySchema,
  VolumeListQuerySchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { BucketService } from '../services/volumes/bucket-service.ts';
import type { VolumeService } from '../services/volumes/volume-service.ts';

/** Data Volumes (`/volumes`) and the simulated OSS buckets they mount (`/oss-buckets`). */
export function createVolumesRouter({ volumes, buckets }: { volumes: VolumeService; buckets: BucketService }): Router {
  const router = Router();

  router.get('/volumes', async (req, res) => {
    res.json(await volumes.list(parseInput(VolumeListQuerySchema, req.query)));
  });

  router.post('/volumes', async (req, res) => {
    const created = await volumes.create(parseInput(VolumeCreateRequestSchema, req.body));
    res.status(201).location(`${req.baseUrl}/volumes/${created.metadata.id}`).json(created);
  });

  router.get('/volumes/:id', async (req, res) => {
    res.json(await volumes.get(req.params.id));
  });

  /** Delete All Volumes with the Same Name. */
  router.delete('/volumes', async (req, res) => {
    const { clusterId, name } = parseInput(VolumeDeleteQuerySchema, req.query);
    await volumes.deleteNamed(clusterId, name);
    res.status(204).end();
  });

  router.get('/oss-buckets', async (req, res) => {
    const { region } = parseInput(OssBucketListQuerySchema, req.query);
    res.json(await buckets.list(region));
  });

  router.post('/oss-buckets', async (req, res) => {
    res.status(201).json(await buckets.create(parseInput(OssBucketCreateRequestSchema, req.body)));
  });

  return router;
}
