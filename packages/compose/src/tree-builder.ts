import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document, LineCounter, Node as YamlNode } from 'yaml';
import { anchorTargets } from './aliases.ts';
import type { DocumentPath, Located, Span } from './diagnostics.ts';
import { MAX_RELOCATED_VALUES, Relocator } from './relocate.ts';
import type { InterpolationProblem, TEntry, TMap, TNode, TScalar, TSeq, VariableUse } from './tree.ts';
import { findVariables, substituteVariables } from './variables.ts';

type Range = readonly number[] | null | undefined;

/** The 1-based span of offsets [from, to). */
export function spanAt(lines: LineCounter, from: number, to: number): Span {
  const a = lines.linePos(from);
  const b = lines.linePos(to);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** Converts the library's document into the positioned tree, substituting variables in values. */
export class TreeBuilder {
  readonly variables: VariableUse[] = [];
  readonly interpolationErrors: InterpolationProblem[] = [];
  readonly unset = new Set<string>();
  /** The first problem that keeps the tree from standing for the template (an alias, a repeated key). */
  problem: { message: string; span: Span } | undefined;
  private readonly converted = new Map<unknown, TNode>();
  /** Anchored collections being converted: an alias to one of them is inside the value it stands for. */
  private readonly open = new Set<unknown>();
  private readonly targets: Map<Alias, unknown>;
  private readonly relocator = new Relocator();

  constructor(
    private readonly source: string,
    private readonly lines: LineCounter,
    doc: Document.Parsed,
    private readonly values: Readonly<Record<string, string>>,
  ) {
    this.targets = anchorTargets(doc);
  }

  convert(node: unknown, path: DocumentPath, fallback?: TScalar): TNode {
    if (isAlias(node)) return this.alias(node, path, fallback);
    if (isMap(node)) return this.collection(node, () => this.map(node, path));
    if (isSeq(node))
      return this.collection(node, () => {
        const seq: TSeq = { kind: 'seq', items: [], ...this.located(node.range, path) };
        node.items.forEach((item, index) => seq.items.push(this.convert(item, [...path, index])));
        return seq;
      });
    if (isScalar(node)) {
      const [from, to] = node.range ?? [0, 0, 0];
      if (node.value === null && fallback && to <= from) return this.nullAt(from, path, fallback);
      return this.remember(node, this.scalar(node, path));
    }
    return this.nullAt(0, path, fallback);
  }

  private collection(node: { anchor?: string }, build: () => TNode): TNode {
    if (!node.anchor) return build();
    this.open.add(node);
    const converted = build();
    this.open.delete(node);
    return this.remember(node, converted);
  }

  /** Keeps the tree of an anchored node, for its aliases. */
  private remember(node: { anchor?: string }, converted: TNode): TNode {
    if (node.anchor) this.converted.set(node, converted);
    return converted;
  }

  /** An alias becomes a copy of its anchor's value placed at the alias (see Relocator). */
  private alias(node: Alias, path: DocumentPath, fallback?: TScalar): TNode {
    const [from = 0, to = from] = node.range ?? [];
    const target = this.targets.get(node);
    const fail = (message: string): TNode => {
      this.problem ??= { message, span: spanAt(this.lines, from, to) };
      return this.nullAt(from, path, fallback);
    };
    if (!target) return fail(`Unresolved alias *${node.source}: set the anchor &${node.source} before its first use.`);
    if (this.open.has(target)) return fail(`The alias *${node.source} is inside the value it stands for.`);
    const original = this.converted.get(target) ?? this.convert(target, path);
    const site = { span: this.located(node.range, path).span, start: from, end: to };
    return (
      this.relocator.copy(original, site, path) ??
      fail(
        `The aliases of the template stand for more than ${MAX_RELOCATED_VALUES.toLocaleString('en')} values in all.`,
      )
    );
  }

  private map(node: { items: unknown[]; range?: [number, number, number] | null }, path: DocumentPath): TMap {
    const map: TMap = { kind: 'map', entries: [], ...this.located(node.range, path) };
    const keys = new Set<string>();
    const written = new Set<unknown>();
    const merged: TEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = isScalar(pair.key) ? pair.key : undefined;
      if (keyNode) this.checkUnique(written, keyNode);
      if (keyNode && typeof keyNode.value === 'symbol') {
        merged.push(...this.mergeSources(pair.value, path));
        continue;
      }
      const keyScalar = this.keyScalar(pair.key, path);
      const value = this.convert(pair.value, [...path, keyScalar.text], keyScalar);
      map.entries.push({ key: keyScalar.text, keyNode: keyScalar, value });
      keys.add(keyScalar.text);
    }
    for (const extra of merged) {
      if (keys.has(extra.key)) continue;
      map.entries.push(extra);
      keys.add(extra.key);
    }
    return map;
  }

  /**
   * Map keys must be unique, as the library's `uniqueKeys` says, but checked with a set: the
   * library compares each key with every earlier one, which is quadratic in the keys of a map.
   */
  private checkUnique(written: Set<unknown>, key: { value: unknown; range?: [number, number, number] | null }): void {
    const identity = typeof key.value === 'string' ? key.value : `${typeof key.value}:${String(key.value)}`;
    if (!written.has(identity)) {
      written.add(identity);
      return;
    }
    const from = key.range?.[0] ?? 0;
    this.problem ??= {
      message: 'The template is not valid YAML: Map keys must be unique',
      span: spanAt(this.lines, from, from + 1),
    };
  }

  /** The entries `<<:` brings in; with a list of maps, the earlier maps win (YAML's merge key). */
  private mergeSources(value: unknown, path: DocumentPath): TEntry[] {
    const sources = isSeq(value) ? value.items : [value];
    const entries: TEntry[] = [];
    const keys = new Set<string>();
    for (const source of sources) {
      const converted = this.convert(source, path);
      if (converted.kind !== 'map') continue;
      for (const e of converted.entries) {
        if (keys.has(e.key)) continue;
        keys.add(e.key);
        entries.push(e);
      }
    }
    return entries;
  }

  private keyScalar(key: unknown, path: DocumentPath): TScalar {
    const range = isScalar(key) || isMap(key) || isSeq(key) ? key.range : undefined;
    const raw = isScalar(key) ? key.value : key;
    const text =
      raw === null || raw === undefined
        ? ''
        : typeof raw === 'object'
          ? String((raw as YamlNode).toString())
          : String(raw);
    const start = range?.[0] ?? 0;
    const end = range?.[1] ?? start;
    return {
      kind: 'scalar',
      value: text,
      text,
      unresolved: false,
      start,
      end,
      ...this.located(range, [...path, text]),
    };
  }

  private scalar(node: { value: unknown; range?: [number, number, number] | null }, path: DocumentPath): TScalar {
    const raw = node.value;
    const value =
      raw === null || raw === undefined
        ? null
        : typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
          ? raw
          : String(raw);
    const start = node.range?.[0] ?? 0;
    const end = node.range?.[1] ?? start;
    let text = value === null ? '' : String(value);
    let unresolved = false;
    if (typeof value === 'string' && value.includes('$')) {
      this.scanVariables(start, end);
      const result = substituteVariables(value, this.values);
      text = result.text;
      unresolved = result.unset.length > 0;
      result.unset.forEach((name) => this.unset.add(name));
    }
    return { kind: 'scalar', value, text, unresolved, start, end, ...this.located(node.range, path) };
  }

  private scanVariables(start: number, end: number): void {
    const { references, errors } = findVariables(this.source.slice(start, end));
    const origin = this.lines.linePos(start);
    const place = (line: number, column: number, length: number): Span => {
      const absLine = origin.line + line - 1;
      const absColumn = line === 1 ? origin.col + column - 1 : column;
      return { line: absLine, column: absColumn, endLine: absLine, endColumn: absColumn + length };
    };
    for (const r of references) {
      const span = place(r.line, r.column, r.length);
      this.variables.push({ name: r.name, span, ...(r.modifier ? { modifier: r.modifier } : {}) });
      if (r.modifier?.operator === ':?' && this.values[r.name] === '')
        this.interpolationErrors.push({ message: `\${${r.name}} must not be empty: ${r.modifier.text}`, span });
    }
    for (const e of errors) this.interpolationErrors.push({ message: e.message, span: place(e.line, e.column, 1) });
  }

  private nullAt(offset: number, path: DocumentPath, fallback?: TScalar): TScalar {
    if (fallback) return { ...fallback, value: null, text: '', path };
    return {
      kind: 'scalar',
      value: null,
      text: '',
      unresolved: false,
      start: offset,
      end: offset,
      ...this.located([offset, offset, offset], path),
    };
  }

  private located(range: Range, path: DocumentPath): Located {
    const from = range?.[0] ?? 0;
    let to = Math.max(range?.[1] ?? from, from);
    while (to > from + 1 && /\s/.test(this.source[to - 1] ?? '')) to--;
    return { span: spanAt(this.lines, from, to), path };
  }
}
