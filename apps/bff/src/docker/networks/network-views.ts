import { createHash } from 'node:crypto';
import type { DockerNetwork } from '../../store/docker-object-store.ts';

/** The networks every Docker engine has; they cannot be created or removed. */
export const PREDEFINED = ['bridge', 'host', 'none'] as const;

export function predefinedNetwork(clusterId: string, name: string, createdAt: string): DockerNetwork {
  const id = createHash('sha256').update(`${clusterId}:${name}`).digest('hex');
  const driver = name === 'none' ? 'null' : name;
  return { id, clusterId, name, driver, labels: {}, options: {}, createdAt };
}

/** `GET /networks/{id}` and each entry of `GET /networks`. */
export function networkView(network: DockerNetwork) {
  return {
    Name: network.name,
    Id: network.id,
    Created: network.createdAt,
    Scope: PREDEFINED.includes(network.name as (typeof PREDEFINED)[number]) ? 'local' : 'swarm',
    Driver: network.driver,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: null, Config: [] },
    Internal: false,
    Attachable: false,
    Containers: {},
    Options: network.options,
    Labels: network.labels,
  };
}
