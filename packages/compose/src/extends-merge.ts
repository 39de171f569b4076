import type { DocumentPath } from './diagnostics.ts';
import type { ComposeVersion } from './keys.ts';
import type { Relocator, UseSite } from './relocate.ts';
import { entry } from './tree.ts';
import type { TEntry, TMap, TNode, TSeq } from './tree.ts';

/** How docker-compose 1.x (`merge_service_dicts`) merges a key of an extended service into the extending one. */
type Merge = 'by-key' | 'unique-items' | 'concatenated' | 'by-container-path' | 'logging';

const MERGES: Readonly<Record<string, Merge>> = {
  environment: 'by-key',
  labels: 'by-key',
  ulimits: 'by-key',
  sysctls: 'by-key',
  storage_opt: 'by-key',
  extra_hosts: 'by-key',
  healthcheck: 'by-key',
  blkio_config: 'by-key',
  networks: 'by-key',
  build: 'by-key',
  ports: 'unique-items',
  expose: 'unique-items',
  cap_add: 'unique-items',
  cap_drop: 'unique-items',
  external_links: 'unique-items',
  security_opt: 'unique-items',
  dns: 'concatenated',
  dns_search: 'concatenated',
  env_file: 'concatenated',
  tmpfs: 'concatenated',
  volumes: 'by-container-path',
  devices: 'by-container-path',
  logging: 'logging',
};

/** Never taken from the extended service: Compose refuses to extend a service that has them. */
export const NOT_INHERITED: readonly string[] = ['links', 'volumes_from', 'depends_on', 'extends'];

interface Context {
  relocator: Relocator;
  site: UseSite;
}

/** Thrown when inherited values pass the relocation bound; the resolver reports it. */
export class ExtendsTooLarge extends Error {}

function copy(node: TNode, ctx: Context, path: DocumentPath): TNode {
  const copied = ctx.relocator.copy(node, ctx.site, path);
  if (!copied) throw new ExtendsTooLarge();
  return copied;
}

/** The key an item of a list merges by: `NAME` of `NAME=value`, the host of `host:ip`, a mapping's one key. */
function itemKey(field: string, item: TNode): string | undefined {
  if (item.kind === 'map') return item.entries.length === 1 ? item.entries[0]?.key : undefined;
  if (item.kind !== 'scalar') return undefined;
  const separator = field === 'extra_hosts' ? ':' : '=';
  const at = item.text.indexOf(separator);
  return at < 0 ? item.text : item.text.slice(0, at);
}

function containerPath(item: TNode): string | undefined {
  if (item.kind === 'map') {
    const target = entry(item, 'target')?.value;
    return target?.kind === 'scalar' ? target.text : undefined;
  }
  if (item.kind !== 'scalar') return undefined;
  const parts = item.text.split(':');
  return parts.length >= 2 ? parts[1] : parts[0];
}

/** The extended service's entries of a mapping as list items (`KEY=value`), for a list in the extending one. */
function asItems(field: string, node: TNode, ctx: Context, path: DocumentPath): TNode[] {
  if (node.kind === 'seq') return node.items.map((item, i) => copy(item, ctx, [...path, i]));
  if (node.kind !== 'map') return [];
  const separator = field === 'extra_hosts' ? ':' : '=';
  return node.entries.map((e, i) => {
    const value = e.value.kind === 'scalar' && e.value.value !== null ? `${separator}${e.value.text}` : '';
    const unresolved = e.value.kind === 'scalar' && e.value.unresolved;
    return ctx.relocator.scalarAt(`${e.key}${value}`, unresolved, ctx.site, [...path, i]);
  });
}

/** The extended service's list items as mapping entries (`KEY=value` → `KEY: value`), for a mapping in the extending one. */
function asEntries(field: string, node: TNode, ctx: Context, path: DocumentPath): TEntry[] {
  const entries: TEntry[] = [];
  const separator = field === 'extra_hosts' ? ':' : '=';
  for (const item of node.kind === 'seq' ? node.items : node.kind === 'map' ? [node] : []) {
    if (item.kind === 'map') {
      for (const e of item.entries) {
        const copied = ctx.relocator.copyEntry(e, ctx.site, path);
        if (!copied) throw new ExtendsTooLarge();
        entries.push(copied);
      }
    } else if (item.kind === 'scalar' && item.value !== null) {
      const at = item.text.indexOf(separator);
      const key = at < 0 ? item.text : item.text.slice(0, at);
      const keyNode = ctx.relocator.scalarAt(key, false, ctx.site, [...path, key]);
      const value =
        at < 0
          ? ctx.relocator.scalarAt('', false, ctx.site, [...path, key], null)
          : ctx.relocator.scalarAt(item.text.slice(at + 1), item.unresolved, ctx.site, [...path, key]);
      entries.push({ key, keyNode, value });
    }
  }
  return entries;
}

