import type { Located, Reporter } from './diagnostics.ts';
import type { TNode, TScalar } from './tree.ts';

/** A `links` / `external_links` entry: the target and the alias it is reached by. */
export interface Link {
  target: string;
  alias: string;
}

/** A `volumes` entry: a host path (bind), a named volume (e.g. an OSSFS data volume), or anonymous. */
export interface VolumeMount {
  kind: 'bind' | 'volume' | 'anonymous';
  source?: string;
  target: string;
  mode?: string;
}

/** An `external` service: an address outside the cluster that services link to (e.g. an RDS instance). */
export interface ExternalService {
  host?: string;
  ports: number[];
}

/** Memory is measured in bytes and the minimum memory is 4MB. */
export const MIN_MEMORY_BYTES = 4 * 1024 * 1024;
const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const RESTART = /^(no|always|unless-stopped|on-failure(:\d+)?)$/;

/** The scalar strings of a list value (reporting anything else), as Compose reads `links`, `dns_opt`, …. */
export function stringItems(node: TNode | undefined, key: string, report: Reporter): TScalar[] {
  if (node?.kind !== 'seq') return [];
  return node.items.filter((item): item is TScalar => {
    if (item.kind === 'scalar' && item.value !== null && typeof item.value !== 'object') return true;
    report.error('invalid-type', `Each entry of \`${key}\` is a string.`, item);
    return false;
  });
}

/** Reads `links` or `external_links`: `name` or `name:alias`. */
export function readLinks(node: TNode | undefined, key: string, report: Reporter): { link: Link; at: Located }[] {
  return stringItems(node, key, report).map((item) => {
    const [target = '', alias] = item.text.split(':');
    return { link: { target, alias: alias ?? target }, at: item };
  });
}

/** Parses a `volumes` entry `[source:]target[:mode]`, or undefined if malformed. */
export function parseVolume(text: string): VolumeMount | undefined {
  const parts = text.split(':');
  if (parts.length > 3 || parts.some((p) => p === '')) return undefined;
  const [first = '', second, mode] = parts;
  if (mode !== undefined && !mode.split(',').every((m) => /^(ro|rw|z|Z|nocopy)$/.test(m))) return undefined;
  if (second === undefined) return first.startsWith('/') ? { kind: 'anonymous', target: first } : undefined;
  if (!second.startsWith('/')) return undefined;
  const kind = /^[/.~]/.test(first) ? 'bind' : 'volume';
  return { kind, source: first, target: second, ...(mode ? { mode } : {}) };
}

/** Reads `volumes`: short-syntax strings only (the long syntax came after version 2). */
export function readVolumes(node: TNode | undefined, report: Reporter): { mount: VolumeMount; at: TScalar }[] {
  if (node?.kind !== 'seq') return [];
  const mounts: { mount: VolumeMount; at: TScalar }[] = [];
  for (const item of node.items) {
    if (item.kind === 'map') {
      report.error(
        'volume-long-syntax',
        "The long volume syntax (type, source, target…) is not supported: version 1 and version 2 Compose files write a volume as 'source:target[:mode]'.",
        item,
      );
      continue;
    }
    if (item.kind !== 'scalar' || item.value === null) {
      report.error('invalid-type', "Each entry of `volumes` is a string, 'source:target[:mode]'.", item);
      continue;
    }
    if (item.unresolved) continue;
    const mount = parseVolume(item.text);
    if (mount) mounts.push({ mount, at: item });
    else
      report.error(
        'invalid-volume',
        `\`${item.text}\` is not a volume: write [source:]container_path[:ro|rw], where source is a host path or a data volume name.`,
        item,
      );
  }
  return mounts;
}

/** Reads `mem_limit` (bytes, or a number with b, k, m or g) and enforces the 4MB minimum. */
export function readMemLimit(node: TNode | undefined, report: Reporter): number | undefined {
  if (node?.kind !== 'scalar' || node.value === null || node.unresolved) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([bkmg]?)b?\s*$/i.exec(node.text);
  if (!match) {
    report.error(
      'invalid-mem-limit',
      `mem_limit is measured in bytes (or with a unit: 500m, 1g), not \`${node.text}\`.`,
      node,
    );
    return undefined;
  }
  const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 1));
  if (bytes < MIN_MEMORY_BYTES) {
    report.error(
      'mem-limit-too-small',
      `Memory is measured in bytes and the minimum memory is 4MB (4194304); mem_limit is ${bytes}.`,
      node,
    );
    return undefined;
  }
  return bytes;
}

/** Reads `cpu_shares`: a single CPU core is equivalent to 100, so `cpu_shares: 50` is 0.5 cores. */
export function readCpuShares(node: TNode | undefined, report: Reporter): number | undefined {
  if (node?.kind !== 'scalar' || node.value === null || node.unresolved) return undefined;
  if (/^\s*\d+\s*$/.test(node.text)) return Number(node.text);
  report.error(
    'invalid-cpu-shares',
    'cpu_shares is a whole number: a single CPU core is equivalent to 100, so cpu_shares: 50 indicates 0.5 cores.',
    node,
  );
  return undefined;
}

/** Reads `restart`: no, always, on-failure[:max-retries] or unless-stopped; `""` sets no policy, as in Compose. */
export function readRestart(node: TNode | undefined, report: Reporter): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  const text = node.value === false ? 'no' : node.text.trim();
  if (text === '' && !node.unresolved) return undefined;
  if (node.unresolved || RESTART.test(text)) return text;
  report.error(
    'invalid-restart',
    `restart is no, always, on-failure[:max-retries] or unless-stopped, not \`${text}\`.`,
    node,
  );
  return undefined;
}

/** Reads `command` / `entrypoint`: one string, or a list of strings. */
export function readCommand(node: TNode | undefined, key: string, report: Reporter): string | string[] | undefined {
  if (node?.kind === 'scalar') return node.value === null ? undefined : node.text;
  if (node?.kind === 'seq') return stringItems(node, key, report).map((i) => i.text);
  return undefined;
}

/** Reads the guide's `external` key: `host` (the link domain) and `ports` (the link ports). */
export function readExternal(node: TNode | undefined, report: Reporter): ExternalService | undefined {
  if (node?.kind !== 'map') return undefined;
  const external: ExternalService = { ports: [] };
  for (const e of node.entries) {
    if (e.key === 'host' && e.value.kind === 'scalar' && e.value.value !== null) external.host = e.value.text;
    else if (e.key === 'host')
      report.error('invalid-external', '`external.host` sets the link domain: a host name.', e.value);
    if (e.key !== 'ports') continue;
    for (const item of e.value.kind === 'seq' ? e.value.items : [e.value]) {
      const port = item.kind === 'scalar' ? Number(item.text) : NaN;
      if (Number.isInteger(port) && port >= 1 && port <= 65535) external.ports.push(port);
      else report.error('invalid-external', '`external.ports` sets the link ports: a list of ports 1–65535.', item);
    }
  }
  return external;
}
