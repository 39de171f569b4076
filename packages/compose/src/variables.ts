/** A `$VAR` or `${VAR}` reference in a template, 1-based position of its `$`. */
export interface VariableReference {
  name: string;
  line: number;
  column: number;
  /** Length of the whole reference, `${}` included. */
  length: number;
}

export interface InterpolationError {
  message: string;
  line: number;
  column: number;
}

/** `$$` (a literal dollar), `${…}` (braced, possibly malformed), `$NAME`, or a lone `$`. */
const TOKEN = /\$\$|\$\{([^}\n]*)(\}?)|\$([A-Za-z_][A-Za-z0-9_]*)|\$/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Scan {
  references: VariableReference[];
  errors: InterpolationError[];
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function scan(
  text: string,
  onToken?: (match: RegExpExecArray, reference: VariableReference | undefined) => void,
): Scan {
  const references: VariableReference[] = [];
  const errors: InterpolationError[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [whole, braced, closing, bare] = match;
    const at = positionOf(text, match.index);
    let reference: VariableReference | undefined;
    if (bare !== undefined) {
      reference = { name: bare, ...at, length: whole.length };
    } else if (braced !== undefined) {
      if (closing && NAME.test(braced)) reference = { name: braced, ...at, length: whole.length };
      else
        errors.push({
          message: `Invalid interpolation format "${whole}": use $VARIABLE, \${VARIABLE}, or $$ for a literal $.`,
          ...at,
        });
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

/**
 * Replaces `$VAR` and `${VAR}` with their values and `$$` with `$`. Variables without a value are
 * left as written and listed in `unset`: the caller asks for them, nothing is guessed.
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
    else if (reference && Object.hasOwn(values, reference.name)) replacement = values[reference.name];
    else if (reference) unset.add(reference.name);
    if (replacement === undefined) return;
    result += text.slice(copied, match.index) + replacement;
    copied = match.index + whole.length;
  });
  return { text: result + text.slice(copied), unset: [...unset] };
}
