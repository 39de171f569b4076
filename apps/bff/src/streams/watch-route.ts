import { Router } from 'express';
import type { WatchEvent } from '@cs/contracts';
import type { ResourceStore, StoredChange } from '../store/resource-store.ts';
import type { ChangeFeed } from './change-feed.ts';

const HEARTBEAT_MS = 15_000;

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
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    let lastSent = Number(req.get('last-event-id') ?? feed.position);
    if (!Number.isSafeInteger(lastSent) || lastSent < 0) lastSent = feed.position;
    const send = (change: StoredChange) => {
      if (change.id <= lastSent) return;
      lastSent = change.id;
      res.write(`id: ${change.id}\nevent: change\ndata: ${JSON.stringify(toWatchEvent(change))}\n\n`);
    };

    const buffered: StoredChange[] = [];
    let replaying = true;
    const unsubscribe = feed.subscribe((change) => (replaying ? buffered.push(change) : send(change)));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(close);
      res.end();
    };
    open.add(close);
    req.on('close', close);

    res.write('retry: 2000\n\n');
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
