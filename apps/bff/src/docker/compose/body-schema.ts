import { z } from 'zod';
import { labelsSchema } from './compose-labels.ts';
import { CONTAINER_SETTINGS_SHAPE } from './container-settings.ts';
import { HOST_SETTINGS_SHAPE } from './host-config.ts';
import { linkSchema } from './links.ts';
import { networkingConfigSchema } from './network.ts';
import { exposedPortsSchema, portBindingsSchema } from './ports.ts';
import { list, text } from './schema-parts.ts';
import { bindSchema, containerVolumesSchema, volumesFromSchema } from './volumes.ts';

/*
 * The parts of a Docker Engine API v1.27 create body a compose service can express. Other fields
 * (AttachStdin, StdinOnce, NetworkDisabled, endpoint Aliases, whatever a later client adds) are
 * dropped unread.
 */

const BODY_IS_AN_OBJECT = 'must be a JSON object';

/** Just the labels, to tell a docker-compose container from a plain `docker create`. */
export const labelsOnlySchema = z.object({ Labels: labelsSchema.nullish() }, BODY_IS_AN_OBJECT);

const hostConfigSchema = z.object(
  {
    ...HOST_SETTINGS_SHAPE,
    PortBindings: portBindingsSchema.nullish(),
    Binds: list(bindSchema).nullish(),
    VolumesFrom: list(volumesFromSchema).nullish(),
    Links: list(linkSchema).nullish(),
    NetworkMode: text.nullish(),
  },
  'must be an object',
);

export const createBodySchema = z.object(
  {
    ...CONTAINER_SETTINGS_SHAPE,
    Labels: labelsSchema.nullish(),
    ExposedPorts: exposedPortsSchema.nullish(),
    Volumes: containerVolumesSchema.nullish(),
    HostConfig: hostConfigSchema.nullish(),
    NetworkingConfig: networkingConfigSchema.nullish(),
  },
  BODY_IS_AN_OBJECT,
);
