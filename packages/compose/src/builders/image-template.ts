import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { autoScalingLabels, isAutoScalingLabel } from './auto-scaling-labels.ts';
import type { ImageAutoScaling } from './auto-scaling-labels.ts';

/** Host ports the cluster's own services use, refused in Port Mapping. */
export { RESERVED_HOST_PORTS } from '../ports.ts';

/** One Port Mapping row: an empty host port publishes the container port on a random host port. */
export interface ImagePortMapping {
  hostPort?: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

/** One Web Routing row: a domain (or the prefix of the test domain) for a container port. */
export interface ImageWebRoute {
  containerPort: number;
  domain: string;
}

/** One Load Balancer row: `aliyun.lb.port_$container_port: $scheme://$slb:$front_port`. */
export interface ImageLoadBalancer {
  containerPort: number;
  scheme: 'tcp' | 'http' | 'https' | 'udp';
  /** The name or ID of the Server Load Balancer instance (`slb` for the cluster's own). */
  instance: string;
  frontPort: number;
}

/** One Data Volume row: a host path or a data volume name mounted at a container path. */
export interface ImageVolume {
  source: string;
  target: string;
  permission: 'rw' | 'ro';
}

export interface ImageKeyValue {
  key: string;
  value: string;
}

/** Across Multiple Zones: None, Ensure (two zones or fail) or Try best. */
export type AcrossZones = 'none' | 'ensure' | 'try';

/** The Create with Image form, as the console collects it. */
export interface ImageTemplateForm {
  /** The service's name; see `imageServiceName`. */
  service: string;
  image: string;
  /** Image Version; empty means the latest. */
  version?: string;
  scale: number;
  networkMode: 'default' | 'host';
  restart: 'always' | 'no';
  command?: string;
  entrypoint?: string;
  /** CPU Limit as `cpu_shares`: 100 for one core. */
  cpuShares?: number;
  /** Memory Limit in MB, written as `mem_limit` in bytes. */
  memoryLimitMb?: number;
  ports?: readonly ImagePortMapping[];
  routes?: readonly ImageWebRoute[];
  loadBalancers?: readonly ImageLoadBalancer[];
  volumes?: readonly ImageVolume[];
  environment?: readonly ImageKeyValue[];
  labels?: readonly ImageKeyValue[];
  /** Smooth Upgrade: `aliyun.rolling_updates`. */
  rollingUpdates?: boolean;
  acrossZones?: AcrossZones;
  autoScaling?: ImageAutoScaling;
}

const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;

/** The service of an application created from an image: named after the application, or `app`. */
export function imageServiceName(applicationName: string): string {
  const name = applicationName.trim();
  return SERVICE_NAME.test(name) ? name : 'app';
}

/** The labels the form's own fields write; a custom label with one of these keys is overridden. */
export function isFieldLabel(key: string): boolean {
  return (
    key === 'aliyun.scale' ||
    key === 'aliyun.rolling_updates' ||
    key.startsWith('aliyun.routing.port_') ||
    key.startsWith('aliyun.lb.port_') ||
    isAutoScalingLabel(key)
  );
}

// Plain only when no YAML reader (1.1 as docker-compose, 1.2 as this package) takes it for anything
// but this string: no leading digit, sign or indicator, no YAML 1.1 boolean or null word.
const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_./@-]*(:[A-Za-z0-9_./@-]+)*$/;
const SPECIAL_WORDS = /^(y|yes|n|no|true|false|on|off|null|nan|inf)$/i;
/** `e0`, `1e5`: YAML 1.1 readers that take an exponent without a mantissa for a number. */
const EXPONENT = /^[0-9._]*[eE][-+]?[0-9]+$/;

/**
 * A string scalar that reads back as exactly this text, however hostile: quoted unless plainly
 * safe, and `$` written `$$` so Compose takes no typed value for a template parameter.
 */
