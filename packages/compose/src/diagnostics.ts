/** 1-based position range in the template text; the end is exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a value sits in the document: mapping keys and sequence indexes from the root. */
export type DocumentPath = (string | number)[];

export type Severity = 'error' | 'warning' | 'info';

/** One finding about a template, positioned for the editor's markers. */
export interface Diagnostic extends Span {
  severity: Severity;
  /** Stable kebab-case identifier (`unsupported-key`, `probe-exclusive`, …). */
  code: string;
  message: string;
  path: DocumentPath;
}

/** Collects the diagnostics of one analysis; rules report through it and never throw. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  error(code: string, message: string, at: Located): void {
    this.add('error', code, message, at);
  }

  warning(code: string, message: string, at: Located): void {
    this.add('warning', code, message, at);
  }

  info(code: string, message: string, at: Located): void {
    this.add('info', code, message, at);
  }

  add(severity: Severity, code: string, message: string, at: Located): void {
    this.diagnostics.push({ severity, code, message, ...spanOf(at), path: [...at.path] });
  }
}

/** Anything a diagnostic can point at: a span and the document path it belongs to. */
export interface Located {
  span: Span;
  path: DocumentPath;
}

function spanOf({ span }: Located): Span {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** Orders diagnostics by position, then errors before warnings, so output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column || rank[a.severity] - rank[b.severity]);
}
