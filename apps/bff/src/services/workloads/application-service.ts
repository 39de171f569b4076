import {
  ConflictError,
  InputError,
  NotFoundError,
  operationDone,
  DEFAULT_SERVICE_WEIGHT,
  routingSuffixOf,
  workloadOperationProblem,
} from '@cs/domain';
import { isRouted } from '@cs/domain';
import type { Application, ApplicationOperation, Cluster, NewEvent, Service } from '@cs/domain';
import type { ApplicationDto, ApplicationSummary, ApplicationVersionList, PlacementPreview } from '@cs/contracts';
import type { ResourceCreation, ResourceUpdate } from '@cs/simulator';
import type { z } from 'zod';
import type {
  ApplicationCreateRequestSchema,
  ApplicationUpdateRequestSchema,
  PlacementPreviewRequestSchema,
} from '@cs/contracts';
import type { TemplateAnalysis } from '@cs/compose';
import type { TemplateAnalyzer } from '../../analysis/analysis-pool.ts';
import type { Store } from '../../store/store.ts';
import {
  categoryOf,
  newWorkloadId,
  plannedServices,
  serviceCreation,
  serviceOperation,
  updatePlan,
} from './application-plan.ts';
import { blueGreenPlan } from './blue-green-plan.ts';
import { checkLbBindings } from './lb-bindings.ts';
import type { ResolveSlb } from './lb-bindings.ts';
import type { PlacementPreviewer } from './placement-preview.ts';
import { toApplicationDto, toApplicationSummary } from './workload-views.ts';
import type { EventPage, EventPageQuery } from '../../store/event-store.ts';
import { bindDataVolumes } from '../volumes/volume-bindings.ts';
import { assertScalingAgent } from '../scaling/container/scaling-prerequisite.ts';
import { assertTimingAgent } from '../timing/timing-prerequisite.ts';

type CreateRequest = z.output<typeof ApplicationCreateRequestSchema>;
type UpdateRequest = z.output<typeof ApplicationUpdateRequestSchema>;

/** What a cluster's routing prefixes are appended to now. */
const suffixOf = (cluster: Cluster) =>
  routingSuffixOf({ id: cluster.metadata.id, region: cluster.spec.region, rootDomain: cluster.spec.rootDomain });

/** Applications deploy onto a cluster that has nodes and is not being built or deleted. */
const DEPLOYABLE: readonly Cluster['status']['phase'][] = ['Running', 'Scaling', 'Updating'];

