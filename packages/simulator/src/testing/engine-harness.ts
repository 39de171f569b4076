import type { Application, Container, Node, RegistryImage, Service, ServiceDefinition } from '@cs/domain';
import { ManualClock } from '../clock.ts';
import { DeployEngine } from '../deploy/engine.ts';
import { makeCluster } from './make-cluster.ts';
import { makeNode } from './make-node.ts';
import { makeApplication, makeDefinition, makeService } from './make-workload.ts';
import { MemoryWorkloadStore } from './memory-workload-store.ts';

export const CLUSTER_ID = 'cluster-1';
const ZONES = ['cn-hangzhou-b', 'cn-hangzhou-d'];

/** A Running cluster of `nodes` nodes over two zones, a store, a manual clock and a deploy engine on them. */
export class EngineHarness {
  readonly clock = new ManualClock();
  readonly store = new MemoryWorkloadStore();
  engine!: DeployEngine;
  readonly errors: unknown[] = [];

  static async start(options: { nodes?: number; systemApplications?: boolean } = {}): Promise<EngineHarness> {
    const harness = new EngineHarness();
    const cluster = makeCluster({ status: { phase: options.systemApplications ? 'Running' : 'Failed' } });
    harness.store.put('cluster', { ...cluster, metadata: { ...cluster.metadata, id: CLUSTER_ID } }, 'cn-hangzhou');
    for (let i = 1; i <= (options.nodes ?? 3); i++) harness.addNode(i);
    await harness.restartEngine();
    return harness;
  }

  /** A new engine on the same store (a restarted BFF). */
  async restartEngine(): Promise<void> {
    this.engine?.stop();
    this.engine = new DeployEngine(this.store, {
      clock: this.clock,
      seed: 'test',
      failureRate: 0,
      maxNodesPerCluster: 20,
      onError: (error) => this.errors.push(error),
    });
    this.store.onNotice = (notice) => this.engine.notify(notice);
    await this.engine.start();
    await this.settle();
  }

  addNode(index: number, patch: { zone?: string; tags?: Record<string, string> } = {}): Node {
    const node = makeNode(index, null, CLUSTER_ID);
    const zoned: Node = {
      ...node,
      spec: { ...node.spec, zone: patch.zone ?? ZONES[(index - 1) % 2]!, tags: patch.tags ?? {} },
    };
    return this.store.put('node', zoned, CLUSTER_ID) as Node;
  }

  node(index: number): Node {
    return this.store.get('node', `i-node${index}`) as Node;
  }

  setNodePhase(index: number, phase: Node['status']['phase']): void {
    const node = this.node(index);
    this.store.put('node', { ...node, status: { ...node.status, phase } }, CLUSTER_ID);
  }

  /** An application with one service per definition, as the BFF writes it on Create. */
  deploy(
    services: Record<string, Partial<ServiceDefinition>>,
    name = 'wordpress',
    category: Application['spec']['category'] = 'online',
  ): Application {
    const application = makeApplication({ id: `app-${name}`, name, spec: { clusterId: CLUSTER_ID, category } });
    this.store.put('application', application, CLUSTER_ID);
    for (const [serviceName, definition] of Object.entries(services)) {
      const service = makeService({
        id: `svc-${name}-${serviceName}`,
        name: serviceName,
        spec: {
          clusterId: CLUSTER_ID,
          applicationId: application.metadata.id,
          applicationName: name,
          category,
          definition: makeDefinition(definition),
        },
      });
      this.store.put('service', service, application.metadata.id);
    }
    return application;
  }

  service(application: string, name: string): Service {
    return this.store.get('service', `svc-${application}-${name}`) as Service;
  }

  /** Writes a new operation of the service, as the API does (the generation moves on). */
  operate(service: Service, spec: Partial<Service['spec']>): Service {
    const next = {
      ...service,
      metadata: { ...service.metadata, generation: service.metadata.generation + 1 },
      spec: { ...service.spec, ...spec },
    };
    return this.store.put('service', next, service.spec.applicationId) as Service;
  }

  containers(serviceId?: string): Container[] {
    return [...this.store.containers.values()]
      .filter((c) => serviceId === undefined || c.spec.serviceId === serviceId)
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name, 'en', { numeric: true }));
  }

  /** Lets the engine and the change notices keep up, as the BFF's settle does. */
  private async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await this.store.delivered();
      await this.engine.idle();
    }
  }

  async advance(ms: number): Promise<void> {
    await this.settle();
    await this.clock.advance(ms, () => this.settle());
  }

  /** Advances in steps, calling `look` after each (to watch what happens on the way). */
  async watch(ms: number, step: number, look: () => void): Promise<void> {
    for (let t = 0; t < ms; t += step) {
      await this.advance(step);
      look();
    }
  }

  /** A new digest for the tag, as the simulation panel pushes one. */
  pushImage(reference: string): void {
    const pushes = ((this.store.get('image', reference)?.status as { pushes?: number } | undefined)?.pushes ?? 0) + 1;
    const image: RegistryImage = {
      metadata: { id: reference, name: reference, generation: 1, resourceVersion: 0, createdAt: '', updatedAt: '' },
      spec: { reference },
      status: { phase: 'Pushed', phaseSince: '', observedGeneration: 1, conditions: [], pushes, digest: '' },
    };
    this.store.put('image', image, 'registry');
  }

  messages(): string[] {
    return this.store.events.map((e) => e.message);
  }
}
