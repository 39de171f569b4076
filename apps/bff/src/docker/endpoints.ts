import { createServer } from 'node:https';
import type { RequestListener } from 'node:http';
import type { Cluster } from '@cs/domain';
import { ClusterListeners } from '../http/cluster-listeners.ts';
import type { Logger } from '../logging/logger.ts';
import type { CredentialStore } from '../services/credentials/credential-store.ts';
import type { Store } from '../store/store.ts';
import type { ChangeFeed } from '../streams/change-feed.ts';

/** Clusters whose simulated master is up: created, and not failed in creation. */
const SERVED: readonly Cluster['status']['phase'][] = [
  'Running',
  'Inactive',
  'Scaling',
  'Updating',
  'Deleting',
  'DeleteFailed',
];

export interface DockerEndpointOptions {
  /** The address the endpoints listen on and are advertised at (`tcp://HOST:PORT`). */
  host: string;
  /** Whether this replica serves them now: the one holding the simulator lease does. */
  leading: () => boolean;
  /** The Docker Engine API of one cluster. */
  handler: (clusterId: string) => RequestListener;
}

/**
 * Serves each created cluster's Docker endpoint: HTTPS on a port of its own, with a server
 * certificate its CA signed, and only for clients presenting a certificate that same CA signed
 * (mutual TLS: another cluster's certificate, or none, fails the handshake).
 */
export function dockerEndpoints(
  store: Store,
  feed: ChangeFeed,
  credentials: CredentialStore,
  logger: Logger,
  options: DockerEndpointOptions,
): ClusterListeners {
  return new ClusterListeners(store, feed, logger, {
    what: 'docker endpoint',
    host: options.host,
    leading: options.leading,
    ports: store.dockerEndpoints,
    served: (cluster) => SERVED.includes(cluster.status.phase),
    async createServer(cluster) {
      const { id, name } = cluster.metadata;
      const keys = await credentials.forCluster({ id, name });
      const server = createServer(
        {
          key: keys.serverKey,
          cert: keys.serverCert,
          ca: [keys.caCert],
          requestCert: true,
          rejectUnauthorized: true,
          minVersion: 'TLSv1.2',
        },
        options.handler(id),
      );
      server.on('tlsClientError', (error) =>
        logger.debug('docker endpoint refused a client', { clusterId: id, error }),
      );
      return server;
    },
  });
}
