import { InputError } from '@cs/domain';
import type { Application, BlueGreenRelease, Service, ServiceDefinition } from '@cs/domain';
import type { ResourceCreation } from '@cs/simulator';
import { ownerOf, serviceCreation } from './application-plan.ts';
import { changedBeyondScale } from './definitions.ts';

export interface BlueGreenPlan {
  /** The new version's services, deployed beside the old ones. */
  creates: ResourceCreation[];
  release: BlueGreenRelease;
}

const template = (message: string) => new InputError([{ field: 'template', message }]);

/**
 * A blue-green release (the guide's Release policy): the template's services that are new deploy
 * beside the old ones, which keep running until the release is confirmed (then they are deleted)
 * or rolled back (then the new ones are). A service may stay as it was; one that changes must take
 * a new name, for "the new and old versions cannot share the same name".
 */
export function blueGreenPlan(
  application: Application,
  services: readonly Service[],
  planned: readonly { name: string; definition: ServiceDefinition }[],
  options: { pullImage: boolean; routingSuffix: string },
  now: number,
): BlueGreenPlan {
  const existing = new Map(services.map((s) => [s.metadata.name, s]));
  const unchanged: string[] = [];
  const green: { name: string; definition: ServiceDefinition }[] = [];
  for (const p of planned) {
    const current = existing.get(p.name);
    if (!current) green.push(p);
    else if (
      changedBeyondScale(current.spec.definition, p.definition) ||
      current.spec.definition.scale !== p.definition.scale
    )
      throw template(
        `The new and old versions cannot share the same name: service ${p.name} changed, so give its new version another name (such as ${p.name}-v2).`,
      );
    else unchanged.push(p.name);
  }
  if (green.length === 0)
    throw template(
      'A blue-green release needs a new service version: add the new version of a service under a new name (the new and old versions cannot share the same name).',
    );
  const wanted = new Set(planned.map((p) => p.name));
  const owner = ownerOf(application, options);
  const { version, template: previousTemplate, variables, description } = application.spec;
  return {
    creates: green.map((p) => serviceCreation(owner, p, now)),
    release: {
      previous: { version, template: previousTemplate, variables, description },
      blue: services.map((s) => s.metadata.name).filter((name) => !wanted.has(name)),
      green: green.map((p) => p.name),
      unchanged,
      startedAt: new Date(now).toISOString(),
    },
  };
}
