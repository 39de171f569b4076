import { UNSUPPORTED_KEYS } from './keys.ts';

/** One line per service key for hover and completion; the guide's words where it has them. */
const SUPPORTED: Readonly<Record<string, string>> = {
  image: 'The image of the service, from the image repository (including private repository), such as wordpress:4.2.',
  ports:
    'Port mappings, [[host_ip:]host_port:]container_port[/tcp|udp]. An empty host port exposes a random port on the host; the host port cannot be set to 9080, 2376, 3376.',
  expose: 'Container ports reachable by other containers (and by the routing and proxy services), such as 80/tcp.',
  environment:
    'Environment variables, as a mapping or a list of NAME=value. The Container Service also reads scheduling expressions here: constraint:, affinity:, availability:az== and reschedule:on-node-failure.',
  labels:
    "Labels, as a mapping, a list of key=value, or a list of one-key mappings. The Container Service's scale capabilities are the aliyun.* labels (scale, probe, routing, lb, rolling_updates, depends, global…).",
  links:
    'Links to containers of another service of the template, service or service:alias; the container can access the linked container by the alias.',
  external_links:
    'Links to containers or domains outside the template, such as restserver.local or proxy:appone.example.com.',
  volumes:
    'Data volumes, [source:]container_path[:ro|rw]; the source is a host path or a data volume name (such as an OSSFS data volume).',
  command: 'The launch command of the container; if specified, this will overwrite the image configuration.',
  entrypoint: 'The entrypoint of the container; if specified, this will overwrite the image configuration.',
  restart:
    'Whether to restart the container automatically in case of exception: no, always, on-failure[:max-retries] or unless-stopped. In an offline job any value is changed to no.',
  cpu_shares:
    'CPU restriction: a single CPU core is equivalent to 100, so cpu_shares: 50 indicates 0.5 cores. Resources are reserved for the container when it is scheduled.',
  mem_limit:
    'Memory restriction in bytes (or with a unit: 500m, 1g); the minimum memory is 4MB. A container that exceeds the limit is stopped because of OOM.',
  network_mode: 'The network mode: the Container Service supports Default and host.',
  net: 'The version 1 spelling of network_mode.',
  hostname: 'The host name: in the cluster, the containers of this service can be resolved and accessed with it.',
  container_name: 'The container name; by default it is {project-name}_{service-name}_{container-index}.',
  dns_options: 'Sets DNS options, the same as --dns-opt in the docker run command.',
  dns_opt: 'DNS options, the same as --dns-opt in the docker run command (the guide writes dns_options).',
  oom_kill_disable:
    'Determines whether OOM Killer will be prohibited, the same as --oom-kill-disable in the docker run command.',
  'oom-kill-disable': "The guide's spelling of oom_kill_disable, read as oom_kill_disable.",
  external:
    'Sets this service to forcibly link an external address: host sets the link domain and ports the link ports (e.g. an RDS instance not deployed in the cluster).',
  depends_on: 'Services to start before this one (version 2). The Container Service also has the aliyun.depends label.',
  healthcheck:
    "Docker's own health check (version 2.1). The Container Service's health check is the aliyun.probe.* labels.",
  cap_add: 'Linux capabilities to add to the container.',
  cap_drop: 'Linux capabilities to drop from the container.',
  cgroup_parent: 'The parent cgroup of the container.',
  cpu_quota: 'CPU CFS quota of the container.',
  cpu_period: 'CPU CFS period of the container (version 2.1).',
  cpuset: 'CPUs the container may use, such as 0-3.',
  devices: 'Host devices mapped into the container.',
  dns: 'DNS servers of the container.',
  dns_search: 'DNS search domains of the container.',
  domainname: 'The domain name of the container.',
  extends: 'Extends another service of this template (service, file).',
  extra_hosts: 'Extra host name mappings added to /etc/hosts.',
  group_add: 'Extra groups of the container user.',
  ipc: 'The IPC mode of the container.',
  isolation: 'The isolation technology of the container (version 2.1).',
  log_driver: 'The logging driver (version 1).',
  log_opt: 'Options of the logging driver (version 1).',
  logging: 'The logging driver and its options (version 2).',
  mem_reservation: 'A soft memory limit.',
  mem_swappiness: 'How much anonymous pages the kernel may swap (0-100).',
  memswap_limit: 'The memory plus swap limit.',
  oom_score_adj: 'The OOM score adjustment of the container (-1000 to 1000).',
  pid: 'The PID mode of the container.',
  pids_limit: 'The maximum number of processes in the container (version 2.1).',
  privileged: 'Gives the container extended privileges.',
  read_only: "Mounts the container's root file system read-only.",
  security_opt: 'Security options of the container.',
  shm_size: 'The size of /dev/shm.',
  stop_grace_period: 'How long to wait when stopping the container before killing it.',
  stop_signal: 'The signal that stops the container.',
  storage_opt: 'Storage driver options (version 2.1).',
  sysctls: 'Kernel parameters of the container (version 2.1).',
  tmpfs: 'tmpfs mounts of the container.',
  ulimits: 'ulimits of the container.',
  user: 'The user the container process runs as.',
  userns_mode: 'The user namespace mode (version 2.1).',
  volume_driver: "The volume driver of the container's data volumes.",
  volumes_from: 'Mounts the volumes of another service or container.',
  working_dir: 'The working directory of the container process.',
  blkio_config: 'Block IO limits of the container (version 2).',
};

/** Hover text of every service key: what it does, or for unsupported keys the guide's reason. */
export const SERVICE_KEY_DOCS: Readonly<Record<string, string>> = {
  ...SUPPORTED,
  ...Object.fromEntries(
    Object.entries(UNSUPPORTED_KEYS).map(([key, reason]) => [key, `Not supported by the Container Service. ${reason}`]),
  ),
};

/** Hover text of the version 2 top-level keys. */
export const TOP_LEVEL_DOCS: Readonly<Record<string, string>> = {
  version:
    "The Compose file format version: '2', '2.0' or '2.1'. Without it, services are written at the top level (version 1).",
  services: 'The services of the application (version 2).',
  volumes: 'Named data volumes used by the services (version 2).',
  labels:
    'Job-level labels (version 2): aliyun.project_type: "batch" makes the template an offline job, aliyun.schedule a timing task.',
  networks: `Not supported by the Container Service. ${UNSUPPORTED_KEYS['networks'] ?? ''}`,
};
