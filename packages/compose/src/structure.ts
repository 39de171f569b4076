import type { Reporter } from './diagnostics.ts';
import {
  isServiceKeyAllowed,
  KEY_ALIASES,
  NESTED_KEYS,
  SERVICE_KEY_CANDIDATES,
  SERVICE_KEY_KINDS,
  UNSUPPORTED_KEYS,
  V2_TOP_LEVEL_KEYS,
  versionsDefining,
  VOLUME_KEYS,
} from './keys.ts';
import type { ComposeVersion, ValueKind } from './keys.ts';
import type { TemplateLayout } from './layout.ts';
import { laterFormatOf, laterKeyMessage } from './later-keys.ts';
import { didYouMean } from './suggest.ts';
import type { TEntry, TMap, TNode } from './tree.ts';

const NAME = /^[a-zA-Z0-9._-]+$/;

const KIND_WORDS: Readonly<Record<ValueKind, string>> = {
  string: 'a string',
  'number-or-string': 'a number or a string',
  integer: 'a whole number',
  boolean: 'true or false',
  list: 'a list',
  'string-or-list': 'a string or a list',
  'list-or-map': 'a list or a mapping',
  map: 'a mapping',
  'string-or-map': 'a string or a mapping',
  any: 'a value',
};

/** Whether a value has the shape the schema gives its key; unresolved variables always pass. */
export function hasKind(node: TNode, kind: ValueKind): boolean {
  const scalar = node.kind === 'scalar' ? node : undefined;
  if (scalar?.unresolved) return true;
  switch (kind) {
    case 'string':
    case 'number-or-string':
      return scalar !== undefined && scalar.value !== null && typeof scalar.value !== 'boolean';
    case 'integer':
      return typeof scalar?.value === 'number' && Number.isInteger(scalar.value);
    case 'boolean':
      return typeof scalar?.value === 'boolean';
    case 'list':
      return node.kind === 'seq';
    case 'string-or-list':
      return node.kind === 'seq' || (scalar !== undefined && scalar.value !== null);
    case 'list-or-map':
      return node.kind !== 'scalar';
    case 'map':
      return node.kind === 'map';
    case 'string-or-map':
      return node.kind === 'map' || (scalar !== undefined && scalar.value !== null);
    case 'any':
      return true;
  }
}

function versionWords(version: ComposeVersion): string {
  return version === '1' ? 'version 1' : `version '${version}'`;
}

/** Reports a key the Container Service does not take: unsupported (with the guide's reason) or unknown. */
function checkServiceKey(service: string, e: TEntry, version: ComposeVersion, report: Reporter): boolean {
  const reason = UNSUPPORTED_KEYS[e.key];
  if (reason) {
    report.error('unsupported-key', `\`${e.key}\` is not supported (service \`${service}\`). ${reason}`, e.keyNode);
    return false;
  }
  const alias = KEY_ALIASES[e.key];
  if (alias) {
    report.warning(
      'key-alias',
      `\`${e.key}\` is read as \`${alias}\`; write \`${alias}\` as Docker Compose does.`,
      e.keyNode,
    );
    return true;
  }
  if (isServiceKeyAllowed(e.key, version)) return true;
  const defining = versionsDefining(e.key);
  const later = laterFormatOf(e.key);
  if (later && defining.length === 0) {
    report.error('key-requires-version', laterKeyMessage(e.key, later, versionWords(version)), e.keyNode);
  } else if (defining.length > 0) {
    report.error(
      'key-requires-version',
      `\`${e.key}\` is not available in ${versionWords(version)} Compose files; it belongs to ${defining.map(versionWords).join(' and ')}.`,
      e.keyNode,
    );
  } else {
    report.error(
      'unknown-key',
      `Unknown key \`${e.key}\` in service \`${service}\`.${didYouMean(e.key, SERVICE_KEY_CANDIDATES)}`,
      e.keyNode,
    );
  }
  return false;
}

function checkNested(
  parent: string,
  map: TMap,
  allowed: readonly string[],
  report: Reporter,
  version?: ComposeVersion,
): void {
  for (const e of map.entries) {
    if (allowed.includes(e.key)) continue;
    const later = version && laterFormatOf(e.key, parent);
    if (later) report.error('key-requires-version', laterKeyMessage(e.key, later, versionWords(version)), e.keyNode);
    else
      report.error('unknown-key', `Unknown key \`${e.key}\` in \`${parent}\`.${didYouMean(e.key, allowed)}`, e.keyNode);
  }
}

