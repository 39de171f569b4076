import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '@cs/domain';
import type { Application, NewEvent, Service } from '@cs/domain';
import { MAX_SERVICE_SCALE, TRIGGER_TYPE_LABELS } from '@cs/contracts';
import type { TriggerCallResult } from '@cs/contracts';
import { insertEvents } from '../../store/event-store.ts';
import type { Store } from '../../store/store.ts';
import type { ApplicationService } from '../workloads/application-service.ts';
import type { ServiceOperations } from '../workloads/service-operations.ts';
import { triggerIdOf, triggerSecretMatches } from './trigger-secrets.ts';
import type { Trigger } from './trigger-resource.ts';
import { triggerEvent } from './trigger-service.ts';

/** A trigger a link names, with its application. */
export interface CalledTrigger {
  trigger: Trigger;
  application: Application;
}

const NO_SUCH_LINK = () => new NotFoundError('trigger', 'of this link');

/** What `/hook/trigger` does: the trigger's action, as the console's button would carry it out. */
export class TriggerCalls {
  constructor(
    private readonly store: Store,
    private readonly applications: ApplicationService,
    private readonly services: ServiceOperations,
  ) {}

  /** The trigger of a link's token; 404 when none (or its application is gone, which takes the trigger along). */
  async identify(token: string): Promise<CalledTrigger> {
    const trigger = await this.store.resources.find<Trigger>('trigger', triggerIdOf(token));
    if (!trigger || trigger.spec.token !== token) throw NO_SUCH_LINK();
    const application = await this.store.resources.find<Application>('application', trigger.spec.applicationId);
    if (!application) {
      await this.store.resources
        .applyChanges({
          removes: [{ kind: 'trigger', id: trigger.metadata.id, expectedVersion: trigger.metadata.resourceVersion }],
          events: [],
        })
        .catch(() => undefined); // Another call removed it first.
      throw NO_SUCH_LINK();
    }
    return { trigger, application };
  }

  /** Checks the secret and carries out the trigger; every outcome leaves an event on the application. */
  async call({ trigger, application }: CalledTrigger, secret: string | undefined): Promise<TriggerCallResult> {
    const label = TRIGGER_TYPE_LABELS[trigger.spec.type];
    const what = `A call of the ${label} trigger of application ${application.metadata.name}`;
    if (!triggerSecretMatches(secret, trigger.spec.secretHash)) {
      const why = secret === undefined || secret === '' ? 'it gave no secret' : 'its secret is wrong';
      await this.record(triggerEvent(trigger.spec, 'Warning', 'TriggerRefused', `${what} was refused: ${why}.`));
      throw new ForbiddenError(`The secret of this trigger link is wrong.`);
    }
    let message: string;
    try {
      message = await this.carryOut(trigger, application);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await this.record(
        triggerEvent(trigger.spec, 'Warning', 'TriggerNotCarriedOut', `${what} was not carried out: ${error.message}`),
      );
      throw error instanceof ConflictError ? error : new ConflictError(error.message);
    }
    await this.record(triggerEvent(trigger.spec, 'Info', 'TriggerCalled', `${what} was accepted: ${message}`));
    return { accepted: true, type: trigger.spec.type, application: application.metadata.name, message };
  }

  private async carryOut(trigger: Trigger, application: Application): Promise<string> {
    if (trigger.spec.type === 'redeploy') {
      await this.applications.operate(application.metadata.id, 'redeploy');
      return `redeploy application ${application.metadata.name}.`;
    }
    const service = await this.store.resources.find<Service>('service', trigger.spec.serviceId ?? '');
    if (!service || service.spec.applicationId !== application.metadata.id)
      throw new ConflictError(`Service ${trigger.spec.serviceName} is no longer part of the application.`);
    const amount = trigger.spec.amount ?? 1;
    const scale = service.spec.definition.scale + amount;
    if (scale > MAX_SERVICE_SCALE)
      throw new ConflictError(
        `Service ${service.metadata.name} runs ${service.spec.definition.scale} containers: ${amount} more would pass the most a service may run (${MAX_SERVICE_SCALE}).`,
      );
    // The path of Change Configuration with only the scale changed: no container is recreated.
    await this.services.update(service.metadata.id, {
      form: { name: service.metadata.name, scale },
      resourceVersion: service.metadata.resourceVersion,
    });
    return `scale out service ${service.metadata.name} from ${service.spec.definition.scale} to ${scale} containers.`;
  }

  private record(event: NewEvent): Promise<void> {
    return this.store.resources.transact((trx, at) => insertEvents(trx, [event], at));
  }
}
