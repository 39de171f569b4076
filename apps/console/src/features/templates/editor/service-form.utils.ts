import type { ServiceForm } from '@cs/compose';

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
  labels: KeyValue[];
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
    labels: rows(form.labels),
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
    labels: record(values.labels),
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
