import { ConflictError, InputError, NotFoundError } from '@cs/domain';
import { Document, isMap, isScalar, parseDocument, YAMLMap } from 'yaml';
import type { Pair } from 'yaml';
import { Reporter } from '../diagnostics.ts';
import { readLayout } from '../layout.ts';
import type { TemplateFormat } from '../layout.ts';
import { parseTree } from '../tree.ts';
import { applyForm, readForm } from './form.ts';
import type { ServiceForm } from './form.ts';
import { editBetween } from './text.ts';
import type { TextEdit } from './text.ts';

/** A service of the template and the lines its block takes (1-based, inclusive). */
export interface ServiceBlock {
  name: string;
  startLine: number;
  endLine: number;
}

interface Opened {
  source: string;
  format: TemplateFormat;
  /** The mapping of services: the `services:` value (v2) or the document (v1). */
  services: YAMLMap | undefined;
  /** The `services:` pair of a v2 template, when written. */
  servicesPair: Pair | undefined;
  eol: string;
}

/** A service rendered on its own may use anchors set elsewhere in the document (`<<: *base`). */
const STANDALONE = { lineWidth: 0, verifyAliasOrder: false } as const;

const ORDER = ['image', 'restart', 'command', 'ports', 'expose', 'links', 'volumes', 'environment', 'labels'];

/** The services of a template with their line ranges, for the "Services Contained" panel; [] if unreadable. */
export function listServices(source: string): ServiceBlock[] {
  const tree = parseTree(source);
  if (tree.syntaxError) return [];
  return readLayout(tree.root, new Reporter()).services.map((s) => ({
    name: s.key,
    startLine: s.keyNode.span.line,
    endLine: Math.max(s.value.span.endLine, s.keyNode.span.line),
  }));
}

function open(source: string): Opened & { doc: Document.Parsed } {
  const tree = parseTree(source);
  if (tree.syntaxError) throw new InputError([{ field: 'content', message: tree.syntaxError.message }]);
  // The tree has checked the keys are unique (in linear time) and the nesting depth.
  const doc = parseDocument(source, { uniqueKeys: false });
  const format = readLayout(tree.root, new Reporter()).format;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const root = isMap(doc.contents) ? doc.contents : undefined;
  if (doc.contents && !root && !(isScalar(doc.contents) && doc.contents.value === null))
    throw new InputError([{ field: 'content', message: 'A template is a mapping of services.' }]);
  if (format === 'v1') return { doc, source, format, services: root, servicesPair: undefined, eol };
  const servicesPair = root?.items.find((p) => isScalar(p.key) && p.key.value === 'services');
  const services = isMap(servicesPair?.value) ? servicesPair.value : undefined;
  return { doc, source, format, services, servicesPair, eol };
}

function findService(opened: Opened, name: string): Pair<unknown, unknown> {
  const pair = opened.services?.items.find((p) => isScalar(p.key) && String(p.key.value) === name);
  if (!pair) throw new NotFoundError('Service', name);
  return pair;
}

function rangeOf(node: unknown): [number, number] {
  const range = (node as { range?: [number, number, number] | null } | null)?.range;
  return range ? [range[0], range[1]] : [0, 0];
}

function trimEnd(source: string, end: number, floor: number): number {
  let to = end;
  while (to > floor && /\s/.test(source[to - 1] ?? '')) to--;
  return to;
}

/**
 * Extends a block's end over the comment lines after it that are indented deeper than its key (they
 * read as part of the block); with `rendered`, only over comments the rendered text repeats.
 */
function blockEnd(source: string, end: number, keyColumn: number, rendered?: string): number {
  let result = end;
  let cursor = end;
  while (cursor < source.length) {
    const lineStart = source.indexOf('\n', cursor);
    if (lineStart < 0) break;
    const lineEnd = source.indexOf('\n', lineStart + 1) < 0 ? source.length : source.indexOf('\n', lineStart + 1);
    const line = source.slice(lineStart + 1, lineEnd).replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '') {
      cursor = lineEnd;
      continue;
    }
    if (!line.trimStart().startsWith('#') || indent <= keyColumn) break;
    if (rendered !== undefined && !rendered.includes(line.trim())) break;
    result = lineStart + 1 + line.replace(/\s+$/, '').length;
    cursor = lineEnd;
  }
  return result;
}

function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** How this document indents: spaces per level and whether `- ` items sit deeper than their key. */
function styleOf(opened: Opened, block?: Pair): { unit: number; indentSeq: boolean } {
  const { source } = opened;
  const first = block ?? opened.services?.items[0];
  let unit = 2;
  if (first && isMap(first.value) && !first.value.flow) {
    const diff = columnOf(source, rangeOf(first.value)[0]) - columnOf(source, rangeOf(first.key)[0]);
    if (diff > 0) unit = diff;
  }
  const seqAfterKey = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n( *)- /m;
  const match = (block && seqAfterKey.exec(source.slice(...rangeOf(block.value)))) || seqAfterKey.exec(source);
  const indentSeq = match ? (match[2] ?? '').length > (match[1] ?? '').length : true;
  return { unit, indentSeq };
}

/** Renders a mapping on its own (comments inside it kept), indented for where it goes. */
function render(node: YAMLMap, style: { unit: number; indentSeq: boolean }, pad: string, eol: string): string {
  const saved = { commentBefore: node.commentBefore, spaceBefore: node.spaceBefore };
  node.commentBefore = undefined;
  node.spaceBefore = undefined;
  const text = new Document(node).toString({ ...STANDALONE, indent: style.unit, indentSeq: style.indentSeq });
  Object.assign(node, saved);
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join(eol);
}

