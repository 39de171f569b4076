import { isMap, parseDocument } from 'yaml';

/** The Compose file format docker-compose's containers are written back as: the newest the engine reads. */
const FORMAT = '2.1';

/** The named volumes a service mounts (`data:/var/lib/mysql`): a version 2 file declares them at the top. */
function namedVolumes(definition: Record<string, unknown>): string[] {
  const volumes = Array.isArray(definition['volumes']) ? (definition['volumes'] as unknown[]) : [];
  return volumes
    .filter((v): v is string => typeof v === 'string' && v.includes(':'))
    .map((v) => v.slice(0, v.indexOf(':')))
    .filter((source) => !/^[/.~$]/.test(source));
}

/** A new application's template: one service, as docker-compose described it. */
export function projectTemplate(service: string, definition: Record<string, unknown>): string {
  return withService(`version: '${FORMAT}'\nservices: {}\n`, service, definition);
}

/**
 * The template with one more service (or one replaced), keeping the rest as written: under
 * `services` in a version 2 file, at the top level in a version 1 file.
 */
export function withService(template: string, service: string, definition: Record<string, unknown>): string {
  const document = parseDocument(template);
  const services = document.get('services', true);
  if (!isMap(services)) {
    document.set(service, document.createNode(definition));
    return document.toString();
  }
  services.set(service, document.createNode(definition));
  for (const name of namedVolumes(definition))
    if (!document.hasIn(['volumes', name])) document.setIn(['volumes', name], document.createNode({}));
  return document.toString();
}

/** The version after `current` that is not yet taken: `1` → `2`, `1.0` → `1.1`, `beta` → `beta.1`. */
export function nextVersion(current: string, taken: (version: string) => boolean): string {
  const match = /^(.*?)(\d+)$/.exec(current);
  const stem = match ? match[1]! : `${current}.`;
  let n = match ? Number(match[2]) : 0;
  for (let i = 0; i < 1_000; i++) {
    n += 1;
    const candidate = `${stem}${n}`;
    if (candidate.length <= 64 && !taken(candidate)) return candidate;
  }
  return `${Date.now()}`;
}