function text(value: string): Scalar<string> {
  const node = new Scalar(value.split('$').join('$$'));
  if (!PLAIN_SAFE.test(value) || SPECIAL_WORDS.test(value) || EXPONENT.test(value)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function list(values: readonly string[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const value of values) seq.add(text(value));
  return seq;
}

function portText({ hostPort, containerPort, protocol }: ImagePortMapping): string {
  const container = protocol === 'udp' ? `${containerPort}/udp` : String(containerPort);
  return hostPort === undefined ? container : `${hostPort}:${container}`;
}

/** Each container port's domains joined by `;`, as `aliyun.routing.port_$port` takes them. */
function routingLabels(routes: readonly ImageWebRoute[]): [string, string][] {
  const byPort = new Map<number, string[]>();
  for (const { containerPort, domain } of routes) {
    const domains = byPort.get(containerPort) ?? [];
    domains.push(domain.trim());
    byPort.set(containerPort, domains);
  }
  return [...byPort].map(([port, domains]) => [`aliyun.routing.port_${port}`, domains.join(';')]);
}

/** The labels in order: the custom ones, then the ones the fields write (which win over a custom one). */
function labelsOf(form: ImageTemplateForm): Map<string, string> {
  const labels = new Map<string, string>();
  for (const { key, value } of form.labels ?? []) if (!isFieldLabel(key.trim())) labels.set(key.trim(), value);
  labels.set('aliyun.scale', String(form.scale));
  if (form.rollingUpdates) labels.set('aliyun.rolling_updates', 'true');
  for (const [key, value] of routingLabels(form.routes ?? [])) labels.set(key, value);
  for (const lb of form.loadBalancers ?? [])
    labels.set(`aliyun.lb.port_${lb.containerPort}`, `${lb.scheme}://${lb.instance.trim()}:${lb.frontPort}`);
  if (form.autoScaling) for (const [key, value] of autoScalingLabels(form.autoScaling)) labels.set(key, value);
  return labels;
}

function environmentOf(form: ImageTemplateForm): string[] {
  const entries = (form.environment ?? []).map(({ key, value }) => `${key.trim()}=${value}`);
  if (form.acrossZones === 'ensure') entries.push('availability:az==2');
  if (form.acrossZones === 'try') entries.push('availability:az==~2');
  return entries;
}

function serviceMap(form: ImageTemplateForm): YAMLMap {
  const service = new YAMLMap();
  const version = form.version?.trim() || 'latest';
  service.set('image', text(`${form.image.trim()}:${version}`));
  service.set('restart', text(form.restart));
  if (form.networkMode === 'host') service.set('network_mode', text('host'));
  if (form.command?.trim()) service.set('command', text(form.command.trim()));
  if (form.entrypoint?.trim()) service.set('entrypoint', text(form.entrypoint.trim()));
  if (form.cpuShares !== undefined) service.set('cpu_shares', form.cpuShares);
  if (form.memoryLimitMb !== undefined) service.set('mem_limit', Math.round(form.memoryLimitMb * 1024 * 1024));
  const ports = (form.ports ?? []).map(portText);
  if (ports.length > 0) service.set('ports', list(ports));
  const volumes = (form.volumes ?? []).map((v) => `${v.source.trim()}:${v.target.trim()}:${v.permission}`);
  if (volumes.length > 0) service.set('volumes', list(volumes));
  const environment = environmentOf(form);
  if (environment.length > 0) service.set('environment', list(environment));
  const labels = new YAMLMap();
  for (const [key, value] of labelsOf(form)) labels.set(text(key), text(value));
  service.set('labels', labels);
  return service;
}

/**
 * The Compose template (version 2) of Create with Image: one service with the form's settings,
 * built as a YAML document (never by pasting text), so every value reads back exactly as typed.
 */
export function buildImageTemplate(form: ImageTemplateForm): string {
  const services = new YAMLMap();
  services.set(text(form.service), serviceMap(form));
  const root = new YAMLMap();
  root.set('version', text('2'));
  root.set('services', services);
  return new Document(root).toString({ lineWidth: 0 });
}
