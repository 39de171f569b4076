import type { DocumentPath, Span } from './diagnostics.ts';
import type { TEntry, TNode, TScalar } from './tree.ts';

/** Values that aliases and `extends` may bring in, in all: a bound against "billion laughs" files. */
export const MAX_RELOCATED_VALUES = 250_000;

/** Where a relocated value is used: the alias (`*base`) or the `extends` key that brought it. */
export interface UseSite {
  span: Span;
  start: number;
  end: number;
}

/**
 * Copies values to the place that uses them: every span becomes the use site's and every path
 * falls under it. A rule that finds a problem in a value an alias or `extends` brought in reports
 * it once per use, where it is used, never at the anchor or the extended service once per use.
 */
export class Relocator {
  private copied = 0;

  /** Copies `node` to `site` at `path`; undefined once the copies pass MAX_RELOCATED_VALUES. */
  copy(node: TNode, site: UseSite, path: DocumentPath): TNode | undefined {
    this.copied += 1;
    if (this.copied > MAX_RELOCATED_VALUES) return undefined;
    const at = { span: site.span, path };
    if (node.kind === 'scalar') return { ...node, ...at, start: site.start, end: site.end, aliased: true };
    if (node.kind === 'seq') {
      const items: TNode[] = [];
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        const copy = item && this.copy(item, site, [...path, i]);
        if (!copy) return undefined;
        items.push(copy);
      }
      return { kind: 'seq', items, ...at };
    }
    const entries: TEntry[] = [];
    for (const e of node.entries) {
      const copied = this.copyEntry(e, site, path);
      if (!copied) return undefined;
      entries.push(copied);
    }
    return { kind: 'map', entries, ...at };
  }

  /** Copies one mapping entry (key and value) into the mapping at `path`. */
  copyEntry(e: TEntry, site: UseSite, path: DocumentPath): TEntry | undefined {
    const keyNode = this.copy(e.keyNode, site, [...path, e.key]);
    const value = this.copy(e.value, site, [...path, e.key]);
    return keyNode?.kind === 'scalar' && value ? { key: e.key, keyNode, value } : undefined;
  }

  /** A scalar written nowhere (a `KEY=value` made from a mapping entry), placed at `site`. */
  scalarAt(text: string, unresolved: boolean, site: UseSite, path: DocumentPath, value: string | null = text): TScalar {
    const { span, start, end } = site;
    return { kind: 'scalar', value, text, unresolved, start, end, span, path, aliased: true };
  }
}
