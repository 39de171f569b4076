import type { Located, Reporter, Span } from './diagnostics.ts';
import { readEnvironment } from './environment.ts';
import { readJob, readTask } from './labels/batch.ts';
import type { JobSettings, TaskSettings } from './labels/batch.ts';
import { checkLabelNames } from './labels/catalog.ts';
import { readDependsLabel, readDependsOn } from './labels/depends.ts';
import type { DependencyEdge } from './labels/depends.ts';
import { readLb } from './labels/lb.ts';
import type { LbRule } from './labels/lb.ts';
import { readMonitoring } from './labels/monitoring.ts';
import type { MonitoringSettings } from './labels/monitoring.ts';
import { LabelSet, readLabels } from './labels/parse.ts';
import { readProbe } from './labels/probe.ts';
import type { Probe } from './labels/probe.ts';
import { readProxy } from './labels/proxy.ts';
import type { ProxySettings } from './labels/proxy.ts';
import { readRouting } from './labels/routing.ts';
import type { RoutingRule } from './labels/routing.ts';
import { readScale } from './labels/scale.ts';
import { readAutoScaling } from './labels/scaling.ts';
import type { AutoScaling } from './labels/scaling.ts';
import { readExpose, readPorts } from './ports.ts';
import type { ExposedPort, PortMapping } from './ports.ts';
import { readScheduling } from './scheduling.ts';
import type { Affinity, Availability, Constraint, ReschedulePolicy } from './scheduling.ts';
import * as fields from './service-fields.ts';
import type { ExternalService, Link, VolumeMount } from './service-fields.ts';
import { entry } from './tree.ts';
import type { TEntry, TMap, TNode, TScalar } from './tree.ts';

/** Everything the Container Service's own labels say about a service, parsed into typed fields. */
export interface AliyunSettings {
  rollingUpdates: boolean;
  parallelism: number;
  probe?: Probe;
  depends: string[];
  routing: RoutingRule[];
  sessionSticky: boolean;
  lb: LbRule[];
  autoScaling?: AutoScaling;
  /** Offline job task settings (only in a batch job). */
  task?: TaskSettings;
  monitoring?: MonitoringSettings;
  proxy?: ProxySettings;
  logs?: string;
  logStores: Record<string, string>;
  customAddon?: string;
}

/** A service of the template, normalised: defaults applied, scheduling expressions and labels parsed. */
export interface Service {
  name: string;
  /** The service's block in the text, from its name to its last value. */
  span: Span;
  image?: string;
  scale: number;
  global: boolean;
  ports: PortMapping[];
  expose: ExposedPort[];
  /** Environment variables for the container (scheduling expressions removed). */
  environment: Record<string, string>;
  labels: Record<string, string>;
  links: Link[];
  externalLinks: Link[];
  volumes: VolumeMount[];
  /** `volume_driver`: the driver of the service's named volumes (`ossfs`). */
  volumeDriver?: string;
  command?: string | string[];
  entrypoint?: string | string[];
  restart?: string;
  cpuShares?: number;
  memLimit?: number;
  networkMode?: string;
  hostname?: string;
  containerName?: string;
  dnsOptions: string[];
  oomKillDisable: boolean;
  external?: ExternalService;
  /** Services this one starts after (`depends_on` and `aliyun.depends`). */
  dependsOn: string[];
  constraints: Constraint[];
  affinities: Affinity[];
  availability?: Availability;
  reschedule?: ReschedulePolicy;
  aliyun: AliyunSettings;
}

/** A normalised service with what the cross-service checks need (label positions, edges, links). */
export interface ServiceDraft {
  service: Service;
  labels: LabelSet;
  edges: DependencyEdge[];
  links: { link: Link; at: Located }[];
  volumes: { mount: VolumeMount; at: TScalar }[];
  hasBuild: boolean;
}

function text(node: TNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? node.text : undefined;
}

function hasUnresolvedItem(node: TNode | undefined): boolean {
  return node?.kind === 'seq' && node.items.some((i) => i.kind === 'scalar' && i.unresolved);
}

function logSettings(labels: LabelSet): Pick<AliyunSettings, 'logs' | 'logStores' | 'customAddon'> {
  const logStores: Record<string, string> = {};
  for (const e of labels.withPrefix('aliyun.log_store_')) logStores[e.key.slice('aliyun.log_store_'.length)] = e.value;
  const logs = labels.get('aliyun.logs')?.value;
  const customAddon = (labels.get('aliyun.custom_addon') ?? labels.get('aliyun.customAddon'))?.value;
  return { logStores, ...(logs === undefined ? {} : { logs }), ...(customAddon === undefined ? {} : { customAddon }) };
}