function newServiceMap(form: ServiceForm): YAMLMap {
  const map = new YAMLMap();
  applyForm(map, form);
  map.items.sort((a, b) => ORDER.indexOf(String(rangeKey(a))) - ORDER.indexOf(String(rangeKey(b))));
  return map;
}

function rangeKey(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/** The text edit that adds a service from a form, after the last service, in the document's style. */
export function addServiceEdit(source: string, form: ServiceForm): TextEdit {
  const opened = open(source);
  if (opened.services?.items.some((p) => isScalar(p.key) && String(p.key.value) === form.name))
    throw new ConflictError(`Service ${form.name} already exists in the template.`);
  const last = opened.services?.items[opened.services.items.length - 1];
  const style = styleOf(opened, last);
  const map = newServiceMap(form);
  if (last && opened.services && !opened.services.flow) {
    const keyColumn = columnOf(source, rangeOf(last.key)[0]);
    const pad = ' '.repeat(keyColumn);
    const at = blockEnd(source, trimEnd(source, rangeOf(last.value ?? last.key)[1], rangeOf(last.key)[1]), keyColumn);
    const body = render(map, style, pad + ' '.repeat(style.unit), opened.eol);
    return editBetween(
      source,
      at,
      at,
      `${opened.eol}${pad}${form.name}:${opened.eol}${pad}${' '.repeat(style.unit)}${body}`,
    );
  }
  if (opened.services?.flow) {
    opened.services.set(form.name, map);
    const [from, to] = rangeOf(opened.services);
    return editBetween(source, from, to, new Document(opened.services).toString(STANDALONE).trim());
  }
  const unit = ' '.repeat(style.unit);
  const block = (pad: string) =>
    `${pad}${form.name}:${opened.eol}${pad}${unit}${render(map, style, pad + unit, opened.eol)}`;
  if (opened.format === 'v2') {
    if (opened.servicesPair) {
      const at = trimEnd(
        source,
        rangeOf(opened.servicesPair.value ?? opened.servicesPair.key)[1],
        rangeOf(opened.servicesPair.key)[1],
      );
      const end = source.indexOf('\n', at) < 0 ? source.length : trimEnd(source, source.indexOf('\n', at), at);
      return editBetween(source, end, end, `${opened.eol}${block(unit)}`);
    }
    const end = trimEnd(source, source.length, 0);
    return editBetween(
      source,
      end,
      end,
      `${end > 0 ? opened.eol : ''}services:${opened.eol}${block(unit)}${opened.eol}`,
    );
  }
  const end = trimEnd(source, source.length, 0);
  return editBetween(source, end, source.length, `${end > 0 ? opened.eol : ''}${block('')}${opened.eol}`);
}

/** The text edit that removes a service's block (its lines), leaving the rest of the document as it is. */
export function removeServiceEdit(source: string, name: string): TextEdit {
  const opened = open(source);
  const pair = findService(opened, name);
  if (opened.services?.flow) {
    opened.services.delete(pair.key);
    const [from, to] = rangeOf(opened.services);
    return editBetween(source, from, to, new Document(opened.services).toString(STANDALONE).trim());
  }
  const keyStart = rangeOf(pair.key)[0];
  const lineStart = source.lastIndexOf('\n', keyStart - 1) + 1;
  const end = blockEnd(
    source,
    trimEnd(source, rangeOf(pair.value ?? pair.key)[1], keyStart),
    columnOf(source, keyStart),
  );
  const newline = source.indexOf('\n', end);
  return editBetween(source, lineStart, newline < 0 ? source.length : newline + 1, '');
}

/** The text edit that rewrites one service from a form; comments and keys the form does not cover survive. */
export function replaceServiceEdit(source: string, name: string, form: ServiceForm): TextEdit {
  const opened = open(source);
  const pair = findService(opened, name);
  if (form.name !== name && opened.services?.items.some((p) => isScalar(p.key) && String(p.key.value) === form.name))
    throw new ConflictError(`Service ${form.name} already exists in the template.`);
  const style = styleOf(opened, pair);
  const [keyStart, keyEnd] = rangeOf(pair.key);
  const keyColumn = columnOf(source, keyStart);
  if (isMap(pair.value)) {
    const value = pair.value;
    applyForm(value, form);
    const [valueStart, valueEndRaw] = rangeOf(value);
    const pad = value.flow ? '' : ' '.repeat(columnOf(source, valueStart));
    const body = render(value, style, pad, opened.eol);
    const valueEnd = blockEnd(source, trimEnd(source, valueEndRaw, valueStart), keyColumn, body);
    return editBetween(source, keyStart, valueEnd, form.name + source.slice(keyEnd, valueStart) + body);
  }
  const map = newServiceMap(form);
  const pad = ' '.repeat(keyColumn + style.unit);
  const end = trimEnd(source, Math.max(rangeOf(pair.value)[1], keyEnd), keyEnd);
  return editBetween(source, keyStart, end, `${form.name}:${opened.eol}${pad}${render(map, style, pad, opened.eol)}`);
}

/** The current settings of one service as a form, or undefined when the template has no such service. */
export function readServiceForm(source: string, name: string): ServiceForm | undefined {
  try {
    const pair = findService(open(source), name);
    return readForm(name, isMap(pair.value) ? pair.value : new YAMLMap());
  } catch {
    return undefined;
  }
}
