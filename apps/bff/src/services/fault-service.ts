import { randomUUID } from 'node:crypto';
import { NotFoundError, faultScope } from '@cs/domain';
import type { Fault } from '@cs/domain';
import { imageReference } from '@cs/simulator';
import type { FaultCreateRequestSchema } from '@cs/contracts';
import type { z } from 'zod';
import type { Store } from '../store/store.ts';

/** Fault injection: failures armed on purpose, consumed by the simulator as they fire. */
export class FaultService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  async arm(input: z.output<typeof FaultCreateRequestSchema>): Promise<Fault> {
    // An image is named by its reference (`nginx` is `nginx:latest`); it need not have been pushed.
    const request =
      input.targetKind === 'image' && input.targetId ? { ...input, targetId: imageReference(input.targetId) } : input;
    if (request.targetId && request.targetKind !== 'image')
      await this.store.resources.get(request.targetKind, request.targetId);
    const id = `fault-${randomUUID()}`;
    const status: Fault['status'] = {
      phase: 'Armed',
      phaseSince: new Date(this.now()).toISOString(),
      observedGeneration: 1,
      conditions: [],
    };
    const target = request.targetId ?? `every ${request.targetKind}`;
    return this.store.resources.create(
      'fault',
      { id, name: id, scope: faultScope(request.targetKind, request.targetId), spec: request, status },
      {
        nameTaken: 'A fault of that id exists.',
        events:
          request.targetKind === 'cluster' && request.targetId
            ? [
                {
                  clusterId: request.targetId,
                  resourceKind: 'cluster',
                  resourceId: request.targetId,
                  level: 'Warning',
                  reason: 'FaultArmed',
                  message: `Fault injected: ${request.step ?? 'any step'} of ${target} fails ${request.count} time(s).`,
                },
              ]
            : [],
      },
    );
  }

  list(): Promise<Fault[]> {
    return this.store.resources.listAll<Fault>('fault');
  }

  async disarm(id: string): Promise<void> {
    const fault = await this.store.resources.find<Fault>('fault', id);
    if (!fault) throw new NotFoundError('fault', id);
    await this.store.resources.applyChanges({
      removes: [{ kind: 'fault', id, expectedVersion: fault.metadata.resourceVersion }],
      events: [],
    });
  }
}
