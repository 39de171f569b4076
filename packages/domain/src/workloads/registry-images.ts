import type { Resource, ResourceStatus } from '../resource.ts';

/** A tag of the simulated registry that someone pushed a new digest for (the simulation panel). */
export interface RegistryImageSpec {
  /** `nginx:latest`: the image with its tag. */
  reference: string;
}

export interface RegistryImageStatus extends ResourceStatus<'Pushed'> {
  /** How many new digests were pushed for the tag. */
  pushes: number;
  digest: string;
}

export type RegistryImage = Resource<RegistryImageSpec, RegistryImageStatus>;

/** The scope registry images are stored under. */
export const REGISTRY_SCOPE = 'registry';
