// An analysis worker whose every analysis keeps allocating until the heap limit stops it.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {
  const kept = [];
  for (;;) kept.push(new Array(1_000_000).fill(kept.length));
});
parentPort.postMessage({ type: 'ready' });
