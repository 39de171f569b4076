import type { Located, Reporter } from './diagnostics.ts';
import type { TNode } from './tree.ts';

/** One environment entry as written: `NAME=value` in a list, or `NAME: value` in a mapping. */
export interface EnvEntry {
  name: string;
  value: string;
  /** The entry as Docker reads it, `NAME=value` (or `NAME` alone). */
  text: string;
  unresolved: boolean;
  at: Located;
}

/** Reads `environment` in either of Compose's forms, keeping each entry's position. */
export function readEnvironment(node: TNode | undefined, report: Reporter): EnvEntry[] {
  const entries: EnvEntry[] = [];
  if (node?.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind !== 'scalar' || item.value === null) {
        report.error('invalid-type', 'An environment entry is a string, `NAME=value`.', item);
        continue;
      }
      const eq = item.text.indexOf('=');
      const name = eq < 0 ? item.text : item.text.slice(0, eq);
      entries.push({
        name,
        value: eq < 0 ? '' : item.text.slice(eq + 1),
        text: item.text,
        unresolved: item.unresolved,
        at: item,
      });
    }
  } else if (node?.kind === 'map') {
    for (const e of node.entries) {
      if (e.value.kind !== 'scalar') {
        report.error(
          'invalid-type',
          `The value of environment variable \`${e.key}\` must be a string, a number or empty.`,
          e.value,
        );
        continue;
      }
      const value = e.value.text;
      const text = e.value.value === null ? e.key : `${e.key}=${value}`;
      entries.push({
        name: e.key,
        value,
        text,
        unresolved: e.value.unresolved,
        at:
          e.value.value === null
            ? e.keyNode
            : {
                span: { ...e.keyNode.span, endLine: e.value.span.endLine, endColumn: e.value.span.endColumn },
                path: e.keyNode.path,
              },
      });
    }
  }
  return entries;
}
