import { Router } from 'express';
import type { ClusterService } from '../services/cluster-service.ts';
import type { EventStore } from '../store/event-store.ts';
import type { ChangeFeed } from './change-feed.ts';
import { answeredHead, lastEventId, openEventStream } from './sse.ts';

/**
 * `GET /clusters/:id/logs`: the cluster's log as Server-Sent Events (`event: log`), from its first
 * line, then each line as it is written. Every event is committed with a change, so the change
 * feed says when to look.
 */
export function createClusterLogRouter({
  clusters,
  events,
  feed,
}: {
  clusters: ClusterService;
  events: EventStore;
  feed: ChangeFeed;
}): Router & { closeAll: () => void } {
  const router = Router();
  const open = new Set<() => void>();

  router.get('/clusters/:id/logs', async (req, res) => {
    const clusterId = req.params.id;
    await clusters.get(clusterId);
    if (answeredHead(req, res)) return;
    let lastId = lastEventId(req, 0);
    let reading = Promise.resolve();
    const readNew = () => {
      reading = reading
        .then(async () => {
          for (
            let batch = await events.listAfter(clusterId, lastId);
            batch.length > 0;
            batch = await events.listAfter(clusterId, lastId)
          ) {
            for (const event of batch) stream.send('log', event.id, event);
            lastId = batch.at(-1)!.id;
          }
        })
        .catch(() => stream.close());
    };
    const unsubscribe = feed.subscribe(readNew);
    const stream = openEventStream(req, res, () => {
      unsubscribe();
      open.delete(stream.close);
    });
    open.add(stream.close);
    readNew();
  });

  return Object.assign(router, { closeAll: () => [...open].forEach((close) => close()) });
}
