import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findVariables, substituteVariables, templateParameters } from './variables.ts';

const TEMPLATE = [
  'db:',
  '  image: "postgres:${POSTGRES_VERSION}"',
  '  command: echo $$HOME $GREETING ${POSTGRES_VERSION}',
].join('\n');

describe('templateParameters', () => {
  it('lists each variable once, in order of first use, ignoring $$ escapes', () => {
    expect(templateParameters(TEMPLATE)).toEqual(['POSTGRES_VERSION', 'GREETING']);
  });
});

describe('findVariables', () => {
  it('gives the 1-based line and column of each reference', () => {
    expect(findVariables(TEMPLATE).references).toEqual([
      { name: 'POSTGRES_VERSION', line: 2, column: 20, length: 19 },
      { name: 'GREETING', line: 3, column: 24, length: 9 },
      { name: 'POSTGRES_VERSION', line: 3, column: 34, length: 19 },
    ]);
  });

  it.each([
    ['image: ${}', 8],
    ['image: ${1ABC}', 8],
    ['image: ${UNCLOSED', 8],
    ['image: ${A:B}', 8],
    ['image: ${A:-$B}', 8],
  ])('reports %j as an invalid interpolation at column %i', (text, column) => {
    const { errors, references } = findVariables(text);
    expect(references).toEqual([]);
    expect(errors).toEqual([{ message: expect.stringMatching(/^Invalid interpolation format/), line: 1, column }]);
  });

  it('reads defaults and mandatory variables (${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error})', () => {
    expect(findVariables('a: ${A:-x y} ${B-} ${C:?set C} ${D?}').references).toEqual([
      { name: 'A', line: 1, column: 4, length: 9, modifier: { operator: ':-', text: 'x y' } },
      { name: 'B', line: 1, column: 14, length: 5, modifier: { operator: '-', text: '' } },
      { name: 'C', line: 1, column: 20, length: 11, modifier: { operator: ':?', text: 'set C' } },
      { name: 'D', line: 1, column: 32, length: 5, modifier: { operator: '?', text: '' } },
    ]);
  });

  it('positions references on many lines in one pass', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `  - V${i}=\${A${i % 7}} $B`);
    const { references } = findVariables(lines.join('\n'));
    expect(references).toHaveLength(60_000);
    expect(references[59_999]).toEqual({ name: 'B', line: 30_000, column: 18, length: 2 });
    expect(references[20_001]).toEqual({ name: 'B', line: 10_001, column: 18, length: 2 });
  });

  it('takes a lone $ and $1 literally', () => {
    expect(findVariables('price: 5$ and $1').references).toEqual([]);
    expect(findVariables('price: 5$ and $1').errors).toEqual([]);
  });
});

describe('substituteVariables', () => {
  it('replaces both forms and unescapes $$, as the guide describes', () => {
    const { text, unset } = substituteVariables(TEMPLATE, { POSTGRES_VERSION: '9.3', GREETING: 'hi' });
    expect(text).toBe(['db:', '  image: "postgres:9.3"', '  command: echo $HOME hi 9.3'].join('\n'));
    expect(unset).toEqual([]);
  });

  it('leaves unset variables as written and lists them', () => {
    const { text, unset } = substituteVariables(TEMPLATE, { GREETING: 'hi' });
    expect(text).toContain('postgres:${POSTGRES_VERSION}');
    expect(unset).toEqual(['POSTGRES_VERSION']);
  });

  it('uses a default when the variable is unset, and with :- when it is empty too', () => {
    expect(substituteVariables('${A:-a} ${B-b}', {})).toEqual({ text: 'a b', unset: [] });
    expect(substituteVariables('${A:-a} ${B-b}', { A: '', B: '' })).toEqual({ text: 'a ', unset: [] });
    expect(substituteVariables('${A:-a} ${B-b}', { A: '1', B: '2' })).toEqual({ text: '1 2', unset: [] });
  });

  it('leaves a mandatory variable without a value as written, to be asked for', () => {
    expect(substituteVariables('${A:?needed} ${B?}', {})).toEqual({ text: '${A:?needed} ${B?}', unset: ['A', 'B'] });
    expect(substituteVariables('${A:?needed}', { A: 'x' })).toEqual({ text: 'x', unset: [] });
  });

  it('substitutes an empty value (set, but empty) rather than calling it unset', () => {
    expect(substituteVariables('a: ${X}b', { X: '' })).toEqual({ text: 'a: b', unset: [] });
  });

  it('never throws and, with no variables set, changes only $$', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { text: out } = substituteVariables(text, {});
        expect(out).toBe(text.replace(/\$\$/g, '$'));
      }),
    );
  });
});
