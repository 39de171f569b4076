import type { Labels, MetricsSnapshot } from './metrics-snapshot.ts';

/**
 * Line protocol escapes: measurements escape commas and spaces; tag keys, values and field keys
 * also `=`. A line feed would end the line: it is written as `\n`.
 */
const escapeMeasurement = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([, ])/g, '\\$1');
export const escapeTag = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,= ])/g, '\\$1');

const tagSet = (tags: Labels) =>
  Object.entries(tags)
    .filter(([, v]) => v !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `,${escapeTag(k)}=${escapeTag(v)}`)
    .join('');

const fieldSet = (fields: Record<string, number>) =>
  Object.entries(fields)
    .map(([k, v]) => `${escapeTag(k)}=${Math.round(v * 1_000) / 1_000}`)
    .join(',');

function line(measurement: string, tags: Labels, fields: Record<string, number>, at: number): string {
  return `${escapeMeasurement(measurement)}${tagSet(tags)} ${fieldSet(fields)} ${BigInt(at) * 1_000_000n}`;
}

/**
 * The snapshot in InfluxDB line protocol, as the monitoring agent writes to the telegraf
 * database: docker_container_cpu, _mem, _net and _blkio per container (host is its node), and
 * each custom series under its own measurement.
 */
export function influxLines(snapshot: MetricsSnapshot): string {
  const out: string[] = [];
  for (const { labels, values } of snapshot.containers) {
    const { node, ...rest } = labels;
    const tags = { ...rest, host: node ?? '' };
    out.push(
      line('docker_container_cpu', tags, { usage_percent: values.cpu }, snapshot.at),
      line('docker_container_mem', tags, { usage: values.memory }, snapshot.at),
      line(
        'docker_container_net',
        tags,
        { rx_bytes_per_second: values.networkRx, tx_bytes_per_second: values.networkTx },
        snapshot.at,
      ),
      line(
        'docker_container_blkio',
        tags,
        { read_bytes_per_second: values.diskRead, write_bytes_per_second: values.diskWrite },
        snapshot.at,
      ),
    );
  }
  for (const c of snapshot.custom) {
    const { node, ...rest } = c.labels;
    out.push(line(c.measurement, { ...c.tags, ...rest, host: node ?? '' }, { [c.field]: c.value }, snapshot.at));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
