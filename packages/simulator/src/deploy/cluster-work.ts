import { SYSTEM_APPLICATIONS } from '@cs/domain';
import type { Application, Cluster, Service, SystemApplicationTemplate } from '@cs/domain';
import { makeSystemDefinition } from './system-definitions.ts';
import type { WorkContext } from './work-context.ts';
import { workKey } from './work-context.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** Clusters in these phases run the default system applications. */
const ACTIVE: readonly Cluster['status']['phase'][] = ['Running', 'Inactive', 'Scaling', 'Updating'];

export const systemApplicationId = (clusterId: string, name: string) => `${clusterId}-${name}`;

function createSystemApplication(work: WorkContext, cluster: Cluster, template: SystemApplicationTemplate): void {
  const clusterId = cluster.metadata.id;
  const version = cluster.status.systemServices[template.name];
  const applicationId = systemApplicationId(clusterId, template.name);
  const status = { phaseSince: iso(work.now), observedGeneration: 0, conditions: [], reason: null };
  const unit = work.tick.unit();
  const application: Omit<Application, 'metadata'> = {
    spec: {
      clusterId,
      description: template.description,
      version,
      template: '',
      variables: {},
      updateMethod: 'standard',
      pullImage: false,
      category: 'system',
      operation: { kind: 'deploy' },
    },
    status: { ...status, phase: 'Deploying' },
  };
  unit.create({
    kind: 'application',
    id: applicationId,
    name: template.name,
    scope: clusterId,
    clusterId,
    category: 'system',
    ...application,
  });
  for (const s of template.services) {
    const service: Omit<Service, 'metadata'> = {
      spec: {
        clusterId,
        applicationId,
        applicationName: template.name,
        category: 'system',
        definition: makeSystemDefinition(s, version),
        definitionVersion: 1,
        deployment: 1,
        pullImage: false,
        desiredState: 'running',
        operation: { kind: 'deploy' },
      },
      status: { ...status, phase: 'Deploying', startedGeneration: 0 },
    };
    const id = `${applicationId}-${s.name}`;
    unit.create({ kind: 'service', id, name: s.name, scope: applicationId, clusterId, category: 'system', ...service });
    work.schedule(workKey.service(id));
  }
  unit.events({
    clusterId,
    resourceKind: 'application',
    resourceId: applicationId,
    applicationId,
    level: 'Info',
    reason: 'SystemApplication',
    message: `Deploy system application ${template.name} ${version}.`,
  });
}

/** Removes what is left of a deleted cluster's workloads: its containers, services and applications. */
function cleanUp(work: WorkContext, clusterId: string): void {
  const { world } = work;
  for (const application of world.applicationsOf(clusterId)) {
    const unit = work.tick.unit();
    for (const service of world.servicesOf(application.metadata.id)) {
      for (const container of world.containersOf(service.metadata.id)) unit.removeContainer(container);
      unit.remove('service', service);
    }
    unit.remove('application', application);
  }
}

/** After Upgrade System Service, a system application runs the cluster's new version: its services update. */
function upgradeSystemApplication(
  work: WorkContext,
  application: Application,
  template: SystemApplicationTemplate,
  version: string,
): void {
  const unit = work.tick.unit();
  unit.update('application', application, {
    spec: { ...application.spec, version, operation: { kind: 'update', reschedule: false } },
    status: { ...application.status, phase: 'Updating', phaseSince: iso(work.now) },
  });
  for (const service of work.world.servicesOf(application.metadata.id)) {
    const serviceTemplate = template.services.find((s) => s.name === service.metadata.name);
    if (!serviceTemplate) continue;
    unit.update('service', service, {
      spec: {
        ...service.spec,
        definition: makeSystemDefinition(serviceTemplate, version),
        definitionVersion: service.spec.definitionVersion + 1,
        operation: { kind: 'update', reschedule: false },
      },
    });
    work.schedule(workKey.service(service.metadata.id));
  }
}

/** A cluster's own duties: its system applications while it is active, clean-up once it is deleted. */
export function reconcileCluster(work: WorkContext, clusterId: string): void {
  const cluster = work.world.clusters.get(clusterId);
  if (!cluster) return cleanUp(work, clusterId);
  if (!ACTIVE.includes(cluster.status.phase)) return;
  const present = new Map(work.world.applicationsOf(clusterId).map((a) => [a.metadata.name, a]));
  for (const template of SYSTEM_APPLICATIONS) {
    const application = present.get(template.name);
    const version = cluster.status.systemServices[template.name];
    if (!application) createSystemApplication(work, cluster, template);
    else if (
      application.spec.category === 'system' &&
      application.spec.version !== version &&
      work.tick.busy('application', application.metadata.id) === false
    )
      upgradeSystemApplication(work, application, template, version);
  }
}