function applicationEvent(application: { id: string; clusterId: string }, reason: string, message: string): NewEvent {
  return {
    clusterId: application.clusterId,
    resourceKind: 'application',
    resourceId: application.id,
    applicationId: application.id,
    level: 'Info',
    reason,
    message,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A timing task's schedule as the application keeps it; null for every other application. */
const scheduleOf = (analysis: TemplateAnalysis): Application['spec']['schedule'] => {
  const schedule = analysis.job.schedule;
  return schedule ? { expression: schedule.expression, timeZone: schedule.timeZone } : null;
};

/** The application's status as it enters the phase of an operation the API starts. */
function entering(
  status: Pick<Application['status'], 'observedGeneration' | 'conditions'>,
  phase: Application['status']['phase'],
  at: string,
): Application['status'] {
  return { ...status, phase, phaseSince: at, reason: null };
}

/** An operation's one write: the application's new spec entering its phase, its services' operations, the event. */
function operationChanges(
  application: Application,
  change: {
    spec: Application['spec'];
    phase: Application['status']['phase'];
    services: ResourceUpdate[];
    reason: string;
    message: string;
    at: string;
  },
): { updates: ResourceUpdate[]; events: NewEvent[] } {
  const { id, resourceVersion } = application.metadata;
  return {
    updates: [
      {
        kind: 'application',
        id,
        expectedVersion: resourceVersion,
        spec: change.spec,
        status: entering(application.status, change.phase, change.at),
      },
      ...change.services,
    ],
    events: [applicationEvent({ id, clusterId: application.spec.clusterId }, change.reason, change.message)],
  };
}

/** What the API does with applications: the operator's intent, which the deploy engine carries out. */
export class ApplicationService {
  constructor(
    private readonly store: Store,
    private readonly analyzer: TemplateAnalyzer,
    private readonly previewer: PlacementPreviewer,
    private readonly now: () => number,
    private readonly resolveSlb: ResolveSlb,
  ) {}

  async list(query: {
    clusterId?: string;
    name?: string;
    hideSystem: boolean;
    page: number;
    pageSize: number;
  }): Promise<{ items: ApplicationSummary[]; total: number }> {
    const page = await this.store.resources.list<Application>('application', {
      clusterId: query.clusterId,
      nameContains: query.name,
      categories: query.hideSystem ? ['online', 'batch'] : undefined,
      page: query.page,
      pageSize: query.pageSize,
    });
    const counts = await this.store.containers.counts(page.items.map((a) => a.metadata.id));
    return { items: page.items.map((a) => toApplicationSummary(a, counts.get(a.metadata.id)!)), total: page.total };
  }

  async get(id: string): Promise<Application> {
    return this.store.resources.get<Application>('application', id);
  }

  async view(application: Application): Promise<ApplicationDto> {
    const counts = await this.store.containers.counts([application.metadata.id]);
    return toApplicationDto(application, counts.get(application.metadata.id));
  }

  private async deployableCluster(clusterId: string): Promise<Cluster> {
    const cluster = await this.store.resources.find<Cluster>('cluster', clusterId);
    if (!cluster) throw new InputError([{ field: 'clusterId', message: 'Select a cluster of this account.' }]);
    if (!DEPLOYABLE.includes(cluster.status.phase))
      throw new ConflictError(
        `Cluster ${cluster.metadata.name} is ${cluster.status.phase}: applications deploy to a Running cluster with nodes.`,
      );
    return cluster;
  }

  private async servicesOf(applicationId: string): Promise<Service[]> {
    return this.store.resources.listInScope<Service>('service', applicationId);
  }

  async create(request: CreateRequest): Promise<ApplicationDto> {
    const cluster = await this.deployableCluster(request.clusterId);
    const analysis = await this.analyzer.analyze(request.template, request.variables);
    const planned = await bindDataVolumes(this.store, cluster.metadata.id, plannedServices(analysis));
    assertTimingAgent(cluster, analysis);
    assertScalingAgent(cluster, planned);
    await checkLbBindings(this.store, this.resolveSlb, cluster, null, planned);
    const taken = await this.store.resources.list('application', {
      scope: cluster.metadata.id,
      nameContains: request.name,
      page: 1,
      pageSize: 100,
    });
    if (taken.items.some((a) => a.metadata.name === request.name))
      throw new ConflictError(
        `An application named ${request.name} already exists in cluster ${cluster.metadata.name}.`,
        [{ field: 'name', message: `An application named ${request.name} already exists in this cluster.` }],
      );
    const id = newWorkloadId('a');
    const now = this.now();
    const category = categoryOf(analysis);
    const application: ResourceCreation = {
      kind: 'application',
      id,
      name: request.name,
      scope: cluster.metadata.id,
      clusterId: cluster.metadata.id,
      category,
      spec: {
        clusterId: cluster.metadata.id,
        description: request.description,
        version: request.version,
        template: request.template,
        variables: request.variables,
        updateMethod: request.updateMethod,
        pullImage: request.pullImage,
        category,
        operation: { kind: 'deploy' },
        schedule: scheduleOf(analysis),
      } satisfies Application['spec'],
      status: entering({ observedGeneration: 0, conditions: [] }, 'Deploying', iso(now)),
    };
    const owner = {
      id,
      name: request.name,
      clusterId: cluster.metadata.id,
      category,
      pullImage: request.pullImage,
      routingSuffix: suffixOf(cluster),
    };
    await this.store.resources.transact(async (trx, at) => {
      await this.store.resources.applyIn(
        trx,
        {
          creates: [application, ...planned.map((p) => serviceCreation(owner, p, now))],
          events: [
            applicationEvent(
              { id, clusterId: cluster.metadata.id },
              'ApplicationCreating',
              `Start to create application ${request.name}.`,
            ),
          ],
        },
        at,
      );
      await this.store.applicationVersions.insertIn(
        trx,
        id,
        { version: request.version, template: request.template, variables: request.variables },
        at,
      );
    });
    return this.view(await this.get(id));
  }

  private assertCanOperate(application: Application, operation: string): void {
    const what = `Application ${application.metadata.name}`;
    const problem = workloadOperationProblem(what, application.status.phase, operation);
    if (problem) throw new ConflictError(problem);
    if (operation !== 'delete' && !operationDone(application))
      throw new ConflictError(`${what} is still carrying out its last operation; wait until it ends.`);
    if (application.spec.category === 'system' && ['update', 'delete', 'stop'].includes(operation))
      throw new ConflictError(
        `${application.metadata.name} is a default system application: it cannot be ${operation === 'stop' ? 'stopped' : `${operation}d`}.`,
      );
  }

  async update(id: string, request: UpdateRequest): Promise<ApplicationDto> {
    const application = await this.get(id);
    this.assertNoRelease(application);
    if (request.version === application.spec.version)
      throw new InputError([
        { field: 'version', message: 'Change the version: an update needs a version other than the current one.' },
      ]);
    if (await this.store.applicationVersions.has(id, request.version))
      throw new InputError([
        { field: 'version', message: `Version ${request.version} was used before; choose another.` },
      ]);
    return this.applyTemplate(application, request, true);
  }

  async rollback(id: string, request: { version: string; resourceVersion: number }): Promise<ApplicationDto> {
    const application = await this.get(id);
    this.assertNoRelease(application);
    if (request.version === application.spec.version)
      throw new InputError([{ field: 'version', message: `${request.version} is the current version.` }]);
    const entry = (await this.store.applicationVersions.list(id)).find((v) => v.version === request.version);
    if (!entry) throw new NotFoundError('application version', request.version);
    return this.applyTemplate(
      application,
      {
        ...entry,
        reschedule: false,
        resourceVersion: request.resourceVersion,
        description: undefined,
        pullImage: undefined,
        updateMethod: 'standard',
      },
      false,
    );
  }

  /** Update and Rollback: the application takes the template, each service what changed in it. */
  private async applyTemplate(
    application: Application,
    request: UpdateRequest,
    record: boolean,
  ): Promise<ApplicationDto> {
    this.assertCanOperate(application, 'update');
    const cluster = await this.store.resources.get<Cluster>('cluster', application.spec.clusterId);
    const analysis = await this.analyzer.analyze(request.template, request.variables);
    const planned = await bindDataVolumes(this.store, cluster.metadata.id, plannedServices(analysis));
    assertTimingAgent(cluster, analysis);
    assertScalingAgent(cluster, planned);
    await checkLbBindings(this.store, this.resolveSlb, cluster, application.metadata.id, planned);
    const pullImage = request.pullImage ?? application.spec.pullImage;
    const services = await this.servicesOf(application.metadata.id);
    const routingSuffix = suffixOf(cluster);
    const blueGreen =
      request.updateMethod === 'blue-green'
        ? blueGreenPlan(application, services, planned, { pullImage, routingSuffix }, this.now())
        : undefined;
    const { creates, updates } = blueGreen
      ? { creates: blueGreen.creates, updates: [] }
      : updatePlan(
          application,
          services,
          planned,
          { reschedule: request.reschedule, pullImage, routingSuffix },
          this.now(),
        );
    const operation: ApplicationOperation = { kind: 'update', reschedule: request.reschedule };
    const own: ResourceUpdate = {
      kind: 'application',
      id: application.metadata.id,
      expectedVersion: request.resourceVersion,
      spec: {
        ...application.spec,
        version: request.version,
        description: request.description ?? application.spec.description,
        template: request.template,
        variables: request.variables,
        pullImage,
        operation,
        schedule: scheduleOf(analysis),
        // Update's Release Method becomes the application's; a version rollback keeps it.
        updateMethod: record ? request.updateMethod : application.spec.updateMethod,
        release: blueGreen?.release ?? null,
      } satisfies Application['spec'],
      status: entering(application.status, 'Updating', iso(this.now())),
    };
    const verb = blueGreen ? 'release by blue-green' : record ? 'update' : 'roll back';
    await this.store.resources.transact(async (trx, at) => {
      await this.store.resources.applyIn(
        trx,
        {
          creates,
          updates: [own, ...updates],
          events: [
            applicationEvent(
              { id: application.metadata.id, clusterId: application.spec.clusterId },
              'ApplicationUpdating',
              `Start to ${verb} application ${application.metadata.name} to version ${request.version}.`,
            ),
          ],
        },
        at,
      );
      // The new version takes no request until the operator moves its weight (Set Service Weight).
      if (blueGreen)
        await this.store.serviceWeights.setIn(
          trx,
          blueGreen.creates.map((c) => ({
            serviceId: c.id,
            applicationId: application.metadata.id,
            weight: 0,
            previousWeight: null,
            paired: false,
          })),
          at,
        );
      if (record)
        await this.store.applicationVersions.insertIn(
          trx,
          application.metadata.id,
          { version: request.version, template: request.template, variables: request.variables },
          at,
        );
    });
    return this.view(await this.get(application.metadata.id));
  }

  /** Redeploy, Stop, Activate (start) and Delete: the application's operation, and each service's. */
  async operate(id: string, kind: 'redeploy' | 'stop' | 'start' | 'delete'): Promise<ApplicationDto> {
    const application = await this.get(id);
    this.assertCanOperate(application, kind);
    const services = await this.servicesOf(id);
    // Redeploy is when a service's domain names take the cluster's root domain (Set Domain Name).
    const routingSuffix =
      kind === 'redeploy'
        ? suffixOf(await this.store.resources.get<Cluster>('cluster', application.spec.clusterId))
        : undefined;
    const updates = services.map((s) => {
      switch (kind) {
        case 'redeploy':
          return serviceOperation(s, { kind }, this.now(), {
            deployment: s.spec.deployment + 1,
            desiredState: 'running',
            routingSuffix,
          });
        case 'stop':
          return serviceOperation(s, { kind }, this.now(), { desiredState: 'stopped' });
        case 'start':
          return serviceOperation(s, { kind }, this.now(), { desiredState: 'running' });
        case 'delete':
          return serviceOperation(s, { kind }, this.now());
      }
    });
    const phase = ({ redeploy: 'Redeploying', stop: 'Stopping', start: 'Starting', delete: 'Deleting' } as const)[kind];
    const words = { redeploy: 'redeploy', stop: 'stop', start: 'activate', delete: 'delete' }[kind];
    await this.store.resources.transact(async (trx, at) => {
      await this.store.resources.applyIn(
        trx,
        operationChanges(application, {
          spec: {
            ...application.spec,
            operation: { kind },
            // A Redeploy after a Redeploy is a new generation too: the engine carries it out (a job's next run).
            ...(kind === 'redeploy' ? { deployment: (application.spec.deployment ?? 0) + 1 } : {}),
          },
          phase,
          services: updates,
          reason: 'ApplicationOperation',
          message: `Start to ${words} application ${application.metadata.name}.`,
          at,
        }),
        at,
      );
      // Redeploy and Activate bring back the containers the operator stopped one by one.
      if (kind === 'redeploy' || kind === 'start')
        await this.store.containers.startStoppedIn(trx, { applicationId: id }, at);
    });
    return this.view(await this.get(id));
  }

  private assertNoRelease(application: Application): void {
    if (application.spec.release)
      throw new ConflictError(
        `Application ${application.metadata.name} is in a blue-green release: confirm the release (Confirm Release Completion) or roll it back before you release another version.`,
      );
  }

  /**
   * Ends a blue-green release. Confirm Release Completion deletes the old version's services; Rollback
   * deletes the new version's and the application takes back the template it had before.
   */
  async endRelease(id: string, outcome: 'confirm' | 'rollback'): Promise<ApplicationDto> {
    const application = await this.get(id);
    const { release } = application.spec;
    if (!release) throw new ConflictError(`Application ${application.metadata.name} has no blue-green release to end.`);
    this.assertCanOperate(application, outcome === 'confirm' ? 'confirm the release of' : 'roll back');
    const services = await this.servicesOf(id);
    const leaving = new Set(outcome === 'confirm' ? release.blue : release.green);
    if (outcome === 'confirm') await this.assertNewVersionTakesRequests(application, services);
    const restored = outcome === 'rollback' ? release.previous : undefined;
    const spec: Application['spec'] = {
      ...application.spec,
      ...(restored ?? {}),
      operation: { kind: 'update', reschedule: false },
      release: null,
    };
    const message =
      outcome === 'confirm'
        ? `Confirm the blue-green release of application ${application.metadata.name}: delete the old version's services ${release.blue.join(', ') || '(none)'}.`
        : `Roll back the blue-green release of application ${application.metadata.name} to version ${release.previous.version}: delete the new version's services ${release.green.join(', ')}.`;
    await this.store.resources.transact(async (trx, at) => {
      await this.store.resources.applyIn(
        trx,
        operationChanges(application, {
          spec,
          phase: 'Updating',
          services: services
            .filter((s) => leaving.has(s.metadata.name))
            .map((s) => serviceOperation(s, { kind: 'delete' }, this.now())),
          reason: outcome === 'confirm' ? 'ReleaseConfirmed' : 'ReleaseRolledBack',
          message,
          at,
        }),
        at,
      );
    });
    return this.view(await this.get(id));
  }

  /** Confirming deletes the old version: refused while every routed service of the new one has weight 0. */
  private async assertNewVersionTakesRequests(application: Application, services: readonly Service[]): Promise<void> {
    const green = services.filter((s) => application.spec.release?.green.includes(s.metadata.name));
    const routed = green.filter((s) => isRouted(s.spec.definition.labels));
    if (routed.length === 0) return;
    const weights = await this.store.serviceWeights.of(routed.map((s) => s.metadata.id));
    if (routed.every((s) => (weights.get(s.metadata.id)?.weight ?? DEFAULT_SERVICE_WEIGHT) === 0))
      throw new ConflictError(
        `The new version of ${application.metadata.name} still has weight 0: set its weight on the Routes tab (Set Service Weight) before you confirm, or no request would reach it once the old version is deleted.`,
      );
  }

  async versions(id: string): Promise<ApplicationVersionList> {
    const application = await this.get(id);
    const versions = await this.store.applicationVersions.list(id);
    return { items: versions.map((v) => ({ ...v, current: v.version === application.spec.version })) };
  }

  async events(id: string, query: EventPageQuery): Promise<EventPage> {
    await this.get(id);
    return this.store.events.listForApplication(id, query);
  }

  async preview(request: z.output<typeof PlacementPreviewRequestSchema>): Promise<PlacementPreview> {
    const cluster = await this.store.resources.find<Cluster>('cluster', request.clusterId);
    if (!cluster) throw new InputError([{ field: 'clusterId', message: 'Select a cluster of this account.' }]);
    const analysis = await this.analyzer.analyze(request.template, request.variables);
    const diagnostics = analysis.diagnostics.filter((d) => d.severity === 'error');
    if (diagnostics.length > 0 || analysis.unset.length > 0)
      return { services: [], diagnostics, unset: analysis.unset };
    const planned = plannedServices(analysis);
    const services = await this.previewer.preview(cluster, request.name, planned, request.applicationId);
    return { services, diagnostics: [], unset: [] };
  }
}
