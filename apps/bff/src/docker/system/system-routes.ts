import { Router } from 'express';
import type { DockerDeps } from '../docker-deps.ts';
import { clusterFacts } from '../cluster-facts.ts';
import { clusterImages } from '../images/cluster-images.ts';
import { infoView, versionView } from './system-views.ts';

/** `/_ping` (the client negotiates its API version from the header the app sets), `/version` and `/info`. */
export function createSystemRoutes(deps: DockerDeps, clusterId: string): Router {
  const router = Router();
  const { store } = deps;

  router.all('/_ping', (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return void res.status(405).json({ message: 'Use GET or HEAD.' });
    res.setHeader('Cache-Control', 'no-cache, no-store, must-revalidate');
    res.type('text/plain').send('OK');
  });

  router.get('/version', async (_req, res) => {
    res.json(versionView(await clusterFacts(store, clusterId)));
  });

  router.get('/info', async (_req, res) => {
    const facts = await clusterFacts(store, clusterId);
    const [counts, images] = await Promise.all([
      store.containers.counts(facts.nodes.map((n) => n.metadata.id)),
      clusterImages(store, clusterId),
    ]);
    res.json(infoView(facts, counts, images.length, deps.now()));
  });

  return router;
}
