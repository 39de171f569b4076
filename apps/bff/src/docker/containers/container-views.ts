import type { Container, Node, Service, ServiceDefinition } from '@cs/domain';
import { COMPOSE_LABELS } from '../compose/container-config.ts';
import { nodeCpus, nodeMemoryBytes } from '../cluster-facts.ts';
import { dockerState, dockerStatusText } from './docker-states.ts';

/** What a container view needs besides the container: its service, node and network. */
export interface ContainerContext {
  service: Service | undefined;
  node: Node | undefined;
  /** The network the container is shown on: its compose project's, or the cluster's. */
  network: string;
}

const ZERO_TIME = '0001-01-01T00:00:00Z';
const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function words(value: string | string[] | null): string[] {
  if (value === null) return [];
  return Array.isArray(value) ? value : value.split(/\s+/).filter(Boolean);
}

/** Entrypoint then command, as `docker ps` shows COMMAND. */
export function commandOf(definition: ServiceDefinition | undefined): string[] {
  if (!definition) return [];
  return [...words(definition.entrypoint), ...words(definition.command)];
}

/** The service's labels and the ones docker-compose finds its containers by. */
export function dockerLabels(container: Container, service: Service | undefined): Record<string, string> {
  return {
    ...service?.spec.definition.labels,
    [COMPOSE_LABELS.project]: container.spec.applicationName,
    [COMPOSE_LABELS.service]: container.spec.serviceName,
    [COMPOSE_LABELS.number]: String(container.spec.number),
    [COMPOSE_LABELS.oneoff]: 'False',
  };
}

const portKey = (p: { containerPort: number; protocol: string }) => `${p.containerPort}/${p.protocol}`;

/** Swarm names a container after its node too: `/node/name`. */
const swarmName = (container: Container, node: Node | undefined) =>
  node ? `/${node.metadata.name}/${container.metadata.name}` : `/${container.metadata.name}`;

/** One line of `docker ps` (`GET /containers/json`). */
export function containerSummary(container: Container, context: ContainerContext, now: number) {
  const { service, node } = context;
  const command = commandOf(service?.spec.definition);
  return {
    Id: container.metadata.id,
    Names: [swarmName(container, node)],
    Image: container.spec.image,
    ImageID: container.status.imageDigest ?? '',
    Command: command.join(' '),
    Created: unix(container.metadata.createdAt),
    Ports: container.status.ports.map((p) => ({
      ...(p.hostPort !== null ? { IP: container.status.nodeIp, PublicPort: p.hostPort } : {}),
      PrivatePort: p.containerPort,
      Type: p.protocol,
    })),
    Labels: dockerLabels(container, service),
    State: dockerState(container),
    Status: dockerStatusText(container, now),
    HostConfig: { NetworkMode: context.network },
    NetworkSettings: { Networks: { [context.network]: endpoint(container, context) } },
    Mounts: mounts(service?.spec.definition),
  };
}

function endpoint(container: Container, context: ContainerContext) {
  return {
    IPAMConfig: null,
    Links: null,
    Aliases: [container.spec.serviceName, container.metadata.id.slice(0, 12)],
    NetworkID: context.network,
    EndpointID: container.metadata.id.split('').reverse().join(''),
    Gateway: '',
    IPAddress: container.status.containerIp,
    IPPrefixLen: 24,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    MacAddress: '',
  };
}

function mounts(definition: ServiceDefinition | undefined) {
  return (definition?.volumes ?? []).map((v) => ({
    Type: v.kind === 'bind' ? 'bind' : 'volume',
    ...(v.kind === 'bind' ? {} : { Name: v.source ?? '' }),
    Source: v.source ?? '',
    Destination: v.target,
    Driver: v.kind === 'bind' ? undefined : v.local ? 'local' : 'ossfs',
    Mode: v.mode ?? '',
    RW: !v.mode?.split(',').includes('ro'),
    Propagation: '',
  }));
}

function restartPolicy(restart: string) {
  const [name, count] = restart.split(':');
  return { Name: name === 'no' ? '' : (name ?? ''), MaximumRetryCount: Number(count ?? 0) || 0 };
}

