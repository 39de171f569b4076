import { InputError, NotFoundError } from '@cs/domain';
import type { Application, NewEvent, Service } from '@cs/domain';
import { MAX_SERVICE_SCALE, ONE_TRIGGER_PER_TYPE, TRIGGER_TYPE_LABELS } from '@cs/contracts';
import type { TriggerCreatedDto, TriggerCreateRequestSchema, TriggerList } from '@cs/contracts';
import type { z } from 'zod';
import type { Store } from '../../store/store.ts';
import {
  hashTriggerSecret,
  maskTriggerSecret,
  newTriggerSecret,
  newTriggerToken,
  triggerIdOf,
} from './trigger-secrets.ts';
import { toTriggerDto, triggerLink } from './trigger-resource.ts';
import type { Trigger, TriggerSpec } from './trigger-resource.ts';

type CreateRequest = z.output<typeof TriggerCreateRequestSchema>;

/** An event on the application's Events tab about one of its triggers. */
export function triggerEvent(
  trigger: Pick<TriggerSpec, 'applicationId' | 'clusterId'>,
  level: NewEvent['level'],
  reason: string,
  message: string,
): NewEvent {
  return {
    clusterId: trigger.clusterId,
    resourceKind: 'application',
    resourceId: trigger.applicationId,
    applicationId: trigger.applicationId,
    level,
    reason,
    message,
  };
}

/** Create Trigger, the trigger table and Delete Trigger of an application's details. */
export class TriggerService {
  constructor(
    private readonly store: Store,
    private readonly publicUrl: string,
    private readonly now: () => number,
  ) {}

  private application(id: string): Promise<Application> {
    return this.store.resources.get<Application>('application', id);
  }

  async list(applicationId: string): Promise<TriggerList> {
    await this.application(applicationId);
    const triggers = await this.store.resources.listInScope<Trigger>('trigger', applicationId);
    return { items: triggers.map((t) => toTriggerDto(t, this.publicUrl)), total: triggers.length };
  }

  /** The one answer that carries the secret: afterwards only its digest is kept. */
  async create(applicationId: string, request: CreateRequest): Promise<TriggerCreatedDto> {
    const application = await this.application(applicationId);
    const service = request.type === 'scale-out' ? await this.scalableService(application, request) : undefined;
    const token = newTriggerToken();
    const secret = newTriggerSecret();
    const spec: TriggerSpec = {
      applicationId,
      clusterId: application.spec.clusterId,
      type: request.type,
      token,
      secretHash: hashTriggerSecret(secret),
      maskedSecret: maskTriggerSecret(secret),
      serviceId: service?.metadata.id ?? null,
      serviceName: service?.metadata.name ?? null,
      amount: request.type === 'scale-out' ? request.amount : null,
    };
    const label = TRIGGER_TYPE_LABELS[request.type];
    const created = await this.store.resources.create<TriggerSpec, Trigger['status']>(
      'trigger',
      {
        id: triggerIdOf(token),
        name: request.type,
        scope: applicationId,
        clusterId: application.spec.clusterId,
        spec,
        status: {
          phase: 'Active',
          phaseSince: new Date(this.now()).toISOString(),
          observedGeneration: 1,
          conditions: [],
        },
      },
      {
        nameTaken: ONE_TRIGGER_PER_TYPE,
        events: [
          triggerEvent(
            spec,
            'Info',
            'TriggerCreated',
            `Create ${label} trigger of application ${application.metadata.name}.`,
          ),
        ],
      },
    );
    return {
      ...toTriggerDto(created, this.publicUrl),
      secret,
      linkWithSecret: triggerLink(this.publicUrl, token, secret),
    };
  }

  /** Scale Out grows one service of the application, and not past the most a service may run. */
  private async scalableService(
    application: Application,
    request: Extract<CreateRequest, { type: 'scale-out' }>,
  ): Promise<Service> {
    const service = await this.store.resources.find<Service>('service', request.serviceId);
    if (!service || service.spec.applicationId !== application.metadata.id)
      throw new InputError([{ field: 'serviceId', message: 'Select a service of this application.' }]);
    const { definition } = service.spec;
    if (definition.global || definition.external)
      throw new InputError([
        {
          field: 'serviceId',
          message: `Service ${service.metadata.name} runs ${definition.global ? 'one container on every node' : 'no container'}: it cannot scale out.`,
        },
      ]);
    if (definition.scale + request.amount > MAX_SERVICE_SCALE)
      throw new InputError([
        {
          field: 'amount',
          message: `Service ${service.metadata.name} runs ${definition.scale} containers and may run at most ${MAX_SERVICE_SCALE}: a call adds at most ${MAX_SERVICE_SCALE - definition.scale}.`,
        },
      ]);
    return service;
  }

  async delete(applicationId: string, triggerId: string): Promise<void> {
    const application = await this.application(applicationId);
    const trigger = await this.store.resources.find<Trigger>('trigger', triggerId);
    if (!trigger || trigger.spec.applicationId !== applicationId) throw new NotFoundError('trigger', triggerId);
    await this.store.resources.applyChanges({
      removes: [{ kind: 'trigger', id: triggerId, expectedVersion: trigger.metadata.resourceVersion }],
      events: [
        triggerEvent(
          trigger.spec,
          'Info',
          'TriggerDeleted',
          `Delete ${TRIGGER_TYPE_LABELS[trigger.spec.type]} trigger of application ${application.metadata.name}.`,
        ),
      ],
    });
  }
}
