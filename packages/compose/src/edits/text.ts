import { lineStarts, positionAt } from '../positions.ts';

/** A 1-based, end-exclusive text range in the shape Monaco's `IRange` has. */
export interface TextRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Replace the text in `range` with `text` (an insertion when the range is empty). */
export interface TextEdit {
  range: TextRange;
  text: string;
}

/** The offset of a 1-based line and column (clamped to the text). */
export function offsetAt(source: string, starts: readonly number[], line: number, column: number): number {
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(start + column - 1, source.length);
}

/** A text edit replacing [from, to) of `source`. */
export function editBetween(source: string, from: number, to: number, text: string): TextEdit {
  const starts = lineStarts(source);
  const a = positionAt(starts, from);
  const b = positionAt(starts, to);
  return {
    range: { startLineNumber: a.line, startColumn: a.column, endLineNumber: b.line, endColumn: b.column },
    text,
  };
}

/** Applies one edit to a text: what the editor will show after `executeEdits`. */
export function applyTextEdit(source: string, edit: TextEdit): string {
  const starts = lineStarts(source);
  const from = offsetAt(source, starts, edit.range.startLineNumber, edit.range.startColumn);
  const to = offsetAt(source, starts, edit.range.endLineNumber, edit.range.endColumn);
  return source.slice(0, from) + edit.text + source.slice(to);
}
