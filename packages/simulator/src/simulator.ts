import type { ResourceKind } from '@cs/domain';
import { Controller } from './controller.ts';
import type { ControllerOptions } from './controller.ts';
import type { AnyResource, ControllerDefinition } from './transition.ts';

/** The simulated cloud: one controller per kind of resource, fed every change the store makes. */
export class Simulator {
  private readonly controllers = new Map<ResourceKind, Controller<AnyResource>>();

  constructor(definitions: readonly ControllerDefinition<AnyResource>[], options: ControllerOptions) {
    for (const definition of definitions) this.controllers.set(definition.kind, new Controller(definition, options));
  }

  get kinds(): ResourceKind[] {
    return [...this.controllers.keys()];
  }

  /** Hands a resource's current version to its controller. */
  reconcile(kind: ResourceKind, resource: AnyResource): void {
    this.controllers.get(kind)?.reconcile(resource);
  }

  forget(kind: ResourceKind, id: string): void {
    this.controllers.get(kind)?.forget(id);
  }

  /** Resolves once every fired transition has been written. */
  async idle(): Promise<void> {
    await Promise.all([...this.controllers.values()].map((c) => c.idle()));
  }

  stop(): void {
    for (const controller of this.controllers.values()) controller.stop();
  }
}