/** Normalises one (structurally checked) service; `usable` names the keys whose values have the right shape. */
export function normaliseService(
  item: TEntry,
  usable: ReadonlySet<string>,
  job: JobSettings,
  report: Reporter,
): ServiceDraft {
  const map: TMap | undefined = item.value.kind === 'map' ? item.value : undefined;
  const get = (key: string): TNode | undefined => (usable.has(key) ? entry(map, key)?.value : undefined);
  const labels = readLabels(get('labels'), report);
  checkLabelNames(labels, 'service', report);
  const env = readEnvironment(get('environment'), report);
  const scheduling = readScheduling(env, labels, report);
  const environment: Record<string, string> = {};
  for (const e of env) if (!scheduling.consumed.has(e)) environment[e.name] = e.value;
  const ports = readPorts(get('ports'), report);
  const scale = readScale(labels, report);
  const restartNode = get('restart');
  const restartValue = fields.readRestart(restartNode, report);
  const task = readTask(
    labels,
    job,
    restartValue && restartNode ? { value: restartValue, at: restartNode } : undefined,
    report,
  );
  const edges = [...readDependsOn(item.key, get('depends_on')), ...readDependsLabel(item.key, labels, report)];
  const routing = readRouting(labels, report);
  const links = fields.readLinks(get('links'), 'links', report);
  const volumes = fields.readVolumes(get('volumes'), report);
  const optional = {
    image: text(get('image')),
    command: fields.readCommand(get('command'), 'command', report),
    entrypoint: fields.readCommand(get('entrypoint'), 'entrypoint', report),
    restart: job.type === 'batch' && restartValue !== undefined ? 'no' : restartValue,
    cpuShares: fields.readCpuShares(get('cpu_shares'), report),
    memLimit: fields.readMemLimit(get('mem_limit'), report),
    networkMode: text(get('network_mode') ?? get('net')),
    hostname: text(get('hostname')),
    containerName: text(get('container_name')),
    volumeDriver: text(get('volume_driver')),
    external: fields.readExternal(get('external'), report),
    availability: scheduling.availability,
    reschedule: scheduling.reschedule,
  };
  const aliyunOptional = {
    probe: readProbe(labels, report),
    autoScaling: readAutoScaling(labels, report),
    task,
    monitoring: readMonitoring(labels, report),
    proxy: readProxy(labels, report),
  };
  const oom = get('oom_kill_disable') ?? get('oom-kill-disable');
  const service: Service = {
    name: item.key,
    span: { ...item.keyNode.span, endLine: item.value.span.endLine, endColumn: item.value.span.endColumn },
    scale: scale.scale,
    global: scale.global,
    ports,
    expose: readExpose(get('expose'), report),
    environment,
    labels: labels.toRecord(),
    links: links.map((l) => l.link),
    externalLinks: fields.readLinks(get('external_links'), 'external_links', report).map((l) => l.link),
    volumes: volumes.map((v) => v.mount),
    dnsOptions: [
      ...fields.stringItems(get('dns_options'), 'dns_options', report),
      ...fields.stringItems(get('dns_opt'), 'dns_opt', report),
    ].map((i) => i.text),
    oomKillDisable: oom?.kind === 'scalar' && oom.value === true,
    dependsOn: [...new Set(edges.map((e) => e.to))],
    constraints: scheduling.constraints,
    affinities: scheduling.affinities,
    aliyun: {
      rollingUpdates: scale.rollingUpdates,
      parallelism: scale.parallelism,
      depends: edges.filter((e) => e.via === 'aliyun.depends').map((e) => e.to),
      routing: routing.rules,
      sessionSticky: routing.sessionSticky,
      lb: readLb(labels, { mappings: ports, unresolved: hasUnresolvedItem(get('ports')) }, report),
      ...logSettings(labels),
      ...defined(aliyunOptional),
    },
    ...defined(optional),
  };
  const hasBuild = entry(map, 'build') !== undefined || entry(map, 'dockerfile') !== undefined;
  return { service, labels, edges, links, volumes, hasBuild };
}

/** The properties of an object whose value is not undefined (for exactOptionalPropertyTypes-friendly spreads). */
function defined<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** Reads the job-level labels block into the job settings (online unless batch). */
export function readJobSettings(
  format: 'v1' | 'v2',
  block: TEntry | undefined,
  report: Reporter,
): { job: JobSettings; labels: LabelSet } {
  const labels = format === 'v2' ? readLabels(block?.value, report) : new LabelSet([]);
  if (format === 'v2') checkLabelNames(labels, 'job', report);
  return { job: readJob(format, labels, block?.keyNode, report), labels };
}
