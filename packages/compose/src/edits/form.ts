import { isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';

/**
 * A service as the "Services Contained" panel edits it. `undefined` leaves a setting as it is,
 * `null` (or an empty list or record) removes it.
 */
export interface ServiceForm {
  name: string;
  image?: string | null;
  /** Written as the `aliyun.scale` label. */
  scale?: number | null;
  ports?: string[] | null;
  expose?: string[] | null;
  environment?: Record<string, string> | null;
  /** The service's labels other than `aliyun.scale`. */
  labels?: Record<string, string> | null;
  links?: string[] | null;
  volumes?: string[] | null;
  restart?: string | null;
  /** A shell string, or a list of arguments as the template has it. */
  command?: string | string[] | null;
}

const QUOTED: ReadonlySet<string> = new Set(['ports', 'expose']);

function scalar(value: string, quote: boolean): Scalar {
  const node = new Scalar(value);
  if (quote) node.type = 'QUOTE_DOUBLE';
  return node;
}

function text(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

/**
 * Sets a list, reusing the existing item nodes (and their comments) whose value is unchanged and
 * keeping the items a form cannot show (such as long-syntax volumes) as they are.
 */
function setList(map: YAMLMap, key: string, values: readonly string[]): void {
  const existing = map.get(key, true);
  const items = isSeq(existing) ? (existing.items as YamlNode[]) : [];
  const kept = items.filter((i) => !isScalar(i));
  const reused = [
    ...values.map((value) => items.find((i) => text(i) === value) ?? scalar(value, QUOTED.has(key))),
    ...kept,
  ];
  if (isSeq(existing)) existing.items = reused;
  else {
    const seq = new YAMLSeq();
    seq.items = reused;
    map.set(key, seq);
  }
}

/** A new scalar for a changed value, keeping the comment the old one had. */
function replaced(old: unknown, value: string): Scalar {
  const node = new Scalar(value);
  if (isScalar(old)) node.comment = old.comment;
  return node;
}

function keyOf(item: unknown): string | undefined {
  if (isMap(item)) return text(item.items[0]?.key);
  const line = text(item);
  return line === undefined ? undefined : line.split('=')[0];
}

/**
 * Sets a list-form record (`k=v` strings or one-key maps), keeping the order and comments of kept
 * items. An empty value is written as the bare key, as `reschedule:on-node-failure` is.
 */
function setListRecord(seq: YAMLSeq, record: Readonly<Record<string, string>>): void {
  const oneKeyMaps = seq.items.some((i) => isMap(i));
  const make = (k: string, v: string, old?: unknown): unknown => {
    if (!oneKeyMaps) {
      const line = v === '' ? k : `${k}=${v}`;
      return text(old) === line || (v === '' && text(old) === `${k}=`) ? old : replaced(old, line);
    }
    if (isMap(old) && text(old.items[0]?.value) === v) return old;
    const item = new YAMLMap();
    item.set(k, new Scalar(v));
    return item;
  };
  const kept = seq.items.flatMap((item) => {
    const k = keyOf(item);
    return k !== undefined && Object.hasOwn(record, k) ? [make(k, record[k] ?? '', item)] : [];
  });
  const present = new Set(seq.items.map(keyOf));
  const added = Object.entries(record)
    .filter(([k]) => !present.has(k))
    .map(([k, v]) => make(k, v));
  seq.items = [...kept, ...added];
}

/** Sets a `key: value` record in whichever form the key already has (mapping, `k=v` list, one-key maps). */
function setRecord(map: YAMLMap, key: string, record: Readonly<Record<string, string>>): void {
  const existing = map.get(key, true);
  if (isSeq(existing)) {
    setListRecord(existing, record);
    return;
  }
  const target = isMap(existing) ? existing : new YAMLMap();
  target.items = target.items.filter((p) => Object.hasOwn(record, String(text(p.key) ?? '')));
  for (const [k, v] of Object.entries(record)) {
    const pair = target.items.find((p) => text(p.key) === k);
    if (!pair) target.items.push(new Pair(new Scalar(k), new Scalar(v)));
    else if (text(pair.value) !== v) pair.value = replaced(pair.value, v);
  }
  if (!isMap(existing)) map.set(key, target);
}

function setScalar(map: YAMLMap, key: string, value: string): void {
  const existing = map.get(key, true);
  if (text(existing) !== value) map.set(key, replaced(existing, value));
}

function readRecord(node: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (isMap(node)) for (const p of node.items) record[String(text(p.key) ?? '')] = text(p.value) ?? '';
  if (isSeq(node))
    for (const item of node.items) {
      if (isMap(item)) Object.assign(record, readRecord(item));
      const line = text(item);
      if (line === undefined) continue;
      const eq = line.indexOf('=');
      record[eq < 0 ? line : line.slice(0, eq)] = eq < 0 ? '' : line.slice(eq + 1);
    }
  return record;
}

/** Applies a form to a service's mapping in place, touching only the settings the form gives. */
export function applyForm(map: YAMLMap, form: ServiceForm): void {
  const lists = ['ports', 'expose', 'links', 'volumes'] as const;
  for (const key of lists) {
    const values = form[key];
    if (values === undefined) continue;
    const existing = map.get(key, true);
    const hidden = isSeq(existing) && existing.items.some((i) => !isScalar(i));
    if ((values === null || values.length === 0) && !hidden) map.delete(key);
    else setList(map, key, values ?? []);
  }
  for (const key of ['image', 'restart', 'command'] as const) {
    const value = form[key];
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) map.delete(key);
    else if (Array.isArray(value)) setList(map, key, value);
    else if (value !== undefined) setScalar(map, key, value);
  }
  if (form.environment !== undefined) {
    if (form.environment === null || Object.keys(form.environment).length === 0) map.delete('environment');
    else setRecord(map, 'environment', form.environment);
  }
  if (form.labels === undefined && form.scale === undefined) return;
  const labels = form.labels === undefined ? readRecord(map.get('labels', true)) : { ...(form.labels ?? {}) };
  delete labels['aliyun.scale'];
  const current = readRecord(map.get('labels', true))['aliyun.scale'];
  const scale = form.scale === undefined ? current : form.scale === null ? undefined : String(form.scale);
  const all = scale === undefined ? labels : { ...labels, 'aliyun.scale': scale };
  if (Object.keys(all).length === 0) map.delete('labels');
  else setRecord(map, 'labels', all);
}

/** Reads a service's current settings into a form, for the panel's Edit dialog. */
export function readForm(name: string, map: YAMLMap): ServiceForm {
  const list = (key: string) => {
    const node = map.get(key, true);
    return isSeq(node) ? node.items.map((i) => text(i) ?? '').filter((v) => v !== '') : [];
  };
  const labels = readRecord(map.get('labels', true));
  const scaleText = labels['aliyun.scale'];
  delete labels['aliyun.scale'];
  const scale = scaleText !== undefined && /^\d+$/.test(scaleText.trim()) ? Number(scaleText) : null;
  const command = map.get('command', true);
  return {
    name,
    image: text(map.get('image', true)) ?? null,
    scale,
    ports: list('ports'),
    expose: list('expose'),
    environment: readRecord(map.get('environment', true)),
    labels,
    links: list('links'),
    volumes: list('volumes'),
    restart: text(map.get('restart', true)) ?? null,
    command: isSeq(command) ? command.items.map((i) => text(i) ?? '') : (text(command) ?? null),
  };
}