/** `GET /containers/{id}/json`: what `docker inspect` prints and docker-compose reads. */
export function containerInspect(container: Container, context: ContainerContext) {
  const { service, node } = context;
  const definition = service?.spec.definition;
  const state = dockerState(container);
  const { status } = container;
  const command = commandOf(definition);
  const ports = status.ports;
  return {
    Id: container.metadata.id,
    Created: container.metadata.createdAt,
    Path: command[0] ?? '',
    Args: command.slice(1),
    State: {
      Status: state,
      Running: state === 'running',
      Paused: false,
      Restarting: state === 'restarting',
      OOMKilled: false,
      Dead: state === 'dead',
      Pid: state === 'running' ? 1000 + (parseInt(container.metadata.id.slice(0, 4), 16) % 30000) : 0,
      ExitCode: status.exitCode ?? 0,
      Error: state === 'dead' ? (status.reason ?? '') : '',
      StartedAt: status.startedAt ?? ZERO_TIME,
      FinishedAt: state === 'exited' || state === 'dead' ? status.phaseSince : ZERO_TIME,
      ...(definition?.probe && status.health
        ? {
            Health: {
              Status: { Initial: 'starting', Normal: 'healthy', Unhealthy: 'unhealthy' }[status.health],
              FailingStreak: status.health === 'Unhealthy' ? 1 : 0,
              Log: [],
            },
          }
        : {}),
    },
    Image: status.imageDigest ?? '',
    Name: `/${container.metadata.name}`,
    RestartCount: status.restartCount,
    Driver: 'overlay2',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: null,
    Node: node
      ? {
          ID: node.spec.instanceId,
          IP: node.status.privateIp,
          Addr: `${node.status.privateIp}:2376`,
          Name: node.metadata.name,
          Cpus: nodeCpus(node),
          Memory: nodeMemoryBytes(node),
          Labels: { 'aliyun.node_index': String(node.spec.index), ...node.spec.tags },
        }
      : undefined,
    HostConfig: {
      Binds: (definition?.volumes ?? [])
        .filter((v) => v.source)
        .map((v) => [v.source, v.target, v.mode].filter(Boolean).join(':')),
      NetworkMode: definition?.networkMode ?? context.network,
      PortBindings: Object.fromEntries(
        ports
          .filter((p) => p.hostPort !== null)
          .map((p) => [portKey(p), [{ HostIp: p.hostIp === '0.0.0.0' ? '' : p.hostIp, HostPort: String(p.hostPort) }]]),
      ),
      RestartPolicy: restartPolicy(definition?.restart ?? 'no'),
      Memory: definition?.memLimit ?? 0,
      CpuShares: definition?.cpuShares ?? 0,
      Privileged: false,
      LogConfig: { Type: 'json-file', Config: {} },
    },
    GraphDriver: { Name: 'overlay2', Data: null },
    Mounts: mounts(definition),
    Config: {
      Hostname: container.spec.hostname,
      Domainname: '',
      User: '',
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      ExposedPorts: Object.fromEntries(ports.map((p) => [portKey(p), {}])),
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: Object.entries(definition?.environment ?? {}).map(([k, v]) => `${k}=${v}`),
      Cmd: definition?.command === null || !definition ? null : words(definition.command),
      Image: container.spec.image,
      Volumes: null,
      WorkingDir: '',
      Entrypoint: definition?.entrypoint ? words(definition.entrypoint) : null,
      OnBuild: null,
      Labels: dockerLabels(container, service),
    },
    NetworkSettings: {
      Bridge: '',
      SandboxID: '',
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      Ports: Object.fromEntries(
        ports.map((p) => [
          portKey(p),
          p.hostPort === null ? null : [{ HostIp: p.hostIp || '0.0.0.0', HostPort: String(p.hostPort) }],
        ]),
      ),
      SandboxKey: '',
      IPAddress: status.containerIp,
      IPPrefixLen: 24,
      Gateway: '',
      MacAddress: '',
      Networks: { [context.network]: endpoint(container, context) },
    },
  };
}
