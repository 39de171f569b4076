import type { TemplateAnalysis } from '@cs/compose';

/** What the pool sends a worker: one template to analyse. */
export interface AnalysisJob {
  id: number;
  content: string;
  variables?: Readonly<Record<string, string>>;
}

/** What a worker answers: that it is ready, or one job's analysis or failure. */
export type AnalysisReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; analysis: TemplateAnalysis }
  | { type: 'failed'; id: number; message: string };
