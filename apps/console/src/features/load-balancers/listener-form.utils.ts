import { DEFAULT_HEALTH_CHECK, backendProtocolFor } from '@cs/domain';
import type { HealthCheckStatusCode } from '@cs/domain';
import type { ListenerRequest } from '@cs/contracts';

type Protocol = ListenerRequest['frontendProtocol'];

/** What the Add Listener form holds: the request, with Peak Bandwidth as a choice and blanks as null. */
export interface ListenerFormValues {
  frontendProtocol: Protocol;
  frontendPort: number | null;
  backendProtocol: Protocol;
  backendPort: number | null;
  bandwidthLimited: boolean;
  bandwidth: number | null;
  scheduler: 'wrr' | 'wlc';
  certificateId: string | null;
  activate: boolean;
  healthCheck: {
    enabled: boolean;
    domain: string;
    port: number | null;
    path: string;
    timeoutSeconds: number | null;
    intervalSeconds: number | null;
    unhealthyThreshold: number | null;
    healthyThreshold: number | null;
    statusCodes: HealthCheckStatusCode[];
  };
}

/** The fields of the first step; the rest are the Health Check step's. */
export const CONFIGURATION_FIELDS = [
  'frontendProtocol',
  'frontendPort',
  'backendProtocol',
  'backendPort',
  'bandwidth',
  'scheduler',
  'certificateId',
] as const;
export const HEALTH_CHECK_FIELDS = [
  'healthCheck.enabled',
  'healthCheck.domain',
  'healthCheck.port',
  'healthCheck.path',
  'healthCheck.timeoutSeconds',
  'healthCheck.intervalSeconds',
  'healthCheck.unhealthyThreshold',
  'healthCheck.healthyThreshold',
  'healthCheck.statusCodes',
] as const;

/** The guide's defaults: TCP, Unlimited bandwidth, Weighted Round Robin, activated, the health check's 5 s / 2 s / 3 / 3. */
export function defaultListenerValues(): ListenerFormValues {
  return {
    frontendProtocol: 'tcp',
    frontendPort: null,
    backendProtocol: 'tcp',
    backendPort: null,
    bandwidthLimited: false,
    bandwidth: null,
    scheduler: 'wrr',
    certificateId: null,
    activate: true,
    healthCheck: {
      enabled: DEFAULT_HEALTH_CHECK.enabled,
      domain: '',
      port: null,
      path: '',
      timeoutSeconds: DEFAULT_HEALTH_CHECK.timeoutSeconds,
      intervalSeconds: DEFAULT_HEALTH_CHECK.intervalSeconds,
      unhealthyThreshold: DEFAULT_HEALTH_CHECK.unhealthyThreshold,
      healthyThreshold: DEFAULT_HEALTH_CHECK.healthyThreshold,
      statusCodes: [...DEFAULT_HEALTH_CHECK.statusCodes],
    },
  };
}

/** The backend protocol the guide pairs with a frontend one (HTTPS and HTTP → HTTP). */
export const backendFor = (frontend: Protocol): Protocol => backendProtocolFor(frontend);

const orUndefined = <T>(value: T | null | '') => (value === null || value === '' ? undefined : value);

/** The Add Listener request of the form's values; blanks left for the contract to name. */
export function toListenerRequest(values: ListenerFormValues): ListenerRequest {
  const hc = values.healthCheck;
  const isHttp = values.frontendProtocol === 'http' || values.frontendProtocol === 'https';
  return {
    frontendProtocol: values.frontendProtocol,
    frontendPort: values.frontendPort as number,
    backendProtocol: values.backendProtocol,
    backendPort: values.backendPort as number,
    bandwidth: values.bandwidthLimited ? (values.bandwidth as number) : null,
    scheduler: values.scheduler,
    certificateId: values.frontendProtocol === 'https' ? values.certificateId : null,
    status: values.activate ? 'running' : 'stopped',
    healthCheck: {
      enabled: hc.enabled,
      domain: isHttp ? orUndefined(hc.domain) : undefined,
      port: orUndefined(hc.port),
      path: isHttp ? orUndefined(hc.path) : undefined,
      timeoutSeconds: hc.timeoutSeconds as number,
      intervalSeconds: hc.intervalSeconds as number,
      unhealthyThreshold: hc.unhealthyThreshold as number,
      healthyThreshold: hc.healthyThreshold as number,
      statusCodes: isHttp ? hc.statusCodes : undefined,
    },
  };
}
