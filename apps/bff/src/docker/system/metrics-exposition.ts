import { Router } from 'express';
import type { DockerDeps } from '../docker-deps.ts';
import { metricsSnapshot } from '../../services/metrics/metrics-snapshot.ts';
import { sendPrometheus } from '../../services/metrics/send-exposition.ts';

/**
 * `GET /metrics` on the cluster's endpoint: its metrics in the Prometheus text format, for a
 * Prometheus scraping with the cluster's certFile.zip as `tls_config` (the endpoint's mutual TLS).
 */
export function createMetricsExposition(deps: DockerDeps, clusterId: string): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    await sendPrometheus(res, await metricsSnapshot(deps.store, deps.metrics, clusterId, deps.now()));
  });
  return router;
}
