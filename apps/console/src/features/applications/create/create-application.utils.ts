import type { ApplicationCreateRequest } from '@cs/contracts';
import { ApiError } from '@cs/contracts';
import { DEFAULT_APPLICATION_VERSION } from '@cs/domain';
import { describeFormFailure } from '../../../forms/api-failure.ts';
import type { PlacedFieldError } from '../../../forms/api-failure.ts';

/** Step 1 of Create Application: the basic information. */
export interface BasicValues {
  name: string;
  version: string;
  clusterId: string;
  updateMethod: 'standard' | 'blue-green';
  description: string;
  pullImage: boolean;
}

export const BASIC_FIELDS = ['name', 'version', 'clusterId', 'updateMethod', 'description', 'pullImage'] as const;

export const UPDATE_METHODS = [
  { value: 'standard', label: 'Standard Release' },
  { value: 'blue-green', label: 'Blue-Green Release' },
] as const;

/** What Create Application starts with: the guide's defaults, then what the link it came from says. */
export function initialBasicValues(clusterId: string | undefined): BasicValues {
  return {
    name: '',
    version: DEFAULT_APPLICATION_VERSION,
    clusterId: clusterId ?? '',
    updateMethod: 'standard',
    description: '',
    pullImage: false,
  };
}

/** The request Create (or Create and Deploy) sends. */
export function toCreateRequest(
  basic: BasicValues,
  template: string,
  variables: Record<string, string>,
): ApplicationCreateRequest {
  return {
    name: basic.name.trim(),
    version: basic.version.trim(),
    clusterId: basic.clusterId,
    description: basic.description ?? '',
    updateMethod: basic.updateMethod,
    pullImage: basic.pullImage,
    template,
    variables,
  };
}

/** A refused create, sorted for the page: basic fields go back to step 1, the rest stays with the template. */
export interface CreateFailure {
  basic: PlacedFieldError[];
  /** `Line L:C: …` problems of the template. */
  template: string[];
  /** Parameters without a value, and the like. */
  variables: string[];
  message: string | undefined;
}

/** Sorts a failed create into where the page shows each part. */
export function describeCreateFailure(error: unknown): CreateFailure {
  const { message, fieldErrors } = describeFormFailure(error, [...BASIC_FIELDS, 'template', 'variables']);
  const of = (field: string) => fieldErrors.filter((f) => f.name[0] === field).flatMap((f) => f.errors);
  const basic = fieldErrors.filter((f) => (BASIC_FIELDS as readonly string[]).includes(f.name[0] ?? ''));
  // A name taken answers 409 on `name`; a 409 without fields (quota, cluster busy) stays a message.
  const placedOnly = error instanceof ApiError && fieldErrors.length > 0 && message === undefined;
  return {
    basic,
    template: of('template'),
    variables: of('variables'),
    message: placedOnly ? undefined : message,
  };
}
