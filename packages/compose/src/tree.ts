import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { DocumentPath, Located, Span } from './diagnostics.ts';
import { findVariables, substituteVariables } from './variables.ts';

/** A scalar with its position; `text` is its value as a string, variables substituted. */
export interface TScalar extends Located {
  kind: 'scalar';
  value: string | number | boolean | null;
  text: string;
  /** True when the text still holds a `$VAR` without a value: format rules skip it. */
  unresolved: boolean;
  /** Offsets of the scalar in the source, for positions inside it. */
  start: number;
  end: number;
}

export interface TEntry {
  key: string;
  keyNode: TScalar;
  value: TNode;
}

export interface TMap extends Located {
  kind: 'map';
  entries: TEntry[];
}

export interface TSeq extends Located {
  kind: 'seq';
  items: TNode[];
}

export type TNode = TScalar | TMap | TSeq;

/** A `$VAR` or `${VAR}` used in a value, positioned in the template. */
export interface VariableUse {
  name: string;
  span: Span;
}

export interface InterpolationProblem {
  message: string;
  span: Span;
}

/** The positioned tree of a template, or the first YAML error. */
export interface ParsedTree {
  root: TNode | undefined;
  syntaxError?: { message: string; span: Span };
  variables: VariableUse[];
  interpolationErrors: InterpolationProblem[];
  unset: string[];
}

const MAX_DEPTH = 64;

/** Looks a key up in a positioned map. */
export function entry(map: TMap | undefined, key: string): TEntry | undefined {
  return map?.entries.find((e) => e.key === key);
}

/** Parses YAML into the positioned tree that every rule reads; never throws. */
export function parseTree(source: string, values: Readonly<Record<string, string>> = {}): ParsedTree {
  const lines = new LineCounter();
  const empty: ParsedTree = { root: undefined, variables: [], interpolationErrors: [], unset: [] };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, merge: true, uniqueKeys: true });
  } catch {
    return {
      ...empty,
      syntaxError: { message: 'The document is nested too deeply to read.', span: spanAt(lines, 0, 1) },
    };
  }
  const first = doc.errors[0];
  if (first) {
    const [from, to] = first.pos;
    const lineEnd = source.indexOf('\n', from);
    const end = Math.min(Math.max(to, from + 1), lineEnd < 0 ? source.length : Math.max(lineEnd, from + 1));
    return { ...empty, syntaxError: { message: first.message, span: spanAt(lines, from, end) } };
  }
  const builder = new TreeBuilder(source, lines, doc, values);
  try {
    const root = doc.contents ? builder.convert(doc.contents, [], 0) : undefined;
    if (builder.aliasError) return { ...empty, syntaxError: builder.aliasError };
    return {
      root,
      variables: builder.variables,
      interpolationErrors: builder.interpolationErrors,
      unset: [...builder.unset],
    };
  } catch {
    return { ...empty, syntaxError: { message: 'The document could not be read.', span: spanAt(lines, 0, 1) } };
  }
}

function spanAt(lines: LineCounter, from: number, to: number): Span {
  const a = lines.linePos(from);
  const b = lines.linePos(to);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

class TreeBuilder {
  readonly variables: VariableUse[] = [];
  readonly interpolationErrors: InterpolationProblem[] = [];
  readonly unset = new Set<string>();
  aliasError: { message: string; span: Span } | undefined;
  private readonly converted = new Map<unknown, TNode>();

  constructor(
    private readonly source: string,
    private readonly lines: LineCounter,
    private readonly doc: Document.Parsed,
    private readonly values: Readonly<Record<string, string>>,
  ) {}

  convert(node: unknown, path: DocumentPath, depth: number, fallback?: TScalar): TNode {
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      const known = target && this.converted.get(target);
      if (known) return known;
      if (!target) {
        const [from, to] = node.range ?? [0, 0, 0];
        this.aliasError ??= { message: `Unresolved alias *${node.source}`, span: spanAt(this.lines, from, to) };
      }
      return this.nullAt(node.range?.[0] ?? 0, path, fallback);
    }
    if (depth > MAX_DEPTH) return this.nullAt(rangeStart(node), path, fallback);
    if (isMap(node)) return this.remember(node, this.map(node, path, depth));
    if (isSeq(node)) {
      const seq: TSeq = { kind: 'seq', items: [], ...this.located(node.range, path) };
      this.converted.set(node, seq);
      node.items.forEach((item, index) => seq.items.push(this.convert(item, [...path, index], depth + 1)));
      return seq;
    }
    if (isScalar(node)) {
      const [from, to] = node.range ?? [0, 0, 0];
      if (node.value === null && fallback && to <= from) return this.nullAt(from, path, fallback);
      return this.remember(node, this.scalar(node, path));
    }
    return this.nullAt(0, path, fallback);
  }

  private remember<T extends TNode>(node: unknown, converted: T): T {
    this.converted.set(node, converted);
    return converted;
  }

  private map(node: { items: unknown[]; range?: [number, number, number] | null }, path: DocumentPath, depth: number) {
    const map: TMap = { kind: 'map', entries: [], ...this.located(node.range, path) };
    this.converted.set(node, map);
    const merged: TEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = isScalar(pair.key) ? pair.key : undefined;
      if (keyNode && typeof keyNode.value === 'symbol') {
        merged.push(...this.mergeSources(pair.value, path, depth));
        continue;
      }
      const keyScalar = this.keyScalar(pair.key, path);
      const value = this.convert(pair.value, [...path, keyScalar.text], depth + 1, keyScalar);
      map.entries.push({ key: keyScalar.text, keyNode: keyScalar, value });
    }
    for (const extra of merged) if (!entry(map, extra.key)) map.entries.push(extra);
    return map;
  }

  private mergeSources(value: unknown, path: DocumentPath, depth: number): TEntry[] {
    const sources = isSeq(value) ? value.items : [value];
    const entries: TEntry[] = [];
    for (const source of sources) {
      const converted = this.convert(source, path, depth + 1);
      if (converted.kind === 'map')
        entries.push(...converted.entries.filter((e) => !entries.some((x) => x.key === e.key)));
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
    for (const r of references) this.variables.push({ name: r.name, span: place(r.line, r.column, r.length) });
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

  private located(range: readonly number[] | null | undefined, path: DocumentPath): Located {
    const from = range?.[0] ?? 0;
    let to = Math.max(range?.[1] ?? from, from);
    while (to > from + 1 && /\s/.test(this.source[to - 1] ?? '')) to--;
    return { span: spanAt(this.lines, from, to), path };
  }
}

function rangeStart(node: unknown): number {
  return isScalar(node) || isMap(node) || isSeq(node) ? (node.range?.[0] ?? 0) : 0;
}
