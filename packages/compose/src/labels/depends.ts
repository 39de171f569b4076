import type { Located, Reporter } from '../diagnostics.ts';
import type { TNode } from '../tree.ts';
import type { LabelSet } from './parse.ts';

/** One "starts after" edge: `from` depends on `to`, declared at `at`. */
export interface DependencyEdge {
  from: string;
  to: string;
  via: 'aliyun.depends' | 'depends_on';
  at: Located;
}

/** Reads `aliyun.depends` (comma-separated service names) as edges from `service`. */
export function readDependsLabel(service: string, labels: LabelSet, report: Reporter): DependencyEdge[] {
  const entry = labels.get('aliyun.depends');
  if (!entry || entry.unresolved) return [];
  const names = entry.value.split(',').map((n) => n.trim());
  if (names.some((n) => n === '')) {
    report.error(
      'depends-format',
      'aliyun.depends names the services this one depends on; separate several services using commas (,).',
      entry.valueAt,
    );
  }
  return names.filter((n) => n !== '').map((to) => ({ from: service, to, via: 'aliyun.depends', at: entry.valueAt }));
}

/** Reads Compose's `depends_on` (a list, or in version 2.1 a mapping with conditions) as edges. */
export function readDependsOn(service: string, node: TNode | undefined): DependencyEdge[] {
  if (node?.kind === 'seq')
    return node.items.flatMap((item) =>
      item.kind === 'scalar' && item.value !== null
        ? [{ from: service, to: item.text, via: 'depends_on' as const, at: item }]
        : [],
    );
  if (node?.kind === 'map')
    return node.entries.map((e) => ({ from: service, to: e.key, via: 'depends_on' as const, at: e.keyNode }));
  return [];
}

/** Checks that every dependency names a service of the template and that they form a DAG (no cycles). */
export function checkDependencies(
  services: readonly string[],
  edges: readonly DependencyEdge[],
  report: Reporter,
): void {
  const known = new Set(services);
  const graph = new Map<string, DependencyEdge[]>();
  for (const edge of edges) {
    if (!known.has(edge.to)) {
      report.error(
        'depends-unknown-service',
        `\`${edge.from}\` depends on \`${edge.to}\`, which is not a service of this template (${edge.via}).`,
        edge.at,
      );
      continue;
    }
    graph.set(edge.from, [...(graph.get(edge.from) ?? []), edge]);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: DependencyEdge[] = [];
  const visit = (node: string): void => {
    state.set(node, 'visiting');
    for (const edge of graph.get(node) ?? []) {
      const next = state.get(edge.to);
      if (next === 'visiting') {
        const start = stack.findIndex((e) => e.from === edge.to);
        const cycle = [...stack.slice(start < 0 ? stack.length : start), edge];
        const names = [...cycle.map((e) => e.from), edge.to].join(' → ');
        report.error(
          'depends-cycle',
          `Service dependencies must not form a cycle (they are a DAG): ${names}.`,
          edge.at,
        );
      } else if (next === undefined) {
        stack.push(edge);
        visit(edge.to);
        stack.pop();
      }
    }
    state.set(node, 'done');
  };
  for (const name of services) if (!state.has(name)) visit(name);
}
