import { describe, expect, it } from 'vitest';
import { Reporter, sortDiagnostics } from './diagnostics.ts';

describe('diagnostics', () => {
  it('are ordered by position, errors first, and carry their path', () => {
    const report = new Reporter();
    const at = (line: number, column: number) => ({
      span: { line, column, endLine: line, endColumn: column + 1 },
      path: ['web', line],
    });
    report.warning('b', 'B', at(2, 1));
    report.info('c', 'C', at(1, 5));
    report.error('a', 'A', at(2, 1));
    expect(sortDiagnostics(report.diagnostics).map((d) => [d.severity, d.code, d.path])).toEqual([
      ['info', 'c', ['web', 1]],
      ['error', 'a', ['web', 2]],
      ['warning', 'b', ['web', 2]],
    ]);
  });
});
