import type { Located, Reporter, Span } from '../diagnostics.ts';
import type { TNode, TScalar } from '../tree.ts';

/** One label as written, in any of the three forms the guide uses, with positions of its parts. */
export interface LabelEntry {
  key: string;
  /** The value as text, variables substituted (`true`, `3` and `"3"` all read as text). */
  value: string;
  unresolved: boolean;
  keyAt: Located;
  valueAt: Located;
}

/** The labels of a service (or of a job), the last one winning when a key repeats. */
export class LabelSet {
  private readonly byKey = new Map<string, LabelEntry>();

  constructor(readonly entries: readonly LabelEntry[]) {
    for (const e of entries) this.byKey.set(e.key, e);
  }

  get(key: string): LabelEntry | undefined {
    return this.byKey.get(key);
  }

  /** The labels whose key starts with a prefix, in order. */
  withPrefix(prefix: string): LabelEntry[] {
    return this.entries.filter((e) => e.key.startsWith(prefix));
  }

  /** Plain key → value record, as Docker would pass the labels on. */
  toRecord(): Record<string, string> {
    const record: Record<string, string> = {};
    for (const e of this.entries) record[e.key] = e.value;
    return record;
  }
}

/** The span of characters [from, to) inside a single-line scalar, or the whole scalar if unsure. */
function inside(node: TScalar, from: number, to: number): Located {
  const raw = typeof node.value === 'string' ? node.value : node.text;
  const { span } = node;
  const lead = span.endColumn - span.column - raw.length;
  if (node.aliased || span.line !== span.endLine || (lead !== 0 && lead !== 2) || node.text !== raw) return node;
  const column = span.column + lead / 2;
  const sub: Span = { line: span.line, column: column + from, endLine: span.line, endColumn: column + to };
  return { span: sub, path: node.path };
}

function fromString(node: TScalar): LabelEntry {
  const text = node.text;
  const eq = text.indexOf('=');
  const key = (eq < 0 ? text : text.slice(0, eq)).trim();
  const value = eq < 0 ? '' : text.slice(eq + 1);
  return {
    key,
    value,
    unresolved: node.unresolved,
    keyAt: inside(node, 0, eq < 0 ? text.length : eq),
    valueAt: eq < 0 ? node : inside(node, eq + 1, text.length),
  };
}

function valueText(node: TNode, key: string, report: Reporter): { text: string; unresolved: boolean } {
  if (node.kind === 'scalar') return { text: node.text, unresolved: node.unresolved };
  report.error('invalid-type', `The value of label \`${key}\` must be a string.`, node);
  return { text: '', unresolved: true };
}

/** Reads `labels:` as a mapping, a list of `key=value` strings, or a list of one-key mappings. */
export function readLabels(node: TNode | undefined, report: Reporter): LabelSet {
  const entries: LabelEntry[] = [];
  if (!node) return new LabelSet(entries);
  if (node.kind === 'map') {
    for (const e of node.entries) {
      const { text, unresolved } = valueText(e.value, e.key, report);
      entries.push({ key: e.key, value: text, unresolved, keyAt: e.keyNode, valueAt: e.value });
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind === 'scalar' && item.value !== null) entries.push(fromString(item));
      else if (item.kind === 'map') {
        for (const e of item.entries) {
          const { text, unresolved } = valueText(e.value, e.key, report);
          entries.push({ key: e.key, value: text, unresolved, keyAt: e.keyNode, valueAt: e.value });
        }
      } else report.error('invalid-type', 'A label is `key=value` or `key: value`.', item);
    }
  } else if (node.value !== null) {
    report.error('invalid-type', '`labels` must be a mapping or a list of `key=value` strings.', node);
  }
  return new LabelSet(entries);
}
