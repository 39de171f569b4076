import type { Located, Reporter } from './diagnostics.ts';
import { ExtendsTooLarge, mergeServiceDefinitions } from './extends-merge.ts';
import type { ComposeVersion } from './keys.ts';
import { MAX_RELOCATED_VALUES, Relocator } from './relocate.ts';
import type { UseSite } from './relocate.ts';
import { entry } from './tree.ts';
import type { TEntry, TMap } from './tree.ts';

/** Keys Compose refuses in a service that another extends (`validate_extended_service_dict`). */
function notExtendable(base: TMap): string | undefined {
  for (const key of ['links', 'volumes_from', 'depends_on']) if (entry(base, key)) return `\`${key}\``;
  const text = (key: string) => {
    const value = entry(base, key)?.value;
    return value?.kind === 'scalar' ? value.text : '';
  };
  if (text('net').startsWith('container:')) return '`net: container`';
  if (text('network_mode').startsWith('service:')) return '`network_mode: service`';
  return undefined;
}

/** The service an `extends` names (`extends: web` or `extends: { service: web }`), reporting what a template cannot do. */
function extendedName(service: TEntry, report: Reporter): { name: string; at: Located; site: UseSite } | undefined {
  const written = service.value.kind === 'map' ? entry(service.value, 'extends') : undefined;
  if (!written) return undefined;
  const { span, start, end } = written.keyNode;
  const site = { span, start, end };
  const value = written.value;
  if (value.kind === 'scalar')
    return value.value === null || value.unresolved ? undefined : { name: value.text, at: value, site };
  if (value.kind !== 'map') return undefined;
  const file = entry(value, 'file');
  if (file) {
    report.error(
      'extends-file',
      '`extends.file` is not supported: a template is one file, so `extends` can only name a service of this template.',
      file.keyNode,
    );
    return undefined;
  }
  const name = entry(value, 'service')?.value;
  if (name?.kind === 'scalar' && name.value !== null)
    return name.unresolved ? undefined : { name: name.text, at: name, site };
  report.error(
    'invalid-value',
    `\`extends\` names the service that \`${service.key}\` extends: \`extends: { service: web }\` or \`extends: web\`.`,
    written.keyNode,
  );
  return undefined;
}

/**
 * Resolves same-file `extends` as docker-compose 1.x does (chains included), without recursion:
 * each extending service gets the extended one's settings merged in (see extends-merge.ts).
 * A cycle, a `file:`, or a service that does not exist is an error and nothing is merged.
 */
export function resolveExtends(services: readonly TEntry[], version: ComposeVersion, report: Reporter): TEntry[] {
  const byName = new Map<string, TEntry>();
  for (const s of services) if (!byName.has(s.key)) byName.set(s.key, s);
  const bases = new Map<TEntry, { base: TEntry; site: UseSite }>();
  for (const service of services) {
    const named = extendedName(service, report);
    if (!named) continue;
    const base = byName.get(named.name);
    if (!base) {
      report.error(
        'extends-unknown-service',
        `Service \`${service.key}\` extends \`${named.name}\`, which is not a service of this template.`,
        named.at,
      );
      continue;
    }
    if (base.value.kind !== 'map' || service.value.kind !== 'map') continue;
    const refused = notExtendable(base.value);
    if (refused)
      report.error(
        'extends-not-extendable',
        `Service \`${service.key}\` cannot extend \`${base.key}\`: Compose does not extend a service with ${refused} (links, volumes_from and depends_on are never shared through extends).`,
        named.at,
      );
    bases.set(service, { base, site: named.site });
  }
  const resolved = new Map<TEntry, TEntry>();
  const relocator = new Relocator();
  for (const service of services) {
    const chain: TEntry[] = [];
    const onChain = new Set<TEntry>();
    let next: TEntry | undefined = service;
    while (next && !resolved.has(next) && !onChain.has(next)) {
      chain.push(next);
      onChain.add(next);
      next = bases.get(next)?.base;
    }
    const cycle = next && onChain.has(next) ? new Set(chain.slice(chain.indexOf(next))) : new Set<TEntry>();
    if (cycle.size > 0) {
      const names = [...cycle, next].map((s) => s?.key).join(' → ');
      const first = [...cycle][0];
      const at = first && bases.get(first)?.site;
      if (at)
        report.error('extends-cycle', `Services must not extend one another in a circle: ${names}.`, {
          ...at,
          path: [],
        });
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const own = chain[i] as TEntry;
      const link = cycle.has(own) ? undefined : bases.get(own);
      const base = link && resolved.get(link.base);
      if (!link || base?.value.kind !== 'map' || own.value.kind !== 'map') {
        resolved.set(own, own);
        continue;
      }
      try {
        resolved.set(own, {
          ...own,
          value: mergeServiceDefinitions(base.value, own.value, version, relocator, link.site),
        });
      } catch (error) {
        if (!(error instanceof ExtendsTooLarge)) throw error;
        report.error(
          'extends-too-large',
          `\`extends\` brings in more than ${MAX_RELOCATED_VALUES.toLocaleString('en')} values in all.`,
          { ...link.site, path: [own.key, 'extends'] },
        );
        resolved.set(own, own);
      }
    }
  }
  return services.map((s) => resolved.get(s) ?? s);
}
