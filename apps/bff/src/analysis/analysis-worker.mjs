// A worker thread runs plain JavaScript: this entry teaches it TypeScript (tsx, as the BFF and
// the workspace packages are .ts source), then starts the analysis worker.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
