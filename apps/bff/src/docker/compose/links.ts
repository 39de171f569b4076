import type { ProjectScope } from './project-scope.ts';
import { parsedAs, text } from './schema-parts.ts';

export interface Link {
  container: string;
  alias: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** docker-py's `container:alias`, or Docker's own `/container:/linking_container/alias`. */
function parseLink(spec: string): Link | undefined {
  const [name = '', aliasPath, ...rest] = spec.split(':');
  const container = name.replace(/^\//, '');
  const alias = aliasPath === undefined ? container : aliasPath.slice(aliasPath.lastIndexOf('/') + 1);
  return rest.length === 0 && NAME.test(container) && NAME.test(alias) ? { container, alias } : undefined;
}

export const linkSchema = text.transform(parsedAs(parseLink, 'must be container_name:alias'));

const linkEntry = (target: string, alias: string): string => (alias === target ? target : `${target}:${alias}`);

/**
 * Aliases docker-compose adds to every link by itself: the container's name and its short name
 * (`db_1`), next to the link name the compose file gave.
 */
function isAutomaticAlias({ container, alias }: Link, project: string): boolean {
  return alias === container || `${project}_${alias}` === container;
}

/** Links to this project's containers become `links` to their services; the others `external_links`. */
export function composeLinks(
  links: readonly Link[],
  scope: ProjectScope,
): { links: string[]; external_links: string[] } {
  const aliases = new Map<string, Set<string>>();
  const external = new Set<string>();
  for (const link of links) {
    const service = scope.linkTarget(link.container);
    if (service === undefined) external.add(linkEntry(link.container, link.alias));
    // A one-off container is linked to its own service's containers; a compose file cannot say so.
    else if (service === scope.service) continue;
    else {
      const named = aliases.get(service) ?? new Set();
      if (!isAutomaticAlias(link, scope.project)) named.add(link.alias);
      aliases.set(service, named);
    }
  }
  const internal = [...aliases].flatMap(([service, named]) =>
    named.size === 0 ? [service] : [...named].map((alias) => linkEntry(service, alias)),
  );
  return { links: internal.sort(), external_links: [...external].sort() };
}
