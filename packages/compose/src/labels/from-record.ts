import { Reporter } from '../diagnostics.ts';
import type { Located } from '../diagnostics.ts';
import type { PortMapping } from '../ports.ts';
import { readLb } from './lb.ts';
import type { LbRule } from './lb.ts';
import { LabelSet } from './parse.ts';
import { readProxy } from './proxy.ts';
import type { ProxySettings } from './proxy.ts';
import { readRouting } from './routing.ts';
import type { RoutingSettings } from './routing.ts';

const NOWHERE: Located = { span: { line: 0, column: 0, endLine: 0, endColumn: 0 }, path: [] };

/** The labels of a deployed service (already checked when its template was), as the readers take them. */
function labelSet(labels: Readonly<Record<string, string>>): LabelSet {
  return new LabelSet(
    Object.entries(labels).map(([key, value]) => ({
      key,
      value,
      unresolved: false,
      keyAt: NOWHERE,
      valueAt: NOWHERE,
    })),
  );
}

/** `aliyun.routing.*` of a deployed service; entries that do not parse are left out. */
export function routingOfLabels(labels: Readonly<Record<string, string>>): RoutingSettings {
  return readRouting(labelSet(labels), new Reporter());
}

/** `aliyun.lb.*` of a deployed service, against its port mappings. */
export function lbOfLabels(labels: Readonly<Record<string, string>>, ports: readonly PortMapping[]): LbRule[] {
  return readLb(labelSet(labels), { mappings: ports, unresolved: false }, new Reporter());
}

/** `aliyun.proxy.*` of a deployed service, undefined when it sets none. */
export function proxyOfLabels(labels: Readonly<Record<string, string>>): ProxySettings | undefined {
  return readProxy(labelSet(labels), new Reporter());
}
