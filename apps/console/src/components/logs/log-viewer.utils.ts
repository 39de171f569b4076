/** One line as the viewer shows it: `source | time text`. */
export interface ViewerLine {
  /** Who wrote it: a container's name, or a log level. */
  source: string;
  time: string;
  text: string;
  /** Written to stderr, or an error: marked. */
  error: boolean;
}

/** The most lines a viewer keeps: the oldest go first, so a fast follow never grows the page without end. */
export const MAX_VIEWER_LINES = 10_000;

export interface Segment {
  text: string;
  match: boolean;
}

/** `text` cut around each literal, case-insensitive occurrence of `search`, for highlighting without HTML. */
export function splitMatches(text: string, search: string): Segment[] {
  if (!search) return [{ text, match: false }];
  const haystack = text.toLowerCase();
  const needle = search.toLowerCase();
  const segments: Segment[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) segments.push({ text: text.slice(from, at), match: false });
    segments.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length || segments.length === 0) segments.push({ text: text.slice(from), match: false });
  return segments;
}

/** The indexes of the lines whose text holds `search` (literal, ignoring case). */
export function matchingLines<T>(lines: readonly T[], textOf: (line: T) => string, search: string): number[] {
  if (!search) return [];
  const needle = search.toLowerCase();
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (textOf(line).toLowerCase().includes(needle)) found.push(i);
  });
  return found;
}

/** `lines` then `added`, keeping only the newest `max`. */
export function appendBounded<T>(lines: readonly T[], added: readonly T[], max = MAX_VIEWER_LINES): T[] {
  if (added.length >= max) return added.slice(-max);
  const kept = Math.max(0, lines.length + added.length - max);
  return [...lines.slice(kept), ...added];
}

/** The next (or previous) match from the one shown, wrapping round; -1 when none. */
export function stepMatch(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** Within this many pixels of the end counts as at the end: following keeps to it. */
const AT_END_PX = 24;

export function isAtEnd(el: { scrollHeight: number; scrollTop: number; clientHeight: number }): boolean {
  return el.scrollHeight - el.scrollTop - el.clientHeight <= AT_END_PX;
}
