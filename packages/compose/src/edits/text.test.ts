import { describe, expect, it } from 'vitest';
import { lineStarts, positionAt } from '../positions.ts';
import { applyTextEdit, editBetween } from './text.ts';

describe('text edits', () => {
  it('convert offsets to 1-based positions and back', () => {
    const source = 'ab\ncd\n';
    expect(positionAt(lineStarts(source), 4)).toEqual({ line: 2, column: 2 });
    const edit = editBetween(source, 3, 5, 'XY');
    expect(edit.range).toEqual({ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 3 });
    expect(applyTextEdit(source, edit)).toBe('ab\nXY\n');
  });

  it('inserts with an empty range', () => {
    expect(applyTextEdit('a', editBetween('a', 1, 1, 'b'))).toBe('ab');
  });
});
