import { describe, expect, it } from 'vitest';
import { appendBounded, isAtEnd, matchingLines, splitMatches, stepMatch } from './log-viewer.utils.ts';
import type { ViewerLine } from './log-viewer.utils.ts';

const line = (text: string): ViewerLine => ({ source: 'web_1', time: 't', text, error: false });

describe('log viewer utils', () => {
  it('splits text around every match, ignoring case, matching literally', () => {
    expect(splitMatches('GET /a get /b', 'get')).toEqual([
      { text: 'GET', match: true },
      { text: ' /a ', match: false },
      { text: 'get', match: true },
      { text: ' /b', match: false },
    ]);
    expect(splitMatches('a.*b', '.*')).toEqual([
      { text: 'a', match: false },
      { text: '.*', match: true },
      { text: 'b', match: false },
    ]);
    expect(splitMatches('aaa', 'aa')).toEqual([
      { text: 'aa', match: true },
      { text: 'a', match: false },
    ]);
    expect(splitMatches('<b>x</b>', '')).toEqual([{ text: '<b>x</b>', match: false }]);
    expect(splitMatches('', 'x')).toEqual([{ text: '', match: false }]);
    expect(splitMatches('x', 'x')).toEqual([{ text: 'x', match: true }]);
  });

  it('finds the lines holding the search', () => {
    const lines = ['WordPress not found', '+ ls -A', 'wp-content', 'Complete! WordPress'].map(line);
    const textOf = (l: ViewerLine) => l.text;
    expect(matchingLines(lines, textOf, 'wordpress')).toEqual([0, 3]);
    expect(matchingLines(lines, textOf, '')).toEqual([]);
    expect(matchingLines(lines, textOf, '[')).toEqual([]);
  });

  it('keeps only the newest lines, however many arrive', () => {
    expect(appendBounded([1, 2, 3], [4, 5], 4)).toEqual([2, 3, 4, 5]);
    expect(appendBounded([1], [2], 4)).toEqual([1, 2]);
    expect(appendBounded([1, 2], [3, 4, 5, 6, 7], 4)).toEqual([4, 5, 6, 7]);
    const many = Array.from({ length: 25_000 }, (_, i) => i);
    const kept = appendBounded(appendBounded([], many), many);
    expect(kept).toHaveLength(10_000);
    expect(kept.at(-1)).toBe(24_999);
  });

  it('steps through matches, wrapping round', () => {
    expect(stepMatch(3, -1, 1)).toBe(0);
    expect(stepMatch(3, -1, -1)).toBe(2);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });

  it('tells the end of the scroll', () => {
    expect(isAtEnd({ scrollHeight: 1000, scrollTop: 590, clientHeight: 400 })).toBe(true);
    expect(isAtEnd({ scrollHeight: 1000, scrollTop: 500, clientHeight: 400 })).toBe(false);
  });
});
