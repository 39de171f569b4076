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

/** Services a cycle message names at most; a longer cycle shows its start and its end. */
const SHOWN = 12;

function cycleNames(path: readonly DependencyEdge[], from: number, closing: DependencyEdge): string {
  const length = path.length - from + 1;
  const at = (k: number) => (from + k < path.length ? path[from + k] : closing)?.from ?? '';
  if (length <= SHOWN) return [...Array.from({ length }, (_, k) => at(k)), closing.to].join(' → ');
  const half = SHOWN / 2;
  const head = Array.from({ length: half }, (_, k) => at(k));
  const tail = Array.from({ length: half }, (_, k) => at(length - half + k));
  return [...head, `… ${length - SHOWN} more …`, ...tail, closing.to].join(' → ');
}

/**
 * Checks that every dependency names a service of the template and that they form a DAG (no
 * cycles): a depth-first walk with an explicit stack, so a chain of thousands of services is fine.
 * Each cycle is reported at the dependency that closes it, with its path.
 */
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
    const out = graph.get(edge.from);
    if (out) out.push(edge);
    else graph.set(edge.from, [edge]);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  /** The edges from the walk's root to the service being visited, and where each service leaves it. */
  const path: DependencyEdge[] = [];
  const leaves = new Map<string, number>();
  for (const root of services) {
    if (state.has(root)) continue;
    state.set(root, 'visiting');
    const frames = [{ service: root, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { service: string; next: number };
      const edge = graph.get(frame.service)?.[frame.next++];
      if (!edge) {
        state.set(frame.service, 'done');
        frames.pop();
        const back = frames.length > 0 ? path.pop() : undefined;
        if (back) leaves.delete(back.from);
        continue;
      }
      const next = state.get(edge.to);
      if (next === 'visiting') {
        const names = cycleNames(path, leaves.get(edge.to) ?? path.length, edge);
        report.error(
          'depends-cycle',
          `Service dependencies must not form a cycle (they are a DAG): ${names}.`,
          edge.at,
        );
      } else if (next === undefined) {
        leaves.set(edge.from, path.length);
        path.push(edge);
        state.set(edge.to, 'visiting');
        frames.push({ service: edge.to, next: 0 });
      }
    }
  }
}
