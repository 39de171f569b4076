import { autoScalingLabels, isAutoScalingLabel, readAutoScalingLabels } from '@cs/compose';
import type { ImageAutoScaling, ServiceForm } from '@cs/compose';
import { DEFAULT_AUTO_SCALING } from '../../workloads/auto-scaling/auto-scaling.utils.ts';

/** A `key: value` row of the Environment and Labels lists. */
export interface KeyValue {
  key: string;
  value: string;
}

/** The Edit / Add Service dialog's fields. */
export interface ServiceFormValues {
  name: string;
  image: string;
  scale: number | null;
  restart: string | undefined;
  command: string;
  ports: string[];
  expose: string[];
  links: string[];
  volumes: string[];
  environment: KeyValue[];
  /** Web Routing: `aliyun.routing.port_$container_port` labels, one row per container port. */
  routes: WebRoute[];
  /** More Settings: Auto Scaling, written as the `aliyun.auto_scaling.*` labels. */
  autoScalingEnabled: boolean;
  autoScaling: ImageAutoScaling;
  /** The other labels. */
  labels: KeyValue[];
}

/** A Web Routing row: the container port and its domain names or prefixes, separated by semicolons. */
export interface WebRoute {
  containerPort: number | null;
  domain: string;
}

const ROUTING_LABEL = /^aliyun\.routing\.port_(\d{1,5})$/;

/** Whether another row before `row` routes the same container port (the guide: one entry per port). */
export function repeatsPort(routes: readonly (WebRoute | undefined)[], row: number): boolean {
  const port = routes[row]?.containerPort;
  return port != null && routes.slice(0, row).some((r) => r?.containerPort === port);
}

/** As @cs/compose checks a service name. */
export const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;
export const SERVICE_NAME_RULE =
  'A service name may contain only letters, digits, periods (.), underscores (_) and hyphens (-).';

export const RESTART_POLICIES = ['always', 'on-failure', 'unless-stopped', 'no'] as const;

function commandText(command: ServiceForm['command']): string {
  if (command === undefined || command === null) return '';
  return Array.isArray(command) ? command.join(' ') : command;
}

function rows(record: Readonly<Record<string, string>> | null | undefined): KeyValue[] {
  return Object.entries(record ?? {}).map(([key, value]) => ({ key, value }));
}

function record(list: readonly KeyValue[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { key, value } of list) if (key.trim() !== '') result[key.trim()] = value ?? '';
  return result;
}

/** The dialog's fields for a service's current settings. */
export function toFormValues(form: ServiceForm): ServiceFormValues {
  const scaling = readAutoScalingLabels(form.labels ?? {});
  return {
    name: form.name,
    image: form.image ?? '',
    scale: form.scale ?? null,
    restart: form.restart ?? undefined,
    command: commandText(form.command),
    ports: form.ports ?? [],
    expose: form.expose ?? [],
    links: form.links ?? [],
    volumes: form.volumes ?? [],
    environment: rows(form.environment),
    routes: rows(form.labels).flatMap(({ key, value }) => {
      const port = ROUTING_LABEL.exec(key)?.[1];
      return port === undefined ? [] : [{ containerPort: Number(port), domain: value }];
    }),
    autoScalingEnabled: scaling !== undefined,
    autoScaling: scaling ?? DEFAULT_AUTO_SCALING,
    labels: rows(form.labels).filter(({ key }) => !ROUTING_LABEL.test(key) && !isAutoScalingLabel(key)),
  };
}

/**
 * The settings to write from the dialog's fields. A command the dialog shows joined (the template
 * has it as a list) is left as it is unless it was changed.
 */
export function toServiceForm(values: ServiceFormValues, original?: ServiceForm): ServiceForm {
  const command = values.command.trim();
  const unchangedCommand = original !== undefined && command === commandText(original.command).trim();
  return {
    name: values.name.trim(),
    image: values.image.trim() || null,
    scale: values.scale ?? null,
    restart: values.restart || null,
    command: unchangedCommand ? undefined : command || null,
    ports: values.ports,
    expose: values.expose,
    links: values.links,
    volumes: values.volumes,
    environment: record(values.environment),
    labels: {
      ...record(values.labels.filter(({ key }) => !ROUTING_LABEL.test(key.trim()) && !isAutoScalingLabel(key.trim()))),
      ...Object.fromEntries(
        values.routes
          .filter((r) => r.containerPort != null && r.domain.trim() !== '')
          .map((r) => [`aliyun.routing.port_${r.containerPort}`, r.domain.trim()]),
      ),
      ...(values.autoScalingEnabled ? Object.fromEntries(autoScalingLabels(values.autoScaling)) : {}),
    },
  };
}

/** A new service from an image, as the guide's added service looks: restart always, scale 1. */
export function newServiceForm(name: string, image: string): ServiceForm {
  return { name, image, scale: 1, restart: 'always', ports: [], expose: [], environment: {}, labels: {} };
}

/** A service name for an image (`registry.aliyuncs.com/acs/proxy:0.5` → `proxy`), not yet `taken`. */
export function suggestServiceName(image: string, taken: readonly string[]): string {
  const last = image.split('/').pop() ?? '';
  const base =
    last
      .split(':')[0]
      ?.replace(/[^a-zA-Z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'service';
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base}-${i}`)) return `${base}-${i}`;
}
