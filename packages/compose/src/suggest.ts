/** Reused rows of the distance table (analysis is synchronous, so one pair is enough). */
let previous = new Int32Array(64);
let current = new Int32Array(64);
const counts = new Int32Array(128);

/**
 * The edit distance of `a` and `b` if it is at most `bound`, else `bound + 1`: the table stops at
 * the first row whose every cell is past the bound, so far-off candidates cost little.
 */
function boundedDistance(a: string, b: string, bound: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (b.length + 1 > previous.length) {
    previous = new Int32Array(2 * (b.length + 1));
    current = new Int32Array(2 * (b.length + 1));
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const cell = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > bound) return bound + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length] ?? 0;
  return distance > bound ? bound + 1 : distance;
}

/** A lower bound of the edit distance from the letters the two words do not share (ASCII only, else 0). */
function letterBound(a: string, b: string): number {
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 128) return 0;
    counts[c] = (counts[c] ?? 0) + 1;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c < 128 && (counts[c] ?? 0) > 0) counts[c] = (counts[c] ?? 0) - 1;
    else onlyB++;
  }
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    onlyA += counts[c] ?? 0;
    counts[c] = 0;
  }
  return Math.max(onlyA, onlyB);
}

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

/** The closest candidate within a third of the word's length (at least 2 edits), for "did you mean". */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let bound = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > bound) continue;
    const other = candidate.toLowerCase();
    if (letterBound(lower, other) > bound) continue;
    const distance = boundedDistance(lower, other, bound);
    if (distance > bound) continue;
    best = candidate;
    if (distance === 0) break;
    bound = distance - 1;
  }
  return best;
}

/** " Did you mean `x`?" or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match ? ` Did you mean \`${match}\`?` : '';
}
