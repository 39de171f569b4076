import { Router } from 'express';
import { ExecRequestSchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { TerminalService } from '../terminal/terminal-service.ts';

/** `/containers/:id/exec`: the Web Terminal bar's Execute (the shell itself is a WebSocket, `terminal/terminal-upgrade.ts`). */
export function createTerminalRouter({ terminals }: { terminals: TerminalService }): Router {
  const router = Router();

  router.post('/containers/:id/exec', async (req, res) => {
    const { command } = parseInput(ExecRequestSchema, req.body);
    res.json(await terminals.exec(req.params.id, command));
  });

  return router;
}
