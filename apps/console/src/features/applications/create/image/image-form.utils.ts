import { RESERVED_HOST_PORTS } from '@cs/compose';
import { DEFAULT_AUTO_SCALING } from '../../../workloads/auto-scaling/auto-scaling.utils.ts';
import type { AcrossZones, ImageAutoScaling, ImageLoadBalancer, ImageTemplateForm } from '@cs/compose';

/** A row of a list field as the form holds it: numbers are null until typed. */
export interface PortRow {
  hostPort: number | null;
  containerPort: number | null;
  protocol: 'tcp' | 'udp';
}
export interface RouteRow {
  containerPort: number | null;
  domain: string;
}
export interface LoadBalancerRow {
  containerPort: number | null;
  scheme: ImageLoadBalancer['scheme'];
  instance: string;
  frontPort: number | null;
}
export interface VolumeRow {
  source: string;
  target: string;
  permission: 'rw' | 'ro';
}
export interface KeyValueRow {
  key: string;
  value: string;
}

/** The Create with Image form's fields. */
export interface ImageFormValues {
  image: string;
  version: string;
  scale: number;
  networkMode: 'default' | 'host';
  restart: 'always' | 'no';
  command: string;
  entrypoint: string;
  cpuShares: number | null;
  memoryLimitMb: number | null;
  ports: PortRow[];
  routes: RouteRow[];
  loadBalancers: LoadBalancerRow[];
  volumes: VolumeRow[];
  environment: KeyValueRow[];
  labels: KeyValueRow[];
  rollingUpdates: boolean;
  acrossZones: AcrossZones;
  autoScalingEnabled: boolean;
  autoScaling: ImageAutoScaling;
}

/** The guide's defaults: the latest version, one container, Default network mode, restart always. */
export function initialImageValues(image = '', version = ''): ImageFormValues {
  return {
    image,
    version: version || 'latest',
    scale: 1,
    networkMode: 'default',
    restart: 'always',
    command: '',
    entrypoint: '',
    cpuShares: null,
    memoryLimitMb: null,
    ports: [],
    routes: [],
    loadBalancers: [],
    volumes: [],
    environment: [],
    labels: [],
    rollingUpdates: false,
    acrossZones: 'none',
    autoScalingEnabled: false,
    autoScaling: DEFAULT_AUTO_SCALING,
  };
}

const filled = (text: string | undefined) => (text ?? '').trim() !== '';
const optional = (value: number | null | undefined) => (value === null || value === undefined ? undefined : value);

/** What the builder takes from the form: rows not filled in yet are left out. */
export function toImageTemplateForm(values: Partial<ImageFormValues>, service: string): ImageTemplateForm {
  const v = { ...initialImageValues(), ...values };
  const hasPort = <T extends { containerPort: number | null }>(
    row: T | undefined,
  ): row is T & { containerPort: number } => typeof row?.containerPort === 'number';
  return {
    service,
    image: v.image.trim(),
    version: v.version.trim(),
    scale: v.scale ?? 1,
    networkMode: v.networkMode,
    restart: v.restart,
    command: v.command,
    entrypoint: v.entrypoint,
    cpuShares: optional(v.cpuShares),
    memoryLimitMb: optional(v.memoryLimitMb),
    ports: v.ports
      .filter(hasPort)
      .map((p) => ({ containerPort: p.containerPort, protocol: p.protocol, hostPort: optional(p.hostPort) })),
    routes: v.routes.filter(hasPort).filter((r) => filled(r.domain)),
    loadBalancers: v.loadBalancers
      .filter(hasPort)
      .filter((l): l is typeof l & { frontPort: number } => typeof l.frontPort === 'number' && filled(l.instance)),
    volumes: v.volumes.filter((r) => filled(r?.source) && filled(r?.target)),
    environment: v.environment.filter((r) => filled(r?.key)),
    labels: v.labels.filter((r) => filled(r?.key)),
    rollingUpdates: v.rollingUpdates,
    acrossZones: v.acrossZones,
    autoScaling: v.autoScalingEnabled ? v.autoScaling : undefined,
  };
}

/** Why a host port cannot be used, in the console's words; undefined when it can. */
export function hostPortProblem(port: number | null | undefined): string | undefined {
  return port !== null && port !== undefined && RESERVED_HOST_PORTS.includes(port)
    ? 'The host port cannot be set to 9080, 2376, 3376'
    : undefined;
}

/** A Load Balancer needs its container port mapped to a host port: the SLB binds the node on it. */
export function loadBalancerPortProblem(containerPort: number | null, ports: readonly PortRow[]): string | undefined {
  if (containerPort === null) return undefined;
  const mapped = ports.some((p) => p.containerPort === containerPort && typeof p.hostPort === 'number');
  return mapped
    ? undefined
    : `Map container port ${containerPort} to a host port in Port Mapping first: the Server Load Balancer uses the host port.`;
}

/** A data volume's parts cannot hold a colon (it separates them); the container path is absolute. */
export function volumeProblem(part: 'source' | 'target', text: string | undefined): string | undefined {
  const value = (text ?? '').trim();
  if (value === '') return part === 'source' ? 'Enter a host path or a data volume name.' : 'Enter the container path.';
  if (value.includes(':')) return 'A path or volume name cannot contain a colon (:).';
  if (part === 'target' && !value.startsWith('/')) return 'The container path is absolute: it starts with /.';
  return undefined;
}

/** `repository:tag` split at the tag's colon (not a registry's port): `registry:5000/x:1` → x at 1. */
export function splitImageReference(reference: string): { image: string; version: string } {
  const colon = reference.lastIndexOf(':');
  if (colon <= reference.lastIndexOf('/')) return { image: reference, version: '' };
  return { image: reference.slice(0, colon), version: reference.slice(colon + 1) };
}

/**
 * The catalogue name of a repository, whose versions "Select image version" lists: Docker Hub's
 * `nginx` is its own name, `registry.aliyuncs.com/acs/proxy` is `acs/proxy`.
 */
export function catalogueName(repository: string): string {
  const [first = '', ...rest] = repository.trim().split('/');
  return rest.length > 0 && /[.:]/.test(first) ? rest.join('/') : repository.trim();
}
