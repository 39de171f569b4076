import { sampleValues } from './container-series.ts';
import { unitNoise } from './noise.ts';
import type { ResourceProfile } from './resource-profile.ts';
import { runningAt } from './subject.ts';
import type { MetricContainer } from './subject.ts';
import type { ServiceTraffic } from './traffic.ts';
import type { MetricWindow } from './window.ts';

/** The guide's labels: a collection script, or an HTTP data interface and which of its JSON keys are tags. */
export const SCRIPT_LABEL = 'aliyun.monitoring.script';
export const HTTP_LABEL = 'aliyun.monitoring.http';
export const TAGS_LABEL = 'aliyun.monitoring.tags';

/** The monitoring framework runs the script or calls the interface once per minute. */
export const COLLECT_MS = 60_000;

export interface CustomSeries {
  measurement: string;
  field: string;
  tags: Record<string, string>;
  points: [number, number | null][];
}

type FieldValue = (container: ResourceProfile, traffic: number, at: number, minute: number) => number;

/** What a collection script reports, guessed from its name: `gather_mem.sh` reports memory. */
const SCRIPT_FIELDS: { pattern: RegExp; field: string; value: FieldValue }[] = [
  { pattern: /mem/i, field: 'used_bytes', value: (p, t, at) => sampleValues(p, t, at).memory },
  { pattern: /cpu|load/i, field: 'usage_percent', value: (p, t, at) => sampleValues(p, t, at).cpu },
  { pattern: /disk|io/i, field: 'write_bytes_per_second', value: (p, t, at) => sampleValues(p, t, at).diskWrite },
  { pattern: /net|conn|req/i, field: 'requests', value: (p, t) => Math.round(60 * t * (8 + (p.seed % 5))) },
];
const SCRIPT_DEFAULT = {
  field: 'value',
  value: ((p, t) => Math.round(100 * t * (1 + (p.seed % 7) / 10))) as FieldValue,
};

/** `sh gather_mem.sh` → `gather_mem`: the script's file name without its directory and extension. */
export function scriptMeasurement(command: string): string {
  const words = command.trim().split(/\s+/);
  const script = words.find((w) => /\.(sh|py|pl|rb|js)$/i.test(w)) ?? words.at(-1) ?? 'custom';
  const base = script
    .split('/')
    .at(-1)!
    .replace(/\.[A-Za-z]+$/, '');
  return base.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64) || 'custom';
}

/** The fields the guide's HTTP interface example returns: two counters, a flag and a ratio. */
const HTTP_FIELDS: { field: string; value: FieldValue }[] = [
  { field: 'field1', value: (_p, t) => Math.round(10 * t) },
  { field: 'field2', value: (_p, _t, _at, minute) => minute % 1_000 },
  { field: 'field3', value: (p, _t, _at, minute) => (unitNoise(p.seed, minute) > -0.9 ? 1 : 0) },
  {
    field: 'field4',
    value: (p, t, _at, minute) => Math.round(100 * t * (1 + 0.1 * unitNoise(p.seed + 1, minute))) / 100,
  },
];

/** Tag names the tags label lists ("tag1,tag2"), valid as InfluxDB and Prometheus names. */
export function tagNames(label: string | undefined): string[] {
  if (!label) return [];
  return [...new Set(label.split(',').map((t) => t.trim()))]
    .filter((t) => /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(t))
    .slice(0, 16);
}

/** Whether the labels declare any custom series. */
export const declaresCustom = (labels: Readonly<Record<string, string>>) =>
  Boolean(labels[SCRIPT_LABEL]?.trim() || labels[HTTP_LABEL]?.trim());

/** The custom series a container's labels declare, collected once per minute while it runs. */
export function customSeries(
  container: MetricContainer,
  labels: Readonly<Record<string, string>>,
  profile: ResourceProfile,
  traffic: ServiceTraffic,
  window: MetricWindow,
  now: number,
): CustomSeries[] {
  const fields: { measurement: string; field: string; tags: Record<string, string>; value: FieldValue }[] = [];
  const script = labels[SCRIPT_LABEL];
  if (script?.trim()) {
    const measurement = scriptMeasurement(script);
    const known = SCRIPT_FIELDS.find((f) => f.pattern.test(measurement)) ?? SCRIPT_DEFAULT;
    fields.push({ measurement, field: known.field, tags: {}, value: known.value });
  }
  if (labels[HTTP_LABEL]?.trim()) {
    const tags = Object.fromEntries(tagNames(labels[TAGS_LABEL]).map((t) => [t, `${t}value`]));
    for (const f of HTTP_FIELDS)
      fields.push({ measurement: `httpjson_${container.name}`, field: f.field, tags, value: f.value });
  }
  if (fields.length === 0) return [];
  const stepMs = Math.max(COLLECT_MS, window.stepMs);
  const first = Math.ceil(window.from / stepMs) * stepMs;
  const end = window.from + window.steps * window.stepMs;
  return fields.map(({ value, ...series }) => {
    const points: [number, number | null][] = [];
    for (let step = first; step < end; step += stepMs) {
      let sum = 0;
      let n = 0;
      for (let at = step; at < step + stepMs; at += COLLECT_MS) {
        if (!runningAt(container.run, at, now)) continue;
        sum += value(profile, traffic.at(at), at, Math.floor(at / COLLECT_MS));
        n++;
      }
      points.push([step, n > 0 ? sum / n : null]);
    }
    return { ...series, points };
  });
}
