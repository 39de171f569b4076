import { LineCounter } from 'yaml';
import type { Located, Span } from './diagnostics.ts';
import { spanAt, TreeBuilder } from './tree-builder.ts';
import type { VariableModifier } from './variables.ts';
import { readYamlDocument } from './yaml-document.ts';

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
  /** A copy reached through an alias: its span is the alias's, so there is no position inside it. */
  aliased?: boolean;
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
  modifier?: VariableModifier;
}

export interface InterpolationProblem {
  message: string;
  span: Span;
}

/** The positioned tree of a template, or the first problem that kept it from being read. */
export interface ParsedTree {
  root: TNode | undefined;
  /** The whole message (not valid YAML, nested too deeply, more than one document…) and where. */
  syntaxError?: { message: string; span: Span };
  variables: VariableUse[];
  interpolationErrors: InterpolationProblem[];
  unset: string[];
}

/** Maps with more entries than this get an index on their first lookup. */
const INDEXED = 16;
const indexes = new WeakMap<TMap, { length: number; byKey: Map<string, TEntry> }>();

/** Looks a key up in a positioned map (the first entry with that key); O(1) for large maps. */
export function entry(map: TMap | undefined, key: string): TEntry | undefined {
  if (!map) return undefined;
  if (map.entries.length <= INDEXED) return map.entries.find((e) => e.key === key);
  let index = indexes.get(map);
  if (index?.length !== map.entries.length) {
    const byKey = new Map<string, TEntry>();
    for (const e of map.entries) if (!byKey.has(e.key)) byKey.set(e.key, e);
    index = { length: map.entries.length, byKey };
    indexes.set(map, index);
  }
  return index.byKey.get(key);
}

/** Parses YAML into the positioned tree that every rule reads; never throws. */
export function parseTree(source: string, values: Readonly<Record<string, string>> = {}): ParsedTree {
  const lines = new LineCounter();
  const empty: ParsedTree = { root: undefined, variables: [], interpolationErrors: [], unset: [] };
  const { doc, problem } = readYamlDocument(source, lines);
  if (problem || !doc) {
    const { message, from, to } = problem ?? { message: 'The template could not be read.', from: 0, to: 1 };
    return { ...empty, syntaxError: { message, span: spanAt(lines, from, to) } };
  }
  const builder = new TreeBuilder(source, lines, doc, values);
  try {
    const root = doc.contents ? builder.convert(doc.contents, []) : undefined;
    if (builder.problem) return { ...empty, syntaxError: builder.problem };
    return {
      root,
      variables: builder.variables,
      interpolationErrors: builder.interpolationErrors,
      unset: [...builder.unset],
    };
  } catch {
    return { ...empty, syntaxError: { message: 'The template could not be read.', span: spanAt(lines, 0, 1) } };
  }
}
