// An analysis worker whose every analysis spins forever: the worst template there could be.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {
  for (;;);
});
parentPort.postMessage({ type: 'ready' });