function mergeByKey(field: string, base: TNode, own: TNode, ctx: Context, path: DocumentPath): TNode {
  if (own.kind === 'map') {
    const keys = new Set(own.entries.map((e) => e.key));
    const inherited = asEntries(field, base, ctx, path).filter((e) => !keys.has(e.key));
    return { ...own, entries: [...inherited, ...own.entries] };
  }
  if (own.kind !== 'seq') return own;
  const keys = new Set(own.items.map((i) => itemKey(field, i)));
  const inherited = asItems(field, base, ctx, path).filter((i) => !keys.has(itemKey(field, i)));
  return { ...own, items: [...inherited, ...own.items] };
}

function mergeLists(base: TNode, own: TNode, ctx: Context, path: DocumentPath, keyOf?: (i: TNode) => unknown): TSeq {
  const ownItems = own.kind === 'seq' ? own.items : [own];
  const keys = keyOf && new Set(ownItems.map(keyOf));
  const baseItems = base.kind === 'seq' ? base.items : [base];
  const inherited = baseItems.filter((i) => !keys?.has(keyOf?.(i))).map((i, n) => copy(i, ctx, [...path, n]));
  return { kind: 'seq', items: [...inherited, ...ownItems], span: own.span, path: own.path };
}

function mergeLogging(base: TNode, own: TNode, ctx: Context, path: DocumentPath): TNode {
  if (base.kind !== 'map' || own.kind !== 'map') return own;
  const driver = (map: TMap) => {
    const value = entry(map, 'driver')?.value;
    return value?.kind === 'scalar' ? value.text : undefined;
  };
  const ownDriver = driver(own);
  const sameDriver = ownDriver === undefined || driver(base) === undefined || ownDriver === driver(base);
  const merged = mergeByKey('logging', sameDriver ? base : { ...base, entries: [] }, own, ctx, path);
  const baseOptions = entry(base, 'options')?.value;
  const ownOptions = entry(own, 'options');
  if (!sameDriver || !baseOptions || !ownOptions || merged.kind !== 'map') return merged;
  const options = mergeByKey('options', baseOptions, ownOptions.value, ctx, [...path, 'options']);
  return { ...merged, entries: merged.entries.map((e) => (e === ownOptions ? { ...e, value: options } : e)) };
}

function mergeValue(field: string, base: TNode, own: TNode, ctx: Context, path: DocumentPath): TNode {
  const isNull = (n: TNode) => n.kind === 'scalar' && n.value === null;
  const merge = MERGES[field];
  if (!merge) return own;
  if (isNull(own)) return copy(base, ctx, path);
  if (isNull(base)) return own;
  switch (merge) {
    case 'by-key':
      return base.kind === 'scalar' || own.kind === 'scalar' ? own : mergeByKey(field, base, own, ctx, path);
    case 'unique-items':
      return mergeLists(base, own, ctx, path, (i) => (i.kind === 'scalar' ? i.text : i));
    case 'concatenated':
      return mergeLists(base, own, ctx, path);
    case 'by-container-path':
      return mergeLists(base, own, ctx, path, (i) => containerPath(i) ?? i);
    case 'logging':
      return mergeLogging(base, own, ctx, path);
  }
}

/**
 * The extending service's definition with the extended one's merged in, as docker-compose 1.x
 * does: the extending service's keys win, lists concatenate, mappings merge by key; inherited
 * values are placed at `site` (the `extends` key). Throws ExtendsTooLarge past the relocation bound.
 */
export function mergeServiceDefinitions(
  base: TMap,
  own: TMap,
  version: ComposeVersion,
  relocator: Relocator,
  site: UseSite,
): TMap {
  const ctx = { relocator, site };
  const ownKeys = new Set(own.entries.map((e) => e.key));
  const dropped = new Set(NOT_INHERITED);
  if (version === '1' && ownKeys.has('image')) dropped.add('build').add('dockerfile');
  if (version === '1' && (ownKeys.has('build') || ownKeys.has('dockerfile'))) dropped.add('image');
  const entries = own.entries.map((e) => {
    const inherited = entry(base, e.key);
    if (!inherited || dropped.has(e.key)) return e;
    return { ...e, value: mergeValue(e.key, inherited.value, e.value, ctx, [...own.path, e.key]) };
  });
  for (const e of base.entries) {
    if (ownKeys.has(e.key) || dropped.has(e.key)) continue;
    const copied = relocator.copyEntry(e, site, own.path);
    if (!copied) throw new ExtendsTooLarge();
    entries.push(copied);
  }
  return { ...own, entries };
}
