import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/parse.ts';
import type { ClusterOperations } from '../services/cluster-operations.ts';

const AttachReportSchema = z.object({ instanceId: z.string().min(1, 'Pass --instance-id.') });

/** The script the manual attach command pipes to bash: it reports back with the same token. */
function attachScript(origin: string, token: string): string {
  return `#!/usr/bin/env bash
# Container Service: add this ECS instance to a cluster. Generated for one use.
set -euo pipefail
INSTANCE_ID=""
while [ $# -gt 0 ]; do
  case "$1" in
    --instance-id) INSTANCE_ID="$2"; shift 2 ;;
    *) shift ;;
  esac
done
if [ -z "$INSTANCE_ID" ]; then echo "Usage: bash -s -- --instance-id <instance id>" >&2; exit 2; fi
echo "Kernel: Linux $(uname -r)"
echo "Registering $INSTANCE_ID with the Container Service..."
curl -sS --fail-with-body -X POST -H 'content-type: application/json' -d "{\\"instanceId\\":\\"$INSTANCE_ID\\"}" '${origin}/api/v1/attach/${token}'
echo
`;
}

/** The manual attach command's endpoints; the one-time token in the path is their credential. */
export function createAttachRouter({ operations }: { operations: ClusterOperations }): Router {
  const router = Router();

  router.get('/attach/:token/script', (req, res) => {
    res.type('text/x-shellscript').send(attachScript(`${req.protocol}://${req.get('host')}`, req.params.token));
  });

  router.post('/attach/:token', async (req, res) => {
    const { instanceId } = parseInput(AttachReportSchema, req.body);
    const { clusterName } = await operations.runAttachScript(req.params.token, instanceId);
    res
      .type('text/plain')
      .send(
        `Added ${instanceId} to cluster ${clusterName}: Docker and the Agent are being installed. Check the cluster status.`,
      );
  });

  return router;
}
