/** Other Parameters are at most this long (ossfs takes a handful of `-o` options). */
export const MAX_OTHER_PARAMETERS_LENGTH = 512;
/** …and at most this many options. */
export const MAX_OTHER_PARAMETERS = 20;

export const OTHER_PARAMETERS_RULE =
  'Other Parameters are ossfs options written -o key or -o key=value (letters, digits and _ . , : / @ + - only), separated by spaces, at most 512 characters.';

const KEY = /^[a-z][a-z0-9_]{0,63}$/;
const VALUE = /^[A-Za-z0-9_.,:/@+-]{0,128}$/;

/**
 * Reads Other Parameters (`-o allow_other -o default_permission=666 -onoxattr`) into `-o key[=value]`
 * items, or undefined when anything else is in the text: the items are passed to ossfs, so nothing
 * a shell would read as more than a word gets through.
 */
export function parseOtherParameters(text: string): string[] | undefined {
  if (text.length > MAX_OTHER_PARAMETERS_LENGTH) return undefined;
  const words = text.split(/[ \t]+/).filter((w) => w !== '');
  const items: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let option: string | undefined;
    if (word === '-o') option = words[++i];
    else if (word.startsWith('-o')) option = word.slice(2);
    if (option === undefined) return undefined;
    const eq = option.indexOf('=');
    const key = eq < 0 ? option : option.slice(0, eq);
    const value = eq < 0 ? undefined : option.slice(eq + 1);
    if (!KEY.test(key) || (value !== undefined && !VALUE.test(value))) return undefined;
    items.push(value === undefined ? `-o ${key}` : `-o ${key}=${value}`);
  }
  return items.length <= MAX_OTHER_PARAMETERS ? items : undefined;
}
