import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Cluster } from '@cs/domain';
import { ClusterListeners } from '../http/cluster-listeners.ts';
import type { Logger } from '../logging/logger.ts';
import type { Store } from '../store/store.ts';
import type { ChangeFeed } from '../streams/change-feed.ts';
import type { RequestRouter } from './request-router.ts';
import { parseCookies } from './simulated-request.ts';

/** Clusters whose Server Load Balancer forwards to running nodes. */
const SERVED: readonly Cluster['status']['phase'][] = ['Running', 'Scaling', 'Updating'];
/** Longer request targets are refused, as HAProxy refuses what does not fit its buffer. */
const MAX_TARGET = 8_192;

export interface SlbListenerOptions {
  host: string;
  leading: () => boolean;
}

function send(res: ServerResponse, status: number, headers: [string, string][], body: string, head: boolean) {
  res.writeHead(status, headers.flat());
  res.end(head ? undefined : body);
}

/** One request to the listener: routed by the model, answered by the container it chose. */
function handler(router: RequestRouter, clusterId: string, logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const target = req.url ?? '/';
    const head = req.method === 'HEAD';
    if (target.length > MAX_TARGET) {
      send(res, 414, [['Content-Type', 'text/plain']], 'Request-URI Too Long\n', head);
      return;
    }
    router
      .viaRouting(clusterId, {
        method: req.method ?? 'GET',
        scheme: 'http',
        host: req.headers.host ?? '',
        path: target,
        clientIp: req.socket.remoteAddress ?? '127.0.0.1',
        cookies: parseCookies(req.headers.cookie),
      })
      .then((answer) => send(res, answer.status, answer.headers, answer.body, head))
      .catch((error: unknown) => {
        logger.error('slb listener failed to route a request', { clusterId, error });
        if (!res.headersSent) send(res, 502, [['Content-Type', 'text/plain']], 'Bad Gateway\n', head);
        else res.destroy();
      });
  };
}

/**
 * Each running cluster's Server Load Balancer as a real HTTP listener on this machine: front port 80
 * of the guide's path (SLB 80 → node 9080 → acsrouting), so curl or a browser with a Host header of
 * a route reaches the container the model picks, cookies and weights included.
 */
export function slbListeners(
  store: Store,
  feed: ChangeFeed,
  logger: Logger,
  router: RequestRouter,
  options: SlbListenerOptions,
): ClusterListeners {
  return new ClusterListeners(store, feed, logger, {
    what: 'slb listener',
    host: options.host,
    leading: options.leading,
    ports: store.slbEndpoints,
    served: (cluster) => SERVED.includes(cluster.status.phase) && cluster.status.resources.slbId !== null,
    createServer: async (cluster) => {
      const server = createServer(handler(router, cluster.metadata.id, logger));
      server.headersTimeout = 10_000;
      server.requestTimeout = 30_000;
      return server;
    },
  });
}
