import type { editor } from 'monaco-editor';
import type { Diagnostic } from '@cs/compose';

/** Monaco's MarkerSeverity values, without importing Monaco (this module is in no lazy chunk). */
const SEVERITY: Record<Diagnostic['severity'], editor.IMarkerData['severity']> = { error: 8, warning: 4, info: 2 };

/** The owner of the markers set from @cs/compose's diagnostics. */
export const MARKER_OWNER = 'template-analysis';

/**
 * The editor markers of a template's diagnostics. Both are 1-based with an exclusive end; an empty
 * range is widened to one character so the squiggle shows.
 */
export function toMarkers(diagnostics: readonly Diagnostic[]): editor.IMarkerData[] {
  return diagnostics.map((d) => {
    const empty = d.endLine < d.line || (d.endLine === d.line && d.endColumn <= d.column);
    return {
      severity: SEVERITY[d.severity],
      message: d.message,
      code: d.code,
      source: 'Container Service',
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: empty ? d.line : d.endLine,
      endColumn: empty ? d.column + 1 : d.endColumn,
    };
  });
}
