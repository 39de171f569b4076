import type { ApplicationDto, ApplicationUpdateRequest } from '@cs/contracts';
import { ApiError } from '@cs/contracts';
import { describeFormFailure } from '../../../forms/api-failure.ts';
import type { PlacedFieldError } from '../../../forms/api-failure.ts';

/** The Update form's fields; the template and its parameters live beside it. */
export interface UpdateValues {
  version: string;
  description: string;
  pullImage: boolean;
  reschedule: boolean;
  updateMethod: 'standard' | 'blue-green';
}

export const BLUE_GREEN_NOTES = [
  'The new and old versions cannot share the same name.',
  'To ensure that the application does not experience downtime when switching versions, the weight of the new service version is set to 0 by default. In the route management page (the Routes tab), you must adjust the weight to switch traffic to the new version.',
];

export const VERSION_NOTE = 'You must update Version; otherwise, the OK button is not available.';

export const RESCHEDULE_WARNING =
  'Selecting Reschedule to reschedule the container onto another machine will clear the container data in the local data volume. Proceed with caution when performing this operation.';

export const OVERWRITE_NOTE = 'The new template will overwrite the current template.';

/** The form as Update opens it: the application's current values, Reschedule off. */
export function initialUpdateValues(application: ApplicationDto): UpdateValues {
  return {
    version: application.spec.version,
    description: application.spec.description,
    pullImage: application.spec.pullImage,
    reschedule: false,
    updateMethod: application.spec.updateMethod,
  };
}

/** Whether OK may be pressed: the version must change (the BFF refuses the same one). */
export function versionChanged(application: ApplicationDto, version: string | undefined): boolean {
  const next = (version ?? '').trim();
  return next !== '' && next !== application.spec.version;
}

/** The request OK sends, based on the application as it was loaded. */
export function toUpdateRequest(
  values: UpdateValues,
  template: string,
  variables: Record<string, string>,
  basedOn: ApplicationDto,
): ApplicationUpdateRequest {
  return {
    version: values.version.trim(),
    description: values.description ?? '',
    template,
    variables,
    reschedule: values.updateMethod === 'standard' && values.reschedule,
    pullImage: values.pullImage,
    updateMethod: values.updateMethod,
    resourceVersion: basedOn.metadata.resourceVersion,
  };
}

/** A refused update, sorted for the page. */
export interface UpdateFailure {
  fields: PlacedFieldError[];
  template: string[];
  variables: string[];
  /** Someone changed the application since it was loaded (409 on resourceVersion). */
  stale: boolean;
  message: string | undefined;
}

const FIELDS = ['version', 'description', 'pullImage', 'reschedule'];

/** Sorts a failed update into where the page shows each part. */
export function describeUpdateFailure(error: unknown): UpdateFailure {
  const { message, fieldErrors } = describeFormFailure(error, [...FIELDS, 'template', 'variables']);
  const of = (field: string) => fieldErrors.filter((f) => f.name[0] === field).flatMap((f) => f.errors);
  return {
    fields: fieldErrors.filter((f) => FIELDS.includes(f.name[0] ?? '')),
    template: of('template'),
    variables: of('variables'),
    stale:
      error instanceof ApiError && error.status === 409 && fieldErrors.length === 0 && /changed/i.test(error.message),
    message,
  };
}
