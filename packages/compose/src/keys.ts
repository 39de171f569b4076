/** The Compose file versions the Container Service reads (the guide: "version 1 and version 2"). */
export type ComposeVersion = '1' | '2.0' | '2.1';

/** The shapes a key's value may take, checked before a key is normalised. */
export type ValueKind =
  | 'string'
  | 'number-or-string'
  | 'integer'
  | 'boolean'
  | 'list'
  | 'string-or-list'
  | 'list-or-map'
  | 'map'
  | 'string-or-map'
  | 'any';

const V1_KEYS = (
  'build cap_add cap_drop cgroup_parent command container_name cpu_quota cpu_shares cpuset devices dns ' +
  'dns_search dockerfile domainname entrypoint env_file environment expose extends external_links ' +
  'extra_hosts hostname image ipc labels links log_driver log_opt mac_address mem_limit mem_swappiness ' +
  'memswap_limit net pid ports privileged read_only restart security_opt shm_size stdin_open ' +
  'stop_signal tty ulimits user volume_driver volumes volumes_from working_dir'
).split(/\s+/);

const V20_KEYS = (
  'blkio_config build cap_add cap_drop cgroup_parent command container_name cpu_quota cpu_shares ' +
  'cpuset depends_on devices dns dns_opt dns_search domainname entrypoint env_file environment expose ' +
  'extends external_links extra_hosts group_add hostname image ipc labels links logging mac_address ' +
  'mem_limit mem_reservation mem_swappiness memswap_limit network_mode networks oom_score_adj pid ' +
  'ports privileged read_only restart security_opt shm_size stdin_open stop_grace_period stop_signal ' +
  'tmpfs tty ulimits user volume_driver volumes volumes_from working_dir'
).split(/\s+/);

const V21_ONLY = [
  'cpu_period',
  'healthcheck',
  'isolation',
  'oom_kill_disable',
  'pids_limit',
  'storage_opt',
  'sysctls',
  'userns_mode',
];

/** Service keys each reference schema defines (`config_schema_v1.json`, `…v2.0.json`, `…v2.1.json`). */
export const SCHEMA_SERVICE_KEYS: Readonly<Record<ComposeVersion, readonly string[]>> = {
  '1': V1_KEYS,
  '2.0': V20_KEYS,
  '2.1': [...V20_KEYS, ...V21_ONLY].sort(),
};

/** Keys the Container Service adds to every version (guide: "Other supported labels"). */
export const GUIDE_SERVICE_KEYS = ['external', 'dns_options', 'oom_kill_disable'] as const;

/** Top-level keys of a version 2 template; `labels` is the guide's job-level label block. */
export const V2_TOP_LEVEL_KEYS = ['version', 'services', 'volumes', 'networks', 'labels'] as const;

/** Keys of a top-level named volume, per version. */
export const VOLUME_KEYS: Readonly<Record<'2.0' | '2.1', readonly string[]>> = {
  '2.0': ['driver', 'driver_opts', 'external'],
  '2.1': ['driver', 'driver_opts', 'external', 'labels', 'name'],
};

/** Keys allowed inside the service keys whose value is a mapping with fixed keys. */
export const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  healthcheck: ['disable', 'interval', 'retries', 'test', 'timeout'],
  logging: ['driver', 'options'],
  extends: ['service', 'file'],
  external: ['host', 'ports'],
};

/** Alternative spellings the guide itself uses, read as the key they stand for. */
export const KEY_ALIASES: Readonly<Record<string, string>> = { 'oom-kill-disable': 'oom_kill_disable' };

const DETACH =
  'All the images in the Container Service are enabled in the detach mode, and the attach mode is not allowed.';
const BUILD =
  'The Container Service does not provide the function to build images, and it is recommended that you separate the building and deployment operations. You can use Alibaba Cloud Image repository to build the image from the code source, or push the image built locally to the image repository; you can use the image label in the orchestration template to refer to the image in the image repository (including private repository).';

