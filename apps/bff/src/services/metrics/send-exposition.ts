import type { Response } from 'express';
import type { MetricsSnapshot } from './metrics-snapshot.ts';
import { PROMETHEUS_CONTENT_TYPE, prometheusChunks } from './prometheus-format.ts';

/** Streams the exposition: a cluster of 10,000 containers is 10 MB, written a thousand lines at a time. */
export async function sendPrometheus(res: Response, snapshot: MetricsSnapshot): Promise<void> {
  res.setHeader('Content-Type', PROMETHEUS_CONTENT_TYPE);
  for await (const chunk of prometheusChunks(snapshot)) res.write(chunk);
  res.end();
}
