import type { Item } from '@cs/simulator';
import type { Labels, MetricsSnapshot } from './metrics-snapshot.ts';

/** The families of the built-in items, by what they measure (Prometheus base units: bytes, seconds). */
const FAMILIES: Record<Item, { suffix: string; help: string }> = {
  cpu: { suffix: 'cpu_usage_percent', help: 'CPU used, in percent of one core (a node or cluster: of all its cores).' },
  memory: { suffix: 'memory_usage_bytes', help: 'Memory used, in bytes.' },
  networkRx: { suffix: 'network_receive_bytes_per_second', help: 'Network In, in bytes per second.' },
  networkTx: { suffix: 'network_transmit_bytes_per_second', help: 'Network Out, in bytes per second.' },
  diskRead: { suffix: 'fs_reads_bytes_per_second', help: 'Disk Read, in bytes per second.' },
  diskWrite: { suffix: 'fs_writes_bytes_per_second', help: 'Disk Write, in bytes per second.' },
};

/** A label value as the text format 0.0.4 wants it: backslash, double quote and line feed escaped. */
export const escapeLabelValue = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
/** HELP text escapes only backslash and line feed. */
const escapeHelp = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

/** A metric or label name from free text: what the format allows, never starting with a digit. */
export function metricName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

const labelSet = (labels: Labels) =>
  `{${Object.entries(labels)
    .map(([k, v]) => `${metricName(k)}="${escapeLabelValue(v)}"`)
    .join(',')}}`;

const number = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 1_000) / 1_000) : 'NaN');

const header = (name: string, help: string) => `# HELP ${name} ${escapeHelp(help)}\n# TYPE ${name} gauge\n`;
const sample = (name: string, set: string, value: number) => `${name}${set} ${number(value)}\n`;

/** Lines written between two turns of the event loop: 10,000 containers are 60,000 lines. */
const LINES_PER_CHUNK = 1_000;
const ITEM_FAMILIES = Object.entries(FAMILIES) as [Item, (typeof FAMILIES)[Item]][];
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The custom values grouped into families, a label set once per family (submitted series may repeat one). */
function customFamilies(snapshot: MetricsSnapshot): Map<string, { help: string; lines: Map<string, number> }> {
  const families = new Map<string, { help: string; lines: Map<string, number> }>();
  for (const c of snapshot.custom) {
    const name = metricName(`custom_${c.measurement}_${c.field}`);
    const family = families.get(name) ?? {
      help: `Custom monitoring: field ${c.field} of measurement ${c.measurement}.`,
      lines: new Map(),
    };
    families.set(name, family);
    // The container's labels win over a submitted tag of the same name: they say where it came from.
    const tags = Object.fromEntries(Object.entries(c.tags).map(([k, v]) => [metricName(k), v]));
    const set = labelSet({ ...tags, ...c.labels });
    if (!family.lines.has(set)) family.lines.set(set, c.value);
  }
  return families;
}

/**
 * The snapshot in the Prometheus text exposition format 0.0.4 (no timestamps: the scrape dates
 * them), a chunk of lines at a time with a turn of the event loop between chunks; each family's
 * samples together, as the format requires.
 */
export async function* prometheusChunks(snapshot: MetricsSnapshot): AsyncGenerator<string> {
  const containerSets = snapshot.containers.map((c) => labelSet(c.labels));
  for (const [item, family] of ITEM_FAMILIES) {
    const name = `container_${family.suffix}`;
    let chunk = header(name, `A container: ${family.help}`);
    for (let i = 0; i < snapshot.containers.length; i++) {
      chunk += sample(name, containerSets[i]!, snapshot.containers[i]!.values[item]);
      if ((i + 1) % LINES_PER_CHUNK === 0) {
        yield chunk;
        chunk = '';
        await nextTurn();
      }
    }
    yield chunk;
  }
  for (const [item, family] of ITEM_FAMILIES) {
    const nodeName = `node_${family.suffix}`;
    let chunk = header(nodeName, `A node, its containers and system together: ${family.help}`);
    for (const n of snapshot.nodes) chunk += sample(nodeName, labelSet(n.labels), n.values[item]);
    const clusterName = `cluster_${family.suffix}`;
    chunk += header(clusterName, `A cluster, all its nodes together: ${family.help}`);
    yield chunk + sample(clusterName, labelSet(snapshot.cluster.labels), snapshot.cluster.values[item]);
  }
  for (const [name, { help, lines }] of customFamilies(snapshot)) {
    let chunk = header(name, help);
    for (const [set, value] of lines) chunk += sample(name, set, value);
    yield chunk;
  }
}

/** The whole exposition as one text (what a test or a small cluster wants). */
export async function prometheusText(snapshot: MetricsSnapshot): Promise<string> {
  let text = '';
  for await (const chunk of prometheusChunks(snapshot)) text += chunk;
  return text;
}

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
