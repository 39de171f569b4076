import { z } from 'zod';
import { linkSchema } from './links.ts';
import type { ProjectScope } from './project-scope.ts';
import { list, map } from './schema-parts.ts';

const endpointSchema = z.object({ Links: list(linkSchema).nullish() }, 'must be an object');
export const networkingConfigSchema = z.object(
  { EndpointsConfig: map(endpointSchema.nullish()).nullish() },
  'must be an object',
);

const CONTAINER_MODE = /^container:(.+)$/;
const SPECIAL_MODE = /^(host|none|container:.+|service:.+)$/;

/** The network every compose service is on unless it says otherwise: nothing to write. */
const isDefaultNetwork = (name: string, project: string): boolean =>
  name === '' || name === 'default' || name === 'bridge' || name === `${project}_default`;

/** `network_mode: container:<id>` as docker-compose sends `service:<name>`; written back as the service. */
function modeOf(networkMode: string, scope: ProjectScope): string {
  const container = CONTAINER_MODE.exec(networkMode)?.[1];
  const service = container === undefined ? undefined : scope.linkTarget(container);
  return service === undefined ? networkMode : `service:${service}`;
}

/**
 * `network_mode` for host, none, container: and service:; any other network, named by NetworkMode or
 * by an endpoint, goes to `networks` (which the template engine refuses with its own reason).
 */
export function composeNetwork(
  networkMode: string | null | undefined,
  endpointNetworks: readonly string[],
  scope: ProjectScope,
): { network_mode?: string; networks: string[] } {
  const mode = networkMode ?? '';
  const special = SPECIAL_MODE.test(mode);
  // Docker names the endpoint of host (or none) mode after the mode itself.
  const candidates = special ? endpointNetworks.filter((name) => name !== mode) : [mode, ...endpointNetworks];
  const networks = [...new Set(candidates.filter((name) => !isDefaultNetwork(name, scope.project)))];
  return special ? { network_mode: modeOf(mode, scope), networks } : { networks };
}
