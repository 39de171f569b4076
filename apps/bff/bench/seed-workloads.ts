import { defaultServiceDefinition } from '@cs/domain';
import type { Application, Cluster, Container, Node, Service } from '@cs/domain';
import { makeCluster } from '@cs/simulator/testing/make-cluster.ts';
import { makeNode } from '@cs/simulator/testing/make-node.ts';
import type { ContainerCreation } from '@cs/simulator';
import type { Store } from '../src/store/store.ts';

const EPOCH = new Date(Date.UTC(2026, 0, 1)).toISOString();
const ZONES = ['cn-hangzhou-b', 'cn-hangzhou-d', 'cn-hangzhou-e'];
const IMAGES = ['nginx:latest', 'redis:3', 'mysql:5.7', 'registry.aliyuncs.com/acs-sample/wordpress:4.5'];

export interface SeedShape {
  clusters: number;
  nodesPerCluster: number;
  applicationsPerCluster: number;
  containersPerApplication: number;
  /** The phase the containers are seeded in: `running` for lists, `pulling` for the engine to work on. */
  phase: Container['status']['phase'];
  /** Each web service routed at its application's name (`aliyun.routing.port_80`). */
  routed?: boolean;
}

const meta = (id: string, name: string) => ({
  id,
  name,
  generation: 1,
  resourceVersion: 0,
  createdAt: EPOCH,
  updatedAt: EPOCH,
});

/**
 * Writes a large account straight into the store (clusters Running, nodes Normal, applications with
 * one service each and their containers), in batches as the deploy engine writes: the scale issue 8
 * asks the lists and the engine to hold.
 */
export async function seedWorkloads(
  store: Store,
  shape: SeedShape,
): Promise<{ clusterIds: string[]; applicationIds: string[]; serviceIds: string[]; nodeIds: string[] }> {
  const out = {
    clusterIds: [] as string[],
    applicationIds: [] as string[],
    serviceIds: [] as string[],
    nodeIds: [] as string[],
  };
  for (let k = 0; k < shape.clusters; k++) {
    const clusterId = `cbench${String(k).padStart(26, '0')}`;
    const base = makeCluster({ name: `bench-${k}`, status: { phase: 'Running' } });
    const cluster: Cluster = { ...base, metadata: { ...base.metadata, id: clusterId } };
    await store.resources.create(
      'cluster',
      { ...cluster.metadata, scope: `bench-region-${k}`, spec: cluster.spec, status: cluster.status },
      { nameTaken: 'taken' },
    );
    out.clusterIds.push(clusterId);
    const nodes: Node[] = [];
    for (let i = 1; i <= shape.nodesPerCluster; i++) {
      const n = makeNode(i, null, clusterId);
      const node: Node = {
        ...n,
        metadata: { ...n.metadata, id: `i-${clusterId.slice(-6)}-${i}` },
        spec: {
          ...n.spec,
          instanceType: 'ecs.n1.large',
          zone: ZONES[i % ZONES.length]!,
          tags: { group: String(i % 10) },
        },
        status: { ...n.status, privateIp: `10.${k}.${Math.floor(i / 250)}.${i % 250}` },
      };
      nodes.push(node);
    }
    await store.resources.transact(async (trx, at) =>
      store.resources.applyIn(
        trx,
        {
          creates: nodes.map((n) => ({
            kind: 'node',
            id: n.metadata.id,
            name: n.metadata.name,
            scope: clusterId,
            spec: n.spec,
            status: n.status,
          })),
          events: [],
        },
        at,
      ),
    );
    out.nodeIds.push(...nodes.map((n) => n.metadata.id));
    for (let a = 0; a < shape.applicationsPerCluster; a++) {
      const appName = `app${k}x${a}`;
      const appId = `abench${k}x${a}`;
      const serviceId = `sbench${k}x${a}`;
      const image = IMAGES[a % IMAGES.length]!;
      const definition = defaultServiceDefinition({
        image,
        scale: shape.containersPerApplication,
        restart: 'always',
        labels: shape.routed ? { 'aliyun.routing.port_80': appName } : {},
      });
      const appSpec: Application['spec'] = {
        clusterId,
        description: '',
        version: '1.0',
        template: `web:\n  image: ${image}\n`,
        variables: {},
        updateMethod: 'standard',
        pullImage: false,
        category: 'online',
        operation: { kind: 'deploy' },
      };
      const serviceSpec: Service['spec'] = {
        clusterId,
        applicationId: appId,
        applicationName: appName,
        category: 'online',
        definition,
        definitionVersion: 1,
        deployment: 1,
        pullImage: false,
        desiredState: 'running',
        operation: { kind: 'deploy' },
      };
      const done = shape.phase === 'running';
      const status: Application['status'] = {
        phase: done ? 'Ready' : 'Deploying',
        phaseSince: EPOCH,
        observedGeneration: done ? 1 : 0,
        conditions: [],
        reason: null,
      };
      const serviceStatus: Service['status'] = { ...status, startedGeneration: 0 };
      await store.resources.transact(async (trx, at) =>
        store.resources.applyIn(
          trx,
          {
            creates: [
              {
                kind: 'application',
                ...meta(appId, appName),
                scope: clusterId,
                clusterId,
                category: 'online',
                spec: appSpec,
                status,
              },
              {
                kind: 'service',
                ...meta(serviceId, 'web'),
                scope: appId,
                clusterId,
                category: 'online',
                spec: serviceSpec,
                status: serviceStatus,
              },
            ],
            events: [],
          },
          at,
        ),
      );
      out.applicationIds.push(appId);
      out.serviceIds.push(serviceId);
      const creations: ContainerCreation[] = [];
      for (let n = 1; n <= shape.containersPerApplication; n++) {
        const node = nodes[(a * 7 + n) % nodes.length]!;
        creations.push({
          id: `${serviceId}-${String(n).padStart(6, '0')}`.padEnd(64, '0'),
          name: `${appName}_web_${n}`,
          spec: {
            clusterId,
            applicationId: appId,
            serviceId,
            applicationName: appName,
            serviceName: 'web',
            number: n,
            nodeId: node.metadata.id,
            image,
            definitionVersion: 1,
            deployment: 1,
            desiredState: 'running',
            hostname: `${appName}_web_${n}`,
            links: [],
          },
          status: {
            phase: shape.phase,
            phaseSince: EPOCH,
            observedGeneration: 1,
            conditions: [],
            health: done ? 'Normal' : null,
            imageDigest: done ? 'sha256:0000' : null,
            containerIp: `172.19.${node.spec.index % 256}.${(n % 250) + 2}`,
            nodeIp: node.status.privateIp,
            ports: [],
            exitCode: null,
            restartCount: 0,
            startedAt: done ? EPOCH : null,
            reason: null,
          },
        });
      }
      for (let i = 0; i < creations.length; i += 5_000)
        await store.workloads.applyBatch([{ containerCreates: creations.slice(i, i + 5_000) }]);
    }
  }
  return out;
}
