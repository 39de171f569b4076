import { Router } from 'express';
import type { Response } from 'express';
import { z } from 'zod';
import { attachScript } from '../attach/attach-script.ts';
import { isAttachToken } from '../attach/attach-token.ts';
import { parseInput } from '../http/parse.ts';
import { sendProblem } from '../http/problem.ts';
import type { AttachTokenLookup, ClusterOperations } from '../services/cluster-operations.ts';

const AttachReportSchema = z.object({ instanceId: z.string().min(1, 'Pass --instance-id.') });

const AGAIN = 'Add the instance again to get a new command.';

/**
 * The token's attach operation, or an answer: 404 for one that is malformed, unknown or used
 * (a used token is gone, and which tokens once worked is nobody's business), 410 once expired.
 * The token is never repeated back.
 */
async function attachOf(
  operations: ClusterOperations,
  token: string,
  res: Response,
): Promise<Extract<AttachTokenLookup, { state: 'valid' }> | undefined> {
  const found = isAttachToken(token) ? await operations.findAttachToken(token) : { state: 'unknown' as const };
  if (found.state === 'valid') return found;
  if (found.state === 'expired') sendProblem(res, 410, `The token has expired. ${AGAIN}`);
  else sendProblem(res, 404, `The token is unknown or was used already. ${AGAIN}`);
  return undefined;
}

/** The manual attach command's endpoints; the one-time token in the path is their credential. */
export function createAttachRouter({
  operations,
  publicUrl,
}: {
  operations: ClusterOperations;
  publicUrl: string;
}): Router {
  const router = Router();

  router.get('/attach/:token/script', async (req, res) => {
    const { token } = req.params;
    if (!(await attachOf(operations, token, res))) return;
    res.setHeader('cache-control', 'no-store');
    res.type('text/x-shellscript').send(attachScript(publicUrl, token));
  });

  router.post('/attach/:token', async (req, res) => {
    const attach = await attachOf(operations, req.params.token, res);
    if (!attach) return;
    const { instanceId } = parseInput(AttachReportSchema, req.body);
    const { clusterName } = await operations.runAttachScript(attach, instanceId);
    res
      .type('text/plain')
      .send(
        `Added ${instanceId} to cluster ${clusterName}: Docker and the Agent are being installed. Check the cluster status.`,
      );
  });

  return router;
}
