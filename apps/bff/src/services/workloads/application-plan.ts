import { randomBytes } from 'node:crypto';
import type { TemplateAnalysis } from '@cs/compose';
import { InputError, SERVICE_OPERATION_PHASE } from '@cs/domain';
import type { Application, ApplicationCategory, Service, ServiceDefinition, ServiceOperation } from '@cs/domain';
import type { ResourceCreation, ResourceUpdate } from '@cs/simulator';
import { assertNoErrors } from '../template-service.ts';
import { changedBeyondScale, toServiceDefinition } from './definitions.ts';

/** "a" / "s" and 24 hex digits. */
export const newWorkloadId = (prefix: 'a' | 's') => `${prefix}${randomBytes(12).toString('hex')}`;

/** The template's services, checked: no errors, every parameter given. */
export function plannedServices(analysis: TemplateAnalysis): { name: string; definition: ServiceDefinition }[] {
  try {
    assertNoErrors(analysis);
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(error.fieldErrors.map((e) => ({ field: 'template', message: e.message })));
    throw error;
  }
  if (analysis.services.length === 0)
    throw new InputError([
      { field: 'template', message: 'The template contains no services: an application runs at least one.' },
    ]);
  if (analysis.unset.length > 0)
    throw new InputError(
      analysis.unset.map((name) => ({
        field: `variables.${name}`,
        message: `Enter a value for the parameter ${name}.`,
      })),
    );
  return analysis.services.map((s) => ({ name: s.name, definition: toServiceDefinition(s, analysis) }));
}

export function categoryOf(analysis: TemplateAnalysis): ApplicationCategory {
  return analysis.job.type === 'batch' ? 'batch' : 'online';
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The application a new service belongs to, and what it is deployed with. */
export interface ServiceOwner {
  id: string;
  name: string;
  clusterId: string;
  category: ApplicationCategory;
  pullImage: boolean;
  /** The cluster's routing suffix now (its root domain, else its test domain). */
  routingSuffix: string;
}

/** A new service of the application, to be deployed. */
export function serviceCreation(
  application: ServiceOwner,
  planned: { name: string; definition: ServiceDefinition },
  now: number,
): ResourceCreation {
  const spec: Service['spec'] = {
    clusterId: application.clusterId,
    applicationId: application.id,
    applicationName: application.name,
    category: application.category,
    definition: planned.definition,
    definitionVersion: 1,
    deployment: 1,
    pullImage: application.pullImage,
    desiredState: 'running',
    operation: { kind: 'deploy' },
    routingSuffix: application.routingSuffix,
  };
  const status: Service['status'] = {
    phase: 'Deploying',
    phaseSince: iso(now),
    observedGeneration: 0,
    conditions: [],
    reason: null,
    startedGeneration: 0,
  };
  return {
    kind: 'service',
    id: newWorkloadId('s'),
    name: planned.name,
    scope: application.id,
    clusterId: application.clusterId,
    category: application.category,
    spec,
    status,
  };
}

/**
 * A new operation of a service: its generation moves on and it enters the operation's phase at
 * once (the lists show it), and the engine carries it out.
 */
export function serviceOperation(
  service: Service,
  operation: ServiceOperation,
  now: number,
  patch: Partial<Service['spec']> = {},
): ResourceUpdate {
  const status: Service['status'] = {
    ...service.status,
    phase: SERVICE_OPERATION_PHASE[operation.kind],
    phaseSince: iso(now),
    reason: null,
  };
  return {
    kind: 'service',
    id: service.metadata.id,
    expectedVersion: service.metadata.resourceVersion,
    spec: { ...service.spec, ...patch, operation },
    status,
  };
}

export function ownerOf(
  application: Application,
  options: { pullImage: boolean; routingSuffix: string },
): ServiceOwner {
  return {
    id: application.metadata.id,
    name: application.metadata.name,
    clusterId: application.spec.clusterId,
    category: application.spec.category,
    pullImage: options.pullImage,
    routingSuffix: options.routingSuffix,
  };
}

/** What an Update does to each service: new ones deploy, changed ones update, dropped ones are deleted. */
export function updatePlan(
  application: Application,
  services: readonly Service[],
  planned: readonly { name: string; definition: ServiceDefinition }[],
  options: { reschedule: boolean; pullImage: boolean; routingSuffix: string },
  now: number,
): { creates: ResourceCreation[]; updates: ResourceUpdate[] } {
  const existing = new Map(services.map((s) => [s.metadata.name, s]));
  const wanted = new Set(planned.map((p) => p.name));
  const creates: ResourceCreation[] = [];
  const updates: ResourceUpdate[] = [];
  const owner = ownerOf(application, options);
  for (const p of planned) {
    const current = existing.get(p.name);
    if (!current) {
      creates.push(serviceCreation(owner, p, now));
      continue;
    }
    const recreate = options.reschedule || changedBeyondScale(current.spec.definition, p.definition);
    const scaled = current.spec.definition.scale !== p.definition.scale;
    if (!recreate && !scaled && current.spec.desiredState === 'running') continue;
    updates.push(
      serviceOperation(current, { kind: 'update', reschedule: options.reschedule }, now, {
        definition: p.definition,
        definitionVersion: current.spec.definitionVersion + (recreate ? 1 : 0),
        pullImage: options.pullImage,
        desiredState: 'running',
        routingSuffix: options.routingSuffix,
      }),
    );
  }
  for (const s of services)
    if (!wanted.has(s.metadata.name)) updates.push(serviceOperation(s, { kind: 'delete' }, now));
  return { creates, updates };
}
