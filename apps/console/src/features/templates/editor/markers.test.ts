import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '@cs/compose';
import type { Diagnostic } from '@cs/compose';
import { toMarkers } from './markers.ts';

const diagnostic = (overrides: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  code: 'unsupported-key',
  message: 'build is not supported.',
  line: 3,
  column: 3,
  endLine: 3,
  endColumn: 8,
  path: ['web', 'build'],
  ...overrides,
});

describe('toMarkers', () => {
  it('keeps positions and maps severities to Monaco’s', () => {
    expect(toMarkers([diagnostic({}), diagnostic({ severity: 'warning' }), diagnostic({ severity: 'info' })])).toEqual(
      [8, 4, 2].map((severity) => ({
        severity,
        message: 'build is not supported.',
        code: 'unsupported-key',
        source: 'Container Service',
        startLineNumber: 3,
        startColumn: 3,
        endLineNumber: 3,
        endColumn: 8,
      })),
    );
  });

  it('widens an empty range to one character', () => {
    expect(toMarkers([diagnostic({ endColumn: 3 })])[0]).toMatchObject({ endLineNumber: 3, endColumn: 4 });
  });

  it('marks `build:` where @cs/compose finds it', () => {
    const [marker] = toMarkers(analyzeTemplate('web:\n  image: nginx\n  build: .\n').diagnostics);
    expect(marker).toMatchObject({ severity: 8, startLineNumber: 3, startColumn: 3 });
  });
});
