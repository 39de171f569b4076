import { describe, expect, it } from 'vitest';
import { globMatches } from './glob.ts';

describe('globMatches', () => {
  it.each([
    ['', '', true],
    ['', 'a', false],
    ['*', '', true],
    ['*', 'anything/at all', true],
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['a*c', 'ac', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['*.js', '/path/abc.js', true],
    ['*.js', '/path/abc.jsx', false],
    ['/*/path*', '/abc/path/123', true],
    ['/*/path*', '/path', false],
    ['a**b', 'axxb', true],
    ['*a*b*c*', 'xxaxxbxxcxx', true],
    ['*a*b*c*', 'xxaxxcxxbxx', false],
  ])('%j against %j is %s', (pattern, text, expected) => {
    expect(globMatches(pattern, text)).toBe(expected);
  });

  it('answers a hostile text against a many-star pattern without backtracking blow-up', () => {
    // A regex like /^(a*)*b$/ would take exponential time here; the walk stays polynomial and small.
    const text = 'a'.repeat(20_000);
    expect(globMatches('*a*a*a*a*a*b', text)).toBe(false);
    expect(globMatches('*a*a*a*a*a*', text)).toBe(true);
  });
});
