import { analyzeTemplate } from '../src/analyze.ts';
import type { AnalyzeOptions, TemplateAnalysis } from '../src/analyze.ts';
import type { Diagnostic } from '../src/diagnostics.ts';

/** Joins template lines, so a test shows the text with its line numbers countable. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** One diagnostic as `severity code line:column-endLine:endColumn`, the form the tests assert. */
export function describeDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
}

/** Every diagnostic of a template, described. */
export function findings(source: string, options?: AnalyzeOptions): string[] {
  return analyzeTemplate(source, options).diagnostics.map(describeDiagnostic);
}

/** The diagnostics with one code. */
export function withCode(source: string, code: string, options?: AnalyzeOptions): Diagnostic[] {
  return analyzeTemplate(source, options).diagnostics.filter((d) => d.code === code);
}

/** The codes of the diagnostics of a template, in position order. */
export function codes(source: string, options?: AnalyzeOptions): string[] {
  return analyzeTemplate(source, options).diagnostics.map((d) => d.code);
}

/** The one service of a template (first service when several), for normalisation tests. */
export function firstService(source: string): TemplateAnalysis['services'][number] {
  const service = analyzeTemplate(source).services[0];
  if (!service) throw new Error('The template has no service.');
  return service;
}

/** A version 1 service `web` with the given label lines (map form) and optional extra keys. */
export function withLabels(labels: string[], extra: string[] = []): string {
  return yaml('web:', '  image: nginx', ...extra.map((l) => `  ${l}`), '  labels:', ...labels.map((l) => `    ${l}`));
}
