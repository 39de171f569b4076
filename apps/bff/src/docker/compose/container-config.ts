import { createBodySchema, labelsOnlySchema } from './body-schema.ts';
import { readComposeIdentity, serviceLabels } from './compose-labels.ts';
import { containerSettings } from './container-settings.ts';
import { withLiteralDollars, withoutDefaults } from './definition.ts';
import type { Definition } from './definition.ts';
import { hostSettings } from './host-config.ts';
import { composeLinks } from './links.ts';
import { composeNetwork } from './network.ts';
import { composePorts } from './ports.ts';
import type { ProjectScope } from './project-scope.ts';
import { parseOrRefuse } from './request-error.ts';
import { composeVolumes, composeVolumesFrom } from './volumes.ts';

export { COMPOSE_LABELS, PER_CONTAINER_LABELS, SERVICE_NAME_RULE } from './compose-labels.ts';
export { DockerRequestError } from './request-error.ts';

export interface ComposeContainerRequest {
  project: string;
  service: string;
  number: number;
  oneoff: boolean;
  /** The compose service as a plain JSON-able object with compose v2.1 keys, ready for YAML.stringify. */
  definition: Record<string, unknown>;
}

/**
 * Reads a create body. `linkTarget(containerName)` resolves a linked container's name (e.g. "proj_db_1")
 * to the service name it belongs to (e.g. "db") or undefined when it is not a container of this project.
 * Returns null when the body has no compose project/service labels (a plain `docker create`).
 *
 * `linkTarget` is also asked about the containers of `VolumesFrom` and `NetworkMode: container:…`,
 * which docker-compose names by id. String values in the definition have `$` written `$$`.
 * Throws DockerRequestError (400) naming the first field at fault.
 */
export function readComposeContainer(
  body: unknown,
  linkTarget: (name: string) => string | undefined,
): ComposeContainerRequest | null {
  const labels = parseOrRefuse(labelsOnlySchema, body).Labels ?? {};
  const identity = readComposeIdentity(labels);
  if (!identity) return null;
  const request = parseOrRefuse(createBodySchema, body);
  const scope: ProjectScope = { project: identity.project, service: identity.service, linkTarget };
  const host = request.HostConfig ?? {};
  const endpoints = request.NetworkingConfig?.EndpointsConfig ?? {};
  const definition: Definition = withoutDefaults({
    ...containerSettings(request),
    labels: serviceLabels(labels),
    ...composePorts(request.ExposedPorts, host.PortBindings),
    volumes: composeVolumes(host.Binds ?? [], request.Volumes),
    volumes_from: composeVolumesFrom(host.VolumesFrom ?? [], scope),
    ...composeLinks([...(host.Links ?? []), ...Object.values(endpoints).flatMap((e) => e?.Links ?? [])], scope),
    ...composeNetwork(host.NetworkMode, Object.keys(endpoints), scope),
    ...hostSettings(host),
  });
  return { ...identity, definition: withLiteralDollars(definition) as Definition };
}
