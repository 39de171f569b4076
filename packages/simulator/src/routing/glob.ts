/**
 * Whether `text` matches `pattern` as a whole, `*` standing for any run of characters (also none).
 * The classic two-pointer walk: on a mismatch it only retries from the last `*`, one character
 * further, so it takes at most |pattern| × |text| steps (linear in the text for a given rule) and
 * hostile text cannot make it blow up the way a backtracking regex built from user text can.
 */
export function globMatches(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (p < pattern.length && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
