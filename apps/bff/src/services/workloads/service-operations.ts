import { listServices, readServiceForm, replaceServiceEdit, applyTextEdit } from '@cs/compose';
import type { ServiceForm } from '@cs/compose';
import { ConflictError, InputError, NotFoundError, operationDone, workloadOperationProblem } from '@cs/domain';
import type { Application, Cluster, Service, ServiceOperation } from '@cs/domain';
import { serviceEvent } from '@cs/simulator';
import type { ServiceDto } from '@cs/contracts';
import type { TemplateAnalyzer } from '../../analysis/analysis-pool.ts';
import type { Store } from '../../store/store.ts';
import { plannedServices, serviceOperation } from './application-plan.ts';
import { changedBeyondScale } from './definitions.ts';
import { toServiceDto } from './workload-views.ts';
import type { EventPage, EventPageQuery } from '../../store/event-store.ts';
import { bindDataVolumes } from '../volumes/volume-bindings.ts';
import { assertScalingAgent } from '../scaling/container/scaling-prerequisite.ts';

const fullName = (s: Service) => `${s.spec.applicationName}_${s.metadata.name}`;

const VERBS: Record<ServiceOperation['kind'], string> = {
  deploy: 'deploy',
  update: 'update',
  redeploy: 'redeploy',
  stop: 'stop',
  start: 'activate',
  restart: 'restart',
  reschedule: 'reschedule',
  delete: 'delete',
};

/** What the API does with one service of an application: the Service List's actions. */
export class ServiceOperations {
  constructor(
    private readonly store: Store,
    private readonly analyzer: TemplateAnalyzer,
    private readonly now: () => number,
  ) {}

  async list(query: {
    clusterId?: string;
    applicationId?: string;
    name?: string;
    hideSystem: boolean;
    hideOffline: boolean;
    hideOnline: boolean;
    page: number;
    pageSize: number;
  }): Promise<{ items: ServiceDto[]; total: number }> {
    const categories = (['online', 'batch', 'system'] as const).filter(
      (c) =>
        !(c === 'system' && query.hideSystem) &&
        !(c === 'batch' && query.hideOffline) &&
        !(c === 'online' && query.hideOnline),
    );
    const page = await this.store.resources.list<Service>('service', {
      clusterId: query.clusterId,
      scope: query.applicationId,
      nameContains: query.name,
      categories,
      page: query.page,
      pageSize: query.pageSize,
    });
    const counts = await this.store.containers.counts(page.items.map((s) => s.metadata.id));
    return { items: page.items.map((s) => toServiceDto(s, counts.get(s.metadata.id))), total: page.total };
  }

  get(id: string): Promise<Service> {
    return this.store.resources.get<Service>('service', id);
  }

  async view(service: Service): Promise<ServiceDto> {
    const counts = await this.store.containers.counts([service.metadata.id]);
    return toServiceDto(service, counts.get(service.metadata.id));
  }

  private assertCanOperate(service: Service, operation: ServiceOperation['kind']): void {
    const what = `Service ${fullName(service)}`;
    const problem = workloadOperationProblem(what, service.status.phase, VERBS[operation]);
    if (problem) throw new ConflictError(problem);
    if (operation !== 'delete' && !operationDone(service))
      throw new ConflictError(`${what} is still carrying out its last operation; wait until it ends.`);
    if (service.spec.category === 'system' && (operation === 'delete' || operation === 'stop'))
      throw new ConflictError(
        `${fullName(service)} is a service of a default system application: it cannot be ${operation === 'stop' ? 'stopped' : 'deleted'}.`,
      );
  }

  /** Stop, Activate, Restart, Reschedule and Delete of the Service List. */
  async operate(id: string, operation: ServiceOperation): Promise<ServiceDto> {
    const service = await this.get(id);
    this.assertCanOperate(service, operation.kind);
    const patch: Partial<Service['spec']> =
      operation.kind === 'stop'
        ? { desiredState: 'stopped' }
        : operation.kind === 'start'
          ? { desiredState: 'running' }
          : {};
    await this.store.resources.transact(async (trx, at) => {
      await this.store.resources.applyIn(
        trx,
        {
          updates: [serviceOperation(service, operation, this.now(), patch)],
          events: [
            serviceEvent(
              service,
              'Info',
              'ServiceOperation',
              `Start to ${VERBS[operation.kind]} service ${fullName(service)}.`,
            ),
          ],
        },
        at,
      );
      if (operation.kind === 'start') await this.store.containers.startStoppedIn(trx, { serviceId: id }, at);
    });
    return this.view(await this.get(id));
  }

  /**
   * Change Configuration: the service's part of the application's template takes the form; the
   * service updates (its containers recreated unless only the scale changed).
   */
  async update(id: string, request: { form: ServiceForm; resourceVersion: number }): Promise<ServiceDto> {
    const service = await this.get(id);
    if (service.metadata.resourceVersion !== request.resourceVersion)
      throw new ConflictError(`The service ${fullName(service)} was changed by someone else. Reload and try again.`);
    this.assertCanOperate(service, 'update');
    if (request.form.name !== service.metadata.name)
      throw new InputError([
        { field: 'form.name', message: 'A service keeps its name when its configuration changes.' },
      ]);
    const application = await this.store.resources.get<Application>('application', service.spec.applicationId);
    const { template, variables } = application.spec;
    if (
      !listServices(template).some((b) => b.name === service.metadata.name) ||
      !readServiceForm(template, service.metadata.name)
    )
      throw new ConflictError(
        `The template of ${application.metadata.name} has no service ${service.metadata.name} to change.`,
      );
    const changed = applyTextEdit(template, replaceServiceEdit(template, service.metadata.name, request.form));
    const analysis = await this.analyzer.analyze(changed, variables);
    const planned = (await bindDataVolumes(this.store, service.spec.clusterId, plannedServices(analysis))).find(
      (p) => p.name === service.metadata.name,
    );
    if (!planned) throw new InputError([{ field: 'form', message: 'The changed service could not be read back.' }]);
    assertScalingAgent(await this.store.resources.get<Cluster>('cluster', service.spec.clusterId), [planned]);
    const recreate = changedBeyondScale(service.spec.definition, planned.definition);
    await this.store.resources.transact(async (trx, at) => {
      await this.store.resources.applyIn(
        trx,
        {
          updates: [
            serviceOperation(service, { kind: 'update', reschedule: false }, this.now(), {
              definition: planned.definition,
              definitionVersion: service.spec.definitionVersion + (recreate ? 1 : 0),
            }),
            {
              kind: 'application',
              id: application.metadata.id,
              expectedVersion: application.metadata.resourceVersion,
              spec: { ...application.spec, template: changed },
            },
          ],
          events: [serviceEvent(service, 'Info', 'ServiceOperation', `Start to update service ${fullName(service)}.`)],
        },
        at,
      );
      await this.store.applicationVersions.replaceTemplateIn(
        trx,
        application.metadata.id,
        application.spec.version,
        changed,
      );
    });
    return this.view(await this.get(id));
  }

  async events(id: string, query: EventPageQuery): Promise<EventPage> {
    const service = await this.store.resources.find<Service>('service', id);
    if (!service) throw new NotFoundError('service', id);
    return this.store.events.listForService(id, query);
  }
}
