import { Router } from 'express';
import {
  BindSlbRequestSchema,
  ClusterAttachRequestSchema,
  ClusterExpandRequestSchema,
  RootDomainRequestSchema,
  UpgradeAgentRequestSchema,
  UpgradeDockerDecisionSchema,
  UpgradeDockerRequestSchema,
  UpgradeSystemServicesRequestSchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { ClusterOperations } from '../services/cluster-operations.ts';
import type { ClusterService } from '../services/cluster-service.ts';
import type { CredentialStore } from '../services/credentials/credential-store.ts';

/** `POST /clusters/{id}/{action}` of DESIGN.md, Load Balancer Settings, and the certificate. */
export function createClusterActionsRouter({
  operations,
  clusters,
  credentials,
  publicUrl,
}: {
  operations: ClusterOperations;
  clusters: ClusterService;
  credentials: CredentialStore;
  /** Where the instance reaches this BFF (PUBLIC_URL), never the request's Host header. */
  publicUrl: string;
}): Router {
  const router = Router();

  router.post('/clusters/:id/expand', async (req, res) => {
    const { quantity, zone, instanceType, operatingSystem } = parseInput(ClusterExpandRequestSchema, req.body);
    res.status(202).json(await operations.expand(req.params.id, { quantity, zone, instanceType, operatingSystem }));
  });

  router.post('/clusters/:id/attach', async (req, res) => {
    const request = parseInput(ClusterAttachRequestSchema, req.body);
    if (request.mode === 'automatic') {
      res.status(202).json({ cluster: await operations.attachAutomatically(req.params.id, request.instanceIds) });
    } else {
      res.status(202).json({
        attachCommand: await operations.attachManually(req.params.id, request.instanceIds[0]!, publicUrl),
      });
    }
  });

  router.post('/clusters/:id/upgrade-agent', async (req, res) => {
    const { migrateContainers } = parseInput(UpgradeAgentRequestSchema, req.body ?? {});
    res.status(202).json(await operations.upgradeAgent(req.params.id, migrateContainers));
  });

  router.post('/clusters/:id/upgrade-docker', async (req, res) => {
    const { mode } = parseInput(UpgradeDockerRequestSchema, req.body);
    res.status(202).json(await operations.upgradeDocker(req.params.id, mode));
  });

  router.post('/clusters/:id/upgrade-docker/decision', async (req, res) => {
    const { decision } = parseInput(UpgradeDockerDecisionSchema, req.body);
    res.json(await operations.decideDockerUpgrade(req.params.id, decision));
  });

  router.post('/clusters/:id/upgrade-system-services', async (req, res) => {
    const { services } = parseInput(UpgradeSystemServicesRequestSchema, req.body);
    res.status(202).json(await operations.upgradeSystemServices(req.params.id, services));
  });

  router.post('/clusters/:id/clear-disk', async (req, res) => {
    res.status(202).json(await operations.clearDisk(req.params.id));
  });

  router.put('/clusters/:id/root-domain', async (req, res) => {
    const { rootDomain } = parseInput(RootDomainRequestSchema, req.body);
    res.json(
      await operations.configure(
        req.params.id,
        { rootDomain },
        rootDomain ? `Set the root domain name to ${rootDomain}.` : 'Remove the root domain name.',
      ),
    );
  });

  router.put('/clusters/:id/load-balancer', async (req, res) => {
    const { slbId } = parseInput(BindSlbRequestSchema, req.body);
    res.json(
      await operations.configure(
        req.params.id,
        { boundSlbId: slbId },
        slbId ? `Bind Server Load Balancer ${slbId}.` : 'Unbind the Server Load Balancer.',
      ),
    );
  });

  router.get('/clusters/:id/certs', async (req, res) => {
    const cluster = await clusters.get(req.params.id);
    const zip = await credentials.certFileZip({ id: cluster.metadata.id, name: cluster.metadata.name });
    res.type('application/zip').attachment('certFile.zip').send(Buffer.from(zip));
  });

  return router;
}
