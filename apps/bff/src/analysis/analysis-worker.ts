import { parentPort } from 'node:worker_threads';
import { analyzeTemplate } from '@cs/compose';
import type { AnalysisJob, AnalysisReply } from './analysis-messages.ts';
import { lowerThisThreadsPriority } from './lower-priority.ts';

/** The body of one analysis worker thread: analyses what it is sent, one template at a time. */
const port = parentPort!;
const reply = (message: AnalysisReply) => port.postMessage(message);

port.on('message', ({ id, content, variables }: AnalysisJob) => {
  try {
    reply({ type: 'done', id, analysis: analyzeTemplate(content, { variables }) });
  } catch (error) {
    reply({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
});
lowerThisThreadsPriority();
reply({ type: 'ready' });
