import { Router } from 'express';
import type { Request, Response } from 'express';
import { matchingFault } from '@cs/domain';
import type { Fault } from '@cs/domain';
import { imageSizeBytes } from '@cs/simulator';
import type { DockerDeps } from '../docker-deps.ts';
import { clusterFacts } from '../cluster-facts.ts';
import { DockerError } from '../api/docker-errors.ts';
import { clusterImages, findImage, registryDigest, repositoryOf } from './cluster-images.ts';
import { pullReference } from './image-names.ts';
import { imageInspect, imageSummary, layersOf } from './image-views.ts';

/** Pull progress is paced so that a client shows it as a stream, and bounded: well under a second. */
const PULL_STEP_MS = 40;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The JSON-lines progress of a pull, as `docker pull` and docker-compose read it. */
async function streamPull(
  req: Request,
  res: Response,
  pull: { reference: string; digest: string; fault: string | undefined; present: boolean },
) {
  let open = true;
  req.on('close', () => (open = false));
  const write = async (message: object) => {
    if (!open) return;
    res.write(`${JSON.stringify(message)}\n`);
    await pause(PULL_STEP_MS);
  };
  res.status(200).type('application/json');
  const tag = pull.reference.slice(repositoryOf(pull.reference).length + 1) || 'latest';
  const repository = repositoryOf(pull.reference);
  await write({ status: `Pulling from ${repository.includes('/') ? repository : `library/${repository}`}`, id: tag });
  if (!pull.present) {
    const layers = layersOf(pull).map((l) => l.slice(0, 12));
    const size = Math.round(imageSizeBytes(pull.reference) / layers.length);
    for (const id of layers) await write({ status: 'Pulling fs layer', progressDetail: {}, id });
    for (const id of layers) {
      for (const share of [0.5, 1])
        await write({ status: 'Downloading', progressDetail: { current: Math.round(size * share), total: size }, id });
      if (pull.fault) {
        await write({ errorDetail: { message: pull.fault }, error: pull.fault });
        return res.end();
      }
      await write({ status: 'Pull complete', progressDetail: {}, id });
    }
  }
  await write({ status: `Digest: ${pull.digest}` });
  await write({
    status: pull.present
      ? `Status: Image is up to date for ${pull.reference}`
      : `Status: Downloaded newer image for ${pull.reference}`,
  });
  res.end();
}

/** `docker images`, `docker pull` and image inspect (docker-compose asks before it pulls). */
export function createImageRoutes(deps: DockerDeps, clusterId: string): Router {
  const router = Router();
  const { store } = deps;

  router.get('/images/json', async (_req, res) => {
    res.json((await clusterImages(store, clusterId)).map(imageSummary));
  });

  router.post('/images/create', async (req, res) => {
    if (req.query['fromSrc'] !== undefined)
      throw new DockerError(501, 'Importing an image (docker import) is not supported: pull it from a registry.');
    const reference = pullReference(req.query['fromImage'], req.query['tag']);
    const [digest, images, faults] = await Promise.all([
      registryDigest(store, reference),
      clusterImages(store, clusterId),
      store.resources.listAll<Fault>('fault'),
    ]);
    const fault = matchingFault(faults, 'image', reference, 'Pull');
    const present = findImage(images, reference)?.digest === digest;
    const message = fault ? `Pull image ${reference} failed: ${fault.spec.message}` : undefined;
    await streamPull(req, res, { reference, digest, fault: message, present });
    if (!message)
      await store.docker.recordPull(clusterId, { reference, digest, pulledAt: new Date(deps.now()).toISOString() });
  });

  // Image names have slashes (registry.aliyuncs.com/acs-sample/nginx:1.11), so the path is read here.
  router.get(/^\/images\/(.+)\/json$/, async (req, res) => {
    const name = (req.params as Record<string, string>)[0]!;
    const [image, { cluster }] = await Promise.all([
      clusterImages(store, clusterId).then((images) => findImage(images, name)),
      clusterFacts(store, clusterId),
    ]);
    if (!image) throw new DockerError(404, `No such image: ${name}`);
    res.json(imageInspect(image, cluster.status.dockerVersion));
  });

  return router;
}
