import { Composer, Parser } from 'yaml';
import type { CST, Document, LineCounter } from 'yaml';

/** Mappings and lists inside one another; real templates use a handful, the YAML library overflows near 800. */
export const MAX_NESTING = 64;

/** What stopped a template from being read as YAML, at offsets [from, to). */
export interface ReadingProblem {
  message: string;
  from: number;
  to: number;
}

/** `uniqueKeys` is checked while the tree is built (tree-builder.ts), in linear time. */
const OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: false } as const;

/** The offset of the first collection nested deeper than `limit`, walking the tokens without recursion. */
function tooDeepAt(tokens: readonly CST.Token[], limit: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token, number];
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > limit) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

/** The first problem of a composed document as a reading problem, ending at most at its line's end. */
function firstError(doc: Document.Parsed, source: string): ReadingProblem | undefined {
  const error = doc.errors[0];
  if (!error) return undefined;
  const [from, to] = error.pos;
  const lineEnd = source.indexOf('\n', from);
  const end = Math.min(Math.max(to, from + 1), lineEnd < 0 ? source.length : Math.max(lineEnd, from + 1));
  return { message: `The template is not valid YAML: ${error.message}`, from, to: end };
}

/**
 * Reads a template's one YAML document as `parseDocument` does, but refuses nesting deeper than
 * MAX_NESTING before composing (where the library would overflow the stack, at whatever depth the
 * stack ends) and says that a template is one document.
 */
export function readYamlDocument(
  source: string,
  lines: LineCounter,
): { doc?: Document.Parsed; problem?: ReadingProblem } {
  const tokens = [...new Parser(lines.addNewLine).parse(source)];
  const deep = tooDeepAt(tokens, MAX_NESTING);
  if (deep !== undefined) {
    const message = `The template is nested too deeply: its mappings and lists go more than ${MAX_NESTING} levels deep here.`;
    return { problem: { message, from: deep, to: deep + 1 } };
  }
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(OPTIONS).compose(tokens, true, source.length)) {
    if (!doc) {
      doc = next;
      continue;
    }
    const problem = firstError(doc, source);
    if (problem) return { problem };
    const [from] = next.range;
    const lineEnd = source.indexOf('\n', from);
    const message =
      'A template is one YAML document, and a second one starts here: remove it, or make it a template of its own.';
    return { problem: { message, from, to: lineEnd < 0 ? source.length : Math.max(lineEnd, from + 1) } };
  }
  if (!doc) return {};
  const problem = firstError(doc, source);
  return problem ? { problem } : { doc };
}
