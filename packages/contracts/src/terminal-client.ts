import type { Requester } from './client.ts';
import { ExecResponseSchema } from './terminal.ts';
import type { ExecRequest } from './terminal.ts';

/** The client's methods for a container's Web Terminal (the interactive shell is a WebSocket: `terminalPath`). */
export function terminalMethods(request: Requester) {
  return {
    /** The bar's Execute: one command, its output when it ends. */
    execInContainer: (id: string, body: ExecRequest) =>
      request('POST', `/containers/${encodeURIComponent(id)}/exec`, { body, schema: ExecResponseSchema }),
  };
}