/** The guide's "Docker Compose labels not supported", each with the guide's reason. */
export const UNSUPPORTED_KEYS: Readonly<Record<string, string>> = {
  build: BUILD,
  dockerfile: `The same as build: ${BUILD}`,
  env_file:
    'The Container Service does not support setting environment variables in files. You can add environment variables using the environment label.',
  mac_address: 'Mac address is not supported.',
  detach: DETACH,
  stdin_open: `The same as detach: ${DETACH}`,
  tty: `The same as detach: ${DETACH}`,
  networks:
    'The containers in the Container Service are all in the same cross-host interconnected container network. Therefore, the Container Service does not support the use of the networks label in version 2 Compose file format. Refer to Cross-host container network for network management and service discovery.',
};

/** The shape each service key takes, as the reference schemas define it. */
export const SERVICE_KEY_KINDS: Readonly<Record<string, ValueKind>> = {
  blkio_config: 'map',
  build: 'string-or-map',
  cap_add: 'list',
  cap_drop: 'list',
  cgroup_parent: 'string',
  command: 'string-or-list',
  container_name: 'string',
  cpu_period: 'number-or-string',
  cpu_quota: 'number-or-string',
  cpu_shares: 'number-or-string',
  cpuset: 'string',
  depends_on: 'list-or-map',
  detach: 'boolean',
  devices: 'list',
  dns: 'string-or-list',
  dns_opt: 'list',
  dns_options: 'list',
  dns_search: 'string-or-list',
  dockerfile: 'string',
  domainname: 'string',
  entrypoint: 'string-or-list',
  env_file: 'string-or-list',
  environment: 'list-or-map',
  expose: 'list',
  extends: 'string-or-map',
  external: 'map',
  external_links: 'list',
  extra_hosts: 'list-or-map',
  group_add: 'list',
  healthcheck: 'map',
  hostname: 'string',
  image: 'string',
  ipc: 'string',
  isolation: 'string',
  labels: 'list-or-map',
  links: 'list',
  log_driver: 'string',
  log_opt: 'map',
  logging: 'map',
  mac_address: 'string',
  mem_limit: 'number-or-string',
  mem_reservation: 'number-or-string',
  mem_swappiness: 'integer',
  memswap_limit: 'number-or-string',
  net: 'string',
  network_mode: 'string',
  networks: 'list-or-map',
  oom_kill_disable: 'boolean',
  oom_score_adj: 'integer',
  pid: 'string',
  pids_limit: 'number-or-string',
  ports: 'list',
  privileged: 'boolean',
  read_only: 'boolean',
  restart: 'string',
  security_opt: 'list',
  shm_size: 'number-or-string',
  stdin_open: 'boolean',
  stop_grace_period: 'string',
  stop_signal: 'string',
  storage_opt: 'map',
  sysctls: 'list-or-map',
  tmpfs: 'string-or-list',
  tty: 'boolean',
  ulimits: 'map',
  user: 'string',
  userns_mode: 'string',
  volume_driver: 'string',
  volumes: 'list',
  volumes_from: 'list',
  working_dir: 'string',
};

/** The versions whose schema defines a service key, for "requires version …" messages. */
export function versionsDefining(key: string): ComposeVersion[] {
  return (Object.keys(SCHEMA_SERVICE_KEYS) as ComposeVersion[]).filter((v) => SCHEMA_SERVICE_KEYS[v].includes(key));
}

/** Whether a service key is valid in the given version (schema keys plus the guide's own keys). */
export function isServiceKeyAllowed(key: string, version: ComposeVersion): boolean {
  return SCHEMA_SERVICE_KEYS[version].includes(key) || (GUIDE_SERVICE_KEYS as readonly string[]).includes(key);
}

const ALL_SERVICE_KEYS: readonly string[] = [...new Set([...V1_KEYS, ...V20_KEYS, ...V21_ONLY, ...GUIDE_SERVICE_KEYS])];

/** Every service key any supported version knows, for did-you-mean suggestions. */
export function allServiceKeys(): string[] {
  return [...ALL_SERVICE_KEYS];
}

/** The same keys without a copy, for the per-key did-you-mean of a large template. */
export const SERVICE_KEY_CANDIDATES: readonly string[] = ALL_SERVICE_KEYS;
