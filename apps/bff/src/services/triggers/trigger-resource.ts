import type { Resource, ResourceStatus } from '@cs/domain';
import type { TriggerDto, TriggerType } from '@cs/contracts';

export interface TriggerSpec {
  applicationId: string;
  clusterId: string;
  type: TriggerType;
  /** The link's `triggerUrl`; the trigger's id is derived from it. */
  token: string;
  /** Only a digest of the secret is kept: it is shown once, in the create answer. */
  secretHash: string;
  maskedSecret: string;
  serviceId: string | null;
  serviceName: string | null;
  amount: number | null;
}

export type Trigger = Resource<TriggerSpec, ResourceStatus<'Active'>>;

/** The link a trigger is called at, with its secret only when given (the create answer). */
export function triggerLink(publicUrl: string, token: string, secret?: string): string {
  const url = new URL('/hook/trigger', publicUrl);
  url.searchParams.set('triggerUrl', token);
  if (secret !== undefined) url.searchParams.set('secret', secret);
  return url.toString();
}

/** The trigger as the API shows it: never its secret nor the secret's digest. */
export function toTriggerDto(trigger: Trigger, publicUrl: string): TriggerDto {
  const { applicationId, type, serviceId, serviceName, amount, token, maskedSecret } = trigger.spec;
  return {
    metadata: trigger.metadata,
    spec: { applicationId, type, serviceId, serviceName, amount },
    status: { ...trigger.status, link: triggerLink(publicUrl, token), maskedSecret },
  };
}
