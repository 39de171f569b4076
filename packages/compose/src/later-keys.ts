/**
 * Keys that Compose file formats after 2.1 brought (docker-compose 1.x schemas 2.2–3.x, and the
 * Compose Specification), with the format that has them. The Container Service reads version 1
 * and 2 files, and a version 3 file or one without `version` as '2.1': each of these keys is then
 * an error that names it, so no later file passes silently.
 */
const SERVICE: Readonly<Record<string, string>> = {
  cpu_count: "version '2.2'",
  cpu_percent: "version '2.2'",
  cpu_rt_period: "version '2.2'",
  cpu_rt_runtime: "version '2.2'",
  cpus: "version '2.2'",
  scale: "version '2.2'",
  init: "versions '2.2' and '3.7'",
  device_cgroup_rules: "version '2.3'",
  runtime: "version '2.3'",
  platform: "version '2.4'",
  deploy: 'version 3',
  secrets: "version '3.1'",
  configs: "version '3.3'",
  credential_spec: "version '3.3'",
  attach: 'the Compose Specification',
  develop: 'the Compose Specification',
  gpus: 'the Compose Specification',
  profiles: 'the Compose Specification',
  pull_policy: 'the Compose Specification',
};

const TOP_LEVEL: Readonly<Record<string, string>> = {
  secrets: "version '3.1'",
  configs: "version '3.3'",
  name: 'the Compose Specification',
  include: 'the Compose Specification',
};

const NESTED: Readonly<Record<string, string>> = {
  'healthcheck.start_period': "versions '2.3' and '3.4'",
  'healthcheck.start_interval': 'the Compose Specification',
};

/**
 * The later format a key belongs to ("version 3"…), or undefined: a service key by default, a
 * top-level key with `where` 'top-level', else a key inside the service key `where`.
 */
export function laterFormatOf(key: string, where?: string): string | undefined {
  if (where === undefined) return SERVICE[key];
  return where === 'top-level' ? TOP_LEVEL[key] : NESTED[`${where}.${key}`];
}

/** The error message for a key of a later Compose format. */
export function laterKeyMessage(key: string, format: string, readAs: string): string {
  return `\`${key}\` belongs to Compose file ${format}, which the Container Service does not read: it reads the version 1 and version 2 formats, and this template as ${readAs}, which has no \`${key}\`.`;
}
