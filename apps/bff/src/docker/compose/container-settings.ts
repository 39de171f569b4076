import { z } from 'zod';
import { composeDuration } from './durations.ts';
import type { Definition } from './definition.ts';
import { withoutDefaults } from './definition.ts';
import { flag, stringList, text, textOrList, whole } from './schema-parts.ts';

const MAX_IMAGE_CHARS = 255;

const image = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
  .min(1, 'must not be empty')
  .max(MAX_IMAGE_CHARS, `must be at most ${MAX_IMAGE_CHARS} characters`)
  .regex(/^[^\s\p{Cc}]+$/u, 'must not contain whitespace or control characters');

const healthcheckSchema = z.object(
  {
    Test: stringList.nullish(),
    Interval: whole.nullish(),
    Timeout: whole.nullish(),
    Retries: whole.nullish(),
  },
  'must be an object',
);

/** The ContainerConfig fields a compose service sets directly. */
export const CONTAINER_SETTINGS_SHAPE = {
  Image: image,
  Cmd: textOrList.nullish(),
  Entrypoint: textOrList.nullish(),
  Env: stringList.nullish(),
  Hostname: text.nullish(),
  Domainname: text.nullish(),
  User: text.nullish(),
  WorkingDir: text.nullish(),
  Tty: flag.nullish(),
  OpenStdin: flag.nullish(),
  MacAddress: text.nullish(),
  StopSignal: text.nullish(),
  Healthcheck: healthcheckSchema.nullish(),
};

type ContainerSettings = z.output<z.ZodObject<typeof CONTAINER_SETTINGS_SHAPE>>;
type Healthcheck = z.output<typeof healthcheckSchema>;

const duration = (nanoseconds: number | null | undefined): string | undefined =>
  nanoseconds ? composeDuration(nanoseconds) : undefined;

function composeHealthcheck(check: Healthcheck | null | undefined): Definition | undefined {
  if (!check) return undefined;
  return withoutDefaults({
    test: check.Test,
    interval: duration(check.Interval),
    timeout: duration(check.Timeout),
    retries: check.Retries,
  });
}

export function containerSettings(body: ContainerSettings): Definition {
  return {
    image: body.Image,
    command: body.Cmd,
    entrypoint: body.Entrypoint,
    environment: body.Env,
    hostname: body.Hostname,
    domainname: body.Domainname,
    user: body.User,
    working_dir: body.WorkingDir,
    tty: body.Tty,
    stdin_open: body.OpenStdin,
    mac_address: body.MacAddress,
    stop_signal: body.StopSignal,
    healthcheck: composeHealthcheck(body.Healthcheck),
  };
}