function checkDependsOnMap(map: TMap, version: ComposeVersion, report: Reporter): void {
  if (version !== '2.1') {
    report.error(
      'invalid-type',
      `\`depends_on\` must be a list of service names in ${versionWords(version)} Compose files.`,
      map,
    );
    return;
  }
  for (const e of map.entries) {
    if (e.value.kind !== 'map') {
      report.error('invalid-type', `\`depends_on.${e.key}\` must be a mapping with a \`condition\`.`, e.value);
      continue;
    }
    checkNested(`depends_on.${e.key}`, e.value, ['condition'], report);
    const condition = e.value.entries.find((x) => x.key === 'condition')?.value;
    const text = condition?.kind === 'scalar' ? condition.text : '';
    if (!condition || !['service_started', 'service_healthy'].includes(text))
      report.error(
        'invalid-value',
        '`condition` must be `service_started` or `service_healthy`.',
        condition ?? e.keyNode,
      );
  }
}

/** Checks one service's keys and the shape of their values; returns the keys safe to normalise. */
export function checkService(service: TEntry, version: ComposeVersion, report: Reporter): Set<string> {
  const usable = new Set<string>();
  if (!NAME.test(service.key))
    report.error(
      'invalid-service-name',
      `Service name \`${service.key}\` may contain only letters, digits, periods (.), underscores (_) and hyphens (-).`,
      service.keyNode,
    );
  const definition = service.value;
  if (definition.kind !== 'map') {
    report.error(
      'invalid-type',
      `Service \`${service.key}\` must be a mapping of its settings (image, ports, labels…).`,
      definition,
    );
    return usable;
  }
  for (const e of definition.entries) {
    if (!checkServiceKey(service.key, e, version, report)) continue;
    const key = KEY_ALIASES[e.key] ?? e.key;
    const kind = SERVICE_KEY_KINDS[key] ?? 'any';
    if (!hasKind(e.value, kind)) {
      report.error('invalid-type', `\`${e.key}\` must be ${KIND_WORDS[kind]}.`, e.value);
      continue;
    }
    const nested = NESTED_KEYS[key];
    if (nested && e.value.kind === 'map') checkNested(key, e.value, nested, report, version);
    if (key === 'depends_on' && e.value.kind === 'map') checkDependsOnMap(e.value, version, report);
    usable.add(e.key);
  }
  return usable;
}

/** Checks the version 2 top level: known keys, `services` and `volumes` shapes, no `networks`. */
export function checkTopLevel(layout: TemplateLayout, report: Reporter): void {
  const top = layout.top;
  if (!top) return;
  for (const e of top.entries) {
    const later = laterFormatOf(e.key, 'top-level');
    if (e.key === 'networks') {
      report.error('unsupported-key', `\`networks\` is not supported. ${UNSUPPORTED_KEYS['networks']}`, e.keyNode);
    } else if (e.key.startsWith('x-')) {
      // Extension fields: the version 2 schemas allow any top-level `x-` key (a place for anchors).
    } else if (later) {
      report.error('key-requires-version', laterKeyMessage(e.key, later, versionWords(layout.version)), e.keyNode);
    } else if (!(V2_TOP_LEVEL_KEYS as readonly string[]).includes(e.key)) {
      report.error(
        'unknown-key',
        `Unknown top-level key \`${e.key}\`.${didYouMean(e.key, V2_TOP_LEVEL_KEYS)}`,
        e.keyNode,
      );
    } else if (
      e.key === 'services' &&
      e.value.kind !== 'map' &&
      !(e.value.kind === 'scalar' && e.value.value === null)
    ) {
      report.error('invalid-type', '`services` must be a mapping of service names to their settings.', e.value);
    } else if (e.key === 'volumes') {
      checkVolumes(e, layout.version === '2.0' ? '2.0' : '2.1', report);
    }
  }
}

function checkVolumes(volumes: TEntry, version: '2.0' | '2.1', report: Reporter): void {
  const value = volumes.value;
  if (value.kind === 'scalar' && value.value === null) return;
  if (value.kind !== 'map') {
    report.error('invalid-type', '`volumes` must be a mapping of volume names to their settings.', value);
    return;
  }
  for (const v of value.entries) {
    if (!NAME.test(v.key))
      report.error(
        'invalid-value',
        `Volume name \`${v.key}\` may contain only letters, digits, periods, underscores and hyphens.`,
        v.keyNode,
      );
    if (v.value.kind === 'map') checkNested(`volumes.${v.key}`, v.value, VOLUME_KEYS[version], report);
    else if (!(v.value.kind === 'scalar' && v.value.value === null))
      report.error(
        'invalid-type',
        `Volume \`${v.key}\` must be empty or a mapping (driver, driver_opts, external).`,
        v.value,
      );
  }
}
