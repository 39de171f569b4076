import { Router } from 'express';
import type { WatchEvent } from '@cs/contracts';
import type { ResourceStore, StoredChange } from '../store/resource-store.ts';
import type { ChangeFeed } from './change-feed.ts';
import { answeredHead, lastEventId, openEventStream } from './sse.ts';

const toWatchEvent = (c: StoredChange): WatchEvent => ({
  type: c.type,
  kind: c.kind,
  id: c.resourceId,
  resourceVersion: c.id,
});

/**
 * `GET /watch`: Server-Sent Events of every change. A reconnecting client sends Last-Event-ID
 * and first receives what it missed.
 */
export function createWatchRouter({
  feed,
  resources,
}: {
  feed: ChangeFeed;
  resources: ResourceStore;
}): Router & { closeAll: () => void } {
  const router = Router();
  const open = new Set<() => void>();

  router.get('/watch', async (req, res) => {
    if (answeredHead(req, res)) return;
    let lastSent = lastEventId(req, feed.position);
    const send = (change: StoredChange) => {
      if (change.id <= lastSent) return;
      lastSent = change.id;
      stream.send('change', change.id, toWatchEvent(change));
    };

    const buffered: StoredChange[] = [];
    let replaying = true;
    const unsubscribe = feed.subscribe((change) => (replaying ? buffered.push(change) : send(change)));
    const stream = openEventStream(req, res, () => {
      unsubscribe();
      open.delete(stream.close);
    });
    open.add(stream.close);

    for (
      let batch = await resources.changesSince(lastSent);
      batch.length > 0;
      batch = await resources.changesSince(lastSent)
    ) {
      batch.forEach(send);
    }
    replaying = false;
    for (const change of buffered) send(change);
  });

  return Object.assign(router, {
    /** Ends every open stream, for a graceful shutdown. */
    closeAll: () => [...open].forEach((close) => close()),
  });
}
