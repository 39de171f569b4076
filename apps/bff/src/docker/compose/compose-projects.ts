import { ApplicationCreateRequestSchema, ApplicationUpdateRequestSchema } from '@cs/contracts';
import { SETTLED_PHASES, containerName, operationDone } from '@cs/domain';
import type { Application, Container, Service } from '@cs/domain';
import { parseInput } from '../../http/parse.ts';
import type { DockerDeps } from '../docker-deps.ts';
import { DockerError } from '../api/docker-errors.ts';
import { waitFor } from '../wait.ts';
import { COMPOSE_LABELS, readComposeContainer } from './container-config.ts';
import type { ComposeContainerRequest } from './container-config.ts';
import { nextVersion, projectTemplate, withService } from './project-template.ts';

export const RECREATE_REFUSED =
  'docker-compose recreates a container when its service changed; the Container Service updates applications instead. Update the application in the console (Update), or run docker-compose down, then up.';

const settled = (r: Application | Service | undefined) =>
  r !== undefined && SETTLED_PHASES.includes(r.status.phase) && operationDone(r);

/** `{project}_{service}_{n}`: the service of a linked container of the same project. */
function linkTargetOf(project: unknown) {
  return (name: string) => {
    const match = /^([^_]+)_(.+)_(\d+)$/.exec(name);
    return match && match[1] === project ? match[2] : undefined;
  };
}

function projectLabel(body: unknown): unknown {
  if (body === null || typeof body !== 'object') return undefined;
  const labels = (body as { Labels?: unknown }).Labels;
  return labels !== null && typeof labels === 'object'
    ? (labels as Record<string, unknown>)[COMPOSE_LABELS.project]
    : undefined;
}

/**
 * docker-compose's `POST /containers/create`, turned into the console's own operations: the
 * project is an application, each service it sends is written into the application's template
 * and goes through the compose engine, a higher container number scales the service. The answer
 * is the container the deploy engine makes for that number.
 */
export class ComposeProjects {
  /** One change per project at a time: compose creates services and scaled containers in parallel. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly deps: DockerDeps,
    private readonly clusterId: string,
  ) {}

  async createContainer(name: string | undefined, body: unknown): Promise<{ Id: string; Warnings: string[] }> {
    const request = readComposeContainer(body, linkTargetOf(projectLabel(body)));
    if (!request)
      throw new DockerError(
        501,
        'Creating a container outside a Compose project is not supported: deploy it with docker-compose or as an application in the console.',
      );
    if (request.oneoff)
      throw new DockerError(
        501,
        'One-off containers (docker-compose run) are not supported: add the service to the project instead.',
      );
    const expected = containerName(request.project, request.service, request.number);
    if (name !== undefined && name !== expected) request.definition['container_name'] = name;
    const container = await this.serialised(request.project, () => this.ensure(request, expected));
    return { Id: container.metadata.id, Warnings: [] };
  }

  private serialised<T>(project: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(project) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(project, next);
    void next
      .finally(() => {
        if (this.queues.get(project) === next) this.queues.delete(project);
      })
      .catch(() => undefined);
    return next;
  }

  private async application(project: string): Promise<Application | undefined> {
    const page = await this.deps.store.resources.list<Application>('application', {
      scope: this.clusterId,
      nameContains: project,
      page: 1,
      pageSize: 100,
    });
    return page.items.find((a) => a.metadata.name === project);
  }

  private async ensure(request: ComposeContainerRequest, expected: string): Promise<Container> {
    const application = await this.application(request.project);
    if (!application) await this.createApplication(request);
    else await this.extend(application, request);
    return this.created(request, expected);
  }

  private async createApplication(request: ComposeContainerRequest): Promise<void> {
    const { applications } = this.deps.workloads;
    const created = await applications.create(
      parseInput(ApplicationCreateRequestSchema, {
        name: request.project,
        clusterId: this.clusterId,
        version: '1',
        description: 'Created with docker-compose.',
        template: projectTemplate(request.service, request.definition),
      }),
    );
    await this.deps.store.docker.markProject(created.metadata.id, new Date(this.deps.now()).toISOString());
  }

  /** A service new to the application is added to its template; a known one may need more containers. */
  private async extend(application: Application, request: ComposeContainerRequest): Promise<void> {
    const { store, workloads, waitBudgetMs } = this.deps;
    const services = await store.resources.listInScope<Service>('service', application.metadata.id);
    const service = services.find((s) => s.metadata.name === request.service);
    if (!service) {
      const ready = await waitFor(() => workloads.applications.get(application.metadata.id), settled, waitBudgetMs);
      const versions = new Set((await store.applicationVersions.list(ready.metadata.id)).map((v) => v.version));
      await workloads.applications.update(
        ready.metadata.id,
        parseInput(ApplicationUpdateRequestSchema, {
          version: nextVersion(ready.spec.version, (v) => versions.has(v)),
          template: withService(ready.spec.template, request.service, request.definition),
          variables: ready.spec.variables,
          resourceVersion: ready.metadata.resourceVersion,
        }),
      );
      return;
    }
    const sentHash = (request.definition['labels'] as Record<string, string> | undefined)?.[COMPOSE_LABELS.configHash];
    if (sentHash !== undefined && service.spec.definition.labels[COMPOSE_LABELS.configHash] !== sentHash)
      throw new DockerError(
        409,
        `Service ${request.project}_${request.service} runs another configuration. ${RECREATE_REFUSED}`,
      );
    if (service.spec.definition.global || request.number <= service.spec.definition.scale) return;
    const ready = await waitFor(
      () => store.resources.find<Service>('service', service.metadata.id),
      settled,
      waitBudgetMs,
    );
    if (!ready) return;
    await workloads.services.update(ready.metadata.id, {
      form: { name: ready.metadata.name, scale: request.number },
      resourceVersion: ready.metadata.resourceVersion,
    });
  }

  /** The container the deploy engine makes for the number; a service that cannot place it says why. */
  private async created(request: ComposeContainerRequest, expected: string): Promise<Container> {
    const { store, waitBudgetMs } = this.deps;
    const found = await waitFor(
      async (): Promise<{ container?: Container; failed?: Service }> => {
        const container = await store.containers.resolve(this.clusterId, expected);
        if (container && container !== 'ambiguous') return { container };
        const application = await this.application(request.project);
        const services = application
          ? await store.resources.listInScope<Service>('service', application.metadata.id)
          : [];
        return { failed: services.find((s) => s.metadata.name === request.service && s.status.phase === 'Failed') };
      },
      (value) => value.container !== undefined || value.failed !== undefined,
      waitBudgetMs,
    );
    if (found.container) return found.container;
    if (found.failed) throw new DockerError(409, found.failed.status.reason ?? `Service ${request.service} failed.`);
    throw new DockerError(
      409,
      `The cluster has not created ${expected} within ${Math.round(waitBudgetMs / 1000)} s; see the application's events in the console.`,
    );
  }
}
