import express, { Router } from 'express';
import {
  LoadSpikeListQuerySchema,
  LoadSpikeRequestSchema,
  MetricQuerySchema,
  ServiceMetricQuerySchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import { submitCustomData } from '../services/metrics/custom-data.ts';
import { influxLines } from '../services/metrics/influx-format.ts';
import { monitoringIntegrations } from '../services/metrics/integrations.ts';
import type { LoadSpikeService } from '../services/metrics/load-spike-service.ts';
import { metricsSnapshot } from '../services/metrics/metrics-snapshot.ts';
import { sendPrometheus } from '../services/metrics/send-exposition.ts';
import type { MetricsService } from '../services/metrics/metrics-service.ts';
import type { Store } from '../store/store.ts';

/** Line protocol bodies: 500 lines of 4 KB at most (see line-protocol.ts); the JSON object is small. */
const lineProtocol = express.text({ type: 'text/plain', limit: '256kb' });

/** Monitoring: derived metrics of containers, nodes, clusters and services, the expositions, load spikes, custom data. */
export function createMetricsRouter({
  metrics,
  loadSpikes,
  store,
  now,
}: {
  metrics: MetricsService;
  loadSpikes: LoadSpikeService;
  store: Store;
  now: () => number;
}): Router {
  const router = Router();

  router.get('/containers/:id/metrics', async (req, res) => {
    res.json(await metrics.container(req.params.id, parseInput(MetricQuerySchema, req.query)));
  });

  router.get('/clusters/:id/nodes/:nodeId/metrics', async (req, res) => {
    res.json(await metrics.node(req.params.id, req.params.nodeId, parseInput(MetricQuerySchema, req.query)));
  });

  router.get('/clusters/:id/metrics', async (req, res) => {
    res.json(await metrics.cluster(req.params.id, parseInput(MetricQuerySchema, req.query)));
  });

  router.get('/services/:id/metrics', async (req, res) => {
    res.json(await metrics.service(req.params.id, parseInput(ServiceMetricQuerySchema, req.query)));
  });

  router.get('/clusters/:id/metrics/prometheus', async (req, res) => {
    await sendPrometheus(res, await metricsSnapshot(store, metrics, req.params.id, now()));
  });

  router.get('/clusters/:id/metrics/influxdb', async (req, res) => {
    const text = influxLines(await metricsSnapshot(store, metrics, req.params.id, now()));
    res.type('text/plain; charset=utf-8').send(text);
  });

  router.get('/clusters/:id/metrics/integrations', async (req, res) => {
    res.json({ items: await monitoringIntegrations(store, req.params.id) });
  });

  router.post('/containers/:id/monitoring/data', lineProtocol, async (req, res) => {
    const body = typeof req.body === 'string' ? { text: req.body as string } : { json: req.body as unknown };
    res.status(201).json(await submitCustomData(store, metrics.points, now(), req.params.id, body));
  });

  router.post('/simulation/load-spikes', async (req, res) => {
    res.status(201).json(await loadSpikes.start(parseInput(LoadSpikeRequestSchema, req.body)));
  });

  router.get('/simulation/load-spikes', async (req, res) => {
    const { clusterId } = parseInput(LoadSpikeListQuerySchema, req.query);
    res.json(await loadSpikes.list(clusterId));
  });

  return router;
}
