/** A shell line holds at most this many characters; longer input is refused as a whole. */
export const MAX_LINE = 1024;
const MAX_WORDS = 64;

/** One simple command of a line and how it joins the next: `;` runs it regardless, `&&` only after success. */
export interface SimpleCommand {
  argv: string[];
  then: ';' | '&&' | null;
}

export type ParsedLine = { ok: true; commands: SimpleCommand[] } | { ok: false; error: string };

const VARIABLE_SOURCE = String.raw`\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))`;
const VARIABLE = new RegExp(VARIABLE_SOURCE, 'g');

/** `$NAME` and `${NAME}` from the environment; an unset one is empty, as in sh. */
const expand = (text: string, environment: Readonly<Record<string, string>>) =>
  text.replace(VARIABLE, (_all, braced?: string, bare?: string) => environment[braced ?? bare ?? ''] ?? '');

/** The `$NAME` or `${NAME}` starting at `index`, if one does. */
function variableAt(line: string, index: number): string | undefined {
  const sticky = new RegExp(VARIABLE_SOURCE, 'y');
  sticky.lastIndex = index;
  return sticky.exec(line)?.[0];
}

/**
 * Splits a line as `sh` does for the few forms a terminal user types: words, '…' and "…" quotes,
 * backslash escapes, `$NAME` outside single quotes, `;` and `&&` between commands, `#` comments.
 * Pipes and redirections are not simulated and say so.
 */
export function parseCommandLine(line: string, environment: Readonly<Record<string, string>> = {}): ParsedLine {
  if (line.length > MAX_LINE) return { ok: false, error: `sh: line too long (at most ${MAX_LINE} characters)` };
  const commands: SimpleCommand[] = [];
  let argv: string[] = [];
  let word: string | null = null;
  const endWord = () => {
    if (word !== null) argv.push(word);
    word = null;
  };
  const endCommand = (then: SimpleCommand['then']) => {
    endWord();
    if (argv.length === 0) return false;
    commands.push({ argv, then });
    argv = [];
    return true;
  };
  let variable: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      if (close < 0) return { ok: false, error: 'sh: syntax error: unterminated quoted string' };
      const quoted = line.slice(i + 1, close);
      word = (word ?? '') + (c === '"' ? expand(quoted, environment).replace(/\\(["\\$`])/g, '$1') : quoted);
      i = close;
    } else if (c === '\\') {
      word = (word ?? '') + (line[i + 1] ?? '');
      i++;
    } else if (c === ' ' || c === '\t') endWord();
    else if (c === '#' && word === null) break;
    else if (c === '$' && (variable = variableAt(line, i))) {
      word = (word ?? '') + expand(variable, environment);
      i += variable.length - 1;
    } else if (c === ';' || (c === '&' && line[i + 1] === '&')) {
      const then = c === ';' ? ';' : '&&';
      if (then === '&&') i++;
      if (!endCommand(then)) return { ok: false, error: `sh: syntax error: unexpected "${then}"` };
    } else if (c === '|' || c === '>' || c === '<' || c === '&' || c === '`' || c === '(' || c === ')')
      return { ok: false, error: `sh: ${c}: pipes, redirections and subshells are not available in this terminal` };
    else word = (word ?? '') + c;
    if (argv.length > MAX_WORDS) return { ok: false, error: `sh: too many words (at most ${MAX_WORDS})` };
  }
  endCommand(null);
  const last = commands[commands.length - 1];
  if (last?.then === '&&') return { ok: false, error: 'sh: syntax error: unexpected end of file' };
  return { ok: true, commands };
}
