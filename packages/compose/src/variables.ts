/**
 * How a braced reference treats an unset variable: `:-`/`-` give a default value, `:?`/`?` make
 * it mandatory with an error message; with the colon, an empty value counts as unset too.
 */
export interface VariableModifier {
  operator: ':-' | '-' | ':?' | '?';
  /** The default value, or the error message of a mandatory variable, as written. */
  text: string;
}

/** A `$VAR` or `${VAR}` reference in a template, 1-based position of its `$`. */
export interface VariableReference {
  name: string;
  line: number;
  column: number;
  /** Length of the whole reference, `${}` included. */
  length: number;
  modifier?: VariableModifier;
}

export interface InterpolationError {
  message: string;
  line: number;
  column: number;
}

/** `$$` (a literal dollar), `${…}` (braced, possibly malformed), `$NAME`, or a lone `$`. */
const TOKEN = /\$\$|\$\{([^}\n]*)(\}?)|\$([A-Za-z_][A-Za-z0-9_]*)|\$/g;
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-|:\?|\?)([^]*))?$/;
const FORMAT = 'use $VARIABLE, ${VARIABLE}, ${VARIABLE:-default}, ${VARIABLE:?error}, or $$ for a literal $';

interface Scan {
  references: VariableReference[];
  errors: InterpolationError[];
}

/** Line and column of increasing offsets in one forward pass over the text. */
class Cursor {
  private line = 1;
  private lineStart = 0;
  private next: number;

  constructor(private readonly text: string) {
    this.next = text.indexOf('\n');
  }

  at(offset: number): { line: number; column: number } {
    while (this.next >= 0 && this.next < offset) {
      this.line++;
      this.lineStart = this.next + 1;
      this.next = this.text.indexOf('\n', this.lineStart);
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}

function braced(body: string, whole: string): { name: string; modifier?: VariableModifier } | string {
  const match = BRACED.exec(body);
  if (!match) return `Invalid interpolation format "${whole}": ${FORMAT}.`;
  const [, name = '', operator, text = ''] = match;
  if (!operator) return { name };
  if (text.includes('$'))
    return `Invalid interpolation format "${whole}": a default value or error message cannot hold another variable.`;
  return { name, modifier: { operator: operator as VariableModifier['operator'], text } };
}

function scan(
  text: string,
  onToken?: (match: RegExpExecArray, reference: VariableReference | undefined) => void,
): Scan {
  const references: VariableReference[] = [];
  const errors: InterpolationError[] = [];
  const cursor = new Cursor(text);
  for (const match of text.matchAll(TOKEN)) {
    const [whole, body, closing, bare] = match;
    let reference: VariableReference | undefined;
    if (bare !== undefined) {
      reference = { name: bare, ...cursor.at(match.index), length: whole.length };
    } else if (body !== undefined) {
      const read = closing ? braced(body, whole) : `Invalid interpolation format "${whole}": ${FORMAT}.`;
      if (typeof read === 'string') errors.push({ message: read, ...cursor.at(match.index) });
      else reference = { ...read, ...cursor.at(match.index), length: whole.length };
    }
    if (reference) references.push(reference);
    onToken?.(match as RegExpExecArray, reference);
  }
  return { references, errors };
}

/** Every variable reference of a template, in order, and the malformed ones as errors. */
export function findVariables(text: string): Scan {
  return scan(text);
}

/** The template's parameters: each variable name once, in order of first use. */
export function templateParameters(text: string): string[] {
  return [...new Set(findVariables(text).references.map((r) => r.name))];
}

/** The value a reference stands for, or undefined when its variable has to be asked for. */
export function referenceValue(
  reference: Pick<VariableReference, 'name' | 'modifier'>,
  values: Readonly<Record<string, string>>,
): string | undefined {
  const value = Object.hasOwn(values, reference.name) ? values[reference.name] : undefined;
  const { operator, text } = reference.modifier ?? {};
  if (operator === ':-') return value ? value : text;
  if (operator === '-') return value ?? text;
  return value;
}

/**
 * Replaces `$VAR` and `${VAR}` with their values (or their defaults) and `$$` with `$`. Variables
 * without a value or default are left as written and listed in `unset`: the caller asks for them.
 */
export function substituteVariables(
  text: string,
  values: Readonly<Record<string, string>>,
): { text: string; unset: string[] } {
  const unset = new Set<string>();
  let result = '';
  let copied = 0;
  scan(text, (match, reference) => {
    const [whole] = match;
    let replacement: string | undefined;
    if (whole === '$$') replacement = '$';
    else if (reference) replacement = referenceValue(reference, values);
    if (reference && replacement === undefined) unset.add(reference.name);
    if (replacement === undefined) return;
    result += text.slice(copied, match.index) + replacement;
    copied = match.index + whole.length;
  });
  return { text: result + text.slice(copied), unset: [...unset] };
}
